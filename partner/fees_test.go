package partner

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// feeScenario is the fixture network's agents over the first half of 2026,
// under the default rules (the 2022 scheme; no enrolments, so every
// participant counts as a BPU on JKK+JKM never registered before):
//
//   - AG-01, assigned January 2025 and idle, is suspended from May 2025;
//     W-01 asks for reactivation on 5 January 2026. AG-03, assigned June
//     2025 and idle, is suspended from October 2025; W-02 asks on 1 April
//     2026, the sixth month of the suspension counted from October.
//   - January: AG-01 registers 49 participants (nik 1–49) in desa1.
//   - March: AG-01 collects Rp16,800 from 40 of them (nik 1–40), and
//     Rp16,800 from nik 100, whom the branch registered without a referral.
//   - April: AG-01 registers 50 participants (nik 201–250) in desa2 and
//     collects Rp16,800 from each. AG-03 registers nik 300 and 301 in desa3
//     and collects Rp16,820 from each.
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

// feeOptions are the options of feeScenario: the wadahs' requests.
func feeOptions() Options {
	return Options{Reactivations: []Reactivation{
		{Agent: "AG-01", Wadah: "W-01", Date: day(2026, 1, 5)},
		{Agent: "AG-03", Wadah: "W-02", Date: day(2026, 4, 1)},
	}}
}

// The fee statements of 2026, worked out by hand from the 2022 scheme
// (Perdir 13/PERDIR.02/042022): 15% of BPU contributions in membership
// months 1–24, Rp10,000 per new BPU on JKK+JKM in a month with at least 25,
// the agent keeps all, the wadah 10% on top.
func TestFeeStatements(t *testing.T) {
	l := process(t, fixture(t), feeScenario(), feeOptions())
	if r := l.Rejected(); len(r) != 0 {
		t.Fatalf("rejected: %v", r[0].Problems)
	}
	type row struct {
		agent                                    string
		status                                   AgentStatus
		recruits, collections, participants, oth int
		collected, fee, acq, payable, wadah      int64
	}
	cases := []struct {
		name   string
		m      regulation.Month
		agents []row
		wadahs [][5]int64 // agents, fee, acquisition, payable, wadah share
	}{
		{
			// 49 new BPU ≥ 25: 49 × Rp10,000 = Rp490,000 to the agent, 10%
			// = Rp49,000 on top to the wadah. Nothing collected.
			name: "January: 49 new BPU, the acquisition incentive", m: month(2026, 1),
			agents: []row{
				{agent: "AG-01", status: AgentActive, recruits: 49, acq: 490_000, payable: 490_000, wadah: 49_000},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentSuspended},
			},
			wadahs: [][5]int64{{2, 0, 490_000, 490_000, 49_000}, {1, 0, 0, 0, 0}},
		},
		{
			// Membership month 3 (acquired January): Rp16,800 × 40 =
			// Rp672,000 × 15% = Rp100,800; wadah 10% = Rp10,080 on top.
			// nik 100 is not AG-01's: Rp16,800 collected, nothing earned.
			name: "March: 40 collections in membership month 3", m: month(2026, 3),
			agents: []row{
				{agent: "AG-01", status: AgentActive, collections: 40, participants: 40, oth: 1,
					collected: 672_000, fee: 100_800, payable: 100_800, wadah: 10_080},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentSuspended},
			},
			wadahs: [][5]int64{{2, 100_800, 0, 100_800, 10_080}, {1, 0, 0, 0, 0}},
		},
		{
			// AG-01: Rp16,800 × 50 = Rp840,000 × 15% = Rp126,000; 50 × Rp10,000
			// = Rp500,000; payable Rp626,000; wadah Rp12,600 + Rp50,000.
			// AG-03, reactivated: Rp16,820 × 2 = Rp33,640 × 15% = Rp5,046;
			// wadah Rp504.60, rounded half up Rp505; 2 new: no acquisition.
			name: "April: acquisition and incentive; AG-03 back at W-02's request", m: month(2026, 4),
			agents: []row{
				{agent: "AG-01", status: AgentActive, recruits: 50, collections: 50, participants: 50,
					collected: 840_000, fee: 126_000, acq: 500_000, payable: 626_000, wadah: 62_600},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentActive, recruits: 2, collections: 2, participants: 2,
					collected: 33_640, fee: 5_046, payable: 5_046, wadah: 505},
			},
			wadahs: [][5]int64{{2, 126_000, 500_000, 626_000, 62_600}, {1, 5_046, 0, 5_046, 505}},
		},
		{
			// Rp16,867 × 15% = Rp2,530.05, rounded Rp2,530; wadah Rp253.
			name: "May: the incentive rounded half up", m: month(2026, 5),
			agents: []row{
				{agent: "AG-01", status: AgentActive},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentActive, collections: 1, participants: 1,
					collected: 16_867, fee: 2_530, payable: 2_530, wadah: 253},
			},
			wadahs: [][5]int64{{2, 0, 0, 0, 0}, {1, 2_530, 0, 2_530, 253}},
		},
		{
			// Rp16,820 × 15% = Rp2,523; wadah Rp252.30, rounded Rp252.
			// AG-01's last activity was in April: idle May to July, so still
			// active in June. AG-02 stays suspended: no request.
			name: "June: AG-02 never comes back by itself", m: month(2026, 6),
			agents: []row{
				{agent: "AG-01", status: AgentActive},
				{agent: "AG-02", status: AgentSuspended},
				{agent: "AG-03", status: AgentActive, collections: 1, participants: 1,
					collected: 16_820, fee: 2_523, payable: 2_523, wadah: 252},
			},
			wadahs: [][5]int64{{2, 0, 0, 0, 0}, {1, 2_523, 0, 2_523, 252}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := l.FeeStatements(c.m)
			if err != nil {
				t.Fatal(err)
			}
			if f.Scheme != Scheme2022 || f.Switch != month(2022, 5) {
				t.Errorf("scheme %v, switch %v", f.Scheme, f.Switch)
			}
			if len(f.Agents) != len(c.agents) || len(f.Wadahs) != len(c.wadahs) {
				t.Fatalf("%d agent and %d wadah statements", len(f.Agents), len(f.Wadahs))
			}
			for i, w := range c.agents {
				s := f.Agents[i]
				got := row{s.Agent, s.Status, s.NewParticipants, s.Collections, s.Participants, s.OtherCollections,
					s.Collected.IntPart(), s.Fee.IntPart(), s.Acquisition.IntPart(), s.Payable.IntPart(), s.WadahShare.IntPart()}
				if got != w {
					t.Errorf("agent statement\n got %+v\nwant %+v", got, w)
				}
				for _, line := range s.Lines {
					if line.Scheme != Scheme2022 || line.Assumed != line.Count {
						t.Errorf("%s: line %+v", s.Agent, line)
					}
				}
			}
			for i, w := range c.wadahs {
				s := f.Wadahs[i]
				got := [5]int64{int64(s.Agents), s.Fee.IntPart(), s.Acquisition.IntPart(), s.Payable.IntPart(), s.WadahShare.IntPart()}
				if got != w {
					t.Errorf("wadah %s: got %v, want %v", s.Wadah, got, w)
				}
			}
			checkAddsUp(t, f)
		})
	}
}

// checkAddsUp checks that every statement adds up, line by line, and every
// amount is whole rupiah.
func checkAddsUp(t *testing.T, f Fees) {
	t.Helper()
	type sums struct{ fee, bonus, acq, payable, wadah, total int64 }
	byWadah := make(map[string]sums)
	for _, s := range f.Agents {
		var got sums
		for _, line := range s.Lines {
			for _, d := range []interface{ IsInteger() bool }{line.Amount, line.AgentShare, line.WadahShare} {
				if !d.IsInteger() {
					t.Errorf("%s: an amount is not whole rupiah: %+v", s.Agent, line)
				}
			}
			if line.Scheme == Scheme2018 && !line.AgentShare.Add(line.WadahShare).Equal(line.Amount) {
				t.Errorf("%s: a 2018 line's shares do not add up to its amount: %+v", s.Agent, line)
			}
			if line.Scheme == Scheme2022 && !line.AgentShare.Equal(line.Amount) {
				t.Errorf("%s: a 2022 line does not give the agent all of it: %+v", s.Agent, line)
			}
			switch line.Kind {
			case LineBonus:
				got.bonus += line.Amount.IntPart()
			case LineAcquisition:
				got.acq += line.Amount.IntPart()
			default:
				got.fee += line.Amount.IntPart()
			}
			got.payable += line.AgentShare.IntPart()
			got.wadah += line.WadahShare.IntPart()
		}
		got.total = got.payable + got.wadah
		want := sums{s.Fee.IntPart(), s.Bonus.IntPart(), s.Acquisition.IntPart(), s.Payable.IntPart(), s.WadahShare.IntPart(), s.Total.IntPart()}
		if got != want {
			t.Errorf("%s: the lines add up to %+v, the statement says %+v", s.Agent, got, want)
		}
		w := byWadah[s.Wadah]
		w.fee += want.fee
		w.bonus += want.bonus
		w.acq += want.acq
		w.payable += want.payable
		w.wadah += want.wadah
		w.total += want.total
		byWadah[s.Wadah] = w
	}
	for _, w := range f.Wadahs {
		got := sums{w.Fee.IntPart(), w.Bonuses.IntPart(), w.Acquisition.IntPart(), w.Payable.IntPart(), w.WadahShare.IntPart(), w.Total.IntPart()}
		if got != byWadah[w.Wadah] {
			t.Errorf("wadah %s: %+v, its agents add up to %+v", w.Wadah, got, byWadah[w.Wadah])
		}
	}
}

// perisaiNetwork has one wadah and three agents: AG-18 assigned from May
// 2018, AG-22 from March 2022, AG-23 from May 2023, all in district
// 32.16.01, certificates valid 2018–2030.
func perisaiNetwork(t *testing.T) *Network {
	t.Helper()
	doc := `{
  "wadahs": [{"id": "W-01", "name": "Koperasi Sejahtera Desa", "kind": "COOPERATIVE"}],
  "partners": [
    {"id": "AG-18", "role": "AGEN_PERISAI", "name": "Agen Satu", "wadah": "W-01",
     "certificate": {"number": "LSP-PRS/0001/2018", "issued": "2018-04-02", "valid_until": "2030-12-31"}},
    {"id": "AG-22", "role": "AGEN_PERISAI", "name": "Agen Dua", "wadah": "W-01",
     "certificate": {"number": "LSP-PRS/0002/2022", "issued": "2022-03-01", "valid_until": "2030-12-31"}},
    {"id": "AG-23", "role": "AGEN_PERISAI", "name": "Agen Tiga", "wadah": "W-01",
     "certificate": {"number": "LSP-PRS/0003/2023", "issued": "2023-05-02", "valid_until": "2030-12-31"}}
  ],
  "assignments": [
    {"partner": "AG-18", "area": "32.16.01", "from": "2018-05-02"},
    {"partner": "AG-22", "area": "32.16.01", "from": "2022-03-01"},
    {"partner": "AG-23", "area": "32.16.01", "from": "2023-05-02"}
  ]
}`
	n, err := DecodeNetwork(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// noSuspension keeps agents active over the long spans of these tests.
func noSuspension(p Params) Params {
	p.Suspension = regulation.MustTimeline(SuspensionParam, []regulation.Entry[Suspension]{{
		From: regulation.MustDate(2018, 2, 1), Value: Suspension{IdleMonths: 1200, RejoinAfterMonths: 1},
		Citation: regulation.Citation{Instrument: "test: no suspension", Confidence: regulation.Unconfirmed},
	}})
	return p
}

// fifty registers 50 participants with agent on day d and collects Rp36,800
// (JKK+JKM+JHT on Rp1,000,000: 10,000 + 6,800 + 20,000) from each the same
// day, with their enrolments as BPU on the three programs.
func fifty(agent string, d regulation.Date, first int) ([]Activity, []Enrolment) {
	var acts []Activity
	var es []Enrolment
	for i := first; i < first+50; i++ {
		acts = append(acts, act(Registration, d, agent, desa1, nik(i)), pay(Collection, d, agent, desa1, nik(i), 36_800))
		es = append(es, Enrolment{Participant: nik(i), Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT)})
	}
	return acts, es
}

// The deck "Sosialisasi New Perisai" (April 2022) works one case both ways:
// 50 new BPU on three programs, Rp36,800 each, Rp1,840,000 in all.
func TestFeeSchemes2018And2022(t *testing.T) {
	a18, e18 := fifty("AG-18", day(2018, 5, 14), 1)
	a23, e23 := fifty("AG-23", day(2023, 5, 15), 101)
	acts := append(a18, a23...)
	in := FeeInput{Enrolments: append(e18, e23...)}
	n := perisaiNetwork(t)
	tests := []struct {
		name                                 string
		split                                bool
		m                                    regulation.Month
		scheme                               FeeScheme
		fee, bonus, acq, payable, wadah, tot int64
		lines                                int
	}{
		// 2018: 7.5% × Rp1,840,000 = Rp138,000; agent 90% = Rp124,200,
		// wadah Rp13,800; bonus Rp500,000 (50 new ≥ 50) the agent's alone:
		// payable Rp624,200 (the 2018 press).
		{"2018 scheme, May 2018: the bonus outside the wadah's share (2018 press)", false, month(2018, 5), Scheme2018,
			138_000, 500_000, 0, 624_200, 13_800, 638_000, 2},
		// The deck's reading: (Rp500,000 + Rp138,000) × 90% = Rp574,200;
		// the wadah Rp13,800 + Rp50,000 = Rp63,800.
		{"2018 scheme, May 2018: the bonus split 90/10 (the deck)", true, month(2018, 5), Scheme2018,
			138_000, 500_000, 0, 574_200, 63_800, 638_000, 2},
		// 2022: membership month 1, 15% × Rp1,840,000 = Rp276,000; 50 new
		// BPU ≥ 25 on three programs: 50 × Rp15,000 = Rp750,000; the agent
		// keeps Rp1,026,000 (the deck); the wadah 10% on top: Rp27,600 +
		// Rp75,000 = Rp102,600.
		{"2022 scheme, May 2023: incentive and acquisition, the wadah on top (the deck)", false, month(2023, 5), Scheme2022,
			276_000, 0, 750_000, 1_026_000, 102_600, 1_128_600, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			if tc.split {
				p.BonusSplit = regulation.MustTimeline(BonusSplitParam, []regulation.Entry[bool]{{
					From: day(2018, 2, 1), Value: true, Citation: regulation.Citation{Instrument: "deck reading", Confidence: regulation.Unconfirmed}}})
			}
			l := process(t, n, acts, Options{Params: p})
			if r := l.Rejected(); len(r) != 0 {
				t.Fatalf("rejected: %v", r[0].Problems)
			}
			f, err := l.FeeStatementsFor(tc.m, in)
			if err != nil {
				t.Fatal(err)
			}
			var s AgentStatement
			for _, a := range f.Agents {
				if a.Collections > 0 {
					s = a
				}
			}
			got := [6]int64{s.Fee.IntPart(), s.Bonus.IntPart(), s.Acquisition.IntPart(), s.Payable.IntPart(), s.WadahShare.IntPart(), s.Total.IntPart()}
			want := [6]int64{tc.fee, tc.bonus, tc.acq, tc.payable, tc.wadah, tc.tot}
			if got != want || f.Scheme != tc.scheme || len(s.Lines) != tc.lines {
				t.Errorf("%s: fee, bonus, acquisition, payable, wadah, total %v; want %v; scheme %v; lines %+v", s.Agent, got, want, f.Scheme, s.Lines)
			}
			for _, line := range s.Lines {
				if line.Scheme != tc.scheme || line.Assumed != 0 {
					t.Errorf("line %+v", line)
				}
			}
			checkAddsUp(t, f)
		})
	}
}

// Membership months count from the month the agent acquired the
// participant, month 1 (Perdir 13/PERDIR.02/042022: 15% in months 1–24,
// 5% in 25–60, then the participant passes to the branch).
func TestMembershipMonths(t *testing.T) {
	// AG-23 registers nik 1 in May 2023 (month 1). Collected in May 2025:
	// the contributions of April 2025 (month 24) and May 2025 (month 25);
	// in May 2028: May 2028 is month 61.
	acts := []Activity{
		act(Registration, day(2023, 5, 15), "AG-23", desa1, nik(1)),
		{Kind: Collection, Date: day(2025, 5, 10), Partner: "AG-23", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2025, 4)},
		{Kind: Collection, Date: day(2025, 5, 10), Partner: "AG-23", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2025, 5)},
		{Kind: Collection, Date: day(2028, 5, 10), Partner: "AG-23", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2028, 5)},
	}
	l := process(t, perisaiNetwork(t), acts, Options{Params: noSuspension(DefaultParams())})
	if r := l.Rejected(); len(r) != 0 {
		t.Fatalf("rejected: %v", r[0].Problems)
	}
	f, err := l.FeeStatements(month(2025, 5))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Agents[2]
	// Month 24: Rp36,800 × 15% = Rp5,520 (wadah Rp552); month 25: × 5% =
	// Rp1,840 (wadah Rp184).
	if len(s.Lines) != 2 || s.Lines[0].Tier.To != 24 || !s.Lines[0].Amount.Equal(rp(5_520)) || !s.Lines[0].WadahShare.Equal(rp(552)) ||
		s.Lines[1].Tier.From != 25 || !s.Lines[1].Amount.Equal(rp(1_840)) || !s.Lines[1].WadahShare.Equal(rp(184)) ||
		!s.Payable.Equal(rp(7_360)) || !s.Total.Equal(rp(8_096)) {
		t.Errorf("months 24 and 25: %+v", s)
	}
	checkAddsUp(t, f)
	f, err = l.FeeStatements(month(2028, 5))
	if err != nil {
		t.Fatal(err)
	}
	if s := f.Agents[2]; len(s.Lines) != 1 || s.Lines[0].Tier.From != 61 || !s.Lines[0].Amount.IsZero() || !s.Collected.Equal(rp(36_800)) {
		t.Errorf("month 61: %+v", s)
	}
}

// The 2022 acquisition incentive needs at least 25 new BPU never registered
// as BPU in the month; Rp10,000 each on JKK+JKM.
func TestAcquisitionThreshold(t *testing.T) {
	var acts []Activity
	var es []Enrolment
	two := membership.SetOf(membership.JKK, membership.JKM)
	for i := 1; i <= 24; i++ { // June 2023: 24
		acts = append(acts, act(Registration, day(2023, 6, 5), "AG-23", desa1, nik(i)))
		es = append(es, Enrolment{Participant: nik(i), Segment: membership.BPU, Programs: two})
	}
	for i := 101; i <= 125; i++ { // July 2023: 25
		acts = append(acts, act(Registration, day(2023, 7, 5), "AG-23", desa1, nik(i)))
		es = append(es, Enrolment{Participant: nik(i), Segment: membership.BPU, Programs: two})
	}
	for i := 201; i <= 225; i++ { // August 2023: 25, one of them registered as BPU before
		acts = append(acts, act(Registration, day(2023, 8, 5), "AG-23", desa1, nik(i)))
		es = append(es, Enrolment{Participant: nik(i), Segment: membership.BPU, Programs: two, Returning: i == 201})
	}
	l := process(t, perisaiNetwork(t), acts, Options{})
	tests := []struct {
		name       string
		m          regulation.Month
		newBPU     int
		acq, wadah int64
	}{
		{"Perdir 13/2022: 24 new BPU, one below the threshold, nothing", month(2023, 6), 24, 0, 0},
		// 25 × Rp10,000 = Rp250,000; the wadah 10% = Rp25,000 on top.
		{"Perdir 13/2022: 25 new BPU, at the threshold, Rp10,000 each", month(2023, 7), 25, 250_000, 25_000},
		{"Perdir 13/2022: 25 registered, one NIK registered as BPU before: 24, nothing", month(2023, 8), 24, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := l.FeeStatementsFor(tc.m, FeeInput{Enrolments: es})
			if err != nil {
				t.Fatal(err)
			}
			s := f.Agents[2]
			if s.NewBPU != tc.newBPU || !s.Acquisition.Equal(rp(tc.acq)) || !s.WadahShare.Equal(rp(tc.wadah)) {
				t.Errorf("new BPU %d, acquisition %v, wadah %v; want %d, %d, %d", s.NewBPU, s.Acquisition, s.WadahShare, tc.newBPU, tc.acq, tc.wadah)
			}
		})
	}
}

// A statement across the switch: collected in May 2022 for April (the 2018
// scheme) and May (the 2022 scheme), each line saying which.
func TestFeeStatementAcrossTheSwitch(t *testing.T) {
	acts := []Activity{
		act(Registration, day(2022, 4, 4), "AG-22", desa1, nik(1)),
		{Kind: Collection, Date: day(2022, 5, 9), Partner: "AG-22", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2022, 4)},
		{Kind: Collection, Date: day(2022, 5, 9), Partner: "AG-22", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2022, 5)},
	}
	l := process(t, perisaiNetwork(t), acts, Options{})
	f, err := l.FeeStatements(month(2022, 5))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Agents[1]
	// April, 2018 scheme: Rp36,800 × 7.5% = Rp2,760; agent 90% Rp2,484,
	// wadah Rp276. May, 2022 scheme, membership month 2: × 15% = Rp5,520,
	// wadah Rp552 on top. Payable Rp8,004, wadah Rp828, total Rp8,832.
	if len(s.Lines) != 2 || s.Lines[0].Scheme != Scheme2018 || s.Lines[0].Kind != LineFee || !s.Lines[0].AgentShare.Equal(rp(2_484)) ||
		s.Lines[1].Scheme != Scheme2022 || s.Lines[1].Kind != LineBPUIncentive || !s.Lines[1].Amount.Equal(rp(5_520)) ||
		!s.Payable.Equal(rp(8_004)) || !s.WadahShare.Equal(rp(828)) || !s.Total.Equal(rp(8_832)) {
		t.Errorf("across the switch: %+v", s)
	}
	checkAddsUp(t, f)

	// The switch moved to June 2022 by an override: both months under 2018,
	// one line: Rp73,600 × 7.5% = Rp5,520; agent Rp4,968, wadah Rp552.
	doc := `{"overrides": [{"parameter": "agent.fee_scheme", "from": "2022-05-01", "until": "2022-05-31", "value": "PERISAI_2018",
	  "citation": {"instrument": "test: a later switch", "confidence": "unconfirmed"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	l = process(t, perisaiNetwork(t), acts, Options{Params: p})
	f, err = l.FeeStatements(month(2022, 5))
	if err != nil {
		t.Fatal(err)
	}
	if s := f.Agents[1]; f.Scheme != Scheme2018 || len(s.Lines) != 1 || !s.Lines[0].Amount.Equal(rp(5_520)) || !s.Payable.Equal(rp(4_968)) {
		t.Errorf("switch in June: %v %+v", f.Scheme, s)
	}
}

func TestFeeStatementsErrors(t *testing.T) {
	n := perisaiNetwork(t)
	l := process(t, n, nil, Options{})
	_, err := l.FeeStatements(month(2018, 1))
	e := wantProblem(t, err, regulation.ErrNoRuleInForce, "regulation.no_rule_in_force")
	if e.Field != FeeSchemeParam || e.Value != "2018-01" {
		t.Errorf("a month before any scheme: the error names %q %q", e.Field, e.Value)
	}

	// A collection for a month before the agent acquired the participant,
	// and one from a participant an enrolment gives the agent without a
	// month of acquisition.
	acts := []Activity{
		act(Registration, day(2023, 6, 5), "AG-23", desa1, nik(1)),
		{Kind: Collection, Date: day(2023, 6, 5), Partner: "AG-23", Village: desa1, Participant: nik(1), Amount: rp(16_800), Month: month(2023, 5)},
		pay(Collection, day(2023, 6, 6), "AG-23", desa1, nik(2), 16_800),
	}
	l = process(t, n, acts, Options{})
	if r := l.Rejected(); len(r) != 0 {
		t.Fatalf("rejected: %v", r[0].Problems)
	}
	_, err = l.FeeStatementsFor(month(2023, 6), FeeInput{Enrolments: []Enrolment{{Participant: nik(2), Segment: membership.BPU, Agent: "AG-23"}}})
	var pl problem.List
	if !errors.Is(err, ErrMembershipMonthUnknown) || !errors.As(err, &pl) || len(pl) != 2 {
		t.Fatalf("membership months: %v", err)
	}
	if pl[0].Code != "fee.before_acquisition" || pl[0].Field != "activities[1].month" || pl[0].Value != "2023-05" ||
		pl[1].Code != "fee.acquisition_unknown" || pl[1].Field != "activities[2].participant" || strings.Contains(pl[1].Value, nik(2).Digits()) {
		t.Errorf("problems %v", pl)
	}
	_, err = l.FeeStatementsFor(month(2023, 6), FeeInput{Enrolments: []Enrolment{{Participant: nik(2), Segment: membership.Jakon}, {Participant: nik(2), Segment: membership.BPU}}})
	if !errors.Is(err, ErrInvalidOptions) || !errors.As(err, &pl) || len(pl) != 2 || pl[0].Field != "enrolments[0].segment" || pl[1].Code != "enrolment.duplicate" {
		t.Errorf("bad enrolments: %v", err)
	}
}

// A PU participant's contributions earn the 7.5% transition rate under the
// 2022 scheme, and count for no acquisition incentive.
func TestPUTransition(t *testing.T) {
	acts := []Activity{
		act(Registration, day(2023, 6, 5), "AG-23", desa1, nik(1)),
		pay(Collection, day(2023, 6, 5), "AG-23", desa1, nik(1), 108_000),
	}
	l := process(t, perisaiNetwork(t), acts, Options{})
	f, err := l.FeeStatementsFor(month(2023, 6), FeeInput{Enrolments: []Enrolment{{Participant: nik(1), Segment: membership.PU}}})
	if err != nil {
		t.Fatal(err)
	}
	// Rp108,000 × 7.5% = Rp8,100; wadah Rp810 on top.
	s := f.Agents[2]
	if len(s.Lines) != 1 || s.Lines[0].Kind != LinePUIncentive || !s.Payable.Equal(rp(8_100)) || !s.WadahShare.Equal(rp(810)) || s.NewBPU != 0 {
		t.Errorf("PU: %+v", s)
	}
}

// Fee statements round-trip through JSON unchanged.
func TestFeesJSON(t *testing.T) {
	l := process(t, fixture(t), feeScenario(), feeOptions())
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
