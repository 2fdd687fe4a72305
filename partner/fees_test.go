package partner

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/regulation"
)

// feeScenario is the fixture network's agents over the first half of 2026,
// under the default rules:
//
//   - January: AG-01 registers 49 participants (nik 1–49) in desa1.
//   - March: AG-01 collects Rp16,800 from 40 of them (nik 1–40), and
//     Rp16,800 from nik 100, whom the branch registered without a referral.
//   - April: AG-01 registers 50 participants (nik 201–250) in desa2 and
//     collects Rp16,800 from each. AG-03, back from suspension, registers
//     nik 300 and 301 in desa3 and collects Rp16,820 from each.
//   - May: AG-03 collects Rp16,867 from nik 300.
//   - June: AG-03 collects Rp16,820 from nik 301.
func feeScenario() []Activity {
	var acts []Activity
	for i := 1; i <= 49; i++ {
		acts = append(acts, act(Registration, day(2026, 1, 10+i%10), "AG-01", desa1, nik(i)))
	}
	for i := 1; i <= 40; i++ {
		acts = append(acts, pay(Collection, day(2026, 3, 5), "AG-01", desa1, nik(i), 16_800))
	}
	acts = append(acts,
		act(Registration, day(2026, 2, 2), "CAB-01", desa1, nik(100)),
		pay(Collection, day(2026, 3, 6), "AG-01", desa1, nik(100), 16_800))
	for i := 201; i <= 250; i++ {
		acts = append(acts,
			act(Registration, day(2026, 4, 1+i%20), "AG-01", desa2, nik(i)),
			pay(Collection, day(2026, 4, 25), "AG-01", desa2, nik(i), 16_800))
	}
	acts = append(acts,
		act(Registration, day(2026, 4, 1), "AG-03", desa3, nik(300)),
		act(Registration, day(2026, 4, 1), "AG-03", desa3, nik(301)),
		pay(Collection, day(2026, 4, 15), "AG-03", desa3, nik(300), 16_820),
		pay(Collection, day(2026, 4, 15), "AG-03", desa3, nik(301), 16_820),
		pay(Collection, day(2026, 5, 15), "AG-03", desa3, nik(300), 16_867),
		pay(Collection, day(2026, 6, 15), "AG-03", desa3, nik(301), 16_820),
	)
	return acts
}

// The fee statements, worked out by hand from the Agen Perisai rules
// reported in 2018: fee 7.5% of what the agent collected from their recruits, the wadah
// 10% of the fee, a Rp500,000 bonus for 50 new participants in a month.
func TestFeeStatements(t *testing.T) {
	l := process(t, fixture(t), feeScenario(), Options{})
	if r := l.Rejected(); len(r) != 0 {
		t.Fatalf("rejected: %v", r[0].Problems)
	}
	type row struct {
		agent                                           string
		status                                          AgentStatus
		recruits, collections, participants, others     int
		collected, other, fee, agentShare, wadah, bonus int64
		payable                                         int64
	}
	cases := []struct {
		name   string
		m      regulation.Month
		agents []row
		wadahs [][6]int64 // agents, collected, fee, agent shares, wadah share, bonuses
	}{
		{
			// 49 new participants: one short of the bonus. Nothing collected.
			name: "January: 49 recruits, no bonus", m: month(2026, 1),
			agents: []row{
				{agent: "AG-01", status: AgentActive, recruits: 49},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentSuspended},
			},
			wadahs: [][6]int64{{2, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0}},
		},
		{
			// Rp16,800 × 40 participants = Rp672,000; × 7.5% = Rp50,400;
			// agent 90% = Rp45,360; wadah Rp50,400 − Rp45,360 = Rp5,040.
			// nik 100 is not AG-01's recruit: Rp16,800 collected, no fee.
			name: "March: 40 collections of Rp16,800", m: month(2026, 3),
			agents: []row{
				{agent: "AG-01", status: AgentActive, collections: 40, participants: 40, others: 1,
					collected: 672_000, other: 16_800, fee: 50_400, agentShare: 45_360, wadah: 5_040, payable: 45_360},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentSuspended},
			},
			wadahs: [][6]int64{{2, 672_000, 50_400, 45_360, 5_040, 0}, {1, 0, 0, 0, 0, 0}},
		},
		{
			// AG-01: 50 new participants, the bonus. Rp16,800 × 50 =
			// Rp840,000; × 7.5% = Rp63,000; agent 90% = Rp56,700; wadah
			// Rp6,300; payable Rp56,700 + Rp500,000 = Rp556,700.
			// AG-03: Rp16,820 × 2 = Rp33,640; × 7.5% = Rp2,523 exactly (per
			// collection it would be 2 × Rp1,261.50, rounded to 2 × Rp1,262 =
			// Rp2,524: rounding is per statement); agent 90% = Rp2,270.70,
			// rounded Rp2,271; wadah Rp2,523 − Rp2,271 = Rp252.
			name: "April: the bonus, and rounding per statement", m: month(2026, 4),
			agents: []row{
				{agent: "AG-01", status: AgentActive, recruits: 50, collections: 50, participants: 50,
					collected: 840_000, fee: 63_000, agentShare: 56_700, wadah: 6_300, bonus: 500_000, payable: 556_700},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentActive, recruits: 2, collections: 2, participants: 2,
					collected: 33_640, fee: 2_523, agentShare: 2_271, wadah: 252, payable: 2_271},
			},
			wadahs: [][6]int64{{2, 840_000, 63_000, 56_700, 6_300, 500_000}, {1, 33_640, 2_523, 2_271, 252, 0}},
		},
		{
			// Rp16,867 × 7.5% = Rp1,265.025, rounded Rp1,265; agent 90% =
			// Rp1,138.50, rounded half up to Rp1,139; wadah Rp126.
			name: "May: the agent's share rounded half up", m: month(2026, 5),
			agents: []row{
				{agent: "AG-01", status: AgentActive},
				{agent: "AG-02", status: AgentActive},
				{agent: "AG-03", status: AgentActive, collections: 1, participants: 1,
					collected: 16_867, fee: 1_265, agentShare: 1_139, wadah: 126, payable: 1_139},
			},
			wadahs: [][6]int64{{2, 0, 0, 0, 0, 0}, {1, 16_867, 1_265, 1_139, 126, 0}},
		},
		{
			// Rp16,820 × 7.5% = Rp1,261.50, rounded half up to Rp1,262;
			// agent 90% = Rp1,135.80, rounded Rp1,136; wadah Rp126.
			// AG-01's last activity was in April: idle May to July, so
			// still active in June.
			name: "June: the fee rounded half up", m: month(2026, 6),
			agents: []row{
				{agent: "AG-01", status: AgentActive},
				{agent: "AG-02", status: AgentActive},
				{agent: "AG-03", status: AgentActive, collections: 1, participants: 1,
					collected: 16_820, fee: 1_262, agentShare: 1_136, wadah: 126, payable: 1_136},
			},
			wadahs: [][6]int64{{2, 0, 0, 0, 0, 0}, {1, 16_820, 1_262, 1_136, 126, 0}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := l.FeeStatements(c.m)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Agents) != len(c.agents) || len(f.Wadahs) != len(c.wadahs) {
				t.Fatalf("%d agent and %d wadah statements", len(f.Agents), len(f.Wadahs))
			}
			for i, w := range c.agents {
				s := f.Agents[i]
				got := row{s.Agent, s.Status, s.NewParticipants, s.Collections, s.Participants, s.OtherCollections,
					s.Collected.IntPart(), s.OtherCollected.IntPart(), s.Fee.IntPart(), s.AgentShare.IntPart(),
					s.WadahShare.IntPart(), s.Bonus.IntPart(), s.Payable.IntPart()}
				if got != w {
					t.Errorf("agent statement\n got %+v\nwant %+v", got, w)
				}
			}
			for i, w := range c.wadahs {
				s := f.Wadahs[i]
				got := [6]int64{int64(s.Agents), s.Collected.IntPart(), s.Fee.IntPart(), s.AgentShares.IntPart(),
					s.WadahShare.IntPart(), s.Bonuses.IntPart()}
				if got != w {
					t.Errorf("wadah %s: got %v, want %v", s.Wadah, got, w)
				}
			}
			checkAddsUp(t, f)
		})
	}
}

// checkAddsUp checks that every statement adds up, and every amount is whole
// rupiah.
func checkAddsUp(t *testing.T, f Fees) {
	t.Helper()
	wadahs := make(map[string]WadahStatement)
	for _, w := range f.Wadahs {
		wadahs[w.Wadah] = w
	}
	sums := make(map[string][4]int64)
	for _, s := range f.Agents {
		for _, d := range []interface{ IsInteger() bool }{s.Collected, s.Fee, s.AgentShare, s.WadahShare, s.Bonus, s.Payable} {
			if !d.IsInteger() {
				t.Errorf("%s: an amount is not whole rupiah", s.Agent)
			}
		}
		if !s.AgentShare.Add(s.WadahShare).Equal(s.Fee) || !s.AgentShare.Add(s.Bonus).Equal(s.Payable) ||
			s.AgentShare.IsNegative() || s.WadahShare.IsNegative() {
			t.Errorf("%s: fee %v ≠ agent %v + wadah %v, or payable %v ≠ agent + bonus %v",
				s.Agent, s.Fee, s.AgentShare, s.WadahShare, s.Payable, s.Bonus)
		}
		sum := sums[s.Wadah]
		sum[0] += s.Fee.IntPart()
		sum[1] += s.AgentShare.IntPart()
		sum[2] += s.WadahShare.IntPart()
		sum[3] += s.Bonus.IntPart()
		sums[s.Wadah] = sum
	}
	for id, w := range wadahs {
		got := [4]int64{w.Fee.IntPart(), w.AgentShares.IntPart(), w.WadahShare.IntPart(), w.Bonuses.IntPart()}
		if got != sums[id] {
			t.Errorf("wadah %s: %v, its agents add up to %v", id, got, sums[id])
		}
		if !w.AgentShares.Add(w.WadahShare).Equal(w.Fee) {
			t.Errorf("wadah %s: shares do not add up to the fee", id)
		}
	}
}

func TestFeeStatementsErrors(t *testing.T) {
	l := process(t, fixture(t), nil, Options{})
	_, err := l.FeeStatements(month(2017, 7))
	e := wantProblem(t, err, regulation.ErrNoRuleInForce, "regulation.no_rule_in_force")
	if e.Field != FeeRateParam {
		t.Errorf("the error names %q", e.Field)
	}
}

// Fee statements round-trip through JSON unchanged.
func TestFeesJSON(t *testing.T) {
	l := process(t, fixture(t), feeScenario(), Options{})
	f, err := l.FeeStatements(month(2026, 4))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, f)
	var s AgentStatus
	if err := s.UnmarshalText([]byte("RESTING")); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("unknown status: %v", err)
	}
}
