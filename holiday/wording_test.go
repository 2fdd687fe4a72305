package holiday_test

import (
	"testing"

	"github.com/desasadar/jamsos/holiday"
	"github.com/desasadar/jamsos/internal/langcheck"
	"github.com/desasadar/jamsos/problem"
)

// Every decree of the built-in calendar reads in Indonesian for an
// Indonesian reader (due-date warnings quote it), and keeps its English
// wording for an English one.
func TestBuiltinInstrumentsInIndonesian(t *testing.T) {
	c := holiday.Default()
	n := 0
	for _, y := range c.Years() {
		for _, d := range c.Days(y) {
			n++
			if w := langcheck.Foreign(d.Citation.InstrumentIn(problem.Indonesian), problem.Indonesian); len(w) > 0 {
				t.Errorf("%s: %q has English words %v", d.Date, d.Citation.InstrumentIn(problem.Indonesian), w)
			}
			if d.Citation.InstrumentIn(problem.English) != d.Citation.Instrument {
				t.Errorf("%s: the English wording %q is not the file's %q", d.Date, d.Citation.InstrumentIn(problem.English), d.Citation.Instrument)
			}
		}
	}
	if n < 200 {
		t.Fatalf("only %d days read", n)
	}
}
