package village_test

import (
	"bytes"
	"iter"
	"testing"

	"github.com/desasadar/jamsos/village"
)

// BenchmarkStreamPlans plans and rolls up the 200 generated villages of
// BenchmarkStreamCSV, their rosters read once beforehand: the planning part
// of the end-to-end rate, without the reading (run with -cpu 1 for one
// core). "nil-each" streams with no callback, as `jamsos rencana` does for
// a directory's roll-up; "each" hands every plan to a callback.
func BenchmarkStreamPlans(b *testing.B) {
	pl := generatedPlanner(b)
	rosters, codes, months := generatedCSV(b, 200, 110)
	reqs := make([]village.NamedRequest, len(rosters))
	for i, data := range rosters {
		roster, err := village.ReadCSV(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		reqs[i] = village.NamedRequest{Request: village.Request{Village: codes[i], Year: 2026, Roster: roster}}
	}
	seq := iter.Seq2[village.NamedRequest, error](func(yield func(village.NamedRequest, error) bool) {
		for _, r := range reqs {
			if !yield(r, nil) {
				return
			}
		}
	})
	for _, bc := range []struct {
		name string
		each func(*village.Plan) error
	}{
		{"nil-each", nil},
		{"each", func(*village.Plan) error { return nil }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0, _ := cpuTime()
			for b.Loop() {
				if _, err := pl.Stream(seq, bc.each); err != nil {
					b.Fatal(err)
				}
			}
			reportRate(b, months, cpu0)
		})
	}
}
