package plansheet

import (
	"io"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
)

// BenchmarkWrite writes the workbook of a large village: 5,000
// vulnerable workers paid from ADD, made by package jamsostest, in 2027
// (5,000 rows on the people sheet, 12 on the schedule).
func BenchmarkWrite(b *testing.B) {
	r, err := jamsostest.MustNew(1, jamsostest.Options{Year: 2027}).Roster(jamsostest.RosterSpec{
		Village: region.MustParse("61.12.01.2001"), Size: 5000,
		Groups: []village.Group{village.Informal}, Sources: []village.Source{village.ADD}})
	if err != nil {
		b.Fatal(err)
	}
	p, err := planner(b).Plan(r.Request())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, p, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
