package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rules"
)

// rulesOn returns the parameters in force on d (see rules.On, which holds
// the registry of every parameter).
func rulesOn(d regulation.Date) (rules.Report, error) { return rules.On(d) }

const aturanSynopsisID = `aturan [opsi]

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
	date := fs.String("date", "", e.t("tanggal, TTTT-BB-HH (wajib)", "the date, YYYY-MM-DD (required)"))
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
		return e.writeJSON(rep)
	}
	fmt.Fprintf(e.stdout, e.t("Parameter yang berlaku pada %s\n\n", "Parameters in force on %s\n\n"), d)
	for _, f := range rep.InForce {
		until := f.Until.String()
		if until == "" {
			until = "…"
		}
		fmt.Fprintf(e.stdout, "%s = %s\n  %s – %s; %s\n", f.Parameter, valueText(f.Value), f.From, until, f.Citation.Format(e.lang))
		if note := f.Citation.NoteIn(e.lang); note != "" {
			if e.lang != problem.English && f.Citation.Indonesian.Note == "" {
				// Said so rather than passed off as Indonesian.
				note = noteInEnglish + note
			}
			fmt.Fprintf(e.stdout, "  %s\n", note)
		}
	}
	if len(rep.NotInForce) > 0 {
		fmt.Fprintf(e.stdout, e.t("\nTidak berlaku pada tanggal ini: %s\n", "\nNot in force on this date: %s\n"),
			strings.Join(rep.NotInForce, ", "))
	}
	return exitOK
}

// noteInEnglish marks, in the Indonesian listing, a citation's note that
// has no Indonesian wording yet.
const noteInEnglish = "(catatan berbahasa Inggris) "

// valueText writes a parameter's value as its JSON, without the quotes of a
// lone string.
func valueText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return strings.Trim(string(b), `"`)
}
