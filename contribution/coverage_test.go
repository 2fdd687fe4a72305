package contribution

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// countCovering counts the entries of a timeline that cover day d, without
// using the timeline's own lookup.
func countCovering[T any](t *regulation.Timeline[T], d regulation.Date) int {
	n := 0
	for _, e := range t.Entries() {
		if !d.Before(e.From) && (e.Until.IsZero() || !d.After(e.Until)) {
			n++
		}
	}
	return n
}

// TestTemporalCoverage walks every contribution month from July 2015 to
// December 2026: for every segment a bill computes, and every parameter has
// exactly one rule in force (or, for rules that start later or apply only
// now and then, none outside their span).
func TestTemporalCoverage(t *testing.T) {
	p := DefaultParams()
	covidTL, industryTL, bpuTL := reliefTimeline[CovidRelief](p, ReliefCovid), reliefTimeline[IndustryRelief](p, ReliefIndustry), reliefTimeline[BPURelief](p, ReliefBPU)
	c := calc(t, Options{})
	jkpStart := month(2021, 3) // PP 37/2021 took effect on 2 February 2021
	pmiStart := month(2023, 3) // Permenaker 4/2023 took effect on 21 February 2023
	village := month(2026, 1)  // the APBDes policy input exists with PP 50/2025
	months := 0
	for m := range regulation.Months(FirstMonth, month(2026, 12)).All() {
		months++
		d := m.FirstDay()
		one := map[string]int{
			"pu.jkk.rate": countCovering(p.PUJKK, d), "pu.jkm.rate": countCovering(p.PUJKM, d),
			"pu.jht.rate": countCovering(p.PUJHT, d), "pu.jp.rate": countCovering(p.PUJP, d),
			"pu.jp.wage_cap": countCovering(p.PUJPCap, d), "pu.late_fee": countCovering(p.PULateFee, d),
			"bpu.jkk.rate": countCovering(p.BPUJKK, d), "bpu.jkm.amount": countCovering(p.BPUJKM, d),
			"bpu.jht.rate": countCovering(p.BPUJHT, d), "bpu.income.range": countCovering(p.BPUIncome, d),
			"bpu.income.steps": countCovering(p.BPUSteps, d), "jakon.rate": countCovering(p.Jakon, d),
		}
		later := map[string][2]int{ // parameter: count, and whether it must be in force
			"pu.jkp.rate":     {countCovering(p.PUJKP, d), b2i(!m.Before(jkpStart))},
			"pu.jkp.wage_cap": {countCovering(p.PUJKPCap, d), b2i(!m.Before(jkpStart))},
			"pmi.package":     {countCovering(p.PMI, d), b2i(!m.Before(pmiStart))},
			"policy.pp50_2025.village_budget_excluded": {countCovering(p.VillageBudgetExcluded, d), b2i(!m.Before(village))},
		}
		for name, n := range one {
			if n != 1 {
				t.Errorf("%s: %d rules of %s in force, want exactly 1", m, n, name)
			}
		}
		for name, v := range later {
			if v[0] != v[1] {
				t.Errorf("%s: %d rules of %s in force, want %d", m, v[0], name, v[1])
			}
		}
		for _, sparse := range []int{countCovering(covidTL, d), countCovering(industryTL, d), countCovering(bpuTL, d)} {
			if sparse > 1 {
				t.Errorf("%s: overlapping relief entries", m)
			}
		}

		pu := Input{Segment: membership.PU, Programs: puAll, Basis: rp(9_000_000), RiskGroup: MediumRisk, Scale: membership.Large}
		if !m.Before(jkpStart) {
			pu.Programs = pu.Programs.With(membership.JKP)
		}
		inputs := map[string]Input{
			"PU":          pu,
			"BPU":         {Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(2_500_000), Sector: Transport},
			"JAKON wages": {Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(40_000_000)},
			"JAKON value": {Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(750_000_000), ContractValue: true},
			"PMI":         {Segment: membership.PMI, Programs: jkkJKMJHT, PMIPackage: Placement12, PMIJHT: rp(50_000)},
		}
		for name, in := range inputs {
			b, err := c.Bill(in, m)
			if name == "PMI" && m.Before(pmiStart) {
				if !errors.Is(err, regulation.ErrNoRuleInForce) {
					t.Errorf("%s %s: error = %v, want ErrNoRuleInForce (no PMI rule before Permenaker 4/2023)", m, name, err)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s %s: %v", m, name, err)
				continue
			}
			if !b.Billed.IsPositive() || len(b.Lines) != in.Programs.Len() && in.Segment != membership.PMI {
				t.Errorf("%s %s: billed %s with %d lines", m, name, b.Billed, len(b.Lines))
			}
		}
	}
	if months != 138 {
		t.Fatalf("walked %d months, want 138", months)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestJPCapTable pins every JP wage cap, from the PP 45/2015 base to the
// BPJS Ketenagakerjaan letter of 2026, to its first month.
func TestJPCapTable(t *testing.T) {
	p := DefaultParams()
	for _, c := range []struct {
		m   regulation.Month
		cap int64
	}{
		{month(2015, 7), 7_000_000}, {month(2016, 2), 7_000_000}, {month(2016, 3), 7_335_300},
		{month(2017, 3), 7_703_500}, {month(2018, 3), 8_094_000}, {month(2019, 3), 8_512_400},
		{month(2020, 3), 8_939_700}, {month(2021, 1), 8_939_700}, {month(2021, 2), 8_754_600},
		{month(2022, 3), 9_077_600}, {month(2023, 3), 9_559_600}, {month(2024, 3), 10_042_300},
		{month(2025, 2), 10_042_300}, {month(2025, 3), 10_547_400}, {month(2026, 3), 11_086_300},
		{month(2027, 2), 11_086_300},
	} {
		e, err := p.PUJPCap.InMonth(c.m)
		if err != nil || !e.Value.Equal(rp(c.cap)) {
			t.Errorf("JP cap %s = %s, %v; want %d", c.m, e.Value, err, c.cap)
		}
	}
	if _, err := p.PUJPCap.InMonth(month(2027, 3)); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("JP cap March 2027 = %v, want ErrNoRuleInForce until announced", err)
	}
}

// TestReliefMonths pins the first and last month of each relief, and the
// months just outside: PP 49/2020, PP 7/2025 with PP 36/2025, PP 50/2025.
func TestReliefMonths(t *testing.T) {
	p := DefaultParams()
	covidTL, industryTL, bpuTL := reliefTimeline[CovidRelief](p, ReliefCovid), reliefTimeline[IndustryRelief](p, ReliefIndustry), reliefTimeline[BPURelief](p, ReliefBPU)
	in := func(m regulation.Month, find func(regulation.Date) bool) bool { return find(m.FirstDay()) }
	covid := func(d regulation.Date) bool { _, ok := covidTL.Find(d); return ok }
	industry := func(d regulation.Date) bool { _, ok := industryTL.Find(d); return ok }
	jakonTL := reliefTimeline[CovidJakonRelief](p, ReliefCovidJakon)
	jakon := func(d regulation.Date) bool { _, ok := jakonTL.Find(d); return ok }
	bpu := func(transport bool) func(regulation.Date) bool {
		return func(d regulation.Date) bool {
			e, ok := bpuTL.Find(d)
			return ok && (transport && e.Value.Transport || !transport && e.Value.OtherSectors)
		}
	}
	for _, tc := range []struct {
		name        string
		find        func(regulation.Date) bool
		first, last regulation.Month
	}{
		{"PP 49/2020", covid, month(2020, 8), month(2021, 1)},
		{"PP 49/2020 Pasal 11-12, construction", jakon, month(2020, 8), month(2021, 1)},
		{"PP 7/2025 with PP 36/2025", industry, month(2025, 2), month(2026, 1)},
		{"PP 50/2025 transport", bpu(true), month(2026, 1), month(2027, 3)},
		{"PP 50/2025 other sectors", bpu(false), month(2026, 4), month(2026, 12)},
	} {
		if in(tc.first.Add(-1), tc.find) || !in(tc.first, tc.find) || !in(tc.last, tc.find) || in(tc.last.Add(1), tc.find) {
			t.Errorf("%s: does not run exactly %s to %s", tc.name, tc.first, tc.last)
		}
	}
}
