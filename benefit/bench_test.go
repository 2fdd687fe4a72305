package benefit

import (
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

func BenchmarkProtection(b *testing.B) {
	e := Default()
	in := ProtectionInput{Contribution: bpuFarmer(1_000_000), Month: regulation.MustMonth(2026, 3)}
	for b.Loop() {
		if _, err := e.Protection(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeath(b *testing.B) {
	e := Default()
	in := DeathInput{Participant: Participant{Segment: membership.BPU, Start: date(2021, 3, 10)}, Date: date(2025, 3, 10),
		Children: []Child{{Level: SD, Grade: 3, Age: 8}, {Level: SMP, Grade: 1, Age: 12}}}
	for b.Loop() {
		if _, err := e.Death(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeathTally is the fold a village plan runs per covered worker.
func BenchmarkDeathTally(b *testing.B) {
	e := Default()
	bill, err := e.Calculator().Bill(bpuFarmer(1_000_000), regulation.MustMonth(2026, 3))
	if err != nil {
		b.Fatal(err)
	}
	t, _ := e.NewDeathTally(date(2026, 3, 1))
	for b.Loop() {
		t.Add(bill)
	}
}
