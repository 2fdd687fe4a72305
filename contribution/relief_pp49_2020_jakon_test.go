package contribution

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// TestCovidJakonRelief works construction bills by hand under PP 49/2020
// Pasal 11–12 (every JKK and JKM rate at 1%, August 2020 to January 2021)
// and just after it, on wages and on contract value, through the calculator
// and the engine.
func TestCovidJakonRelief(t *testing.T) {
	c := calc(t, Options{})
	e := engine(t, Options{})
	wages := Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(40_000_000)}
	value := Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(750_000_000), ContractValue: true}
	for _, tc := range []struct {
		name             string
		in               Input
		m                regulation.Month
		normJKK, normJKM int64
		jkk, jkm         int64
		relief           bool
	}{
		// Wages Rp40,000,000: JKK 1.74% = 696,000, JKM 0.30% = 120,000.
		// September 2020: each at 1% (Pasal 11: 0.0174%; Pasal 12(1): 0.0030%):
		// 696,000 × 1% = 6,960 and 120,000 × 1% = 1,200, billed 8,160.
		{"PP 49/2020 Pasal 11-12: wages, September 2020", wages, month(2020, 9), 696_000, 120_000, 6_960, 1_200, true},
		// Contract value Rp750,000,000, marginal tiers:
		// JKK 100M × 0.21% + 400M × 0.17% + 250M × 0.13% = 210,000 + 680,000 + 325,000 = 1,215,000;
		// JKM 100M × 0.03% + 400M × 0.02% + 250M × 0.02% = 30,000 + 80,000 + 50,000 = 160,000.
		// At 1%: 12,150 (the restated rates 0.0021% / 0.0017% / 0.0013% give
		// 2,100 + 6,800 + 3,250 = 12,150) and 1,600 (0.0003% / 0.0002% / 0.0002%:
		// 300 + 800 + 500), billed 13,750.
		{"PP 49/2020 Pasal 11-12: contract value, September 2020", value, month(2020, 9), 1_215_000, 160_000, 12_150, 1_600, true},
		// February 2021, the month after the relief: the normal amounts.
		{"after PP 49/2020: wages, February 2021", wages, month(2021, 2), 696_000, 120_000, 696_000, 120_000, false},
		{"after PP 49/2020: contract value, February 2021", value, month(2021, 2), 1_215_000, 160_000, 1_215_000, 160_000, false},
		// The first and last months of the relief.
		{"PP 49/2020: first month, August 2020", wages, month(2020, 8), 696_000, 120_000, 6_960, 1_200, true},
		{"PP 49/2020: last month, January 2021", value, month(2021, 1), 1_215_000, 160_000, 12_150, 1_600, true},
		{"before PP 49/2020: July 2020", wages, month(2020, 7), 696_000, 120_000, 696_000, 120_000, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := c.Bill(tc.in, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []struct {
				p              membership.Program
				normal, amount int64
			}{{membership.JKK, tc.normJKK, tc.jkk}, {membership.JKM, tc.normJKM, tc.jkm}} {
				ln, ok := b.Line(want.p)
				if !ok || !ln.Normal.Equal(rp(want.normal)) || !ln.Amount.Equal(rp(want.amount)) || !ln.Shares.Employer.Equal(rp(want.amount)) {
					t.Errorf("%s: normal %s amount %s, want %d and %d (employer)", want.p, ln.Normal, ln.Amount, want.normal, want.amount)
				}
				if got := ln.Relief != nil && ln.Relief.Relief == ReliefCovidJakon; got != tc.relief {
					t.Errorf("%s: relief %+v, want PP49_2020_JAKON: %v", want.p, ln.Relief, tc.relief)
				}
			}
			if !b.Billed.Equal(rp(tc.jkk + tc.jkm)) {
				t.Errorf("billed %s, want %d", b.Billed, tc.jkk+tc.jkm)
			}
			r := Row{Month: tc.m, Segment: membership.Jakon, Programs: jkkJKM, Basis: tc.in.Basis.IntPart(), ContractValue: tc.in.ContractValue}
			if e.fastRows([]Row{r}, make([]Result, 1)) != 1 {
				t.Error("the engine's fast path did not take the row")
			}
			if got := e.One(r); got.Err != nil || got.Amount[0] != tc.jkk || got.Amount[1] != tc.jkm || got.Normal[0] != tc.normJKK || got.Billed != tc.jkk+tc.jkm {
				t.Errorf("engine %+v, want JKK %d JKM %d", got, tc.jkk, tc.jkm)
			}
		})
	}
	// The explanation names the relief and its source.
	b, err := c.Bill(value, month(2020, 9))
	if err != nil {
		t.Fatal(err)
	}
	if x := b.Explain(problem.English); !strings.Contains(x, "relief PP 49/2020 (construction projects): 99% off, giving Rp12,150") || !strings.Contains(x, "PP 49/2020 Pasal 11; Pasal 12") {
		t.Errorf("explanation:\n%s", x)
	}
}

// TestCovidJakonReliefClaims: each PP 49/2020 relief applies to its own
// segments only, and says so when claimed for another.
func TestCovidJakonReliefClaims(t *testing.T) {
	c := calc(t, Options{})
	for _, tc := range []struct {
		name  string
		in    Input
		claim Relief
		en    string
	}{
		{"PP 49/2020 Pasal 11-12 claimed by a wage earner", Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Micro},
			ReliefCovidJakon, "only for JAKON"},
		{"PP 49/2020 Pasal 8-9 (PU and BPU) claimed by a construction project", Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(40_000_000)},
			ReliefCovid, "only for PU and BPU"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.in.Reliefs = []Relief{tc.claim}
			_, err := c.Bill(tc.in, month(2020, 10))
			var l problem.List
			if !errors.Is(err, ErrReliefNotApplicable) || !errors.As(err, &l) || !strings.Contains(l[0].EN, tc.en) {
				t.Errorf("error %v, want ErrReliefNotApplicable saying %q", err, tc.en)
			}
		})
	}
	// Claimed where it applies, it is the one taken.
	b, err := c.Bill(Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(40_000_000), Reliefs: []Relief{ReliefCovidJakon}}, month(2020, 10))
	if err != nil || !b.Billed.Equal(rp(8_160)) {
		t.Errorf("claimed: billed %s, %v; want Rp8,160", b.Billed, err)
	}
}

// TestCovidJakonReliefOverride: a relief's parameter takes an override
// document like any other, by its name, and the engine follows it.
func TestCovidJakonReliefOverride(t *testing.T) {
	doc := `{"overrides": [{"parameter": "relief.pp49_2020.jakon", "from": "2021-02-01", "until": "2021-02-28",
	  "value": {"discount": "50%"}, "citation": {"instrument": "test", "confidence": "unconfirmed"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCalculator(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(c)
	if err != nil {
		t.Fatal(err)
	}
	// Wages Rp40,000,000 in February 2021 at 50% off: JKK 696,000 → 348,000,
	// JKM 120,000 → 60,000, billed 408,000.
	b, err := c.Bill(Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(40_000_000)}, month(2021, 2))
	if err != nil || !b.Billed.Equal(rp(408_000)) {
		t.Errorf("billed %s, %v; want Rp408,000", b.Billed, err)
	}
	if r := e.One(Row{Month: month(2021, 2), Segment: membership.Jakon, Programs: jkkJKM, Basis: 40_000_000}); r.Billed != 408_000 {
		t.Errorf("engine billed %d, want 408,000", r.Billed)
	}
	// A misspelt relief parameter is refused.
	bad, _ := regulation.ParseOverrides(strings.NewReader(strings.Replace(doc, "pp49_2020.jakon", "pp49_2020.jakonn", 1)))
	if _, err := DefaultParams().WithOverrides(bad); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("misspelt parameter: %v", err)
	}
}
