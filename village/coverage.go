package village

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Coverage is what a person's paid contribution months mean for their
// protection over a period: how many months of it were paid, and whether
// they are still protected when it is over. It is this module's one
// definition of "covered" for targets and reports: village plans use it
// for the coverage target and the desa-sadar criteria, and a partner
// report measuring the same people should use [MeasureCoverage] too.
//
// A person is protected over a period ([Coverage.Protected]) when every
// month of it was paid (Full) and their membership is active in the month
// after it ends, by the lapse rule of membership.Params.StatusAt: a
// non-wage (BPU) membership becomes non-active after three consecutive
// unpaid months (secondary: BPJS Ketenagakerjaan practice), so a worker paid
// January to September is non-active once December is over. A person with
// some months paid who is not protected is partly covered
// ([Coverage.Partial]); wage earners (PU) do not lapse, so for them only
// the months count.
type Coverage struct {
	// Period is the period measured; At the month after it, whose
	// membership status is given.
	Period regulation.MonthRange `json:"period"`
	At     regulation.Month      `json:"at"`
	// Paid is the number of months of the period paid, and First and Last
	// the first and last of them (zero when none).
	Paid  int              `json:"paid"`
	First regulation.Month `json:"first,omitzero"`
	Last  regulation.Month `json:"last,omitzero"`
	// Full says every month of the period was paid.
	Full bool `json:"full"`
	// Status is the membership status in month At.
	Status membership.Status `json:"status"`
}

// Protected reports whether the person was paid for every month of the
// period and is still active in the month after it.
func (c Coverage) Protected() bool { return c.Full && c.Status == membership.Active }

// Active reports whether the person's membership is active in the month
// after the period, whatever was paid within it.
func (c Coverage) Active() bool { return c.Status == membership.Active }

// Partial reports whether some month of the period was paid but the person
// is not protected over it.
func (c Coverage) Partial() bool { return c.Paid > 0 && !c.Protected() }

// MeasureCoverage measures one person's coverage over period with the
// membership parameters mp (the zero Params means this release's
// defaults): h is their membership (segment, first month, the months paid
// in any order, and any end), as membership.Params.StatusAt reads it. The
// status is taken in the month after the period, so the whole period
// counts toward a lapse; to measure on a report date, end the period with
// the month before the date's month. A history StatusAt refuses is an
// error, as is an empty period.
func MeasureCoverage(mp membership.Params, h membership.History, period regulation.MonthRange) (Coverage, error) {
	if period.From.IsZero() || period.Len() <= 0 {
		return Coverage{}, problem.New(ErrInvalidEnrolment, CodeMonths, "period", period.String(),
			"Periode cakupan tidak boleh kosong.", "The coverage period must not be empty.")
	}
	c := Coverage{Period: period, At: period.To.Add(1)}
	for _, m := range h.Paid {
		if !period.Contains(m) {
			continue
		}
		c.Paid++
		if c.First.IsZero() || m.Before(c.First) {
			c.First = m
		}
		if m.After(c.Last) {
			c.Last = m
		}
	}
	c.Full = c.Paid == period.Len()
	st, err := mp.StatusAt(h, c.At)
	if err != nil {
		return Coverage{}, err
	}
	c.Status = st
	return c, nil
}
