package contribution_test

import (
	"strings"

	"fmt"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

func ExampleCalculator_Bill() {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A farmer declaring Rp1,000,000 a month, with the two mandatory programs.
	in := contribution.Input{
		Segment:  membership.BPU,
		Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis:    decimal.NewFromInt(1_000_000),
		Sector:   contribution.Agriculture,
	}
	for _, m := range []regulation.Month{regulation.MustMonth(2026, 2), regulation.MustMonth(2026, 5)} {
		b, err := calc.Bill(in, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(m, b.Billed)
	}
	// Output:
	// 2026-02 16800
	// 2026-05 8400
}

func ExampleBill_Explain() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	b, err := calc.Bill(contribution.Input{
		Segment:  membership.BPU,
		Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis:    decimal.NewFromInt(1_000_000),
		Sector:   contribution.Transport,
	}, regulation.MustMonth(2026, 2))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(b.Explain(problem.English))
	// Output:
	// BPU contribution (Non-Wage Earner), February 2026
	//
	// JKK — Work Accident Insurance
	//   1% × Rp1,000,000 = Rp10,000
	//   relief PP 50/2025 (non-wage participants): 50% off, giving Rp5,000
	//   worker: Rp5,000
	//   source: PP 44/2015 Lampiran II [text]
	//   source: PP 44/2015 Lampiran II [secondary]
	//   source: PP 50/2025 Pasal 3; Pasal 4 [secondary]
	//
	// JKM — Death Benefit
	//   flat amount Rp6,800
	//   relief PP 50/2025 (non-wage participants): 50% off, giving Rp3,400
	//   worker: Rp3,400
	//   source: PP 44/2015 (as amended), BPU JKM [secondary]
	//   source: PP 50/2025 Pasal 3; Pasal 4 [secondary]
	//
	// Totals by party
	//   worker: Rp8,400
	// Billed: Rp8,400
	// Rounding: to the nearest rupiah, halves up, on each party's share
}

func ExampleCalculator_DueDate() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	// The 15th of March 2026 is a Sunday: a BPU payment is due on Monday the 16th.
	due, _ := calc.DueDate(membership.BPU, regulation.MustMonth(2026, 3), contribution.Weekends{})
	fmt.Println(due, due.Weekday())
	// PU: the 15th of the following month.
	due, _ = calc.DueDate(membership.PU, regulation.MustMonth(2026, 3), nil)
	fmt.Println(due, due.Weekday())
	// Output:
	// 2026-03-16 Monday
	// 2026-04-15 Wednesday
}

func ExampleCalculator_Due() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	// BPU, February 2026: the 15th is a Sunday, the 16th cuti bersama before
	// Imlek, the 17th Imlek. The default calendar counts cuti bersama as a
	// holiday (unconfirmed), so the 15th is shown as the safe day.
	d, _ := calc.Due(membership.BPU, regulation.MustMonth(2026, 2), nil)
	fmt.Println("due", d.Date, "safe", d.Safe)
	for _, p := range d.Past {
		fmt.Println("past", p.Date, p.Kind, p.Name)
	}
	for _, w := range d.Warnings {
		fmt.Println(w.Code)
	}
	// Output:
	// due 2026-02-18 safe 2026-02-15
	// past 2026-02-16 cuti_bersama Cuti Bersama Tahun Baru Imlek 2577 Kongzili
	// past 2026-02-17 holiday Tahun Baru Imlek 2577 Kongzili
	// due_date.cuti_bersama
}

func ExampleCalculator_Arrears() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	official := contribution.Input{
		Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis: decimal.NewFromInt(2_022_200), RiskGroup: contribution.VeryLowRisk, Scale: membership.Micro,
		Payer: membership.PayerVillage,
	}
	// January and February 2026 unpaid, settled on 20 April 2026. January
	// is due Sunday 15 February, moved past the cuti bersama and Imlek of
	// 16 and 17 February to Wednesday the 18th.
	a, err := calc.Arrears(official, regulation.Months(regulation.MustMonth(2026, 1), regulation.MustMonth(2026, 2)),
		nil, regulation.MustDate(2026, 4, 20), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range a.Months {
		fmt.Println(m.Month, m.Due, m.Billed, m.MonthsLate, m.FeeRate, m.Fee)
	}
	fmt.Println(a.Total)
	// Output:
	// 2026-01 2026-02-18 10920 3 2% 655
	// 2026-02 2026-03-16 10920 2 2% 437
	// 22932
}

func ExampleParams_WithOverrides() {
	doc := `{"overrides": [{"parameter": "pu.jp.wage_cap", "from": "2027-03-01", "value": "11600000",
	  "citation": {"instrument": "BPJS letter (2027)", "confidence": "unconfirmed"}}]}`
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
	p.Through = regulation.MustMonth(2027, 12)
	calc, _ := contribution.NewCalculator(p, contribution.Options{})
	b, err := calc.Bill(contribution.Input{
		Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP),
		Basis: decimal.NewFromInt(15_000_000), RiskGroup: contribution.LowRisk, Scale: membership.Medium,
	}, regulation.MustMonth(2027, 3))
	if err != nil {
		fmt.Println(err)
		return
	}
	jp, _ := b.Line(membership.JP)
	fmt.Println(jp.Basis, jp.Amount)
	// Output:
	// 11600000 348000
}

func ExampleCalculator_Statement() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	// A motorcycle-taxi rider on Rp1,000,000: Rp16,800 in December 2025,
	// then Rp8,400 under PP 50/2025 (10,000 × 50% + 6,800 × 50%).
	rider := contribution.Input{
		Segment:  membership.BPU,
		Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis:    decimal.NewFromInt(1_000_000),
		Sector:   contribution.Transport,
	}
	s, err := calc.Statement(rider, regulation.Months(regulation.MustMonth(2025, 12), regulation.MustMonth(2026, 2)), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range s.Bills {
		fmt.Println(b.Month, b.Billed, "due", b.Due)
	}
	fmt.Println("total", s.Billed)
	// Output:
	// 2025-12 16800 due 2025-12-15
	// 2026-01 8400 due 2026-01-15
	// 2026-02 8400 due 2026-02-18
	// total 33600
}

func ExampleCalculator_Prepay() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	// A farmer pays March to May 2026 at once: March at the full Rp16,800,
	// April and May at Rp8,400 (PP 50/2025 reaches other sectors in April);
	// everything is due with the first month, on Monday 16 March.
	farmer := contribution.Input{
		Segment:  membership.BPU,
		Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis:    decimal.NewFromInt(1_000_000),
		Sector:   contribution.Agriculture,
	}
	s, err := calc.Prepay(farmer, regulation.MustMonth(2026, 3), 3, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range s.Bills {
		fmt.Println(b.Month, b.Billed, "due", b.Due)
	}
	fmt.Println("total", s.Billed)
	// Output:
	// 2026-03 16800 due 2026-03-16
	// 2026-04 8400 due 2026-03-16
	// 2026-05 8400 due 2026-03-16
	// total 33600
}

func ExampleNewHolidays() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	// A BPU contribution for August 2026 is due on the 15th, a Saturday.
	// With weekends only it moves to Monday the 17th; with Independence Day
	// listed, to Tuesday the 18th.
	cal := contribution.NewHolidays(map[regulation.Date]string{
		regulation.MustDate(2026, 8, 17): "Hari Kemerdekaan",
	})
	weekends, _ := calc.DueDate(membership.BPU, regulation.MustMonth(2026, 8), contribution.Weekends{})
	holidays, _ := calc.DueDate(membership.BPU, regulation.MustMonth(2026, 8), cal)
	fmt.Println(weekends, holidays)
	// Output:
	// 2026-08-17 2026-08-18
}

func ExampleParseRate() {
	r, err := contribution.ParseRate("0,24%")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r, r.PPM(), r.Format(problem.Indonesian))
	_, err = contribution.ParseRate("120%")
	fmt.Println(err)
	// Output:
	// 0.24% 2400 0,24%
	// tarif: harus berupa persentase antara 0% dan 100%, misalnya 0,24% (120%)
}

func ExampleEngine_All() {
	calc, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	eng, _ := contribution.NewEngine(calc)
	// Twelve months of a village official on the minimum siltap of
	// Rp2,022,200 (JKK 0.24% = 4,853.28 → 4,853; JKM 0.30% = 6,066.6 →
	// 6,067), streamed without building a slice.
	rows := func(yield func(contribution.Row) bool) {
		for m := range regulation.Months(regulation.MustMonth(2026, 1), regulation.MustMonth(2026, 12)).All() {
			r := contribution.Row{Month: m, Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM),
				Scale: membership.Micro, RiskGroup: contribution.VeryLowRisk, Payer: membership.PayerVillage, Basis: 2_022_200}
			if !yield(r) {
				return
			}
		}
	}
	var year int64
	for _, res := range eng.All(rows) {
		if res.Err != nil {
			fmt.Println(res.Err)
			return
		}
		year += res.Billed
	}
	fmt.Println(year)
	// Output:
	// 131040
}
