package village

import (
	"testing"

	"github.com/shopspring/decimal"
)

// The CSV of a plan writes an amount as decimal.Decimal.String writes it,
// whether it is whole rupiah in int64 range or not.
func TestAppendAmountIsTheDecimalsText(t *testing.T) {
	for _, c := range []struct {
		d    decimal.Decimal
		want string
	}{
		{decimal.Zero, "0"},
		{decimal.Decimal{}, "0"},
		{decimal.NewFromInt(16800), "16800"},
		{decimal.NewFromInt(-36000), "-36000"},
		{decimal.NewFromInt(999_999_999_999_999_999), "999999999999999999"},
		{decimal.RequireFromString("1000000000000000000000"), "1000000000000000000000"},
		{decimal.RequireFromString("2426640.50"), "2426640.5"},
		{decimal.New(17, 3), "17000"},
	} {
		if got := string(appendAmount([]byte("x,"), c.d)); got != "x,"+c.want || got != "x,"+c.d.String() {
			t.Errorf("appendAmount(%s) = %q, want %q", c.d.String(), got, "x,"+c.want)
		}
	}
}
