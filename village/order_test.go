package village

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

// The order of service a plan uses (the sort by NIK, then scratch.serve
// with its one-word keys, or its general keys when a rank is too large for
// them) is the order item.compare defines: officials first by tier, then
// by rank (unranked last), group, NIK, first month and line. Each roster
// mixes groups, ranks, NIKs (some people with two enrolments in different
// months) and roster lines.
func TestServeIsCompare(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	fy, err := newFiscal(2026)
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name  string
		ranks []int
	}{
		{"ranks that fit one word", []int{0, 0, 1, 2, 3, 7, 100, smallRank - 1}},
		{"a rank too large for one word", []int{0, 1, 2, smallRank, 1 << 40, unranked - 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for round := range 20 {
				var s scratch
				for i := range 60 + round {
					g := Groups[rnd.IntN(len(Groups))]
					e := Enrolment{
						NIK:   membership.MustParseNIK(fmt.Sprintf("%04d01010180%04d", 6112+rnd.IntN(2), 1+i)),
						Group: g, Rank: tc.ranks[rnd.IntN(len(tc.ranks))], Line: 2 + rnd.IntN(1000),
						From: month(2026, 1), To: month(2026, 6),
					}
					if i > 0 && s.items[i-1].e.From == e.From && rnd.IntN(4) == 0 { // a person's second enrolment, later in the year
						e.NIK, e.From, e.To = s.items[i-1].e.NIK, month(2026, 7), month(2026, 12)
					}
					s.items = append(s.items, item{e: e, idx: int32(i), tier: tier(g), rank: rankKey(e)})
				}
				var errs problem.List
				pl.checkOverlaps(&s, fy, &errs)
				if len(errs) > 0 {
					t.Fatal(errs)
				}
				s.serve()
				want := make([]*item, len(s.items))
				for i := range s.items {
					want[i] = &s.items[i]
				}
				slices.SortFunc(want, (*item).compare)
				if !slices.Equal(s.order, want) {
					t.Fatalf("round %d: order of service differs from item.compare", round)
				}
			}
		})
	}
}
