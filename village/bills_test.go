package village

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// A plan bills each kind of row once and keeps the bills for the villages
// of a batch, within a bound: plans made with a cache that holds one kind,
// three kinds or every kind are the same plans, with ceilings that run out
// in the middle of the roster, and so are plans made one by one and in a
// batch.
func TestPlanBillsCacheChangesNothing(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	r := rand.New(rand.NewPCG(7, 14))
	saved := maxBills
	t.Cleanup(func() { maxBills = saved })
	var reqs []Request
	for range 6 {
		reqs = append(reqs, Request{Village: testVillage, Year: 2026, Roster: randomRoster(r, 300), Ceilings: randomCeilings(r)})
	}
	maxBills = 1 << 30
	var alone []Plan
	for _, req := range reqs {
		p, err := pl.Plan(req)
		if err != nil {
			t.Fatal(err)
		}
		alone = append(alone, p)
	}
	if alone[0].Shortfall.People == 0 {
		t.Fatalf("the first plan has no shortfall: the ceilings test nothing")
	}
	for _, n := range []int{1, 3, 1 << 30} {
		maxBills = n
		batch, err := pl.PlanMany(reqs)
		if err != nil {
			t.Fatal(err)
		}
		for i := range batch {
			if !reflect.DeepEqual(batch[i], alone[i]) {
				t.Fatalf("cache of %d kinds: plan %d of the batch differs from the plan made alone", n, i)
			}
		}
	}
}
