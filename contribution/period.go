package contribution

import (
	"fmt"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Calendar says which days are working days, for moving a due date that
// falls on a holiday to the next working day.
type Calendar interface {
	IsWorkingDay(d regulation.Date) bool
}

// Weekends is the default calendar: Saturdays and Sundays are not working
// days, every other day is.
type Weekends struct{}

// IsWorkingDay reports whether d is a Monday to Friday.
func (Weekends) IsWorkingDay(d regulation.Date) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// Holidays is a calendar of weekends plus listed public holidays and
// collective leave days (cuti bersama), which the government sets each year.
// Build it with [NewHolidays]; it is immutable and safe for concurrent use.
type Holidays struct {
	days map[regulation.Date]string
}

// NewHolidays returns a calendar in which the given days, and weekends, are
// not working days. The map's values name the holidays and are not used.
func NewHolidays(days map[regulation.Date]string) *Holidays {
	h := &Holidays{days: make(map[regulation.Date]string, len(days))}
	for d, name := range days {
		h.days[d] = name
	}
	return h
}

// IsWorkingDay reports whether d is neither a weekend nor a listed holiday.
func (h *Holidays) IsWorkingDay(d regulation.Date) bool {
	if _, holiday := h.days[d]; holiday {
		return false
	}
	return Weekends{}.IsWorkingDay(d)
}

// nextWorkingDay returns d, or the first working day after it. It gives up
// after a year of holidays, which no real calendar has, and returns d.
func nextWorkingDay(d regulation.Date, cal Calendar) regulation.Date {
	if cal == nil {
		cal = Weekends{}
	}
	for i, x := 0, d; i < 366; i, x = i+1, x.AddDays(1) {
		if cal.IsWorkingDay(x) {
			return x
		}
	}
	return d
}

// DueDate returns the day the contribution of month m must be paid by:
//   - BPU: the 15th of the month itself;
//   - PU: the 15th of the following month, or the day a relief in force
//     sets (under PP 49/2020 the 30th of the following month, its last day
//     when shorter);
//
// moved to the next working day when it is not one (cal may be nil for
// [Weekends]). Construction and migrant contributions are paid per project or
// placement, before it starts, and have no monthly due date: asking is an error.
func (c *Calculator) DueDate(seg membership.Segment, m regulation.Month, cal Calendar) (regulation.Date, error) {
	var l problem.List
	if !c.checkMonth(&l, m) {
		return regulation.Date{}, l.Err()
	}
	var due regulation.Date
	switch seg {
	case membership.BPU:
		due, _ = m.Day(15)
	case membership.PU:
		next := m.Add(1)
		due, _ = next.Day(15)
		if d, _, _ := c.puTerms(m); d > 0 {
			due, _ = next.Day(min(d, next.LastDay().Day()))
		}
	default:
		return regulation.Date{}, problem.New(ErrInvalidInput, "due_date.segment", "segment", seg.String(),
			"iuran jasa konstruksi dan PMI dibayar per proyek atau penempatan, tanpa jatuh tempo bulanan",
			"construction and migrant contributions are paid per project or placement, with no monthly due date")
	}
	return nextWorkingDay(due, cal), nil
}

// DueBill is a monthly bill with the day it is due.
type DueBill struct {
	Bill
	// Due is the day the bill is due, zero for construction and migrant
	// contributions, which have no monthly due date.
	Due regulation.Date `json:"due"`
}

// Statement is the bills of one participant over a range of months.
type Statement struct {
	// Months is the range of months billed.
	Months regulation.MonthRange `json:"months"`
	// Bills is each month's bill, in order.
	Bills []DueBill `json:"bills"`
	// Totals is each party's share summed over the months.
	Totals Shares `json:"totals"`
	// Billed is the sum of the months' billed amounts.
	Billed decimal.Decimal `json:"billed"`
}

// Statement computes the bill of every month in r, each with its due date.
// Every month's problems are reported, each field prefixed with its month.
func (c *Calculator) Statement(in Input, r regulation.MonthRange, cal Calendar) (Statement, error) {
	if r.Len() == 0 {
		return Statement{}, problem.New(ErrInvalidInput, "input.months", "months", r.String(),
			"rentang bulan kosong", "the range of months is empty")
	}
	s := Statement{Months: r}
	var l problem.List
	for m := range r.All() {
		b, err := c.Bill(in, m)
		if err != nil {
			l.AddField(m.String(), err)
			continue
		}
		due, err := c.DueDate(in.Segment, m, cal)
		if err != nil && in.Segment != membership.PMI && in.Segment != membership.Jakon {
			l.AddField(m.String(), err)
			continue
		}
		s.Bills = append(s.Bills, DueBill{Bill: b, Due: due})
		s.Totals = s.Totals.Plus(b.Totals)
		s.Billed = s.Billed.Add(b.Billed)
	}
	if err := l.Err(); err != nil {
		return Statement{}, err
	}
	return s, nil
}

// Prepay computes a payment of n months ahead starting at from (branches
// encourage 3, 6 or 12; the law sets no maximum this module knows of, so
// any n from 1 to 120 is accepted). Each month keeps its own law — a rate
// change or discount inside the period applies from its month — and every
// month is due on the first month's due date.
func (c *Calculator) Prepay(in Input, from regulation.Month, n int, cal Calendar) (Statement, error) {
	if n < 1 || n > 120 {
		return Statement{}, problem.New(ErrInvalidInput, "input.months", "months", fmt.Sprint(n),
			"jumlah bulan dibayar di muka harus antara 1 dan 120", "the number of months paid ahead must be from 1 to 120")
	}
	s, err := c.Statement(in, regulation.Months(from, from.Add(n-1)), cal)
	if err != nil {
		return Statement{}, err
	}
	for i := range s.Bills {
		s.Bills[i].Due = s.Bills[0].Due
	}
	return s, nil
}
