package rupiah_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

func TestWords(t *testing.T) {
	// Every expected phrase is written out by hand.
	tests := []struct {
		amount string
		want   string
	}{
		{"0", "nol rupiah"},
		{"1", "satu rupiah"},
		{"7", "tujuh rupiah"},
		{"10", "sepuluh rupiah"},
		{"11", "sebelas rupiah"},
		{"12", "dua belas rupiah"},
		{"19", "sembilan belas rupiah"},
		{"20", "dua puluh rupiah"},
		{"21", "dua puluh satu rupiah"},
		{"99", "sembilan puluh sembilan rupiah"},
		{"100", "seratus rupiah"},
		{"101", "seratus satu rupiah"},
		{"110", "seratus sepuluh rupiah"},
		{"111", "seratus sebelas rupiah"},
		{"200", "dua ratus rupiah"},
		{"999", "sembilan ratus sembilan puluh sembilan rupiah"},
		{"1000", "seribu rupiah"},
		{"1001", "seribu satu rupiah"},
		{"1100", "seribu seratus rupiah"},
		{"2000", "dua ribu rupiah"},
		{"10000", "sepuluh ribu rupiah"},
		{"11000", "sebelas ribu rupiah"},
		{"16800", "enam belas ribu delapan ratus rupiah"},
		{"21000", "dua puluh satu ribu rupiah"},
		{"100000", "seratus ribu rupiah"},
		{"101000", "seratus satu ribu rupiah"},
		{"111111", "seratus sebelas ribu seratus sebelas rupiah"},
		{"1000000", "satu juta rupiah"},
		{"1000001", "satu juta satu rupiah"},
		{"1001000", "satu juta seribu rupiah"},
		{"1011000", "satu juta sebelas ribu rupiah"},
		{"1100000", "satu juta seratus ribu rupiah"},
		{"2426640", "dua juta empat ratus dua puluh enam ribu enam ratus empat puluh rupiah"},
		{"11000000", "sebelas juta rupiah"},
		{"100000000", "seratus juta rupiah"},
		{"1000000000", "satu miliar rupiah"},
		{"1035000000", "satu miliar tiga puluh lima juta rupiah"},
		{"1000000000000", "satu triliun rupiah"},
		{"1500000000001", "satu triliun lima ratus miliar satu rupiah"},
		{"100000000000000", "seratus triliun rupiah"},
		{"1000000000000000", "satu kuadriliun rupiah"},
		{"1000000000001000", "satu kuadriliun seribu rupiah"},
		{"999999999999999999", "sembilan ratus sembilan puluh sembilan kuadriliun " +
			"sembilan ratus sembilan puluh sembilan triliun " +
			"sembilan ratus sembilan puluh sembilan miliar " +
			"sembilan ratus sembilan puluh sembilan juta " +
			"sembilan ratus sembilan puluh sembilan ribu " +
			"sembilan ratus sembilan puluh sembilan rupiah"},
		{"-16800", "minus enam belas ribu delapan ratus rupiah"},
		{"16800.50", "enam belas ribu delapan ratus rupiah lima puluh sen"},
		{"16800.5", "enam belas ribu delapan ratus rupiah lima puluh sen"},
		{"16800.000", "enam belas ribu delapan ratus rupiah"},
		{"1.10", "satu rupiah sepuluh sen"},
		{"1.01", "satu rupiah satu sen"},
		{"0.01", "satu sen"},
		{"0.5", "lima puluh sen"},
		{"-0.75", "minus tujuh puluh lima sen"},
		{"1e3", "seribu rupiah"},
		{"999999999999999999.99", "sembilan ratus sembilan puluh sembilan kuadriliun " +
			"sembilan ratus sembilan puluh sembilan triliun " +
			"sembilan ratus sembilan puluh sembilan miliar " +
			"sembilan ratus sembilan puluh sembilan juta " +
			"sembilan ratus sembilan puluh sembilan ribu " +
			"sembilan ratus sembilan puluh sembilan rupiah " +
			"sembilan puluh sembilan sen"},
	}
	for _, tt := range tests {
		t.Run(tt.amount, func(t *testing.T) {
			got, err := rupiah.Words(dec(t, tt.amount))
			if err != nil {
				t.Fatalf("Words(%s): %v", tt.amount, err)
			}
			if got != tt.want {
				t.Errorf("Words(%s)\n got %q\nwant %q", tt.amount, got, tt.want)
			}
		})
	}
}

func TestWordsZeroValue(t *testing.T) {
	if got, err := rupiah.Words(decimal.Decimal{}); err != nil || got != "nol rupiah" {
		t.Errorf("Words(zero Decimal) = %q, %v; want nol rupiah", got, err)
	}
}

func TestWordsErrors(t *testing.T) {
	tests := []struct {
		name   string
		amount decimal.Decimal
		want   error
		code   problem.Code
	}{
		{"one kuintiliun", decimal.New(1, 18), rupiah.ErrTooLarge, "rupiah.too_large"},
		{"minus one kuintiliun", decimal.New(-1, 18), rupiah.ErrTooLarge, "rupiah.too_large"},
		{"max int64", decimal.NewFromInt(9223372036854775807), rupiah.ErrTooLarge, "rupiah.too_large"},
		{"huge exponent", decimal.New(1, 2_000_000_000), rupiah.ErrTooLarge, "rupiah.too_large"},
		{"a tenth of a sen", dec(t, "0.001"), rupiah.ErrPrecision, "rupiah.precision"},
		{"half a sen", dec(t, "16800.505"), rupiah.ErrPrecision, "rupiah.precision"},
		{"tiny exponent", decimal.New(1, -2_000_000_000), rupiah.ErrPrecision, "rupiah.precision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := rupiah.Words(tt.amount)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Words(%s) = %q, %v; want an error wrapping %v", tt.name, got, err, tt.want)
			}
			var pe *problem.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *problem.Error", err)
			}
			if pe.Code != tt.code || pe.Field != "amount" || pe.ID == "" || pe.EN == "" {
				t.Errorf("error = %+v; want code %s on field amount with both messages", pe, tt.code)
			}
			if pe.Value == "" || len([]rune(pe.Value)) > 41 {
				t.Errorf("error value %.60q is empty or not kept short", pe.Value)
			}
		})
	}
}

// Whole amounts with trailing zeros in the coefficient are still whole.
func TestWordsTrailingZeros(t *testing.T) {
	d := decimal.New(16800000, -3) // 16800.000
	if got, err := rupiah.Words(d); err != nil || got != "enam belas ribu delapan ratus rupiah" {
		t.Errorf("Words(16800.000) = %q, %v", got, err)
	}
}

func TestWordsShape(t *testing.T) {
	// A phrase never has doubled, leading or trailing spaces, whatever the
	// mix of zero groups.
	for _, n := range []int64{1, 1000, 1000000, 1000000000000001, 100010001000, 10100} {
		got, err := rupiah.Words(decimal.NewFromInt(n))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(got, "  ") || strings.TrimSpace(got) != got {
			t.Errorf("Words(%d) = %q has stray spaces", n, got)
		}
	}
}

func BenchmarkWords(b *testing.B) {
	d := decimal.NewFromInt(2426640)
	for b.Loop() {
		if _, err := rupiah.Words(d); err != nil {
			b.Fatal(err)
		}
	}
}
