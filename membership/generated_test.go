package membership_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
)

// A roster of generated registrations of every segment validates; the same
// roster with one NIK repeated gives exactly one duplicate, at the later
// position.
func TestGeneratedRoster(t *testing.T) {
	g := jamsostest.MustNew(11, jamsostest.Options{})
	regs := make([]membership.Registration, 2000)
	for i := range regs {
		r, err := g.Registration(jamsostest.RegistrationSpec{})
		if err != nil {
			t.Fatal(err)
		}
		regs[i] = r
	}
	if err := membership.ValidateRoster(regs, membership.ValidateOpts{}); err != nil {
		t.Fatal(err)
	}
	regs[1500].Participant = regs[700].Participant
	regs[1500].Participant.KPJ = membership.KPJ{}
	got := jamsostest.ProblemsOf(membership.ValidateRoster(regs, membership.ValidateOpts{}))
	want := []jamsostest.Problem{{Code: "roster.duplicate_nik", Field: "roster[1500].participant.nik"}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// A generated registration's JSON decodes to a registration that encodes
// to the same JSON.
func TestGeneratedRegistrationJSON(t *testing.T) {
	g := jamsostest.MustNew(12, jamsostest.Options{})
	for _, seg := range membership.Segments() {
		for i := range 200 {
			r, err := g.Registration(jamsostest.RegistrationSpec{Participant: jamsostest.ParticipantSpec{Segment: seg}})
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(r)
			back, err := membership.DecodeRegistration(bytes.NewReader(a))
			if err != nil {
				t.Fatalf("%s %d: %v", seg, i, err)
			}
			b, _ := json.Marshal(back)
			if !bytes.Equal(a, b) {
				t.Fatalf("%s %d: %s\nreads back as\n%s", seg, i, a, b)
			}
		}
	}
}

// BenchmarkValidateGenerated validates registrations of every segment.
func BenchmarkValidateGenerated(b *testing.B) {
	g := jamsostest.MustNew(13, jamsostest.Options{})
	regs := make([]membership.Registration, 1000)
	for i := range regs {
		r, err := g.Registration(jamsostest.RegistrationSpec{})
		if err != nil {
			b.Fatal(err)
		}
		regs[i] = r
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := regs[i%len(regs)].Validate(membership.ValidateOpts{}); err != nil {
			b.Fatal(fmt.Sprint(err))
		}
		i++
	}
}
