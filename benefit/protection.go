package benefit

import (
	"slices"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// ProtectionInput is one participant and one contribution month.
type ProtectionInput struct {
	// Contribution is the participant as the contribution calculator sees
	// them: segment, programs, wage or declared income, risk group, sector,
	// payer.
	Contribution contribution.Input `json:"contribution"`
	// Month is the contribution month. The benefits are those in force on
	// its first day.
	Month regulation.Month `json:"month"`
}

// Headline is one thing a month's contribution protects, as a partner says
// it at the door.
type Headline struct {
	// Key names the benefit, such as "jkm.death".
	Key string `json:"key"`
	// Program is the program that pays.
	Program membership.Program `json:"program"`
	// Amount is the amount, zero when Unlimited or when it depends on
	// things not known yet (a JHT balance, a pension).
	Amount decimal.Decimal `json:"amount"`
	// UpTo says Amount is a most, not a sure amount.
	UpTo bool `json:"up_to,omitempty"`
	// Unlimited says there is no cost ceiling.
	Unlimited bool `json:"unlimited,omitempty"`
	// Short is the benefit in a few words, for the sentence.
	Short Text `json:"short"`
	// Condition is what it needs.
	Condition Text `json:"condition"`
	// Citation is the source of the amount.
	Citation regulation.Citation `json:"citation"`
}

// Offer is cost against protection: what one month's contribution is and
// what it protects. It round-trips through JSON unchanged.
type Offer struct {
	// Month is the contribution month.
	Month regulation.Month `json:"month"`
	// Bill is the month's contribution, from the contribution calculator.
	Bill contribution.Bill `json:"bill"`
	// Headlines are the benefits, in program order.
	Headlines []Headline `json:"headlines"`
	// Sentence is the offer in one sentence.
	Sentence Text `json:"sentence"`
	// Citations are the distinct sources of the benefits.
	Citations []regulation.Citation `json:"citations"`
}

// Protection returns cost against protection for one participant and month:
// the bill (from the contribution calculator, with any relief in force) and
// the headline benefits of each program the participant has, with their
// conditions, and the sentence that says both. For BPU JKK+JKM on
// Rp1,000,000 at normal rates: "Rp16.800 sebulan: Rp42.000.000 untuk
// keluarga bila meninggal dunia; ...".
func (e *Estimator) Protection(in ProtectionInput) (Offer, error) {
	b, err := e.calc.Bill(in.Contribution, in.Month)
	if err != nil {
		var l problem.List
		l.AddField("contribution", err)
		return Offer{}, l.Err()
	}
	d := in.Month.FirstDay()
	var l problem.List
	o := Offer{Month: in.Month, Bill: b}
	progs := in.Contribution.Programs
	wage := decimal.Zero
	if ln, ok := b.Line(membership.JKK); ok {
		wage = ln.Basis
	}
	add := func(h Headline) {
		o.Headlines = append(o.Headlines, h)
		if !containsCitation(o.Citations, h.Citation) {
			o.Citations = append(o.Citations, h.Citation)
		}
	}
	if progs.Has(membership.JKK) {
		wd, ok1 := at(&l, e.p.WorkDeath, d)
		am, ok2 := at(&l, e.p.JKKAmounts, d)
		med, ok3 := at(&l, e.p.Medical, d)
		inc, ok4 := at(&l, e.p.Incapacity, d)
		if ok1 && ok2 && ok3 && ok4 {
			death := decimal.Max(times(wd.Value.Multiple, wage), wd.Value.Floor).Add(am.Value.Periodic).Add(am.Value.Funeral).Round(0)
			add(Headline{Key: "jkk.death", Program: membership.JKK, Amount: death,
				Short:     bi("%s bila meninggal karena kecelakaan kerja", "%s on death from a work accident", death),
				Condition: bi("%s × %s + santunan berkala %s + biaya pemakaman %s", "%s × %s + periodic benefit %s + funeral cost %s", wd.Value.Multiple.String(), wage, am.Value.Periodic, am.Value.Funeral),
				Citation:  wd.Citation})
			if !containsCitation(o.Citations, am.Citation) {
				o.Citations = append(o.Citations, am.Citation)
			}
			if med.Value.Unlimited {
				add(Headline{Key: "jkk.medical", Program: membership.JKK, Unlimited: true,
					Short:     Text{"perawatan kecelakaan kerja tanpa batas biaya", "unlimited work-accident care"},
					Condition: Text{"sesuai kebutuhan medis", "by medical need"},
					Citation:  med.Citation})
			}
			if len(inc.Value) > 0 {
				s := inc.Value[0]
				add(Headline{Key: "jkk.incapacity", Program: membership.JKK, Amount: pct(s.Percent, wage),
					Short:     bi("%s sebulan selama tidak mampu bekerja", "%s a month while unable to work", pct(s.Percent, wage)),
					Condition: bi("%s upah selama %d bulan pertama, lalu lebih rendah sampai sembuh", "%s of the wage for the first %d months, then less until recovered", s.Percent, s.Months),
					Citation:  inc.Citation})
			}
		}
	}
	if progs.Has(membership.JKM) {
		if dth, ok := at(&l, e.p.Death, d); ok {
			add(Headline{Key: "jkm.death", Program: membership.JKM, Amount: dth.Value.Total(),
				Short:     bi("%s untuk keluarga bila meninggal dunia", "%s to the family on death", dth.Value.Total()),
				Condition: Text{"meninggal bukan karena kecelakaan kerja, saat kepesertaan aktif; tanpa masa iur minimal", "not from a work accident, while the membership is active; no minimum contribution period"},
				Citation:  dth.Citation})
		}
	}
	if progs.Has(membership.JKK) || progs.Has(membership.JKM) {
		if s, ok := at(&l, e.p.Scholarship, d); ok {
			v := s.Value
			h := Headline{Key: "scholarship", Program: membership.JKM, Citation: s.Citation, UpTo: true}
			amt := v.Ceiling
			if !v.LumpSum.IsZero() {
				amt, h.UpTo = v.LumpSum, false
			}
			h.Amount = amt
			if v.MaxChildren > 1 {
				h.Short = bi("beasiswa %d anak hingga %s", "scholarships for %d children up to %s", v.MaxChildren, amt)
			} else {
				h.Short = bi("beasiswa %s", "a scholarship of %s", amt)
			}
			switch {
			case progs.Has(membership.JKK) && progs.Has(membership.JKM):
				h.Condition = bi("bila meninggal setelah masa iur %d bulan, atau meninggal/cacat total tetap karena kecelakaan kerja tanpa masa minimal",
					"on death after %d contribution months, or on death or total permanent disability from a work accident with no minimum", v.JKMMinMonths)
			case progs.Has(membership.JKK):
				h.Program = membership.JKK
				h.Condition = Text{"bila meninggal atau cacat total tetap karena kecelakaan kerja, tanpa masa minimal", "on death or total permanent disability from a work accident, no minimum"}
			default:
				h.Condition = bi("bila meninggal setelah masa iur %d bulan", "on death after %d contribution months", v.JKMMinMonths)
			}
			add(h)
		}
	}
	if progs.Has(membership.JHT) {
		if rule, ok := at(&l, e.p.JHT, d); ok {
			ln, _ := b.Line(membership.JHT)
			add(Headline{Key: "jht.savings", Program: membership.JHT, Amount: ln.Amount,
				Short:     bi("tabungan hari tua %s sebulan ditambah hasil pengembangannya", "old-age savings of %s a month plus their yield", ln.Amount),
				Condition: bi("dibayar pada usia %d tahun, meninggal, cacat total tetap, atau sebulan setelah berhenti bekerja", "paid at %d, on death, total permanent disability, or a month after leaving work", rule.Value.Age),
				Citation:  rule.Citation})
		}
	}
	if progs.Has(membership.JP) {
		if f, ok := at(&l, e.p.Pension, d); ok {
			add(Headline{Key: "jp.pension", Program: membership.JP,
				Short:     Text{"pensiun bulanan seumur hidup", "a monthly pension for life"},
				Condition: bi("setelah masa iur %d bulan: %s × masa iur (tahun) × upah rata-rata; kurang dari itu dibayar sekaligus", "after %d contribution months: %s × years × average wage; below that, a lump sum", f.Value.MinMonths, f.Value.Accrual),
				Citation:  f.Citation})
		}
	}
	if progs.Has(membership.JKP) {
		cash, ok1 := at(&l, e.p.JKP, d)
		cp, ok2 := at(&l, e.p.JKPWageCap, d)
		if ok1 && ok2 {
			base := decimal.Min(wage, cp.Value)
			total := decimal.Zero
			for _, s := range cash.Value.Steps {
				total = total.Add(pct(s.Percent, base).Mul(decimalInt(s.Months)))
			}
			add(Headline{Key: "jkp.cash", Program: membership.JKP, Amount: total, UpTo: true,
				Short:     bi("hingga %s bila kena PHK", "up to %s on dismissal", total),
				Condition: bi("upah dibatasi %s; iuran 12 bulan dalam 24 bulan terakhir, 6 berturut-turut", "wage capped at %s; 12 months paid in the last 24, 6 in a row", cp.Value),
				Citation:  cash.Citation})
		}
	}
	if err := l.Err(); err != nil {
		return Offer{}, err
	}
	slices.SortStableFunc(o.Headlines, func(a, b Headline) int { return headlineRank[a.Key] - headlineRank[b.Key] })
	o.Sentence = sentence(b, o.Headlines)
	return o, nil
}

// headlineRank is the order of the headlines, the order a partner says them in.
var headlineRank = map[string]int{"jkm.death": 1, "jkk.death": 2, "scholarship": 3, "jkk.medical": 4, "jkk.incapacity": 5,
	"jht.savings": 6, "jp.pension": 7, "jkp.cash": 8}

// sentence is the offer in one sentence: the monthly cost, then each
// headline's short form.
func sentence(b contribution.Bill, hs []Headline) Text {
	cost := bi("%s sebulan", "%s a month", b.Billed)
	normal := decimal.Zero
	relief := false
	for _, ln := range b.Lines {
		normal = normal.Add(ln.Normal)
		relief = relief || ln.Relief != nil
	}
	if relief {
		cost = bi("%s sebulan (keringanan; normal %s)", "%s a month (with relief; normally %s)", b.Billed, normal)
	}
	if !b.Totals.Worker.Equal(b.Billed) {
		cost = Text{cost.ID + ", " + bi("pekerja sendiri membayar %s", "", b.Totals.Worker).ID,
			cost.EN + ", " + bi("", "the worker pays %s", b.Totals.Worker).EN}
	}
	var id, en []string
	for _, h := range hs {
		if h.Key == "jkk.incapacity" {
			continue // in the list, too long for the sentence
		}
		id, en = append(id, h.Short.ID), append(en, h.Short.EN)
	}
	return Text{ID: cost.ID + ": " + strings.Join(id, "; ") + ".", EN: cost.EN + ": " + strings.Join(en, "; ") + "."}
}

func containsCitation(cs []regulation.Citation, c regulation.Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// Explain returns the offer as a short text: the sentence, then each
// benefit with its condition and source.
func (o Offer) Explain(l problem.Lang) string {
	var s strings.Builder
	s.WriteString(o.Sentence.In(l))
	s.WriteByte('\n')
	for _, h := range o.Headlines {
		s.WriteString("  - ")
		s.WriteString(h.Short.In(l))
		if c := h.Condition.In(l); c != "" {
			s.WriteString(" (")
			s.WriteString(c)
			s.WriteString(")")
		}
		s.WriteString(" [")
		s.WriteString(h.Citation.Format(l))
		s.WriteString("]\n")
	}
	return s.String()
}
