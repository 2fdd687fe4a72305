package regulation

import (
	"fmt"
	"time"

	"github.com/desasadar/jamsos/problem"
)

// Date is a civil (calendar) date with no time of day and no time zone: a
// birth date, the day a regulation took effect, a due date. Legal dates must
// never move because of a time zone, so jamsos does not use time.Time for
// them.
//
// Date is a small comparable value. The zero Date is invalid ([Date.IsZero]);
// it stands for "no date", for example an open-ended [Entry.Until].
type Date struct {
	year  int32
	month uint8
	day   uint8
}

// NewDate returns the date, or an error wrapping [ErrInvalidDate] when the
// day does not exist (30 February, month 13) or the year is outside 1..9999.
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < 1 || year > 9999 || month < time.January || month > time.December || day < 1 || day > daysIn(year, month) {
		v := fmt.Sprintf("%04d-%02d-%02d", year, int(month), day)
		return Date{}, problem.New(ErrInvalidDate, "date.invalid", "date", v,
			"tidak ada di kalender", "does not exist in the calendar")
	}
	return Date{year: int32(year), month: uint8(month), day: uint8(day)}, nil
}

// MustDate is like [NewDate] but panics on an impossible date. It is meant for
// tables of constants.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate reads a date in ISO 8601 form, "2025-02-07".
func ParseDate(s string) (Date, error) {
	var y, m, d int
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s[:4]) || !digits(s[5:7]) || !digits(s[8:]) {
		return Date{}, problem.New(ErrInvalidDate, "date.syntax", "date", problem.Clip(s),
			"harus berbentuk TTTT-BB-HH", "must look like YYYY-MM-DD")
	}
	y, m, d = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:])
	return NewDate(y, time.Month(m), d)
}

// DateOf returns the calendar date that t shows in its own location. No time
// zone conversion happens: a time of 23:30 in Jakarta stays on its day.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{year: int32(y), month: uint8(m), day: uint8(d)}
}

// Year returns the year.
func (d Date) Year() int { return int(d.year) }

// Month returns the month of the year.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month.
func (d Date) Day() int { return int(d.day) }

// IsZero reports whether d is the zero Date, which stands for no date.
func (d Date) IsZero() bool { return d == Date{} }

// ContributionMonth returns the contribution month that d falls in.
func (d Date) ContributionMonth() Month {
	if d.IsZero() {
		return Month{}
	}
	return MonthOf(d.Year(), d.Month())
}

// Time returns midnight UTC at the start of d, for use with the time package.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.year != e.year:
		return cmp3(int(d.year), int(e.year))
	case d.month != e.month:
		return cmp3(int(d.month), int(e.month))
	}
	return cmp3(int(d.day), int(e.day))
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// String returns the date as "2025-02-07", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, mo, day := int(d.year), int(d.month), int(d.day)
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	}
	b := [10]byte{digit(y / 1000), digit(y / 100), digit(y / 10), digit(y), '-', digit(mo / 10), digit(mo), '-', digit(day / 10), digit(day)}
	return string(b[:])
}

// MarshalText encodes the date as "2025-02-07"; the zero Date encodes as "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes "2025-02-07"; empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// FullYears returns the number of whole years from from to to: a person born
// on from is FullYears(from, to) years old on to. A person born on 29 February
// turns a year older on 1 March in years without one. It is negative when to
// is before from.
func FullYears(from, to Date) int {
	years := to.Year() - from.Year()
	if to.Month() < from.Month() || (to.Month() == from.Month() && to.Day() < from.Day()) {
		years--
	}
	return years
}

func daysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi reads a string already checked by digits and short enough not to overflow.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func cmp3(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
