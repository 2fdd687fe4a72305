package plansheet

import (
	"io"
	"testing"

	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
)

// BenchmarkWrite writes the workbook of a large village: 5,000
// vulnerable workers for a whole year (5,000 rows on the people sheet,
// 12 on the schedule).
func BenchmarkWrite(b *testing.B) {
	roster := make([]village.Enrolment, 5000)
	for i := range roster {
		roster[i] = village.Enrolment{NIK: nik(i + 1), Name: "Warga", Group: village.Informal, Source: village.ADD}
	}
	p, err := planner(b).Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2027, Roster: roster})
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
