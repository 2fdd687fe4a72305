package contribution

import (
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
)

// ppm is the denominator of every [Rate]: rates are whole parts per million.
const ppm = 1_000_000

// Rate is a proportion held exactly as a whole number of parts per million:
// 0.24% is 2,400 ppm. Every rate in Indonesian social security law (down to
// the 0.01% steps of construction tiers) is a whole number of ppm, so a Rate
// never approximates. The zero Rate is 0%.
//
// A Rate encodes as text as a percentage, "0.24%", so override documents
// and reports read as the regulations do.
type Rate struct{ ppm int64 }

// PPM returns the rate of n parts per million.
func PPM(n int64) Rate { return Rate{ppm: n} }

// ParseRate reads a percentage such as "0.24%", "0.24" or "3,7%" (a comma is
// read as the decimal mark). The rate must be between 0% and 100% and a whole
// number of parts per million.
func ParseRate(s string) (Rate, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	t = strings.Replace(t, ",", ".", 1)
	d, err := decimal.NewFromString(t)
	bad := func() (Rate, error) {
		return Rate{}, problem.New(ErrInvalidRate, "rate.syntax", "rate", problem.Clip(s),
			"harus berupa persentase antara 0% dan 100%, misalnya 0,24%",
			"must be a percentage from 0% to 100%, such as 0.24%")
	}
	if err != nil || strings.ContainsAny(t, "eE") {
		return bad()
	}
	n := d.Shift(4) // percent to ppm
	if n.IsNegative() || n.GreaterThan(decimal.NewFromInt(ppm)) || !n.Equal(n.Truncate(0)) {
		return bad()
	}
	return Rate{ppm: n.IntPart()}, nil
}

// MustRate is like [ParseRate] but panics on a malformed rate. It is meant for
// the tables built into this package.
func MustRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

// PPM returns the rate in parts per million.
func (r Rate) PPM() int64 { return r.ppm }

// IsZero reports whether the rate is 0%.
func (r Rate) IsZero() bool { return r.ppm == 0 }

// Fraction returns the rate as a decimal fraction: 0.24% is 0.0024.
func (r Rate) Fraction() decimal.Decimal { return decimal.New(r.ppm, -6) }

// Percent returns the rate as a decimal percentage: 0.24% is 0.24.
func (r Rate) Percent() decimal.Decimal { return decimal.New(r.ppm, -4) }

// Complement returns 100% minus r: the share left after a discount of r.
func (r Rate) Complement() Rate { return Rate{ppm: ppm - r.ppm} }

// Add returns r + s.
func (r Rate) Add(s Rate) Rate { return Rate{ppm: r.ppm + s.ppm} }

// String returns the rate as a percentage, "0.24%".
func (r Rate) String() string { return r.Percent().String() + "%" }

// Format returns the rate as a percentage in the given language: "0,24%" in
// Indonesian and "0.24%" in English.
func (r Rate) Format(l problem.Lang) string {
	s := r.String()
	if l == problem.Indonesian {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// MarshalText encodes the rate as "0.24%".
func (r Rate) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a rate written as [ParseRate] reads it.
func (r *Rate) UnmarshalText(b []byte) error {
	v, err := ParseRate(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
