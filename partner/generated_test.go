package partner_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/partner"
)

// A generated network accepts every one of its activities, whatever their
// order, and credits the same partners.
func TestGeneratedNetwork(t *testing.T) {
	for seed := range uint64(4) {
		n, err := jamsostest.MustNew(seed, jamsostest.Options{}).Network(jamsostest.NetworkSpec{Agents: 3, Activities: 2000})
		if err != nil {
			t.Fatal(err)
		}
		net, err := n.Build()
		if err != nil {
			t.Fatal(err)
		}
		l, err := net.Process(n.Activities, partner.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Rejected()) > 0 {
			t.Fatalf("seed %d: %d rejected, first %v", seed, len(l.Rejected()), l.Rejected()[0].Problems)
		}
		rev := slices.Clone(n.Activities)
		slices.Reverse(rev)
		l2, err := net.Process(rev, partner.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(l2.Rejected()) > 0 || !reflect.DeepEqual(l.Credits(), l2.Credits()) || len(l.Credits()) == 0 {
			t.Fatalf("seed %d: %d rejected in reverse order, %d and %d credits", seed, len(l2.Rejected()), len(l.Credits()), len(l2.Credits()))
		}
	}
}

// BenchmarkProcessGenerated processes 20,000 generated activities of one
// district's villages.
func BenchmarkProcessGenerated(b *testing.B) {
	n, err := jamsostest.MustNew(1, jamsostest.Options{}).Network(jamsostest.NetworkSpec{Agents: 4, Activities: 20_000})
	if err != nil {
		b.Fatal(err)
	}
	net, err := n.Build()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := net.Process(n.Activities, partner.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
