package partner_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// A small network: a desa in Kab. Bekasi with its three pillars, an Agen
// Perisai under a cooperative, and the branch.
const networkJSON = `{
  "wadahs": [{"id": "W-01", "name": "Koperasi Sejahtera Desa", "kind": "COOPERATIVE"}],
  "partners": [
    {"id": "KD-01", "role": "VILLAGE_HEAD", "name": "Sutrisno"},
    {"id": "BHB-01", "role": "BHABINKAMTIBMAS", "name": "Agus Setiawan", "nrp": "87050123"},
    {"id": "BSA-01", "role": "BABINSA", "name": "Dedi Kurniawan"},
    {"id": "AG-01", "role": "AGEN_PERISAI", "name": "Nur Hasanah", "wadah": "W-01",
     "certificate": {"number": "LSP-PRS/0417/2025", "issued": "2025-01-06", "valid_until": "2028-01-05"}},
    {"id": "CAB-01", "role": "BRANCH_OFFICER", "name": "Hendra Wijaya"}
  ],
  "assignments": [
    {"partner": "KD-01", "area": "32.16.01.2001", "from": "2022-01-01"},
    {"partner": "BHB-01", "area": "32.16.01.2001", "from": "2024-01-01"},
    {"partner": "BSA-01", "area": "32.16.01.2001", "from": "2024-01-01"},
    {"partner": "AG-01", "area": "32.16.01", "from": "2026-01-05"},
    {"partner": "CAB-01", "area": "32.16", "from": "2020-01-01"}
  ]
}`

var desa = region.MustParse("32.16.01.2001")

func network() *partner.Network {
	n, err := partner.DecodeNetwork(strings.NewReader(networkJSON))
	if err != nil {
		panic(err)
	}
	return n
}

// worker returns the NIK of the i-th village worker of the examples.
func worker(i int) membership.NIK {
	return membership.MustParseNIK(fmt.Sprintf("3216010101850%03d", i))
}

// recruits returns the NIKs of n new participants issued in the desa's
// district, all different, made by package jamsostest from a fixed seed:
// many valid NIKs are drawn, not built by hand.
func recruits(n int) []membership.NIK {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	out := make([]membership.NIK, n)
	for i := range out {
		nik, err := g.NIK(jamsostest.NIKSpec{District: desa.District()})
		if err != nil {
			panic(err)
		}
		out[i] = nik
	}
	return out
}

func ExampleParseNRP() {
	nrp, err := partner.ParseNRP("8705 0123", partner.Polri)
	fmt.Println(nrp, err) // masked: an NRP identifies a person
	_, err = partner.ParseNRP("870501234", partner.Polri)
	fmt.Println(errors.Is(err, partner.ErrInvalidNRP))
	fmt.Println(err.(*problem.Error).Message(problem.English))
	// Output:
	// 87••••23 <nil>
	// true
	// NRP: must have 8 digits for Polri, not 9 (87•••••34)
}

func ExampleParams_Permit() {
	p := partner.DefaultParams()
	on := regulation.MustDate(2026, 3, 2)
	fmt.Println(p.Permit(partner.Bhabinkamtibmas, partner.Refer, on))
	err := p.Permit(partner.Bhabinkamtibmas, partner.Collect, on)
	fmt.Println(errors.Is(err, partner.ErrNotPermitted))
	fmt.Println(err.(*problem.Error).Message(problem.English))
	// Output:
	// <nil>
	// true
	// kind: a Bhabinkamtibmas (police) may not collect contributions on 2026-03-02 (rule capabilities.bhabinkamtibmas: MoU Polri – BPJS Ketenagakerjaan [secondary]) (COLLECT)
}

func ExampleParams_WithOverrides() {
	doc := `{"overrides": [{
	  "parameter": "capabilities.babinsa", "from": "2027-01-01",
	  "value": "SOCIALISE+EDUCATE+REFER+REGISTER+REPORT",
	  "citation": {"instrument": "a regency's own agreement", "confidence": "unconfirmed"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := partner.DefaultParams().WithOverrides(o)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range []regulation.Date{regulation.MustDate(2026, 12, 31), regulation.MustDate(2027, 1, 1)} {
		e, _ := p.CapabilitiesOf(partner.Babinsa, d)
		fmt.Println(d, e.Value, e.Citation)
	}
	// Output:
	// 2026-12-31 SOCIALISE+EDUCATE+REFER+REPORT BPJS Ketenagakerjaan membership director statement, 15 February 2023 [unconfirmed]
	// 2027-01-01 SOCIALISE+EDUCATE+REFER+REGISTER+REPORT a regency's own agreement [unconfirmed]
}

func ExampleNetwork_Process() {
	n := network()
	acts := []partner.Activity{
		{Kind: partner.Socialisation, Date: regulation.MustDate(2026, 1, 12), Partner: "BHB-01", Village: desa, Attendance: 45},
		{Kind: partner.Referral, Date: regulation.MustDate(2026, 1, 12), Partner: "BHB-01", Village: desa, Participant: worker(1)},
		{Kind: partner.Registration, Date: regulation.MustDate(2026, 1, 20), Partner: "AG-01", Village: desa, Participant: worker(1)},
		// Wrong on purpose: police never handle money, and a worker is
		// registered only once.
		{Kind: partner.Collection, Date: regulation.MustDate(2026, 1, 21), Partner: "BHB-01", Village: desa, Participant: worker(1), Amount: rupiah(16_800)},
		{Kind: partner.Registration, Date: regulation.MustDate(2026, 1, 22), Partner: "CAB-01", Village: desa, Participant: worker(1)},
	}
	l, err := n.Process(acts, partner.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(l.Accepted()), "accepted,", len(l.Rejected()), "rejected")
	c, _ := l.CreditOf(worker(1))
	fmt.Println("credited:", c.Partner, "recruiter:", c.Recruiter)
	_ = l.WriteRejected(os.Stdout, problem.English)
	// Output:
	// 3 accepted, 2 rejected
	// credited: BHB-01 recruiter: AG-01
	// Rejected activities: 2 of 5
	// - item 3: 2026-01-21 collection BHB-01 32.16.01.2001 3216••••••••0001 Rp16,800
	//     kind: a Bhabinkamtibmas (police) may not collect contributions on 2026-01-21 (rule capabilities.bhabinkamtibmas: MoU Polri – BPJS Ketenagakerjaan [secondary]) (COLLECT) [activity.not_permitted]
	// - item 4: 2026-01-22 registration CAB-01 32.16.01.2001 3216••••••••0001
	//     participant: already registered on 2026-01-20 by AG-01 (3216••••••••0001) [registration.duplicate]
}

// Forty BPU recruits registered in February 2026 pay Rp16,800 each through
// their agent in March, their third month: under the 2022 scheme 15% of
// Rp672,000 is Rp100,800, all the agent's, and the wadah gets 10% on top,
// Rp10,080. In February, 40 new BPU (at least 25) earned Rp10,000 each.
func ExampleLedger_FeeStatements() {
	var acts []partner.Activity
	for _, nik := range recruits(40) {
		acts = append(acts,
			partner.Activity{Kind: partner.Registration, Date: regulation.MustDate(2026, 2, 2), Partner: "AG-01", Village: desa, Participant: nik},
			partner.Activity{Kind: partner.Collection, Date: regulation.MustDate(2026, 3, 2), Partner: "AG-01", Village: desa, Participant: nik, Amount: rupiah(16_800)},
		)
	}
	l, _ := network().Process(acts, partner.Options{})
	for _, m := range []regulation.Month{regulation.MustMonth(2026, 2), regulation.MustMonth(2026, 3)} {
		f, err := l.FeeStatements(m)
		if err != nil {
			fmt.Println(err)
			return
		}
		s := f.Agents[0]
		fmt.Println(m, s.Agent, s.Status, s.NewBPU, s.Collected, "payable", s.Payable, "wadah", s.WadahShare, "total", s.Total)
		for _, line := range s.Lines {
			fmt.Println("  ", line.Scheme, line.Kind, line.Count, line.Rate, line.Amount, line.WadahShare)
		}
	}
	// Output:
	// 2026-02 AG-01 ACTIVE 40 0 payable 400000 wadah 40000 total 440000
	//    PERISAI_2022 ACQUISITION 40 10000 400000 40000
	// 2026-03 AG-01 ACTIVE 0 672000 payable 100800 wadah 10080 total 110880
	//    PERISAI_2022 BPU_INCENTIVE 40 0.15 100800 10080
}

func ExampleLedger_Progress() {
	acts := []partner.Activity{
		{Kind: partner.Socialisation, Date: regulation.MustDate(2026, 1, 12), Partner: "BSA-01", Village: desa, Attendance: 60},
		{Kind: partner.Referral, Date: regulation.MustDate(2026, 1, 12), Partner: "BSA-01", Village: desa, Participant: worker(1)},
		{Kind: partner.Referral, Date: regulation.MustDate(2026, 1, 12), Partner: "BSA-01", Village: desa, Participant: worker(2)},
		{Kind: partner.Registration, Date: regulation.MustDate(2026, 1, 20), Partner: "AG-01", Village: desa, Participant: worker(1)},
		{Kind: partner.Collection, Date: regulation.MustDate(2026, 1, 20), Partner: "AG-01", Village: desa, Participant: worker(1), Amount: rupiah(16_800)},
	}
	l, _ := network().Process(acts, partner.Options{})
	p, err := l.Progress(partner.ProgressOptions{On: regulation.MustDate(2026, 1, 31)})
	if err != nil {
		fmt.Println(err)
		return
	}
	v := p.Villages[0]
	fmt.Printf("%s: referred %d, registered %d, paying %d of %d: coverage %s%%, conversion %s%%\n",
		v.Area, v.Referred, v.Registered, v.Paying, v.Target, v.Coverage.StringFixed(1), v.Conversion.StringFixed(1))
	for _, s := range p.Leaderboard {
		fmt.Println(s.Rank, s.Partner, s.CreditedPaying, s.Credited, s.Referred)
	}
	// Output:
	// 32.16.01.2001: referred 2, registered 1, paying 1 of 100: coverage 1.0%, conversion 50.0%
	// 1 BSA-01 1 1 2
	// 2 AG-01 0 0 0
}

func ExampleNetwork_MissingPillars() {
	n := network()
	other := region.MustParse("32.16.01.2002")
	for _, p := range n.MissingPillars([]region.Code{desa, other}, regulation.MustDate(2026, 3, 1)) {
		fmt.Println(p.Village, p.Missing)
	}
	// Output:
	// 32.16.01.2002 [VILLAGE_HEAD BHABINKAMTIBMAS BABINSA]
}

func ExampleReadActivitiesCSV() {
	csv := "tanggal;jenis;mitra;desa;nik;hadir;iuran\n" +
		"12/01/2026;sosialisasi;BHB-01;32.16.01.2001;;45;\n" +
		"20/01/2026;pengumpulan iuran;AG-01;32.16.01.2001;3216010101850001;;Rp16.800\n" +
		"21/01/2026;rujukan;BHB-01;32.16.01.2001;3216;;\n"
	acts, err := partner.ReadActivitiesCSV(strings.NewReader(csv))
	for _, a := range acts {
		fmt.Println(a.Line, a)
	}
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// 2 2026-01-12 SOCIALISATION BHB-01 32.16.01.2001 attendance=45
	// 3 2026-01-20 COLLECTION AG-01 32.16.01.2001 3216••••••••0001 16800
	// line 4, column participant: must have 16 digits, not 4 (••••)
}

func ExampleLedger_AgentStatus() {
	// AG-01 starts in January 2026 and does nothing: idle February to
	// April, suspended from May. The agent does not come back by itself:
	// the wadah asks in October (too early: six months from May is
	// November) and again in December, which takes effect.
	opts := partner.Options{Reactivations: []partner.Reactivation{
		{Agent: "AG-01", Wadah: "W-01", Date: regulation.MustDate(2026, 10, 1)},
		{Agent: "AG-01", Wadah: "W-01", Date: regulation.MustDate(2026, 12, 7)},
	}}
	l, _ := network().Process(nil, opts)
	for _, m := range []time.Month{time.April, time.May, time.November, time.December} {
		s, _ := l.AgentStatus("AG-01", regulation.MustMonth(2026, m))
		fmt.Println(m, s)
	}
	for _, r := range l.Reactivations() {
		fmt.Println(r.Request.Date, r.Granted(), r.Active, r.Problems.Codes())
	}
	// Output:
	// April ACTIVE
	// May SUSPENDED
	// November SUSPENDED
	// December ACTIVE
	// 2026-10-01 false  [reactivation.too_early]
	// 2026-12-07 true 2026-12 []
}

// A network document with mistakes: every element that cannot be read is
// reported at its position, the NRP masked.
func ExampleDecodeNetwork() {
	_, err := partner.DecodeNetwork(strings.NewReader(`{
  "partners": [
    {"id": "BHB-01", "role": "BHABINKAMTIBMAS", "name": "Agus Setiawan", "nrp": "8705012"},
    {"id": "BSA-01", "role": "BABINSA", "name": "Dedi Kurniawan", "rank": "Serka"}
  ]
}`))
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// 1st partner, NRP: must have 8–14 digits, not 7 (87•••12)
	// 2nd partner, rank: unknown field
}

// Activities as JSON: each object is read on its own, and a bad one is
// reported at the line where it starts, its NIK masked.
func ExampleReadActivitiesJSON() {
	acts, err := partner.ReadActivitiesJSON(strings.NewReader(`[
  {"kind": "SOCIALISATION", "date": "2026-01-12", "partner": "BHB-01", "village": "32.16.01.2001", "attendance": 45},
  {"kind": "COLLECTION", "date": "2026-01-20", "partner": "AG-01", "village": "32.16.01.2001",
   "participant": "3216010101850001", "amount": "16800", "month": "2026-01"},
  {"kind": "REFERRAL", "date": "2026-01-21", "partner": "BHB-01", "village": "32.16.01.2001", "participant": 3216010101850002}
]`))
	for _, a := range acts {
		fmt.Println(a.Line, a)
	}
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// 2 2026-01-12 SOCIALISATION BHB-01 32.16.01.2001 attendance=45
	// 3 2026-01-20 COLLECTION AG-01 32.16.01.2001 3216••••••••0001 16800
	// line 5, column participant: the value must be a string (3216••••••••0002)
}

// The statement of an agent whose 40 recruits paid Rp16,800 each in March:
// 7.5% of Rp672,000 is Rp50,400, of which the agent gets 90%.
func ExampleFees_WriteText() {
	var acts []partner.Activity
	for _, nik := range recruits(40) {
		acts = append(acts,
			partner.Activity{Kind: partner.Registration, Date: regulation.MustDate(2026, 2, 2), Partner: "AG-01", Village: desa, Participant: nik},
			partner.Activity{Kind: partner.Collection, Date: regulation.MustDate(2026, 3, 2), Partner: "AG-01", Village: desa, Participant: nik, Amount: rupiah(16_800)},
		)
	}
	l, _ := network().Process(acts, partner.Options{})
	f, err := l.FeeStatements(regulation.MustMonth(2026, 3))
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = f.WriteText(os.Stdout, problem.English)
	// Output:
	// Agen Perisai fee statement, March 2026
	// Scheme of the month: 2022 scheme (New Perisai). The 2022 scheme applies to contribution months from May 2022 (an assumption, parameter agent.fee_scheme); contributions for earlier months use the 2018 scheme.
	// Rounding: each line's amount is rounded half up to whole rupiah; 2018 scheme: the agent's share is rounded, the wadah's = amount − agent's; 2022 scheme: the agent keeps it all, the wadah's share on top is rounded.
	// Bills: 40 contributions collected or paid this month checked against the bill of their contribution month, 0 could not be checked (PU); fees count only what the bill made due.
	// Rules:
	//   the fee scheme in force (agent.fee_scheme), from 2022-05-01: BPJS Ketenagakerjaan Perdir 13/PERDIR.02/042022 (New Perisai) [unconfirmed]
	//   the 2022 scheme's BPU contribution incentive (agent.bpu_incentive), from 2022-04-01: BPJS Ketenagakerjaan Perdir 13/PERDIR.02/042022 (New Perisai) [secondary]
	//   the 2022 scheme's wadah incentive (agent.wadah_incentive), from 2022-04-01: BPJS Ketenagakerjaan Perdir 13/PERDIR.02/042022 (New Perisai) [secondary]
	//   the 2022 scheme's acquisition incentive (agent.acquisition_incentive), from 2022-04-01: BPJS Ketenagakerjaan Perdir 13/PERDIR.02/042022 (New Perisai) [secondary]
	//   the fewest agents per wadah (wadah.min_agents), from 2022-05-01: BPJS Ketenagakerjaan, deck "Sosialisasi New Perisai", April 2022 [secondary]
	//
	// Agent AG-01 (wadah W-01), status active
	//   New recruits registered          0 (new BPU for the acquisition incentive 0)
	//   Collected from own participants  Rp672,000 (40 collections, 40 participants)
	//   Not due by the bill, no fee      Rp0
	//   Collected from others, no fee    Rp0 (0 collections)
	//   [2022 scheme (New Perisai)] BPU contribution incentive months 1–24, 15% of Rp672,000 (40 collections); 40 with no enrolment, assumed BPU on JKK+JKM
	//       amount Rp100,800, agent Rp100,800, wadah Rp10,080
	//   Contribution fee and incentives  Rp100,800
	//   Bonus                            Rp0
	//   Acquisition incentive            Rp0
	//   Payable to the agent             Rp100,800
	//   Wadah's share                    Rp10,080
	//   Total                            Rp110,880
	//
	// Wadah W-01 Koperasi Sejahtera Desa: 1 agent
	//   Collected from the agents' participants  Rp672,000
	//   Not due by the bill, no fee              Rp0
	//   Contribution fee and incentives          Rp100,800
	//   Agents' bonuses                          Rp0
	//   Acquisition incentives                   Rp0
	//   Payable to the agents                    Rp100,800
	//   Wadah's share                            Rp10,080
	//   Total                                    Rp110,880
	//
	// Contributions that differ from the bill of their contribution month
	//   None.
	//
	// Warnings
	// - 1st wadah: wadah W-01 has 1 agent in the network; the scheme of the month asks for at least 5 (rule wadah.min_agents: BPJS Ketenagakerjaan, deck "Sosialisasi New Perisai", April 2022 [secondary]) (W-01) [wadah.too_few_agents]
}

func rupiah(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// A participant paid for March 2026 only is non-active from July (3
// consecutive unpaid months: April, May, June), so at the close of 30 June
// they no longer count as covered; one paid for April is still active.
func ExampleLedger_Coverage() {
	acts := []partner.Activity{
		{Kind: partner.Registration, Date: regulation.MustDate(2026, 3, 2), Partner: "AG-01", Village: desa, Participant: worker(1)},
		{Kind: partner.Collection, Date: regulation.MustDate(2026, 3, 2), Partner: "AG-01", Village: desa, Participant: worker(1), Amount: rupiah(16_800)},
		{Kind: partner.Registration, Date: regulation.MustDate(2026, 4, 2), Partner: "AG-01", Village: desa, Participant: worker(2)},
		{Kind: partner.Collection, Date: regulation.MustDate(2026, 4, 2), Partner: "AG-01", Village: desa, Participant: worker(2), Amount: rupiah(8_400)},
	}
	l, _ := network().Process(acts, partner.Options{})
	cs, err := l.Coverage(partner.ProgressOptions{On: regulation.MustDate(2026, 6, 30)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		fmt.Println(c.Participant, c.Months, c.StatusMonth, c.Status, c.Active())
	}
	// Output:
	// 3216••••••••0001 [2026-03] 2026-07 NON_ACTIVE false
	// 3216••••••••0002 [2026-04] 2026-07 ACTIVE true
}

// April 2026 collected at the undiscounted Rp16,800: PP 50/2025 bills
// Rp8,400, so only Rp8,400 was due.
func ExampleLedger_BillChecks() {
	acts := []partner.Activity{
		{Kind: partner.Registration, Date: regulation.MustDate(2026, 4, 2), Partner: "AG-01", Village: desa, Participant: worker(1)},
		{Kind: partner.Collection, Date: regulation.MustDate(2026, 4, 2), Partner: "AG-01", Village: desa, Participant: worker(1), Amount: rupiah(16_800)},
	}
	l, _ := network().Process(acts, partner.Options{})
	cs, err := l.BillChecks(regulation.MustMonth(2026, 4), partner.FeeInput{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		fmt.Println(c.Month, c.Finding, "collected", c.Collected, "bill", c.Bill, "due", c.Due, c.Reliefs[0].Citation.Instrument)
	}
	// Output:
	// 2026-04 OVER collected 16800 bill 8400 due 8400 PP 50/2025
}
