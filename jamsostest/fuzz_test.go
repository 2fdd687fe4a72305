package jamsostest

import (
	"math"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
)

// Whatever the seed, generated data is what it claims: a valid
// registration validates, an invalid NIK and a registration with a fault
// give exactly their problems, a roster plans without a warning and a
// network accepts its activities.
func FuzzSeed(f *testing.F) {
	f.Add(uint64(0))
	f.Add(uint64(1))
	f.Add(uint64(math.MaxUint64))
	pl := newPlanner(f)
	faults := RegFaults()
	f.Fuzz(func(t *testing.T, seed uint64) {
		g := MustNew(seed, Options{})
		c, err := g.InvalidRegistration(RegistrationSpec{})
		if err != nil {
			t.Fatal(err)
		}
		checkCase(t, c)
		c, err = g.InvalidRegistration(RegistrationSpec{}, faults[seed%uint64(len(faults))].Fault)
		if err != nil {
			t.Fatal(err)
		}
		checkCase(t, c)
		nc, err := g.InvalidNIK(NIKFaults()[seed%uint64(len(nikFaults))])
		if err != nil {
			t.Fatal(err)
		}
		_, err = membership.ParseNIK(nc.Input, nc.Options)
		if got := ProblemsOf(err); !slices.Equal(got, nc.Want) {
			t.Fatalf("%v %q: got %v, want %v", nc.Faults, nc.Input, got, nc.Want)
		}
		r, err := g.Roster(RosterSpec{Size: 40})
		if err != nil {
			t.Fatal(err)
		}
		p, err := pl.Plan(r.Request())
		if err != nil || len(p.Warnings) > 0 {
			t.Fatalf("plan: %v, %d warnings", err, len(p.Warnings))
		}
		n, err := g.Network(NetworkSpec{Agents: int(seed % 3), Activities: 60})
		if err != nil {
			t.Fatal(err)
		}
		net, err := n.Build()
		if err != nil {
			t.Fatal(err)
		}
		l, err := net.Process(n.Activities, partner.Options{})
		if err != nil || len(l.Rejected()) > 0 {
			t.Fatalf("process: %v, %d rejected", err, len(l.Rejected()))
		}
	})
}
