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

// checker gathers the problems of one parameter's entries.
type checker struct {
	l    *problem.List
	name string
	from regulation.Date
}

func (c *checker) bad(field, value, id, en string) {
	c.l.Add(problem.New(ErrInvalidParams, "params.value", problem.Join(c.name, field), value,
		fmt.Sprintf("%s (nilai yang berlaku sejak %s)", id, c.from),
		fmt.Sprintf("%s (the value in force from %s)", en, c.from)))
}

// rate checks that r is from 0% to 100%.
func (c *checker) rate(field string, r Rate) {
	if r.ppm < 0 || r.ppm > ppm {
		c.bad(field, r.String(), "tarif harus antara 0% dan 100%", "a rate must be from 0% to 100%")
	}
}

// amount checks that d is from zero (or, when positive is set, above zero)
// to limit, with an exponent that is cheap to work with (see maxExponent).
func (c *checker) amount(field string, d, limit decimal.Decimal, positive bool) bool {
	if tame(d) && !d.IsNegative() && !(positive && d.IsZero()) && !d.GreaterThan(limit) {
		return true
	}
	idLow, enLow := "paling sedikit Rp0", "at least Rp0"
	if positive {
		idLow, enLow = "lebih dari Rp0", "more than Rp0"
	}
	c.bad(field, text(d),
		fmt.Sprintf("jumlah harus %s dan paling banyak %s", idLow, rupiah.Format(limit, problem.Indonesian)),
		fmt.Sprintf("an amount must be %s and at most %s", enLow, rupiah.Format(limit, problem.English)))
	return false
}

// each runs check on the value of every entry of t.
func each[T any](l *problem.List, t *regulation.Timeline[T], check func(c *checker, v T)) {
	for _, e := range t.Entries() {
		check(&checker{l: l, name: t.Name(), from: e.From}, e.Value)
	}
}

// checkValues reports parameter values that no rule could have: rates outside
// 0%–100%, negative or absurd amounts, income bounds or steps out of order,
// contract-value tiers that do not start at zero or do not rise, unknown
// industries, impossible due days. The timelines must all be present.
func (p Params) checkValues() error {
	var l problem.List
	each(&l, p.PUJKK, func(c *checker, v RiskRates) {
		for i, r := range v {
			c.rate(RiskGroup(i+1).String(), r)
		}
	})
	each(&l, p.PUJKM, func(c *checker, v Rate) { c.rate("", v) })
	split := func(c *checker, v Split) { c.rate("employer", v.Employer); c.rate("worker", v.Worker) }
	each(&l, p.PUJHT, split)
	each(&l, p.PUJP, split)
	each(&l, p.PUJPCap, func(c *checker, v decimal.Decimal) { c.amount("", v, maxAmount, true) })
	each(&l, p.PUJKP, func(c *checker, v JKPRates) {
		c.rate("government", v.Government)
		c.rate("recomposition", v.Recomposition)
	})
	each(&l, p.PUJKPCap, func(c *checker, v decimal.Decimal) { c.amount("", v, maxAmount, true) })
	each(&l, p.PULateFee, func(c *checker, v Rate) { c.rate("", v) })
	each(&l, p.BPUJKK, func(c *checker, v Rate) { c.rate("", v) })
	each(&l, p.BPUJKM, func(c *checker, v decimal.Decimal) { c.amount("", v, maxAmount, false) })
	each(&l, p.BPUJHT, func(c *checker, v Rate) { c.rate("", v) })
	each(&l, p.BPUIncome, func(c *checker, v IncomeRange) {
		if c.amount("min", v.Min, maxAmount, true) && c.amount("max", v.Max, maxAmount, true) && v.Max.LessThan(v.Min) {
			c.bad("max", text(v.Max), "batas atas penghasilan di bawah batas bawahnya", "the highest income is below the lowest")
		}
	})
	each(&l, p.BPUSteps, func(c *checker, v IncomeSteps) {
		for i, s := range v {
			field := fmt.Sprintf("[%d]", i)
			if c.amount(field, s, maxAmount, true) && i > 0 && tame(v[i-1]) && !s.GreaterThan(v[i-1]) {
				c.bad(field, text(s), "daftar penghasilan harus naik", "the income steps must rise")
			}
		}
	})
	each(&l, p.PMI, func(c *checker, v PMIRates) {
		c.amount("pre_placement", v.PrePlacement, maxAmount, false)
		for n, a := range v.Placement {
			c.amount(fmt.Sprintf("placement.%d", n), a, maxAmount, false)
		}
		c.amount("extra_month", v.ExtraMonth, maxAmount, false)
		for i, a := range v.JHTOptions {
			c.amount(fmt.Sprintf("jht_options[%d]", i), a, maxAmount, true)
		}
	})
	each(&l, p.Jakon, func(c *checker, v JakonRates) {
		c.rate("wage_jkk", v.WageJKK)
		c.rate("wage_jkm", v.WageJKM)
		if len(v.Tiers) == 0 || !v.Tiers[0].Above.IsZero() {
			c.bad("tiers", "", "tingkat nilai kontrak harus dimulai dari Rp0", "the contract-value tiers must start at Rp0")
		}
		for i, t := range v.Tiers {
			field := fmt.Sprintf("tiers[%d]", i)
			c.rate(field+".jkk", t.JKK)
			c.rate(field+".jkm", t.JKM)
			if c.amount(field+".above", t.Above, maxThreshold, false) && i > 0 && tame(v.Tiers[i-1].Above) && !t.Above.GreaterThan(v.Tiers[i-1].Above) {
				c.bad(field+".above", text(t.Above), "tingkat nilai kontrak harus naik", "the contract-value tiers must rise")
			}
		}
	})
	each(&l, p.ReliefCovid, func(c *checker, v CovidRelief) {
		c.rate("discount", v.Discount)
		c.rate("jp_deferral", v.JPDeferral)
		c.rate("late_fee", v.LateFee)
		if v.DueDay < 1 || v.DueDay > 31 {
			c.bad("due_day", fmt.Sprint(v.DueDay), "tanggal jatuh tempo harus antara 1 dan 31", "the due day must be from 1 to 31")
		}
	})
	each(&l, p.ReliefIndustry, func(c *checker, v IndustryRelief) {
		c.rate("discount", v.Discount)
		if v.MinWorkers < 0 {
			c.bad("min_workers", fmt.Sprint(v.MinWorkers), "jumlah pekerja minimum tidak boleh negatif", "the minimum workforce cannot be negative")
		}
		for i, ind := range v.Industries {
			if !ind.isValid() {
				c.bad(fmt.Sprintf("industries[%d]", i), fmt.Sprint(uint8(ind)), "industri tidak dikenal", "unknown industry")
			}
		}
	})
	each(&l, p.ReliefBPU, func(c *checker, v BPURelief) { c.rate("discount", v.Discount) })
	return l.Err()
}
