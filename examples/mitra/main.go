// Command mitra shows the partner package at work on the sample data of
// three desa in Kab. Bekasi: the network of partners (village heads,
// Bhabinkamtibmas, Babinsa, two Agen Perisai, the branch, a bank) and half a
// year of their activities. It reads both, checks every activity, and prints
// what was rejected and why, the progress report and the agents' fee
// statements.
//
// Usage:
//
//	go run ./examples/mitra [-lang id|en] [-on 2026-06-30] [-months 2026-03,2026-04]
//
// The data is embedded in the program (data/network.json,
// data/activities.csv); the activity file has mistakes in it on purpose.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

var (
	//go:embed data/network.json
	networkJSON []byte
	//go:embed data/activities.csv
	activitiesCSV []byte
)

// names are the areas of the sample data. A real program would load the
// Kemendagri list of its regency with region.LoadCSV.
var names = func() *region.Table {
	t, err := region.NewTable([]region.Entry{
		{Code: region.MustParse("32.16"), Name: "Kabupaten Bekasi"},
		{Code: region.MustParse("32.16.01"), Name: "Tarumajaya"},
		{Code: region.MustParse("32.16.01.2001"), Name: "Pantai Makmur"},
		{Code: region.MustParse("32.16.01.2002"), Name: "Segara Jaya"},
		{Code: region.MustParse("32.16.01.2003"), Name: "Samudra Jaya"},
	})
	if err != nil {
		panic(err)
	}
	return t
}()

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "mitra:", err)
		os.Exit(1)
	}
}

// run does the work of the command, writing the reports to w.
func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("mitra", flag.ContinueOnError)
	fs.SetOutput(w)
	langFlag := fs.String("lang", "id", "language of the reports: id or en")
	onFlag := fs.String("on", "2026-06-30", "day of the progress report")
	monthsFlag := fs.String("months", "2026-03,2026-04", "months of the fee statements, comma-separated")
	if err := fs.Parse(args); err != nil {
		return err
	}
	lang, ok := problem.ParseLang(*langFlag)
	if !ok {
		return fmt.Errorf("unknown language %q: use id or en", *langFlag)
	}
	on, err := regulation.ParseDate(*onFlag)
	if err != nil {
		return err
	}
	var months []regulation.Month
	for _, s := range strings.Split(*monthsFlag, ",") {
		m, err := regulation.ParseMonth(strings.TrimSpace(s))
		if err != nil {
			return err
		}
		months = append(months, m)
	}

	network, err := partner.DecodeNetwork(bytes.NewReader(networkJSON))
	if err != nil {
		return err
	}
	acts, err := partner.ReadActivitiesCSV(bytes.NewReader(activitiesCSV))
	var bad problem.List
	if errors.As(err, &bad) {
		// Lines that cannot be read are reported and left out; the rest
		// go on.
		fmt.Fprintf(w, "%s:\n%s\n\n", heading(lang, "Baris yang tidak terbaca", "Lines that cannot be read"), indent(bad.Message(lang)))
	} else if err != nil {
		return err
	}

	ledger, err := network.Process(acts, partner.Options{})
	if err != nil {
		return err
	}
	if err := ledger.WriteRejected(w, lang); err != nil {
		return err
	}

	fmt.Fprintln(w)
	var villages []region.Code
	for c := range names.All() {
		if c.Level() == region.Village {
			villages = append(villages, c)
		}
	}
	progress, err := ledger.Progress(partner.ProgressOptions{On: on, Villages: villages})
	if err != nil {
		return err
	}
	if err := progress.WriteText(w, lang, names); err != nil {
		return err
	}

	for _, m := range months {
		fees, err := ledger.FeeStatements(m)
		if err != nil {
			return err
		}
		fmt.Fprintln(w)
		if err := fees.WriteText(w, lang); err != nil {
			return err
		}
	}
	return nil
}

func heading(l problem.Lang, id, en string) string {
	if l == problem.English {
		return en
	}
	return id
}

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
