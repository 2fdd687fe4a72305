package benefit

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

func calcDefault(t *testing.T) *contribution.Calculator {
	t.Helper()
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDefaultParamsValid(t *testing.T) {
	p := DefaultParams()
	if _, err := New(p, calcDefault(t)); err != nil {
		t.Fatal(err)
	}
	names := ParameterNames()
	for i, d := range p.Timelines() {
		if d.Name() != names[i] {
			t.Errorf("timeline %d is %s, ParameterNames says %s", i, d.Name(), names[i])
		}
	}
}

func TestNewRefusesIncompleteParams(t *testing.T) {
	p := DefaultParams()
	p.Yield = nil
	_, err := New(p, calcDefault(t))
	wantProblem(t, err, ErrInvalidParams, "benefit.jht.yield", "")
	_, err = New(DefaultParams(), nil)
	wantProblem(t, err, ErrInvalidParams, "calculator", "")
}

func parse(t *testing.T, doc string) regulation.Overrides {
	t.Helper()
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestOverrides(t *testing.T) {
	// The official anatomical-loss table, loaded by a caller (the line and
	// its percentage here are made up for the test), then used by code.
	o := parse(t, `{"overrides": [
		{"parameter": "benefit.jkk.partial_disability", "from": "2015-07-01",
		 "value": {"multiple": "80", "table": [{"code": "T1", "name": "test line", "percent": "25%"}]},
		 "citation": {"instrument": "PP 44/2015 Lampiran III", "confidence": "text"}},
		{"parameter": "benefit.jp.limits", "from": "2025-01-01", "until": "2025-12-31",
		 "value": {"min": "400000", "max": "4800000"},
		 "citation": {"instrument": "test", "confidence": "unconfirmed"}},
		{"parameter": "pu.jp.wage_cap", "from": "2027-03-01", "value": "11650000",
		 "citation": {"instrument": "test", "confidence": "unconfirmed"}}]}`)
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(p, calcDefault(t))
	if err != nil {
		t.Fatal(err)
	}
	// 25% × 80 × 4,000,000 = 80,000,000.
	r, err := e.Accident(AccidentInput{Event: PartialDisability, Participant: Participant{Segment: membership.PU, Wage: rp(4_000_000)},
		Date: date(2024, 1, 1), TableCode: "T1"})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "partial", r.Cash, 80_000_000)
	// A 2025 pension now has a floor: 1% × 15 × 2,000,000 = 300,000 < 400,000.
	r, err = e.Pension(PensionInput{Participant: Participant{Segment: membership.PU}, Months: 180, AverageWage: rp(2_000_000), Start: date(2025, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "pension", item(t, r, "jp.pension").Amount, 400_000)
	// The default set is unchanged.
	if _, err := Default().Pension(PensionInput{Participant: Participant{Segment: membership.PU}, Months: 180, AverageWage: rp(2_000_000), Start: date(2025, 1, 1)}); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("the default parameters changed: %v", err)
	}
}

func TestOverridesRefused(t *testing.T) {
	_, err := DefaultParams().WithOverrides(parse(t, `{"overrides": [{"parameter": "benefit.jkm.deth", "from": "2030-01-01",
		"value": {}, "citation": {"instrument": "x", "confidence": "text"}}]}`))
	wantProblem(t, err, ErrInvalidParams, "overrides", "benefit.jkm.deth")
	_, err = DefaultParams().WithOverrides(parse(t, `{"overrides": [{"parameter": "benefit.jkm.death", "from": "2030-01-01",
		"value": {"lump_sum": "-1", "periodic": "0", "periodic_months": 0, "funeral": "0"}, "citation": {"instrument": "x", "confidence": "text"}}]}`))
	wantProblem(t, err, ErrInvalidParams, "benefit.jkm.death", "2030-01-01")
	_, err = DefaultParams().WithOverrides(parse(t, `{"overrides": [{"parameter": "benefit.jkk.partial_disability", "from": "2030-01-01",
		"value": {"multiple": "80", "table": [{"code": "", "name": "no code", "percent": "5%"}]}, "citation": {"instrument": "x", "confidence": "text"}}]}`))
	wantProblem(t, err, ErrInvalidParams, "benefit.jkk.partial_disability", "2030-01-01")
}

// Every item's citation is among the result's citations, and the result's
// confidence is the weakest of them.
func TestResultCitesItsItems(t *testing.T) {
	for name, r := range goldenResults(t) {
		weakest := regulation.Text
		for _, c := range r.Citations {
			weakest = max(weakest, c.Confidence)
		}
		if r.Confidence != weakest {
			t.Errorf("%s: confidence %s, weakest citation %s", name, r.Confidence, weakest)
		}
		for _, it := range r.Items {
			if !containsCitation(r.Citations, it.Citation) || it.Parameter == "" {
				t.Errorf("%s: item %s cites %v, not among %v", name, it.Key, it.Citation, r.Citations)
			}
		}
	}
}

func TestEventsNamed(t *testing.T) {
	if len(Events()) != len(eventNames) {
		t.Fatalf("%d events listed, %d named", len(Events()), len(eventNames))
	}
	for _, ev := range Events() {
		if !ev.IsValid() || ev.Name(0) == "" || ev.Name(1) == "" {
			t.Errorf("event %q has no name", ev)
		}
	}
}
