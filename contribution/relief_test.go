package contribution

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
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

// testRelief is a hypothetical relief for the tests below: Rate off the
// given programs of the given segments, in the given months, with a
// workforce threshold, a JP deferral and a condition of its own.
type testRelief struct {
	Rate Rate `json:"rate"`
}

func hypothetical(id Relief, from, until regulation.Date, segs []membership.Segment, progs membership.ProgramSet, rate string,
	minWF int, deferral *Rate, applies func(testRelief, Case, regulation.Date, Params) (Text, error)) ReliefRule[testRelief] {
	return ReliefRule[testRelief]{
		ID: id, Parameter: "relief.test." + strings.ToLower(string(id)), Title: Text{"uji", "test"},
		Entries: []regulation.Entry[testRelief]{{From: from, Until: until, Value: testRelief{Rate: MustRate(rate)},
			Citation: regulation.Citation{Instrument: "hypothetical", Confidence: regulation.Unconfirmed}}},
		Terms: func(v testRelief) Terms {
			return Terms{Segments: segs, MinWorkforce: minWF, Cuts: []Cut{{Programs: progs, Rate: v.Rate}}, JPDeferral: deferral}
		},
		Applies: applies,
	}
}

// TestEngineMatchesCalculatorOnNewReliefs is the differential test on
// hypothetical reliefs that reach what the built-in ones do not: every
// program of a wage earner cut (JHT, JP and JKP shares too) with a JP
// deferral and a payer condition, two workforce thresholds in the same
// months (which the engine hands to the calculator), a non-wage JHT cut
// beside PP 50/2025, and a cut of contract-value construction bills only.
// Whatever a relief declares, the engine gives the calculator's answer.
func TestEngineMatchesCalculatorOnNewReliefs(t *testing.T) {
	half := MustRate("50%")
	notRegency := func(_ testRelief, c Case, _ regulation.Date, _ Params) (Text, error) {
		if c.Payer == membership.PayerRegency {
			return Text{"bukan untuk kabupaten", "not for a regency"}, nil
		}
		return Text{}, nil
	}
	farmers := func(_ testRelief, c Case, _ regulation.Date, _ Params) (Text, error) {
		if c.Sector != Agriculture {
			return Text{"hanya petani", "farmers only"}, nil
		}
		return Text{}, nil
	}
	contract := func(_ testRelief, c Case, _ regulation.Date, _ Params) (Text, error) {
		if !c.ContractValue {
			return Text{"hanya nilai kontrak", "contract value only"}, nil
		}
		return Text{}, nil
	}
	all := membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP, membership.JKP)
	p := DefaultParams()
	for _, r := range []ReliefDeclaration{
		hypothetical("TEST_PU", day(2027, 1, 1), day(2027, 6, 30), []membership.Segment{membership.PU}, all, "30%", 20, &half, notRegency),
		hypothetical("TEST_PU_2", day(2027, 4, 1), day(2027, 9, 30), []membership.Segment{membership.PU}, membership.SetOf(membership.JKK), "10%", 60, nil, nil),
		hypothetical("TEST_BPU", day(2027, 1, 1), day(2027, 12, 31), []membership.Segment{membership.BPU}, membership.SetOf(membership.JHT, membership.JKK), "25%", 0, nil, farmers),
		hypothetical("TEST_JAKON", day(2027, 2, 1), day(2027, 5, 31), []membership.Segment{membership.Jakon}, membership.SetOf(membership.JKM), "40%", 0, nil, contract),
	} {
		var err error
		if p, err = p.WithRelief(r); err != nil {
			t.Fatal(err)
		}
	}
	// A JP cap for 2027, so that JP rows are billed all year.
	cap, err := p.PUJPCap.With(regulation.Entry[decimal.Decimal]{From: day(2027, 3, 1), Value: rp(11_600_000),
		Citation: regulation.Citation{Instrument: "hypothetical", Confidence: regulation.Unconfirmed}})
	if err != nil {
		t.Fatal(err)
	}
	if p, err = p.With(cap); err != nil {
		t.Fatal(err)
	}
	for i, o := range []Options{{}, {Rounding: HalfEven}, {Rounding: Up, Strict: true}, {Rounding: Down}} {
		c, err := NewCalculator(p, o)
		if err != nil {
			t.Fatal(err)
		}
		e, err := NewEngine(c)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(7, uint64(i)))
		cut, fast, slowValid := 0, 0, 0
		for range 6_000 {
			r := randomRow(rng)
			r.Month = month(2027, 1).Add(rng.IntN(12))
			want := reference(c, r)
			compareResults(t, r, e.One(r), want)
			if want.Err != nil {
				continue
			}
			if want.Amount != want.Normal {
				cut++
			}
			if e.fastRows([]Row{r}, make([]Result, 1)) == 1 {
				fast++
			} else {
				slowValid++
				// Only wage earners in the months of two thresholds go to the calculator.
				if r.Segment != membership.PU || r.Month.Before(month(2027, 4)) || r.Month.After(month(2027, 6)) {
					t.Errorf("valid row %+v left the fast path", r)
				}
			}
		}
		if cut == 0 || fast == 0 || slowValid == 0 {
			t.Errorf("options %+v: %d rows cut, %d fast, %d valid rows on the calculator: the test proves too little", o, cut, fast, slowValid)
		}
	}
}
