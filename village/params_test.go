package village

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/regulation"
)

// The Dana Desa policy, one case per fiscal year, each named by the
// instrument or statement it rests on.
func TestDanaDesaPolicy(t *testing.T) {
	dd := DefaultParams().Funding[DanaDesa]
	for _, tc := range []struct {
		name  string
		year  int
		known bool
		want  GroupSet
		conf  regulation.Confidence
	}{
		{"before 2023: no rule known", 2022, false, 0, 0},
		{"BPJS statement 15 Feb 2023: allowed for village workers", 2023, true, SetOfGroups(Neighbourhood, Community, CashForWork, Informal), regulation.Secondary},
		{"SE Kemendes 4/PRI.00/I/2024: not allowed", 2024, true, 0, regulation.Text},
		{"Permendes 2/2024: silent, prohibition kept by default", 2025, true, 0, regulation.Unconfirmed},
		{"Permendes 16/2025: cash-for-work workers", 2026, true, SetOfGroups(CashForWork), regulation.Secondary},
		{"Permendes 16/2025 still in force", 2030, true, SetOfGroups(CashForWork), regulation.Secondary},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := dd.Find(regulation.MustDate(tc.year, time.January, 1))
			if ok != tc.known {
				t.Fatalf("known = %v, want %v", ok, tc.known)
			}
			if ok && (e.Value != tc.want || e.Citation.Confidence != tc.conf) {
				t.Errorf("got %v [%v], want %v [%v]", e.Value, e.Citation.Confidence, tc.want, tc.conf)
			}
		})
	}
}

// Every fiscal year from 2016 to 2040 has exactly one rule for every
// parameter from the year its source begins: the funding of every source
// but Dana Desa from the start, Dana Desa and the target from 2023, the
// desa-sadar criteria from 2018 (the program began in August 2017), the
// siltap minimum from 2020 and the budget accounts from 2019.
func TestTemporalCoverage(t *testing.T) {
	p := DefaultParams()
	for y := 2016; y <= 2040; y++ {
		jan1 := regulation.MustDate(y, time.January, 1)
		dec31 := regulation.MustDate(y, time.December, 31)
		for _, s := range Sources {
			_, ok := p.Funding[s].Find(jan1)
			if want := s != DanaDesa || y >= 2023; ok != want {
				t.Errorf("%d %v: policy known = %v, want %v", y, s, ok, want)
			}
		}
		if _, ok := p.Target.Find(dec31); ok != (y >= 2023) {
			t.Errorf("%d: target in force = %v", y, ok)
		}
		if _, ok := p.Criteria.Find(jan1); ok != (y >= 2018) {
			t.Errorf("%d: criteria in force = %v", y, ok)
		}
		if _, ok := p.Siltap.Find(jan1); ok != (y >= 2020) {
			t.Errorf("%d: siltap minimum in force = %v", y, ok)
		}
		if _, ok := p.Accounts.Find(jan1); ok != (y >= 2019) {
			t.Errorf("%d: accounts in force = %v", y, ok)
		}
	}
	if got := len(p.Timelines()); got != len(p.Names()) {
		t.Errorf("%d timelines for %d names", got, len(p.Names()))
	}
	for _, d := range p.Timelines() {
		if !strings.HasPrefix(d.Name(), "village.") {
			t.Errorf("parameter %q is not named village.*", d.Name())
		}
	}
}

func TestTargetAndCriteria(t *testing.T) {
	e, err := DefaultTarget().At(regulation.MustDate(2026, time.December, 31))
	if err != nil || e.Value != 100 || e.Citation.Confidence != regulation.Secondary {
		t.Fatalf("target 2026: %v %v", e, err)
	}
	if _, err := DefaultTarget().At(regulation.MustDate(2023, time.February, 14)); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("target before the statement: %v", err)
	}
	c, err := DefaultCriteria().At(regulation.MustDate(2026, time.January, 1))
	if err != nil || len(c.Value) != 3 || c.Value[0].Groups[0] != Head || len(c.Value[2].Groups) != 0 {
		t.Errorf("criteria: %+v %v", c.Value, err)
	}
}

func TestWithOverrides(t *testing.T) {
	doc := `{"overrides": [
		{"parameter": "village.funding.dana_desa", "from": "2025-01-01", "until": "2025-12-31",
		 "value": "cash_for_work+informal",
		 "citation": {"instrument": "Permendes (confirmed by the caller)", "confidence": "text"}},
		{"parameter": "village.target.covered_workers", "from": "2027-01-01", "value": 150,
		 "citation": {"instrument": "Regency target", "confidence": "text"}}
	]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := p.Funding[DanaDesa].Find(regulation.MustDate(2025, time.June, 1))
	if e.Value != SetOfGroups(CashForWork, Informal) || e.Citation.Confidence != regulation.Text {
		t.Errorf("Dana Desa 2025 after the override: %v %v", e.Value, e.Citation)
	}
	if e, _ := p.Funding[DanaDesa].Find(regulation.MustDate(2024, time.June, 1)); e.Value != 0 {
		t.Errorf("the override changed 2024: %v", e.Value)
	}
	if e, _ := p.Target.Find(regulation.MustDate(2027, time.December, 31)); e.Value != 150 {
		t.Errorf("target 2027: %v", e.Value)
	}
	if e, _ := DefaultParams().Funding[DanaDesa].Find(regulation.MustDate(2025, time.June, 1)); e.Value != 0 {
		t.Error("the override changed the defaults")
	}

	bad, _ := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{"parameter": "village.funding.dana_dessa",
		"from": "2025-01-01", "value": "all", "citation": {"instrument": "x", "confidence": "text"}}]}`))
	if _, err := DefaultParams().WithOverrides(bad); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("a misspelt parameter: %v", err)
	}
	badValue, _ := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{"parameter": "village.funding.add",
		"from": "2025-01-01", "value": "lurah", "citation": {"instrument": "x", "confidence": "text"}}]}`))
	if _, err := DefaultParams().WithOverrides(badValue); err == nil {
		t.Error("an unknown group in an override value was accepted")
	}
}

func TestDefaultPackages(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	for _, g := range Groups {
		pk := pl.Package(g)
		if err := checkPackage(pk); err != nil {
			t.Errorf("%v: %v", g, err)
		}
		if g.IsOfficial() != (pk.Segment.String() == "PU") {
			t.Errorf("%v: segment %v", g, pk.Segment)
		}
		// A non-wage package declares the lowest income of the contribution
		// parameters (PP 44/2015 Lampiran II), in force in every month.
		if !g.IsOfficial() {
			for _, e := range pl.calc.Params().BPUIncome.Entries() {
				if !pk.Basis.Equal(e.Value.Min) {
					t.Errorf("%v: basis %v, the lowest declared income from %v is %v (%s)", g, pk.Basis, e.From, e.Value.Min, e.Citation)
				}
			}
		}
	}
	if _, err := NewPlanner(nil, Params{}, Options{}); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("no calculator: %v", err)
	}
	c := pl.calc
	if _, err := NewPlanner(c, Params{}, Options{Packages: map[Group]Package{Head: {}}}); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("an empty package: %v", err)
	}
}
