package partner

import (
	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// AgentStatus is where an Agen Perisai stands in a month.
type AgentStatus uint8

const (
	// AgentNotStarted is a month before the agent's first assignment.
	AgentNotStarted AgentStatus = iota + 1
	// AgentActive is a month the agent may act in.
	AgentActive
	// AgentSuspended is a month of suspension for idleness.
	AgentSuspended
)

// agentStatuses is the table of the agent statuses: their codes and names.
var agentStatuses = enum.New(codeKey, []enum.Def[AgentStatus, struct{}]{
	{Value: AgentNotStarted, Code: "NOT_STARTED", ID: "belum bertugas", EN: "not started"},
	{Value: AgentActive, Code: "ACTIVE", ID: "aktif", EN: "active"},
	{Value: AgentSuspended, Code: "SUSPENDED", ID: "diskors", EN: "suspended"},
})

// AgentStatuses returns every agent status in order.
func AgentStatuses() []AgentStatus { return agentStatuses.Values() }

// IsValid reports whether s is one of the statuses.
func (s AgentStatus) IsValid() bool { return agentStatuses.Valid(s) }

// String returns "NOT_STARTED", "ACTIVE" or "SUSPENDED", or "" when invalid.
func (s AgentStatus) String() string { return agentStatuses.Code(s) }

// Name returns the status in the given language.
func (s AgentStatus) Name(l problem.Lang) string { return agentStatuses.Name(s, l) }

// MarshalText encodes the status as its code.
func (s AgentStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a status code.
func (s *AgentStatus) UnmarshalText(b []byte) error {
	if v, ok := agentStatuses.Lookup(string(b)); ok {
		*s = v
		return nil
	}
	return problem.New(ErrUnknownKind, "agent_status.unknown", "status", problem.Clip(string(b)),
		"status agen tidak dikenal", "unknown agent status")
}

// agentState follows an agent's idle clock through the months processed.
type agentState struct {
	start   regulation.Month // month of the first assignment
	last    regulation.Month // last month the idle clock was reset
	through regulation.Month // last month looked at
	susp    []regulation.MonthRange
}

// agentAt returns the agent's status in month m, moving its idle clock
// forward to m. Months are processed in order, so m is never before a month
// already looked at, except for a registration credited in the same month.
func (p *processor) agentAt(id string, m regulation.Month) (AgentStatus, regulation.MonthRange, error) {
	st := p.agents[id]
	if st == nil {
		as := p.net.byPartner[id]
		if len(as) == 0 {
			return AgentNotStarted, regulation.MonthRange{}, nil
		}
		start := as[0].From.ContributionMonth()
		st = &agentState{start: start, last: start, through: start}
		p.agents[id] = st
	}
	if m.Before(st.start) {
		return AgentNotStarted, regulation.MonthRange{}, nil
	}
	susp, last, err := p.params.walk(st.last, m)
	if err != nil {
		return 0, regulation.MonthRange{}, err
	}
	for _, r := range susp {
		if len(st.susp) == 0 || st.susp[len(st.susp)-1].From.Before(r.From) {
			st.susp = append(st.susp, r)
		}
	}
	st.last = last
	if m.After(st.through) {
		st.through = m
	}
	if n := len(susp); n > 0 && susp[n-1].Contains(m) {
		return AgentSuspended, susp[n-1], nil
	}
	return AgentActive, regulation.MonthRange{}, nil
}

// touch resets an active agent's idle clock: an acquisition or a
// collection in month m.
func (p *processor) touch(id string, m regulation.Month) {
	if st := p.agents[id]; st != nil && m.After(st.last) {
		st.last = m
	}
}

// walk runs the suspension rule from last, the month the idle clock was
// last reset, to month m. It returns the suspensions that start after last
// and no later than m, and the month the clock counts from at m: last
// itself, or the month after a suspension that ended before m, when the
// agent rejoins (that month counts as active, like the first month of an
// assignment). The rule used is the one in force in the first idle month.
func (p Params) walk(last, m regulation.Month) ([]regulation.MonthRange, regulation.Month, error) {
	var out []regulation.MonthRange
	for {
		e, err := p.Suspension.InMonth(last.Add(1))
		if err != nil {
			return nil, last, err
		}
		idleEnd := last.Add(e.Value.IdleMonths)
		if !m.After(idleEnd) {
			return out, last, nil
		}
		r := regulation.Months(idleEnd.Add(1), idleEnd.Add(e.Value.RejoinAfterMonths))
		out = append(out, r)
		if !m.After(r.To) {
			return out, last, nil
		}
		last = r.To.Add(1)
	}
}

// AgentStatus returns the standing of Agen Perisai id in month m: not yet
// started (before the month of their first assignment), active, or
// suspended. The idle clock starts in the month of the agent's first
// assignment, which counts as active, and is reset by each month with an
// acquisition (the registration of one of the agent's recruits, see
// [Credit]) or a collection by the agent. After [Suspension].IdleMonths months with neither, the agent is
// suspended for RejoinAfterMonths months and rejoins in the month after,
// which counts as active like the first (with the default rule: active in
// January, idle February to April, suspended May to October, active again
// in November, when the clock starts over). A month no suspension rule
// covers is an error wrapping regulation.ErrNoRuleInForce.
func (l *Ledger) AgentStatus(id string, m regulation.Month) (AgentStatus, error) {
	q, ok := l.net.Partner(id)
	if !ok || q.Role != Agent {
		return 0, problem.New(ErrUnknownPartner, "agent.unknown", "partner", problem.Clip(id),
			"bukan Agen Perisai dalam jaringan", "not an Agen Perisai of the network")
	}
	st := l.agents[id]
	if st == nil {
		as := l.net.byPartner[id]
		if len(as) == 0 {
			return AgentNotStarted, nil
		}
		start := as[0].From.ContributionMonth()
		st = &agentState{start: start, last: start, through: start}
	}
	if m.Before(st.start) {
		return AgentNotStarted, nil
	}
	if !m.After(st.through) {
		for _, r := range st.susp {
			if r.Contains(m) {
				return AgentSuspended, nil
			}
		}
		return AgentActive, nil
	}
	susp, _, err := l.params.walk(st.last, m)
	if err != nil {
		return 0, err
	}
	if n := len(susp); n > 0 && susp[n-1].Contains(m) {
		return AgentSuspended, nil
	}
	return AgentActive, nil
}
