package contribution

import (
	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
)

// Rounding is how an amount is brought to whole rupiah. No regulation found
// sets one (unconfirmed), so jamsos rounds half up by default:
// each payer's share of each program line is rounded, and lines and totals
// are sums of rounded shares, so a bill always adds up.
type Rounding uint8

const (
	// HalfUp rounds to the nearest rupiah, halves up: Rp16.5 becomes Rp17.
	// It is the default.
	HalfUp Rounding = iota
	// HalfEven rounds to the nearest rupiah, halves to the even one:
	// Rp16.5 becomes Rp16 and Rp17.5 becomes Rp18.
	HalfEven
	// Down drops the fraction: Rp16.9 becomes Rp16.
	Down
	// Up raises any fraction to the next rupiah: Rp16.1 becomes Rp17.
	Up
)

var roundingNames = [...]string{HalfUp: "half_up", HalfEven: "half_even", Down: "down", Up: "up"}

// String returns the mode's name: "half_up", "half_even", "down" or "up".
func (r Rounding) String() string {
	if int(r) >= len(roundingNames) {
		return ""
	}
	return roundingNames[r]
}

var roundingLabels = [...]Text{
	HalfUp:   {"ke rupiah terdekat, setengah ke atas", "to the nearest rupiah, halves up"},
	HalfEven: {"ke rupiah terdekat, setengah ke genap", "to the nearest rupiah, halves to even"},
	Down:     {"ke bawah", "down"},
	Up:       {"ke atas", "up"},
}

// Name returns the mode as a reader of the given language says it, such as
// "ke rupiah terdekat, setengah ke atas" for HalfUp in Indonesian; String
// returns its code.
func (r Rounding) Name(l problem.Lang) string {
	if int(r) >= len(roundingLabels) {
		return ""
	}
	return roundingLabels[r].In(l)
}

// MarshalText encodes the mode as its name.
func (r Rounding) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a mode's name; empty text gives HalfUp.
func (r *Rounding) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = HalfUp
		return nil
	}
	for i, n := range roundingNames {
		if n == string(b) {
			*r = Rounding(i)
			return nil
		}
	}
	return problem.New(ErrInvalidInput, "rounding.unknown", "rounding", problem.Clip(string(b)),
		"cara pembulatan tidak dikenal; gunakan half_up, half_even, down atau up",
		"unknown rounding; use half_up, half_even, down or up")
}

// round brings a non-negative decimal to whole rupiah.
func (r Rounding) round(d decimal.Decimal) decimal.Decimal {
	switch r {
	case HalfEven:
		return d.RoundBank(0)
	case Down:
		return d.RoundDown(0)
	case Up:
		return d.RoundUp(0)
	}
	return d.Round(0) // half away from zero, which is half up for amounts ≥ 0
}

// divRound returns x / ppm rounded to whole rupiah, for 0 ≤ x. It is the
// integer twin of round, used by the batch engine; unsigned division by the
// constant compiles to a multiplication. Half up, the default, comes first
// and alone, which keeps its path short where divRound is inlined.
func (r Rounding) divRound(x int64) int64 {
	if r != HalfUp {
		return r.divRoundOther(x)
	}
	return int64((uint64(x) + ppm/2) / ppm)
}

// divRoundOther is divRound for every mode but half up.
func (r Rounding) divRoundOther(x int64) int64 {
	u := uint64(x)
	q := u / ppm
	rem := u - q*ppm
	switch r {
	case HalfEven:
		if rem > ppm/2 || (rem == ppm/2 && q%2 == 1) {
			q++
		}
	case Up:
		if rem > 0 {
			q++
		}
	}
	return int64(q)
}
