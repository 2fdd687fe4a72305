package contribution

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// TestReliefRegistry: every registered relief is complete — a unique id and
// parameter, a title in both languages, segments, something it does — and
// the override names, the claim error and the list of ids come from the
// registry.
func TestReliefRegistry(t *testing.T) {
	p := DefaultParams()
	ids, names := map[Relief]bool{}, map[string]bool{}
	for _, r := range p.reliefs {
		id, name := r.id(), r.describer().Name()
		if ids[id] || names[name] {
			t.Errorf("%s / %s registered twice", id, name)
		}
		ids[id], names[name] = true, true
		if r.title().ID == "" || r.title().EN == "" {
			t.Errorf("%s: title %+v", id, r.title())
		}
		if !slices.Contains(ParameterNames(), name) {
			t.Errorf("%s: parameter %s is not among ParameterNames", id, name)
		}
		tl := r.describer()
		from, _ := func() (regulation.Date, regulation.Date) {
			for m := range regulation.Months(FirstMonth, p.Through).All() {
				if f, err := tl.Describe(m.FirstDay()); err == nil {
					return f.From, f.Until
				}
			}
			return regulation.Date{}, regulation.Date{}
		}()
		f, ok := r.find(from)
		if from.IsZero() || !ok {
			t.Errorf("%s: never in force from July 2015 to %s", id, p.Through)
			continue
		}
		if len(f.terms.Segments) == 0 || len(f.terms.Cuts) == 0 && f.terms.JPDeferral == nil && f.terms.DueDay == 0 && f.terms.LateFee == nil {
			t.Errorf("%s: terms %+v are for no one or do nothing", id, f.terms)
		}
	}
	if got := ReliefIDs(); !slices.Equal(got, []Relief{ReliefCovid, ReliefIndustry, ReliefBPU, ReliefCovidJakon}) {
		t.Errorf("ReliefIDs() = %v", got)
	}
	_, err := calc(t, Options{}).Bill(Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Reliefs: []Relief{"PP99_2099"}}, month(2026, 5))
	var l problem.List
	if !errors.Is(err, ErrInvalidInput) || !errors.As(err, &l) || !strings.Contains(l[0].EN, "use PP49_2020, PP7_2025, PP50_2025 or PP49_2020_JAKON") {
		t.Errorf("unknown claim: %v", err)
	}
}

// TestWithReliefRefusesHalfDone: a relief declaration that lacks a part, or
// repeats an id or parameter, is refused, naming what is wrong.
func TestWithReliefRefusesHalfDone(t *testing.T) {
	ok := covidJakonRelief
	ok.ID, ok.Parameter = "TEST", "relief.test"
	for _, tc := range []struct {
		name string
		edit func(r *ReliefRule[CovidJakonRelief])
		code problem.Code
	}{
		{"no title", func(r *ReliefRule[CovidJakonRelief]) { r.Title.EN = "" }, "params.relief"},
		{"no terms", func(r *ReliefRule[CovidJakonRelief]) { r.Terms = nil }, "params.relief"},
		{"no id", func(r *ReliefRule[CovidJakonRelief]) { r.ID = "" }, "params.relief"},
		{"an id already registered", func(r *ReliefRule[CovidJakonRelief]) { r.ID = ReliefBPU }, "params.relief"},
		{"a parameter already registered", func(r *ReliefRule[CovidJakonRelief]) { r.Parameter = "pu.jkm.rate" }, "params.relief"},
		{"no citation", func(r *ReliefRule[CovidJakonRelief]) {
			r.Entries = []regulation.Entry[CovidJakonRelief]{{From: day(2027, 1, 1), Value: CovidJakonRelief{Discount: MustRate("10%")}}}
		}, "params.relief"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ok
			tc.edit(&r)
			_, err := DefaultParams().WithRelief(r)
			var pe *problem.Error
			if !errors.Is(err, ErrInvalidParams) || !errors.As(err, &pe) || pe.Code != tc.code {
				t.Errorf("error %v, want %s", err, tc.code)
			}
		})
	}
	if _, err := DefaultParams().WithRelief(ok); err != nil {
		t.Errorf("a complete declaration: %v", err)
	}
	// A discount above 100% is refused when the calculator is built.
	bad := ok
	bad.Entries = []regulation.Entry[CovidJakonRelief]{{From: day(2027, 1, 1), Until: day(2027, 1, 31),
		Value: CovidJakonRelief{Discount: PPM(1_500_000)}, Citation: regulation.Citation{Instrument: "test", Confidence: regulation.Unconfirmed}}}
	p, err := DefaultParams().WithRelief(bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewCalculator(p, Options{}); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("discount of 150%%: %v", err)
	}
}
