package contribution_test

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// The examples in this file are the recipes of CONTRIBUTING.md. Their values
// are hypothetical, marked so in their citations: they show the steps, not
// the law.

// farmerRelief2027 is a hypothetical relief, declared outside this package
// the way a relief file inside it is: 25% off the JHT of non-wage farmers
// for the contribution months July to December 2027.
type farmerRelief2027 struct {
	Discount contribution.Rate `json:"discount"`
}

var exampleRelief = contribution.ReliefRule[farmerRelief2027]{
	ID:        "EXAMPLE_2027",
	Parameter: "relief.example_2027",
	Title:     contribution.Text{ID: "contoh keringanan 2027 (hipotetis)", EN: "example relief 2027 (hypothetical)"},
	Entries: []regulation.Entry[farmerRelief2027]{{
		From: regulation.MustDate(2027, 7, 1), Until: regulation.MustDate(2027, 12, 31),
		Value:    farmerRelief2027{Discount: contribution.MustRate("25%")},
		Citation: regulation.Citation{Instrument: "hypothetical regulation (example)", Confidence: regulation.Unconfirmed},
	}},
	Terms: func(v farmerRelief2027) contribution.Terms {
		return contribution.Terms{
			Segments: []membership.Segment{membership.BPU},
			Cuts:     []contribution.Cut{{Programs: membership.SetOf(membership.JHT), Rate: v.Discount}},
		}
	},
	Applies: func(_ farmerRelief2027, c contribution.Case, _ regulation.Date, _ contribution.Params) (contribution.Text, error) {
		if c.Sector != contribution.Agriculture {
			return contribution.Text{ID: "hanya untuk petani", EN: "farmers only"}, nil
		}
		return contribution.Text{}, nil
	},
}

// A new relief from outside the package: one declaration and one
// registration, after which the calculator and the batch engine both apply
// it, and agree.
func ExampleParams_WithRelief() {
	p, err := contribution.DefaultParams().WithRelief(exampleRelief)
	if err != nil {
		fmt.Println(err)
		return
	}
	calc, err := contribution.NewCalculator(p, contribution.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	engine, err := contribution.NewEngine(calc)
	if err != nil {
		fmt.Println(err)
		return
	}
	all := membership.SetOf(membership.JKK, membership.JKM, membership.JHT)
	// On Rp2,000,000: JKK 1% = 20,000, JKM 6,800, JHT 2% = 40,000, so 66,800;
	// a farmer from July 2027 pays JHT 40,000 × 75% = 30,000, so 56,800.
	rows := []contribution.Row{
		{Month: regulation.MustMonth(2027, 6), Segment: membership.BPU, Programs: all, Sector: contribution.Agriculture, Basis: 2_000_000},
		{Month: regulation.MustMonth(2027, 8), Segment: membership.BPU, Programs: all, Sector: contribution.Agriculture, Basis: 2_000_000},
		{Month: regulation.MustMonth(2027, 8), Segment: membership.BPU, Programs: all, Sector: contribution.Trade, Basis: 2_000_000},
	}
	for i, r := range engine.Compute(rows, nil) {
		b, err := calc.Bill(rows[i].Input(), rows[i].Month)
		if err != nil {
			fmt.Println(err)
			return
		}
		jht, _ := b.Line(membership.JHT)
		relief := "-"
		if jht.Relief != nil {
			relief = string(jht.Relief.Relief)
		}
		fmt.Println(rows[i].Month, rows[i].Sector, r.Billed, b.Billed, relief)
	}
	fmt.Println(p.Reliefs())
	// Output:
	// 2027-06 AGRICULTURE 66800 66800 -
	// 2027-08 AGRICULTURE 56800 56800 EXAMPLE_2027
	// 2027-08 TRADE 66800 66800 -
	// [PP49_2020 PP7_2025 PP50_2025 PP49_2020_JAKON EXAMPLE_2027]
}

// A rate change is one entry in an override document (or, in this package,
// one entry added to the parameter's declaration in params.go): here a
// hypothetical PU JKM rate of 0.35% from January 2027.
func Example_rateChange() {
	doc := `{"overrides": [{"parameter": "pu.jkm.rate", "from": "2027-01-01", "value": "0.35%",
	  "citation": {"instrument": "hypothetical regulation (example)", "confidence": "unconfirmed"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := contribution.DefaultParams().WithOverrides(o)
	if err != nil {
		fmt.Println(err)
		return
	}
	calc, _ := contribution.NewCalculator(p, contribution.Options{})
	engine, _ := contribution.NewEngine(calc)
	official := contribution.Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis: decimal.NewFromInt(2_500_000), RiskGroup: contribution.VeryLowRisk, Scale: membership.Micro}
	// Rp2,500,000 × 0.30% = 7,500 in December 2026; × 0.35% = 8,750 from January 2027.
	for _, m := range []regulation.Month{regulation.MustMonth(2026, 12), regulation.MustMonth(2027, 1)} {
		b, _ := calc.Bill(official, m)
		jkm, _ := b.Line(membership.JKM)
		r := engine.One(contribution.Row{Month: m, Segment: membership.PU, Programs: official.Programs,
			RiskGroup: official.RiskGroup, Scale: official.Scale, Basis: 2_500_000})
		fmt.Println(m, jkm.Rate, jkm.Amount, r.Amount[membership.JKM-1])
	}
	// Output:
	// 2026-12 0.3% 7500 7500
	// 2027-01 0.35% 8750 8750
}

// The ids a claim may name, for example for the enum of an API schema.
func ExampleReliefIDs() {
	fmt.Println(contribution.ReliefIDs())
	p := contribution.DefaultParams()
	for _, id := range p.Reliefs() {
		title, _ := p.ReliefTitle(id, problem.English)
		fmt.Println(id, "-", title)
	}
	// Output:
	// [PP49_2020 PP7_2025 PP50_2025 PP49_2020_JAKON]
	// PP49_2020 - PP 49/2020 (COVID-19 pandemic)
	// PP7_2025 - PP 7/2025 with PP 36/2025 (labour-intensive industries)
	// PP50_2025 - PP 50/2025 (non-wage participants)
	// PP49_2020_JAKON - PP 49/2020 (construction projects)
}

// A Go caller replaces a timeline by building the new one from the old and
// putting it in place by its name: here a hypothetical BPU JKM amount from
// 2027.
func ExampleParams_With() {
	p := contribution.DefaultParams()
	jkm, err := p.BPUJKM.With(regulation.Entry[decimal.Decimal]{From: regulation.MustDate(2027, 1, 1), Value: decimal.NewFromInt(7_000),
		Citation: regulation.Citation{Instrument: "hypothetical regulation (example)", Confidence: regulation.Unconfirmed}})
	if err != nil {
		fmt.Println(err)
		return
	}
	if p, err = p.With(jkm); err != nil {
		fmt.Println(err)
		return
	}
	e, _ := p.BPUJKM.InMonth(regulation.MustMonth(2027, 2))
	fmt.Println(e.Value, e.Citation)
	// Output:
	// 7000 hypothetical regulation (example) [unconfirmed]
}
