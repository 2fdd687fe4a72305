package contribution

import (
	"fmt"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// Bounds on parameter values. No rule comes near them; they exist so that a
// mistyped override is refused when the calculator is built, and so that the
// batch engine's int64 arithmetic (basis × rate, flat amount × discount)
// can never overflow on a parameter set the calculator accepts.
var (
	// maxAmount bounds flat amounts, caps, income bounds and income steps:
	// Rp1,000,000,000,000.
	maxAmount = decimal.NewFromInt(1_000_000_000_000)
	// maxThreshold bounds the contract-value tier thresholds of construction
	// projects: 10^18.
	maxThreshold = decimal.New(1, 18)
)

// Checker gathers the problems of one entry of a parameter, for the value
// checks that parameter and relief declarations carry. Its field paths are
// below the parameter's name, which the caller puts in front.
type Checker struct {
	l    *problem.List
	from regulation.Date
}

// Bad reports that field (below the parameter, "" for the value itself)
// holds value, which no rule could have, with the reason in Indonesian and
// English; the message adds the entry's first day.
func (c *Checker) Bad(field, value, id, en string) {
	c.l.Add(problem.New(ErrInvalidParams, "params.value", field, value,
		fmt.Sprintf("%s (nilai yang berlaku sejak %s)", id, c.from),
		fmt.Sprintf("%s (the value in force from %s)", en, c.from)))
}

// Rate checks that r is from 0% to 100%.
func (c *Checker) Rate(field string, r Rate) {
	if r.ppm < 0 || r.ppm > ppm {
		c.Bad(field, r.String(), "tarif harus antara 0% dan 100%", "a rate must be from 0% to 100%")
	}
}

// amount checks that d is from zero (or, when positive is set, above zero)
// to limit, with an exponent that is cheap to work with (see maxExponent).
func (c *Checker) amount(field string, d, limit decimal.Decimal, positive bool) bool {
	if tame(d) && !d.IsNegative() && !(positive && d.IsZero()) && !d.GreaterThan(limit) {
		return true
	}
	idLow, enLow := "paling sedikit Rp0", "at least Rp0"
	if positive {
		idLow, enLow = "lebih dari Rp0", "more than Rp0"
	}
	c.Bad(field, text(d),
		fmt.Sprintf("jumlah harus %s dan paling banyak %s", idLow, rupiah.Format(limit, problem.Indonesian)),
		fmt.Sprintf("an amount must be %s and at most %s", enLow, rupiah.Format(limit, problem.English)))
	return false
}

// checkEach turns a check of one value into the check of an entry that a
// regulation.Param declaration takes; nil stays nil.
func checkEach[T any](check func(c *Checker, v T)) func(regulation.Entry[T]) error {
	if check == nil {
		return nil
	}
	return func(e regulation.Entry[T]) error {
		var l problem.List
		check(&Checker{l: &l, from: e.From}, e.Value)
		return l.Err()
	}
}

// The checks below are those of the parameters declared in params.go: values
// no rule could have, such as rates outside 0%–100%, negative or absurd
// amounts, income bounds or steps out of order, contract-value tiers that do
// not start at zero or do not rise.

func checkRate(c *Checker, v Rate) { c.Rate("", v) }

func checkRiskRates(c *Checker, v RiskRates) {
	for i, r := range v {
		c.Rate(RiskGroup(i+1).String(), r)
	}
}

func checkSplit(c *Checker, v Split) { c.Rate("employer", v.Employer); c.Rate("worker", v.Worker) }

func checkCap(c *Checker, v decimal.Decimal) { c.amount("", v, maxAmount, true) }

func checkFlat(c *Checker, v decimal.Decimal) { c.amount("", v, maxAmount, false) }

func checkJKP(c *Checker, v JKPRates) {
	c.Rate("government", v.Government)
	c.Rate("recomposition", v.Recomposition)
}

func checkIncomeRange(c *Checker, v IncomeRange) {
	if c.amount("min", v.Min, maxAmount, true) && c.amount("max", v.Max, maxAmount, true) && v.Max.LessThan(v.Min) {
		c.Bad("max", text(v.Max), "batas atas penghasilan di bawah batas bawahnya", "the highest income is below the lowest")
	}
}

func checkIncomeSteps(c *Checker, v IncomeSteps) {
	for i, s := range v {
		field := fmt.Sprintf("[%d]", i)
		if c.amount(field, s, maxAmount, true) && i > 0 && tame(v[i-1]) && !s.GreaterThan(v[i-1]) {
			c.Bad(field, text(s), "daftar penghasilan harus naik", "the income steps must rise")
		}
	}
}

func checkPMI(c *Checker, v PMIRates) {
	c.amount("pre_placement", v.PrePlacement, maxAmount, false)
	for n, a := range v.Placement {
		c.amount(fmt.Sprintf("placement.%d", n), a, maxAmount, false)
	}
	c.amount("extra_month", v.ExtraMonth, maxAmount, false)
	for i, a := range v.JHTOptions {
		c.amount(fmt.Sprintf("jht_options[%d]", i), a, maxAmount, true)
	}
}

func checkJakon(c *Checker, v JakonRates) {
	c.Rate("wage_jkk", v.WageJKK)
	c.Rate("wage_jkm", v.WageJKM)
	if len(v.Tiers) == 0 || !v.Tiers[0].Above.IsZero() {
		c.Bad("tiers", "", "tingkat nilai kontrak harus dimulai dari Rp0", "the contract-value tiers must start at Rp0")
	}
	for i, t := range v.Tiers {
		field := fmt.Sprintf("tiers[%d]", i)
		c.Rate(field+".jkk", t.JKK)
		c.Rate(field+".jkm", t.JKM)
		if c.amount(field+".above", t.Above, maxThreshold, false) && i > 0 && tame(v.Tiers[i-1].Above) && !t.Above.GreaterThan(v.Tiers[i-1].Above) {
			c.Bad(field+".above", text(t.Above), "tingkat nilai kontrak harus naik", "the contract-value tiers must rise")
		}
	}
}
