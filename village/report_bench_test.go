package village_test

import (
	"context"
	"io"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
)

// BenchmarkWriteReportDetail writes the text report, every person listed,
// of the plan of BenchmarkLargeRoster's 100,000 generated people, made
// once: the report alone, as `jamsos rencana -people` writes it for a
// single roster.
func BenchmarkWriteReportDetail(b *testing.B) {
	pl := generatedPlanner(b)
	r, err := jamsostest.MustNew(11, jamsostest.Options{}).Roster(jamsostest.RosterSpec{Size: jamsostest.MaxItems})
	if err != nil {
		b.Fatal(err)
	}
	d, err := pl.PlanDetail(context.Background(), village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: r.Enrolments})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := d.WriteReport(io.Discard, village.ReportOptions{People: true}); err != nil {
			b.Fatal(err)
		}
	}
}
