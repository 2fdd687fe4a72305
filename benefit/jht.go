package benefit

import (
	"fmt"
	"strconv"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// The plausible range of an assumed JHT development yield. The law
// guarantees at least the average 12-month deposit rate of the state banks
// (UU SJSN Pasal 37, as BPJS states it), which has never been negative, so
// the floor is 0%; the highest yield on record is 10.10% (PT Jamsostek,
// 2011–2012) and the declared BPJS yields found are 5.63% (2020) and 7.19%
// (2016), so 15%, half as much again as the highest, is the ceiling. An
// assumption outside it is an error wrapping [ErrImplausibleYield].
var (
	MinAssumedYield = contribution.MustRate("0%")
	MaxAssumedYield = contribution.MustRate("15%")
)

// MonthAmount is an amount for one contribution month.
type MonthAmount struct {
	// Month is the contribution month.
	Month regulation.Month `json:"month"`
	// Amount is the amount, in rupiah.
	Amount decimal.Decimal `json:"amount"`
}

// JHTInput is a JHT balance projection: from a contribution history, or
// from a steady wage or income from a start month.
type JHTInput struct {
	// Participant gives the segment and, without History, the steady wage
	// (PU) or declared income (BPU) the contributions are computed on.
	Participant Participant `json:"participant"`
	// From is the first contribution month. With History it may be left
	// zero: the first month of the history.
	From regulation.Month `json:"from,omitzero"`
	// To is the last month of the projection, included. With History it
	// may be left zero: the last month of the history.
	To regulation.Month `json:"to,omitzero"`
	// History, when given, is the JHT contribution (both shares) paid for
	// each month, in order, in place of a steady wage.
	History []MonthAmount `json:"history,omitempty"`
	// OpeningBalance is the balance before From.
	OpeningBalance decimal.Decimal `json:"opening_balance,omitzero"`
	// AsOf is the day the projection is made. A year with a declared yield
	// takes it; of the others, a year before AsOf's is past (an error
	// unless AssumeUndeclared), and AsOf's year and later ones take
	// AssumedYield. Required.
	AsOf regulation.Date `json:"as_of"`
	// AssumedYield is the caller's assumption for the years with no declared
	// yield yet, from [MinAssumedYield] to [MaxAssumedYield]; the result
	// shows it as an assumption.
	AssumedYield *contribution.Rate `json:"assumed_yield,omitempty"`
	// AssumeUndeclared applies AssumedYield to past years whose declared
	// yield this module does not know, too (each is listed as an
	// assumption). Without it such a year is an error wrapping
	// [ErrValueUnknown]: load its yield as an override instead.
	AssumeUndeclared bool `json:"assume_undeclared,omitempty"`
}

// JHTBalance projects the JHT balance: the contributions of each month
// (from History, or worked out by the contribution calculator on the
// steady wage, both shares) with the development yield of each year — the
// declared one for a past year, the caller's assumption otherwise. The yield
// is credited once a year, on the opening balance for the whole year and on
// each month's contribution for the months of the year after it (an
// assumption of this module, which the result states); it is rounded half
// up to whole rupiah. The balance is what JHT pays (PP 46/2015 Pasal 22).
func (e *Estimator) JHTBalance(in JHTInput) (Result, error) {
	var l problem.List
	months := e.jhtMonths(&l, in)
	if !in.AsOf.IsZero() && !in.Participant.Start.IsZero() && in.AsOf.Before(in.Participant.Start) {
		l.Add(problem.New(ErrBeforeStart, "benefit.before_start", "as_of", in.AsOf.String(),
			"tanggal proyeksi sebelum awal kepesertaan", "the projection is dated before membership started"))
	}
	if in.AsOf.IsZero() {
		l.Add(invalid("as_of", "", "tanggal proyeksi wajib diisi", "the projection date is required"))
	}
	if !tame(in.OpeningBalance) || in.OpeningBalance.IsNegative() || in.OpeningBalance.GreaterThan(maxBalance) {
		l.Add(invalid("opening_balance", amountText(in.OpeningBalance), "harus 0 sampai Rp1.000.000.000.000", "must be 0 to Rp1,000,000,000,000"))
	}
	if in.AssumedYield != nil {
		if y := *in.AssumedYield; y.PPM() < MinAssumedYield.PPM() || y.PPM() > MaxAssumedYield.PPM() {
			l.Add(problem.New(ErrImplausibleYield, "jht.yield_assumption", "assumed_yield", y.String(),
				fmt.Sprintf("harus %s sampai %s", MinAssumedYield, MaxAssumedYield),
				fmt.Sprintf("must be %s to %s", MinAssumedYield, MaxAssumedYield)))
		}
	}
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	r := newResult(JHTBalance, membership.JHT, in.AsOf)
	// Yields year by year.
	first, last := months[0].Month.Year(), months[len(months)-1].Month.Year()
	rates := make(map[int]contribution.Rate, last-first+1)
	var undeclared []string
	for y := first; y <= last; y++ {
		if en, ok := e.p.Yield.Find(day(y, 1, 1)); ok {
			rates[y] = en.Value
			r.cite(en.Citation)
			continue
		}
		past := y < in.AsOf.Year()
		switch {
		case in.AssumedYield != nil && (!past || in.AssumeUndeclared):
			rates[y] = *in.AssumedYield
			if past {
				undeclared = append(undeclared, strconv.Itoa(y))
			}
		case past:
			l.Add(problem.New(ErrValueUnknown, "jht.yield_unknown", "assume_undeclared", strconv.Itoa(y),
				fmt.Sprintf("hasil pengembangan JHT yang diumumkan untuk tahun %d tidak diketahui: muat nilainya (benefit.jht.yield) atau pakai asumsi", y),
				fmt.Sprintf("the declared JHT yield of %d is not known: load it (benefit.jht.yield) or use the assumption", y)))
		default:
			l.Add(problem.New(ErrValueUnknown, "jht.yield_assumption", "assumed_yield", strconv.Itoa(y),
				fmt.Sprintf("tahun %d belum memiliki hasil pengembangan yang diumumkan: berikan asumsi", y),
				fmt.Sprintf("%d has no declared yield yet: give an assumption", y)))
		}
	}
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	if in.AssumedYield != nil {
		r.assume(bi("hasil pengembangan %s setahun untuk tahun %d dan sesudahnya (asumsi pemanggil, bukan janji BPJS)",
			"a yield of %s a year for %d and later (the caller's assumption, not a BPJS promise)", *in.AssumedYield, in.AsOf.Year()))
	}
	if len(undeclared) > 0 {
		r.assume(bi("asumsi yang sama untuk tahun yang hasilnya belum diketahui modul ini: %s", "the same assumption for years whose declared yield this module does not know: %s", joinComma(undeclared)))
	}
	r.assume(Text{"hasil dikreditkan setahun sekali: atas saldo awal tahun penuh, dan atas iuran setiap bulan untuk sisa bulan tahun itu setelah bulan iurannya",
		"the yield is credited once a year: on the opening balance for the whole year, and on each month's contribution for the months of the year after it"})
	if through := e.calc.Params().Through; len(in.History) == 0 && in.To.After(through) {
		r.assume(bi("iuran setelah %s memakai tarif bulan itu, tanpa kenaikan upah", "contributions after %s use that month's rates, with no wage rise", through))
	}
	balance := in.OpeningBalance
	paid, earned := decimal.Zero, decimal.Zero
	i := 0
	for y := first; y <= last; y++ {
		rate := rates[y]
		yearPaid, weighted := decimal.Zero, decimal.Zero
		for ; i < len(months) && months[i].Month.Year() == y; i++ {
			c := months[i].Amount
			yearPaid = yearPaid.Add(c)
			weighted = weighted.Add(c.Mul(decimalInt(12 - int(months[i].Month.Month()))))
		}
		yield := balance.Add(weighted.Div(decimalInt(12))).Mul(rate.Fraction()).Round(0)
		balance = balance.Add(yearPaid).Add(yield)
		paid, earned = paid.Add(yearPaid), earned.Add(yield)
		r.pay(Payment{Label: bi("%d: iuran %s, hasil pengembangan (%s) %s, saldo akhir tahun", "%d: contributions %s, yield (%s) %s, year-end balance",
			y, yearPaid, rate, yield), Amount: balance})
	}
	jht, _ := e.p.JHT.Find(in.AsOf)
	c := regulation.Citation{Instrument: "PP 46/2015", Article: "Pasal 22 ayat (2)–(3)", Confidence: regulation.Text, Note: "the benefit is every contribution paid plus its development yield"}
	if jht.Citation.Confidence.IsValid() {
		c = jht.Citation
	}
	r.add(Item{Key: "jht.contributions", Label: Text{"Iuran yang dibayar", "Contributions paid"}, Kind: Balance, Amount: paid,
		Working: bi("%d bulan", "%d months", len(months)), Parameter: e.p.JHT.Name(), Citation: c})
	r.add(Item{Key: "jht.yield", Label: Text{"Hasil pengembangan", "Development yield"}, Kind: Balance, Amount: earned, Parameter: e.p.Yield.Name(), Citation: c})
	r.add(Item{Key: "jht.balance", Label: bi("Saldo JHT akhir %s", "JHT balance at the end of %s", months[len(months)-1].Month), Kind: Balance,
		Amount: balance, Working: bi("saldo awal %s + iuran + hasil", "opening %s + contributions + yield", in.OpeningBalance), Parameter: e.p.JHT.Name(), Citation: c})
	r.condition(Text{"JHT dibayar sekaligus: seluruh iuran ditambah hasil pengembangannya (PP 46/2015 Pasal 22)",
		"JHT is paid as a lump sum: every contribution plus its development yield (PP 46/2015 Pasal 22)"})
	return r, nil
}

// maxBalance bounds a JHT balance given as input: Rp1 trillion.
var maxBalance = decimal.NewFromInt(1_000_000_000_000)

// jhtMonths returns the contribution of each month of the projection, in
// order, reporting problems to l.
func (e *Estimator) jhtMonths(l *problem.List, in JHTInput) []MonthAmount {
	if len(in.History) > 0 {
		if len(in.History) > maxMonths {
			l.Add(invalid("history", strconv.Itoa(len(in.History)), "paling banyak 1200 bulan", "has at most 1200 months"))
			return nil
		}
		var out []MonthAmount
		for i, h := range in.History {
			f := fmt.Sprintf("history[%d]", i)
			switch {
			case h.Month.IsZero():
				l.Add(invalid(f+".month", "", "wajib diisi", "is required"))
			case i > 0 && !h.Month.After(in.History[i-1].Month):
				l.Add(invalid(f+".month", h.Month.String(), "bulan riwayat harus berurutan dan tidak berulang", "history months must be in order and not repeat"))
			}
			if !tame(h.Amount) || h.Amount.IsNegative() || h.Amount.GreaterThan(maxWage) {
				l.Add(invalid(f+".amount", amountText(h.Amount), "iuran bulan harus 0 sampai Rp1.000.000.000", "a month's contribution must be 0 to Rp1,000,000,000"))
			}
			if !in.To.IsZero() && h.Month.After(in.To) {
				continue
			}
			out = append(out, MonthAmount{Month: h.Month, Amount: h.Amount.Round(0)})
		}
		if n := len(in.History); l.Err() == nil && in.History[n-1].Month.Sub(in.History[0].Month) >= maxMonths {
			l.Add(invalid("history", in.History[0].Month.String()+".."+in.History[n-1].Month.String(),
				"paling lama 1200 bulan", "spans at most 1200 months"))
		}
		if !in.To.IsZero() && l.Err() == nil && in.To.Sub(in.History[0].Month) >= maxMonths {
			l.Add(invalid("to", in.To.String(), "proyeksi paling lama 1200 bulan", "a projection spans at most 1200 months"))
		}
		if l.Err() == nil && len(out) == 0 {
			l.Add(invalid("to", in.To.String(), "tidak ada bulan riwayat sampai bulan akhir", "no history month up to the last month"))
		}
		if l.Err() == nil && !in.To.IsZero() && in.To.After(out[len(out)-1].Month) {
			// The projection runs on with no contribution.
			out = append(out, MonthAmount{Month: in.To, Amount: decimal.Zero})
		}
		return out
	}
	p := in.Participant
	if !p.Segment.IsValid() || p.Segment == membership.Jakon || p.Segment == membership.PMI {
		l.Add(problem.New(membership.ErrUnknownSegment, "segment.unknown", "participant.segment", p.Segment.String(),
			"proyeksi dengan upah tetap untuk PU atau BPU", "a steady-wage projection is for PU or BPU"))
	}
	if in.From.IsZero() || in.To.IsZero() || in.To.Before(in.From) || in.To.Sub(in.From) >= maxMonths {
		l.Add(invalid("to", in.To.String(), "bulan awal dan akhir wajib diisi, berurutan, paling lama 1200 bulan", "the first and last months are required, in order, at most 1200 months apart"))
	}
	if !tame(p.Wage) || !p.Wage.IsPositive() || p.Wage.GreaterThan(maxWage) {
		l.Add(invalid("participant.wage", amountText(p.Wage), "wajib diisi sebagai jumlah sebulan, lebih dari nol dan paling banyak Rp1.000.000.000",
			"is required as a monthly amount, more than zero and at most Rp1,000,000,000"))
	}
	if l.Err() != nil {
		return nil
	}
	ci := contribution.Input{Segment: p.Segment, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT), Basis: p.Wage}
	if p.Segment == membership.PU {
		ci.RiskGroup, ci.Scale = contribution.VeryLowRisk, membership.Small
	}
	through := e.calc.Params().Through
	var out []MonthAmount
	var last decimal.Decimal
	for m := range regulation.Months(in.From, in.To).All() {
		if m.After(through) {
			out = append(out, MonthAmount{Month: m, Amount: last})
			continue
		}
		b, err := e.calc.Bill(ci, m)
		if err != nil {
			l.AddField("from", err)
			return nil
		}
		ln, _ := b.Line(membership.JHT)
		last = ln.Amount
		out = append(out, MonthAmount{Month: m, Amount: last})
	}
	return out
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}
