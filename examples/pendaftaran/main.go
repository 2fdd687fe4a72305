// Command pendaftaran checks a batch of BPJS Ketenagakerjaan registrations
// (pendaftaran) embedded in the program and prints, for each one, either its
// monthly bill or every problem found, in Indonesian or English.
//
//	go run ./examples/pendaftaran          # Indonesian
//	go run ./examples/pendaftaran -lang en # English
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
)

//go:embed registrations.json
var sample []byte

func main() {
	lang := flag.String("lang", "id", "language of the report: id or en")
	flag.Parse()
	l, ok := problem.ParseLang(*lang)
	if !ok {
		fmt.Fprintln(os.Stderr, "pendaftaran: -lang must be id or en")
		os.Exit(2)
	}
	if err := run(os.Stdout, sample, l, regulation.MustDate(2026, 1, 5)); err != nil {
		fmt.Fprintln(os.Stderr, "pendaftaran:", err)
		os.Exit(1)
	}
}

// run checks every registration of a JSON list as of day today and writes
// the outcome of each to w. It fails only if the list itself is unreadable.
func run(w io.Writer, data []byte, l problem.Lang, today regulation.Date) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		return err
	}
	t := func(id, en string) string {
		if l == problem.English {
			return en
		}
		return id
	}
	for i, doc := range raw {
		fmt.Fprintf(w, t("Pendaftaran %d: ", "Registration %d: "), i+1)
		// One pass: the problems of reading the document and those of the
		// rules, each field once.
		reg, err := membership.DecodeAndValidateRegistration(bytes.NewReader(doc), membership.ValidateOpts{Reference: today})
		if err != nil {
			list := problem.Flatten(err)
			fmt.Fprintf(w, t("%d masalah\n", "%d problems\n"), len(list))
			for _, p := range list {
				fmt.Fprintf(w, "  - [%s] %s\n", p.Code, p.Message(l))
			}
			continue
		}
		p := reg.Participant
		b, err := calc.Bill(contribution.Input{
			Segment: p.Segment, Programs: reg.Programs, Basis: p.Income, Scale: p.BusinessScale,
			Payer: reg.Payer, RiskGroup: contribution.VeryLowRisk,
		}, reg.StartMonth)
		if err != nil {
			fmt.Fprintf(w, "%s\n", err)
			continue
		}
		fmt.Fprintf(w, t("sah — %s (NIK %s), %s, iuran %s %s\n", "valid — %s (NIK %s), %s, contribution %s %s\n"),
			p.Name, p.NIK, reg.Programs, contribution.MonthName(reg.StartMonth, l), rupiah.Format(b.Billed, l))
	}
	return nil
}
