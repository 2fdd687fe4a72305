package jsonerr

import "testing"

// The number grammar of RFC 8259 §6: "-"? ("0" / [1-9][0-9]*) ("." [0-9]+)? ([eE] [+-]? [0-9]+)?
// NumberLength reads the longest number at the start and stops before the
// first byte that cannot continue it.
func TestNumberLength(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"0", 1}, {"-0", 2}, {"7,", 1}, {"2500000}", 7}, {"-12.5e+3 ", 8}, {"1E9", 3},
		{"0.000", 5}, {"1e-0", 4},
		// "0" ends a number: "012" is the number 0 followed by "12".
		{"012", 1},
		// Not numbers: nothing after the sign, the point or the exponent.
		{"-", 0}, {"1.", 0}, {"1e", 0}, {"1e+", 0}, {".5", 0}, {"+1", 0}, {"", 0}, {"x", 0},
	} {
		if got := NumberLength([]byte(tt.in)); got != tt.want {
			t.Errorf("NumberLength(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
