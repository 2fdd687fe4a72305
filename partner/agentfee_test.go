package partner

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// The deck "Sosialisasi New Perisai" (April 2022), the case of
// TestFeeSchemes2018And2022 computed directly: May 2023, 50 collections of
// Rp36,800 from BPU participants in their months 1–24 under the agent, and
// 50 new BPU on three programs.
func TestAgentFeeDeck2022(t *testing.T) {
	m := month(2023, 5)
	var cs []AgentCollection
	for i := range 50 {
		// Acquired from June 2021 (May 2023 is then month 24) to May 2023
		// (month 1): every one is in the 1–24 band.
		acq := month(2021, 6).Add(i % 24)
		cs = append(cs, AgentCollection{Amount: decimal.NewFromInt(36_800), Month: m, Acquired: acq, Segment: membership.BPU})
	}
	three := membership.SetOf(membership.JKK, membership.JKM, membership.JHT)
	rs := make([]AgentRecruit, 50)
	for i := range rs {
		rs[i] = AgentRecruit{Segment: membership.BPU, Programs: three}
	}
	lines, err := DefaultParams().AgentFee(m, cs, rs)
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 2 {
		t.Fatalf("lines %+v, want the BPU incentive and the acquisition", lines)
	}
	// 50 × Rp36,800 = Rp1,840,000 × 15% = Rp276,000 to the agent; the
	// wadah 10% on top = Rp27,600.
	in := lines[0]
	if in.Kind != LineBPUIncentive || in.Scheme != Scheme2022 || in.Count != 50 || in.Tier == nil || in.Tier.From != 1 || in.Tier.To != 24 ||
		!in.Base.Equal(decimal.NewFromInt(1_840_000)) || !in.Rate.Equal(decimal.RequireFromString("0.15")) ||
		in.Amount.IntPart() != 276_000 || in.AgentShare.IntPart() != 276_000 || in.WadahShare.IntPart() != 27_600 || in.Assumed != 0 {
		t.Errorf("incentive line %+v", in)
	}
	// 50 new BPU ≥ 25 on three programs: 50 × Rp15,000 = Rp750,000; the
	// wadah Rp75,000 on top.
	acq := lines[1]
	if acq.Kind != LineAcquisition || acq.Programs != three || acq.Count != 50 || acq.Amount.IntPart() != 750_000 || acq.WadahShare.IntPart() != 75_000 {
		t.Errorf("acquisition line %+v", acq)
	}
	if len(in.Rules) == 0 || len(acq.Rules) == 0 {
		t.Error("a line without its rules")
	}
}

// AgentFee gives the lines of the ledger's statement for the same month.
func TestAgentFeeAgreesWithLedger(t *testing.T) {
	acts, es := fifty("AG-23", day(2023, 5, 15), 101)
	l := process(t, perisaiNetwork(t), acts, Options{})
	f, err := l.FeeStatementsFor(month(2023, 5), FeeInput{Enrolments: es})
	if err != nil {
		t.Fatal(err)
	}
	var want []FeeLine
	for _, a := range f.Agents {
		if a.Agent == "AG-23" {
			want = a.Lines
		}
	}
	var cs []AgentCollection
	var rs []AgentRecruit
	for range 50 {
		cs = append(cs, AgentCollection{Amount: decimal.NewFromInt(36_800), Month: month(2023, 5), Acquired: month(2023, 5), Segment: membership.BPU})
		rs = append(rs, AgentRecruit{Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT)})
	}
	got, err := DefaultParams().AgentFee(month(2023, 5), cs, rs)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if len(want) == 0 || string(g) != string(w) {
		t.Errorf("AgentFee:\n%s\nledger:\n%s", g, w)
	}
}

func TestAgentFeeProblems(t *testing.T) {
	m := month(2023, 5)
	cs := []AgentCollection{
		{Amount: decimal.RequireFromString("100.5"), Month: m, Acquired: m},
		{Amount: decimal.NewFromInt(36_800), Month: m},                           // BPU assumed, no acquisition month
		{Amount: decimal.NewFromInt(36_800), Month: m, Acquired: month(2023, 6)}, // acquired after the month paid
		{Amount: decimal.NewFromInt(36_800)},
	}
	_, err := DefaultParams().AgentFee(m, cs, nil)
	got := fmt.Sprint(problem.Flatten(err).Codes())
	if want := "[fee.amount fee.acquisition_unknown fee.before_acquisition fee.month]"; got != want {
		t.Errorf("codes %s, want %s", got, want)
	}
	if !errors.Is(err, ErrMembershipMonthUnknown) || !errors.Is(err, ErrInvalidOptions) {
		t.Error("sentinels not matched")
	}
	if _, err := DefaultParams().AgentFee(month(2017, 1), nil, nil); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("a month before any scheme: %v", err)
	}
}
