package plansheet_test

import (
	"bytes"
	"fmt"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
	"github.com/desasadar/jamsos/village/plansheet"
	"github.com/xuri/excelize/v2"
)

// A village's plan as a workbook, read back: two vulnerable workers paid
// from ADD for 2027, 2 × 12 × Rp16,800 = Rp403,200.
func ExampleWrite() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	planner, _ := village.NewPlanner(calc, village.DefaultParams(), village.Options{})
	plan, err := planner.Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2027,
		Roster: []village.Enrolment{
			{NIK: membership.MustParseNIK("6112010101800001"), Name: "Satu", Group: village.Informal, Source: village.ADD},
			{NIK: membership.MustParseNIK("6112010101800002"), Name: "Dua", Group: village.Informal, Source: village.ADD},
		}})
	if err != nil {
		fmt.Println(err)
		return
	}
	var b bytes.Buffer
	if err := plansheet.Write(&b, plan, plansheet.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	f, _ := excelize.OpenReader(&b)
	defer f.Close()
	fmt.Println(f.GetSheetList()[:3])
	formula, _ := f.GetCellFormula("Per kelompok", "F3")
	billed, _ := f.GetCellValue("Per kelompok", "F3")
	nik, _ := f.GetCellValue("Peserta", "B2")
	// excelize shows the format "Rp"#,##0 as an English locale would;
	// Excel or LibreOffice set to Indonesian show Rp403.200.
	fmt.Println(formula, billed, nik)
	// Output:
	// [Ringkasan Per kelompok Per program]
	// SUM(F2:F2) Rp403,200 6112••••••••0001
}
