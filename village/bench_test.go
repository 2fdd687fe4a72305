package village_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// regencyCode is the regency the regency tests and benchmarks plan, Kab.
// Sambas: seed 004 reports 136 villages for Kab. Kubu Raya, which has 123
// desa in the 2025 list; Sambas, in the same province, has 195.
var regencyCode = region.MustParse("61.01")

// block is a part of a generated village roster: size people of one
// group, drawing their sources and sectors from those given (nil: the
// group's own).
type block struct {
	group   village.Group
	size    int
	sources []village.Source
	sectors []contribution.Sector
}

// regencyBlocks are the roster of one village of the regency, v its index:
// a head, a secretary, seven or eight officials (about 1,300 officials for
// 136 villages, as in seed 004), 5 BPD members, 10 RT/RW heads paid from
// APBD, 5 community workers, 10 cash-for-work workers for three months and
// 70 vulnerable workers from several sources, one in seven in transport:
// 109 or 110 enrolments a village.
func regencyBlocks(v int) []block {
	o := contribution.OtherSector
	return []block{
		{group: village.Head, size: 1},
		{group: village.Secretary, size: 1},
		{group: village.Official, size: 7 + v%2},
		{group: village.BPD, size: 5},
		{group: village.Neighbourhood, size: 10, sources: []village.Source{village.APBD}},
		{group: village.Community, size: 5},
		{group: village.CashForWork, size: 10},
		{group: village.Informal, size: 70,
			sources: []village.Source{village.PADes, village.CSR, village.RegencyAid, village.SelfPaid},
			sectors: []contribution.Sector{o, o, o, o, o, o, contribution.Transport}},
	}
}

// regency returns the requests of a regency's fiscal year 2026: the
// first desa of Kab. Sambas in code order, as many as villages, each with the roster
// of regencyBlocks made by package jamsostest from one seed (wages at or a
// little above the siltap minimum, some with JHT, ranks for the
// ceilings) and a PADes ceiling of Rp3,000,000. It returns the generator's
// places too, which name the areas.
func regency(t testing.TB, villages int) ([]village.Request, *jamsostest.Places) {
	t.Helper()
	g := jamsostest.MustNew(136, jamsostest.Options{Year: 2026})
	var codes []region.Code
	for _, c := range g.Places().Desa() {
		if c.Regency() == regencyCode && len(codes) < villages {
			codes = append(codes, c)
		}
	}
	if len(codes) < villages {
		t.Fatalf("Kab. Sambas has %d desa, fewer than %d", len(codes), villages)
	}
	reqs := make([]village.Request, 0, villages)
	for v, code := range codes {
		req := village.Request{Village: code, Year: 2026,
			Ceilings: map[village.Source]decimal.Decimal{village.PADes: decimal.NewFromInt(3_000_000)}}
		for _, b := range regencyBlocks(v) {
			r, err := g.Roster(jamsostest.RosterSpec{Village: code, Size: b.size,
				Groups: []village.Group{b.group}, Sources: b.sources, Sectors: b.sectors})
			if err != nil {
				t.Fatal(err)
			}
			req.Roster = append(req.Roster, r.Enrolments...)
		}
		for i := range req.Roster {
			req.Roster[i].Line = i + 2
		}
		reqs = append(reqs, req)
	}
	return reqs, g.Places()
}

// regencyPlanner returns a planner with the default parameters and its
// calculator, which the reference checks bill with.
func regencyPlanner(t testing.TB, o village.Options) (*village.Planner, *contribution.Calculator) {
	t.Helper()
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := village.NewPlanner(c, village.Params{}, o)
	if err != nil {
		t.Fatal(err)
	}
	return pl, c
}

// participantMonths counts the months of the requests' enrolments.
func participantMonths(reqs []village.Request) int {
	n := 0
	for _, r := range reqs {
		n += jamsostest.ParticipantMonths(r.Roster)
	}
	return n
}

// The regency's rosters are what regencyBlocks asks for: the generator
// cannot quietly give a different mix.
func TestRegencyRosters(t *testing.T) {
	reqs, _ := regency(t, 3)
	for v, r := range reqs {
		want := map[village.Group]int{}
		for _, b := range regencyBlocks(v) {
			want[b.group] += b.size
		}
		got := map[village.Group]int{}
		sources := map[village.Source]bool{}
		for _, e := range r.Roster {
			got[e.Group]++
			if e.Group == village.Informal {
				sources[e.Source] = true
			}
			if e.NIK.District() != r.Village.District() {
				t.Errorf("%s: NIK issued in %s", r.Village, e.NIK.District())
			}
		}
		for gr, n := range want {
			if got[gr] != n {
				t.Errorf("%s: %d of %s, want %d", r.Village, got[gr], gr, n)
			}
		}
		if len(sources) != 4 {
			t.Errorf("%s: informal workers from %d sources, want 4", r.Village, len(sources))
		}
	}
}

// The regency plan equals, person by person, what the decimal calculator
// bills month by month, and its roll-up adds up.
func TestRegencyPlan(t *testing.T) {
	pl, calc := regencyPlanner(t, village.Options{})
	reqs, _ := regency(t, 12)
	districts := map[region.Code]bool{}
	for i := range reqs {
		reqs[i].Ceilings = nil
		districts[reqs[i].Village.District()] = true
	}
	plans, err := pl.PlanMany(reqs)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plans {
		village.CheckTotals(t, p)
		village.CheckReference(t, calc, p)
		if len(p.Warnings) != 0 {
			t.Errorf("%s: warnings %v", p.Village.Code, p.Warnings)
		}
	}
	r, err := village.Summarise(plans)
	if err != nil {
		t.Fatal(err)
	}
	village.CheckRollup(t, plans, r)
	if r.Total.Villages != 12 || len(r.Districts) != len(districts) || len(r.Regencies) != 1 {
		t.Errorf("roll-up: %d villages, %d districts, %d regencies; want 12, %d, 1",
			r.Total.Villages, len(r.Districts), len(r.Regencies), len(districts))
	}
}

// The roll-up and a capacity answer round-trip through JSON.
func TestRollupAndCapacityJSONRoundTrip(t *testing.T) {
	reqs, places := regency(t, 3)
	pl, _ := regencyPlanner(t, village.Options{Directory: places})
	plans, err := pl.PlanMany(reqs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := village.Summarise(plans)
	if err != nil {
		t.Fatal(err)
	}
	c, err := pl.Capacity(decimal.NewFromInt(1_000_000), village.Enrolment{Group: village.Informal, Source: village.DanaDesa}, plans[0].Months)
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]struct{ in, out any }{
		"rollup":   {r, &village.Rollup{}},
		"capacity": {c, &village.Capacity{}},
	} {
		a, err := json.Marshal(v.in)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(a, v.out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, _ := json.Marshal(v.out)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: JSON round trip differs:\n%s\n%s", name, a, b)
		}
	}
}

// BenchmarkRegencyPlan plans a regency of 136 villages (about 15,000
// enrolments, 170,000 participant-months) with the contribution engine and
// rolls it up by district.
func BenchmarkRegencyPlan(b *testing.B) {
	pl, _ := regencyPlanner(b, village.Options{})
	reqs, _ := regency(b, 136)
	rows := participantMonths(reqs)
	b.ReportAllocs()
	for b.Loop() {
		plans, err := pl.PlanMany(reqs)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := village.Summarise(plans); err != nil {
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
	pl, calc := regencyPlanner(b, village.Options{})
	reqs, _ := regency(b, 136)
	rows := participantMonths(reqs)
	inputs := referenceInputs(b, pl, reqs)
	b.ReportAllocs()
	for b.Loop() {
		var total decimal.Decimal
		for _, in := range inputs {
			for m := in.from; !m.After(in.to); m = m.Add(1) {
				bill, err := calc.Bill(in.in, m)
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
	pl, _ := regencyPlanner(b, village.Options{})
	reqs, _ := regency(b, 136)
	rows := participantMonths(reqs)
	inputs := referenceInputs(b, pl, reqs)
	jkkPU, jkmPU := decimal.RequireFromString("0.0024"), decimal.RequireFromString("0.003")
	jhtER, jhtEE := decimal.RequireFromString("0.037"), decimal.RequireFromString("0.02")
	jkkBPU, jkmBPU, jhtBPU := decimal.RequireFromString("0.01"), decimal.NewFromInt(6_800), decimal.RequireFromString("0.02")
	half := decimal.RequireFromString("0.5")
	maxGroup, maxSource := 0, 0
	for _, g := range village.Groups {
		maxGroup = max(maxGroup, int(g))
	}
	for _, s := range village.Sources {
		maxSource = max(maxSource, int(s))
	}
	byGroup := make([]decimal.Decimal, maxGroup+1)
	bySource := make([]decimal.Decimal, maxSource+1)
	var byMonth [12]decimal.Decimal
	b.ReportAllocs()
	for b.Loop() {
		clear(byGroup)
		clear(bySource)
		clear(byMonth[:])
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
					if in.in.Programs.Has(membership.JHT) {
						amount = amount.Add(in.in.Basis.Mul(jhtBPU).Round(0))
					}
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
	group    village.Group
	source   village.Source
}

// referenceInputs resolves every enrolment of reqs as a plan does, into
// calculator inputs.
func referenceInputs(b *testing.B, pl *village.Planner, reqs []village.Request) []refInput {
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
				if e.WorkerShare == village.EmployerPays {
					in.WorkerSharePayer = in.Payer
				}
			}
			out = append(out, refInput{in: in, from: e.From, to: e.To, group: e.Group, source: e.Source})
		}
	}
	return out
}
