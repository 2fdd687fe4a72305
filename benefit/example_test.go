package benefit_test

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

func ExampleEstimator_Protection() {
	// A farmer declaring Rp1,000,000 a month, with the two mandatory programs.
	o, err := benefit.Default().Protection(benefit.ProtectionInput{
		Contribution: contribution.Input{Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM),
			Basis: decimal.NewFromInt(1_000_000), Sector: contribution.Agriculture},
		Month: regulation.MustMonth(2026, 2),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Sentence.ID)
	fmt.Println(o.Sentence.EN)
	// Output:
	// Rp16.800 sebulan: Rp42.000.000 untuk keluarga bila meninggal dunia; Rp70.000.000 bila meninggal karena kecelakaan kerja; beasiswa 2 anak hingga Rp174.000.000; perawatan kecelakaan kerja tanpa batas biaya.
	// Rp16,800 a month: Rp42,000,000 to the family on death; Rp70,000,000 on death from a work accident; scholarships for 2 children up to Rp174,000,000; unlimited work-accident care.
}

func ExampleEstimator_Death() {
	r, err := benefit.Default().Death(benefit.DeathInput{
		Participant: benefit.Participant{Segment: membership.BPU, Start: regulation.MustDate(2021, 3, 10)},
		Date:        regulation.MustDate(2025, 3, 10),
		Children:    []benefit.Child{{Level: benefit.SD, Grade: 3, Age: 8}, {Level: benefit.SMP, Grade: 1, Age: 12}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("cash", r.Cash, "scholarship", r.OverTime)
	for _, p := range r.Schedule[:2] {
		fmt.Println(p.Label.EN, "=", p.Amount)
	}
	// Output:
	// cash 42000000 scholarship 156000000
	// child 1, primary school, years 1–4: 4 × Rp1,500,000 = 6000000
	// child 1, junior secondary school, years 5–7: 3 × Rp2,000,000 = 6000000
}

func ExampleEstimator_Accident() {
	r, err := benefit.Default().Accident(benefit.AccidentInput{
		Event:       benefit.WorkDeath,
		Participant: benefit.Participant{Segment: membership.BPU, Wage: decimal.NewFromInt(2_000_000)},
		Date:        regulation.MustDate(2025, 3, 10),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range r.Items {
		fmt.Println(it.Key, it.Kind, it.Amount)
	}
	fmt.Println("cash", r.Cash)
	// Output:
	// jkk.death cash 96000000
	// jkk.periodic cash 12000000
	// jkk.funeral cash 10000000
	// jkk.medical unlimited 0
	// jkk.home_care ceiling 20000000
	// cash 118000000
}

func ExampleEstimator_Accident_partialDisability() {
	// The anatomical-loss table is not in this module: pass the percentage.
	p := contribution.MustRate("10%")
	r, err := benefit.Default().Accident(benefit.AccidentInput{
		Event:       benefit.PartialDisability,
		Participant: benefit.Participant{Segment: membership.PU, Wage: decimal.NewFromInt(4_000_000)},
		Date:        regulation.MustDate(2024, 2, 1),
		Percent:     &p,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	it, _ := r.Item("jkk.partial_disability")
	fmt.Println(it.Working.EN, "=", it.Amount, r.Confidence)
	// Output:
	// 10% × 80 × Rp4,000,000 = 32000000 unconfirmed
}

func ExampleEstimator_Scholarship() {
	r, err := benefit.Default().Scholarship(benefit.ScholarshipInput{
		Route:       membership.JKM,
		Participant: benefit.Participant{Segment: membership.BPU, ContributionMonths: 30},
		Date:        regulation.MustDate(2025, 3, 10),
		Children:    []benefit.Child{{Level: benefit.SD, Grade: 3, Age: 8}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Eligible, r.Conditions[0].EN)
	// Output:
	// false no scholarship (JKM route): a contribution period of 30 months, less than 36
}

func ExampleEstimator_JHTBalance() {
	y := contribution.MustRate("5%")
	r, err := benefit.Default().JHTBalance(benefit.JHTInput{
		Participant:  benefit.Participant{Segment: membership.BPU, Wage: decimal.NewFromInt(1_000_000)},
		From:         regulation.MustMonth(2020, 1),
		To:           regulation.MustMonth(2021, 12),
		AsOf:         regulation.MustDate(2021, 6, 1),
		AssumedYield: &y,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range r.Schedule {
		fmt.Println(p.Label.EN, p.Amount)
	}
	fmt.Println(r.Assumptions[0].EN)
	// Output:
	// 2020: contributions Rp240,000, yield (5.63%) Rp6,193, year-end balance 246193
	// 2021: contributions Rp240,000, yield (5%) Rp17,810, year-end balance 504003
	// a yield of 5% a year for 2021 and later (the caller's assumption, not a BPJS promise)
}

func ExampleEstimator_JHTClaim() {
	r, err := benefit.Default().JHTClaim(benefit.JHTClaimInput{
		Participant: benefit.Participant{Segment: membership.PU},
		Reason:      benefit.ClaimResignation,
		Date:        regulation.MustDate(2023, 1, 10),
		AsOf:        regulation.MustDate(2023, 2, 1),
		Balance:     decimal.NewFromInt(60_000_000),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Eligible, r.From, r.Cash)
	// Output:
	// false 2023-02-10 60000000
}

func ExampleEstimator_Pension() {
	r, err := benefit.Default().Pension(benefit.PensionInput{
		Participant: benefit.Participant{Segment: membership.PU},
		Months:      180,
		AverageWage: decimal.NewFromInt(2_000_000),
		Start:       regulation.MustDate(2024, 1, 1),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	it, _ := r.Item("jp.pension")
	fmt.Println(it.Amount)
	fmt.Println(it.Working.EN)
	// Output:
	// 393500
	// 1% × 180/12 × Rp2,000,000 = Rp300,000, below the 2024 floor: Rp393,500
}

func ExampleEstimator_RetirementDay() {
	for _, born := range []regulation.Date{regulation.MustDate(1968, 3, 10), regulation.MustDate(1969, 3, 10)} {
		d, age, err := benefit.Default().RetirementDay(born)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(born, "->", d, age)
	}
	// Output:
	// 1968-03-10 -> 2027-03-10 59
	// 1969-03-10 -> 2029-03-10 60
}

func ExampleEstimator_JobLoss() {
	for _, d := range []regulation.Date{regulation.MustDate(2024, 3, 3), regulation.MustDate(2025, 3, 3)} {
		r, err := benefit.Default().JobLoss(benefit.JobLossInput{
			Participant: benefit.Participant{Segment: membership.PU, Wage: decimal.NewFromInt(7_000_000)},
			Date:        d, Cause: benefit.Dismissal, PaidMonths: 20, ConsecutiveMonths: 20,
		})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(d, r.OverTime, r.Citations[1])
	}
	// Output:
	// 2024-03-03 10500000 PP 37/2021 Pasal 21 [secondary]
	// 2025-03-03 18000000 PP 37/2021 jo. PP 6/2025 Pasal 21 ayat (1) [secondary]
}

func ExampleEstimator_NewDeathTally() {
	e := benefit.Default()
	t, err := e.NewDeathTally(regulation.MustDate(2026, 3, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range benefit.TypicalWorkers() {
		b, err := e.Calculator().Bill(w.Contribution, regulation.MustMonth(2026, 3))
		if err != nil {
			fmt.Println(err)
			return
		}
		t.Add(b)
	}
	fmt.Println(t.Explain(problem.English))
	// Output:
	// On 1 March 2026, 5 workers are covered: on death, the families of 5 workers receive JKM of Rp210,000,000 in all; on death from a work accident, the families of 5 workers receive JKK of Rp519,065,600 in all.
}

func ExampleEstimator_Leaflet() {
	lf, err := benefit.Default().Leaflet(benefit.LeafletInput{Place: "Desa Sukamaju", Date: regulation.MustDate(2026, 3, 14)})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := lf.Text(problem.English)
	fmt.Println(strings.Join(strings.Split(text, "\n")[:12], "\n"))
	// Output:
	// EMPLOYMENT SOCIAL SECURITY FOR VILLAGE WORKERS
	// Socialisation day, Desa Sukamaju, Saturday 14 March 2026
	// ==============================================================================
	// What it costs, and what it protects (March 2026)
	//
	// 1. Farmer — BPU, income Rp1,000,000, JKK + JKM
	//    Cost: Rp16,800 a month
	//    - Rp42,000,000 to the family on death
	//    - Rp70,000,000 on death from a work accident
	//    - scholarships for 2 children up to Rp174,000,000
	//    - unlimited work-accident care
	//    - Rp1,000,000 a month while unable to work
}

func ExampleDecodeRequest() {
	req, err := benefit.DecodeRequest(strings.NewReader(`{"event": "work_death",
		"accident": {"participant": {"segment": "BPU", "wage": "2000000"}, "date": "2025-03-10"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	resp, err := benefit.Default().Estimate(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Result.Cash)
	_, err = benefit.DecodeRequest(strings.NewReader(`{"event": "death", "deth": {}}`))
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// 118000000
	// deth: unknown field
}

func ExampleParams_WithOverrides() {
	// The declared JHT yield of 2021, once found in BPJS's annual report,
	// is loaded without changing code (the figure here is made up).
	doc := `{"overrides": [{"parameter": "benefit.jht.yield", "from": "2021-01-01", "until": "2021-12-31",
		"value": "5.5%", "citation": {"instrument": "BPJS annual report 2021", "confidence": "secondary"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := benefit.DefaultParams().WithOverrides(o)
	if err != nil {
		fmt.Println(err)
		return
	}
	e, _ := p.Yield.At(regulation.MustDate(2021, 6, 1))
	fmt.Println(e.Value, e.Citation)
	// Output:
	// 5.5% BPJS annual report 2021 [secondary]
}
