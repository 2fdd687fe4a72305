package partner

import (
	"slices"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Outcome is what became of one activity: accepted, or rejected with every
// reason. A registration accepted says which partner it was credited to.
type Outcome struct {
	// Index is the activity's position in the slice given to Process.
	Index int `json:"index"`
	// Activity is the activity as given.
	Activity Activity `json:"activity"`
	// Credited is, for an accepted registration, the ID of the partner
	// credited with it.
	Credited string `json:"credited,omitempty"`
	// Recruiter is, for an accepted registration, the ID of the Agen Perisai
	// whose recruit the participant is, if any (see [Credit]).
	Recruiter string `json:"recruiter,omitempty"`
	// Problems are the reasons the activity was rejected; empty when it was
	// accepted.
	Problems problem.List `json:"problems,omitempty"`
}

// Accepted reports whether the activity was accepted.
func (o Outcome) Accepted() bool { return len(o.Problems) == 0 }

// Credit says who brought a participant in.
//
// Partner is the partner credited with the registration under the
// [Attribution] option; it counts for progress and the leaderboard. Recruiter
// is the Agen Perisai the participant counts as a recruit of, for fees and
// bonuses: the credited partner when that is an agent, otherwise the partner
// who registered the participant when that is an agent, otherwise nobody. A
// Bhabinkamtibmas who refers a worker to an agent is credited with the
// registration, and the agent who registers the worker earns the fee on
// their contributions. Each participant has at most one of each.
type Credit struct {
	// Participant is the participant registered.
	Participant membership.NIK `json:"participant"`
	// Partner is the ID of the partner credited.
	Partner string `json:"partner"`
	// Recruiter is the ID of the agent whose recruit the participant is, or
	// "".
	Recruiter string `json:"recruiter,omitempty"`
	// Date and Village are the day and the village of the registration.
	Date    regulation.Date `json:"date"`
	Village region.Code     `json:"village"`
	// ByReferral is true when the credit went to a referral rather than to
	// the partner who registered the participant.
	ByReferral bool `json:"by_referral"`
}

// Ledger is the result of processing activities: every activity's outcome,
// the credits for registrations, and the agents' standing. It answers
// progress reports ([Ledger.Progress]) and fee statements
// ([Ledger.FeeStatements]). A Ledger is immutable and safe for concurrent
// use.
type Ledger struct {
	net      *Network
	params   Params
	opts     Options
	outcomes []Outcome      // in processing order
	facts    []fact         // parallel to outcomes
	credits  map[string]int // NIK digits → index of the registration outcome
	agents   map[string]*agentState
	// reactivations are the outcomes of Options.Reactivations, in order;
	// reqsByAgent the good ones' indexes by agent, by date.
	reactivations []ReactivationOutcome
	reqsByAgent   map[string][]int
}

// Outcomes returns the outcome of every activity, accepted or rejected, in
// processing order. The slice is a copy.
func (l *Ledger) Outcomes() []Outcome { return slices.Clone(l.outcomes) }

// Accepted returns the outcomes of the accepted activities, in processing
// order. Like every list of this package's results, it is empty rather
// than nil when there is none, so that it encodes as a JSON array.
func (l *Ledger) Accepted() []Outcome {
	out := []Outcome{}
	for _, o := range l.outcomes {
		if o.Accepted() {
			out = append(out, o)
		}
	}
	return out
}

// Rejected returns the outcomes of the rejected activities, each with its
// reasons, in processing order.
func (l *Ledger) Rejected() []Outcome {
	out := []Outcome{}
	for _, o := range l.outcomes {
		if !o.Accepted() {
			out = append(out, o)
		}
	}
	return out
}

// Credits returns the credit of every registered participant, in the order
// of registration.
func (l *Ledger) Credits() []Credit {
	out := []Credit{}
	for _, o := range l.outcomes {
		if o.Accepted() && o.Activity.Kind == Registration {
			out = append(out, creditOf(o))
		}
	}
	return out
}

// CreditOf returns the credit for participant nik, if they were registered.
func (l *Ledger) CreditOf(nik membership.NIK) (Credit, bool) {
	i, ok := l.credits[nik.Digits()]
	if !ok {
		return Credit{}, false
	}
	return creditOf(l.outcomes[i]), true
}

func creditOf(o Outcome) Credit {
	a := o.Activity
	return Credit{
		Participant: a.Participant, Partner: o.Credited, Recruiter: o.Recruiter,
		Date: a.Date, Village: a.Village, ByReferral: o.Credited != a.Partner,
	}
}
