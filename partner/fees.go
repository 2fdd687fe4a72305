package partner

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
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

// LineKind is what a line of a fee statement pays for.
type LineKind uint8

const (
	// LineFee is the 2018 fee on contributions collected.
	LineFee LineKind = iota + 1
	// LineBonus is the 2018 bonus for many new participants in a month.
	LineBonus
	// LineBPUIncentive is the 2022 incentive on BPU contributions, for one
	// band of membership months.
	LineBPUIncentive
	// LinePUIncentive is the 2022 transition incentive on PU contributions.
	LinePUIncentive
	// LineAcquisition is the 2022 acquisition incentive for new BPU
	// participants on one package.
	LineAcquisition
)

var lineCodes = [...]string{LineFee: "FEE", LineBonus: "BONUS", LineBPUIncentive: "BPU_INCENTIVE", LinePUIncentive: "PU_INCENTIVE", LineAcquisition: "ACQUISITION"}
var lineNames = [...][2]string{
	LineFee:          {"fee iuran", "contribution fee"},
	LineBonus:        {"bonus peserta baru", "new-participant bonus"},
	LineBPUIncentive: {"insentif iuran BPU", "BPU contribution incentive"},
	LinePUIncentive:  {"insentif iuran PU (transisi)", "PU contribution incentive (transition)"},
	LineAcquisition:  {"insentif akuisisi", "acquisition incentive"},
}

// String returns the kind's code, such as "BPU_INCENTIVE", or "" when invalid.
func (k LineKind) String() string {
	if k < LineFee || k > LineAcquisition {
		return ""
	}
	return lineCodes[k]
}

// Name returns the kind in the given language.
func (k LineKind) Name(l problem.Lang) string {
	if k < LineFee || k > LineAcquisition {
		return ""
	}
	if l == problem.English {
		return lineNames[k][1]
	}
	return lineNames[k][0]
}

// MarshalText encodes the kind as its code.
func (k LineKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a line kind code.
func (k *LineKind) UnmarshalText(b []byte) error {
	for i, c := range lineCodes {
		if c != "" && c == codeKey(string(b)) {
			*k = LineKind(i)
			return nil
		}
	}
	return problem.New(ErrUnknownKind, "fee_line.unknown", "kind", problem.Clip(string(b)),
		"tidak dikenal sebagai baris fee", "unknown for a fee line")
}

// FeeLine is one line of an agent's fee statement: one scheme, one kind,
// one rate. Amounts are whole rupiah; AgentShare + WadahShare is what BPJS
// pays for the line.
type FeeLine struct {
	// Scheme is the fee scheme the line was computed under: for a
	// contribution, the scheme of the contribution month paid for; for a
	// bonus or acquisition incentive, the scheme of the statement's month.
	Scheme FeeScheme `json:"scheme"`
	// Kind is what the line pays for.
	Kind LineKind `json:"kind"`
	// Tier is, for a BPU incentive, the band of membership months; To is 0
	// for months past the last band, which earn nothing.
	Tier *Tier `json:"tier,omitempty"`
	// Programs is, for an acquisition incentive, the package: JKK+JKM+JHT
	// or JKK+JKM.
	Programs membership.ProgramSet `json:"programs,omitzero"`
	// Count is the number of collections, or of new participants.
	Count int `json:"count"`
	// Base is the rupiah the rate applies to: the contributions collected;
	// zero for a bonus or acquisition line.
	Base decimal.Decimal `json:"base"`
	// Rate is the fraction of Base, or the rupiah per new participant.
	Rate decimal.Decimal `json:"rate"`
	// Amount is the line's fee, bonus or incentive: Base × Rate (or Count ×
	// Rate), rounded half up to whole rupiah.
	Amount decimal.Decimal `json:"amount"`
	// AgentShare and WadahShare split the line. 2018: the wadah keeps its
	// share out of Amount (for a bonus, only when the bonus is split), the
	// agent the rest, AgentShare + WadahShare = Amount. 2022: the agent keeps
	// all of Amount, and the wadah gets its share on top, rounded half up.
	AgentShare decimal.Decimal `json:"agent_share"`
	WadahShare decimal.Decimal `json:"wadah_share"`
	// Assumed counts the participants of the line with no [Enrolment], whose
	// segment (BPU) or package (JKK+JKM) was assumed.
	Assumed int `json:"assumed,omitempty"`
	// Rules are the parameters the line used, with their sources.
	Rules []Rule `json:"rules"`
}

// Fees are the Agen Perisai fee statements of one month: one per agent of
// the network and one per wadah, with the rules used.
type Fees struct {
	// Month is the month the statements are for: collections made and
	// registrations dated in it.
	Month regulation.Month `json:"month"`
	// Scheme is the fee scheme of Month, used for its bonus or acquisition
	// incentive; a collection for an earlier contribution month may use the
	// earlier scheme (each line says).
	Scheme FeeScheme `json:"scheme"`
	// Switch is the first contribution month of the 2022 scheme, an
	// assumption (parameter "agent.fee_scheme"), shown on every statement.
	Switch regulation.Month `json:"switch,omitzero"`
	// Rules are every rule the statements used, with their sources.
	Rules []Rule `json:"rules"`
	// Agents are the agents' statements, by agent ID.
	Agents []AgentStatement `json:"agents"`
	// Wadahs are the wadahs' statements, by wadah ID.
	Wadahs []WadahStatement `json:"wadahs"`
	// Checked counts the collections and payments dated in Month checked
	// against the bill of their contribution month ([Ledger.BillChecks]),
	// and Unchecked those no bill could be computed for (PU).
	Checked   int `json:"checked"`
	Unchecked int `json:"unchecked"`
	// Discrepancies are the checked collections and payments of any partner
	// that differ from their bill (under, over, wrong month), in processing
	// order; fees count only what was due of them.
	Discrepancies []BillCheck `json:"discrepancies"`
	// Warnings are the rules a wadah does not meet, such as too few agents
	// ("wadah.min_agents"); they do not change any amount.
	Warnings problem.List `json:"warnings,omitempty"`
}

// AgentStatement is what one Agen Perisai earned in a month, line by line.
// Amounts are whole rupiah: Fee + Bonus + Acquisition is the sum of the
// lines' amounts, Payable the sum of their agent shares, WadahShare of their
// wadah shares, and Total = Payable + WadahShare exactly.
type AgentStatement struct {
	// Agent and Wadah are the IDs of the agent and of their wadah.
	Agent string `json:"agent"`
	Wadah string `json:"wadah"`
	// Status is the agent's standing in the month.
	Status AgentStatus `json:"status"`
	// NewParticipants is the number of the agent's recruits registered in
	// the month (see [Credit]); NewBPU those of them that count for the
	// 2022 acquisition incentive: BPU (or with no enrolment) and never
	// registered as BPU before.
	NewParticipants int `json:"new_participants"`
	NewBPU          int `json:"new_bpu"`
	// Collections, Participants and Collected are the collections the agent
	// made in the month from their own participants: their number, the number of
	// participants and the total.
	Collections  int             `json:"collections"`
	Participants int             `json:"participants"`
	Collected    decimal.Decimal `json:"collected"`
	// NotDue is the part of Collected that was not due by the bill of its
	// contribution month (collected over the bill, or for a month before
	// the membership): it earns no fee (see [Ledger.BillChecks]).
	NotDue decimal.Decimal `json:"not_due"`
	// OtherCollections and OtherCollected are the agent's collections from
	// participants who are not theirs: they earn nothing.
	OtherCollections int             `json:"other_collections"`
	OtherCollected   decimal.Decimal `json:"other_collected"`
	// Lines are the statement's lines, each with its scheme.
	Lines []FeeLine `json:"lines"`
	// Fee is the sum of the contribution lines (2018 fee, 2022 incentives);
	// Bonus of the 2018 bonus line; Acquisition of the 2022 acquisition
	// lines.
	Fee         decimal.Decimal `json:"fee"`
	Bonus       decimal.Decimal `json:"bonus"`
	Acquisition decimal.Decimal `json:"acquisition"`
	// Payable is what the agent receives; WadahShare what the wadah receives
	// for the agent's work; Total the two together.
	Payable    decimal.Decimal `json:"payable"`
	WadahShare decimal.Decimal `json:"wadah_share"`
	Total      decimal.Decimal `json:"total"`
}

// WadahStatement adds up the statements of a wadah's agents for a month:
// each amount is the sum of the agents' amounts, and Total = Payable +
// WadahShare exactly.
type WadahStatement struct {
	// Wadah and Name are the wadah's ID and name.
	Wadah string `json:"wadah"`
	Name  string `json:"name"`
	// Agents is the number of the wadah's agents.
	Agents int `json:"agents"`
	// Collected, NotDue, Fee, Bonuses and Acquisition are the sums of the
	// agents' Collected, NotDue, Fee, Bonus and Acquisition.
	Collected   decimal.Decimal `json:"collected"`
	NotDue      decimal.Decimal `json:"not_due"`
	Fee         decimal.Decimal `json:"fee"`
	Bonuses     decimal.Decimal `json:"bonuses"`
	Acquisition decimal.Decimal `json:"acquisition"`
	// Payable is what the wadah's agents receive, WadahShare what the wadah
	// keeps or receives, Total the two together.
	Payable    decimal.Decimal `json:"payable"`
	WadahShare decimal.Decimal `json:"wadah_share"`
	Total      decimal.Decimal `json:"total"`
}

// Enrolment is what a fee, a bill check or a coverage needs to know about
// a participant that the activities do not say. Without one, a participant
// counts as BPU on JKK+JKM declaring Rp1,000,000 in an ordinary sector who
// was never registered as BPU before, and each line or check says how many
// were assumed.
type Enrolment struct {
	// Participant is the participant.
	Participant membership.NIK `json:"participant"`
	// Segment is PU or BPU: the 2022 scheme pays PU contributions at the
	// transition rate and counts only BPU for the acquisition incentive.
	Segment membership.Segment `json:"segment"`
	// Programs is the package; with JHT it is the three-program package of
	// the 2022 acquisition incentive.
	Programs membership.ProgramSet `json:"programs,omitzero"`
	// Returning is true when the NIK was registered as BPU before: no
	// acquisition incentive.
	Returning bool `json:"returning,omitempty"`
	// Agent and Acquired are, for a participant the agent acquired before
	// the activities processed begin (participants already active under an
	// agent when the 2022 Perdir took effect count from their acquisition),
	// the agent and the month of acquisition. A participant whose
	// registration is among the activities takes both from it.
	Agent    string           `json:"agent,omitempty"`
	Acquired regulation.Month `json:"acquired,omitzero"`
	// Income is a BPU participant's declared monthly income, the basis of
	// the bill a collection is checked against; zero means Rp1,000,000
	// assumed.
	Income decimal.Decimal `json:"income,omitzero"`
	// Sector is a BPU participant's line of work, which decides PP 50/2025
	// (transport workers have other months).
	Sector contribution.Sector `json:"sector,omitempty"`
}

// FeeInput is what [Ledger.FeeStatementsFor] needs beyond the ledger.
type FeeInput struct {
	// Enrolments are the participants' segments, packages, incomes and
	// sectors, and, for those acquired before the activities begin, their
	// acquisition.
	Enrolments []Enrolment `json:"enrolments,omitempty"`
	// Calculator computes the bills collections are checked against; nil
	// means package contribution's default parameters and options.
	Calculator *contribution.Calculator `json:"-"`
}

// FeeStatements is [Ledger.FeeStatementsFor] with no enrolments: every
// participant counts as a BPU on JKK+JKM never registered before.
func (l *Ledger) FeeStatements(m regulation.Month) (Fees, error) {
	return l.FeeStatementsFor(m, FeeInput{})
}

// FeeStatementsFor computes the fee statements of month m for every agent
// and every wadah of the network.
//
// What counts: collections accepted with a date in m (the day the money was
// collected), made by the agent from their own participants (their recruits,
// see [Credit], or those an [Enrolment] gives them); and the registrations
// of their recruits dated in m. A collection from anyone else earns nothing
// and is shown apart.
//
// Which scheme: a collection uses the scheme of the contribution month it
// pays for (parameter "agent.fee_scheme": the 2018 scheme from February 2018,
// the 2022 scheme from the switch, May 2022 by default); a bonus or
// acquisition incentive the scheme of m. A statement across the switch has a
// line per scheme, each saying which.
//
//   - 2018: fee 7.5% of the contributions; the wadah keeps 10% of it; a
//     bonus of Rp500,000 in a month with at least 50 new participants, PU
//     and BPU, the wadah's share taken from it only when "agent.bonus_split"
//     says so (the 2018 press: not split).
//   - 2022: BPU, 15% of the contributions for a participant's months 1–24
//     under the agent, 5% for months 25–60, nothing after; PU, 7.5% (the
//     transition); Rp15,000 per new BPU on JKK+JKM+JHT and Rp10,000 on
//     JKK+JKM in a month with at least 25 new BPU never registered before;
//     the agent keeps it all, and the wadah gets 10% on top.
//
// A participant's membership month is counted from the month the agent
// acquired them (the month of their registration, or the Enrolment's
// Acquired), which is month 1: a contribution for month 24 earns 15%, for
// month 25 5%.
//
// Rounding: no rule is known, so each line's amount is rounded half up to
// whole rupiah once (on the line's total, not per collection); a 2018
// line's agent share is rounded half up and the wadah's is the rest; a 2022
// line's wadah share on top is rounded half up. Statements are sums of
// lines, so they always add up.
//
// Errors, every one at once: m before any scheme (regulation.ErrNoRuleInForce
// naming "agent.fee_scheme"); a collection for a contribution month before
// any scheme, or before the agent acquired the participant, or from a
// participant an Enrolment gives the agent without an acquisition month
// ([ErrMembershipMonthUnknown]); a malformed enrolment ([ErrInvalidOptions]).
func (l *Ledger) FeeStatementsFor(m regulation.Month, in FeeInput) (Fees, error) {
	p := l.params
	schemeE, err := p.Scheme.InMonth(m)
	if err != nil {
		return Fees{}, err
	}
	enrol, err := l.enrolments(in.Enrolments)
	if err != nil {
		return Fees{}, err
	}
	checks, err := l.billChecks(m, in.Calculator, enrol)
	if err != nil {
		return Fees{}, err
	}
	fees := Fees{Month: m, Scheme: schemeE.Value, Agents: []AgentStatement{}, Wadahs: []WadahStatement{}, Discrepancies: []BillCheck{}}
	for i := range l.outcomes {
		c, ok := checks[i]
		switch {
		case !ok:
		case c.Finding == Unchecked:
			fees.Unchecked++
		default:
			fees.Checked++
			if c.Finding.Discrepant() {
				fees.Discrepancies = append(fees.Discrepancies, c)
			}
		}
	}
	for _, e := range p.Scheme.Entries() {
		if e.Value == Scheme2022 {
			fees.Switch = e.From.ContributionMonth()
			break
		}
	}
	rules := newRuleSet()
	rules.add(ruleOf(FeeSchemeParam, schemeE))

	// The month's activities, by agent.
	type tally struct {
		recruits, newBPU          int
		newByPkg                  map[membership.ProgramSet][2]int // package → count, assumed
		collections, others       int
		collected, otherCollected int64
		notDue                    int64
		participants              map[string]bool
		lines                     lineGroup
	}
	tallies := make(map[string]*tally)
	get := func(id string) *tally {
		t := tallies[id]
		if t == nil {
			t = &tally{participants: make(map[string]bool), newByPkg: make(map[membership.ProgramSet][2]int)}
			tallies[id] = t
		}
		return t
	}
	var probs problem.List
	for i, o := range l.outcomes {
		a := o.Activity
		if !o.Accepted() || a.Date.ContributionMonth() != m {
			continue
		}
		switch a.Kind {
		case Registration:
			if o.Recruiter == "" {
				continue
			}
			t := get(o.Recruiter)
			t.recruits++
			e, known := enrol[l.facts[i].nik]
			if countNewBPU(t.newByPkg, e, known) {
				t.newBPU++
			}
		case Collection:
			q, _ := l.net.Partner(a.Partner)
			if q.Role != Agent {
				continue
			}
			t, f := get(a.Partner), l.facts[i]
			acq, mine := l.acquisition(f.nik, a.Partner, enrol)
			if !mine {
				t.others++
				t.otherCollected += f.amount
				continue
			}
			// Fees count only what was due by the bill.
			due := checks[i].Due.IntPart()
			t.collections++
			t.collected += f.amount
			t.notDue += f.amount - due
			t.participants[f.nik] = true
			if due == 0 {
				continue
			}
			field := fmt.Sprintf("activities[%d]", o.Index)
			f.amount = due
			e, known := enrol[f.nik]
			line, err := collectionLine(l.params, f, m, acq, e.Segment, known, field, rules)
			if err != nil {
				probs.Add(err)
				continue
			}
			t.lines.add(line)
		}
	}
	if err := probs.Err(); err != nil {
		return Fees{}, err
	}

	byWadah := make(map[string]*WadahStatement)
	for _, w := range l.net.wadahs {
		z := decimal.Zero
		fees.Wadahs = append(fees.Wadahs, WadahStatement{Wadah: w.ID, Name: w.Name, Collected: z, NotDue: z, Fee: z, Bonuses: z,
			Acquisition: z, Payable: z, WadahShare: z, Total: z})
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
			t = get(q.ID)
		}
		s := AgentStatement{
			Agent: q.ID, Wadah: q.Wadah, Status: status,
			NewParticipants: t.recruits, NewBPU: t.newBPU,
			Collections: t.collections, Participants: len(t.participants),
			Collected:        decimal.NewFromInt(t.collected),
			NotDue:           decimal.NewFromInt(t.notDue),
			OtherCollections: t.others, OtherCollected: decimal.NewFromInt(t.otherCollected),
			Lines: []FeeLine{},
		}
		lines, err := t.lines.finish(l.params, m, rules)
		if err != nil {
			return Fees{}, err
		}
		s.Lines = append(s.Lines, lines...)
		extra, err := perHeadLines(l.params, schemeE.Value, m, t.recruits, t.newBPU, t.newByPkg, rules)
		if err != nil {
			return Fees{}, err
		}
		s.Lines = append(s.Lines, extra...)
		s.Fee, s.Bonus, s.Acquisition, s.Payable, s.WadahShare = decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero, decimal.Zero
		for _, line := range s.Lines {
			switch line.Kind {
			case LineBonus:
				s.Bonus = s.Bonus.Add(line.Amount)
			case LineAcquisition:
				s.Acquisition = s.Acquisition.Add(line.Amount)
			default:
				s.Fee = s.Fee.Add(line.Amount)
			}
			s.Payable = s.Payable.Add(line.AgentShare)
			s.WadahShare = s.WadahShare.Add(line.WadahShare)
		}
		s.Total = s.Payable.Add(s.WadahShare)
		fees.Agents = append(fees.Agents, s)

		w := byWadah[q.Wadah]
		w.Agents++
		w.Collected = w.Collected.Add(s.Collected)
		w.NotDue = w.NotDue.Add(s.NotDue)
		w.Fee = w.Fee.Add(s.Fee)
		w.Bonuses = w.Bonuses.Add(s.Bonus)
		w.Acquisition = w.Acquisition.Add(s.Acquisition)
		w.Payable = w.Payable.Add(s.Payable)
		w.WadahShare = w.WadahShare.Add(s.WadahShare)
		w.Total = w.Total.Add(s.Total)
	}
	if err := l.wadahWarnings(&fees, m, rules); err != nil {
		return Fees{}, err
	}
	fees.Rules = rules.list
	return fees, nil
}

// wadahWarnings warns about every wadah with fewer agents than
// "wadah.min_agents" asks in month m.
func (l *Ledger) wadahWarnings(fees *Fees, m regulation.Month, rules *ruleSet) error {
	e, err := l.params.WadahMinAgents.InMonth(m)
	if err != nil {
		return err
	}
	rules.add(ruleOf(WadahMinAgentsParam, e))
	for i, w := range fees.Wadahs {
		if w.Agents >= e.Value {
			continue
		}
		ruleID, ruleEN := WadahMinAgentsParam+": "+e.Citation.Format(problem.Indonesian), WadahMinAgentsParam+": "+e.Citation.Format(problem.English)
		fees.Warnings = append(fees.Warnings, problem.New(ErrTooFewAgents, "wadah.too_few_agents",
			fmt.Sprintf("wadahs[%d]", i), w.Wadah,
			fmt.Sprintf("wadah %s memiliki %d agen dalam jaringan; skema bulan ini meminta sedikitnya %d (aturan %s)", w.Wadah, w.Agents, e.Value, ruleID),
			fmt.Sprintf("wadah %s has %s in the network; the scheme of the month asks for at least %d (rule %s)", w.Wadah, quantity(problem.English, w.Agents, "agen", "agent"), e.Value, ruleEN)))
	}
	return nil
}

// countNewBPU counts a new participant into byPkg (package → count,
// assumed) when they count for the 2022 acquisition incentive: BPU, or with
// no enrolment (known false), and never registered as BPU before. Without an
// enrolment the package is JKK+JKM, assumed. It reports whether they counted.
func countNewBPU(byPkg map[membership.ProgramSet][2]int, e Enrolment, known bool) bool {
	if known && (e.Segment != membership.BPU || e.Returning) {
		return false
	}
	pkg, assumed := membership.SetOf(membership.JKK, membership.JKM), 1
	if known {
		assumed = 0
		if e.Programs.Has(membership.JHT) {
			pkg = membership.SetOf(membership.JKK, membership.JKM, membership.JHT)
		}
	}
	c := byPkg[pkg]
	byPkg[pkg] = [2]int{c[0] + 1, c[1] + assumed}
	return true
}

// lineGroup gathers the collection lines of one statement, one line per
// key, in the order of the keys once finished.
type lineGroup struct {
	lines map[lineKey]*FeeLine
	order []lineKey
}

// add counts one collection's line into the line of its key.
func (g *lineGroup) add(line FeeLine) {
	key := line.key()
	if have := g.lines[key]; have != nil {
		have.Count++
		have.Base = have.Base.Add(line.Base)
		have.Assumed += line.Assumed
		return
	}
	if g.lines == nil {
		g.lines = make(map[lineKey]*FeeLine)
	}
	g.lines[key] = &line
	g.order = append(g.order, key)
}

// finish returns the lines by key, each with its rate, amount and shares
// in force in m (see finishLine).
func (g *lineGroup) finish(p Params, m regulation.Month, rules *ruleSet) ([]FeeLine, error) {
	slices.SortStableFunc(g.order, compareLineKeys)
	out := make([]FeeLine, 0, len(g.order))
	for _, k := range g.order {
		line := g.lines[k]
		if err := finishLine(p, line, m, rules); err != nil {
			return nil, err
		}
		out = append(out, *line)
	}
	return out, nil
}

// lineKey groups collections into lines: same scheme, kind and band.
type lineKey struct {
	scheme FeeScheme
	kind   LineKind
	tier   int // the band's first month, 0 when none
}

func (f *FeeLine) key() lineKey {
	k := lineKey{scheme: f.Scheme, kind: f.Kind}
	if f.Tier != nil {
		k.tier = f.Tier.From
	}
	return k
}

func compareLineKeys(a, b lineKey) int {
	switch {
	case a.scheme != b.scheme:
		return int(a.scheme) - int(b.scheme)
	case a.kind != b.kind:
		return int(a.kind) - int(b.kind)
	}
	return a.tier - b.tier
}

// acquisition returns the month agent acquired the participant with the
// given NIK digits, and whether the participant is the agent's at all: a
// recruit of the agent registered among the activities, or an enrolment
// naming the agent. The month is zero when an enrolment gives the agent the
// participant without saying when.
func (l *Ledger) acquisition(nik, agent string, enrol map[string]Enrolment) (regulation.Month, bool) {
	if i, ok := l.credits[nik]; ok {
		if l.outcomes[i].Recruiter != agent {
			return regulation.Month{}, false
		}
		return l.outcomes[i].Activity.Date.ContributionMonth(), true
	}
	if e, ok := enrol[nik]; ok && e.Agent == agent {
		return e.Acquired, true
	}
	return regulation.Month{}, false
}

// collectionLine starts a line for one collection: its scheme by the
// contribution month paid for, its kind, band and base. seg is the
// participant's segment when known (BPU is assumed otherwise). The rates are
// those in force in m, the statement's month; finishLine sets the rate and
// shares. [Ledger.FeeStatementsFor] and [Params.AgentFee] share it.
func collectionLine(p Params, f fact, m, acq regulation.Month, seg membership.Segment, known bool, field string, rules *ruleSet) (FeeLine, error) {
	se, err := p.Scheme.InMonth(f.month)
	if err != nil {
		var pl problem.List
		pl.AddField(field, err)
		return FeeLine{}, pl
	}
	rules.add(ruleOf(FeeSchemeParam, se))
	line := FeeLine{Scheme: se.Value, Count: 1, Base: decimal.NewFromInt(f.amount)}
	if se.Value == Scheme2018 {
		line.Kind = LineFee
		return line, nil
	}
	if known && seg == membership.PU {
		line.Kind = LinePUIncentive
		return line, nil
	}
	if !known {
		line.Assumed = 1
	}
	line.Kind = LineBPUIncentive
	if acq.IsZero() {
		return FeeLine{}, problem.New(ErrMembershipMonthUnknown, "fee.acquisition_unknown", field+".participant", problem.MaskInput(f.nik, 4),
			"bulan akuisisi peserta oleh agen tidak diketahui, sehingga bulan kepesertaannya tidak dapat dihitung",
			"the month the agent acquired the participant is not known, so the membership month cannot be counted")
	}
	n := monthsBetween(acq, f.month) + 1
	if n < 1 {
		return FeeLine{}, problem.New(ErrMembershipMonthUnknown, "fee.before_acquisition", field+".month", f.month.String(),
			fmt.Sprintf("bulan iuran sebelum agen mengakuisisi peserta (%s): bulan kepesertaan tidak diketahui", acq),
			fmt.Sprintf("the contribution month is before the agent acquired the participant (%s): the membership month cannot be known", acq))
	}
	te, err := p.BPUIncentive.InMonth(m)
	if err != nil {
		var pl problem.List
		pl.AddField(field, err)
		return FeeLine{}, pl
	}
	last := 0
	for _, tr := range te.Value {
		if n >= tr.From && n <= tr.To {
			t := tr
			line.Tier = &t
			return line, nil
		}
		last = max(last, tr.To)
	}
	line.Tier = &Tier{From: last + 1, To: 0, Rate: decimal.Zero}
	return line, nil
}

// finishLine sets a collection line's rate, amount and shares, and its
// rules. The rates are those in force in m, the statement's month.
func finishLine(p Params, line *FeeLine, m regulation.Month, rules *ruleSet) error {
	switch line.Kind {
	case LineFee:
		rate, err := p.FeeRate.InMonth(m)
		if err != nil {
			return err
		}
		share, err := p.WadahShare.InMonth(m)
		if err != nil {
			return err
		}
		line.Rate = rate.Value
		line.Amount = line.Base.Mul(rate.Value).Round(0)
		line.AgentShare = line.Amount.Mul(decimal.NewFromInt(1).Sub(share.Value)).Round(0)
		line.WadahShare = line.Amount.Sub(line.AgentShare)
		line.Rules = []Rule{ruleOf(FeeRateParam, rate), ruleOf(WadahShareParam, share)}
	case LinePUIncentive, LineBPUIncentive:
		top, err := p.WadahIncentive.InMonth(m)
		if err != nil {
			return err
		}
		if line.Kind == LinePUIncentive {
			rate, err := p.PUIncentive.InMonth(m)
			if err != nil {
				return err
			}
			line.Rate = rate.Value
			line.Rules = []Rule{ruleOf(PUIncentiveParam, rate), ruleOf(WadahIncentiveParam, top)}
		} else {
			te, err := p.BPUIncentive.InMonth(m)
			if err != nil {
				return err
			}
			line.Rate = line.Tier.Rate
			line.Rules = []Rule{ruleOf(BPUIncentiveParam, te), ruleOf(WadahIncentiveParam, top)}
		}
		line.Amount = line.Base.Mul(line.Rate).Round(0)
		line.AgentShare = line.Amount
		line.WadahShare = line.Amount.Mul(top.Value).Round(0)
	}
	for _, r := range line.Rules {
		rules.add(r)
	}
	return nil
}

// perHeadLines are the month's bonus (2018) or acquisition incentive
// (2022) lines of one agent.
func perHeadLines(p Params, scheme FeeScheme, m regulation.Month, recruits, newBPU int, byPkg map[membership.ProgramSet][2]int, rules *ruleSet) ([]FeeLine, error) {
	if scheme == Scheme2018 {
		b, err := p.Bonus.InMonth(m)
		if err != nil {
			return nil, err
		}
		rules.add(ruleOf(BonusParam, b))
		if recruits < b.Value.MinNewParticipants {
			return nil, nil
		}
		split, err := p.BonusSplit.InMonth(m)
		if err != nil {
			return nil, err
		}
		line := FeeLine{Scheme: Scheme2018, Kind: LineBonus, Count: recruits, Base: decimal.Zero, Rate: b.Value.Amount,
			Amount: b.Value.Amount, AgentShare: b.Value.Amount, WadahShare: decimal.Zero,
			Rules: []Rule{ruleOf(BonusParam, b), ruleOf(BonusSplitParam, split)}}
		rules.add(ruleOf(BonusSplitParam, split))
		if split.Value {
			share, err := p.WadahShare.InMonth(m)
			if err != nil {
				return nil, err
			}
			line.AgentShare = line.Amount.Mul(decimal.NewFromInt(1).Sub(share.Value)).Round(0)
			line.WadahShare = line.Amount.Sub(line.AgentShare)
			line.Rules = append(line.Rules, ruleOf(WadahShareParam, share))
		}
		return []FeeLine{line}, nil
	}
	a, err := p.Acquisition.InMonth(m)
	if err != nil {
		return nil, err
	}
	rules.add(ruleOf(AcquisitionParam, a))
	if newBPU < a.Value.MinNewParticipants {
		return nil, nil
	}
	top, err := p.WadahIncentive.InMonth(m)
	if err != nil {
		return nil, err
	}
	rules.add(ruleOf(WadahIncentiveParam, top))
	var out []FeeLine
	three := membership.SetOf(membership.JKK, membership.JKM, membership.JHT)
	for _, pkg := range []membership.ProgramSet{three, membership.SetOf(membership.JKK, membership.JKM)} {
		c := byPkg[pkg]
		if c[0] == 0 {
			continue
		}
		rate := a.Value.TwoPrograms
		if pkg == three {
			rate = a.Value.ThreePrograms
		}
		amount := rate.Mul(decimal.NewFromInt(int64(c[0])))
		out = append(out, FeeLine{Scheme: Scheme2022, Kind: LineAcquisition, Programs: pkg, Count: c[0], Base: decimal.Zero,
			Rate: rate, Amount: amount, AgentShare: amount, WadahShare: amount.Mul(top.Value).Round(0), Assumed: c[1],
			Rules: []Rule{ruleOf(AcquisitionParam, a), ruleOf(WadahIncentiveParam, top)}})
	}
	return out, nil
}

// enrolments checks and indexes the enrolments by NIK digits.
func (l *Ledger) enrolments(es []Enrolment) (map[string]Enrolment, error) {
	out := make(map[string]Enrolment, len(es))
	var probs problem.List
	for i, e := range es {
		field := fmt.Sprintf("enrolments[%d]", i)
		d := e.Participant.Digits()
		switch {
		case d == "":
			probs.Add(problem.New(ErrInvalidOptions, "enrolment.participant", field+".participant", "",
				"wajib diisi", "is required"))
			continue
		case e.Segment != membership.PU && e.Segment != membership.BPU:
			probs.Add(problem.New(ErrInvalidOptions, "enrolment.segment", field+".segment", e.Segment.String(),
				"harus PU atau BPU", "must be PU or BPU"))
		}
		if _, dup := out[d]; dup {
			probs.Add(problem.New(ErrInvalidOptions, "enrolment.duplicate", field+".participant", e.Participant.String(),
				"tercantum dua kali", "listed twice"))
			continue
		}
		if e.Agent != "" {
			if q, ok := l.net.Partner(e.Agent); !ok || q.Role != Agent {
				probs.Add(problem.New(ErrInvalidOptions, "enrolment.agent", field+".agent", problem.Clip(e.Agent),
					"bukan Agen Perisai dalam jaringan", "not an Agen Perisai of the network"))
			}
			if _, registered := l.credits[d]; registered {
				probs.Add(problem.New(ErrInvalidOptions, "enrolment.registered", field+".agent", problem.Clip(e.Agent),
					"peserta terdaftar dalam kegiatan; agen dan bulan akuisisi diambil dari pendaftarannya",
					"the participant's registration is among the activities; the agent and acquisition month come from it"))
			}
		}
		out[d] = e
	}
	return out, probs.Err()
}

// monthsBetween returns the number of months from a to b (negative when b
// is before a).
func monthsBetween(a, b regulation.Month) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// ruleSet collects rules once each, in the order first used.
type ruleSet struct {
	list []Rule
	seen map[[2]string]bool
}

func newRuleSet() *ruleSet { return &ruleSet{list: []Rule{}, seen: make(map[[2]string]bool)} }

func (r *ruleSet) add(x Rule) {
	k := [2]string{x.Parameter, x.From.String()}
	if !r.seen[k] {
		r.seen[k] = true
		r.list = append(r.list, x)
	}
}
