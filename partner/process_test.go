package partner

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Each kind of bad input is rejected with a clear problem that names the
// rule it broke, and nothing is lost.
func TestProcessRejects(t *testing.T) {
	n := fixture(t)
	jan := day(2026, 1, 12)
	cases := []struct {
		name     string
		before   []Activity // accepted first
		a        Activity
		sentinel error
		code     problem.Code
		mentions []string // in both messages
	}{
		{"a police officer recording a collection", nil,
			pay(Collection, jan, "BHB-01", desa1, nik(1), 16_800),
			ErrNotPermitted, "activity.not_permitted", []string{"capabilities.bhabinkamtibmas", "MoU Polri"}},
		{"a police officer registering", nil,
			act(Registration, jan, "BHB-01", desa1, nik(1)),
			ErrNotPermitted, "activity.not_permitted", []string{"capabilities.bhabinkamtibmas"}},
		{"a Babinsa paying on behalf", nil,
			pay(Payment, jan, "BSA-01", desa1, nik(1), 16_800),
			ErrNotPermitted, "activity.not_permitted", []string{"capabilities.babinsa", "[belum pasti]|[unconfirmed]"}},
		{"a village head collecting", nil,
			pay(Collection, jan, "KD-2001", desa1, nik(1), 16_800),
			ErrNotPermitted, "activity.not_permitted", []string{"capabilities.village_head"}},
		{"a role before its first rule (Babinsa before 15 Feb 2023)", nil,
			event(Socialisation, day(2023, 2, 14), "BSA-01", desa1, 30),
			regulation.ErrNoRuleInForce, "regulation.no_rule_in_force", []string{"capabilities.babinsa", "2023-02-14"}},
		{"an activity outside the partner's area", nil,
			act(Referral, jan, "AG-01", desa3, nik(1)),
			ErrOutsideAssignment, "activity.outside_area", []string{"AG-01", "32.16.02.2001"}},
		{"an activity outside the partner's period", nil,
			act(Referral, day(2026, 7, 1), "BHB-01", desa2, nik(1)),
			ErrOutsideAssignment, "activity.outside_period", []string{"BHB-01", "32.16.01.2002"}},
		{"an activity before the village head's assignment", nil,
			event(Socialisation, day(2021, 12, 31), "KD-2001", desa1, 20),
			ErrOutsideAssignment, "activity.outside_period", []string{"KD-2001"}},
		{"an expired certificate", nil,
			act(Referral, day(2026, 1, 2), "AG-02", desa3, nik(1)),
			ErrCertificateInactive, "activity.certificate_expired", []string{"AG-02", "2026-01-01"}},
		{"a certificate not yet valid", nil,
			act(Referral, day(2025, 6, 1), "AG-03", desa3, nik(1)),
			ErrCertificateInactive, "activity.certificate_not_yet_valid", []string{"AG-03", "2025-06-02"}},
		{"a duplicate registration",
			[]Activity{act(Registration, day(2026, 1, 5), "AG-01", desa1, nik(1))},
			act(Registration, jan, "CAB-01", desa1, nik(1)),
			ErrDuplicateRegistration, "registration.duplicate", []string{"2026-01-05", "AG-01"}},
		{"a referral of a participant already registered",
			[]Activity{act(Registration, day(2026, 1, 5), "AG-01", desa1, nik(1))},
			act(Referral, jan, "BHB-01", desa1, nik(1)),
			ErrDuplicateRegistration, "referral.already_registered", []string{"2026-01-05"}},
		{"a contribution month paid twice",
			[]Activity{pay(Payment, day(2026, 1, 5), "KD-2001", desa1, nik(1), 16_800)},
			pay(Collection, jan, "AG-01", desa1, nik(1), 16_800),
			ErrDuplicatePayment, "payment.duplicate", []string{"2026-01", "KD-2001"}},
		{"an unknown partner", nil,
			act(Referral, jan, "BHB-99", desa1, nik(1)),
			ErrUnknownPartner, "activity.unknown_partner", []string{"BHB-99"}},
		{"an event without attendance", nil,
			event(Socialisation, jan, "BHB-01", desa1, 0),
			ErrInvalidActivity, "activity.attendance", nil},
		{"a registration without a participant", nil,
			Activity{Kind: Registration, Date: jan, Partner: "AG-01", Village: desa1},
			ErrInvalidActivity, "activity.participant", nil},
		{"a placeholder NIK", nil,
			act(Referral, jan, "BHB-01", desa1, placeholderNIK(t)),
			membership.ErrPlaceholderNIK, "activity.placeholder_nik", nil},
		{"a collection of a fraction of a rupiah", nil,
			Activity{Kind: Collection, Date: jan, Partner: "AG-01", Village: desa1, Participant: nik(1), Amount: rp(1).Div(rp(2))},
			ErrInvalidActivity, "activity.amount", nil},
		{"an activity in a district rather than a village", nil,
			event(Socialisation, jan, "BHB-01", region.MustParse("32.16.01"), 10),
			ErrInvalidActivity, "activity.village_level", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			acts := append(slices.Clone(c.before), c.a)
			l := process(t, n, acts, revived())
			if got := len(l.Outcomes()); got != len(acts) {
				t.Fatalf("%d outcomes for %d activities", got, len(acts))
			}
			for i := range c.before {
				if o := outcomeAt(t, l, i); !o.Accepted() {
					t.Fatalf("setup activity %d rejected: %v", i, o.Problems)
				}
			}
			o := outcomeAt(t, l, len(acts)-1)
			if o.Accepted() {
				t.Fatal("accepted")
			}
			if o.Activity != c.a {
				t.Error("the rejected activity is not kept as given")
			}
			e := wantProblem(t, o.Problems, c.sentinel, c.code)
			for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
				msg := e.Message(lang)
				for _, m := range c.mentions {
					// "id|en" is a mention worded in each language.
					if id, en, ok := strings.Cut(m, "|"); ok {
						m = id
						if lang == problem.English {
							m = en
						}
					}
					if !strings.Contains(msg, m) {
						t.Errorf("%s message %q does not mention %q", lang, msg, m)
					}
				}
				if strings.Contains(msg, nik(1).Digits()) {
					t.Errorf("message shows a full NIK: %s", msg)
				}
			}
			if len(l.Rejected()) != 1 || len(l.Accepted()) != len(c.before) {
				t.Errorf("%d rejected, %d accepted", len(l.Rejected()), len(l.Accepted()))
			}
		})
	}
}

// An activity that breaks several rules is rejected with all of them.
func TestProcessEveryProblem(t *testing.T) {
	n := fixture(t)
	a := pay(Collection, day(2026, 2, 3), "AG-02", desa1, nik(1), 16_800)
	a.Attendance = 3
	l := process(t, n, []Activity{a}, Options{})
	o := l.Rejected()[0]
	// AG-02, assigned in January 2023, never recruits or collects: idle
	// February to April 2023, suspended from May 2023, and never back: no
	// wadah asked.
	want := []problem.Code{"activity.field_not_applicable", "activity.outside_area", "activity.certificate_expired", "activity.agent_suspended"}
	if !slices.Equal(codes(o), want) {
		t.Errorf("codes %v, want %v", codes(o), want)
	}
	for m, w := range map[regulation.Month]AgentStatus{
		month(2022, 12): AgentNotStarted, month(2023, 1): AgentActive, month(2023, 4): AgentActive,
		month(2023, 5): AgentSuspended, month(2023, 11): AgentSuspended, month(2026, 5): AgentSuspended,
		month(2030, 1): AgentSuspended,
	} {
		if got, err := l.AgentStatus("AG-02", m); got != w {
			t.Errorf("AG-02 in %v: %v %v, want %v", m, got, err, w)
		}
	}
}

func TestProcessOptions(t *testing.T) {
	n := fixture(t)
	for _, o := range []Options{{WindowDays: -1}, {Attribution: 9}} {
		if _, err := n.Process(nil, o); !errors.Is(err, ErrInvalidOptions) {
			t.Errorf("%+v: %v", o, err)
		}
	}
	l := process(t, n, nil, Options{})
	if len(l.Outcomes()) != 0 || len(l.Credits()) != 0 {
		t.Error("an empty ledger")
	}
}

// Results do not depend on the order of the input.
func TestProcessOrderIndependent(t *testing.T) {
	n, acts := scenario(1, 3, 4, 600)
	want := canonical(t, process(t, n, acts, Options{}))
	for seed := range uint64(5) {
		got := canonical(t, process(t, n, shuffled(acts, seed), Options{Attribution: FirstReferral}))
		if got != want {
			t.Fatalf("shuffle %d changed the result", seed)
		}
	}
}

// canonical renders every result of a ledger except the input positions. It
// may be called from any goroutine.
func canonical(t *testing.T, l *Ledger) string {
	t.Helper()
	var b strings.Builder
	for _, o := range l.Outcomes() {
		b.WriteString(o.Activity.String() + " " + o.Credited + " " + o.Recruiter)
		for _, p := range o.Problems {
			b.WriteString(" " + string(p.Code) + ":" + p.Message(problem.English))
		}
		b.WriteByte('\n')
	}
	p, err := l.Progress(ProgressOptions{On: day(2026, 12, 31)})
	if err != nil {
		t.Error(err)
		return ""
	}
	_ = p.WriteCSV(&b, problem.English)
	_ = p.WriteLeaderboardCSV(&b, problem.English)
	for m := range regulation.Months(month(2026, 1), month(2026, 12)).All() {
		f, err := l.FeeStatements(m)
		if err != nil {
			t.Error(err)
			return ""
		}
		_ = f.WriteCSV(&b, problem.English)
	}
	return b.String()
}
