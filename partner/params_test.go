package partner

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// The default role policy, as the package documentation tables it.
func TestDefaultPolicy(t *testing.T) {
	on := day(2026, 3, 1)
	p := DefaultParams()
	cases := []struct {
		name string
		role Role
		cap  Capability
		want bool
	}{
		{"police socialise", Bhabinkamtibmas, Socialise, true},
		{"police educate", Bhabinkamtibmas, Educate, true},
		{"police refer", Bhabinkamtibmas, Refer, true},
		{"police never register", Bhabinkamtibmas, Register, false},
		{"police never handle money (collect)", Bhabinkamtibmas, Collect, false},
		{"police never handle money (pay)", Bhabinkamtibmas, PayOnBehalf, false},
		{"army socialise", Babinsa, Socialise, true},
		{"army refer", Babinsa, Refer, true},
		{"army never register", Babinsa, Register, false},
		{"army never collect", Babinsa, Collect, false},
		{"agents register", Agent, Register, true},
		{"agents collect", Agent, Collect, true},
		{"agents do not pay from a budget", Agent, PayOnBehalf, false},
		{"the village pays for its enrolments", VillageHead, PayOnBehalf, true},
		{"the village registers its officials", VillageHead, Register, true},
		{"the village head does not collect cash", VillageHead, Collect, false},
		{"officials socialise", VillageOfficial, Socialise, true},
		{"officials do not register unless they are agents", VillageOfficial, Register, false},
		{"the branch verifies", BranchOfficer, Verify, true},
		{"the branch registers", BranchOfficer, Register, true},
		{"only the branch verifies", Agent, Verify, false},
		{"a regency pays from APBD (Kab. Kubu Raya)", RegencyOffice, PayOnBehalf, true},
		{"the regency does not register", RegencyOffice, Register, false},
		{"collection partners collect", CollectionPartner, Collect, true},
		{"collection partners do not refer", CollectionPartner, Refer, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := p.Permit(c.role, c.cap, on)
			if c.want != (err == nil) {
				t.Fatalf("Permit(%v, %v) = %v, want allowed=%v", c.role, c.cap, err, c.want)
			}
			if err != nil {
				e := wantProblem(t, err, ErrNotPermitted, "activity.not_permitted")
				// The message names the rule: the parameter and its citation.
				for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
					if msg := e.Message(lang); !strings.Contains(msg, c.role.param()) || !strings.Contains(msg, "[") {
						t.Errorf("message does not name the rule: %s", msg)
					}
				}
			}
		})
	}
	err := p.Permit(Agent, PayOnBehalf, on)
	if e := wantProblem(t, err, ErrNotPermitted, "activity.not_permitted"); !strings.HasPrefix(e.EN, "an Agen Perisai (agent) may not pay contributions on behalf of participants on 2026-03-01") ||
		!strings.HasPrefix(e.ID, "Agen Perisai tidak boleh membayar iuran atas nama peserta pada 2026-03-01") {
		t.Errorf("messages: %q, %q", e.ID, e.EN)
	}
	// Everyone may report.
	for _, r := range Roles() {
		if err := p.Permit(r, Report, on); err != nil {
			t.Errorf("%v may not report: %v", r, err)
		}
	}
}

// Temporal coverage: from each role's first day to the end of 2040, exactly
// one rule applies in every month; before it, none does and the error names
// the parameter.
func TestPolicyCoverage(t *testing.T) {
	p := DefaultParams()
	first := map[Role]regulation.Date{
		VillageHead: day(2017, 8, 1), VillageOfficial: day(2017, 8, 1), Agent: day(2017, 8, 1),
		Bhabinkamtibmas: day(2022, 1, 1), Babinsa: day(2023, 2, 15),
		BranchOfficer: day(2015, 7, 1), RegencyOffice: day(2015, 7, 1), CollectionPartner: day(2015, 7, 1),
	}
	for _, r := range Roles() {
		tl := p.Capabilities[r]
		from, until := tl.Coverage()
		if from != first[r] || !until.IsZero() {
			t.Errorf("%v covers %v..%v, want from %v, open-ended", r, from, until, first[r])
		}
		before := first[r].AddDays(-1)
		_, err := p.CapabilitiesOf(r, before)
		e := wantProblem(t, err, regulation.ErrNoRuleInForce, "regulation.no_rule_in_force")
		if e.Field != r.param() || e.Value != before.String() {
			t.Errorf("%v: error names %q on %q", r, e.Field, e.Value)
		}
		for m := range regulation.Months(first[r].ContributionMonth().Add(1), month(2040, 12)).All() {
			n := 0
			for _, e := range tl.Entries() {
				if e.Covers(m.FirstDay()) {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("%v in %v: %d rules apply", r, m, n)
			}
		}
	}
	// The scheme, the 2018 values and the suspension rule from the launch,
	// February 2018; the 2022 values from April 2022, so that the switch
	// (May 2022) can move a month back by one override.
	for _, c := range []struct {
		tls   []regulation.Describer
		first regulation.Date
	}{
		{[]regulation.Describer{p.Scheme, p.FeeRate, p.WadahShare, p.Bonus, p.BonusSplit, p.Suspension}, day(2018, 2, 1)},
		{[]regulation.Describer{p.BPUIncentive, p.PUIncentive, p.Acquisition, p.WadahIncentive}, day(2022, 4, 1)},
	} {
		for _, tl := range c.tls {
			for m := range regulation.Months(c.first.ContributionMonth(), month(2040, 12)).All() {
				if _, err := tl.Describe(m.FirstDay()); err != nil {
					t.Fatalf("%s in %v: %v", tl.Name(), m, err)
				}
			}
			if _, err := tl.Describe(c.first.AddDays(-1)); !errors.Is(err, regulation.ErrNoRuleInForce) {
				t.Errorf("%s applies before %s", tl.Name(), c.first)
			}
		}
	}
	// Every month from the launch: exactly one scheme.
	for m := range regulation.Months(month(2018, 2), month(2040, 12)).All() {
		k := 0
		for _, e := range p.Scheme.Entries() {
			if e.Covers(m.FirstDay()) {
				k++
			}
		}
		if k != 1 {
			t.Fatalf("%v: %d schemes", m, k)
		}
	}
}

// The Perisai fee rules: the 2018 scheme as the 2018 press reported it, the
// 2022 scheme as the Perdir excerpt and the deck give it (regulations.md §7).
func TestDefaultFeeRules(t *testing.T) {
	p := DefaultParams()
	tests := []struct {
		name string
		on   regulation.Date
		got  func() (any, regulation.Citation)
		want any
		conf regulation.Confidence
	}{
		{"2018 scheme in force from the launch, February 2018", day(2018, 2, 1), func() (any, regulation.Citation) { e, _ := p.Scheme.At(day(2018, 2, 1)); return e.Value, e.Citation }, Scheme2018, regulation.Secondary},
		{"2018 scheme to April 2022", day(2022, 4, 30), func() (any, regulation.Citation) { e, _ := p.Scheme.At(day(2022, 4, 30)); return e.Value, e.Citation }, Scheme2018, regulation.Secondary},
		{"Perdir 13/PERDIR.02/042022: the switch, May 2022, unconfirmed", day(2022, 5, 1), func() (any, regulation.Citation) { e, _ := p.Scheme.At(day(2022, 5, 1)); return e.Value, e.Citation }, Scheme2022, regulation.Unconfirmed},
		{"2018: fee 7.5%", day(2019, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.FeeRate.At(day(2019, 1, 1))
			return e.Value.String(), e.Citation
		}, "0.075", regulation.Secondary},
		{"2018: the wadah keeps 10%", day(2019, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.WadahShare.At(day(2019, 1, 1))
			return e.Value.String(), e.Citation
		}, "0.1", regulation.Secondary},
		{"2018: Rp500,000 for 50 new", day(2019, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.Bonus.At(day(2019, 1, 1))
			return [2]string{itoa(e.Value.MinNewParticipants), e.Value.Amount.String()}, e.Citation
		}, [2]string{"50", "500000"}, regulation.Secondary},
		{"2018: the bonus not split, unconfirmed", day(2019, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.BonusSplit.At(day(2019, 1, 1))
			return e.Value, e.Citation
		}, false, regulation.Unconfirmed},
		{"2022: BPU 15% months 1–24, 5% months 25–60", day(2023, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.BPUIncentive.At(day(2023, 1, 1))
			return [2]string{e.Value[0].Rate.String() + "/" + itoa(e.Value[0].From) + "-" + itoa(e.Value[0].To), e.Value[1].Rate.String() + "/" + itoa(e.Value[1].From) + "-" + itoa(e.Value[1].To)}, e.Citation
		}, [2]string{"0.15/1-24", "0.05/25-60"}, regulation.Secondary},
		{"2022: PU 7.5% in transition, unconfirmed end", day(2023, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.PUIncentive.At(day(2023, 1, 1))
			return e.Value.String(), e.Citation
		}, "0.075", regulation.Unconfirmed},
		{"2022: Rp15,000 and Rp10,000 from 25 new BPU", day(2023, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.Acquisition.At(day(2023, 1, 1))
			return [3]string{itoa(e.Value.MinNewParticipants), e.Value.ThreePrograms.String(), e.Value.TwoPrograms.String()}, e.Citation
		}, [3]string{"25", "15000", "10000"}, regulation.Secondary},
		{"2022: the wadah 10% on top", day(2023, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.WadahIncentive.At(day(2023, 1, 1))
			return e.Value.String(), e.Citation
		}, "0.1", regulation.Secondary},
		{"2018: suspension after 3 idle months, 6 months at least", day(2019, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.Suspension.At(day(2019, 1, 1))
			return e.Value, e.Citation
		}, Suspension{IdleMonths: 3, RejoinAfterMonths: 6}, regulation.Secondary},
		{"2022: the same suspension, its wait unconfirmed", day(2023, 1, 1), func() (any, regulation.Citation) {
			e, _ := p.Suspension.At(day(2023, 1, 1))
			return e.Value, e.Citation
		}, Suspension{IdleMonths: 3, RejoinAfterMonths: 6}, regulation.Unconfirmed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, c := tc.got()
			if got != tc.want || c.Confidence != tc.conf || c.Instrument == "" {
				t.Errorf("%v (%v); want %v (%v)", got, c, tc.want, tc.conf)
			}
		})
	}
	target, _ := p.Target.At(day(2026, 1, 1))
	if target.Value != 100 || p.Target.Name() != village.TargetParam {
		t.Errorf("target %v from %s", target.Value, p.Target.Name())
	}
	names := ParameterNames()
	if len(names) != 19 || names[2] != "capabilities.bhabinkamtibmas" || names[8] != FeeSchemeParam || names[18] != village.TargetParam {
		t.Errorf("parameter names %v", names)
	}
}

func TestWithOverrides(t *testing.T) {
	doc := `{"overrides": [
	  {"parameter": "capabilities.babinsa", "from": "2027-01-01", "value": "SOCIALISE+EDUCATE+REFER+REGISTER+REPORT",
	   "citation": {"instrument": "MoU TNI – BPJS Ketenagakerjaan (hypothetical)", "confidence": "unconfirmed"}},
	  {"parameter": "agent.fee_rate", "from": "2027-01-01", "value": "0.08",
	   "citation": {"instrument": "BPJS Ketenagakerjaan letter", "confidence": "secondary"}},
	  {"parameter": "village.target.covered_workers", "from": "2027-01-01", "value": 150,
	   "citation": {"instrument": "Perbup", "confidence": "text"}}
	]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	base := DefaultParams()
	p, err := base.WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Permit(Babinsa, Register, day(2026, 12, 31)); !errors.Is(err, ErrNotPermitted) {
		t.Errorf("the override applies before its day: %v", err)
	}
	if err := p.Permit(Babinsa, Register, day(2027, 1, 1)); err != nil {
		t.Errorf("the override does not apply: %v", err)
	}
	if err := base.Permit(Babinsa, Register, day(2027, 1, 1)); err == nil {
		t.Error("the override changed the Params it was applied to")
	}
	r, _ := p.FeeRate.At(day(2027, 1, 1))
	tg, _ := p.Target.At(day(2027, 1, 1))
	if !r.Value.Equal(decimal.RequireFromString("0.08")) || tg.Value != 150 {
		t.Errorf("fee rate %v, target %v", r.Value, tg.Value)
	}

	bad := `{"overrides": [
	  {"parameter": "agent.fee_rate", "from": "2027-01-01", "value": "1.5", "citation": {"instrument": "x", "confidence": "text"}}]}`
	o, _ = regulation.ParseOverrides(strings.NewReader(bad))
	_, err = base.WithOverrides(o)
	wantProblem(t, err, ErrInvalidOptions, "params.range")

	typo := `{"overrides": [
	  {"parameter": "capabilities.babinsaa", "from": "2027-01-01", "value": "REFER", "citation": {"instrument": "x", "confidence": "text"}}]}`
	o, _ = regulation.ParseOverrides(strings.NewReader(typo))
	_, err = base.WithOverrides(o)
	wantProblem(t, err, regulation.ErrInvalidOverride, "override.unknown_parameter")

	unknownCap := `{"overrides": [
	  {"parameter": "capabilities.babinsa", "from": "2027-01-01", "value": "ARREST", "citation": {"instrument": "x", "confidence": "text"}}]}`
	o, _ = regulation.ParseOverrides(strings.NewReader(unknownCap))
	_, err = base.WithOverrides(o)
	wantProblem(t, err, regulation.ErrInvalidOverride, "override.value")
}

func TestParamsValidate(t *testing.T) {
	bad := Params{
		Suspension: regulation.MustTimeline(SuspensionParam, []regulation.Entry[Suspension]{{
			From: day(2018, 2, 1), Value: Suspension{IdleMonths: 0, RejoinAfterMonths: 6},
			Citation: regulation.Citation{Instrument: "x", Confidence: regulation.Unconfirmed},
		}}),
		Bonus: regulation.MustTimeline(BonusParam, []regulation.Entry[Bonus]{{
			From: day(2018, 2, 1), Value: Bonus{MinNewParticipants: 50, Amount: decimal.RequireFromString("0.5")},
			Citation: regulation.Citation{Instrument: "x", Confidence: regulation.Unconfirmed},
		}}),
	}
	err := bad.Validate()
	var l problem.List
	if !errors.As(err, &l) || len(l) != 2 || l[0].Field != "agent.bonus[2018-02-01]" {
		t.Errorf("Validate: %v", err)
	}
	if _, err := fixture(t).Process(nil, Options{Params: bad}); !errors.Is(err, ErrInvalidOptions) {
		t.Errorf("Process accepts invalid params: %v", err)
	}
	if err := (Params{}).Validate(); err != nil {
		t.Errorf("the zero Params (the defaults) is invalid: %v", err)
	}
}

// Params built at start-up are read from many goroutines at once.
func TestParamsConcurrent(t *testing.T) {
	p := DefaultParams()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for m := range regulation.Months(month(2024, 1), month(2026, 12)).All() {
				_ = p.Permit(Agent, Collect, m.FirstDay())
				_, _ = p.CapabilitiesOf(Babinsa, m.FirstDay())
				_ = p.Timelines()
			}
		})
	}
	wg.Wait()
}
