package membership

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
)

// The seed corpora of these targets are committed under testdata/fuzz.

func FuzzParseNIK(f *testing.F) {
	opts := NIKOptions{Reference: ref2026.Reference, AllowPlaceholder: true}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNIK(s, opts)
		if err != nil {
			if n != (NIK{}) {
				t.Fatalf("error with a non-zero NIK: %v", err)
			}
			return
		}
		again, err := ParseNIK(n.Digits(), opts)
		if err != nil || again != n {
			t.Fatalf("ParseNIK(%q).Digits() does not read back: %v, %v", s, again, err)
		}
		text, _ := n.MarshalText()
		var back NIK
		if err := back.UnmarshalText(text); err != nil || back.Digits() != n.Digits() {
			t.Fatalf("text round trip: %v, %v", back, err)
		}
		if strings.Contains(n.String(), n.Digits()) || len([]rune(n.String())) != 16 {
			t.Fatalf("String() = %q is not masked", n.String())
		}
	})
}

func FuzzParseKPJ(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKPJ(s)
		if err != nil {
			return
		}
		again, err := ParseKPJ(k.Digits())
		if err != nil || again != k {
			t.Fatalf("ParseKPJ(%q).Digits() does not read back: %v, %v", s, again, err)
		}
		if strings.Contains(k.String(), k.Digits()) {
			t.Fatalf("String() = %q is not masked", k.String())
		}
	})
}

func FuzzParsePhone(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePhone(s)
		if err != nil {
			return
		}
		again, err := ParsePhone(p.E164())
		if err != nil || again != p {
			t.Fatalf("ParsePhone(%q).E164() does not read back: %v, %v", s, again, err)
		}
		if !strings.HasPrefix(p.E164(), "+62") || strings.Contains(p.String(), p.E164()) {
			t.Fatalf("E164() = %q, String() = %q", p.E164(), p.String())
		}
	})
}

func FuzzParseProgramSet(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := ParseProgramSet(s)
		if err != nil {
			return
		}
		again, err := ParseProgramSet(ps.String())
		if err != nil || again != ps {
			t.Fatalf("ParseProgramSet(%q).String() = %q does not read back: %v, %v", s, ps, again, err)
		}
	})
}

func FuzzDecodeRegistration(f *testing.F) {
	f.Fuzz(func(t *testing.T, doc string) {
		r, err := DecodeRegistration(strings.NewReader(doc))
		if err != nil {
			masktest.Check(t, err)
			return
		}
		masktest.Check(t, r.Validate(ValidateOpts{}))
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("a decoded registration must encode: %v", err)
		}
		again, err := DecodeRegistration(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("DecodeRegistration(%s): %v", b, err)
		}
		b2, err := json.Marshal(again)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("round trip:\n%s\n%s\n%v", b, b2, err)
		}
	})
}

// FuzzParseCodes covers the parsers of the small enumerations: whatever the
// input, each either accepts it, and then its code reads back as the same
// value, or returns a *problem.Error whose value stays short.
func FuzzParseCodes(f *testing.F) {
	type code interface {
		String() string
		IsValid() bool
	}
	parsers := map[string]func(string) (code, error){
		"sex":            func(s string) (code, error) { return ParseSex(s) },
		"segment":        func(s string) (code, error) { return ParseSegment(s) },
		"payer":          func(s string) (code, error) { return ParsePayer(s) },
		"business_scale": func(s string) (code, error) { return ParseBusinessScale(s) },
		"program":        func(s string) (code, error) { return ParseProgram(s) },
		"status": func(s string) (code, error) {
			var v Status
			err := v.UnmarshalText([]byte(s))
			return v, err
		},
		"reactivation": func(s string) (code, error) {
			var v Reactivation
			err := v.UnmarshalText([]byte(s))
			return v, err
		},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, parse := range parsers {
			v, err := parse(s)
			if err != nil {
				var pe *problem.Error
				if !errors.As(err, &pe) || utf8.RuneCountInString(pe.Value) > 41 {
					t.Fatalf("%s(%q): error %v is not a short *problem.Error", name, s, err)
				}
				continue
			}
			if !v.IsValid() {
				t.Fatalf("%s(%q) accepted an invalid value", name, s)
			}
			if back, err := parse(v.String()); err != nil || back != v {
				t.Fatalf("%s(%q) = %v, whose code %q reads back as %v, %v", name, s, v, v.String(), back, err)
			}
		}
	})
}
