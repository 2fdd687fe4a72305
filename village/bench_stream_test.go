package village_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"iter"
	"runtime"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
)

// generatedCSV returns n generated rosters of size people each as CSV, for
// the desa 61.12.01.2001 onwards, and their participant-months.
func generatedCSV(b *testing.B, n, size int) ([][]byte, []region.Code, int) {
	b.Helper()
	g := jamsostest.MustNew(11, jamsostest.Options{})
	var out [][]byte
	var codes []region.Code
	months := 0
	for i := range n {
		r, err := g.Roster(jamsostest.RosterSpec{Size: size})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := jamsostest.WriteRosterCSV(&buf, r.Enrolments); err != nil {
			b.Fatal(err)
		}
		out = append(out, buf.Bytes())
		codes = append(codes, region.MustParse(fmt.Sprintf("61.12.%02d.2%03d", i/100+1, i%100+1)))
		for _, e := range r.Request().Roster {
			from, to := 1, 12
			if !e.From.IsZero() {
				from = int(e.From.Month())
			}
			if !e.To.IsZero() {
				to = int(e.To.Month())
			}
			months += to - from + 1
		}
	}
	return out, codes, months
}

// BenchmarkStreamCSV reads and plans 200 generated villages of 110 people
// from CSV and rolls them up, as `jamsos rencana` does for a directory
// (without the files): the end-to-end rate in participant-months per
// second (run with -cpu 1 for one core).
func BenchmarkStreamCSV(b *testing.B) {
	pl := generatedPlanner(b)
	rosters, codes, months := generatedCSV(b, 200, 110)
	reqs := iter.Seq2[village.NamedRequest, error](func(yield func(village.NamedRequest, error) bool) {
		for i, data := range rosters {
			roster, err := village.ReadCSV(bytes.NewReader(data))
			if !yield(village.NamedRequest{Request: village.Request{Village: codes[i], Year: 2026, Roster: roster}}, err) {
				return
			}
		}
	})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pl.Stream(reqs, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(months)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mpm/s")
}

// BenchmarkLargeRoster reads and plans one roster of 100,000 generated
// people (a single large file): the rate, and the memory the roster and
// its plan hold once made, per byte of CSV read (live-B/in-B).
func BenchmarkLargeRoster(b *testing.B) {
	pl := generatedPlanner(b)
	rosters, _, months := generatedCSV(b, 1, jamsostest.MaxItems)
	data := rosters[0]
	var live uint64
	b.ReportAllocs()
	for b.Loop() {
		var roster []village.Enrolment
		var p village.Plan
		live = heapGrowth(func() {
			var err error
			if roster, err = village.ReadCSV(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
			if p, err = pl.Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: roster}); err != nil {
				b.Fatal(err)
			}
		})
		runtime.KeepAlive(roster)
		runtime.KeepAlive(p)
	}
	b.ReportMetric(float64(months)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mpm/s")
	b.ReportMetric(float64(live)/float64(len(data)), "live-B/in-B")
}

// BenchmarkLargeRosterDetail reads and plans the roster of
// BenchmarkLargeRoster as `jamsos rencana` plans a single roster
// (Planner.PlanDetail), and writes its report with every person: the rate,
// and the memory the plan holds once made, the roster let go, per byte of
// CSV read (live-B/in-B), against BenchmarkLargeRoster's roster and whole
// plan.
func BenchmarkLargeRosterDetail(b *testing.B) {
	pl := generatedPlanner(b)
	rosters, _, months := generatedCSV(b, 1, jamsostest.MaxItems)
	data := rosters[0]
	var live uint64
	b.ReportAllocs()
	for b.Loop() {
		var d *village.Detail
		live = heapGrowth(func() {
			roster, err := village.ReadCSV(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if d, err = pl.PlanDetail(context.Background(), village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: roster}); err != nil {
				b.Fatal(err)
			}
		})
		if err := d.WriteReport(io.Discard, village.ReportOptions{People: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(months)*float64(b.N)/b.Elapsed().Seconds()/1e6, "Mpm/s")
	b.ReportMetric(float64(live)/float64(len(data)), "live-B/in-B")
}

// heapGrowth returns how much the live heap grew over f, each side measured
// after a collection: what f made and its caller still holds.
func heapGrowth(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.GC()
	runtime.ReadMemStats(&after)
	return after.HeapAlloc - before.HeapAlloc
}
