package rupiah_test

import (
	"bytes"
	"fmt"
	"github.com/desasadar/jamsos/internal/golden"
	"testing"
	"text/tabwriter"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// dec reads a decimal literal for a test case.
func dec(tb testing.TB, s string) decimal.Decimal {
	tb.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		tb.Fatalf("bad test literal %q: %v", s, err)
	}
	return d
}

func TestFormat(t *testing.T) {
	tests := []struct {
		name   string
		amount string
		opts   rupiah.Options
		want   string
	}{
		{"JKK+JKM for a village worker", "16800", rupiah.Options{}, "Rp16.800"},
		{"half rounds up", "1234567.5", rupiah.Options{}, "Rp1.234.568"},
		{"below half rounds down", "1234567.49", rupiah.Options{}, "Rp1.234.567"},
		{"negative", "-16800", rupiah.Options{}, "-Rp16.800"},
		{"negative half rounds away from zero", "-1234567.5", rupiah.Options{}, "-Rp1.234.568"},
		{"rounds to zero without a sign", "-0.4", rupiah.Options{}, "Rp0"},
		{"zero", "0", rupiah.Options{}, "Rp0"},
		{"three digits are not grouped", "999", rupiah.Options{}, "Rp999"},
		{"English", "16800", rupiah.Options{Lang: problem.English}, "Rp16,800"},
		{"sen", "16800.5", rupiah.Options{Sen: true}, "Rp16.800,50"},
		{"sen in English", "16800.5", rupiah.Options{Lang: problem.English, Sen: true}, "Rp16,800.50"},
		{"sen round half-up", "0.005", rupiah.Options{Sen: true}, "Rp0,01"},
		{"sen of a whole amount", "16800", rupiah.Options{Sen: true}, "Rp16.800,00"},
		{"no symbol", "-1234567", rupiah.Options{NoSymbol: true}, "-1.234.567"},
		{"beyond int64", "123456789012345678901234567890", rupiah.Options{}, "Rp123.456.789.012.345.678.901.234.567.890"},
		{"unknown language is Indonesian", "16800", rupiah.Options{Lang: problem.Lang(9)}, "Rp16.800"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.opts.Format(dec(t, tt.amount)); got != tt.want {
				t.Errorf("%+v.Format(%s) = %q, want %q", tt.opts, tt.amount, got, tt.want)
			}
		})
	}
}

// An exponent far below the last shown place must not cost a huge power of
// ten; the test would run out of memory or time if it did.
func TestFormatTinyExponent(t *testing.T) {
	d := decimal.New(-1, -2_000_000_000)
	if got := (rupiah.Options{Sen: true}).Format(d); got != "Rp0,00" {
		t.Errorf("Format(-1e-2000000000) = %q, want Rp0,00", got)
	}
}

func TestFormatMatchesOptions(t *testing.T) {
	// Rp2,426,640.50 rounds half up to Rp2,426,641.
	for lang, want := range map[problem.Lang]string{problem.Indonesian: "Rp2.426.641", problem.English: "Rp2,426,641"} {
		d := dec(t, "2426640.5")
		if got, opt := rupiah.Format(d, lang), (rupiah.Options{Lang: lang}).Format(d); got != opt || got != want {
			t.Errorf("Format(%s, %v) = %q, Options form gives %q, want %q", d, lang, got, opt, want)
		}
	}
}

func TestFormatZeroValue(t *testing.T) {
	var d decimal.Decimal
	var o rupiah.Options
	if got := o.Format(d); got != "Rp0" {
		t.Errorf("zero Options formats the zero Decimal as %q, want Rp0", got)
	}
}

// goldenAmounts are formatted in every style into testdata/format.golden.
var goldenAmounts = []string{
	"0", "1", "-1", "12", "999", "1000", "-1000", "9999", "10000", "16800",
	"16800.5", "16800.49", "16800.005", "16800.004", "-16800", "-16800.5",
	"100000", "1234567", "1234567.5", "1234567.49", "-1234567.5",
	"-0.4", "-0.5", "0.5", "-0.004", "0.005", "0.01", "2426640", "4800000",
	"1000000000", "100000000000000", "999999999999999999",
	"9223372036854775807", "9223372036854775808", "-9223372036854775809",
	"123456789012345678901234567890.125", "1e30", "1e-10", "-1e-10",
}

func TestFormatGolden(t *testing.T) {
	var buf bytes.Buffer
	w := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "amount\tid\ten\tid sen\ten sen\tid no symbol")
	for _, s := range goldenAmounts {
		d := dec(t, s)
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", s,
			rupiah.Format(d, problem.Indonesian),
			rupiah.Format(d, problem.English),
			rupiah.Options{Sen: true}.Format(d),
			rupiah.Options{Lang: problem.English, Sen: true}.Format(d),
			rupiah.Options{NoSymbol: true}.Format(d),
		)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "format.golden", buf.String())
}

func BenchmarkFormat(b *testing.B) {
	d := decimal.NewFromInt(2426640)
	for b.Loop() {
		rupiah.Format(d, problem.Indonesian)
	}
}

func BenchmarkFormatSen(b *testing.B) {
	d := decimal.New(242664050, -2)
	o := rupiah.Options{Sen: true}
	for b.Loop() {
		o.Format(d)
	}
}

func BenchmarkFormatBeyondInt64(b *testing.B) {
	d := decimal.New(123456789, 25)
	for b.Loop() {
		rupiah.Format(d, problem.Indonesian)
	}
}
