package rupiah_test

import (
	"sync"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
)

// TestConcurrentUse calls every entry point from many goroutines at once;
// under -race it proves the package keeps no mutable shared state.
func TestConcurrentUse(t *testing.T) {
	type result struct{ id, en, sen, words, parsed string }
	compute := func(s string) result {
		d := dec(t, s)
		r := result{
			id:  rupiah.Format(d, problem.Indonesian),
			en:  rupiah.Format(d, problem.English),
			sen: rupiah.Options{Sen: true}.Format(d),
		}
		if w, err := rupiah.Words(d); err == nil {
			r.words = w
		}
		if p, err := rupiah.Parse(r.sen); err == nil {
			r.parsed = p.String()
		}
		return r
	}
	want := make([]result, len(goldenAmounts))
	for i, s := range goldenAmounts {
		want[i] = compute(s)
	}

	var wg sync.WaitGroup
	for range 32 {
		wg.Go(func() {
			for range 20 {
				for i, s := range goldenAmounts {
					if got := compute(s); got != want[i] {
						t.Errorf("concurrent result for %s = %+v, want %+v", s, got, want[i])
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
