package contribution

import (
	"github.com/desasadar/jamsos/internal/golden"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func TestExplainGolden(t *testing.T) {
	c := calc(t, Options{})
	cases := []struct {
		in Input
		m  regulation.Month
	}{
		{Input{Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(1_000_000), Sector: Transport}, month(2026, 2)},
		{Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(500_000), Payer: membership.PayerVillage}, month(2025, 6)},
		{Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(12_000_000), RiskGroup: LowRisk,
			Scale: membership.Large, WorkerSharePayer: membership.PayerSponsor}, month(2026, 3)},
		{Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium, DeferJP: true}, month(2020, 9)},
		// The 2021 JP cap in February 2021: the assumption on its first month is cited.
		{Input{Segment: membership.PU, Programs: puAll, Basis: rp(10_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium}, month(2021, 2)},
		{Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(600_000_000), ContractValue: true}, month(2025, 8)},
		{Input{Segment: membership.PMI, Programs: jkkJKMJHT, PMIPackage: Placement24, PMIJHT: rp(100_000)}, month(2024, 5)},
		// A wage earner without the employer's scale: billed, with the warning.
		{Input{Segment: membership.PU, Programs: jkkJKMJHT, Basis: rp(3_000_000), RiskGroup: LowRisk}, month(2026, 5)},
	}
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		var all strings.Builder
		for i, tc := range cases {
			b, err := c.Bill(tc.in, tc.m)
			if err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
			if i > 0 {
				all.WriteString("\n========\n\n")
			}
			all.WriteString(b.Explain(lang))
		}
		golden.Check(t, "explain_"+lang.String()+".golden", all.String())
	}
}
