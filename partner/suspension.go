package partner

import (
	"fmt"
	"slices"

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
		"tidak dikenal", "unknown")
}

// Reactivation is a wadah's request that its suspended Agen Perisai may act
// again. Under both fee schemes a suspended agent comes back only this way,
// never by itself, and no sooner than [Suspension].RejoinAfterMonths after
// the first month of the suspension. A request takes effect from its own
// month, which then counts as active like the first month of an assignment.
// Requests are given to [Network.Process] in [Options].Reactivations, and
// each one's fate is in [Ledger.Reactivations].
type Reactivation struct {
	// Agent is the ID of the suspended agent.
	Agent string `json:"agent"`
	// Wadah is the ID of the wadah that asks: it must be the agent's.
	Wadah string `json:"wadah"`
	// Date is the day of the request.
	Date regulation.Date `json:"date"`
}

// ReactivationOutcome is what became of one reactivation request.
type ReactivationOutcome struct {
	// Index is the request's position in Options.Reactivations.
	Index int `json:"index"`
	// Request is the request as given.
	Request Reactivation `json:"request"`
	// Active is the month the agent is active again from, when the request
	// was granted; the zero Month otherwise.
	Active regulation.Month `json:"active,omitzero"`
	// Problems are the reasons the request was refused: the agent or wadah
	// is unknown or not the agent's, the agent was not suspended in the
	// request's month, or the request came before the end of the shortest
	// suspension.
	Problems problem.List `json:"problems,omitempty"`
}

// Granted reports whether the request took effect.
func (o ReactivationOutcome) Granted() bool { return len(o.Problems) == 0 && !o.Active.IsZero() }

// agentState follows an agent's idle clock through the months processed.
type agentState struct {
	start    regulation.Month        // month of the first assignment
	last     regulation.Month        // last month the idle clock was reset
	through  regulation.Month        // last month looked at
	suspFrom regulation.Month        // first month of the open suspension, or zero
	susp     []regulation.MonthRange // suspensions that ended with a reactivation
	reqs     []int                   // the agent's requests, indexes into the ledger's reactivations, by date
	next     int                     // the first request not yet judged
}

func (st *agentState) clone() *agentState {
	c := *st
	c.susp = slices.Clone(st.susp)
	return &c
}

// statusAt reads a month not after st.through from the recorded history.
func (st *agentState) statusAt(m regulation.Month) AgentStatus {
	if m.Before(st.start) {
		return AgentNotStarted
	}
	if !st.suspFrom.IsZero() && !m.Before(st.suspFrom) {
		return AgentSuspended
	}
	for _, r := range st.susp {
		if r.Contains(m) {
			return AgentSuspended
		}
	}
	return AgentActive
}

// newAgentState starts the clock of agent id in the month of their first
// assignment, or returns nil when they have none.
func (l *Ledger) newAgentState(id string) *agentState {
	as := l.net.byPartner[id]
	if len(as) == 0 {
		return nil
	}
	start := as[0].From.ContributionMonth()
	return &agentState{start: start, last: start, through: start, reqs: l.reqsByAgent[id]}
}

// agentAt returns the agent's status in month m, moving its idle clock
// forward to m and judging the reactivation requests it passes. Months are
// processed in order, so m is never before a month already looked at,
// except for a registration credited in the same month. For a suspended
// agent it also returns the first suspended month.
func (p *processor) agentAt(id string, m regulation.Month) (AgentStatus, regulation.Month, error) {
	st := p.agents[id]
	if st == nil {
		if st = p.newAgentState(id); st == nil {
			return AgentNotStarted, regulation.Month{}, nil
		}
		p.agents[id] = st
	}
	if m.Before(st.start) {
		return AgentNotStarted, regulation.Month{}, nil
	}
	if !m.After(st.through) {
		s := st.statusAt(m)
		return s, st.suspFrom, nil
	}
	if err := p.Ledger.advance(st, m, true); err != nil {
		return 0, regulation.Month{}, err
	}
	return st.statusAt(m), st.suspFrom, nil
}

// advance runs the suspension rule on st from its last month to m. When
// record is set, the requests it passes are judged and their outcomes
// written to the ledger; otherwise st is a copy and nothing is written.
//
// The rule used for an idle spell is the one in force in its first idle
// month; the rule used for a request is the one in force in the first
// suspended month.
func (l *Ledger) advance(st *agentState, m regulation.Month, record bool) error {
	judge := func(i int, active regulation.Month, err error) {
		if !record {
			return
		}
		o := &l.reactivations[i]
		if err != nil {
			o.Problems.Add(err)
			return
		}
		o.Active = active
	}
	for {
		if st.suspFrom.IsZero() {
			e, err := l.params.Suspension.InMonth(st.last.Add(1))
			if err != nil {
				return err
			}
			idleEnd := st.last.Add(e.Value.IdleMonths)
			// Requests in months the agent is active are refused.
			for st.next < len(st.reqs) {
				i := st.reqs[st.next]
				rm := l.reactivations[i].Request.Date.ContributionMonth()
				if rm.After(m) || rm.After(idleEnd) {
					break
				}
				st.next++
				judge(i, regulation.Month{}, notSuspended(l.reactivations[i].Request, rm))
			}
			if !m.After(idleEnd) {
				st.through = m
				return nil
			}
			st.suspFrom = idleEnd.Add(1)
			continue
		}
		e, err := l.params.Suspension.InMonth(st.suspFrom)
		if err != nil {
			return err
		}
		earliest := st.suspFrom.Add(e.Value.RejoinAfterMonths)
		granted := false
		for st.next < len(st.reqs) {
			i := st.reqs[st.next]
			rm := l.reactivations[i].Request.Date.ContributionMonth()
			if rm.After(m) {
				break
			}
			st.next++
			if rm.Before(earliest) {
				ruleID, ruleEN := SuspensionParam+": "+e.Citation.Format(problem.Indonesian), SuspensionParam+": "+e.Citation.Format(problem.English)
				judge(i, regulation.Month{}, problem.New(ErrInvalidReactivation, "reactivation.too_early", "date", l.reactivations[i].Request.Date.String(),
					fmt.Sprintf("agen diskors sejak %s; wadah baru dapat meminta pengaktifan kembali mulai %s (aturan %s)", st.suspFrom, earliest, ruleID),
					fmt.Sprintf("the agent is suspended since %s; the wadah may ask for reactivation from %s only (rule %s)", st.suspFrom, earliest, ruleEN)))
				continue
			}
			judge(i, rm, nil)
			st.susp = append(st.susp, regulation.Months(st.suspFrom, rm.Add(-1)))
			st.suspFrom, st.last = regulation.Month{}, rm
			granted = true
			break
		}
		if !granted {
			st.through = m
			return nil
		}
	}
}

func notSuspended(r Reactivation, m regulation.Month) error {
	return problem.New(ErrInvalidReactivation, "reactivation.not_suspended", "date", r.Date.String(),
		fmt.Sprintf("%s tidak diskors pada bulan %s; tidak ada yang diaktifkan kembali", r.Agent, m),
		fmt.Sprintf("%s is not suspended in %s; there is nothing to reactivate", r.Agent, m))
}

// touch resets an active agent's idle clock: an acquisition or a
// collection in month m.
func (p *processor) touch(id string, m regulation.Month) {
	if st := p.agents[id]; st != nil && m.After(st.last) {
		st.last = m
	}
}

// AgentStatus returns the standing of Agen Perisai id in month m: not yet
// started (before the month of their first assignment), active, or
// suspended.
//
// How months count: the month of the agent's first assignment counts as
// active, as a month with an acquisition would, so the idle clock starts in
// the month after it. Each month with an acquisition (the registration of
// one of the agent's recruits, see [Credit]) or a collection by the agent
// resets the clock. After [Suspension].IdleMonths consecutive months with
// neither, the agent is suspended from the next month, and stays suspended
// until their wadah asks for reactivation ([Reactivation]) in a month at
// least RejoinAfterMonths after the first suspended month; the month of the
// request counts as active like the first, and the clock starts over. With
// the default rule: assigned in January, idle February to April, suspended
// from May; a request dated in November or later makes the agent active
// from its month; a request in October is refused. Without a request the
// agent stays suspended for ever.
//
// A month no suspension rule covers is an error wrapping
// regulation.ErrNoRuleInForce.
func (l *Ledger) AgentStatus(id string, m regulation.Month) (AgentStatus, error) {
	q, ok := l.net.Partner(id)
	if !ok || q.Role != Agent {
		return 0, problem.New(ErrUnknownPartner, "agent.unknown", "partner", problem.Clip(id),
			"bukan Agen Perisai dalam jaringan", "not an Agen Perisai of the network")
	}
	st := l.agents[id]
	if st == nil {
		if st = l.newAgentState(id); st == nil {
			return AgentNotStarted, nil
		}
	}
	if m.Before(st.start) {
		return AgentNotStarted, nil
	}
	if !m.After(st.through) {
		return st.statusAt(m), nil
	}
	c := st.clone()
	if err := l.advance(c, m, false); err != nil {
		return 0, err
	}
	return c.statusAt(m), nil
}

// Reactivations returns the outcome of every reactivation request given in
// Options.Reactivations, in the order given.
func (l *Ledger) Reactivations() []ReactivationOutcome {
	out := slices.Clone(l.reactivations)
	if out == nil {
		out = []ReactivationOutcome{}
	}
	return out
}

// addReactivations checks the shape of each request and files the good ones
// by agent and date, for the idle clock to judge.
func (l *Ledger) addReactivations(reqs []Reactivation) {
	l.reactivations = make([]ReactivationOutcome, len(reqs))
	l.reqsByAgent = make(map[string][]int)
	for i, r := range reqs {
		o := ReactivationOutcome{Index: i, Request: r}
		q, ok := l.net.Partner(r.Agent)
		switch {
		case !ok || q.Role != Agent:
			o.Problems.Add(problem.New(ErrInvalidReactivation, "reactivation.unknown_agent", "agent", problem.Clip(r.Agent),
				"bukan Agen Perisai dalam jaringan", "not an Agen Perisai of the network"))
		case q.Wadah != r.Wadah:
			o.Problems.Add(problem.New(ErrInvalidReactivation, "reactivation.wadah", "wadah", problem.Clip(r.Wadah),
				fmt.Sprintf("hanya wadah %s dapat meminta pengaktifan kembali %s", q.Wadah, r.Agent),
				fmt.Sprintf("only wadah %s may ask for %s to be reactivated", q.Wadah, r.Agent)))
		}
		if r.Date.IsZero() {
			o.Problems.Add(problem.New(ErrInvalidReactivation, "reactivation.date", "date", "",
				"wajib diisi: hari permintaannya", "is required: the day of the request"))
		}
		l.reactivations[i] = o
		if len(o.Problems) == 0 {
			l.reqsByAgent[r.Agent] = append(l.reqsByAgent[r.Agent], i)
		}
	}
	for _, idx := range l.reqsByAgent {
		slices.SortStableFunc(idx, func(a, b int) int {
			return l.reactivations[a].Request.Date.Compare(l.reactivations[b].Request.Date)
		})
	}
}

// judgeReactivations runs every agent with requests to the month of their
// last request, so that each request is judged whatever the activities.
func (p *processor) judgeReactivations() {
	for id, idx := range p.reqsByAgent {
		last := p.reactivations[idx[len(idx)-1]].Request.Date.ContributionMonth()
		if _, _, err := p.agentAt(id, last); err != nil {
			for _, i := range idx {
				if o := &p.reactivations[i]; o.Active.IsZero() && len(o.Problems) == 0 {
					o.Problems.Add(err)
				}
			}
		}
	}
	for i := range p.reactivations {
		if o := &p.reactivations[i]; o.Active.IsZero() && len(o.Problems) == 0 {
			// Before the agent's first assignment: never judged by the clock.
			o.Problems.Add(notSuspended(o.Request, o.Request.Date.ContributionMonth()))
		}
	}
}
