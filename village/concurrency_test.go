package village_test

import (
	"sync"
	"testing"

	"github.com/desasadar/jamsos/village"
)

// One planner serves many goroutines at once, and each gets the plan it
// would get alone.
func TestPlannerConcurrentUse(t *testing.T) {
	reqs, places := regency(t, 4)
	pl, _ := regencyPlanner(t, village.Options{Directory: places})
	want := make([]string, len(reqs))
	for i, r := range reqs {
		p, err := pl.Plan(r)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = mustJSON(t, p)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range len(reqs) {
				i := (g + k) % len(reqs)
				p, err := pl.Plan(reqs[i])
				if err != nil {
					t.Error(err)
					return
				}
				if mustJSON(t, p) != want[i] {
					t.Errorf("village %d differs when planned concurrently", i)
				}
			}
			if _, err := pl.PlanMany(reqs); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}
