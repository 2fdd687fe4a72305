package village_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/village"
)

func generatedPlanner(t testing.TB) *village.Planner {
	t.Helper()
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := village.NewPlanner(c, village.Params{}, village.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// A plan of a generated roster, with a ceiling that leaves people
// uncovered, is the same whatever the order of the roster, and no limited
// source spends more than its ceiling.
func TestGeneratedPlanProperties(t *testing.T) {
	pl := generatedPlanner(t)
	for seed := range uint64(6) {
		g := jamsostest.MustNew(seed, jamsostest.Options{})
		r, err := g.Roster(jamsostest.RosterSpec{Size: 400, Sources: []village.Source{village.ADD, village.PADes, village.CSR},
			Sectors: []contribution.Sector{contribution.OtherSector, contribution.Transport}})
		if err != nil {
			t.Fatal(err)
		}
		req := r.Request()
		req.Ceilings = map[village.Source]decimal.Decimal{village.PADes: decimal.NewFromInt(int64(seed+1) * 500_000)}
		plan, err := pl.Plan(req)
		if err != nil {
			t.Fatal(err)
		}
		short := 0
		for _, p := range plan.People {
			if p.Shortfall != nil {
				short++
			}
		}
		if short == 0 {
			t.Errorf("seed %d: the ceiling leaves no one short; the test proves nothing", seed)
		}
		for _, s := range plan.Sources {
			if s.Limited && s.Amount.GreaterThan(s.Ceiling) {
				t.Errorf("seed %d: %s spends %s over a ceiling of %s", seed, s.Source, s.Amount, s.Ceiling)
			}
		}
		rev := req
		rev.Roster = slices.Clone(req.Roster)
		slices.Reverse(rev.Roster)
		again, err := pl.Plan(rev)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(plan)
		b, _ := json.Marshal(again)
		if string(a) != string(b) {
			t.Errorf("seed %d: the plan depends on the order of the roster", seed)
		}
	}
}

// BenchmarkPlanGenerated plans one village of 10,000 generated workers.
func BenchmarkPlanGenerated(b *testing.B) {
	pl := generatedPlanner(b)
	r, err := jamsostest.MustNew(1, jamsostest.Options{}).Roster(jamsostest.RosterSpec{Size: 10_000})
	if err != nil {
		b.Fatal(err)
	}
	req := r.Request()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pl.Plan(req); err != nil {
			b.Fatal(err)
		}
	}
}
