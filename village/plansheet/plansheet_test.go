package plansheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"go/build"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

var langs = []problem.Lang{problem.Indonesian, problem.English}

// nik is a made-up NIK issued in district 61.12.01: a man born on 1
// January 1980 with the given serial.
func nik(serial int) membership.NIK {
	return membership.MustParseNIK(fmt.Sprintf("611201010180%04d", serial))
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func month(y, m int) regulation.Month { return regulation.MustMonth(y, time.Month(m)) }

func planner(t testing.TB) *village.Planner {
	t.Helper()
	dir, err := region.LoadCSV(strings.NewReader("kode,nama\n" +
		"61.12,Kabupaten Kubu Raya\n61.12.01,Kecamatan Satu\n61.12.02,Kecamatan Dua\n" +
		"61.12.01.2001,Desa Contoh\n61.12.01.2002,Desa Kedua\n61.12.02.2001,Desa Ketiga\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := village.NewPlanner(c, village.DefaultParams(), village.Options{Directory: dir})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// samplePlan is a plan with something in every sheet: officials with and
// without JHT, non-wage workers from several sources with and without the
// PP 50/2025 discount, a ceiling that leaves someone out, and warnings. The
// PADes ceiling of Rp200,000 covers the first farmer all year (3 × 16,800 +
// 9 × 8,400 = 126,000 under the default reading of PP 50/2025) and the
// second January to May (50,400 + 2 × 8,400 = 67,200; 6,800 left).
func samplePlan(t testing.TB) village.Plan {
	t.Helper()
	p, err := planner(t).Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026,
		Ceilings: map[village.Source]decimal.Decimal{village.PADes: dec("200000")},
		Roster: []village.Enrolment{
			{NIK: nik(1), Name: "Kepala Contoh", Group: village.Head, Wage: dec("2426640"), Line: 2,
				Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT)},
			{NIK: nik(2), Name: "Sekretaris Contoh", Group: village.Secretary, Wage: dec("2224420"), Line: 3},
			{NIK: nik(3), Name: "Kaur Contoh", Group: village.Official, Wage: dec("1900000"), Line: 4},
			{NIK: nik(4), Name: "Ketua BPD", Group: village.BPD, Line: 5},
			{NIK: nik(5), Name: "Ketua RT", Group: village.Neighbourhood, Source: village.APBD, Line: 6},
			{NIK: nik(6), Name: "Pekerja PKT", Group: village.CashForWork, From: month(2026, 7), To: month(2026, 9), Line: 7},
			{NIK: nik(7), Name: "Petani Satu", Group: village.Informal, Source: village.PADes, Rank: 1, Line: 8},
			{NIK: nik(8), Name: "Petani Dua", Group: village.Informal, Source: village.PADes, Rank: 2, Line: 9},
			{NIK: nik(9), Name: "Pengojek", Group: village.Informal, Source: village.CSR, Sector: 1, Line: 10},
			{NIK: nik(10), Name: "Pedagang", Group: village.Informal, Source: village.DanaDesa, Line: 11},
		}})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) == 0 || !slices.ContainsFunc(p.People, func(pe village.Person) bool { return pe.Shortfall != nil }) {
		t.Fatal("the sample plan lost its warnings or its shortfall")
	}
	return p
}

// open reads a workbook back, cells as stored (no number format applied).
func open(t testing.TB, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func write(t testing.TB, p village.Plan, o Options) *excelize.File {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, p, o); err != nil {
		t.Fatal(err)
	}
	return open(t, b.Bytes())
}

// totalRow is the number of the row of sheet whose first cell is "Jumlah"
// or "Total", or 0.
func totalRow(t testing.TB, f *excelize.File, sheet string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && (r[0] == "Jumlah" || r[0] == "Total") {
			return i + 1
		}
	}
	t.Fatalf("%s: no total row", sheet)
	return 0
}

// checkCell checks that a cell holds the formula want (none when empty),
// that its stored value is v, and that excelize, recalculating the
// formula, finds v too.
func checkCell(t testing.TB, f *excelize.File, sheet, cell, formula string, v decimal.Decimal) {
	t.Helper()
	got, err := f.GetCellFormula(sheet, cell)
	if err != nil || got != formula {
		t.Errorf("%s!%s: formula %q (%v), want %q", sheet, cell, got, err, formula)
	}
	stored, err := f.GetCellValue(sheet, cell)
	if err != nil || stored != v.String() {
		t.Errorf("%s!%s: stored %q (%v), want %s", sheet, cell, stored, err, v)
	}
	if formula == "" {
		return
	}
	calc, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Errorf("%s!%s: %v", sheet, cell, err)
		return
	}
	if d, err := decimal.NewFromString(calc); err != nil || !d.Equal(v) {
		t.Errorf("%s!%s: calculated %q, want %s", sheet, cell, calc, v)
	}
}

// checkSum checks the total row of a table whose rows start on row first:
// each column in want holds SUM over the rows above, equal to the amount.
func checkSum(t testing.TB, f *excelize.File, sheet string, first, rows int, want map[string]decimal.Decimal) {
	t.Helper()
	total := totalRow(t, f, sheet)
	if total != first+rows {
		t.Errorf("%s: total on row %d, want %d (%d rows from row %d)", sheet, total, first+rows, rows, first)
	}
	for col, v := range want {
		formula := fmt.Sprintf("SUM(%s%d:%s%d)", col, first, col, total-1)
		if rows == 0 {
			formula = ""
		}
		checkCell(t, f, sheet, fmt.Sprintf("%s%d", col, total), formula, v)
	}
}

func sum[T any](xs []T, f func(T) decimal.Decimal) decimal.Decimal {
	s := decimal.Zero
	for _, x := range xs {
		s = s.Add(f(x))
	}
	return s
}

func count[T any](xs []T, f func(T) int) decimal.Decimal {
	n := 0
	for _, x := range xs {
		n += f(x)
	}
	return decimal.NewFromInt(int64(n))
}

// TestTotals checks every total of the workbook against the plan's totals
// in both languages: each a SUM over its rows, stored and recalculated
// equal to the plan.
func TestTotals(t *testing.T) {
	p := samplePlan(t)
	tot := p.Total
	short := slices.DeleteFunc(slices.Clone(p.People), func(pe village.Person) bool { return pe.Shortfall == nil })
	for _, l := range langs {
		t.Run(l.String(), func(t *testing.T) {
			f := write(t, p, Options{Lang: l})
			name := func(s sheetName) string { return s.in(l) }
			checkSum(t, f, name(sheetGroups), 2, len(p.Groups), map[string]decimal.Decimal{
				"B": count(p.Groups, func(g village.GroupTotal) int { return g.Enrolled }),
				"E": tot.Normal, "F": tot.Amount,
			})
			checkSum(t, f, name(sheetPrograms), 2, len(p.Programs), map[string]decimal.Decimal{
				"C": tot.Normal, "D": tot.Relief(), "E": tot.Amount,
			})
			// Funding sources carry what the village pays; the wage earners'
			// own shares are deducted from their pay (Totals.Deducted).
			checkSum(t, f, name(sheetSources), 2, len(p.Sources), map[string]decimal.Decimal{"C": tot.Amount.Sub(tot.Deducted)})
			checkSum(t, f, name(sheetAccounts), 2, len(p.Accounts), map[string]decimal.Decimal{"D": tot.VillageBudget})
			checkSum(t, f, name(sheetSchedule), 2, len(p.CashFlow), map[string]decimal.Decimal{"E": tot.Amount})
			checkSum(t, f, name(sheetPeople), 2, len(p.People), map[string]decimal.Decimal{
				"M": tot.Normal, "N": tot.Amount,
				"O": sum(p.People, func(pe village.Person) decimal.Decimal { return pe.FromSource }),
				"P": sum(p.People, func(pe village.Person) decimal.Decimal { return pe.FromWorker }),
			})
			checkSum(t, f, name(sheetShortfall), 2, len(short), map[string]decimal.Decimal{
				"F": count(short, func(pe village.Person) int { return pe.Shortfall.Months }),
				"G": sum(short, func(pe village.Person) decimal.Decimal { return pe.Shortfall.Needed }),
			})
			// The summary refers to the group and account totals.
			g, a := totalRow(t, f, name(sheetGroups)), totalRow(t, f, name(sheetAccounts))
			s := name(sheetSummary)
			checkCell(t, f, s, "B12", fmt.Sprintf("'%s'!E%d", name(sheetGroups), g), tot.Normal)
			checkCell(t, f, s, "B13", "B12-B14", tot.Relief())
			checkCell(t, f, s, "B14", fmt.Sprintf("'%s'!F%d", name(sheetGroups), g), tot.Amount)
			checkCell(t, f, s, "B15", fmt.Sprintf("'%s'!D%d", name(sheetAccounts), a), tot.VillageBudget)
		})
	}
}

// TestHandChecked checks the figures of a plan worked out by hand: two
// vulnerable workers paid from ADD for all of 2027, JKK 1% of the lowest
// declared income Rp1,000,000 (Rp10,000) plus JKM Rp6,800 = Rp16,800 a
// month each (PP 44/2015 jo. PP 49/2023; no PP 50/2025 discount in 2027
// for them), 2 × 12 × 16,800 = Rp403,200, all of it from the village
// budget.
func TestHandChecked(t *testing.T) {
	p, err := planner(t).Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2027,
		Roster: []village.Enrolment{
			{NIK: nik(1), Name: "Satu", Group: village.Informal, Source: village.ADD},
			{NIK: nik(2), Name: "Dua", Group: village.Informal, Source: village.ADD},
		}})
	if err != nil {
		t.Fatal(err)
	}
	f := write(t, p, Options{})
	want := dec("403200")
	checkCell(t, f, "Ringkasan", "B14", "'Per kelompok'!F3", want)
	checkCell(t, f, "Ringkasan", "B15", "'Per kode rekening APBDes'!D3", want)
	checkCell(t, f, "Ringkasan", "B13", "B12-B14", decimal.Zero)
	checkSum(t, f, "Per kelompok", 2, 1, map[string]decimal.Decimal{"B": dec("2"), "D": dec("24"), "F": want})
	checkSum(t, f, "Jadwal pembayaran", 2, 12, map[string]decimal.Decimal{"E": want})
	// January 2027's BPU contributions, 2 × Rp16,800, are due on 15 January.
	checkCell(t, f, "Jadwal pembayaran", "E2", "", dec("33600"))
	if v, _ := f.GetCellValue("Jadwal pembayaran", "A2"); v != "46402" { // 2027-01-15 as a spreadsheet date serial
		t.Errorf("due date %q, want serial 46402 (2027-01-15)", v)
	}
}

// TestFormats checks that amounts carry the rupiah format and dates a date
// format, and how excelize (which formats as en-US) shows them.
func TestFormats(t *testing.T) {
	p := samplePlan(t)
	var b bytes.Buffer
	if err := Write(&b, p, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	numFmt := func(sheet, cell string) string {
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil || st.CustomNumFmt == nil {
			t.Fatalf("%s!%s: no custom number format (%v)", sheet, cell, err)
		}
		return *st.CustomNumFmt
	}
	for _, c := range [][2]string{{"Ringkasan", "B14"}, {"Per kelompok", "F2"}, {"Peserta", "H2"}, {"Per sumber dana", "D4"}} {
		if got := numFmt(c[0], c[1]); got != `"Rp"#,##0` {
			t.Errorf("%s!%s: number format %q", c[0], c[1], got)
		}
	}
	if got := numFmt("Jadwal pembayaran", "A2"); got != "yyyy-mm-dd" {
		t.Errorf("due date format %q", got)
	}
	want := "Rp" + p.Total.Amount.String()
	if v, _ := f.GetCellValue("Ringkasan", "B14"); !strings.Contains(v, ",") || strings.ReplaceAll(v, ",", "") != want {
		t.Errorf("billed total shown as %q, want %s with thousands separators", v, want)
	}
	if v, _ := f.GetCellValue("Jadwal pembayaran", "A2"); v != "2026-01-15" {
		t.Errorf("first due date shown as %q", v)
	}
}

// TestSheetsGolden pins the sheet names and headers of both languages.
func TestSheetsGolden(t *testing.T) {
	p := samplePlan(t)
	plans := regencyPlans(t)
	for _, l := range langs {
		var out strings.Builder
		f := write(t, p, Options{Lang: l})
		if got := f.GetSheetList(); !slices.Equal(got, SheetNames(l)) {
			t.Errorf("sheets %q, want %q", got, SheetNames(l))
		}
		describe(t, &out, f)
		var b bytes.Buffer
		if err := WriteRegency(&b, plans, Options{Lang: l}); err != nil {
			t.Fatal(err)
		}
		f = open(t, b.Bytes())
		if got := f.GetSheetList(); !slices.Equal(got, RegencySheetNames(l)) {
			t.Errorf("regency sheets %q, want %q", got, RegencySheetNames(l))
		}
		out.WriteString("\n# regency\n")
		describe(t, &out, f)
		golden.Check(t, "sheets_"+l.String()+".golden", out.String())
	}
}

// describe writes each sheet's name, its header row and the labels of its
// first column (the data rows of tables left out).
func describe(t testing.TB, w io.Writer, f *excelize.File) {
	t.Helper()
	for _, s := range f.GetSheetList() {
		fmt.Fprintf(w, "== %s\n", s)
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			id, _ := f.GetCellStyle(s, fmt.Sprintf("A%d", i+1))
			st, _ := f.GetStyle(id)
			header := st != nil && st.Fill.Pattern == 1
			switch {
			case header:
				fmt.Fprintf(w, "header: %s\n", strings.Join(r, " | "))
			case len(r) > 0 && (r[0] == "Jumlah" || r[0] == "Total"):
				fmt.Fprintf(w, "total: %s\n", r[0])
			case s == "Ringkasan" || s == "Summary" || s == "Target":
				if len(r) > 0 && r[0] != "" && !strings.HasPrefix(r[0], "61.") {
					fmt.Fprintf(w, "%s\n", r[0])
				}
			}
		}
	}
}

// TestNIKs checks that no NIK appears in full anywhere in the workbook,
// unless asked for.
func TestNIKs(t *testing.T) {
	p := samplePlan(t)
	full := nik(8).Digits()
	for _, o := range []Options{{}, {Lang: problem.English}, {FullNIK: true}} {
		var b bytes.Buffer
		if err := Write(&b, p, o); err != nil {
			t.Fatal(err)
		}
		raw := unzipped(t, b.Bytes())
		if got := strings.Contains(raw, full); got != o.FullNIK {
			t.Errorf("%+v: full NIK in the workbook: %v", o, got)
		}
		// Any sixteen digits in a cell (the files also hold ids, such as
		// "00000000-0001-0000", that are not cells).
		f := open(t, b.Bytes())
		var cells strings.Builder
		for _, s := range f.GetSheetList() {
			rows, err := f.GetRows(s)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				cells.WriteString(strings.Join(r, "\t") + "\n")
			}
		}
		if got := masktest.SixteenDigits.FindString(cells.String()); (got != "") != o.FullNIK {
			t.Errorf("%+v: sixteen digits in a cell: %q", o, got)
		}
		if !o.FullNIK && !strings.Contains(raw, nik(8).String()) {
			t.Errorf("%+v: the masked NIK %s is missing", o, nik(8))
		}
	}
}

// unzipped is every file of a workbook, concatenated.
func unzipped(t testing.TB, b []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, zf := range z.File {
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(&out, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	return out.String()
}

// regencyPlans are the plans of three villages in two districts, listed
// out of code order: in each a head and 40, 80 or 120 sponsored farmers,
// made by package jamsostest.
func regencyPlans(t testing.TB) []village.Plan {
	t.Helper()
	g := jamsostest.MustNew(3, jamsostest.Options{Year: 2026})
	var reqs []village.Request
	for i, code := range []string{"61.12.02.2001", "61.12.01.2001", "61.12.01.2002"} {
		req := village.Request{Village: region.MustParse(code), Year: 2026}
		for _, spec := range []jamsostest.RosterSpec{
			{Size: 1, Groups: []village.Group{village.Head}},
			{Size: 40 * (i + 1), Groups: []village.Group{village.Informal}, Sources: []village.Source{village.CSR}},
		} {
			spec.Village = req.Village
			r, err := g.Roster(spec)
			if err != nil {
				t.Fatal(err)
			}
			req.Roster = append(req.Roster, r.Enrolments...)
		}
		reqs = append(reqs, req)
	}
	plans, err := planner(t).PlanMany(reqs)
	if err != nil {
		t.Fatal(err)
	}
	return plans
}

// TestRegency checks that a regency's workbook has one summary row per
// village, in the order given, and totals equal to the plans' and the
// rollup's.
func TestRegency(t *testing.T) {
	plans := regencyPlans(t)
	r, err := village.Summarise(plans)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range langs {
		var b bytes.Buffer
		if err := WriteRegency(&b, plans, Options{Lang: l}); err != nil {
			t.Fatal(err)
		}
		f := open(t, b.Bytes())
		s := sheetVillages.in(l)
		for i, p := range plans {
			if code, _ := f.GetCellValue(s, fmt.Sprintf("A%d", 5+i)); code != p.Village.Code.String() {
				t.Errorf("row %d: village %q, want %s", 5+i, code, p.Village.Code)
			}
			checkCell(t, f, s, fmt.Sprintf("L%d", 5+i), "", p.Total.Amount)
		}
		tot := r.Total
		checkSum(t, f, s, 5, len(plans), map[string]decimal.Decimal{
			"E": decimal.NewFromInt(int64(tot.Enrolled)), "F": decimal.NewFromInt(int64(tot.Covered)),
			"J": tot.Total.Normal, "K": tot.Total.Relief(), "L": tot.Total.Amount, "M": tot.Total.VillageBudget,
		})
		row := totalRow(t, f, s)
		yes := map[problem.Lang]string{problem.Indonesian: "Ya", problem.English: "Yes"}[l]
		checkCell(t, f, s, fmt.Sprintf("B%d", row), fmt.Sprintf("COUNTA(A5:A%d)", row-1), dec("3"))
		checkCell(t, f, s, fmt.Sprintf("H%d", row), fmt.Sprintf(`COUNTIF(H5:H%d,"%s")`, row-1, yes), decimal.NewFromInt(int64(tot.TargetMet)))
		checkCell(t, f, s, fmt.Sprintf("I%d", row), fmt.Sprintf(`COUNTIF(I5:I%d,"%s")`, row-1, yes), decimal.NewFromInt(int64(tot.DesaSadar)))
		checkSum(t, f, sheetRSources.in(l), 2, len(tot.Sources), map[string]decimal.Decimal{"C": tot.Total.Amount})
		for _, part := range []struct {
			sheet sheetName
			rows  []village.Summary
		}{{sheetRegencies, r.Regencies}, {sheetDistricts, r.Districts}} {
			checkSum(t, f, part.sheet.in(l), 2, len(part.rows), map[string]decimal.Decimal{
				"C": dec("3"), "D": decimal.NewFromInt(int64(tot.Enrolled)), "E": decimal.NewFromInt(int64(tot.Covered)),
				"F": decimal.NewFromInt(int64(tot.TargetMet)), "G": decimal.NewFromInt(int64(tot.DesaSadar)),
				"H": tot.Total.Normal, "I": tot.Total.Amount, "J": tot.Total.VillageBudget,
			})
		}
	}
	// 40 + 80 + 120 workers and 3 heads; the districts are 61.12.01 (two
	// villages) and 61.12.02.
	if r.Total.Enrolled != 243 || len(r.Districts) != 2 {
		t.Errorf("rollup: %d enrolled, %d districts", r.Total.Enrolled, len(r.Districts))
	}
	var b bytes.Buffer
	if err := WriteRegency(&b, []village.Plan{{Year: 2025}, {Year: 2026}}, Options{}); err == nil {
		t.Error("plans of two years were written")
	}
}

// TestEmpty checks that a plan or a regency with nothing in it gives a
// workbook whose totals are 0 without formulas (a SUM over no rows would
// refer to the total row itself).
func TestEmpty(t *testing.T) {
	p, err := planner(t).Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []village.Plan{p, {}} {
		f := write(t, p, Options{})
		checkSum(t, f, "Per kelompok", 2, 0, map[string]decimal.Decimal{"F": decimal.Zero})
		checkSum(t, f, "Peserta", 2, 0, map[string]decimal.Decimal{"N": decimal.Zero})
	}
	var b bytes.Buffer
	if err := WriteRegency(&b, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	checkSum(t, open(t, b.Bytes()), "Ringkasan", 5, 0, map[string]decimal.Decimal{"L": decimal.Zero})
}

// TestBadAmounts checks that amounts a workbook cannot hold exactly are
// refused, every one at once, and nothing is written.
func TestBadAmounts(t *testing.T) {
	p := samplePlan(t)
	p.Total.Amount = dec("0.5")
	p.People[3].Normal = dec("9007199254740992") // 2^53
	var b bytes.Buffer
	err := Write(&b, p, Options{})
	if !errors.Is(err, ErrAmount) || b.Len() != 0 {
		t.Fatalf("err %v, %d bytes written", err, b.Len())
	}
	var l problem.List
	l.Add(err)
	var fields []string
	for _, e := range l {
		fields = append(fields, e.Field)
	}
	if !slices.Contains(fields, "total.amount") || !slices.Contains(fields, "people[3].normal") {
		t.Errorf("fields %q", fields)
	}
	masktest.Check(t, err)
}

// failing is a writer that fails after n bytes.
type failing struct{ n int }

var errDisk = errors.New("disk full")

func (f *failing) Write(b []byte) (int, error) {
	if len(b) > f.n {
		n := f.n
		f.n = 0
		return n, errDisk
	}
	f.n -= len(b)
	return len(b), nil
}

func TestFailingWriter(t *testing.T) {
	p := samplePlan(t)
	for _, n := range []int{0, 100, 5000} {
		if err := Write(&failing{n: n}, p, Options{}); !errors.Is(err, errDisk) {
			t.Errorf("after %d bytes: %v", n, err)
		}
		if err := WriteRegency(&failing{n: n}, []village.Plan{p}, Options{}); !errors.Is(err, errDisk) {
			t.Errorf("regency, after %d bytes: %v", n, err)
		}
	}
}

// TestVillageWithoutExcelize checks why this package exists apart: package
// village, and the packages that only compute bills or serve JSON, do not
// import the spreadsheet library, directly or through another package of
// this module.
func TestVillageWithoutExcelize(t *testing.T) {
	const module = "github.com/desasadar/jamsos/"
	seen := map[string]bool{}
	var walk func(path, from string)
	walk = func(path, from string) {
		if seen[path] {
			return
		}
		seen[path] = true
		if strings.HasPrefix(path, "github.com/xuri/") {
			t.Errorf("%s imports %s", from, path)
			return
		}
		if !strings.HasPrefix(path, module) {
			return
		}
		pkg, err := build.Import(path, ".", 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range pkg.Imports {
			walk(imp, path)
		}
	}
	for _, p := range []string{"village", "contribution", "service", "partner"} {
		walk(module+p, "")
	}
	if !seen[module+"contribution"] || !seen[module+"membership"] {
		t.Error("the walk did not reach the module's packages")
	}
}

// TestWarningFieldsReadable checks that the warnings sheet names each
// warning's field as a person reads it in the workbook's language
// ("baris 8, kolom ...", not "line[8]...."), with the code beside it for
// programs.
func TestWarningFieldsReadable(t *testing.T) {
	p := samplePlan(t)
	for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
		var b bytes.Buffer
		if err := Write(&b, p, Options{Lang: l}); err != nil {
			t.Fatal(err)
		}
		rows, err := open(t, b.Bytes()).GetRows(sheetWarnings.in(l))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(p.Warnings)+1 {
			t.Fatalf("%s: %d rows for %d warnings", l, len(rows), len(p.Warnings))
		}
		seen := false
		for i, e := range p.Warnings {
			row := append(rows[i+1], "", "")
			if e.Field == "line[4].wage" {
				// The Kaur's siltap below the minimum, on line 4 of the roster.
				seen = true
				if want := map[problem.Lang]string{problem.Indonesian: "baris 4, kolom upah", problem.English: "line 4, column wage"}[l]; row[1] != want {
					t.Errorf("%s: the siltap warning names %q, want %q", l, row[1], want)
				}
			}
			if row[0] != string(e.Code) || row[1] != problem.Label(e.Field, l) {
				t.Errorf("%s: row %d is %q, want code %q and field %q", l, i+2, row[:2], e.Code, problem.Label(e.Field, l))
			}
			if strings.ContainsAny(row[1], "[]") {
				t.Errorf("%s: row %d names its field as a path: %q", l, i+2, row[1])
			}
		}
		if !seen {
			t.Errorf("%s: the sample plan has no warning on line[4].wage", l)
		}
	}
}
