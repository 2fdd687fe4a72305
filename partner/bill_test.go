package partner

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Collections checked against the bill of their contribution month. The
// bills, by hand (regulations §2.1–2.2): BPU on Rp1,000,000, JKK 1% =
// Rp10,000 and JKM Rp6,800, Rp16,800; with JHT 2% = Rp20,000, Rp36,800. PP
// 50/2025 halves JKK and JKM (Rp5,000 + Rp3,400 = Rp8,400) for transport
// workers from January 2026 and for every other sector from April to
// December 2026; JHT is not cut (Rp28,400 with it). Regency money (APBD) is
// excluded; village money (APBDes) is not under reading A (§2.2.1), which
// the calculator here is given explicitly, whatever package contribution's
// default policy.
func TestBillChecks(t *testing.T) {
	readingA := readingCalculator(t, false)
	bpu := func(i int, sector contribution.Sector) Enrolment {
		return Enrolment{Participant: nik(i), Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM), Sector: sector}
	}
	in := FeeInput{Calculator: readingA, Enrolments: []Enrolment{
		bpu(2, contribution.Transport),
		{Participant: nik(8), Segment: membership.PU},
		{Participant: nik(9), Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM), Income: rp(2_000_000)},
	}}
	cases := []struct {
		name      string
		a         Activity
		bill, due int64
		finding   Finding
		relief    bool
	}{
		{"PP 50/2025 Pasal 4: April 2026 collected at the undiscounted Rp16,800",
			pay(Collection, day(2026, 4, 10), "AG-01", desa1, nik(1), 16_800), 8_400, 8_400, Over, true},
		{"PP 50/2025 Pasal 3: transport from January 2026",
			Activity{Kind: Collection, Date: day(2026, 4, 10), Partner: "AG-01", Village: desa1, Participant: nik(2), Amount: rp(16_800), Month: month(2026, 3)},
			8_400, 8_400, Over, true},
		{"PP 44/2015: March 2026 outside transport, no relief",
			Activity{Kind: Collection, Date: day(2026, 4, 10), Partner: "AG-01", Village: desa1, Participant: nik(3), Amount: rp(16_800), Month: month(2026, 3)},
			16_800, 16_800, AsBilled, false},
		{"PP 50/2025 Pasal 4: JHT not cut, Rp28,400 with it (package assumed from the amount)",
			pay(Collection, day(2026, 4, 11), "AG-01", desa1, nik(4), 28_400), 28_400, 28_400, AsBilled, true},
		{"under the bill: all of it due, the rest owed",
			pay(Collection, day(2026, 4, 12), "AG-01", desa1, nik(5), 8_000), 8_400, 8_000, Under, true},
		{"regulations §2.2.1 reading A: a village head pays from APBDes, discounted",
			pay(Payment, day(2026, 4, 13), "KD-2001", desa1, nik(6), 8_400), 8_400, 8_400, AsBilled, true},
		{"PP 50/2025 Pasal 3: paid from APBD by the regency, excluded",
			pay(Payment, day(2026, 4, 13), "PEMKAB", desa1, nik(7), 16_800), 16_800, 16_800, AsBilled, false},
		{"PU: the bill needs the wage, not checked",
			pay(Collection, day(2026, 4, 14), "BANK-01", desa1, nik(8), 100_000), 0, 100_000, Unchecked, false},
		{"declared income Rp2,000,000: JKK Rp20,000 halved to Rp10,000, JKM Rp3,400",
			pay(Collection, day(2026, 4, 15), "BANK-01", desa1, nik(9), 13_400), 13_400, 13_400, AsBilled, true},
	}
	var acts []Activity
	for _, c := range cases {
		acts = append(acts, c.a)
	}
	// A collection for a month before the registration: nothing due.
	acts = append(acts,
		act(Registration, day(2026, 4, 1), "AG-01", desa1, nik(10)),
		Activity{Kind: Collection, Date: day(2026, 4, 2), Partner: "AG-01", Village: desa1, Participant: nik(10), Amount: rp(16_800), Month: month(2026, 3)})
	l := process(t, fixture(t), acts, steady())
	if r := l.Rejected(); len(r) != 0 {
		t.Fatalf("rejected: %v", r[0].Problems)
	}
	checks, err := l.BillChecks(month(2026, 4), in)
	if err != nil {
		t.Fatal(err)
	}
	byNIK := map[string]BillCheck{}
	for _, c := range checks {
		byNIK[c.Participant.Digits()] = c
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := byNIK[c.a.Participant.Digits()]
			if got.Index != i || got.Finding != c.finding || got.Bill.IntPart() != c.bill || got.Due.IntPart() != c.due ||
				(len(got.Reliefs) > 0) != c.relief {
				t.Errorf("got %+v", got)
			}
			if c.finding != Unchecked && got.Difference.IntPart() != c.a.Amount.IntPart()-c.bill {
				t.Errorf("difference %v", got.Difference)
			}
		})
	}
	if w := byNIK[nik(10).Digits()]; w.Finding != WrongMonth || !w.Due.IsZero() || w.Bill.IntPart() != 16_800 {
		t.Errorf("wrong month: %+v", w)
	}

	f, err := l.FeeStatementsFor(month(2026, 4), in)
	if err != nil {
		t.Fatal(err)
	}
	// Discrepancies: nik 1, 2 over, 5 under, 10 the wrong month; of the 10
	// collections and payments, 9 checked and the PU one unchecked.
	if len(f.Discrepancies) != 4 || f.Checked != 9 || f.Unchecked != 1 {
		t.Errorf("%d discrepancies, %d checked, %d unchecked", len(f.Discrepancies), f.Checked, f.Unchecked)
	}
	// AG-01's own participants: only nik 10 is its recruit; Rp16,800
	// collected, none of it due, no fee.
	s := f.Agents[0]
	if s.Agent != "AG-01" || s.Collections != 1 || !s.Collected.Equal(rp(16_800)) || !s.NotDue.Equal(rp(16_800)) || !s.Fee.IsZero() {
		t.Errorf("AG-01: %+v", s)
	}
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		var b strings.Builder
		if err := f.WriteText(&b, lang); err != nil {
			t.Fatal(err)
		}
		for _, want := range map[problem.Lang][]string{
			problem.Indonesian: {"AG-01, April 2026, 1 kali: lebih dari tagihan; terkumpul Rp16.800, tagihan Rp8.400 (keringanan PP 50/2025)",
				"kurang Rp400 per kali", "bulan iuran sebelum kepesertaan", "tidak ada yang terutang untuk bulan itu"},
			problem.English: {"AG-01, April 2026, 1 collection: over the bill; collected Rp16,800, bill Rp8,400 (relief PP 50/2025)",
				"Rp400 short each time", "month before the membership", "nothing was due for that month"},
		}[lang] {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s: the statement lacks %q\n%s", lang, want, b.String())
			}
		}
		if strings.Contains(b.String(), nik(1).Digits()) {
			t.Error("a full NIK in the statement")
		}
	}
}

// readingCalculator is the default calculator with APBDes excluded from PP
// 50/2025 (reading B) or not (reading A).
func readingCalculator(t *testing.T, excluded bool) *contribution.Calculator {
	t.Helper()
	p := contribution.DefaultParams()
	p.VillageBudgetExcluded = regulation.MustTimeline("policy.pp50_2025.village_budget_excluded", []regulation.Entry[bool]{{
		From: day(2025, 12, 22), Value: excluded,
		Citation: regulation.Citation{Instrument: "test: one reading of PP 50/2025 Pasal 3", Confidence: regulation.Unconfirmed},
	}})
	c, err := contribution.NewCalculator(p, contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Reading B of regulations §2.2.1: a village budget counts as APBD, so a
// village head's payment is billed Rp16,800 and Rp8,400 is under it.
func TestBillChecksReadingB(t *testing.T) {
	l := process(t, fixture(t), []Activity{pay(Payment, day(2026, 4, 13), "KD-2001", desa1, nik(6), 8_400)}, steady())
	cs, err := l.BillChecks(month(2026, 4), FeeInput{Calculator: readingCalculator(t, true)})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Finding != Under || cs[0].Bill.IntPart() != 16_800 || len(cs[0].Reliefs) != 0 {
		t.Errorf("got %+v", cs)
	}
}

// A bill the calculator has no rule for is an error naming the activity.
func TestBillChecksOutsideTheRules(t *testing.T) {
	l := process(t, fixture(t), []Activity{pay(Collection, day(2028, 1, 10), "BANK-01", desa1, nik(1), 16_800)}, steady())
	_, err := l.BillChecks(month(2028, 1), FeeInput{})
	var pl problem.List
	if !errors.Is(err, regulation.ErrNoRuleInForce) || !errors.As(err, &pl) || !strings.HasPrefix(pl[0].Field, "activities[0]") {
		t.Errorf("got %v", err)
	}
}

// The wadah minimum is dated: 3 agents under the 2018 scheme, 5 under the
// 2022 scheme (deck "Sosialisasi New Perisai", April 2022: "min. 5 agents
// per wadah (was 3)"). W-01 of perisaiNetwork has 3 agents.
func TestWadahMinAgents(t *testing.T) {
	l := process(t, perisaiNetwork(t), nil, Options{Params: noSuspension(DefaultParams())})
	for _, c := range []struct {
		name     string
		m        regulation.Month
		warnings int
	}{
		{"2018 scheme: at least 3, W-01 has 3", month(2019, 6), 0},
		{"2018 scheme until April 2022", month(2022, 4), 0},
		{"2022 scheme: at least 5, W-01 has 3", month(2022, 5), 1},
	} {
		f, err := l.FeeStatements(c.m)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.Warnings) != c.warnings {
			t.Errorf("%s: %v", c.name, f.Warnings)
		}
		for _, w := range f.Warnings {
			if !errors.Is(w, ErrTooFewAgents) || w.Code != "wadah.too_few_agents" || !strings.Contains(w.Message(problem.English), "has 3 agents") ||
				!strings.Contains(w.Message(problem.Indonesian), "sedikitnya 5") {
				t.Errorf("%s: %v", c.name, w)
			}
		}
	}
}
