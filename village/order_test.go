package village

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

// The order of service a plan uses (the sort by NIK, then scratch.serve
// with its one-word keys, or its general keys when a rank is too large for
// them, or for 32 bits) is the order item.compare defines: officials first by tier, then
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
					if i > 0 && s.items[i-1].from == e.From && rnd.IntN(4) == 0 { // a person's second enrolment, later in the year
						e.NIK, e.From, e.To = s.items[i-1].nik.nik(), month(2026, 7), month(2026, 12)
					}
					it := newItem(&e, i, pl.Package(g).Segment)
					if it.wide { // a rank past 32 bits
						if s.wide == nil {
							s.wide = map[int32]Enrolment{}
						}
						s.wide[it.idx] = e
					}
					s.items = append(s.items, it)
				}
				var errs problem.List
				pl.checkOverlaps(&s, fy, &errs)
				if len(errs) > 0 {
					t.Fatal(errs)
				}
				s.serve()
				want := make([]int32, len(s.items))
				for i := range s.items {
					want[i] = int32(i)
				}
				slices.SortFunc(want, func(a, b int32) int { return s.compare(&s.items[a], &s.items[b]) })
				if !slices.Equal(s.order, want) {
					t.Fatalf("round %d: order of service differs from item.compare", round)
				}
			}
		})
	}
}

// An enrolment whose wage has an exponent ("2500000.00"), or whose line or
// rank does not fit 32 bits, is planned as any other and its Person shows
// it exactly as given: the wage with its exponent, the line and the rank.
func TestPlanKeepsWideEnrolments(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	wage := dec("2500000.00")
	roster := []Enrolment{
		{NIK: nik(1), Name: "Kepala", Group: Head, Wage: wage, Line: 1 << 40},
		{NIK: nik(2), Name: "Warga", Group: Informal, Rank: 1 << 35, Line: 3},
		{NIK: nik(3), Name: "Warga Dua", Group: Informal, Rank: 2, Line: 4},
	}
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: roster})
	// Officials first, then rank 2 before rank 2^35.
	head, second, last := p.People[0].Enrolment, p.People[1].Enrolment, p.People[2].Enrolment
	if head.NIK != nik(1) || second.NIK != nik(3) || last.NIK != nik(2) {
		t.Fatalf("order %v, %v, %v; want nik 1, 3, 2", head.NIK, second.NIK, last.NIK)
	}
	if head.Wage.Exponent() != -2 || !head.Wage.Equal(wage) || head.Line != 1<<40 {
		t.Errorf("head: wage %s (exponent %d), line %d; want 2500000.00 as given and line 2^40", head.Wage, head.Wage.Exponent(), head.Line)
	}
	if last.Rank != 1<<35 || last.Line != 3 || second.Rank != 2 {
		t.Errorf("ranks %d and %d, line %d; want 2^35 and 2, line 3", last.Rank, second.Rank, last.Line)
	}
	// The exponent changes no amount: they are those of the same roster
	// with the wage written 2500000.
	roster[0].Wage = dec("2500000")
	q := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: roster})
	if !p.People[0].Amount.Equal(q.People[0].Amount) || !p.Total.Amount.Equal(q.Total.Amount) {
		t.Errorf("amount %s, total %s; want %s and %s as with the wage written 2500000", p.People[0].Amount, p.Total.Amount, q.People[0].Amount, q.Total.Amount)
	}
}

// A plan holds one item per enrolment until its report is written: it
// stays within 80 bytes (it was 200 with the whole Enrolment in it, 128
// with the NIK whole and 64-bit sums), and so does a relief run within 16.
func TestItemSize(t *testing.T) {
	for _, tc := range []struct {
		name       string
		size, most uintptr
	}{
		{"item", unsafe.Sizeof(item{}), 80},
		{"reliefRun", unsafe.Sizeof(reliefRun{}), 16},
	} {
		t.Logf("%s: %d bytes", tc.name, tc.size)
		if tc.size > tc.most {
			t.Errorf("%s is %d bytes; want at most %d", tc.name, tc.size, tc.most)
		}
	}
}

// normalName gives what membership.NormalizeName gives, taking its short
// cut only for names already in that form.
func TestNormalNameIsNormalizeName(t *testing.T) {
	for _, name := range []string{
		"", " ", "Udin", "Udin Kusuma", "Udin  Kusuma", " Udin", "Udin ", "Udin\tKusuma", "Udin\x00",
		"Siti Nur'aini", "Ni Luh Ayu~", "Ade\x7f", "Bégu", "Wayan\u00a0Sari", "A B C D", "a", "~!",
	} {
		if got, want := normalName(name), membership.NormalizeName(name); got != want {
			t.Errorf("normalName(%q) = %q, want %q as NormalizeName gives", name, got, want)
		}
	}
}
