package partner

import (
	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/regulation"
)

// Rule names a dated parameter a result used and the citation of the entry
// in force.
type Rule struct {
	// Parameter is the parameter's name, such as "agent.fee_rate".
	Parameter string `json:"parameter"`
	// From is the first day of the entry in force.
	From regulation.Date `json:"from"`
	// Citation is the entry's legal source.
	Citation regulation.Citation `json:"citation"`
}

func ruleOf[T any](name string, e regulation.Entry[T]) Rule {
	return Rule{Parameter: name, From: e.From, Citation: e.Citation}
}

// Fees are the Agen Perisai fee statements of one month: one per agent of
// the network and one per wadah, with the rates and the rules used.
type Fees struct {
	// Month is the month the statements are for.
	Month regulation.Month `json:"month"`
	// FeeRate, WadahShare and Bonus are the rules in force in the month,
	// and Rules their sources.
	FeeRate    decimal.Decimal `json:"fee_rate"`
	WadahShare decimal.Decimal `json:"wadah_share"`
	Bonus      Bonus           `json:"bonus"`
	Rules      []Rule          `json:"rules"`
	// Agents are the agents' statements, by agent ID.
	Agents []AgentStatement `json:"agents"`
	// Wadahs are the wadahs' statements, by wadah ID.
	Wadahs []WadahStatement `json:"wadahs"`
}

// AgentStatement is what one Agen Perisai earned in a month. Amounts are
// whole rupiah, and Fee = AgentShare + WadahShare, Payable = AgentShare +
// Bonus exactly.
type AgentStatement struct {
	// Agent and Wadah are the IDs of the agent and of their wadah.
	Agent string `json:"agent"`
	Wadah string `json:"wadah"`
	// Status is the agent's standing in the month.
	Status AgentStatus `json:"status"`
	// NewParticipants is the number of the agent's recruits registered in
	// the month (see [Credit]), which decides the bonus.
	NewParticipants int `json:"new_participants"`
	// Collections, Participants and Collected are the collections the agent
	// made in the month from their own recruits: their number, the number of
	// participants and the total, the base of the fee.
	Collections  int             `json:"collections"`
	Participants int             `json:"participants"`
	Collected    decimal.Decimal `json:"collected"`
	// OtherCollections and OtherCollected are the agent's collections from
	// participants who are not their recruits: they earn no fee.
	OtherCollections int             `json:"other_collections"`
	OtherCollected   decimal.Decimal `json:"other_collected"`
	// Fee is Collected × the fee rate, rounded half up to whole rupiah.
	Fee decimal.Decimal `json:"fee"`
	// AgentShare is Fee × (1 − the wadah's share), rounded half up;
	// WadahShare is the rest of Fee.
	AgentShare decimal.Decimal `json:"agent_share"`
	WadahShare decimal.Decimal `json:"wadah_share"`
	// Bonus is the bonus amount when NewParticipants reached the bonus
	// threshold, else zero. It is the agent's alone.
	Bonus decimal.Decimal `json:"bonus"`
	// Payable is what the agent receives: AgentShare + Bonus.
	Payable decimal.Decimal `json:"payable"`
}

// WadahStatement adds up the statements of a wadah's agents for a month.
// Fee = AgentShares + WadahShare exactly; WadahShare is what the wadah keeps.
type WadahStatement struct {
	// Wadah and Name are the wadah's ID and name.
	Wadah string `json:"wadah"`
	Name  string `json:"name"`
	// Agents is the number of the wadah's agents.
	Agents int `json:"agents"`
	// Collected, Fee, AgentShares, WadahShare and Bonuses are the sums of
	// the agents' Collected, Fee, AgentShare, WadahShare and Bonus.
	Collected   decimal.Decimal `json:"collected"`
	Fee         decimal.Decimal `json:"fee"`
	AgentShares decimal.Decimal `json:"agent_shares"`
	WadahShare  decimal.Decimal `json:"wadah_share"`
	Bonuses     decimal.Decimal `json:"bonuses"`
}

// FeeStatements computes the fee statements of month m for every agent and
// every wadah of the network.
//
// What counts: collections accepted with a date in m (the day the money was
// collected, whatever contribution month it pays for), made by the agent from
// their own recruits (see [Credit]); and the registrations of their recruits
// dated in m, for the bonus. A collection from a participant who is not the
// agent's recruit earns no fee and is shown apart.
//
// Rounding: no rule is known, so the fee is rounded half up to whole rupiah
// once per statement (on the month's total, not per collection), the agent's
// share is rounded half up, and the wadah's share is the fee minus the
// agent's, so the two always add up to the fee. With the default rules,
// collections of Rp16,800 from 40 recruits are Rp672,000; 7.5% of it is a
// fee of Rp50,400, of which the agent gets 90%, Rp45,360, and the wadah
// Rp5,040.
//
// A month that a fee rule does not cover is an error wrapping
// regulation.ErrNoRuleInForce that names the parameter.
func (l *Ledger) FeeStatements(m regulation.Month) (Fees, error) {
	rate, err := l.params.FeeRate.InMonth(m)
	if err != nil {
		return Fees{}, err
	}
	share, err := l.params.WadahShare.InMonth(m)
	if err != nil {
		return Fees{}, err
	}
	bonus, err := l.params.Bonus.InMonth(m)
	if err != nil {
		return Fees{}, err
	}

	type tally struct {
		recruits                  int
		collections, others       int
		collected, otherCollected int64
		participants              map[string]bool
	}
	tallies := make(map[string]*tally)
	get := func(id string) *tally {
		t := tallies[id]
		if t == nil {
			t = &tally{participants: make(map[string]bool)}
			tallies[id] = t
		}
		return t
	}
	for i, o := range l.outcomes {
		a := o.Activity
		if !o.Accepted() || a.Date.ContributionMonth() != m {
			continue
		}
		switch a.Kind {
		case Registration:
			if o.Recruiter != "" {
				get(o.Recruiter).recruits++
			}
		case Collection:
			q, _ := l.net.Partner(a.Partner)
			if q.Role != Agent {
				continue
			}
			t, f := get(a.Partner), l.facts[i]
			if l.recruiterOf(f.nik) == a.Partner {
				t.collections++
				t.collected += f.amount
				t.participants[f.nik] = true
			} else {
				t.others++
				t.otherCollected += f.amount
			}
		}
	}

	fees := Fees{
		Month: m, FeeRate: rate.Value, WadahShare: share.Value, Bonus: bonus.Value,
		Rules: []Rule{
			ruleOf(l.params.FeeRate.Name(), rate),
			ruleOf(l.params.WadahShare.Name(), share),
			ruleOf(l.params.Bonus.Name(), bonus),
		},
		Agents: []AgentStatement{},
		Wadahs: []WadahStatement{},
	}
	agentRate := decimal.NewFromInt(1).Sub(share.Value)
	byWadah := make(map[string]*WadahStatement)
	for _, w := range l.net.wadahs {
		fees.Wadahs = append(fees.Wadahs, WadahStatement{
			Wadah: w.ID, Name: w.Name, Collected: decimal.Zero, Fee: decimal.Zero, AgentShares: decimal.Zero,
			WadahShare: decimal.Zero, Bonuses: decimal.Zero,
		})
	}
	for i := range fees.Wadahs {
		byWadah[fees.Wadahs[i].Wadah] = &fees.Wadahs[i]
	}
	for _, q := range l.net.partners {
		if q.Role != Agent {
			continue
		}
		status, err := l.AgentStatus(q.ID, m)
		if err != nil {
			return Fees{}, err
		}
		t := tallies[q.ID]
		if t == nil {
			t = &tally{}
		}
		s := AgentStatement{
			Agent: q.ID, Wadah: q.Wadah, Status: status,
			NewParticipants: t.recruits,
			Collections:     t.collections, Participants: len(t.participants),
			Collected:        decimal.NewFromInt(t.collected),
			OtherCollections: t.others, OtherCollected: decimal.NewFromInt(t.otherCollected),
			Bonus: decimal.Zero,
		}
		s.Fee = s.Collected.Mul(rate.Value).Round(0)
		s.AgentShare = s.Fee.Mul(agentRate).Round(0)
		s.WadahShare = s.Fee.Sub(s.AgentShare)
		if t.recruits >= bonus.Value.MinNewParticipants {
			s.Bonus = bonus.Value.Amount
		}
		s.Payable = s.AgentShare.Add(s.Bonus)
		fees.Agents = append(fees.Agents, s)

		w := byWadah[q.Wadah]
		w.Agents++
		w.Collected = w.Collected.Add(s.Collected)
		w.Fee = w.Fee.Add(s.Fee)
		w.AgentShares = w.AgentShares.Add(s.AgentShare)
		w.WadahShare = w.WadahShare.Add(s.WadahShare)
		w.Bonuses = w.Bonuses.Add(s.Bonus)
	}
	return fees, nil
}

// recruiterOf returns the ID of the agent whose recruit the participant with
// the given NIK digits is, or "".
func (l *Ledger) recruiterOf(nik string) string {
	i, ok := l.credits[nik]
	if !ok {
		return ""
	}
	return l.outcomes[i].Recruiter
}
