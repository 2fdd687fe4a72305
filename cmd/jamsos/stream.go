package main

import (
	"fmt"
	"iter"
	"os"
	"runtime/debug"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
)

// streamPlans plans many roster files one village at a time
// (village.Planner.Stream): memory holds one village's roster and plan
// however many files there are. CSV output is written village by village
// as the plans are made; the text and JSON roll-ups are written at the
// end, and only when no file had a problem. After a problem, CSV output
// already written stays as it is, and the exit code says the run failed.
// Each file's village code is checked against dir (nil checks nothing): a
// code not in it is a warning on standard error, as a regency view has no
// place for it, or a problem of the file with strict.
//
// A stream keeps little memory live (one village), so the collector would
// run after every few villages; unless GOGC says otherwise, it runs when
// the heap has grown fivefold instead, which saves about a sixth of the
// time of a large run for some tens of megabytes.
func (e *env) streamPlans(planner *village.Planner, files []rosterFile, year int, format string, sep rune, dir region.Directory, strict bool) int {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	progress := newProgress(e.stderr, len(files))
	var buf []byte
	reqs := iter.Seq2[village.NamedRequest, error](func(yield func(village.NamedRequest, error) bool) {
		for i, f := range files {
			progress.step(i + 1)
			vc, err := villageOf(f, "", len(files))
			if err != nil {
				var l problem.List
				l.AddField(f.name, err)
				if !yield(village.NamedRequest{}, l.Err()) {
					return
				}
				continue
			}
			warns, err := region.CheckCode(dir, vc, region.CheckOptions{Strict: strict})
			if err != nil {
				var l problem.List
				l.AddField(f.name, problem.Relabel(err, "village"))
				if !yield(village.NamedRequest{}, l.Err()) {
					return
				}
				continue
			}
			for _, w := range warns {
				fmt.Fprintf(e.stderr, e.t("Peringatan (%s): %s [%s]\n", "Warning (%s): %s [%s]\n"), f.name, e.t(w.ID, w.EN), w.Code)
			}
			roster, data, err := readRoster(e, f, buf)
			buf = data // the next file is read over this one, which its roster does not hold
			if err != nil {
				var l problem.List
				l.AddField(f.name, err)
				if !yield(village.NamedRequest{}, l.Err()) {
					return
				}
				continue
			}
			if !yield(village.NamedRequest{Name: f.name, Request: village.Request{Village: vc, Year: year, Roster: roster}}, nil) {
				return
			}
		}
	})
	var each func(*village.Plan) error
	var cw *village.CSVWriter
	if format == "csv" {
		cw = village.NewCSVWriter(e.stdout, sep)
		each = func(p *village.Plan) error { return cw.Write(*p) }
	}
	r, err := planner.Stream(reqs, each)
	progress.done()
	if err != nil {
		return e.fail(err)
	}
	switch format {
	case "csv":
		err = cw.Close()
	case "json":
		return e.writeJSON(r)
	default:
		err = r.WriteReport(e.stdout, e.lang)
	}
	if err != nil {
		return e.fail(err)
	}
	return exitOK
}
