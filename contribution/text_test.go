package contribution

import (
	"encoding"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/desasadar/jamsos/problem"
)

// TestCodesRoundTripAndRefuse checks every code type: each known value
// encodes and decodes to itself, and unknown text is an error that quotes
// it cut short.
func TestCodesRoundTripAndRefuse(t *testing.T) {
	type codec interface {
		encoding.TextMarshaler
	}
	check := func(name string, values []codec, decode func([]byte) error) {
		t.Helper()
		for _, v := range values {
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%s %v: %v", name, v, err)
				continue
			}
			if err := decode(b); err != nil {
				t.Errorf("%s %q does not decode: %v", name, b, err)
			}
		}
		long := strings.Repeat("X", 500)
		err := decode([]byte(long))
		var e *problem.Error
		if !errors.As(err, &e) || utf8.RuneCountInString(e.Value) > 41 {
			t.Errorf("%s: unknown text gave %v", name, err)
		}
	}
	var g RiskGroup
	check("risk group", []codec{VeryLowRisk, LowRisk, MediumRisk, HighRisk, VeryHighRisk}, g.UnmarshalText)
	var s Sector
	check("sector", []codec{OtherSector, Transport, Agriculture, Fisheries, Trade}, s.UnmarshalText)
	var i Industry
	check("industry", []codec{OtherIndustry, FoodBeverageTobacco, TextileApparel, Leather, Footwear, Toys, Furniture}, i.UnmarshalText)
	var b Budget
	check("budget", []codec{NoBudget, APBN, APBD, APBDes}, b.UnmarshalText)
	var r Rounding
	check("rounding", []codec{HalfUp, HalfEven, Down, Up}, r.UnmarshalText)
	var k PMIPackage
	check("PMI package", []codec{PrePlacement, Placement6, Placement12, Placement24}, k.UnmarshalText)
	var rate Rate
	check("rate", []codec{MustRate("0%"), MustRate("0.24%"), MustRate("3.7%"), MustRate("100%")}, rate.UnmarshalText)
}

// FuzzParseRate checks that ParseRate never panics, that whatever it accepts
// is from 0% to 100%, and that a rate reads back from its own text.
func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"0.24%", "0,24", "3,7%", "100%", "0%", "-1%", "101%", "0.00001%", "1e2", "", "%", " 2 % "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRate(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidRate) {
				t.Fatalf("%q: error %v does not wrap ErrInvalidRate", s, err)
			}
			return
		}
		if r.PPM() < 0 || r.PPM() > ppm {
			t.Fatalf("%q: accepted %d ppm", s, r.PPM())
		}
		back, err := ParseRate(r.String())
		if err != nil || back != r {
			t.Fatalf("%q: %s reads back as %v, %v", s, r, back, err)
		}
	})
}
