package contribution

import (
	"fmt"

	"github.com/desasadar/jamsos/holiday"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Calendar says which days are working days, for moving a due date that
// falls on a holiday. The default calendar, used when a nil Calendar is
// given, is [DefaultCalendar]: holiday.Default(), the national holidays and
// cuti bersama days of 2015 to 2027 with their decrees.
//
// A calendar that also has a method Covers(year int) bool says which years
// it lists holidays for; a due date whose search reaches a year it does not
// cover gets a warning naming the year (see [Due]). *holiday.Calendar,
// [Weekends] and [Holidays] have it.
type Calendar interface {
	IsWorkingDay(d regulation.Date) bool
}

// coverer is a Calendar that knows which years it lists holidays for.
type coverer interface {
	Covers(year int) bool
}

// DefaultCalendar returns the calendar due dates use when none is given:
// holiday.Default(), weekends plus the national holidays and cuti bersama
// days of 2015 to 2027, cuti bersama counted as non-working under the
// holiday.DefaultPolicy (unconfirmed; the unshifted date is shown as the
// safe one, see [Due]).
func DefaultCalendar() Calendar { return holiday.Default() }

// Weekends is the calendar of weekends alone: Saturdays and Sundays are not
// working days, every other day is. It lists no holidays, so a due date
// computed with it carries a warning that its year's holidays are not known.
type Weekends struct{}

// IsWorkingDay reports whether d is a Monday to Friday.
func (Weekends) IsWorkingDay(d regulation.Date) bool { return !holiday.IsWeekend(d) }

// Covers reports false: Weekends lists no year's holidays.
func (Weekends) Covers(int) bool { return false }

// Holidays is a calendar of weekends plus days the caller lists. Build it
// with [NewHolidays]; it is immutable and safe for concurrent use. For the
// national calendar with decrees, use package holiday.
type Holidays struct {
	days  map[regulation.Date]string
	years map[int]bool
}

// NewHolidays returns a calendar in which the given days, and weekends, are
// not working days. The map's values name the holidays and are not used. It
// covers the years with at least one listed day.
func NewHolidays(days map[regulation.Date]string) *Holidays {
	h := &Holidays{days: make(map[regulation.Date]string, len(days)), years: make(map[int]bool)}
	for d, name := range days {
		h.days[d] = name
		h.years[d.Year()] = true
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

// Covers reports whether h lists at least one day of year y.
func (h *Holidays) Covers(y int) bool { return h.years[y] }

// Due is the day a month's contribution must be paid by, with how it was
// found.
type Due struct {
	// Date is the last day to pay: Nominal, moved to a working day.
	Date regulation.Date `json:"date"`
	// Nominal is the rule's day before any move: the 15th, or under PP
	// 49/2020 the 30th (the last day of a shorter month).
	Nominal regulation.Date `json:"nominal"`
	// Safe is the earlier of Nominal and Date: paying by it is on time
	// under every reading of which days are working days (a cuti bersama
	// day among them, see holiday.DefaultPolicy).
	Safe regulation.Date `json:"safe"`
	// Past are the listed holidays and cuti bersama days the move went
	// past, each with its decree, in the order passed.
	Past []holiday.Day `json:"past,omitempty"`
	// Warnings say when a year the search reached is not covered by the
	// calendar (weekends only were skipped there), and when the move went
	// past a cuti bersama day, whose status is unconfirmed.
	Warnings problem.List `json:"warnings,omitempty"`
}

// DueDate returns the day the contribution of month m must be paid by; it is
// [Calculator.Due] without the explanation and the warnings.
func (c *Calculator) DueDate(seg membership.Segment, m regulation.Month, cal Calendar) (regulation.Date, error) {
	d, err := c.Due(seg, m, cal)
	return d.Date, err
}

// Due returns the day the contribution of month m must be paid by:
//   - BPU: the 15th of the month itself;
//   - PU: the 15th of the following month;
//
// moved to the next working day when it is not one ("apabila tanggal 15
// jatuh pada hari libur, maka iuran dibayarkan pada hari kerja berikutnya",
// PP 44/2015 as reported, see holiday.DefaultPolicy for cuti bersama); or,
// for a PU month under PP 49/2020 (August 2020 to January 2021), the 30th of
// the following month (its last day when shorter), moved to the working day
// before it when it is not one, as the press reported the relief's rule.
//
// cal may be nil for [DefaultCalendar]. Construction and migrant
// contributions are paid per project or placement, before it starts, and
// have no monthly due date: asking is an error.
func (c *Calculator) Due(seg membership.Segment, m regulation.Month, cal Calendar) (Due, error) {
	var l problem.List
	if !c.checkMonth(&l, m) {
		return Due{}, l.Err()
	}
	if cal == nil {
		cal = DefaultCalendar()
	}
	var nominal regulation.Date
	step := 1
	switch seg {
	case membership.BPU:
		nominal, _ = m.Day(15)
	case membership.PU:
		next := m.Add(1)
		nominal, _ = next.Day(15)
		if day, _, _ := c.puTerms(m); day > 0 {
			nominal, _ = next.Day(min(day, next.LastDay().Day()))
			step = -1
		}
	default:
		return Due{}, problem.New(ErrInvalidInput, "due_date.segment", "segment", seg.String(),
			"iuran jasa konstruksi dan PMI dibayar per proyek atau penempatan, tanpa jatuh tempo bulanan",
			"construction and migrant contributions are paid per project or placement, with no monthly due date")
	}
	return moveDue(nominal, step, cal), nil
}

// maxSkip bounds the search for a working day: no real calendar has a year
// of non-working days in a row.
const maxSkip = 366

// moveDue moves nominal by step days until a working day of cal, noting the
// listed days it passes and the years cal does not cover. A calendar with no
// working day within a year leaves the day where it is.
func moveDue(nominal regulation.Date, step int, cal Calendar) Due {
	d := Due{Date: nominal, Nominal: nominal}
	lister, _ := cal.(*holiday.Calendar)
	cov, _ := cal.(coverer)
	warned := map[int]bool{}
	found := false
	for i, x := 0, nominal; i < maxSkip; i, x = i+1, x.AddDays(step) {
		if y := x.Year(); cov != nil && !warned[y] && !cov.Covers(y) {
			warned[y] = true
			d.Warnings = append(d.Warnings, problem.New(ErrDueDateUncertain, "due_date.calendar_year", "due_date", fmt.Sprint(y),
				fmt.Sprintf("kalender tidak memuat hari libur tahun %d; jatuh tempo hanya melewati akhir pekan", y),
				fmt.Sprintf("the calendar lists no holidays for %d; the due date skips weekends only", y)))
		}
		if cal.IsWorkingDay(x) {
			d.Date, found = x, true
			break
		}
		if day, ok := lister.Lookup(x); ok {
			d.Past = append(d.Past, day)
		}
	}
	if !found {
		d.Date = nominal
	}
	d.Safe = earlier(nominal, d.Date)
	for _, day := range d.Past {
		if day.Kind != holiday.CutiBersama {
			continue
		}
		policyID, policyEN := lister.Policy().Name(), lister.Policy().Name()
		if e, ok := lister.Policy().Find(day.Date); ok {
			policyID += " = " + e.Value.String() + " (" + e.Value.Name(problem.Indonesian) + ") [" + e.Citation.Confidence.Label(problem.Indonesian) + "]"
			policyEN += " = " + e.Value.String() + " (" + e.Value.Name(problem.English) + ") [" + e.Citation.Confidence.Label(problem.English) + "]"
		}
		d.Warnings = append(d.Warnings, problem.New(ErrDueDateUncertain, "due_date.cuti_bersama", "due_date", day.Date.String(),
			fmt.Sprintf("digeser melewati cuti bersama %s, dihitung sebagai hari libur (%s; %s); BPJS belum menyatakannya, bayar paling lambat %s agar aman", day.NameIn(problem.Indonesian), policyID, day.Citation.InstrumentIn(problem.Indonesian), d.Safe),
			fmt.Sprintf("moved past a cuti bersama day, %s, counted as a holiday (%s; %s); BPJS has not said so, pay by %s to be safe", day.NameIn(problem.English), policyEN, day.Citation.InstrumentIn(problem.English), d.Safe)))
	}
	return d
}

// earlier returns the earlier of two days.
func earlier(a, b regulation.Date) regulation.Date {
	if b.Before(a) {
		return b
	}
	return a
}

// DueBill is a monthly bill with the day it is due.
type DueBill struct {
	Bill
	// Due is the day the bill is due, zero for construction and migrant
	// contributions, which have no monthly due date.
	Due regulation.Date `json:"due"`
	// SafeDue is the earlier of Due and the unshifted day (see [Due]), zero
	// when Due is.
	SafeDue regulation.Date `json:"safe_due,omitzero"`
	// DueWarnings are the warnings of the due date (see [Due]).
	DueWarnings problem.List `json:"due_warnings,omitempty"`
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
		due, err := c.Due(in.Segment, m, cal)
		if err != nil && in.Segment != membership.PMI && in.Segment != membership.Jakon {
			l.AddField(m.String(), err)
			continue
		}
		s.Bills = append(s.Bills, DueBill{Bill: b, Due: due.Date, SafeDue: due.Safe, DueWarnings: due.Warnings})
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
			"harus antara 1 dan 120 bulan dibayar di muka", "must be from 1 to 120 months paid ahead")
	}
	s, err := c.Statement(in, regulation.Months(from, from.Add(n-1)), cal)
	if err != nil {
		return Statement{}, err
	}
	for i := range s.Bills {
		s.Bills[i].Due, s.Bills[i].SafeDue, s.Bills[i].DueWarnings = s.Bills[0].Due, s.Bills[0].SafeDue, s.Bills[0].DueWarnings
	}
	return s, nil
}
