package regulation

import (
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/desasadar/jamsos/problem"
)

// Month is a contribution month (bulan iuran): a year and a month, such as
// March 2026. Contributions, caps and discounts are set per month, so this
// is the unit of every bill.
//
// Month is a small comparable value; the zero Month is invalid and stands for
// "no month". Months support arithmetic ([Month.Add], [Month.Sub]) and ranges
// ([MonthRange]).
type Month struct {
	// n counts months from January of year 0, plus one, so that zero is "no month".
	n int32
}

// MonthOf returns the month. It does not check its arguments beyond
// normalising an out-of-range month the way time.Date does (month 13 of 2025
// is January 2026); use [NewMonth] to reject them.
func MonthOf(year int, month time.Month) Month {
	return Month{n: int32(year*12+int(month)-1) + 1}
}

// NewMonth returns the month, or an error wrapping [ErrInvalidMonth] when
// the year is outside 1..9999 or the month outside 1..12.
func NewMonth(year int, month time.Month) (Month, error) {
	if year < 1 || year > 9999 || month < time.January || month > time.December {
		return Month{}, problem.New(ErrInvalidMonth, "month.invalid", "month",
			fmt.Sprintf("%04d-%02d", year, int(month)),
			"tidak ada di kalender", "does not exist in the calendar")
	}
	return MonthOf(year, month), nil
}

// MustMonth is like [NewMonth] but panics on an invalid month. It is meant for
// tables of constants.
func MustMonth(year int, month time.Month) Month {
	m, err := NewMonth(year, month)
	if err != nil {
		panic(err)
	}
	return m
}

// ParseMonth reads a month as "2026-03" (ISO 8601) or "03/2026" (the form on
// Indonesian payment slips).
func ParseMonth(s string) (Month, error) {
	t := strings.TrimSpace(s)
	var ys, ms string
	switch {
	case len(t) == 7 && t[4] == '-':
		ys, ms = t[:4], t[5:]
	case len(t) == 7 && t[2] == '/':
		ms, ys = t[:2], t[3:]
	default:
		return Month{}, problem.New(ErrInvalidMonth, "month.syntax", "month", problem.Clip(s),
			"harus berbentuk TTTT-BB atau BB/TTTT", "must look like YYYY-MM or MM/YYYY")
	}
	if !digits(ys) || !digits(ms) {
		return Month{}, problem.New(ErrInvalidMonth, "month.syntax", "month", problem.Clip(s),
			"harus berbentuk TTTT-BB atau BB/TTTT", "must look like YYYY-MM or MM/YYYY")
	}
	return NewMonth(atoi(ys), time.Month(atoi(ms)))
}

// IsZero reports whether m is the zero Month.
func (m Month) IsZero() bool { return m.n == 0 }

// Year returns the year.
func (m Month) Year() int { return int(floorDiv(m.n-1, 12)) }

// Month returns the month of the year.
func (m Month) Month() time.Month { return time.Month(m.n-1-floorDiv(m.n-1, 12)*12) + 1 }

// Add returns the month n months after m (before it when n is negative).
func (m Month) Add(n int) Month { return Month{n: m.n + int32(n)} }

// Sub returns the number of months from o to m: MonthOf(2026, 3).Sub(MonthOf(2025, 12)) is 3.
func (m Month) Sub(o Month) int { return int(m.n - o.n) }

// Compare returns -1, 0 or +1 as m is before, equal to or after o.
func (m Month) Compare(o Month) int { return cmp3(int(m.n), int(o.n)) }

// Before reports whether m is before o.
func (m Month) Before(o Month) bool { return m.n < o.n }

// After reports whether m is after o.
func (m Month) After(o Month) bool { return m.n > o.n }

// FirstDay returns the first day of the month.
func (m Month) FirstDay() Date { return Date{year: int32(m.Year()), month: uint8(m.Month()), day: 1} }

// LastDay returns the last day of the month.
func (m Month) LastDay() Date {
	y, mo := m.Year(), m.Month()
	return Date{year: int32(y), month: uint8(mo), day: uint8(daysIn(y, mo))}
}

// Day returns the given day of the month, or an error when it does not exist.
func (m Month) Day(day int) (Date, error) { return NewDate(m.Year(), m.Month(), day) }

// String returns the month as "2026-03", or "" for the zero Month.
func (m Month) String() string {
	if m.IsZero() {
		return ""
	}
	y, mo := m.Year(), int(m.Month())
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d-%02d", y, mo)
	}
	// Written by hand rather than by fmt: a plan's JSON writes a month for
	// every enrolment and payment.
	b := [7]byte{digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), '-', digit(mo / 10), digit(mo)}
	return string(b[:])
}

// digit is the last decimal digit of n ≥ 0.
func digit(n int) byte { return byte('0' + n%10) }

// MarshalText encodes the month as "2026-03"; the zero Month encodes as "".
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText decodes "2026-03" or "03/2026"; empty text gives the zero Month.
func (m *Month) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = Month{}
		return nil
	}
	v, err := ParseMonth(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// MonthRange is the months from From to To, both included. A range whose To
// is before its From is empty.
type MonthRange struct {
	// From is the first month of the range.
	From Month `json:"from"`
	// To is the last month of the range, included.
	To Month `json:"to"`
}

// Months returns the range from from to to, both included.
func Months(from, to Month) MonthRange { return MonthRange{From: from, To: to} }

// Len returns the number of months in the range.
func (r MonthRange) Len() int {
	if r.To.Before(r.From) {
		return 0
	}
	return r.To.Sub(r.From) + 1
}

// Contains reports whether m is in the range.
func (r MonthRange) Contains(m Month) bool { return !m.Before(r.From) && !m.After(r.To) }

// All yields the months of the range in order.
func (r MonthRange) All() iter.Seq[Month] {
	return func(yield func(Month) bool) {
		for m := r.From; !m.After(r.To); m = m.Add(1) {
			if !yield(m) {
				return
			}
		}
	}
}

// String returns the range as "2026-01..2026-12".
func (r MonthRange) String() string { return r.From.String() + ".." + r.To.String() }

func floorDiv(a, b int32) int32 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
