package benefit

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func TestBadInput(t *testing.T) {
	e := Default()
	pu := Participant{Segment: membership.PU, Wage: rp(4_000_000), Start: date(2020, 1, 1)}
	pct := func(ppm int64) *contribution.Rate { r := contribution.PPM(ppm); return &r }
	y := func(s string) *contribution.Rate { r := contribution.MustRate(s); return &r }
	cases := []struct {
		name     string
		run      func() error
		sentinel error
		field    string
		value    string
	}{
		{"death before the membership started", func() error {
			_, err := e.Death(DeathInput{Participant: pu, Date: date(2019, 12, 31)})
			return err
		}, ErrBeforeStart, "date", "2019-12-31"},
		{"accident before the membership started", func() error {
			_, err := e.Accident(AccidentInput{Event: WorkDeath, Participant: pu, Date: date(2019, 6, 1)})
			return err
		}, ErrBeforeStart, "date", "2019-06-01"},
		{"dismissal before the membership started", func() error {
			_, err := e.JobLoss(JobLossInput{Participant: pu, Date: date(2019, 6, 1), Cause: Dismissal})
			return err
		}, ErrBeforeStart, "date", "2019-06-01"},
		{"disability over 100%", func() error {
			_, err := e.Accident(AccidentInput{Event: PartialDisability, Participant: pu, Date: date(2024, 1, 1), Percent: pct(1_010_000)})
			return err
		}, ErrInvalidPercentage, "percent", "101%"},
		{"disability below 0%", func() error {
			_, err := e.Accident(AccidentInput{Event: PartialDisability, Participant: pu, Date: date(2024, 1, 1), Percent: pct(-10_000)})
			return err
		}, ErrInvalidPercentage, "percent", "-1%"},
		{"function loss over 100%", func() error {
			_, err := e.Accident(AccidentInput{Event: PartialDisability, Participant: pu, Date: date(2024, 1, 1), Percent: pct(100_000), FunctionLoss: pct(2_000_000)})
			return err
		}, ErrInvalidPercentage, "function_loss", "200%"},
		{"no percentage and no table (Lampiran III not found)", func() error {
			_, err := e.Accident(AccidentInput{Event: PartialDisability, Participant: pu, Date: date(2024, 1, 1)})
			return err
		}, ErrValueUnknown, "percent", ""},
		{"a table line that is not loaded", func() error {
			_, err := e.Accident(AccidentInput{Event: PartialDisability, Participant: pu, Date: date(2024, 1, 1), TableCode: "III.A.1"})
			return err
		}, ErrValueUnknown, "table_code", "III.A.1"},
		{"child of 23", func() error {
			_, err := e.Death(DeathInput{Participant: pu, Date: date(2024, 1, 1), Children: []Child{{Level: PT, Grade: 2, Age: 23}}})
			return err
		}, ErrNoScholarship, "children[0].age", "23"},
		{"SD grade 7", func() error {
			_, err := e.Death(DeathInput{Participant: pu, Date: date(2024, 1, 1), Children: []Child{{Level: SD, Grade: 1, Age: 7}, {Level: SD, Grade: 7, Age: 12}}})
			return err
		}, ErrNoScholarship, "children[1].grade", "7"},
		{"married child", func() error {
			_, err := e.Scholarship(ScholarshipInput{Route: membership.JKK, Participant: pu, Date: date(2024, 1, 1), Children: []Child{{Level: PT, Age: 20, Married: true}}})
			return err
		}, ErrNoScholarship, "children[0].married", "true"},
		{"three children", func() error {
			_, err := e.Scholarship(ScholarshipInput{Route: membership.JKK, Participant: pu, Date: date(2024, 1, 1),
				Children: []Child{{Level: SD, Age: 7}, {Level: SD, Age: 8}, {Level: SD, Age: 9}}})
			return err
		}, ErrNoScholarship, "children", "3"},
		{"TK is not a level of the old lump sum rule but a level name must be known", func() error {
			_, err := e.Scholarship(ScholarshipInput{Route: membership.JKK, Participant: pu, Date: date(2024, 1, 1), Children: []Child{{Level: Level(9), Age: 9}}})
			return err
		}, ErrNoScholarship, "children[0].level", "9"},
		{"yield assumption of 16%", func() error {
			_, err := e.JHTBalance(JHTInput{Participant: pu, From: regulation.MustMonth(2024, 1), To: regulation.MustMonth(2024, 12), AsOf: date(2024, 1, 1), AssumedYield: y("16%")})
			return err
		}, ErrImplausibleYield, "assumed_yield", "16%"},
		{"negative yield assumption", func() error {
			_, err := e.JHTBalance(JHTInput{Participant: pu, From: regulation.MustMonth(2024, 1), To: regulation.MustMonth(2024, 12), AsOf: date(2024, 1, 1), AssumedYield: pct(-10_000)})
			return err
		}, ErrImplausibleYield, "assumed_yield", "-1%"},
		{"a past year with no declared yield", func() error {
			_, err := e.JHTBalance(JHTInput{Participant: pu, From: regulation.MustMonth(2020, 1), To: regulation.MustMonth(2021, 12), AsOf: date(2024, 1, 1), AssumedYield: y("5%")})
			return err
		}, ErrValueUnknown, "assume_undeclared", "2021"},
		{"a future year with no assumption", func() error {
			_, err := e.JHTBalance(JHTInput{Participant: pu, From: regulation.MustMonth(2021, 1), To: regulation.MustMonth(2021, 12), AsOf: date(2021, 3, 1)})
			return err
		}, ErrValueUnknown, "assumed_yield", "2021"},
		{"total disability before PP 82/2019: no rule", func() error {
			_, err := e.Accident(AccidentInput{Event: TotalDisability, Participant: Participant{Segment: membership.PU, Wage: rp(1)}, Date: date(2019, 12, 1)})
			return err
		}, regulation.ErrNoRuleInForce, "benefit.jkk.total_disability", "2019-12-01"},
		{"a death before July 2015: no rule", func() error {
			_, err := e.Death(DeathInput{Participant: Participant{Segment: membership.BPU}, Date: date(2015, 6, 30)})
			return err
		}, regulation.ErrNoRuleInForce, "benefit.jkm.death", "2015-06-30"},
		{"a dismissal before JKP: no rule", func() error {
			_, err := e.JobLoss(JobLossInput{Participant: Participant{Segment: membership.PU, Wage: rp(1)}, Date: date(2021, 2, 1), Cause: Dismissal})
			return err
		}, regulation.ErrNoRuleInForce, "benefit.jkp.cash", "2021-02-01"},
		{"a pension in 2020: floor not known", func() error {
			_, err := e.Pension(PensionInput{Participant: Participant{Segment: membership.PU}, Months: 200, AverageWage: rp(5_000_000), Start: date(2020, 1, 1)})
			return err
		}, regulation.ErrNoRuleInForce, "benefit.jp.limits", "2020-01-01"},
		{"a resignation claim before Permenaker 4/2022: no rule encoded", func() error {
			_, err := e.JHTClaim(JHTClaimInput{Participant: pu, Reason: ClaimResignation, Date: date(2021, 1, 10), AsOf: date(2021, 3, 1), Balance: rp(1)})
			return err
		}, regulation.ErrNoRuleInForce, "benefit.jht.exit", "2021-01-10"},
		{"JP for a BPU", func() error {
			_, err := e.Pension(PensionInput{Participant: Participant{Segment: membership.BPU}, Months: 200, AverageWage: rp(5_000_000), Start: date(2024, 1, 1)})
			return err
		}, membership.ErrProgramNotAllowed, "participant.segment", "BPU"},
		{"temporary incapacity of 0 months", func() error {
			_, err := e.Accident(AccidentInput{Event: TemporaryIncapacity, Participant: pu, Date: date(2024, 1, 1)})
			return err
		}, ErrInvalidInput, "months", "0"},
		{"an absurd wage", func() error {
			_, err := e.Accident(AccidentInput{Event: WorkDeath, Participant: Participant{Segment: membership.PU, Wage: rp(2_000_000_000)}, Date: date(2024, 1, 1)})
			return err
		}, ErrInvalidInput, "participant.wage", "2000000000"},
		{"a wage of 1e100000000", func() error {
			w := rp(1).Shift(100_000_000)
			_, err := e.Accident(AccidentInput{Event: WorkDeath, Participant: Participant{Segment: membership.PU, Wage: w}, Date: date(2024, 1, 1)})
			return err
		}, ErrInvalidInput, "participant.wage", "1e100000000"},
		{"protection in a month the contribution rules do not cover", func() error {
			_, err := e.Protection(ProtectionInput{Contribution: bpuFarmer(1_000_000), Month: regulation.MustMonth(2028, 1)})
			return err
		}, regulation.ErrNoRuleInForce, "contribution.month", "2028-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantProblem(t, c.run(), c.sentinel, c.field, c.value)
		})
	}
}

// Every problem at once: a death before the start, with a child of 25 and a
// child in SMP grade 4.
func TestBadInputEveryProblem(t *testing.T) {
	_, err := Default().Death(DeathInput{
		Participant: Participant{Segment: membership.BPU, Start: date(2024, 1, 1), ContributionMonths: -1},
		Date:        date(2023, 1, 1),
		Children:    []Child{{Level: PT, Age: 25}, {Level: SMP, Grade: 4, Age: 14}},
	})
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("err = %v, want a problem.List", err)
	}
	want := map[string]bool{"date": true, "children[0].age": true, "children[1].grade": true, "participant.contribution_months": true}
	for _, p := range l {
		delete(want, p.Field)
	}
	if len(want) > 0 {
		t.Errorf("problems %v lack the fields %v", l, want)
	}
}
