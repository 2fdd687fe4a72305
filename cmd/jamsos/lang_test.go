package main

import (
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/langcheck"
	"github.com/desasadar/jamsos/problem"
)

// TestOutputSpeaksOneLanguage runs the listing of rules on days across
// every period the built-in rules cover, and bills (with their reliefs and due dates), in each
// language, and fails on each word of the other language: citations,
// confidence marks and notes are worded for the reader, and no note is left
// in English in the Indonesian listing.
func TestOutputSpeaksOneLanguage(t *testing.T) {
	var runs [][]string
	for _, d := range []string{"2015-07-01", "2016-06-01", "2019-01-01", "2020-10-01", "2021-02-15", "2021-06-01",
		"2023-06-01", "2024-06-01", "2025-02-10", "2025-06-01", "2026-02-01", "2026-05-01", "2027-01-15"} {
		runs = append(runs, []string{"aturan", "-date", d})
	}
	runs = append(runs,
		[]string{"iuran", "-segment", "BPU", "-programs", "JKK+JKM+JHT", "-basis", "1000000", "-month", "2026-05"},
		[]string{"iuran", "-segment", "PU", "-programs", "JKK+JKM+JHT+JP", "-basis", "12000000", "-month", "2020-09", "-scale", "LARGE", "-risk", "LOW"})
	for _, args := range runs {
		for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
			code, out, errs := runCLI(t, "", append(args, "-lang", l.String())...)
			if code != exitOK {
				t.Fatalf("jamsos %s: exit %d: %s", strings.Join(args, " "), code, errs)
			}
			if strings.Contains(out, noteInEnglish) {
				t.Errorf("jamsos %s -lang %s: a note has no Indonesian wording", strings.Join(args, " "), l)
			}
			for _, line := range strings.Split(out, "\n") {
				if args[0] == "aturan" && strings.Contains(line, " = ") && !strings.HasPrefix(line, " ") {
					// "name = value": a parameter's code and its value as
					// JSON, which is for programs (codes, and labels in
					// both languages).
					continue
				}
				if w := langcheck.Foreign(line, l); len(w) > 0 {
					t.Errorf("jamsos %s -lang %s: foreign words %q in %q", strings.Join(args, " "), l, w, line)
				}
			}
		}
	}
}
