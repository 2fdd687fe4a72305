package contribution

import (
	"slices"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// noFeeBPU is the source for BPU paying no late fee.
var noFeeBPU = regulation.Citation{Instrument: "BPJS Ketenagakerjaan FAQ", Confidence: regulation.Secondary,
	Note:       "no late fee (denda) for BPU participants; a claim of 2% elsewhere contradicts it and is not encoded",
	Indonesian: regulation.Wording{Instrument: "tanya jawab (FAQ) BPJS Ketenagakerjaan"}}

// ArrearsMonth is one unpaid month past its due date.
type ArrearsMonth struct {
	// Month is the unpaid contribution month.
	Month regulation.Month `json:"month"`
	// Due is the day it was due (see [Calculator.Due]).
	Due regulation.Date `json:"due"`
	// DueWarnings are the warnings of the due date: a year the calendar
	// does not cover, a move past a cuti bersama day.
	DueWarnings problem.List `json:"due_warnings,omitempty"`
	// Billed is the month's billed amount, the principal owed.
	Billed decimal.Decimal `json:"billed"`
	// MonthsLate counts each month or part of a month from the due date to
	// the payment date: one day late is one month.
	MonthsLate int `json:"months_late"`
	// FeeRate is the late fee per month of delay: 2%, 0.5% under
	// PP 49/2020, 0% for BPU.
	FeeRate Rate `json:"fee_rate"`
	// Fee is Billed × FeeRate × MonthsLate, rounded once.
	Fee decimal.Decimal `json:"fee"`
	// Citation is the source of the fee rate (or of there being none).
	Citation regulation.Citation `json:"citation"`
}

// Arrears is what a participant owes on a payment date for months not paid
// by their due dates.
type Arrears struct {
	// PaidOn is the payment date the account is for.
	PaidOn regulation.Date `json:"paid_on"`
	// Months are the months in arrears, in order.
	Months []ArrearsMonth `json:"months"`
	// Principal is the sum of the months' billed amounts.
	Principal decimal.Decimal `json:"principal"`
	// Fees is the sum of the months' late fees.
	Fees decimal.Decimal `json:"fees"`
	// Total is Principal plus Fees.
	Total decimal.Decimal `json:"total"`
	// NonActive says a BPU participant had as many consecutive months unpaid
	// past their due dates as the lapse rule allows (membership parameter
	// "bpu.lapse_months", 3); NonActiveFrom is the last of the first such run.
	NonActive bool `json:"non_active"`
	// NonActiveFrom is the month the membership became non-active, when
	// NonActive is set.
	NonActiveFrom regulation.Month `json:"non_active_from,omitzero"`
}

// Arrears computes what is owed on day on for the months of owed that are
// not in paid and whose due date has passed. Wage earners' employers pay a
// late fee on each such month — the rate in force for that month (2% per
// month of delay; 0.5% under PP 49/2020) times the months late; non-wage
// participants pay none, and after the lapse rule's number of consecutive
// unpaid months (3) they are non-active. Construction and migrant contributions have no
// monthly due date and are refused.
func (c *Calculator) Arrears(in Input, owed regulation.MonthRange, paid []regulation.Month, on regulation.Date, cal Calendar) (Arrears, error) {
	if in.Segment != membership.PU && in.Segment != membership.BPU {
		return Arrears{}, problem.New(ErrInvalidInput, "arrears.segment", "segment", in.Segment.String(),
			"tunggakan hanya dihitung untuk PU dan BPU", "arrears are computed for PU and BPU only")
	}
	if on.IsZero() {
		return Arrears{}, problem.New(ErrInvalidInput, "input.paid_on", "paid_on", "",
			"wajib diisi", "is required")
	}
	a := Arrears{PaidOn: on}
	var l problem.List
	run := 0
	for m := range owed.All() {
		dd, err := c.Due(in.Segment, m, cal)
		due := dd.Date
		if err != nil {
			l.AddField(m.String(), err)
			continue
		}
		if slices.Contains(paid, m) || !on.After(due) {
			run = 0
			continue
		}
		run++
		lapse, err := c.lapseMonths(m)
		if err != nil {
			l.AddField(m.String(), err)
			continue
		}
		if in.Segment == membership.BPU && run == lapse && !a.NonActive {
			a.NonActive, a.NonActiveFrom = true, m
		}
		b, err := c.Bill(in, m)
		if err != nil {
			l.AddField(m.String(), err)
			continue
		}
		am := ArrearsMonth{Month: m, Due: due, DueWarnings: dd.Warnings, Billed: b.Billed, MonthsLate: monthsLate(due, on), Citation: noFeeBPU}
		if in.Segment == membership.PU {
			fee, cite, err := c.lateFee(m)
			if err != nil {
				l.AddField(m.String(), err)
				continue
			}
			am.FeeRate, am.Citation = fee, cite
			am.Fee = c.o.Rounding.round(b.Billed.Mul(fee.Fraction()).Mul(decimal.NewFromInt(int64(am.MonthsLate))))
		}
		a.Months = append(a.Months, am)
		a.Principal = a.Principal.Add(am.Billed)
		a.Fees = a.Fees.Add(am.Fee)
	}
	if err := l.Err(); err != nil {
		return Arrears{}, err
	}
	a.Total = a.Principal.Add(a.Fees)
	return a, nil
}

// lapseMonths is the BPU lapse rule for month m.
func (c *Calculator) lapseMonths(m regulation.Month) (int, error) {
	t := c.p.Membership.BPULapseMonths
	if t == nil {
		t = membership.DefaultParams().BPULapseMonths
	}
	e, err := t.InMonth(m)
	return e.Value, err
}

// lateFee is the PU late fee rate for contribution month m.
func (c *Calculator) lateFee(m regulation.Month) (Rate, regulation.Citation, error) {
	if _, fee, cite := c.puTerms(m); fee != nil {
		return *fee, cite, nil
	}
	e, err := c.p.PULateFee.InMonth(m)
	if err != nil {
		return Rate{}, regulation.Citation{}, err
	}
	return e.Value, e.Citation, nil
}

// monthsLate counts the months, whole or begun, from due to on (on after due).
func monthsLate(due, on regulation.Date) int {
	n := (on.Year()-due.Year())*12 + int(on.Month()) - int(due.Month())
	if on.Day() > due.Day() {
		n++
	}
	return max(n, 1)
}
