package regulation

import (
	"strings"
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-02-07", "2024-02-29", "2025-02-30", "0000-01-01", "9999-12-31", "2025-13-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if back, err := ParseDate(d.String()); err != nil || back != d {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
	})
}

func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"2026-03", "03/2026", "2026-13", "00/2026", " 2015-07 ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMonth(s)
		if err != nil {
			return
		}
		back, err := ParseMonth(m.String())
		if err != nil || back != m {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
		if m.Add(5).Sub(m) != 5 || m.FirstDay().ContributionMonth() != m {
			t.Fatalf("arithmetic on %s", m)
		}
	})
}

func FuzzParseOverrides(f *testing.F) {
	f.Add(`{"overrides":[{"parameter":"pu.jp.wage_cap","from":"2027-03-01","value":1,"citation":{"instrument":"x","confidence":"text"}}]}`)
	f.Add(`{"overrides":[]}`)
	f.Add(`{"overrides":[{"parameter":"p","from":"2027-03-01","until":"2027-01-01","value":{},"citation":{"instrument":"x","confidence":"secondary"}}]}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, doc string) {
		o, err := ParseOverrides(strings.NewReader(doc))
		if err != nil {
			return
		}
		base := MustTimeline("p", []Entry[int64]{{From: MustDate(2015, 7, 1), Citation: Citation{Instrument: "x", Confidence: Text}}})
		// Applying may fail (a wrong type, a bad range) but must never panic.
		_, _ = Apply(base, o)
	})
}
