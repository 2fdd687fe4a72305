package partner

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/internal/enum"
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

// attributions is the table of the ways of attribution: their codes and
// names. Its zero value, FirstReferral, is a real value: the default.
var attributions = enum.New(codeKey, []enum.Def[Attribution, struct{}]{
	{Value: FirstReferral, Code: "FIRST_REFERRAL", ID: "rujukan pertama", EN: "first referral"},
	{Value: LastReferral, Code: "LAST_REFERRAL", ID: "rujukan terakhir", EN: "last referral"},
	{Value: Registrar, Code: "REGISTRAR", ID: "pendaftar", EN: "registrar"},
})

// Attributions returns every way of attribution in order.
func Attributions() []Attribution { return attributions.Values() }

// IsValid reports whether a is one of the ways of attribution.
func (a Attribution) IsValid() bool { return attributions.Valid(a) }

// String returns "FIRST_REFERRAL", "LAST_REFERRAL" or "REGISTRAR", or ""
// when invalid.
func (a Attribution) String() string { return attributions.Code(a) }

// Name returns the way of attribution in the given language.
func (a Attribution) Name(l problem.Lang) string { return attributions.Name(a, l) }

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
	if v, ok := attributions.Lookup(key); ok {
		*a = v
		return nil
	}
	return problem.New(ErrInvalidOptions, "options.attribution", "attribution", problem.Clip(string(b)),
		"cara atribusi tidak dikenal; gunakan "+attributions.Choices(problem.Indonesian),
		"unknown attribution; use "+attributions.Choices(problem.English))
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
	// Reactivations are the wadahs' requests to let suspended agents act
	// again (see [Reactivation]); their outcomes are in
	// [Ledger.Reactivations].
	Reactivations []Reactivation
}

// fact is what processing derived from an activity, kept beside its outcome
// for the aggregations: the NIK's digits, the amount in rupiah and the
// contribution month.
type fact struct {
	nik    string
	amount int64
	month  regulation.Month
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
	return n.ProcessContext(context.Background(), acts, opts)
}

// checkEvery is how many activities or participants a loop handles between
// two looks at its context.
const checkEvery = 1024

// ProcessContext is [Network.Process] that stops once ctx ends, such as a
// request whose client has gone or whose deadline has passed: it looks at
// ctx every thousand or so activities and then returns its cause
// (context.Cause: ctx.Err() unless a cause was given) and no ledger.
func (n *Network) ProcessContext(ctx context.Context, acts []Activity, opts Options) (*Ledger, error) {
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
	if ctx.Err() != nil {
		return nil, context.Cause(ctx)
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
	l.addReactivations(opts.Reactivations)
	p := processor{Ledger: l, referrals: make(map[string][]int), paid: make(map[payKey]int)}
	for k, i := range order {
		if k%checkEvery == 0 && ctx.Err() != nil {
			return nil, context.Cause(ctx)
		}
		p.process(i, acts[i], facts[i])
	}
	p.judgeReactivations()
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
		probs.Add(problem.New(ErrUnknownPartner, "activity.unknown_partner", "partner", problem.Clip(a.Partner),
			"tidak ada dalam jaringan", "not in the network"))
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
		fmt.Sprintf("di luar wilayah tugas %s", partner.ID),
		fmt.Sprintf("outside the area %s is assigned to", partner.ID))
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
	status, from, err := p.agentAt(partner.ID, m)
	switch {
	case err != nil:
		l.Add(err)
	case status == AgentSuspended:
		e, _ := p.params.Suspension.InMonth(from)
		ruleID, ruleEN := SuspensionParam+": "+e.Citation.Format(problem.Indonesian), SuspensionParam+": "+e.Citation.Format(problem.English)
		l.Add(problem.New(ErrSuspended, "activity.agent_suspended", "partner", partner.ID,
			fmt.Sprintf("agen diskors sejak %s karena %d bulan tanpa peserta baru maupun iuran terkumpul; aktif kembali hanya atas permintaan wadah, paling cepat %s (aturan %s)",
				from, e.Value.IdleMonths, from.Add(e.Value.RejoinAfterMonths), ruleID),
			fmt.Sprintf("the agent is suspended since %s after %d months without new participants or collections; only the wadah's request, from %s at the earliest, reactivates them (rule %s)",
				from, e.Value.IdleMonths, from.Add(e.Value.RejoinAfterMonths), ruleEN)))
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
				"sudah terdaftar pada "+on+" oleh "+first.Partner+"; rujukan tidak diperlukan",
				"already registered on "+on+" by "+first.Partner+"; no referral is needed")
		}
		return problem.New(ErrDuplicateRegistration, "registration.duplicate", "participant", a.Participant.String(),
			"sudah didaftarkan pada "+on+" oleh "+first.Partner,
			"already registered on "+on+" by "+first.Partner)
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
