package contribution

import (
	"fmt"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Relief names a temporary discount or relief: the id a claim
// (Input.Reliefs) and a bill line (AppliedRelief) use, such as "PP49_2020".
type Relief string

// reliefRules is every relief this package knows, each declared in its own
// file (relief_*.go), in order of precedence: where two reliefs in force
// would cut the same program's contribution, the later one in this list
// takes it (the built-in ones never overlap). A new relief is a new file
// and one line here.
var reliefRules = []ReliefDeclaration{
	covidRelief,
	industryRelief,
	bpuRelief,
	covidJakonRelief,
}

// Text is a message in Indonesian and English.
type Text struct {
	// ID is the Indonesian text.
	ID string `json:"id"`
	// EN is the English text.
	EN string `json:"en"`
}

// In returns the text in the given language.
func (t Text) In(l problem.Lang) string {
	if l == problem.English {
		return t.EN
	}
	return t.ID
}

// IsZero reports whether the text is empty in both languages.
func (t Text) IsZero() bool { return t == Text{} }

// Case is what a relief's conditions may look at besides the month: the
// parts of an input with few possible values, so that the batch engine can
// ask a relief about every one of them once per month. Only the fields that
// apply to the segment are set; the others are zero.
type Case struct {
	// Segment is the participant's segment.
	Segment membership.Segment
	// Payer is who pays (Input.Payer).
	Payer membership.Payer
	// Industry is a wage earner's employer's industry (PU only).
	Industry Industry
	// Sector is a non-wage participant's line of work (BPU only).
	Sector Sector
	// Budget is the public budget a non-wage participant's contribution is
	// paid from, as it follows from Input.Budget and Input.Payer (BPU only).
	Budget Budget
	// ContractValue says a construction project is billed on its contract
	// value rather than its wages (Jakon only).
	ContractValue bool
}

// Cut is a relief's discount of some programs' contributions: each share of
// their lines is cut by Rate (after being rounded, and rounded again).
type Cut struct {
	// Programs are the programs cut.
	Programs membership.ProgramSet
	// Rate is the part of each share taken off: 99% leaves 1% to pay.
	Rate Rate
}

// Terms is what a relief does in one month, read from the value of its
// parameter in force: whom it is for, what it cuts and what else it changes.
// Migrant workers' packages are never cut.
type Terms struct {
	// Segments are the segments the relief is for.
	Segments []membership.Segment
	// MinWorkforce, when above zero, is the fewest active workers a wage
	// earner's employer must have (Input.Workforce).
	MinWorkforce int
	// Cuts are the discounts.
	Cuts []Cut
	// JPDeferral, when set, is the part of each JP share a wage earner's
	// employer may defer on request (Input.DeferJP).
	JPDeferral *Rate
	// DueDay, when above zero, is the day of the following month a wage
	// earner's contribution is due (the month's last day when it is
	// shorter).
	DueDay int
	// LateFee, when set, is an employer's late fee per month of delay on the
	// contribution of the months the relief runs.
	LateFee *Rate
}

// ReliefRule declares a relief: everything the calculator, the batch
// engine, override documents, listings, explanations and error messages
// know of it. T is the value of its parameter, the relief's own terms in
// each period, such as a discount rate and the sectors covered.
//
// A relief is one ReliefRule in a file of its own, registered by one line:
// for this package's reliefs in reliefRules (relief.go), for a caller's
// with [Params.WithRelief].
type ReliefRule[T any] struct {
	// ID is the relief's id, such as "PP49_2020".
	ID Relief
	// Parameter is the name of its parameter, such as "relief.pp49_2020".
	Parameter string
	// Title names the relief for people, in both languages.
	Title Text
	// Entries are the periods it runs, each with its value and citation;
	// outside them it is not in force. They may leave gaps.
	Entries []regulation.Entry[T]
	// Terms reads what the relief does from the value in force.
	Terms func(v T) Terms
	// Applies, when set, is the relief's own conditions beyond the
	// segments and workforce of its Terms: it returns why the relief does
	// not apply to a case, or the zero Text when it does, or an error when a
	// rule it needs is not in force (the error wraps
	// regulation.ErrNoRuleInForce). It must look at nothing but its
	// arguments.
	Applies func(v T, c Case, on regulation.Date, p Params) (Text, error)
	// Check, when set, reports values no rule could have, such as a due day
	// of 0; a discount rate outside 0%–100% is refused for every relief.
	Check func(c *Checker, v T)
}

// ReliefDeclaration is a [ReliefRule] of any value type, as
// [Params.WithRelief] takes it.
type ReliefDeclaration interface {
	// ReliefID returns the relief's id.
	ReliefID() Relief
	slot() (reliefSlot, error)
	reliefTitle() Text
}

// ReliefID returns the relief's id.
func (r ReliefRule[T]) ReliefID() Relief { return r.ID }

func (r ReliefRule[T]) reliefTitle() Text { return r.Title }

// Name returns the title of one of this package's reliefs in the given
// language, such as "PP 50/2025 (peserta bukan penerima upah)" for
// "PP50_2025", or the id itself for a relief this package does not declare
// (a caller's, added with [Params.WithRelief], is named by
// [Params.ReliefTitle]).
func (r Relief) Name(l problem.Lang) string {
	for _, d := range reliefRules {
		if d.ReliefID() == r {
			return d.reliefTitle().In(l)
		}
	}
	return string(r)
}

func (r ReliefRule[T]) slot() (reliefSlot, error) {
	var l problem.List
	bad := func(field, id, en string) {
		l = append(l, problem.New(ErrInvalidParams, "params.relief", problem.Join("relief", field), string(r.ID), id, en))
	}
	if r.ID == "" || strings.ContainsAny(string(r.ID), " ,") {
		bad("id", "id keringanan wajib diisi, tanpa spasi atau koma", "the relief id is required, without spaces or commas")
	}
	if r.Parameter == "" {
		bad("parameter", "nama parameter keringanan wajib diisi", "the relief's parameter name is required")
	}
	if r.Title.ID == "" || r.Title.EN == "" {
		bad("title", "nama keringanan wajib diisi dalam bahasa Indonesia dan Inggris", "the relief's title is required in Indonesian and English")
	}
	if r.Terms == nil {
		bad("terms", "ketentuan keringanan wajib diisi", "the relief's terms are required")
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	tl, err := regulation.NewTimeline(r.Parameter, r.Entries, regulation.AllowGaps())
	if err != nil {
		return nil, problem.New(ErrInvalidParams, "params.relief", r.Parameter, string(r.ID),
			"linimasa keringanan tidak sah: "+err.Error(), "the relief's timeline is not valid: "+err.Error())
	}
	return &reliefState[T]{rule: &r, tl: tl}, nil
}

// reliefSlot is one relief in a parameter set: its declaration and its
// timeline, without the value type.
type reliefSlot interface {
	id() Relief
	title() Text
	describer() regulation.Describer
	apply(o regulation.Overrides) (reliefSlot, error)
	with(t regulation.Describer) (reliefSlot, bool)
	check() error
	find(on regulation.Date) (reliefInForce, bool)
}

// reliefInForce is a relief as it stands on one day.
type reliefInForce struct {
	id      Relief
	terms   Terms
	cite    regulation.Citation
	applies func(c Case, on regulation.Date, p Params) (Text, error)
}

type reliefState[T any] struct {
	rule *ReliefRule[T]
	tl   *regulation.Timeline[T]
}

func (s *reliefState[T]) id() Relief                      { return s.rule.ID }
func (s *reliefState[T]) title() Text                     { return s.rule.Title }
func (s *reliefState[T]) describer() regulation.Describer { return s.tl }

func (s *reliefState[T]) apply(o regulation.Overrides) (reliefSlot, error) {
	tl, err := regulation.Apply(s.tl, o)
	if err != nil {
		return s, err
	}
	return &reliefState[T]{rule: s.rule, tl: tl}, nil
}

func (s *reliefState[T]) with(t regulation.Describer) (reliefSlot, bool) {
	tl, ok := t.(*regulation.Timeline[T])
	if !ok || tl == nil || tl.Name() != s.tl.Name() {
		return s, false
	}
	return &reliefState[T]{rule: s.rule, tl: tl}, true
}

func (s *reliefState[T]) check() error {
	var l problem.List
	for _, e := range s.tl.Entries() {
		var el problem.List
		c := &Checker{l: &el, from: e.From}
		for i, cut := range s.rule.Terms(e.Value).Cuts {
			field := "discount"
			if i > 0 {
				field = fmt.Sprintf("cuts[%d]", i)
			}
			c.Rate(field, cut.Rate)
		}
		if s.rule.Check != nil {
			s.rule.Check(c, e.Value)
		}
		l.AddField(s.tl.Name(), el.Err())
	}
	return l.Err()
}

func (s *reliefState[T]) find(on regulation.Date) (reliefInForce, bool) {
	e, ok := s.tl.Find(on)
	if !ok {
		return reliefInForce{}, false
	}
	f := reliefInForce{id: s.rule.ID, terms: s.rule.Terms(e.Value), cite: e.Citation}
	if s.rule.Applies != nil {
		v, applies := e.Value, s.rule.Applies
		f.applies = func(c Case, on regulation.Date, p Params) (Text, error) { return applies(v, c, on, p) }
	}
	return f, true
}

func builtinReliefs() []reliefSlot {
	out := make([]reliefSlot, len(reliefRules))
	for i, r := range reliefRules {
		s, err := r.slot()
		if err != nil {
			panic(err) // the tests of this package rule it out
		}
		out[i] = s
	}
	return out
}

// WithRelief returns a copy of p with one more relief, after (and so taking
// precedence over) those p has: how a caller adds a relief announced after
// this release without changing this package. The declaration is checked
// like the built-in ones; an id or parameter name p already has is an error
// wrapping [ErrInvalidParams].
func (p Params) WithRelief(r ReliefDeclaration) (Params, error) {
	if r == nil {
		return p, problem.New(ErrInvalidParams, "params.relief", "relief", "", "wajib diisi", "is required")
	}
	s, err := r.slot()
	if err != nil {
		return p, err
	}
	if slices.Contains(p.Reliefs(), s.id()) || slices.Contains(p.Names(), s.describer().Name()) {
		return p, problem.New(ErrInvalidParams, "params.relief", "relief.id", string(s.id()),
			"id atau parameter keringanan sudah ada", "the relief's id or parameter already exists")
	}
	p.reliefs = append(slices.Clip(p.reliefs), s)
	return p, nil
}

// Reliefs returns the id of every relief of p, in order of precedence.
func (p Params) Reliefs() []Relief {
	out := make([]Relief, len(p.reliefs))
	for i, r := range p.reliefs {
		out[i] = r.id()
	}
	return out
}

// ReliefInForce reports whether relief id of p has a rule in force on day
// d; a relief p does not have is never in force.
func (p Params) ReliefInForce(id Relief, d regulation.Date) bool {
	for _, r := range p.reliefs {
		if r.id() == id {
			_, ok := r.find(d)
			return ok
		}
	}
	return false
}

// ReliefIDs returns the id of every relief this package knows, in order: the
// values a claim (Input.Reliefs) may name with [DefaultParams], for example
// for the enum of an API schema.
func ReliefIDs() []Relief { return DefaultParams().Reliefs() }

// ReliefTitle returns the name of relief id in the given language, and false
// when p has no such relief.
func (p Params) ReliefTitle(id Relief, l problem.Lang) (string, bool) {
	for _, r := range p.reliefs {
		if r.id() == id {
			return r.title().In(l), true
		}
	}
	return "", false
}

// reliefTimeline returns the timeline of relief id in p, of value type T.
func reliefTimeline[T any](p Params, id Relief) *regulation.Timeline[T] {
	for _, r := range p.reliefs {
		if s, ok := r.(*reliefState[T]); ok && r.id() == id {
			return s.tl
		}
	}
	return nil
}

// caseOf is the part of an input that reliefs' conditions look at.
func (in Input) caseOf() Case {
	c := Case{Segment: in.Segment, Payer: in.Payer}
	switch in.Segment {
	case membership.PU:
		c.Industry = in.Industry
	case membership.BPU:
		c.Sector, c.Budget = in.Sector, in.budget()
	case membership.Jakon:
		c.ContractValue = in.ContractValue
	}
	return c
}

// whyNot says why a relief in force on day on does not apply to case c and
// workforce wf, or returns the zero Text when it does. The segment comes
// first, then the relief's own conditions, then the workforce.
func (f *reliefInForce) whyNot(c Case, wf int, on regulation.Date, p Params) (Text, error) {
	if !slices.Contains(f.terms.Segments, c.Segment) {
		var codes []string
		for _, s := range f.terms.Segments {
			codes = append(codes, s.String())
		}
		return Text{"hanya untuk " + joinList(codes, "dan"), "only for " + joinList(codes, "and")}, nil
	}
	if f.applies != nil {
		why, err := f.applies(c, on, p)
		if err != nil || !why.IsZero() {
			return why, err
		}
	}
	if f.terms.MinWorkforce > 0 && c.Segment == membership.PU && wf < f.terms.MinWorkforce {
		return Text{fmt.Sprintf("pekerja kurang dari %d", f.terms.MinWorkforce),
			fmt.Sprintf("fewer than %d workers", f.terms.MinWorkforce)}, nil
	}
	return Text{}, nil
}

// joinList joins words as a sentence does: "a, b and c".
func joinList(words []string, and string) string {
	if len(words) <= 1 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + and + " " + words[len(words)-1]
}

var outsideMonths = Text{"di luar masa berlaku", "outside its months"}

// applied is the reliefs that apply to one participant-month: for each
// program the relief that cuts it, and the relief that lets JP be
// deferred.
type applied struct {
	cut        [5]*AppliedRelief // by Program-1
	deferral   Rate
	deferCite  regulation.Citation
	deferrable bool
}

// reliefs works out which reliefs apply to an input in month m. Without
// claims every relief that applies is taken; with claims, exactly the ones
// claimed, each of which must apply.
func (c *Calculator) reliefs(in Input, m regulation.Month) (applied, error) {
	on := m.FirstDay()
	cs := in.caseOf()
	n := len(c.p.reliefs)
	why := make([]Text, n)
	found := make([]reliefInForce, n)
	for i, r := range c.p.reliefs {
		f, ok := r.find(on)
		if !ok {
			why[i] = outsideMonths
			continue
		}
		w, err := f.whyNot(cs, in.Workforce, on, c.p)
		if err != nil {
			return applied{}, err
		}
		why[i], found[i] = w, f
	}
	claimed := make([]bool, n)
	for i := range claimed {
		claimed[i] = len(in.Reliefs) == 0
	}
	var l problem.List
	ids := c.p.Reliefs()
	for i, claim := range in.Reliefs {
		field := fmt.Sprintf("reliefs[%d]", i)
		k := slices.Index(ids, claim)
		if k < 0 {
			codes := make([]string, len(ids))
			for j, id := range ids {
				codes[j] = string(id)
			}
			l.Add(problem.New(ErrInvalidInput, "relief.unknown", field, problem.Clip(string(claim)),
				"keringanan tidak dikenal; gunakan "+joinList(codes, "atau"),
				"unknown relief; use "+joinList(codes, "or")))
			continue
		}
		claimed[k] = true
		if !why[k].IsZero() {
			l.Add(problem.New(ErrReliefNotApplicable, "relief.not_applicable", field, string(claim)+" "+m.String(),
				"keringanan tidak berlaku: "+why[k].ID, "the relief does not apply: "+why[k].EN))
		}
	}
	if err := l.Err(); err != nil {
		return applied{}, err
	}
	var a applied
	for i := range c.p.reliefs {
		if !claimed[i] || !why[i].IsZero() {
			continue
		}
		f := &found[i]
		for _, cut := range f.terms.Cuts {
			for p := range cut.Programs.All() {
				a.cut[p-1] = &AppliedRelief{Relief: f.id, Discount: cut.Rate, Citation: f.cite}
			}
		}
		if f.terms.JPDeferral != nil {
			a.deferral, a.deferCite, a.deferrable = *f.terms.JPDeferral, f.cite, true
		}
	}
	return a, nil
}

// puTerms returns the due day and the late fee that the reliefs in force in
// month m set for wage earners, the later relief's where two set one.
func (c *Calculator) puTerms(m regulation.Month) (due int, fee *Rate, feeCite regulation.Citation) {
	for _, r := range c.p.reliefs {
		f, ok := r.find(m.FirstDay())
		if !ok || !slices.Contains(f.terms.Segments, membership.PU) {
			continue
		}
		if f.terms.DueDay > 0 {
			due = f.terms.DueDay
		}
		if f.terms.LateFee != nil {
			fee, feeCite = f.terms.LateFee, f.cite
		}
	}
	return due, fee, feeCite
}
