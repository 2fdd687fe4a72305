package village

import (
	"bytes"
	"sync"
	"testing"
)

// One planner serves many goroutines at once, and each gets the plan it
// would get alone.
func TestPlannerConcurrentUse(t *testing.T) {
	pl := planner(t, Params{}, Options{Directory: testDirectory(t)})
	reqs := regency(4)
	want := make([][]byte, len(reqs))
	for i, r := range reqs {
		p, err := pl.Plan(r)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = encode(t, p)
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
				if !bytes.Equal(encode(t, p), want[i]) {
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
