package membership_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
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

// CheckDuplicates names each repeated NIK and KPJ at its later position,
// with the earlier one in the message and the number masked; zero numbers
// are not duplicates.
func TestCheckDuplicates(t *testing.T) {
	g := jamsostest.MustNew(14, jamsostest.Options{})
	roster := make([]membership.Participant, 9)
	for i := range roster {
		p, err := g.Participant(jamsostest.ParticipantSpec{})
		if err != nil {
			t.Fatal(err)
		}
		p.KPJ = membership.KPJ{}
		roster[i] = p
	}
	roster[7].NIK = roster[2].NIK
	roster[8].KPJ = membership.MustParseKPJ("12345678901")
	roster[4].KPJ = membership.MustParseKPJ("12345678901")
	err := membership.CheckDuplicates(roster)
	var l problem.List
	if !errors.As(err, &l) || len(l) != 2 {
		t.Fatalf("err = %v", err)
	}
	// The first NIK is at roster[2], the third participant; the first KPJ at
	// roster[4], the fifth.
	if e := l[0]; e.Field != "roster[7].nik" || e.Code != "roster.duplicate_nik" || e.EN != "already given for the 3rd participant" || e.ID != "sudah tercantum pada peserta ke-3" {
		t.Errorf("first problem: %+v", e)
	}
	if e := l[1]; e.Field != "roster[8].kpj" || e.Message(problem.English) != "9th participant, KPJ number: already given for the 5th participant (12•••••••01)" || e.Value != "12•••••••01" {
		t.Errorf("second problem: %+v", e)
	}
	if !errors.Is(err, membership.ErrDuplicate) || strings.Contains(err.Error(), roster[2].NIK.Digits()) {
		t.Errorf("err = %v", err)
	}
	if err := membership.CheckDuplicates(roster[:7]); err != nil {
		t.Errorf("no duplicates: %v", err)
	}
	if err := membership.CheckDuplicates([]membership.Participant{{}, {}}); err != nil {
		t.Errorf("zero numbers are not duplicates: %v", err)
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
