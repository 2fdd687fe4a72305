package contribution

import (
	"testing"

	"github.com/desasadar/jamsos/membership"
)

// PP 6/2025 Pasal 11, March 2025, a wage of Rp6,000,000 at very low risk:
// the employer is billed JKK 0.24% 14,400 + JKM 0.30% 18,000 + JHT 3.7%
// 222,000 + JP 2% of the JP cap 120,000 = 374,400; the worker JHT 2%
// 120,000 + JP 1% 60,000 = 180,000; together 554,400. JKP 0.22% + 0.14% of
// Rp5,000,000: the government carries 11,000, the recomposition 7,000.
func TestBillBilledAndCarried(t *testing.T) {
	in := Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(6_000_000), RiskGroup: VeryLowRisk, Scale: membership.Large}
	b, err := calc(t, Options{}).Bill(in, month(2025, 3))
	if err != nil {
		t.Fatal(err)
	}
	billed, carried := b.BilledShares(), b.CarriedShares()
	for _, tc := range []struct {
		name string
		got  int64
		want int64
	}{
		{"employer billed", billed.Employer.IntPart(), 374_400},
		{"worker billed", billed.Worker.IntPart(), 180_000},
		{"sponsor billed", billed.Sponsor.IntPart(), 0},
		{"no government in the billed part", billed.Government.IntPart(), 0},
		{"no recomposition in the billed part", billed.Recomposition.IntPart(), 0},
		{"government carries", carried.Government.IntPart(), 11_000},
		{"recomposition carries", carried.Recomposition.IntPart(), 7_000},
		{"no payer in the carried part", carried.Employer.Add(carried.Worker).Add(carried.Sponsor).IntPart(), 0},
		{"the billed part sums to Billed", billed.Sum().IntPart(), 554_400},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, tc.got, tc.want)
		}
	}
	if !billed.Sum().Equal(b.Billed) || !billed.Plus(carried).Sum().Equal(b.Totals.Sum()) {
		t.Error("billed and carried do not make up the bill")
	}
}

func TestPartyIsBilled(t *testing.T) {
	want := map[Party]bool{Employer: true, Worker: true, Sponsor: true, Government: false, Recomposition: false}
	for p, w := range want {
		if p.IsBilled() != w {
			t.Errorf("%s.IsBilled() = %v", p, !w)
		}
	}
}
