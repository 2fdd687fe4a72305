package village

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// A plan is computed a chunk of items at a time, and ceilings are shared
// out across the chunks in the order of service: a plan made one item per
// chunk, or with every item in one chunk, is the same plan, with ceilings
// that run out in the middle of the roster.
func TestPlanChunksChangeNothing(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	r := rand.New(rand.NewPCG(7, 14))
	saved := chunkRows
	t.Cleanup(func() { chunkRows = saved })
	for round := range 8 {
		req := Request{Village: testVillage, Year: 2026, Roster: randomRoster(r, 300), Ceilings: randomCeilings(r)}
		chunkRows = 1 << 30
		whole, err := pl.Plan(req)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range []int{1, 12, 100} {
			chunkRows = n
			got, err := pl.Plan(req)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, whole) {
				t.Fatalf("round %d: the plan made %d rows at a time differs from the plan made at once", round, n)
			}
		}
		if round == 0 && whole.Shortfall.People == 0 {
			t.Fatalf("round 0 has no shortfall: the ceilings test nothing")
		}
	}
}
