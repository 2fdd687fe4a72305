package rules_test

import (
	"errors"
	"testing"
	"time"

	"github.com/desasadar/jamsos/internal/langcheck"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rules"
)

// Every citation of every parameter, on the first day of each month from
// July 2015 to December 2027, reads in Indonesian for an Indonesian reader:
// a note has an Indonesian wording (the wordings are looked up by the
// English text, so an edited note that lost its translation fails here),
// and neither the instrument nor the note as worded for that reader has
// English words in it.
func TestCitationsWordedInIndonesian(t *testing.T) {
	seen := map[string]bool{}
	for m := regulation.MustMonth(2015, time.July); !m.After(regulation.MustMonth(2027, time.December)); m = m.Add(1) {
		d := m.FirstDay()
		for _, p := range rules.All() {
			f, err := p.Describe(d)
			if errors.Is(err, regulation.ErrNoRuleInForce) {
				continue
			} else if err != nil {
				t.Fatalf("%s on %s: %v", p.Name(), d, err)
			}
			key := p.Name() + " " + f.From.String()
			if seen[key] {
				continue
			}
			seen[key] = true
			c := f.Citation
			if c.Note != "" && c.Indonesian.Note == "" {
				t.Errorf("%s from %s: the note %q has no Indonesian wording", p.Name(), f.From, c.Note)
			}
			for what, text := range map[string]string{"instrument": c.InstrumentIn(problem.Indonesian), "note": c.NoteIn(problem.Indonesian)} {
				if w := langcheck.Foreign(text, problem.Indonesian); len(w) > 0 {
					t.Errorf("%s from %s: the Indonesian %s %q has English words %v", p.Name(), f.From, what, text, w)
				}
			}
		}
	}
	if len(seen) < 80 {
		t.Fatalf("only %d entries seen", len(seen))
	}
}
