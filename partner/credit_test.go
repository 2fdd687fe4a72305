package partner

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Attribution: which partner is credited for a registration.
func TestAttribution(t *testing.T) {
	n := fixture(t)
	reg := day(2026, 4, 30)
	acts := []Activity{
		act(Referral, day(2026, 1, 30), "BSA-01", desa1, nik(1)),  // 90 days before: inside the window
		act(Referral, day(2026, 1, 29), "KD-2001", desa1, nik(1)), // 91 days before: outside
		act(Referral, day(2026, 3, 1), "BHB-01", desa1, nik(1)),
		act(Referral, day(2026, 4, 2), "PD-2001", desa1, nik(1)),
		act(Referral, day(2026, 4, 2), "AG-01", desa1, nik(1)), // same day as PD-2001: AG-01 sorts first
		act(Registration, reg, "CAB-01", desa1, nik(1)),
		// Registered without a referral: the registrar is credited.
		act(Registration, reg, "AG-01", desa1, nik(2)),
		// A referral on the registration day itself counts.
		act(Referral, reg, "BHB-01", desa2, nik(3)),
		act(Registration, reg, "KD-2002", desa2, nik(3)),
	}
	cases := []struct {
		name string
		opts Options
		want [3]string // credited for nik 1, 2, 3
	}{
		{"first referral within 90 days", Options{}, [3]string{"BSA-01", "AG-01", "BHB-01"}},
		{"last referral, ties to the lower ID", Options{Attribution: LastReferral}, [3]string{"AG-01", "AG-01", "BHB-01"}},
		{"first referral within 60 days", Options{WindowDays: 60}, [3]string{"BHB-01", "AG-01", "BHB-01"}},
		{"first referral within 100 days", Options{WindowDays: 100}, [3]string{"KD-2001", "AG-01", "BHB-01"}},
		{"registrar", Options{Attribution: Registrar}, [3]string{"CAB-01", "AG-01", "KD-2002"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.opts.Params = steady().Params
			l := process(t, n, shuffled(acts, 3), c.opts)
			if len(l.Rejected()) != 0 {
				t.Fatalf("rejected: %+v", l.Rejected())
			}
			for i, want := range c.want {
				cr, ok := l.CreditOf(nik(i + 1))
				if !ok || cr.Partner != want {
					t.Errorf("nik %d credited to %q, want %q", i+1, cr.Partner, want)
				}
				if cr.ByReferral != (cr.Partner != []string{"CAB-01", "AG-01", "KD-2002"}[i]) {
					t.Errorf("nik %d: ByReferral %v", i+1, cr.ByReferral)
				}
			}
			if len(l.Credits()) != 3 {
				t.Errorf("%d credits", len(l.Credits()))
			}
		})
	}
	if _, ok := process(t, n, acts, steady()).CreditOf(nik(4)); ok {
		t.Error("credit for a participant never registered")
	}
}

// The recruiter of a participant, for fees: the credited partner when an
// agent, else the registrar when an agent.
func TestRecruiter(t *testing.T) {
	n := fixture(t)
	d := day(2026, 2, 2)
	acts := []Activity{
		// A Bhabinkamtibmas refers, the agent registers: the police officer
		// is credited, the agent recruits.
		act(Referral, d, "BHB-01", desa1, nik(1)),
		act(Registration, d, "AG-01", desa1, nik(1)),
		// The agent refers, the branch registers: the agent has both.
		act(Referral, d, "AG-01", desa2, nik(2)),
		act(Registration, d, "CAB-01", desa2, nik(2)),
		// The police refer, the branch registers: no agent.
		act(Referral, d, "BHB-01", desa1, nik(3)),
		act(Registration, d, "CAB-01", desa1, nik(3)),
	}
	l := process(t, n, acts, steady())
	want := []Credit{
		{Participant: nik(1), Partner: "BHB-01", Recruiter: "AG-01", Date: d, Village: desa1, ByReferral: true},
		{Participant: nik(2), Partner: "AG-01", Recruiter: "AG-01", Date: d, Village: desa2, ByReferral: true},
		{Participant: nik(3), Partner: "BHB-01", Date: d, Village: desa1, ByReferral: true},
	}
	for i, w := range want {
		got, _ := l.CreditOf(w.Participant)
		if got != w {
			t.Errorf("credit %d: %+v, want %+v", i+1, got, w)
		}
	}
}

// The suspension of idle agents, as the 2018 press (Bali branch and the
// BPJS director) reported it and the 2022 deck repeats it: no acquisition
// or collection for 3 consecutive months, cut off, back only at the wadah's
// request no sooner than 6 months later.
func TestAgentSuspension(t *testing.T) {
	n := fixture(t)
	// AG-01 is assigned from 6 January 2025: January counts as active,
	// February to April idle, suspended from May 2025. W-01 asks on 20
	// October 2025 (too early: May + 6 is November) and on 3 December 2025.
	// A recruit in January 2026, then nothing until an attempt in May 2026;
	// no request follows.
	acts := []Activity{
		act(Referral, day(2025, 11, 4), "AG-01", desa1, nik(4)),
		act(Registration, day(2026, 1, 15), "AG-01", desa1, nik(1)),
		act(Referral, day(2026, 5, 4), "AG-01", desa1, nik(2)),
		act(Referral, day(2026, 11, 2), "AG-01", desa1, nik(3)),
	}
	opts := Options{Reactivations: []Reactivation{
		{Agent: "AG-01", Wadah: "W-01", Date: day(2025, 10, 20)},
		{Agent: "AG-01", Wadah: "W-02", Date: day(2025, 11, 20)},
		{Agent: "AG-01", Wadah: "W-01", Date: day(2025, 12, 3)},
		{Agent: "AG-01", Wadah: "W-01", Date: day(2026, 3, 2)},
	}}
	l := process(t, n, acts, opts)
	if o := outcomeAt(t, l, 0); !errors.Is(o.Problems, ErrSuspended) {
		t.Errorf("November 2025, before the request took effect: %v", o.Problems)
	}
	if o := outcomeAt(t, l, 1); !o.Accepted() {
		t.Fatalf("January 2026: %v", o.Problems)
	}
	o := outcomeAt(t, l, 2)
	e := wantProblem(t, o.Problems, ErrSuspended, "activity.agent_suspended")
	for _, s := range []string{"2026-05", "2026-11", "agent.suspension"} {
		if !strings.Contains(e.ID, s) || !strings.Contains(e.EN, s) {
			t.Errorf("message %q lacks %q", e.Message(1), s)
		}
	}
	// The rule's confidence, unconfirmed, marked in each message's language.
	if !strings.Contains(e.ID, "[belum pasti]") || !strings.Contains(e.EN, "[unconfirmed]") {
		t.Errorf("messages %q / %q lack the confidence mark [belum pasti] / [unconfirmed]", e.ID, e.EN)
	}
	if o := outcomeAt(t, l, 3); !errors.Is(o.Problems, ErrSuspended) {
		t.Errorf("November 2026, six months on but no request: %v", o.Problems)
	}
	rs := l.Reactivations()
	wantCodes := [][]problem.Code{{"reactivation.too_early"}, {"reactivation.wadah"}, nil, {"reactivation.not_suspended"}}
	for i, w := range wantCodes {
		if got := rs[i].Problems.Codes(); !slices.Equal(got, w) {
			t.Errorf("request %d: %v, want %v", i, got, w)
		}
	}
	if !rs[2].Granted() || rs[2].Active != month(2025, 12) {
		t.Errorf("the December request: %+v", rs[2])
	}

	want := map[regulation.Month]AgentStatus{
		month(2024, 12): AgentNotStarted,
		month(2025, 1):  AgentActive, // first assignment: counts as active
		month(2025, 4):  AgentActive, // February–April idle
		month(2025, 5):  AgentSuspended,
		month(2025, 11): AgentSuspended, // six months on, but not by itself
		month(2025, 12): AgentActive,    // the wadah's request; the clock starts over
		month(2026, 1):  AgentActive,    // the recruit resets the clock
		month(2026, 4):  AgentActive,
		month(2026, 5):  AgentSuspended,
		month(2026, 11): AgentSuspended,
		month(2030, 1):  AgentSuspended, // after the last month processed: still out
	}
	for m, w := range want {
		got, err := l.AgentStatus("AG-01", m)
		if err != nil || got != w {
			t.Errorf("%v: %v %v, want %v", m, got, err, w)
		}
	}
	if _, err := l.AgentStatus("BHB-01", month(2026, 1)); err == nil {
		t.Error("status of a partner who is not an agent")
	}
	// A request for a partner who is not an agent, and one without a date.
	l = process(t, n, nil, Options{Reactivations: []Reactivation{{Agent: "BHB-01", Wadah: "W-01", Date: day(2026, 1, 1)}, {Agent: "AG-01", Wadah: "W-01"}}})
	if rs := l.Reactivations(); !errors.Is(rs[0].Problems, ErrInvalidReactivation) || rs[1].Problems.Codes()[0] != "reactivation.date" {
		t.Errorf("bad requests: %+v", rs)
	}
}

// A collection resets the idle clock like an acquisition; a suspended
// agent's referral is not credited.
func TestSuspensionCollectionsAndCredit(t *testing.T) {
	n := fixture(t)
	acts := []Activity{
		act(Registration, day(2026, 1, 15), "AG-01", desa1, nik(1)),
		pay(Collection, day(2026, 4, 10), "AG-01", desa1, nik(1), 16_800), // April: active
		act(Referral, day(2026, 7, 20), "AG-01", desa1, nik(2)),           // July: active (May–Jul idle)
		act(Referral, day(2026, 7, 25), "BHB-01", desa1, nik(2)),
		act(Registration, day(2026, 8, 5), "CAB-01", desa1, nik(2)), // August: AG-01 suspended
	}
	l := process(t, n, acts, revived())
	if len(l.Rejected()) != 0 {
		t.Fatalf("rejected %v", l.Rejected())
	}
	cr, _ := l.CreditOf(nik(2))
	if cr.Partner != "BHB-01" || cr.Recruiter != "" {
		t.Errorf("a suspended agent was credited: %+v", cr)
	}
	for m, w := range map[regulation.Month]AgentStatus{month(2026, 7): AgentActive, month(2026, 8): AgentSuspended, month(2027, 1): AgentSuspended, month(2027, 2): AgentSuspended} {
		if got, _ := l.AgentStatus("AG-01", m); got != w {
			t.Errorf("%v: %v, want %v", m, got, w)
		}
	}
}
