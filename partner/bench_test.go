package partner

import (
	"testing"

	"github.com/desasadar/jamsos/regulation"
)

// A regency's year: 6 districts of 10 villages, each with its pillars, an
// agent per district, and 10,000 activities over 2026 (see scenario).
const benchActivities = 10_000

// BenchmarkYear processes a regency's year of activity and reports on it:
// the progress at the end of the year and the twelve monthly fee statements.
func BenchmarkYear(b *testing.B) {
	n, acts := scenario(1, 6, 10, benchActivities)
	b.ReportAllocs()
	for b.Loop() {
		l, err := n.Process(acts, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := l.Progress(ProgressOptions{On: regulation.MustDate(2026, 12, 31)}); err != nil {
			b.Fatal(err)
		}
		for m := range regulation.Months(regulation.MustMonth(2026, 1), regulation.MustMonth(2026, 12)).All() {
			if _, err := l.FeeStatements(m); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchActivities, "ns/activity")
}

// BenchmarkProcess checks and credits the 10,000 activities.
func BenchmarkProcess(b *testing.B) {
	n, acts := scenario(1, 6, 10, benchActivities)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := n.Process(acts, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProgress reports on a processed year.
func BenchmarkProgress(b *testing.B) {
	n, acts := scenario(1, 6, 10, benchActivities)
	l, err := n.Process(acts, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Progress(ProgressOptions{On: regulation.MustDate(2026, 12, 31)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFeeStatements computes one month's statements of a processed
// year.
func BenchmarkFeeStatements(b *testing.B) {
	n, acts := scenario(1, 6, 10, benchActivities)
	l, err := n.Process(acts, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.FeeStatements(regulation.MustMonth(2026, 6)); err != nil {
			b.Fatal(err)
		}
	}
}
