package village_test

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/desasadar/jamsos/village"
)

// BenchmarkReadGeneratedCSV reads the 200 generated rosters of
// BenchmarkStreamCSV and plans none: the cost of reading alone per row, of
// the wall clock (ns/row) and of CPU (cpu-ns/row, steadier on a shared
// machine), and what it allocates per row (B/row, allocs/row), the kept
// values included.
func BenchmarkReadGeneratedCSV(b *testing.B) {
	rosters, _, _ := generatedCSV(b, 200, 110)
	rows, size := 0, 0
	for _, data := range rosters {
		rows += bytes.Count(data, []byte("\n")) - 1 // the header is no row
		size += len(data)
	}
	read := func() {
		for _, data := range rosters {
			if _, err := village.ReadCSV(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0, _ := cpuTime()
	for b.Loop() {
		read()
	}
	if cpu1, ok := cpuTime(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64((cpu1-cpu0).Nanoseconds())/float64(b.N*rows), "cpu-ns/row")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	read()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(rows), "B/row")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(rows), "allocs/row")
}
