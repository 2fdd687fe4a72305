package benefit

import (
	"strconv"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// PensionInput is a JP old-age pension estimate.
type PensionInput struct {
	// Participant gives the birth date, for the retirement age. It must be
	// a wage earner (PU): non-wage participants have no JP.
	Participant Participant `json:"participant"`
	// Months is the contribution period in months. Required.
	Months int `json:"months"`
	// AverageWage is the average monthly wage over the contribution period,
	// indexed by general inflation as PP 45/2015 Pasal 17 ayat (3) asks. This
	// module holds no inflation index: the caller gives the indexed average
	// (an unindexed one underestimates the pension). Required.
	AverageWage decimal.Decimal `json:"average_wage"`
	// Start is the day the pension starts. Zero means the day the
	// retirement age is reached (which needs the birth date).
	Start regulation.Date `json:"start,omitzero"`
}

// Pension estimates the JP old-age pension for its first year: 1% ×
// months ÷ 12 × the average indexed wage, held between the year's floor and
// ceiling, when the contribution period is at least 15 years; below it, the
// lump sum of contributions and yield, estimated as the contributions only
// (3% of the average wage for each month, before yield). A year whose floor
// and ceiling this module does not know (2017–2022, 2025 on) is an error
// wrapping regulation.ErrNoRuleInForce: load them as an override.
func (e *Estimator) Pension(in PensionInput) (Result, error) {
	var l problem.List
	p := in.Participant
	if p.Segment != membership.PU {
		l.Add(problem.New(membership.ErrProgramNotAllowed, "benefit.jp_segment", "participant.segment", p.Segment.String(),
			"JP hanya untuk pekerja penerima upah (PU)", "JP is for wage earners (PU) only"))
	}
	if in.Months < 1 || in.Months > maxMonths {
		l.Add(invalid("months", strconv.Itoa(in.Months), "masa iur harus 1 sampai 1200 bulan", "the contribution period must be 1 to 1200 months"))
	}
	if !tame(in.AverageWage) || !in.AverageWage.IsPositive() || in.AverageWage.GreaterThan(maxWage) {
		l.Add(invalid("average_wage", amountText(in.AverageWage), "wajib diisi, lebih dari nol dan paling banyak Rp1.000.000.000",
			"is required, more than zero and at most Rp1,000,000,000"))
	}
	start := in.Start
	var retire regulation.Date
	if !p.BirthDate.IsZero() {
		var err error
		retire, _, err = e.retirementDay(p.BirthDate)
		if err != nil {
			l.AddField("participant.birth_date", err)
		}
		if start.IsZero() {
			start = retire
		}
	}
	if start.IsZero() {
		l.Add(invalid("start", "", "tanggal mulai pensiun atau tanggal lahir wajib diisi", "the pension start or the birth date is required"))
	} else if !p.Start.IsZero() && start.Before(p.Start) {
		l.Add(problem.New(ErrBeforeStart, "benefit.before_start", "start", start.String(),
			"mulai pensiun sebelum awal kepesertaan", "the pension starts before membership started"))
	}
	f, _ := at(&l, e.p.Pension, start)
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	r := newResult(Retirement, membership.JP, start)
	if !retire.IsZero() {
		_, age, _ := e.members().LastJPMonth(p.BirthDate)
		r.condition(bi("usia pensiun tercapai pada %s (usia %d tahun yang berlaku pada tahun itu)", "the retirement age is reached on %s (age %d, in force that year)", retire, age.Value))
		r.cite(age.Citation)
		if start.Before(retire) {
			r.refuse(bi("usia pensiun baru tercapai pada %s", "the retirement age is reached only on %s", retire))
		}
		if late := addYears(retire, f.Value.MaxDeferYears); start.After(late) {
			r.condition(bi("pensiun dapat ditunda paling lama %d tahun setelah usia pensiun (sampai %s) bagi yang masih bekerja",
				"the pension may be deferred at most %d years after the retirement age (to %s) for someone still working", f.Value.MaxDeferYears, late))
		}
	}
	r.assume(Text{"upah rata-rata yang diberikan sudah diindeks dengan inflasi umum (PP 45/2015 Pasal 17 ayat (3))",
		"the average wage given is already indexed by general inflation (PP 45/2015 Pasal 17(3))"})
	if in.Months < f.Value.MinMonths {
		e.lumpSum(&l, &r, in, start, f)
		if err := l.Err(); err != nil {
			return Result{}, err
		}
		return r, nil
	}
	lim, ok := at(&l, e.p.PensionLimits, start)
	if !ok {
		return Result{}, l.Err()
	}
	yearsText := decimalInt(in.Months).Div(decimalInt(12))
	raw := in.AverageWage.Mul(decimalInt(in.Months)).Mul(f.Value.Accrual.Fraction()).Div(decimalInt(12)).Round(0)
	amount := raw
	working := bi("%s × %d/12 × %s = %s", "%s × %d/12 × %s = %s", f.Value.Accrual, in.Months, in.AverageWage, raw)
	switch {
	case raw.LessThan(lim.Value.Min):
		amount = lim.Value.Min
		working = bi("%s × %d/12 × %s = %s, di bawah batas bawah %d: %s", "%s × %d/12 × %s = %s, below the %d floor: %s",
			f.Value.Accrual, in.Months, in.AverageWage, raw, start.Year(), lim.Value.Min)
	case raw.GreaterThan(lim.Value.Max):
		amount = lim.Value.Max
		working = bi("%s × %d/12 × %s = %s, di atas batas atas %d: %s", "%s × %d/12 × %s = %s, above the %d ceiling: %s",
			f.Value.Accrual, in.Months, in.AverageWage, raw, start.Year(), lim.Value.Max)
	}
	r.add(Item{Key: "jp.pension", Label: bi("Pensiun hari tua, tahun pertama (%s tahun iuran)", "Old-age pension, first year (%s years of contributions)", yearsText.String()),
		Kind: Monthly, Amount: amount, Working: working, Parameter: e.p.Pension.Name(), Citation: f.Citation})
	r.cite(lim.Citation)
	r.condition(bi("batas bawah dan atas %d: %s dan %s per bulan", "%d floor and ceiling: %s and %s a month", start.Year(), lim.Value.Min, lim.Value.Max))
	r.condition(Text{"mulai tahun kedua, manfaat tahun sebelumnya dikali faktor indeksasi (inflasi umum tahun sebelumnya)",
		"from the second year, the previous year's benefit times the indexation factor (the previous year's general inflation)"})
	r.condition(bi("pensiun bulanan memerlukan masa iur paling sedikit %d bulan", "a monthly pension needs at least %d contribution months", f.Value.MinMonths))
	return r, nil
}

// lumpSum adds the JP lump sum below the 15-year condition.
func (e *Estimator) lumpSum(l *problem.List, r *Result, in PensionInput, start regulation.Date, f regulation.Entry[PensionRule]) {
	rates := e.calc.Params().PUJP
	m := start.ContributionMonth()
	rate, err := rates.At(m.FirstDay())
	if err != nil {
		l.Add(err)
		return
	}
	total := rate.Value.Employer.Add(rate.Value.Worker)
	amount := in.AverageWage.Mul(total.Fraction()).Mul(decimalInt(in.Months)).Round(0)
	r.add(Item{Key: "jp.lump_sum", Label: Text{"Manfaat sekaligus: iuran JP (sebelum hasil pengembangan)", "Lump sum: JP contributions (before yield)"},
		Kind: Cash, Amount: amount, Working: bi("%s × %s × %d bulan", "%s × %s × %d months", total, in.AverageWage, in.Months),
		Parameter: rates.Name(), Citation: rate.Citation})
	r.cite(f.Citation)
	r.condition(bi("masa iur %d bulan, kurang dari %d: tidak ada pensiun bulanan; dibayar sekaligus seluruh iuran ditambah hasil pengembangannya (UU SJSN Pasal 41)",
		"a contribution period of %d months, less than %d: no monthly pension; all contributions plus their yield are paid at once (UU SJSN Pasal 41)", in.Months, f.Value.MinMonths))
	r.assume(Text{"hasil pengembangan JP tidak diketahui modul ini dan tidak dihitung; batas upah JP setiap bulan tidak diterapkan pada upah rata-rata",
		"the JP development yield is not known to this module and is left out; the monthly JP wage cap is not applied to the average wage"})
}

// RetirementDay returns the day a person born on birth reaches the JP
// retirement age, and that age: the first birthday on which the person is
// as old as the age in force in that year (PP 45/2015 Pasal 15). Born in
// March 1968, they reach 59 in March 2027, while 59 applies (2025–2027);
// born in March 1969, they are 59 in 2028, when the age is 60, and reach
// it in March 2029. That the age of the year the birthday falls in applies
// is an assumption.
func (e *Estimator) RetirementDay(birth regulation.Date) (regulation.Date, int, error) {
	return e.retirementDay(birth)
}

func (e *Estimator) retirementDay(birth regulation.Date) (regulation.Date, int, error) {
	if birth.IsZero() {
		return regulation.Date{}, 0, invalid("birth_date", "", "wajib diisi", "is required")
	}
	// The month after the last JP month is the one the age is reached in
	// (membership holds the rule, and the retirement-age timeline).
	last, rule, err := e.members().LastJPMonth(birth)
	if err != nil {
		return regulation.Date{}, 0, err
	}
	reached := last.Add(1)
	d := addYears(birth, rule.Value)
	if d.ContributionMonth() != reached {
		d = reached.FirstDay() // reached before the first rule: its first day
	}
	return d, rule.Value, nil
}

// members returns the membership parameters of the estimator's calculator.
func (e *Estimator) members() membership.Params { return e.calc.Params().Membership }
