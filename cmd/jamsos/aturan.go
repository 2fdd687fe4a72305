package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// rulesReport is every parameter in force on a date, and those that are not.
type rulesReport struct {
	Date     regulation.Date   `json:"date"`
	InForce  []regulation.Fact `json:"in_force"`
	NotInUse []string          `json:"not_in_force"`
}

// describers lists every parameter the library holds, in a stable order,
// each once (the partner package reports progress against the village
// package's own target).
func describers() []regulation.Describer {
	var out []regulation.Describer
	seen := map[string]bool{}
	for _, set := range [][]regulation.Describer{
		membership.DefaultParams().Timelines(),
		contribution.DefaultParams().Timelines(),
		village.DefaultParams().Timelines(),
		partner.DefaultParams().Timelines(),
	} {
		for _, d := range set {
			if !seen[d.Name()] {
				seen[d.Name()] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// rulesOn returns the parameters in force on d. A parameter with no rule that
// day (a relief outside its months, a program not yet started) is listed as
// not in force; any other failure is an error.
func rulesOn(d regulation.Date) (rulesReport, error) {
	rep := rulesReport{Date: d, InForce: []regulation.Fact{}, NotInUse: []string{}}
	for _, t := range describers() {
		f, err := t.Describe(d)
		switch {
		case errors.Is(err, regulation.ErrNoRuleInForce):
			rep.NotInUse = append(rep.NotInUse, t.Name())
		case err != nil:
			return rulesReport{}, err
		default:
			rep.InForce = append(rep.InForce, f)
		}
	}
	return rep, nil
}

const aturanSynopsisID = `aturan [flag]

Tampilkan setiap parameter yang berlaku pada suatu tanggal beserta dasar hukum
dan tingkat kepastiannya.

  jamsos aturan -date 2026-05-01
  jamsos aturan -date 2020-10-01 -json
`

const aturanSynopsisEN = `aturan [flags]

Lists every parameter in force on a date, with its legal source and confidence.

  jamsos aturan -date 2026-05-01
  jamsos aturan -date 2020-10-01 -json
`

func runAturan(e *env, args []string) int {
	fs, lang := e.flags("aturan", e.t(aturanSynopsisID, aturanSynopsisEN))
	date := fs.String("date", "", e.t("tanggal, YYYY-MM-DD (wajib)", "the date, YYYY-MM-DD (required)"))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if *date == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	d, err := regulation.ParseDate(*date)
	if err != nil {
		return e.fail(problem.Relabel(err, "date"))
	}
	rep, err := rulesOn(d)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		writeJSON(e.stdout, rep)
		return exitOK
	}
	fmt.Fprintf(e.stdout, e.t("Parameter yang berlaku pada %s\n\n", "Parameters in force on %s\n\n"), d)
	for _, f := range rep.InForce {
		until := f.Until.String()
		if until == "" {
			until = "…"
		}
		fmt.Fprintf(e.stdout, "%s = %s\n  %s – %s; %s\n", f.Parameter, valueText(f.Value), f.From, until, f.Citation)
		if f.Citation.Note != "" {
			fmt.Fprintf(e.stdout, "  %s\n", f.Citation.Note)
		}
	}
	if len(rep.NotInUse) > 0 {
		fmt.Fprintf(e.stdout, e.t("\nTidak berlaku pada tanggal ini: %s\n", "\nNot in force on this date: %s\n"),
			strings.Join(rep.NotInUse, ", "))
	}
	return exitOK
}

// valueText writes a parameter's value as its JSON, without the quotes of a
// lone string.
func valueText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return strings.Trim(string(b), `"`)
}
