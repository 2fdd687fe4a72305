package regulation

import (
	"fmt"
	"testing"
	"time"
)

// The text of a month and of a date is the zero-padded ISO 8601 form
// ("2026-03", "2026-03-05"), written by hand for speed: it must agree with
// fmt's "%04d-%02d(-%02d)" for every year, including those outside
// 0000–9999 that MonthOf and DateOf can make.
func TestMonthAndDateText(t *testing.T) {
	for _, y := range []int{-12, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 2015, 2026, 9999, 10000, 123456} {
		for mo := time.January; mo <= time.December; mo++ {
			m, want := MonthOf(y, mo), fmt.Sprintf("%04d-%02d", y, int(mo))
			if m.IsZero() { // December of year -1: the zero Month
				want = ""
			}
			if got := m.String(); got != want {
				t.Errorf("MonthOf(%d, %d) = %q, want %q", y, mo, got, want)
			}
			for _, day := range []int{1, 9, 10, 28} {
				d := DateOf(time.Date(y, mo, day, 0, 0, 0, 0, time.UTC))
				if got, want := d.String(), fmt.Sprintf("%04d-%02d-%02d", y, int(mo), day); got != want {
					t.Errorf("date %d-%d-%d = %q, want %q", y, mo, day, got, want)
				}
			}
		}
	}
	if s := (Month{}).String() + (Date{}).String(); s != "" {
		t.Errorf("zero month and date = %q", s)
	}
}
