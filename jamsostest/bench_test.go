package jamsostest

import (
	"io"
	"testing"
)

// BenchmarkRoster makes a roster of 10,000 workers and writes it as CSV.
func BenchmarkRoster(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r, err := MustNew(1, Options{}).Roster(RosterSpec{Size: 10_000})
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteRosterCSV(io.Discard, r.Enrolments); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInvalidRegistration makes one registration with two faults,
// with its JSON document.
func BenchmarkInvalidRegistration(b *testing.B) {
	g := MustNew(1, Options{})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := g.InvalidRegistration(RegistrationSpec{}, RegSexMismatch, RegPayerMissing); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCorpus makes the corpus.
func BenchmarkCorpus(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewCorpus(CorpusSeed); err != nil {
			b.Fatal(err)
		}
	}
}
