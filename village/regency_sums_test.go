package village

import (
	"encoding/json"
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
		s.add(pl, nil)
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

// A plan made for a roll-up only carries its amounts as int64s (planSums):
// a summary adds them up to exactly the totals it makes of the same
// amounts as decimals, past 18 digits and past a sum's range too.
func TestSummaryAddsSumsAsDecimals(t *testing.T) {
	amounts := []int64{16800, 999_999_999_999_999_999, 1, -36000, 1_000_000_000_000_000_000, 4_000_000_000_000_000_000, 0}
	// 16800 + (10^18 - 1) + 1 - 36000 + 10^18 + 4*10^18 + 0 = 6*10^18 - 19200
	want := dec("5999999999999980800")
	asDecimals, asSums := newSummary(region.Code{}), newSummary(region.Code{})
	for _, a := range amounts {
		d := decimal.NewFromInt(a)
		asDecimals.add(&Plan{
			Groups:   []GroupTotal{{Group: Head, Normal: d, Amount: d, VillageBudget: d, Deducted: d}},
			Programs: []ProgramTotal{{Program: membership.JKK, Normal: d, Amount: d}},
			Sources:  []SourceTotal{{Source: ADD, Amount: d}},
			Total:    Totals{Normal: d, Amount: d, VillageBudget: d, Deducted: d},
		}, nil)
		asSums.add(&Plan{
			Groups:   []GroupTotal{{Group: Head}},
			Programs: []ProgramTotal{{Program: membership.JKK}},
			Sources:  []SourceTotal{{Source: ADD}},
		}, &planSums{groups: [][4]int64{{a, a, a, a}}, programs: [][2]int64{{a, a}}, sources: []int64{a}, total: [4]int64{a, a, a, a}})
	}
	got, ref := asSums.settled(), asDecimals.settled()
	if !ref.Total.Amount.Equal(want) {
		t.Fatalf("decimal total %s, want %s", ref.Total.Amount, want)
	}
	if g, w := mustJSON(t, got), mustJSON(t, ref); g != w {
		t.Errorf("summary of int64 sums differs from the summary of decimals:\n got %s\nwant %s", g, w)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
