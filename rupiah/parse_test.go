package rupiah_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Rp16.800", "16800"},
		{"Rp 16.800", "16800"},
		{"Rp. 16.800", "16800"},
		{"Rp.16.800", "16800"},
		{"Rp16.800,00", "16800"},
		{"Rp16.800,-", "16800"},
		{"Rp16.800,5", "16800.5"},
		{"Rp16.800,50", "16800.5"},
		{"16800", "16800"},
		{"16.800", "16800"},
		{"16800,50", "16800.5"},
		{"16800,-", "16800"},
		{"IDR 16.800", "16800"},
		{"idr16.800", "16800"},
		{"RP 16.800", "16800"},
		{"rp16.800", "16800"},
		{"-Rp16.800", "-16800"},
		{"- Rp 16.800", "-16800"},
		{"Rp-16.800", "-16800"},
		{"Rp -16.800", "-16800"},
		{"\u2212Rp16.800", "-16800"},
		{"-16.800", "-16800"},
		{"  Rp16.800  ", "16800"},
		{"\u00a0Rp\u00a016.800\u00a0", "16800"},
		{"\tRp\u202f16.800\n", "16800"},
		{"0", "0"},
		{"-0", "0"},
		{"Rp0,50", "0.5"},
		{"0,05", "0.05"},
		{"1", "1"},
		{"999", "999"},
		{"1.000", "1000"},
		{"Rp1.234.567,89", "1234567.89"},
		{"Rp123.456.789.012.345.678.901.234.567.890", "123456789012345678901234567890"},
		{"1,5", "1.5"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := rupiah.Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if want := dec(t, tt.want); !got.Equal(want) {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
		code problem.Code
	}{
		{"", rupiah.ErrEmpty, "rupiah.empty"},
		{" \u00a0\t", rupiah.ErrEmpty, "rupiah.empty"},

		{"Rp", rupiah.ErrSyntax, "rupiah.syntax"},
		{"-", rupiah.ErrSyntax, "rupiah.syntax"},
		{"abc", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16800 rupiah", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16.800 IDR", rupiah.ErrSyntax, "rupiah.syntax"},
		{"Rp16.8OO", rupiah.ErrGrouping, "rupiah.grouping"},
		{"16a800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16 800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"--16.800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"-Rp-16.800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"Rp--16.800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"+16.800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16.800-", rupiah.ErrSyntax, "rupiah.syntax"},
		{"(Rp16.800)", rupiah.ErrSyntax, "rupiah.syntax"},
		{"016.800", rupiah.ErrGrouping, "rupiah.grouping"},
		{"016800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"00", rupiah.ErrSyntax, "rupiah.syntax"},
		{",50", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16.800,", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16.800,--", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16.800,5x", rupiah.ErrSyntax, "rupiah.syntax"},
		{"16,80,00", rupiah.ErrSyntax, "rupiah.syntax"},
		{"RpRp16.800", rupiah.ErrSyntax, "rupiah.syntax"},
		{"Rp16.800Rp", rupiah.ErrSyntax, "rupiah.syntax"},
		{"１６８００", rupiah.ErrSyntax, "rupiah.syntax"},

		{"16.80", rupiah.ErrGrouping, "rupiah.grouping"},
		{"1.6800", rupiah.ErrGrouping, "rupiah.grouping"},
		{"1234.567", rupiah.ErrGrouping, "rupiah.grouping"},
		{"16..800", rupiah.ErrGrouping, "rupiah.grouping"},
		{"16.800.", rupiah.ErrGrouping, "rupiah.grouping"},
		{"0.800", rupiah.ErrGrouping, "rupiah.grouping"},
		{"16,800", rupiah.ErrGrouping, "rupiah.grouping"},
		{"Rp16,800", rupiah.ErrGrouping, "rupiah.grouping"},
		{"1,234,567", rupiah.ErrGrouping, "rupiah.grouping"},
		{"Rp16,800.50", rupiah.ErrGrouping, "rupiah.grouping"},

		{"0,125", rupiah.ErrPrecision, "rupiah.precision"},
		{"16,8000", rupiah.ErrPrecision, "rupiah.precision"},
		{"1.234,567", rupiah.ErrPrecision, "rupiah.precision"},
		{"Rp16.800,505", rupiah.ErrPrecision, "rupiah.precision"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := rupiah.Parse(tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse(%q) = %s, %v; want an error wrapping %v", tt.in, got, err, tt.want)
			}
			if !got.IsZero() {
				t.Errorf("Parse(%q) returned %s along with its error, want 0", tt.in, got)
			}
			var pe *problem.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *problem.Error", err)
			}
			if pe.Code != tt.code {
				t.Errorf("Parse(%q) code = %s, want %s", tt.in, pe.Code, tt.code)
			}
			if pe.Field != "amount" || pe.Value != tt.in || pe.ID == "" || pe.EN == "" {
				t.Errorf("Parse(%q) error = %+v; want field amount, the input as value, both messages", tt.in, pe)
			}
		})
	}
}

func TestParseErrorMessages(t *testing.T) {
	_, err := rupiah.Parse("16,800")
	var pe *problem.Error
	if !errors.As(err, &pe) {
		t.Fatalf("Parse(16,800) error %v is not a *problem.Error", err)
	}
	if got := pe.Message(problem.Indonesian); !strings.Contains(got, "Koma adalah tanda desimal") {
		t.Errorf("Indonesian message = %q", got)
	}
	if got := pe.Message(problem.English); !strings.Contains(got, "the comma is the decimal mark") {
		t.Errorf("English message = %q", got)
	}
}

func TestParseLongInputQuotedShort(t *testing.T) {
	in := "Rp" + strings.Repeat("x", 1000)
	_, err := rupiah.Parse(in)
	var pe *problem.Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *problem.Error", err)
	}
	if n := len([]rune(pe.Value)); n > 41 {
		t.Errorf("error value has %d characters, want at most 41", n)
	}
}

func TestParseFormatRoundTrip(t *testing.T) {
	for _, s := range goldenAmounts {
		d := dec(t, s)
		for _, o := range []rupiah.Options{{}, {Sen: true}, {NoSymbol: true}, {Sen: true, NoSymbol: true}} {
			text := o.Format(d)
			got, err := rupiah.Parse(text)
			if err != nil {
				t.Fatalf("Parse(%q) (from %s): %v", text, s, err)
			}
			places := int32(0)
			if o.Sen {
				places = 2
			}
			if want := d.Round(places); !got.Equal(want) {
				t.Errorf("Parse(Format(%s)) = %s, want %s", s, got, want)
			}
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := rupiah.Parse("Rp2.426.640,50"); err != nil {
			b.Fatal(err)
		}
	}
}
