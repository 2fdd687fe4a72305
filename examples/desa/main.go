// Command desa prints a village's employment social security plan
// (rencana jaminan sosial ketenagakerjaan desa) for fiscal year 2027, the
// year whose budget villages draft in the last months of 2026: what
// covering its head, officials, BPD members, RT/RW heads, cash-for-work
// workers and 100 vulnerable informal workers costs, per group, program,
// funding source, budget account and due date, who a limited budget leaves
// out, and the progress to the target of 100 covered workers per village.
//
//	go run ./examples/desa                 # Indonesian
//	go run ./examples/desa -lang en        # English
//	go run ./examples/desa -people         # with every enrolment listed
//	go run ./examples/desa -format json    # the plan as JSON (NIKs masked)
//	go run ./examples/desa -format csv     # one line per enrolment
//
// The village code is real: 61.12.01.2001 is Desa Sungai Raya, in
// Kecamatan Sungai Raya, Kabupaten Kubu Raya, Kalimantan Barat, and the plan
// names it from Kemendagri's 2025 list of areas that package region/wilayah
// embeds. Its roster (roster.csv, exported the way village spreadsheets
// export: UTF-8 with a byte-order mark, ";"-separated) is made up; the NIKs
// are valid in form but belong to no one.
//
// The plan applies the law of each contribution month as it stands in this
// module's parameters. In 2027 the PP 50/2025 discount is left only for
// transport workers, in January to March; the sample's transport workers
// are paid by a sponsor, so no amount depends on how PP 50/2025 is read for
// village budgets, and the report says so.
//
// The village budget is kept in cash over 1 January – 31 December, and the
// officials' December contributions are due on 15 January: the example
// also plans the officials' 2026 and carries its December into 2027, so the
// cash view of 2027 is complete. The sample roster takes no JP: a JP line after February 2027 would
// need the next yearly JP wage cap, which BPJS Ketenagakerjaan announces
// each year and which a caller loads as a parameter override.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

//go:embed roster.csv
var roster []byte

// The sample village, its fiscal year, and the ceiling of its own revenue
// (PADes) for vulnerable workers.
var (
	code         = region.MustParse("61.12.01.2001")
	year         = 2027
	padesCeiling = decimal.NewFromInt(5_000_000)
)

func main() {
	lang := flag.String("lang", "id", "language of the report: id or en")
	format := flag.String("format", "text", "output: text, json or csv")
	people := flag.Bool("people", false, "list every enrolment in the text report")
	flag.Parse()
	l, ok := problem.ParseLang(*lang)
	if !ok {
		fmt.Fprintln(os.Stderr, "desa: -lang must be id or en")
		os.Exit(2)
	}
	if err := run(os.Stdout, l, *format, *people); err != nil {
		fmt.Fprintln(os.Stderr, "desa:", err)
		os.Exit(1)
	}
}

// run plans the sample village and writes the plan to w.
func run(w io.Writer, l problem.Lang, format string, people bool) error {
	// The names of the village, its district and its regency, with the
	// word for each level ("Desa Sungai Raya", "Kecamatan Sungai Raya").
	dir := wilayah.Labelled(wilayah.Default())
	list, err := village.ReadCSV(bytes.NewReader(roster))
	if err != nil {
		return err // the embedded roster has no bad rows; any would be listed here
	}
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		return err
	}
	planner, err := village.NewPlanner(calc, village.DefaultParams(), village.Options{Directory: dir})
	if err != nil {
		return err
	}
	// Last year's December: the officials, the only wage earners, on the
	// same siltap in 2026.
	var officials []village.Enrolment
	for _, e := range list {
		if e.Group.IsOfficial() {
			officials = append(officials, e)
		}
	}
	last, err := planner.Plan(village.Request{Village: code, Year: year - 1, Roster: officials})
	if err != nil {
		return err
	}
	plan, err := planner.Plan(village.Request{
		Village:  code,
		Year:     year,
		Roster:   list,
		Ceilings: map[village.Source]decimal.Decimal{village.PADes: padesCeiling},
		CarryIn:  last.Cash.Out,
	})
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return plan.WriteJSON(w)
	case "csv":
		return plan.WriteCSV(w, ';')
	case "text":
	default:
		return fmt.Errorf("unknown format %q: use text, json or csv", format)
	}
	if err := plan.WriteReport(w, village.ReportOptions{Lang: l, People: people}); err != nil {
		return err
	}
	return capacity(w, planner, plan, l)
}

// capacity answers the reverse question for the sample village, twice:
// how many vulnerable workers the Rp5,000,000 of PADes covers for the whole
// year with the default package from zero, and how many more it covers
// after this plan has spent what it spends.
func capacity(w io.Writer, planner *village.Planner, plan village.Plan, l problem.Lang) error {
	months := regulation.Months(regulation.MustMonth(year, 1), regulation.MustMonth(year, 12))
	worker := village.Enrolment{Group: village.Informal, Source: village.PADes}
	zero, err := planner.Capacity(padesCeiling, worker, months)
	if err != nil {
		return err
	}
	left := padesCeiling
	for _, s := range plan.Sources {
		if s.Source == village.PADes && s.Limited {
			left = s.Left()
		}
	}
	after, err := planner.Capacity(left, worker, months)
	if err != nil {
		return err
	}
	if l == problem.English {
		_, err = fmt.Fprintf(w, "\nFrom zero, %s of PADes covers %d vulnerable workers for 12 months (%s each, %s left).\n"+
			"After this plan, %s of PADes is left: %d more workers for 12 months (%s left).\n",
			rupiah.Format(padesCeiling, l), zero.Workers, rupiah.Format(zero.PerWorker, l), rupiah.Format(zero.Left, l),
			rupiah.Format(left, l), after.Workers, rupiah.Format(after.Left, l))
		return err
	}
	_, err = fmt.Fprintf(w, "\nDari nol, PADes %s melindungi %d pekerja rentan selama 12 bulan (%s per orang, sisa %s).\n"+
		"Setelah rencana ini, PADes tersisa %s: %d pekerja lagi selama 12 bulan (sisa %s).\n",
		rupiah.Format(padesCeiling, l), zero.Workers, rupiah.Format(zero.PerWorker, l), rupiah.Format(zero.Left, l),
		rupiah.Format(left, l), after.Workers, rupiah.Format(after.Left, l))
	return err
}
