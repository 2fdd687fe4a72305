package village

import (
	"fmt"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// regency builds the requests of a made-up regency shaped like Kab. Kubu
// Raya in seed 004: villages villages in districts of ten, each with a
// head, a secretary, seven or eight officials (about 1,300 officials for
// 136 villages), 5 BPD members, 10 RT/RW heads, 5 community workers, 10
// cash-for-work workers for three months and 70 vulnerable workers from
// several sources: about 110 enrolments and 1,250 participant-months a
// village.
func regency(villages int) []Request {
	reqs := make([]Request, 0, villages)
	serial := 0
	next := func() membership.NIK {
		serial++
		// District 61.12.01, born on day 1 of months 1–12 of 1960–1999.
		d := serial % 480
		return membership.MustParseNIK(fmt.Sprintf("611201%02d%02d%02d%04d", 1, d%12+1, 60+d/12, serial%9999+1))
	}
	for v := range villages {
		code := region.MustParse(fmt.Sprintf("61.12.%02d.2%03d", v/10+1, v%10+1))
		var r []Enrolment
		add := func(e Enrolment) {
			e.NIK, e.Name, e.Line = next(), "Warga", len(r)+2
			r = append(r, e)
		}
		add(Enrolment{Group: Head, Wage: decimal.NewFromInt(2_426_640), Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT)})
		add(Enrolment{Group: Secretary, Wage: decimal.NewFromInt(2_224_420)})
		for k := range 7 + v%2 {
			add(Enrolment{Group: Official, Wage: decimal.NewFromInt(2_022_200 + int64(k)*10_000)})
		}
		for range 5 {
			add(Enrolment{Group: BPD})
		}
		for range 10 {
			add(Enrolment{Group: Neighbourhood, Source: APBD})
		}
		for range 5 {
			add(Enrolment{Group: Community})
		}
		for range 10 {
			add(Enrolment{Group: CashForWork, From: regulation.MustMonth(2026, 7), To: regulation.MustMonth(2026, 9)})
		}
		for k := range 70 {
			e := Enrolment{Group: Informal, Source: []Source{PADes, CSR, RegencyAid, SelfPaid}[k%4], Rank: k%5 + 1}
			if k%7 == 0 {
				e.Sector = contribution.Transport
			}
			add(e)
		}
		reqs = append(reqs, Request{Village: code, Year: 2026, Roster: r,
			Ceilings: map[Source]decimal.Decimal{PADes: decimal.NewFromInt(3_000_000)}})
	}
	return reqs
}

func participantMonths(reqs []Request) int {
	n := 0
	for _, r := range reqs {
		for _, e := range r.Roster {
			if e.From.IsZero() {
				n += 12
			} else {
				n += e.To.Sub(e.From) + 1
			}
		}
	}
	return n
}

// The regency plan equals, person by person, what the decimal calculator
// bills month by month, and its roll-up adds up.
func TestRegencyPlan(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	reqs := regency(12)
	for i := range reqs {
		reqs[i].Ceilings = nil
	}
	plans, err := pl.PlanMany(reqs)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plans {
		checkTotals(t, p)
		checkReference(t, pl.calc, p)
	}
	r, err := Summarise(plans)
	if err != nil {
		t.Fatal(err)
	}
	checkRollup(t, plans, r)
	if r.Total.Villages != 12 || len(r.Districts) != 2 || len(r.Regencies) != 1 {
		t.Errorf("roll-up: %d villages, %d districts, %d regencies", r.Total.Villages, len(r.Districts), len(r.Regencies))
	}
}

// BenchmarkRegencyPlan plans a regency of 136 villages (about 15,000
// enrolments, 170,000 participant-months) with the contribution engine and
// rolls it up by district.
func BenchmarkRegencyPlan(b *testing.B) {
	pl := planner(b, Params{}, Options{})
	reqs := regency(136)
	rows := participantMonths(reqs)
	b.ReportAllocs()
	for b.Loop() {
		plans, err := pl.PlanMany(reqs)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Summarise(plans); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	b.ReportMetric(float64(rows), "rows")
}

// BenchmarkRegencyCalculator computes the same regency with the decimal
// calculator, one Calculator.Bill per participant-month, adding up with
// decimals: the exact reference the engine is tested against.
func BenchmarkRegencyCalculator(b *testing.B) {
	pl := planner(b, Params{}, Options{})
	reqs := regency(136)
	rows := participantMonths(reqs)
	inputs := referenceInputs(b, pl, reqs)
	b.ReportAllocs()
	for b.Loop() {
		var total decimal.Decimal
		for _, in := range inputs {
			for m := in.from; !m.After(in.to); m = m.Add(1) {
				bill, err := pl.calc.Bill(in.in, m)
				if err != nil {
					b.Fatal(err)
				}
				total = total.Add(bill.Billed)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
}

// BenchmarkRegencyNaiveDecimal is the loop a village system would write
// with shopspring directly: rates already parsed, multiply and round each
// share, the PP 50/2025 discount by month for sponsored and self-paid
// workers, and sums by group, source and month in decimals; no dates,
// citations, checks or ceilings.
func BenchmarkRegencyNaiveDecimal(b *testing.B) {
	pl := planner(b, Params{}, Options{})
	reqs := regency(136)
	rows := participantMonths(reqs)
	inputs := referenceInputs(b, pl, reqs)
	jkkPU, jkmPU := decimal.RequireFromString("0.0024"), decimal.RequireFromString("0.003")
	jhtER, jhtEE := decimal.RequireFromString("0.037"), decimal.RequireFromString("0.02")
	jkkBPU, jkmBPU, half := decimal.RequireFromString("0.01"), decimal.NewFromInt(6_800), decimal.RequireFromString("0.5")
	b.ReportAllocs()
	for b.Loop() {
		var byGroup [numGroups]decimal.Decimal
		var bySource [numSources]decimal.Decimal
		var byMonth [12]decimal.Decimal
		for _, in := range inputs {
			for m := in.from; !m.After(in.to); m = m.Add(1) {
				var amount decimal.Decimal
				if in.in.Segment == membership.PU {
					amount = in.in.Basis.Mul(jkkPU).Round(0).Add(in.in.Basis.Mul(jkmPU).Round(0))
					if in.in.Programs.Has(membership.JHT) {
						amount = amount.Add(in.in.Basis.Mul(jhtER).Round(0)).Add(in.in.Basis.Mul(jhtEE).Round(0))
					}
				} else {
					jkk, jkm := in.in.Basis.Mul(jkkBPU).Round(0), jkmBPU
					public := in.source.Budget() != contribution.NoBudget
					if !public && (m.Month() >= 4 || in.in.Sector == contribution.Transport) {
						jkk, jkm = jkk.Mul(half).Round(0), jkm.Mul(half).Round(0)
					}
					amount = jkk.Add(jkm)
				}
				byGroup[in.group] = byGroup[in.group].Add(amount)
				bySource[in.source] = bySource[in.source].Add(amount)
				byMonth[m.Month()-1] = byMonth[m.Month()-1].Add(amount)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
}

type refInput struct {
	in       contribution.Input
	from, to regulation.Month
	group    Group
	source   Source
}

// referenceInputs resolves every enrolment of reqs as a plan does, into
// calculator inputs.
func referenceInputs(b *testing.B, pl *Planner, reqs []Request) []refInput {
	b.Helper()
	plans, err := pl.PlanMany(reqs)
	if err != nil {
		b.Fatal(err)
	}
	var out []refInput
	for _, p := range plans {
		for _, pe := range p.People {
			e := pe.Enrolment
			in := contribution.Input{Segment: pe.Segment, Programs: e.Programs, Basis: e.Wage, Sector: e.Sector,
				Payer: e.Source.Payer(), Budget: e.Source.Budget()}
			if pe.Segment == membership.PU {
				in.Scale, in.RiskGroup, in.WorkerSharePayer = membership.Micro, contribution.VeryLowRisk, membership.PayerSelf
			}
			out = append(out, refInput{in: in, from: e.From, to: e.To, group: e.Group, source: e.Source})
		}
	}
	return out
}
