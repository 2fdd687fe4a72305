package benefit

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// goldenResults are the results whose Explain is kept under testdata.
func goldenResults(t *testing.T) map[string]Result {
	t.Helper()
	e := Default()
	out := map[string]Result{}
	must := func(name string, r Result, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = r
	}
	r, err := e.Death(DeathInput{Participant: Participant{Segment: membership.BPU, Wage: rp(1_000_000), Start: date(2021, 3, 10)},
		Date: date(2025, 3, 10), Children: []Child{{Level: SD, Grade: 3, Age: 8}, {Level: SMP, Grade: 1, Age: 12}}})
	must("death", r, err)
	r, err = e.Accident(AccidentInput{Event: WorkDeath, Participant: Participant{Segment: membership.BPU, Wage: rp(2_000_000), Start: date(2024, 9, 10)},
		Date: date(2025, 3, 10), Children: []Child{{Level: SMA, Grade: 2, Age: 16}}})
	must("work_death", r, err)
	r, err = e.Accident(AccidentInput{Event: TemporaryIncapacity, Participant: Participant{Segment: membership.PU, Wage: rp(4_000_000)}, Date: date(2019, 11, 1), Months: 15})
	must("incapacity_2019", r, err)
	y := contribution.MustRate("5%")
	r, err = e.JHTBalance(JHTInput{Participant: Participant{Segment: membership.BPU, Wage: rp(1_000_000)},
		From: regulation.MustMonth(2020, 1), To: regulation.MustMonth(2021, 12), AsOf: date(2021, 6, 1), AssumedYield: &y})
	must("jht_balance", r, err)
	r, err = e.JHTClaim(JHTClaimInput{Participant: Participant{Segment: membership.PU}, Reason: ClaimResignation,
		Date: date(2023, 1, 10), AsOf: date(2023, 2, 1), Balance: rp(60_000_000)})
	must("jht_claim", r, err)
	r, err = e.Pension(PensionInput{Participant: Participant{Segment: membership.PU, BirthDate: date(1968, 3, 10)}, Months: 120, AverageWage: rp(6_000_000)})
	must("pension_lump_sum", r, err)
	r, err = e.JobLoss(JobLossInput{Participant: Participant{Segment: membership.PU, Wage: rp(7_000_000)}, Date: date(2025, 3, 3), Cause: Dismissal, PaidMonths: 20, ConsecutiveMonths: 20})
	must("job_loss", r, err)
	return out
}

func TestExplainGolden(t *testing.T) {
	for name, r := range goldenResults(t) {
		for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
			golden.Check(t, "explain/"+name+"_"+l.String()+".golden", r.Explain(l))
		}
	}
	o, err := Default().Protection(ProtectionInput{Contribution: TypicalWorkers()[4].Contribution, Month: regulation.MustMonth(2026, 3)})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
		golden.Check(t, "explain/offer_official_"+l.String()+".golden", o.Explain(l))
	}
}

// Every result, offer and leaflet round-trips through JSON unchanged.
func TestJSONRoundTrip(t *testing.T) {
	check := func(name string, v, fresh any) {
		a, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := json.Unmarshal(a, fresh); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, a)
		}
		b, err := json.Marshal(fresh)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s does not round-trip:\n%s\n%s", name, a, b)
		}
	}
	for name, r := range goldenResults(t) {
		check(name, r, new(Result))
		check(name+" response", Response{Event: r.Event, Result: &r}, new(Response))
	}
	lf, err := Default().Leaflet(LeafletInput{Place: "Desa Sukamaju", Date: date(2026, 3, 14)})
	if err != nil {
		t.Fatal(err)
	}
	check("leaflet", lf, new(Leaflet))
	check("offer", lf.Entries[0].Offer, new(Offer))
	tally, _ := Default().NewDeathTally(date(2026, 3, 1))
	tally.Add(lf.Entries[0].Offer.Bill)
	check("tally", tally, new(DeathTally))
}

// The estimator is safe for concurrent use.
func TestConcurrentUse(t *testing.T) {
	e := Default()
	want := goldenResults(t)["death"].Explain(problem.English)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				r, err := e.Death(DeathInput{Participant: Participant{Segment: membership.BPU, Wage: rp(1_000_000), Start: date(2021, 3, 10)},
					Date: date(2025, 3, 10), Children: []Child{{Level: SD, Grade: 3, Age: 8}, {Level: SMP, Grade: 1, Age: 12}}})
				if err != nil || r.Explain(problem.English) != want {
					t.Error("a concurrent estimate differs")
					return
				}
				if _, err := e.Leaflet(LeafletInput{Date: date(2026, 3, 14)}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}
