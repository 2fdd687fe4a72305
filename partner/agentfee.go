package partner

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// AgentCollection is one collection an Agen Perisai made from one of their
// own participants, as [Params.AgentFee] reads it.
type AgentCollection struct {
	// Amount is what was due and collected, in whole rupiah (the ledger
	// counts only what the bill made due; here the caller says it).
	Amount decimal.Decimal `json:"amount"`
	// Month is the contribution month paid for: it picks the scheme.
	Month regulation.Month `json:"month"`
	// Acquired is the month the agent acquired the participant, membership
	// month 1; a contribution for the 24th month from it earns 15% in 2022.
	// It may be zero for a collection under the 2018 scheme or from a PU
	// participant, which do not count months.
	Acquired regulation.Month `json:"acquired,omitzero"`
	// Segment is PU or BPU; zero means BPU, assumed (the line counts it).
	Segment membership.Segment `json:"segment,omitzero"`
}

// AgentRecruit is one of the agent's participants registered in the month.
type AgentRecruit struct {
	// Segment is PU or BPU; zero means BPU on JKK+JKM never registered
	// before, assumed (the line counts it), as without an [Enrolment].
	Segment membership.Segment `json:"segment,omitzero"`
	// Programs is the package; with JHT the three-program package.
	Programs membership.ProgramSet `json:"programs,omitzero"`
	// Returning is true when the NIK was registered as BPU before.
	Returning bool `json:"returning,omitempty"`
}

// AgentFee is one agent's fee, bonus and acquisition lines for month m,
// computed from the month's collections and recruits directly, without a
// network or a ledger: the same lines, by the same rules, rates and rounding
// as the agent's statement from [Ledger.FeeStatementsFor] when the ledger
// holds the same collections (of what was due) and registrations. The rules
// used come with each line.
//
// Errors, every one at once: m before any scheme (regulation.ErrNoRuleInForce);
// an amount that is not a positive whole rupiah or a zero contribution month
// ([ErrInvalidOptions]); a collection for a month before any scheme, before
// the participant was acquired, or with no acquisition month where the 2022
// BPU incentive needs one ([ErrMembershipMonthUnknown]).
func (p Params) AgentFee(m regulation.Month, collections []AgentCollection, recruits []AgentRecruit) ([]FeeLine, error) {
	p = p.orDefault()
	scheme, err := p.Scheme.InMonth(m)
	if err != nil {
		return nil, err
	}
	rules := newRuleSet()
	var probs problem.List
	var group lineGroup
	for i, c := range collections {
		field := fmt.Sprintf("collections[%d]", i)
		switch {
		case !c.Amount.IsInteger() || !c.Amount.IsPositive() || !c.Amount.LessThan(decimal.New(1, 15)):
			probs.Add(problem.New(ErrInvalidOptions, "fee.amount", field+".amount", problem.Clip(c.Amount.String()),
				"harus rupiah utuh lebih dari 0", "must be whole rupiah greater than 0"))
			continue
		case c.Month.IsZero():
			probs.Add(problem.New(ErrInvalidOptions, "fee.month", field+".month", "",
				"wajib diisi", "is required"))
			continue
		}
		known := c.Segment != 0
		f := fact{amount: c.Amount.IntPart(), month: c.Month}
		line, err := collectionLine(p, f, m, c.Acquired, c.Segment, known, field, rules)
		if err != nil {
			probs.Add(err)
			continue
		}
		group.add(line)
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	lines, err := group.finish(p, m, rules)
	if err != nil {
		return nil, err
	}
	byPkg := make(map[membership.ProgramSet][2]int)
	newBPU := 0
	for _, r := range recruits {
		e := Enrolment{Segment: r.Segment, Programs: r.Programs, Returning: r.Returning}
		if countNewBPU(byPkg, e, r.Segment != 0) {
			newBPU++
		}
	}
	extra, err := perHeadLines(p, scheme.Value, m, len(recruits), newBPU, byPkg, rules)
	if err != nil {
		return nil, err
	}
	return append(lines, extra...), nil
}
