package rupiah_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// FuzzParse checks that Parse never panics, that every failure is a
// *problem.Error, and that what it accepts survives Format with sen and Parse
// again unchanged. Seeds are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		d, err := rupiah.Parse(s)
		if err != nil {
			var pe *problem.Error
			if !errors.As(err, &pe) || pe.Code == "" || !strings.HasPrefix(string(pe.Code), "rupiah.") {
				t.Fatalf("Parse(%q) error %v is not a coded *problem.Error", s, err)
			}
			return
		}
		for _, o := range []rupiah.Options{{Sen: true}, {Sen: true, NoSymbol: true}} {
			text := o.Format(d)
			back, err := rupiah.Parse(text)
			if err != nil {
				t.Fatalf("Parse(%q) = %s, but Parse(%q) failed: %v", s, d, text, err)
			}
			if !back.Equal(d) {
				t.Fatalf("Parse(%q) = %s, Format gives %q, which parses as %s", s, d, text, back)
			}
		}
	})
}

// FuzzWords checks that Words never panics for any int64, says every amount
// below 10^18 in clean words, and reports larger ones as ErrTooLarge. Seeds
// are in testdata/fuzz/FuzzWords.
func FuzzWords(f *testing.F) {
	limit := decimal.New(1, 18)
	f.Fuzz(func(t *testing.T, n int64) {
		d := decimal.NewFromInt(n)
		got, err := rupiah.Words(d)
		if d.Abs().Cmp(limit) >= 0 {
			if !errors.Is(err, rupiah.ErrTooLarge) {
				t.Fatalf("Words(%d) = %q, %v; want ErrTooLarge", n, got, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("Words(%d): %v", n, err)
		}
		if !strings.HasSuffix(got, " rupiah") || strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Fatalf("Words(%d) = %q is not a clean phrase ending in rupiah", n, got)
		}
		if (n < 0) != strings.HasPrefix(got, "minus ") {
			t.Fatalf("Words(%d) = %q: sign and minus disagree", n, got)
		}
		if n != 0 && strings.Contains(got, "nol") {
			t.Fatalf("Words(%d) = %q says nol", n, got)
		}
	})
}
