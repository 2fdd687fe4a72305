package holiday_test

import (
	"strings"
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

// Every day of the built-in calendar is named in Indonesian for an
// Indonesian reader (a due-date warning quotes the name of a cuti bersama
// day): the notes holidays.csv adds in English ("(added June 2017)") are
// worded in Indonesian, with the same dates. The English reading is the
// file's name, whose note is in English; the decree's name before it is a
// proper name, the same in both languages.
func TestBuiltinNamesInIndonesian(t *testing.T) {
	c := holiday.Default()
	noted := 0
	for _, y := range c.Years() {
		for _, d := range c.Days(y) {
			id, en := d.NameIn(problem.Indonesian), d.NameIn(problem.English)
			if w := langcheck.Foreign(id, problem.Indonesian); len(w) > 0 {
				t.Errorf("%s: %q has English words %v", d.Date, id, w)
			}
			if en != d.Name {
				t.Errorf("%s: the English reading %q is not the file's %q", d.Date, en, d.Name)
			}
			if id == en {
				continue
			}
			noted++
			// What the readings share is the decree's name; the rest is
			// each language's note.
			n := 0
			for n < len(id) && n < len(en) && id[n] == en[n] {
				n++
			}
			if w := langcheck.Foreign(en[n:], problem.English); len(w) > 0 {
				t.Errorf("%s: the English note %q has Indonesian words %v", d.Date, en[n:], w)
			}
			if !digitsEqual(id[n:], en[n:]) {
				t.Errorf("%s: the notes %q and %q do not give the same dates", d.Date, id[n:], en[n:])
			}
		}
	}
	// holidays.csv notes eight days: 2015-12-24, 2017-06-23, three days of
	// 2018's added cuti bersama, 2021-08-11, 2021-10-20 and 2022-07-10.
	if noted != 8 {
		t.Errorf("%d days have a note worded in Indonesian, want 8", noted)
	}
}

// digitsEqual reports whether a and b hold the same digits in the same
// order, as two wordings of one note must (its dates and years).
func digitsEqual(a, b string) bool {
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	return digits(a) == digits(b)
}
