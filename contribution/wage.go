package contribution

import (
	"fmt"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// PayKind is how a wage earner is paid, which decides how the monthly wage
// that contributions are reckoned on is found (regulations.md §3.1, BPJS
// Perdir 22/PERDIR.02/072022 as quoted in the PROBIS Kepesertaan manual).
type PayKind uint8

const (
	// MonthlyPay is a monthly wage: basic wage plus fixed allowances, used
	// as it is. It is the zero value.
	MonthlyPay PayKind = iota
	// DailyPay is a daily wage: the monthly wage is the daily wage times 25.
	DailyPay
	// PieceRatePay is pay per piece or per output: the monthly wage is the
	// average of the last 3 months' earnings.
	PieceRatePay
	// WeatherPieceRatePay is piece work that depends on the weather (farm
	// and fishing work): the monthly wage is the average of the last 12
	// months' earnings.
	WeatherPieceRatePay
)

var payKindNames = [...]string{MonthlyPay: "MONTHLY", DailyPay: "DAILY", PieceRatePay: "PIECE_RATE", WeatherPieceRatePay: "WEATHER_PIECE_RATE"}

// String returns the kind's code, such as "DAILY".
func (k PayKind) String() string {
	if int(k) >= len(payKindNames) {
		return ""
	}
	return payKindNames[k]
}

// WageRules are the numbers of the wage-basis rule ("pu.wage_basis"): the
// days a daily wage is multiplied by, and the months a piece-rate and a
// weather-dependent piece-rate wage are averaged over.
type WageRules struct {
	// DailyDays is what a daily wage is multiplied by, 25.
	DailyDays int `json:"daily_days"`
	// PieceRateMonths is how many months piece-rate earnings are averaged
	// over, 3.
	PieceRateMonths int `json:"piece_rate_months"`
	// WeatherMonths is how many months weather-dependent piece-rate
	// earnings are averaged over, 12.
	WeatherMonths int `json:"weather_months"`
}

// Wage is the monthly wage BPJS reckons contributions on, with the rule
// that gave it.
type Wage struct {
	// Monthly is the monthly wage, in rupiah; an average is rounded half-up
	// to whole rupiah (no rule on its rounding was found).
	Monthly decimal.Decimal `json:"monthly"`
	// Kind is how the worker is paid.
	Kind PayKind `json:"kind"`
	// Used is how many amounts the rule took: the last ones given.
	Used int `json:"used"`
	// Citation is the source of the rule.
	Citation regulation.Citation `json:"citation"`
}

// MonthlyWage turns what a wage earner is paid into the monthly wage that
// contributions for month m are reckoned on:
//
//   - MonthlyPay: one amount, the monthly wage, used as it is;
//   - DailyPay: one amount, the daily wage, times 25;
//   - PieceRatePay: the earnings of past months, oldest first; the average
//     of the last 3;
//   - WeatherPieceRatePay: likewise, the average of the last 12.
//
// The numbers come from the "pu.wage_basis" parameter in force in m. Every
// amount must be more than zero, have at most two decimal places and be at
// most Rp1,000,000,000; too few amounts, or more than one for a monthly or
// daily wage, is an error. Every problem is reported at once, with field
// "amounts[i]" or "amounts", wrapping [ErrInvalidWage].
func (p Params) MonthlyWage(kind PayKind, m regulation.Month, amounts ...decimal.Decimal) (Wage, error) {
	if kind > WeatherPieceRatePay {
		return Wage{}, problem.New(ErrInvalidWage, "wage.kind", "kind", fmt.Sprint(uint8(kind)),
			"cara pembayaran upah tidak dikenal", "unknown way of paying the wage")
	}
	e, err := p.WageBasis.InMonth(m)
	if err != nil {
		return Wage{}, err
	}
	need, exact := 1, true
	switch kind {
	case PieceRatePay:
		need, exact = e.Value.PieceRateMonths, false
	case WeatherPieceRatePay:
		need, exact = e.Value.WeatherMonths, false
	}
	var l problem.List
	switch {
	case exact && len(amounts) != 1:
		l = append(l, problem.New(ErrInvalidWage, "wage.count", "amounts", fmt.Sprint(len(amounts)),
			"upah bulanan atau harian diberikan sebagai satu jumlah", "a monthly or daily wage is given as one amount"))
	case len(amounts) < need:
		l = append(l, problem.New(ErrInvalidWage, "wage.count", "amounts", fmt.Sprint(len(amounts)),
			fmt.Sprintf("rata-rata upah borongan memerlukan penghasilan %d bulan terakhir (%s)", need, e.Citation.Format(problem.Indonesian)),
			fmt.Sprintf("the piece-rate average needs the earnings of the last %d months (%s)", need, e.Citation.Format(problem.English))))
	}
	for i, a := range amounts {
		if !tame(a) || !a.IsPositive() || a.GreaterThan(defaultMaxBasis) || !a.Equal(a.Truncate(2)) {
			l = append(l, problem.New(ErrInvalidWage, "wage.amount", fmt.Sprintf("amounts[%d]", i), text(a),
				"jumlah upah harus lebih dari nol, paling banyak Rp1.000.000.000 dan paling banyak dua angka desimal",
				"an amount must be more than zero, at most Rp1,000,000,000 and have at most two decimal places"))
		}
	}
	if err := l.Err(); err != nil {
		return Wage{}, err
	}
	w := Wage{Kind: kind, Used: need, Citation: e.Citation}
	switch kind {
	case MonthlyPay:
		w.Monthly = amounts[0]
	case DailyPay:
		w.Monthly = amounts[0].Mul(decimal.NewFromInt(int64(e.Value.DailyDays)))
	default:
		sum := decimal.Zero
		for _, a := range amounts[len(amounts)-need:] {
			sum = sum.Add(a)
		}
		w.Monthly = HalfUp.round(sum.Div(decimal.NewFromInt(int64(need))))
	}
	return w, nil
}

// wageRules are the built-in entries of "pu.wage_basis".
func wageRules() []regulation.Entry[WageRules] {
	v := WageRules{DailyDays: 25, PieceRateMonths: 3, WeatherMonths: 12}
	return []regulation.Entry[WageRules]{{
		From: day(2015, 7, 1), Until: day(2022, 6, 30), Value: v,
		Citation: cite("Kepmenaker 150/1999", "Pasal 10", regulation.Unconfirmed,
			"daily wage × 25 as in Kepmenaker 150/1999 Pasal 10 and the pay rules (a 6-day week) [secondary, hukumonline]; "+
				"that BPJS averaged piece-rate earnings over 3 months and weather-dependent ones over 12 before Perdir "+
				"22/PERDIR.02/072022 is assumed"),
	}, {
		From: day(2022, 7, 1), Value: v,
		Citation: cite("BPJS Ketenagakerjaan Perdir 22/PERDIR.02/072022", "", regulation.Secondary,
			"wage reporting: daily wage × 25, piece rate the average of the last 3 months, weather-dependent piece work "+
				"the average of the last 12 months (verbatim excerpt in BPJS's PROBIS Kepesertaan manual p.15, article not "+
				"shown); its first day is assumed to be 1 July 2022"),
	}}
}

func checkWageRules(c *Checker, v WageRules) {
	for _, f := range []struct {
		name string
		n    int
	}{{"daily_days", v.DailyDays}, {"piece_rate_months", v.PieceRateMonths}, {"weather_months", v.WeatherMonths}} {
		if f.n < 1 || f.n > 31 && f.name == "daily_days" || f.n > 60 {
			c.Bad(f.name, fmt.Sprint(f.n), "jumlah hari atau bulan di luar batas wajar", "the number of days or months is out of range")
		}
	}
}
