package village

import (
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/shopspring/decimal"
)

// A summary adds whole rupiah as int64s beside its decimals; what is not a
// whole number of rupiah in range (a fraction, 25 digits, a sum past 18
// digits) is added as a decimal: the totals are exact either way, and the
// summary a plan is added to is left unsettled by settling a copy.
func TestSummaryAddsExactlyWhateverTheAmounts(t *testing.T) {
	d := decimal.RequireFromString
	amounts := []decimal.Decimal{
		d("16800"), d("0.5"), d("1000000000000000000000000"), d("999999999999999999"), d("1"), d("-36000"),
	}
	// 16800 + 0.5 + 10^24 + (10^18 - 1) + 1 - 36000
	// = 1000000000000000000000000 + 1000000000000000000 - 19200 + 0.5
	want := d("1000001000000000000000000").Sub(d("19199.5"))
	s := newSummary(region.Code{})
	for _, a := range amounts {
		pl := &Plan{
			Groups:   []GroupTotal{{Group: Head, Normal: a, Amount: a, VillageBudget: a, Deducted: a}},
			Programs: []ProgramTotal{{Program: membership.JKK, Normal: a, Amount: a}},
			Sources:  []SourceTotal{{Source: ADD, Amount: a}},
			Total:    Totals{Normal: a, Amount: a, VillageBudget: a, Deducted: a},
		}
		s.add(pl)
	}
	got := s.settled()
	for name, v := range map[string]decimal.Decimal{
		"group normal": got.Groups[0].Normal, "group amount": got.Groups[0].Amount,
		"group village budget": got.Groups[0].VillageBudget, "group deducted": got.Groups[0].Deducted,
		"program normal": got.Programs[0].Normal, "program amount": got.Programs[0].Amount,
		"source": got.Sources[0].Amount, "total normal": got.Total.Normal, "total amount": got.Total.Amount,
		"total village budget": got.Total.VillageBudget, "total deducted": got.Total.Deducted,
	} {
		if !v.Equal(want) {
			t.Errorf("%s = %s, want %s", name, v, want)
		}
	}
	if got.sums != nil {
		t.Error("a settled summary keeps its int64 sums")
	}
	if again := s.settled(); !again.Total.Amount.Equal(want) {
		t.Errorf("settled twice: total %s, want %s", again.Total.Amount, want)
	}
}
