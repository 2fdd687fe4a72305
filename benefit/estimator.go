package benefit

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Estimator estimates benefits. Build one with [New] and share it: it is
// immutable and safe for concurrent use.
type Estimator struct {
	p    Params
	calc *contribution.Calculator
}

// New returns an estimator for a parameter set, using calc for every
// contribution it needs (the cost side of [Estimator.Protection], the JHT
// contributions of a projection, the JP rate of a lump sum). It fails with
// an error wrapping [ErrInvalidParams] when a timeline is missing or holds a
// value no rule could have.
func New(p Params, calc *contribution.Calculator) (*Estimator, error) {
	if calc == nil {
		return nil, problem.New(ErrInvalidParams, "params.missing", "calculator", "",
			"kalkulator iuran wajib diisi", "the contribution calculator is required")
	}
	if err := p.check(); err != nil {
		return nil, err
	}
	return &Estimator{p: p, calc: calc}, nil
}

var defaultEstimator = sync.OnceValue(func() *Estimator {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		panic(err) // the tests of both packages prove the defaults valid
	}
	e, err := New(DefaultParams(), calc)
	if err != nil {
		panic(err)
	}
	return e
})

// Default returns an estimator on [DefaultParams] and contribution's
// defaults. The tests prove the defaults valid, so it never fails.
func Default() *Estimator { return defaultEstimator() }

// Params returns the parameter set the estimator uses.
func (e *Estimator) Params() Params { return e.p }

// Calculator returns the contribution calculator the estimator uses.
func (e *Estimator) Calculator() *contribution.Calculator { return e.calc }

// Participant is what a benefit depends on about the participant.
type Participant struct {
	// Segment is PU (wage earner) or BPU (non-wage). Required.
	Segment membership.Segment `json:"segment,omitzero"`
	// Wage is the monthly wage reported to BPJS (PU) or the declared monthly
	// income (BPU), the basis of every wage-based benefit. Required for
	// those.
	Wage decimal.Decimal `json:"wage,omitzero"`
	// Start is the first day of membership. An event before it is an error
	// wrapping [ErrBeforeStart].
	Start regulation.Date `json:"start,omitzero"`
	// BirthDate is the participant's birth date, for the JHT age, the JP
	// retirement age and JKP's enrolment age.
	BirthDate regulation.Date `json:"birth_date,omitzero"`
	// ContributionMonths is the contribution period (masa iur) in months up
	// to the event. Zero means it is counted from Start, assuming every
	// month was paid (an assumption the result states).
	ContributionMonths int `json:"contribution_months,omitempty"`
	// Inactive says the membership was not active on the event date (for
	// BPU, after three unpaid months): JKM and JKK then pay nothing.
	Inactive bool `json:"inactive,omitempty"`
}

// maxMonths bounds every count of months an input may give: 100 years.
const maxMonths = 1200

// maxWage is the highest monthly wage accepted, as contribution accepts by
// default: anything above is taken for a typing error.
var maxWage = decimal.NewFromInt(1_000_000_000)

// check reports what is wrong with the participant for an event on d. needWage
// says that the benefit is wage-based.
func (p Participant) check(l *problem.List, d regulation.Date, needWage bool) {
	if !p.Segment.IsValid() {
		l.Add(problem.New(membership.ErrUnknownSegment, "segment.unknown", "participant.segment", p.Segment.String(),
			"wajib diisi: PU atau BPU", "is required: PU or BPU"))
	}
	if needWage {
		switch {
		case !tame(p.Wage) || !p.Wage.IsPositive():
			l.Add(invalid("participant.wage", amountText(p.Wage),
				"wajib diisi sebagai jumlah sebulan yang lebih dari nol", "is required, as a monthly amount more than zero"))
		case p.Wage.GreaterThan(maxWage):
			l.Add(invalid("participant.wage", amountText(p.Wage),
				"di atas Rp1.000.000.000 sebulan", "is above Rp1,000,000,000 a month"))
		}
	}
	if p.ContributionMonths < 0 || p.ContributionMonths > maxMonths {
		l.Add(invalid("participant.contribution_months", strconv.Itoa(p.ContributionMonths),
			"masa iur harus 0 sampai 1200 bulan", "the contribution period must be 0 to 1200 months"))
	}
	checkDate(l, "date", d)
	if !d.IsZero() && !p.Start.IsZero() && d.Before(p.Start) {
		l.Add(problem.New(ErrBeforeStart, "benefit.before_start", "date", d.String(),
			fmt.Sprintf("peristiwanya sebelum awal kepesertaan (%s)", p.Start),
			fmt.Sprintf("the event is dated before membership started (%s)", p.Start)))
	}
	if !p.BirthDate.IsZero() && !p.Start.IsZero() && p.Start.Before(p.BirthDate) {
		l.Add(invalid("participant.start", p.Start.String(),
			"sebelum tanggal lahir", "is before the birth date"))
	}
}

// checkDate reports a missing date.
func checkDate(l *problem.List, field string, d regulation.Date) {
	if d.IsZero() {
		l.Add(invalid(field, "", "wajib diisi: hari peristiwanya", "is required: the day of the event"))
	}
}

// months returns the contribution period up to d, and whether it was
// counted from the start date; -1 when neither it nor the start is given.
func (p Participant) months(d regulation.Date) (int, bool) {
	if p.ContributionMonths > 0 {
		return p.ContributionMonths, false
	}
	if p.Start.IsZero() {
		return -1, false
	}
	// Whole months from the start: 10 March 2021 to 10 March 2025 is 48.
	n := d.ContributionMonth().Sub(p.Start.ContributionMonth())
	if d.Day() < p.Start.Day() {
		n--
	}
	return max(n, 0), true
}

// wageBasis returns the wage of wage-based formulas, noting for a non-wage
// participant that the declared income is used.
func (p Participant) wageBasis(r *Result) decimal.Decimal {
	if p.Segment == membership.BPU {
		r.assume(bi("untuk peserta bukan penerima upah, penghasilan yang dilaporkan (%s) dipakai sebagai upah; BPJS menyatakan manfaat BPU sama dengan pekerja formal, tetapi teks pasalnya belum dilihat",
			"for a non-wage participant the declared income (%s) is used as the wage; BPJS says BPU benefits are the same as formal workers', but no article text was seen", p.Wage))
	}
	return p.Wage
}

// tame reports whether d's exponent is small enough for cheap arithmetic
// (see contribution: an amount of 1e100000000 would take minutes to print).
func tame(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -30 && e <= 30
}

func amountText(d decimal.Decimal) string {
	if tame(d) {
		return problem.Clip(d.String())
	}
	return problem.Clip(d.Coefficient().String()) + "e" + strconv.Itoa(int(d.Exponent()))
}

// at looks up the entry of t in force on d, adding the error to l.
func at[T any](l *problem.List, t *regulation.Timeline[T], d regulation.Date) (regulation.Entry[T], bool) {
	if d.IsZero() {
		return regulation.Entry[T]{}, false
	}
	e, err := t.At(d)
	if err != nil {
		l.Add(err)
		return e, false
	}
	return e, true
}

// times returns n × wage.
func times(n, wage decimal.Decimal) decimal.Decimal { return n.Mul(wage) }

// pct returns r × d rounded half up to whole rupiah.
func pct(r contribution.Rate, d decimal.Decimal) decimal.Decimal {
	return d.Mul(r.Fraction()).Round(0)
}
