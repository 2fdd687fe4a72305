package village_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

// A Detail is the plan Planner.Plan makes: the same totals, the same
// People and relief People when they are made, and the same bytes in
// every report, for generated rosters with and without a ceiling that
// leaves people short.
func TestDetailIsThePlan(t *testing.T) {
	pl := generatedPlanner(t)
	g := jamsostest.MustNew(21, jamsostest.Options{})
	for seed := range 4 {
		r, err := g.Roster(jamsostest.RosterSpec{Size: 300})
		if err != nil {
			t.Fatal(err)
		}
		req := r.Request()
		if seed%2 == 1 {
			req.Ceilings = map[village.Source]decimal.Decimal{village.ADD: decimal.NewFromInt(int64(seed) * 2_000_000)}
		}
		want, err := pl.Plan(req)
		if err != nil {
			t.Fatal(err)
		}
		d, err := pl.PlanDetail(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Reliefs) == 0 {
			t.Fatalf("seed %d: no relief in the plan; the test proves little", seed)
		}
		if seed%2 == 1 && want.Shortfall.People == 0 {
			t.Fatalf("seed %d: the ceiling leaves no one short; the test proves little", seed)
		}
		got := *d.Plan()
		if got.People != nil {
			t.Errorf("seed %d: Detail.Plan holds %d people", seed, len(got.People))
		}
		if n := d.Len(); n != len(want.People) {
			t.Errorf("seed %d: Len %d, want %d", seed, n, len(want.People))
		}
		var people []village.Person
		for pe := range d.People() {
			people = append(people, *pe)
		}
		got.People = people
		// A Detail makes its People's NIKs again from the words it keeps
		// (the JSON below shows only their digits): each is the very NIK
		// of the roster, birth date and district included.
		var centuries [2]bool
		for i := range min(len(people), len(want.People)) {
			g, w := people[i].Enrolment.NIK, want.People[i].Enrolment.NIK
			if g != w {
				t.Fatalf("seed %d: person %d: NIK %v born %v in %v; want %v born %v in %v", seed, i, g, g.BirthDate(), g.District(), w, w.BirthDate(), w.District())
			}
			if c := w.BirthDate().Year()/100 - 19; c == 0 || c == 1 {
				centuries[c] = true
			}
		}
		if seed == 0 && !(centuries[0] && centuries[1]) {
			t.Errorf("seed %d: births in the 1900s and 2000s: %v; the test proves little", seed, centuries)
		}
		for i := range got.Reliefs {
			if got.Reliefs[i].People != nil {
				t.Errorf("seed %d: relief %d holds its people", seed, i)
			}
			if n := d.ReliefCount(i); n != len(want.Reliefs[i].People) {
				t.Errorf("seed %d: relief %d: ReliefCount %d, want %d", seed, i, n, len(want.Reliefs[i].People))
			}
			for rp := range d.ReliefPeople(i) {
				got.Reliefs[i].People = append(got.Reliefs[i].People, *rp)
			}
		}
		if a, b := mustJSON(t, got), mustJSON(t, want); a != b {
			t.Errorf("seed %d: the detail's plan differs from Plan's", seed)
		}
		for _, o := range []village.ReportOptions{{}, {People: true}, {Lang: problem.English, People: true}} {
			var a, b bytes.Buffer
			if err := d.WriteReport(&a, o); err != nil {
				t.Fatal(err)
			}
			if err := want.WriteReport(&b, o); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("seed %d, %+v: the detail's report differs from the plan's", seed, o)
			}
		}
		var a, b bytes.Buffer
		if err := d.WriteCSV(&a, ';'); err != nil {
			t.Fatal(err)
		}
		if err := want.WriteCSV(&b, ';'); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("seed %d: the detail's CSV differs from the plan's", seed)
		}
	}
}

// A roster Plan refuses, PlanDetail refuses with the same problems; a
// context already done stops it with its cause.
func TestDetailProblems(t *testing.T) {
	pl := generatedPlanner(t)
	nik := membership.MustParseNIK("6112010101800001")
	req := village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: []village.Enrolment{
		{NIK: nik, Name: "Satu", Group: village.Informal},
		{NIK: nik, Name: "Satu", Group: village.Informal}, // the same months twice: an overlap
	}}
	_, want := pl.Plan(req)
	d, err := pl.PlanDetail(context.Background(), req)
	if want == nil || err == nil || d != nil {
		t.Fatalf("PlanDetail = %v, %v; Plan's error %v", d, err, want)
	}
	if err.Error() != want.Error() || !errors.Is(err, village.ErrOverlap) {
		t.Errorf("PlanDetail's error %q, want %q", err, want)
	}
	cause := errors.New("nobody waits")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(cause)
	req.Roster = req.Roster[:1]
	if _, err := pl.PlanDetail(ctx, req); !errors.Is(err, cause) {
		t.Errorf("PlanDetail on a done context: %v, want %v", err, cause)
	}
}

func ExamplePlanner_PlanDetail() {
	planner := newPlanner()
	// An official on Rp2,022,200 (JKK 4,853 + JKM 6,067 = 10,920 a month,
	// 131,040 a year) and a sponsored farmer (16,800 a month to March,
	// 8,400 from April under PP 50/2025: 50,400 + 75,600 = 126,000); the
	// relief saves the farmer 8,400 a month from April to December, 75,600.
	roster := []village.Enrolment{
		{NIK: membership.MustParseNIK("6112010101800001"), Name: "Perangkat Contoh",
			Group: village.Official, Wage: decimal.NewFromInt(2_022_200)},
		{NIK: membership.MustParseNIK("6112010101800002"), Name: "Petani Contoh",
			Group: village.Informal, Source: village.CSR},
	}
	d, err := planner.PlanDetail(context.Background(), village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: roster})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("total", rupiah.Format(d.Plan().Total.Amount, problem.English))
	// Each person is made as it is read: a caller writes them one by one.
	for pe := range d.People() {
		fmt.Println(pe.Enrolment.NIK, pe.Enrolment.Group, rupiah.Format(pe.Amount, problem.English))
	}
	for i, r := range d.Plan().Reliefs {
		people := slices.Collect(d.ReliefPeople(i))
		fmt.Println(r.Relief.Name(problem.English), rupiah.Format(r.Amount, problem.English), len(people), people[0].Months)
	}
	// Output:
	// total Rp257,040
	// 6112••••••••0001 official Rp131,040
	// 6112••••••••0002 informal Rp126,000
	// PP 50/2025 (non-wage participants) Rp75,600 1 2026-04..2026-12
}
