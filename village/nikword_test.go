package village

import (
	"cmp"
	"testing"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// An item keeps a NIK as one word: the word gives back the very NIK
// ParseNIK read, whatever reference date resolved its century (the birth
// date and the district included), and orders NIKs as NIK.Compare does.
func TestNIKWord(t *testing.T) {
	ref := func(y int) regulation.Date { return regulation.MustDate(y, time.December, 31) }
	for _, tc := range []struct {
		name, digits string
		ref          regulation.Date // zero: ParseNIK's default, the end of 2035
		birth        regulation.Date // the zero Date for a placeholder
	}{
		{"a man born 1 January 1980", "6112010101800001", regulation.Date{}, regulation.MustDate(1980, time.January, 1)},
		{"a woman (day 41-71) born 17 August 2001", "3216015708010002", regulation.Date{}, regulation.MustDate(2001, time.August, 17)},
		{"yy 30 read as 2030 by the default reference", "3216010101300003", regulation.Date{}, regulation.MustDate(2030, time.January, 1)},
		{"yy 30 read as 1930 with a reference in 2020", "3216010101300003", ref(2020), regulation.MustDate(1930, time.January, 1)},
		{"29 February 2000, which 1900 lacks", "3216012902000004", regulation.Date{}, regulation.MustDate(2000, time.February, 29)},
		{"yy 99 with a reference in 2099", "3216010101990005", ref(2099), regulation.MustDate(2099, time.January, 1)},
		{"a placeholder (first digit 0) has no birth date", "0000000000000001", regulation.Date{}, regulation.Date{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := membership.ParseNIK(tc.digits, membership.NIKOptions{Reference: tc.ref, AllowPlaceholder: true})
			if err != nil {
				t.Fatal(err)
			}
			if n.BirthDate() != tc.birth {
				t.Fatalf("ParseNIK: birth %v; want %v", n.BirthDate(), tc.birth)
			}
			w, ok := wordOf(n)
			if !ok {
				t.Fatalf("wordOf(%v): not kept in a word", n)
			}
			if back := w.nik(); back != n {
				t.Errorf("the word gives back %v born %v (district %v); want %v born %v (district %v)",
					back, back.BirthDate(), back.District(), n, n.BirthDate(), n.District())
			}
		})
	}
	if w, ok := wordOf(membership.NIK{}); !ok || w != 0 || w.nik() != (membership.NIK{}) {
		t.Errorf("the zero NIK: word %d, %v", w, ok)
	}
}

// FuzzNIKWord holds the word to every NIK ParseNIK reads: it gives the NIK
// back, and two words order as their NIKs do.
func FuzzNIKWord(f *testing.F) {
	f.Add("6112010101800001", "3216015708010002", 0)
	f.Add("3216010101300003", "0000000000000001", 2020)
	f.Add("3216012902000004", "3216 0101 0199 0005", 1999)
	f.Fuzz(func(t *testing.T, a, b string, year int) {
		opts := membership.NIKOptions{AllowPlaceholder: true}
		if year >= 1 && year <= 9999 {
			opts.Reference = regulation.MustDate(year, time.December, 31)
		}
		var words [2]nikWord
		var niks [2]membership.NIK
		for i, s := range []string{a, b} {
			n, err := membership.ParseNIK(s, opts)
			if err != nil {
				return
			}
			w, ok := wordOf(n)
			if !ok {
				t.Fatalf("%v (born %v) not kept in a word", n, n.BirthDate())
			}
			if back := w.nik(); back != n {
				t.Fatalf("%v born %v: the word gives back %v born %v", n, n.BirthDate(), back, back.BirthDate())
			}
			words[i], niks[i] = w, n
		}
		if got, want := cmp.Compare(words[0].number(), words[1].number()), niks[0].Compare(niks[1]); got != want {
			t.Fatalf("words compare %d, NIKs %d", got, want)
		}
	})
}

// An item's sums live in 32 bits when they fit and beside the item when
// one does not (none does under today's rates: a year of the largest wage
// allowed, Rp1,000,000,000, costs under Rp1 billion), and a relief run's
// saving is an int64 in two halves: each gives back exactly what it was
// given, negative amounts and the bounds of 32 bits included.
func TestItemSumsKeepEveryAmount(t *testing.T) {
	var s scratch
	for i, v := range []itemSums{
		{},
		{normal: 1<<32 - 1, fromSource: 1<<32 - 1, fromWorker: 1<<32 - 1, other: 1<<31 - 1, need: 1<<32 - 1}, // the most 32 bits hold
		{normal: 1 << 32, fromSource: 5, fromWorker: 6, other: 7, need: 8},                                   // one past them
		{normal: 100, fromSource: 90, fromWorker: 10, other: -1 << 31, need: 0},                              // the least other in 32 bits
		{normal: 100, fromSource: 90, fromWorker: 10, other: -1<<31 - 1, need: 0},                            // one below it
		{normal: -1, fromSource: 0, fromWorker: 0, other: 0, need: 1 << 40},
	} {
		it := item{idx: int32(i)}
		s.setSums(&it, v)
		if got := s.sumsOf(&it); got != v {
			t.Errorf("sums %+v: kept as %+v", v, got)
		}
	}
	for _, n := range []int64{0, 1, 1<<32 - 1, 1 << 32, -1, -1 << 40, 1<<63 - 1} {
		var r reliefRun
		r.addAmount(n)
		if got := r.amountOf(); got != n {
			t.Errorf("relief run saving %d: kept as %d", n, got)
		}
		r.addAmount(-n)
		if got := r.amountOf(); got != 0 {
			t.Errorf("relief run saving %d minus itself: %d", n, got)
		}
	}
}
