package village_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

func ExamplePlanner_Protection() {
	planner := newPlanner()
	plan, err := planner.Plan(village.Request{
		Village: region.MustParse("61.12.01.2001"),
		Year:    2026,
		Roster: []village.Enrolment{
			{NIK: membership.MustParseNIK("6112010101800001"), Name: "Perangkat Contoh", Group: village.Official,
				Wage: decimal.NewFromInt(2_022_200)},
			{NIK: membership.MustParseNIK("6112010101800002"), Name: "Petani Contoh", Group: village.Informal, Source: village.CSR},
			{NIK: membership.MustParseNIK("6112010101800003"), Name: "Petani Kedua", Group: village.Informal, Source: village.PADes},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	pr, err := planner.Protection(plan, benefit.Default(), regulation.MustDate(2026, 6, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	// JKM: 3 × Rp42,000,000. JKK: the official 48 × 2,022,200 + 12,000,000
	// + 10,000,000 = 119,065,600, each farmer 48 × 1,000,000 + 22,000,000 =
	// 70,000,000: 259,065,600.
	fmt.Println(rupiah.Format(pr.Tally.JKM, problem.English), rupiah.Format(pr.Tally.WorkDeath, problem.English))
	fmt.Println(pr.Text.EN)
	// Output:
	// Rp126,000,000 Rp259,065,600
	// On 1 June 2026, 3 workers are covered: on death, the families of 3 workers receive JKM of Rp126,000,000 in all; on death from a work accident, the families of 3 workers receive JKK of Rp259,065,600 in all.
}

func TestPlanProtection(t *testing.T) {
	planner := newPlanner()
	nik := func(i int) membership.NIK { return membership.MustParseNIK(fmt.Sprintf("611201010180%04d", i)) }
	// Three farmers on PADes within a ceiling of Rp300,000. PADes is inside
	// the village budget, which by default (Reading A of PP 50/2025,
	// regulations.md §2.2.1) keeps the discount: Rp16,800 a month January to
	// March, Rp8,400 April to December. The first served is covered for 12
	// months (3 × 16,800 + 9 × 8,400 = 126,000), the second too (126,000;
	// 48,000 left), the third for 48,000 ÷ 16,800 = 2 months, January and
	// February (33,600; 14,400 left, less than March's 16,800). A fourth, a
	// sponsor's, from July only.
	var roster []village.Enrolment
	for i := range 3 {
		roster = append(roster, village.Enrolment{NIK: nik(i + 1), Name: "Petani", Group: village.Informal, Source: village.PADes, Rank: i + 1})
	}
	roster = append(roster, village.Enrolment{NIK: nik(4), Name: "Pedagang", Group: village.Informal, Source: village.CSR,
		From: regulation.MustMonth(2026, 7)})
	plan, err := planner.Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: roster,
		Ceilings: map[village.Source]decimal.Decimal{village.PADes: decimal.NewFromInt(300_000)}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name                string
		on                  regulation.Date
		covered, notCovered int
		jkm, jkk            int64
	}{
		// Two farmers covered in March: JKM 2 × 42,000,000; JKK 2 × (48 ×
		// 1,000,000 + 12,000,000 + 10,000,000) = 2 × 70,000,000.
		{"PP 82/2019: March, two farmers covered", regulation.MustDate(2026, 3, 15), 2, 2, 84_000_000, 140_000_000},
		// June: the two farmers covered all year; the third's two months are
		// over, the trader not begun.
		{"PP 82/2019: June, two farmers covered", regulation.MustDate(2026, 6, 1), 2, 2, 84_000_000, 140_000_000},
		// August: the two farmers and the trader: 3 × 42,000,000 and 3 × 70,000,000.
		{"PP 82/2019: August, the trader begun", regulation.MustDate(2026, 8, 31), 3, 1, 126_000_000, 210_000_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pr, err := planner.Protection(plan, benefit.Default(), c.on)
			if err != nil {
				t.Fatal(err)
			}
			if pr.Covered != c.covered || pr.NotCovered != c.notCovered || pr.Covered+pr.NotCovered != len(plan.People) {
				t.Errorf("covered %d, not covered %d; want %d, %d", pr.Covered, pr.NotCovered, c.covered, c.notCovered)
			}
			if !pr.Tally.JKM.Equal(decimal.NewFromInt(c.jkm)) || !pr.Tally.WorkDeath.Equal(decimal.NewFromInt(c.jkk)) {
				t.Errorf("JKM %s, JKK %s; want %d, %d", pr.Tally.JKM, pr.Tally.WorkDeath, c.jkm, c.jkk)
			}
			want := fmt.Sprintf("%d peserta lain dalam rencana tidak terlindungi", c.notCovered)
			if !strings.Contains(pr.Text.ID, want) || !strings.Contains(pr.Text.EN, "not covered that month") {
				t.Errorf("text: %q / %q", pr.Text.ID, pr.Text.EN)
			}
		})
	}
	t.Run("a day outside the fiscal year", func(t *testing.T) {
		_, err := planner.Protection(plan, benefit.Default(), regulation.MustDate(2027, 1, 1))
		if !errors.Is(err, village.ErrOutsideYear) {
			t.Errorf("got %v", err)
		}
	})
	t.Run("no day", func(t *testing.T) {
		_, err := planner.Protection(plan, benefit.Default(), regulation.Date{})
		if !errors.Is(err, benefit.ErrInvalidInput) {
			t.Errorf("got %v", err)
		}
	})
	t.Run("no estimator", func(t *testing.T) {
		_, err := planner.Protection(plan, nil, regulation.MustDate(2026, 3, 1))
		if !errors.Is(err, benefit.ErrInvalidParams) {
			t.Errorf("got %v", err)
		}
	})
}

// The protection section of a plan report, in both languages, for the
// plan of ExamplePlanner_Protection and the ceiling plan's June.
func TestProtectionText(t *testing.T) {
	planner := newPlanner()
	plan, err := planner.Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: []village.Enrolment{
		{NIK: membership.MustParseNIK("6112010101800001"), Name: "Perangkat Contoh", Group: village.Official, Wage: decimal.NewFromInt(2_022_200)},
		{NIK: membership.MustParseNIK("6112010101800002"), Name: "Petani Contoh", Group: village.Informal, Source: village.CSR,
			From: regulation.MustMonth(2026, 7)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	pr, err := planner.Protection(plan, benefit.Default(), regulation.MustDate(2026, 6, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
		var b strings.Builder
		if err := pr.WriteText(&b, l); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "protection_"+l.String()+".golden", b.String())
	}
}
