package partner

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Attribution is how a registration is credited to a partner. The zero
// Attribution is FirstReferral.
type Attribution uint8

const (
	// FirstReferral credits the partner who made the earliest referral of the
	// participant within the window before the registration; without one,
	// the partner who registered them. It is the default.
	FirstReferral Attribution = iota
	// LastReferral credits the partner who made the latest referral within
	// the window; without one, the partner who registered them.
	LastReferral
	// Registrar always credits the partner who registered the participant.
	Registrar
)

var attributionCodes = [...]string{FirstReferral: "FIRST_REFERRAL", LastReferral: "LAST_REFERRAL", Registrar: "REGISTRAR"}

// String returns "FIRST_REFERRAL", "LAST_REFERRAL" or "REGISTRAR", or ""
// when invalid.
func (a Attribution) String() string {
	if int(a) >= len(attributionCodes) {
		return ""
	}
	return attributionCodes[a]
}

// MarshalText encodes the attribution as its code.
func (a Attribution) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText decodes an attribution code, ignoring case; empty text gives
// FirstReferral.
func (a *Attribution) UnmarshalText(b []byte) error {
	key := codeKey(string(b))
	if key == "" {
		*a = FirstReferral
		return nil
	}
	for i, c := range attributionCodes {
		if c == key {
			*a = Attribution(i)
			return nil
		}
	}
	return problem.New(ErrInvalidOptions, "options.attribution", "attribution", clip(string(b)),
		"cara atribusi tidak dikenal; gunakan FIRST_REFERRAL, LAST_REFERRAL atau REGISTRAR",
		"unknown attribution; use FIRST_REFERRAL, LAST_REFERRAL or REGISTRAR")
}

// DefaultWindowDays is the attribution window when [Options] gives none: a
// referral counts for a registration up to 90 days later. No rule sets it;
// it is this package's default.
const DefaultWindowDays = 90

// Options says how [Network.Process] checks and credits activities. The
// zero Options uses [DefaultParams], FirstReferral and a 90-day window.
type Options struct {
	// Params are the dated rules; the zero Params means DefaultParams.
	Params Params
	// Attribution is how registrations are credited.
	Attribution Attribution
	// WindowDays is how many days before a registration a referral still
	// counts for it; the registration day itself always counts. Zero means
	// DefaultWindowDays.
	WindowDays int
}

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

var agentStatusCodes = [...]string{AgentNotStarted: "NOT_STARTED", AgentActive: "ACTIVE", AgentSuspended: "SUSPENDED"}
var agentStatusNames = [...][2]string{
	AgentNotStarted: {"belum bertugas", "not started"},
	AgentActive:     {"aktif", "active"},
	AgentSuspended:  {"diskors", "suspended"},
}

// String returns "NOT_STARTED", "ACTIVE" or "SUSPENDED", or "" when invalid.
func (s AgentStatus) String() string {
	if s < AgentNotStarted || s > AgentSuspended {
		return ""
	}
	return agentStatusCodes[s]
}

// Name returns the status in the given language.
func (s AgentStatus) Name(l problem.Lang) string {
	if s < AgentNotStarted || s > AgentSuspended {
		return ""
	}
	if l == problem.English {
		return agentStatusNames[s][1]
	}
	return agentStatusNames[s][0]
}

// MarshalText encodes the status as its code.
func (s AgentStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a status code.
func (s *AgentStatus) UnmarshalText(b []byte) error {
	for i, c := range agentStatusCodes {
		if c != "" && c == codeKey(string(b)) {
			*s = AgentStatus(i)
			return nil
		}
	}
	return problem.New(ErrUnknownKind, "agent_status.unknown", "status", clip(string(b)),
		"status agen tidak dikenal", "unknown agent status")
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
}

// fact is what processing derived from an activity, kept beside its outcome
// for the aggregations: the NIK's digits, the amount in rupiah and the
// contribution month.
type fact struct {
	nik    string
	amount int64
	month  regulation.Month
}

// agentState follows an agent's idle clock through the months processed.
type agentState struct {
	start   regulation.Month // month of the first assignment
	last    regulation.Month // last month the idle clock was reset
	through regulation.Month // last month looked at
	susp    []regulation.MonthRange
}

// Process checks every activity against the network and the rules, and
// credits registrations. Activities are processed in a canonical order —
// by date, then kind (in the order of [Kinds]), then partner, village,
// participant, month, amount and attendance, then position — so the result
// does not depend on the order they are given in.
//
// An activity is accepted only when it passes every check:
//
//   - its own shape ([Activity.Check]);
//   - its partner exists in the network ([ErrUnknownPartner]);
//   - the partner's role has the kind's capability on the day, under the
//     role policy of opts.Params ([ErrNotPermitted]; a Bhabinkamtibmas may
//     not record a collection);
//   - the partner is assigned to an area containing the village on the day
//     ([ErrOutsideAssignment]);
//   - an Agen Perisai holds a certificate valid on the day
//     ([ErrCertificateInactive]) and is not suspended ([ErrSuspended]);
//   - a participant is registered once ([ErrDuplicateRegistration]; a
//     referral of a participant already registered is refused the same
//     way), and a contribution month is paid once ([ErrDuplicatePayment]).
//
// A rejected activity keeps every reason it failed; nothing is dropped. The
// error is non-nil only when opts itself is invalid ([ErrInvalidOptions]).
func (n *Network) Process(acts []Activity, opts Options) (*Ledger, error) {
	if opts.WindowDays < 0 || opts.Attribution.String() == "" {
		return nil, problem.New(ErrInvalidOptions, "options.range", "options",
			fmt.Sprintf("%s/%d", opts.Attribution, opts.WindowDays),
			"cara atribusi tidak dikenal atau jendela atribusi negatif",
			"unknown attribution or a negative attribution window")
	}
	if opts.WindowDays == 0 {
		opts.WindowDays = DefaultWindowDays
	}
	opts.Params = opts.Params.orDefault()
	if err := opts.Params.Validate(); err != nil {
		return nil, err
	}

	order := make([]int, len(acts))
	facts := make([]fact, len(acts))
	for i := range acts {
		order[i] = i
		facts[i] = factOf(acts[i])
	}
	slices.SortFunc(order, func(i, j int) int { return compareActivities(&acts[i], &acts[j], &facts[i], &facts[j], i, j) })

	l := &Ledger{
		net:      n,
		params:   opts.Params,
		opts:     opts,
		outcomes: make([]Outcome, 0, len(acts)),
		facts:    make([]fact, 0, len(acts)),
		credits:  make(map[string]int),
		agents:   make(map[string]*agentState),
	}
	p := processor{Ledger: l, referrals: make(map[string][]int), paid: make(map[payKey]int)}
	for _, i := range order {
		p.process(i, acts[i], facts[i])
	}
	return l, nil
}

var maxAmount = decimal.NewFromInt(MaxAmount)

func factOf(a Activity) fact {
	f := fact{nik: a.Participant.Digits()}
	if a.Kind.money() {
		f.month = a.ContributionMonth()
		if a.Amount.IsInteger() && a.Amount.IsPositive() && !a.Amount.GreaterThan(maxAmount) {
			f.amount = a.Amount.IntPart()
		}
	}
	return f
}

// compareActivities orders activities canonically: every field that takes
// part in processing, then the position as the last resort.
func compareActivities(a, b *Activity, fa, fb *fact, i, j int) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(a.Partner, b.Partner); c != 0 {
		return c
	}
	if c := a.Village.Compare(b.Village); c != 0 {
		return c
	}
	if c := strings.Compare(fa.nik, fb.nik); c != 0 {
		return c
	}
	if c := a.Month.Compare(b.Month); c != 0 {
		return c
	}
	if c := cmp.Compare(fa.amount, fb.amount); c != 0 {
		return c
	}
	if fa.amount == 0 && fb.amount == 0 {
		if c := a.Amount.Cmp(b.Amount); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(a.Attendance, b.Attendance); c != 0 {
		return c
	}
	return cmp.Compare(i, j)
}

type payKey struct {
	nik   string
	month regulation.Month
}

// processor holds the state that only processing needs.
type processor struct {
	*Ledger
	referrals map[string][]int // NIK digits → indexes of accepted referral outcomes
	paid      map[payKey]int   // participant-month → index of the outcome that paid it
}

func (p *processor) process(index int, a Activity, f fact) {
	var probs problem.List
	probs.Add(a.Check())
	partner, known := p.net.Partner(a.Partner)
	if a.Partner != "" && !known {
		probs.Add(problem.New(ErrUnknownPartner, "activity.unknown_partner", "partner", clip(a.Partner),
			"mitra tidak ada dalam jaringan", "the partner is not in the network"))
	}
	dated := !a.Date.IsZero()
	if known && dated && a.Kind.IsValid() {
		probs.Add(p.params.Permit(partner.Role, a.Kind.Capability(), a.Date))
	}
	if known && dated && a.Village.Level() == region.Village {
		probs.Add(p.checkAssignment(partner, a))
	}
	if known && dated && partner.Role == Agent {
		probs.Add(p.checkAgent(partner, a.Date))
	}
	if f.nik != "" && dated {
		probs.Add(p.checkDuplicate(a, f))
	}

	out := Outcome{Index: index, Activity: a, Problems: probs}
	if out.Accepted() {
		p.accept(&out, f)
	}
	p.outcomes = append(p.outcomes, out)
	p.facts = append(p.facts, f)
}

func (p *processor) checkAssignment(partner Partner, a Activity) error {
	as := p.net.byPartner[partner.ID]
	inArea := false
	for _, s := range as {
		if s.Covers(a.Village, a.Date) {
			return nil
		}
		inArea = inArea || s.Area.Contains(a.Village)
	}
	if inArea {
		return problem.New(ErrOutsideAssignment, "activity.outside_period", "date", a.Date.String(),
			fmt.Sprintf("%s tidak bertugas di %s pada tanggal ini (di luar masa penugasan)", partner.ID, a.Village),
			fmt.Sprintf("%s was not assigned to %s on this day (outside the period of the assignment)", partner.ID, a.Village))
	}
	return problem.New(ErrOutsideAssignment, "activity.outside_area", "village", a.Village.String(),
		fmt.Sprintf("desa ini di luar wilayah tugas %s", partner.ID),
		fmt.Sprintf("the village is outside the area %s is assigned to", partner.ID))
}

func (p *processor) checkAgent(partner Partner, on regulation.Date) error {
	var l problem.List
	c := partner.Certificate
	switch {
	case on.Before(c.Issued):
		l.Add(problem.New(ErrCertificateInactive, "activity.certificate_not_yet_valid", "date", on.String(),
			fmt.Sprintf("sertifikat Perisai %s baru berlaku mulai %s", partner.ID, c.Issued),
			fmt.Sprintf("the Perisai certificate of %s is valid only from %s", partner.ID, c.Issued)))
	case on.After(c.ValidUntil):
		l.Add(problem.New(ErrCertificateInactive, "activity.certificate_expired", "date", on.String(),
			fmt.Sprintf("sertifikat Perisai %s sudah berakhir pada %s", partner.ID, c.ValidUntil),
			fmt.Sprintf("the Perisai certificate of %s expired on %s", partner.ID, c.ValidUntil)))
	}
	m := on.ContributionMonth()
	status, susp, err := p.agentAt(partner.ID, m)
	switch {
	case err != nil:
		l.Add(err)
	case status == AgentSuspended:
		e, _ := p.params.Suspension.InMonth(susp.From)
		rule := SuspensionParam + ": " + e.Citation.String()
		l.Add(problem.New(ErrSuspended, "activity.agent_suspended", "partner", partner.ID,
			fmt.Sprintf("agen diskors %s karena %d bulan tanpa peserta baru maupun iuran terkumpul (aturan %s)",
				susp, e.Value.IdleMonths, rule),
			fmt.Sprintf("the agent is suspended %s after %d months without new participants or collections (rule %s)",
				susp, e.Value.IdleMonths, rule)))
	}
	return l.Err()
}

func (p *processor) checkDuplicate(a Activity, f fact) error {
	// Messages are joined by hand: in a large batch many activities are
	// duplicates, and fmt would dominate the time spent on them.
	switch a.Kind {
	case Referral, Registration:
		i, ok := p.credits[f.nik]
		if !ok {
			return nil
		}
		first := p.outcomes[i].Activity
		on := first.Date.String()
		if a.Kind == Referral {
			return problem.New(ErrDuplicateRegistration, "referral.already_registered", "participant", a.Participant.String(),
				"peserta sudah terdaftar pada "+on+" oleh "+first.Partner+"; rujukan tidak diperlukan",
				"the participant is already registered on "+on+" by "+first.Partner+"; no referral is needed")
		}
		return problem.New(ErrDuplicateRegistration, "registration.duplicate", "participant", a.Participant.String(),
			"peserta sudah didaftarkan pada "+on+" oleh "+first.Partner,
			"the participant is already registered on "+on+" by "+first.Partner)
	case Collection, Payment:
		i, ok := p.paid[payKey{f.nik, f.month}]
		if !ok {
			return nil
		}
		first := p.outcomes[i].Activity
		m, who, on := f.month.String(), a.Participant.String(), first.Date.String()
		return problem.New(ErrDuplicatePayment, "payment.duplicate", "month", m,
			"iuran bulan "+m+" untuk peserta "+who+" sudah dibayar pada "+on+" melalui "+first.Partner,
			"the contribution of "+who+" for "+m+" was already paid on "+on+" through "+first.Partner)
	}
	return nil
}

func (p *processor) accept(out *Outcome, f fact) {
	i := len(p.outcomes)
	a := out.Activity
	switch a.Kind {
	case Referral:
		p.referrals[f.nik] = append(p.referrals[f.nik], i)
	case Registration:
		out.Credited = p.credit(a, f)
		out.Recruiter = p.recruiter(out.Credited, a.Partner)
		p.credits[f.nik] = i
		if out.Recruiter != "" {
			p.touch(out.Recruiter, a.Date.ContributionMonth())
		}
	case Collection, Payment:
		p.paid[payKey{f.nik, f.month}] = i
		if a.Kind == Collection {
			if q, _ := p.net.Partner(a.Partner); q.Role == Agent {
				p.touch(a.Partner, a.Date.ContributionMonth())
			}
		}
	}
}

// credit picks the partner credited with a registration: a referral within
// the window under the attribution option, else the registrar. An agent
// suspended on the day of the registration cannot be credited.
func (p *processor) credit(a Activity, f fact) string {
	if p.opts.Attribution == Registrar {
		return a.Partner
	}
	earliest := a.Date.AddDays(-p.opts.WindowDays)
	best := -1
	for _, i := range p.referrals[f.nik] {
		r := p.outcomes[i].Activity
		if r.Date.Before(earliest) || !p.creditable(r.Partner, a.Date) {
			continue
		}
		switch {
		case best < 0:
			best = i
		case p.opts.Attribution == LastReferral && r.Date.After(p.outcomes[best].Activity.Date):
			best = i
		}
		if p.opts.Attribution == FirstReferral {
			break
		}
	}
	if best < 0 {
		return a.Partner
	}
	return p.outcomes[best].Activity.Partner
}

// recruiter returns the agent whose recruit a participant is: the credited
// partner if an agent, else the registrar if an agent, else "".
func (p *processor) recruiter(credited, registrar string) string {
	for _, id := range []string{credited, registrar} {
		if q, _ := p.net.Partner(id); q.Role == Agent {
			return id
		}
	}
	return ""
}

// creditable reports whether a partner may be credited on a day: anyone but
// a suspended agent.
func (p *processor) creditable(id string, on regulation.Date) bool {
	q, _ := p.net.Partner(id)
	if q.Role != Agent {
		return true
	}
	status, _, err := p.agentAt(id, on.ContributionMonth())
	return err == nil && status == AgentActive
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

// Outcomes returns the outcome of every activity, accepted or rejected, in
// processing order. The slice is a copy.
func (l *Ledger) Outcomes() []Outcome { return slices.Clone(l.outcomes) }

// Accepted returns the outcomes of the accepted activities, in processing
// order.
func (l *Ledger) Accepted() []Outcome {
	var out []Outcome
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
	var out []Outcome
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
	var out []Credit
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
		return 0, problem.New(ErrUnknownPartner, "agent.unknown", "partner", clip(id),
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
