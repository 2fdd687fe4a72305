package village

import (
	"fmt"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// maxBudget is the largest budget or ceiling taken as a limit, one
// quadrillion rupiah: far above any public budget, and far below where
// int64 sums could overflow.
const maxBudget = 1_000_000_000_000_000

// Capacity answers the reverse question of a plan: how many workers a
// budget covers with one package over some months.
type Capacity struct {
	// Months are the months each worker is covered.
	Months regulation.MonthRange `json:"months"`
	// PerWorker is what one worker costs the budget over those months:
	// the source's part, including the worker's own share only when the
	// source pays it.
	PerWorker decimal.Decimal `json:"per_worker"`
	// Workers is the number of workers the budget covers in full.
	Workers int `json:"workers"`
	// Spent is Workers times PerWorker, and Left what remains.
	Spent decimal.Decimal `json:"spent"`
	Left  decimal.Decimal `json:"left"`
	// Reading is the planner's reading of PP 50/2025 for village budgets;
	// OtherPerWorker and OtherWorkers are the cost of one worker and the
	// number of workers the budget covers under the other reading (the same
	// as PerWorker and Workers when nothing depends on it).
	Reading        Reading         `json:"reading"`
	OtherPerWorker decimal.Decimal `json:"other_per_worker"`
	OtherWorkers   int             `json:"other_workers"`
	// Warnings are as a plan's: a source the funding policy does not
	// allow, an income brought into range.
	Warnings problem.List `json:"warnings,omitempty"`
}

// Capacity computes how many workers enrolled like e (its group, programs,
// wage, source, sector; NIK and name are not needed) a budget covers for
// the given months, which must lie within one fiscal year. Each month's law
// applies, so a discount inside the months lowers the cost of those months
// only. The funding policy of the months' fiscal year is checked as
// [Planner.Plan] checks it.
//
// Given a whole ceiling, Capacity answers "from zero"; to answer "after
// this plan", give it what the plan leaves of the source
// ([SourceTotal.Left]).
func (p *Planner) Capacity(budget decimal.Decimal, e Enrolment, months regulation.MonthRange) (Capacity, error) {
	var errs, warns problem.List
	if !sane(budget) {
		errs.Add(problem.New(ErrInvalidCeiling, CodeCeiling, "budget", "",
			"Tidak masuk akal; periksa kembali angkanya.", "Implausible; check the figure."))
	} else if budget.IsNegative() {
		errs.Add(problem.New(ErrInvalidCeiling, CodeCeiling, "budget", budget.String(),
			"Tidak boleh negatif.", "Cannot be negative."))
	} else if budget.GreaterThan(decimal.NewFromInt(maxBudget)) {
		errs.Add(problem.New(ErrInvalidCeiling, CodeCeiling, "budget", budget.String(),
			"Melebihi batas wajar; periksa kembali angkanya.", "Above the plausible limit; check the figure."))
	}
	if months.From.IsZero() || months.Len() <= 0 || months.To.Year() != months.From.Year() {
		errs.Add(problem.New(ErrInvalidEnrolment, CodeMonths, "months", months.String(),
			"Rentang bulan harus tidak kosong dan di dalam satu tahun anggaran.", "The range of months must not be empty and must lie within one fiscal year."))
		return Capacity{}, errs.Err()
	}
	fy, err := newFiscal(months.From.Year())
	if err != nil {
		errs.Add(err)
		return Capacity{}, errs.Err()
	}
	e.From, e.To, e.Line = months.From, months.To, 0
	it, ok := p.resolve(nil, 0, &e, fy, false, &errs, &warns)
	if ok && months.To.After(p.through) {
		errs.Add(problem.New(ErrOutsideYear, CodeBeyondParams, "months", months.String(),
			fmt.Sprintf("Parameter iuran hanya berlaku sampai %s.", p.through),
			fmt.Sprintf("The contribution parameters only vouch for months up to %s.", p.through)))
	}
	if err := errs.Err(); err != nil {
		return Capacity{}, err
	}
	pol := p.policies(fy)[it.source]
	if !pol.known || !pol.allowed.Has(it.group) {
		pe := policyProblem("source", it.source, it.group, pol, fy.year, 1)
		if p.opts.Strict {
			return Capacity{}, problem.List{pe}
		}
		warns.Add(pe)
	}
	row := p.row(&it)
	otherBudget := p.opts.Reading.Other().budget(it.source)
	var per, other int64
	cost := func(res contribution.Result) int64 {
		c := res.Totals[contribution.Employer] + res.Totals[contribution.Sponsor]
		if it.source == SelfPaid {
			c += res.Totals[contribution.Worker]
		}
		return c
	}
	for m := range months.All() {
		row.Month = m
		res := p.engine.One(row)
		if res.Err != nil {
			errs.AddField(m.String(), res.Err)
			continue
		}
		per += cost(res)
		if alt := row; it.seg == membership.BPU && otherBudget != row.Budget && p.bpuRelief(m) {
			alt.Budget = otherBudget
			if ra := p.engine.One(alt); ra.Err == nil {
				other += cost(ra)
				continue
			}
		}
		other += cost(res)
	}
	if err := errs.Err(); err != nil {
		return Capacity{}, err
	}
	c := Capacity{Months: months, PerWorker: rp(per), Spent: decimal.Zero, Left: budget, Warnings: warns,
		Reading: p.opts.Reading, OtherPerWorker: rp(other)}
	if per > 0 {
		n := budget.IntPart() / per
		c.Workers = int(n)
		c.Spent = rp(n * per)
		c.Left = budget.Sub(c.Spent)
	}
	if other > 0 {
		c.OtherWorkers = int(budget.IntPart() / other)
	}
	return c, nil
}
