package region

import (
	"slices"
	"testing"
)

func TestProvinces(t *testing.T) {
	ps := Provinces()
	if len(ps) != 38 {
		t.Fatalf("Provinces() has %d entries, want 38 (%s)", len(ps), ProvinceSource.Instrument)
	}
	if !slices.IsSortedFunc(ps, func(a, b Entry) int { return a.Code.Compare(b.Code) }) {
		t.Error("Provinces() is not sorted by code")
	}
	for _, p := range ps {
		if p.Code.Level() != Province || p.Name == "" {
			t.Errorf("bad province entry %+v", p)
		}
		// Every listed province parses, in both forms.
		if c, err := Parse(p.Code.String()); err != nil || c != p.Code {
			t.Errorf("Parse(%q) = %v, %v", p.Code, c, err)
		}
	}
	// The result is a copy.
	ps[0].Name = "changed"
	if Provinces()[0].Name != "Aceh" {
		t.Error("changing the result of Provinces() changed the table")
	}
}

func TestProvinceName(t *testing.T) {
	tests := []struct {
		name string
		code string
		want string
	}{
		{"Kepmendagri 300.2.2-2138/2025: 11 Aceh", "11", "Aceh"},
		{"Kepmendagri 300.2.2-2138/2025: 31 DKI Jakarta", "31", "DKI Jakarta"},
		{"Bekasi example is in Jawa Barat", "32.16.01.2001", "Jawa Barat"},
		{"Kepmendagri 300.2.2-2138/2025: 36 Banten", "36.01", "Banten"},
		{"Kepmendagri 300.2.2-2138/2025: 65 Kalimantan Utara", "65", "Kalimantan Utara"},
		{"Kepmendagri 300.2.2-2138/2025: 91 Papua", "91", "Papua"},
		{"Kepmendagri 300.2.2-2138/2025: 92 Papua Barat", "92", "Papua Barat"},
		{"formed by UU 14/2022, Kepmendagri code 93: Papua Selatan", "93", "Papua Selatan"},
		{"formed by UU 15/2022, Kepmendagri code 94: Papua Tengah", "94", "Papua Tengah"},
		{"formed by UU 16/2022, Kepmendagri code 95: Papua Pegunungan", "95", "Papua Pegunungan"},
		{"formed by UU 29/2022, Kepmendagri code 96: Papua Barat Daya", "96", "Papua Barat Daya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ProvinceName(MustParse(tt.code))
			if !ok || got != tt.want {
				t.Errorf("ProvinceName(%s) = %q, %v; want %q", tt.code, got, ok, tt.want)
			}
		})
	}
}

func TestProvinceSource(t *testing.T) {
	if ProvinceSource.Instrument != "Kepmendagri 300.2.2-2138/2025" {
		t.Errorf("ProvinceSource.Instrument = %q", ProvinceSource.Instrument)
	}
	if ProvinceSource.Confidence != "secondary" {
		t.Errorf("ProvinceSource.Confidence = %q, want \"secondary\"", ProvinceSource.Confidence)
	}
}

// Exactly the 38 known province numbers parse; every other two-digit number
// is an unknown province.
func TestOnlyKnownProvincesParse(t *testing.T) {
	known := 0
	for n := range 100 {
		s := string(appendDigits(nil, uint16(n), 2))
		_, err := Parse(s)
		if err == nil {
			known++
		}
	}
	if known != 38 {
		t.Errorf("%d two-digit codes parse, want 38", known)
	}
}
