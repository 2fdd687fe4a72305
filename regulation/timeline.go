package regulation

import (
	"fmt"
	"slices"

	"github.com/desasadar/jamsos/problem"
)

// Entry is one value of a parameter over a span of days.
type Entry[T any] struct {
	// From is the first day the value applies.
	From Date `json:"from"`
	// Until is the last day the value applies, included; the zero Date means
	// the value applies until a later entry replaces it.
	Until Date `json:"until,omitzero"`
	// Value is the rate, amount, table or policy.
	Value T `json:"value"`
	// Citation is the legal source of Value. It is required.
	Citation Citation `json:"citation"`
}

// Covers reports whether the entry applies on d.
func (e Entry[T]) Covers(d Date) bool {
	return !d.Before(e.From) && (e.Until.IsZero() || !d.After(e.Until))
}

// Timeline is the history of one parameter: which value applied on which
// days, and why. A Timeline is checked when built and immutable afterwards,
// so it is safe for concurrent use.
//
// A dense timeline (the default) covers every day from its first entry's From
// to its last entry's Until (or for ever, when that is open) with exactly one
// entry. A sparse timeline, built with [AllowGaps], may leave days between its
// entries uncovered; it suits rules that apply only now and then, such as a
// temporary discount.
type Timeline[T any] struct {
	name    string
	sparse  bool
	entries []Entry[T]
}

// Option changes how [NewTimeline] checks its entries.
type Option func(*options)

type options struct{ sparse bool }

// AllowGaps lets the entries of a timeline leave days uncovered between them.
// A lookup on such a day still returns an error wrapping [ErrNoRuleInForce];
// use [Timeline.Find] when an uncovered day is a normal answer.
func AllowGaps() Option { return func(o *options) { o.sparse = true } }

// NewTimeline checks and builds a timeline for the named parameter. The
// entries must be in order of From; each must have a valid From, an Until
// that is zero or not before From, and a complete citation; no two may
// overlap; only the last may be open-ended; and, unless [AllowGaps] is given,
// each must start the day after the previous one ends. Every problem found is
// returned at once, wrapping [ErrInvalidTimeline] or [ErrInvalidCitation].
func NewTimeline[T any](name string, entries []Entry[T], opts ...Option) (*Timeline[T], error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	t := &Timeline[T]{name: name, sparse: o.sparse, entries: slices.Clone(entries)}
	if err := t.check(); err != nil {
		return nil, err
	}
	return t, nil
}

// MustTimeline is like [NewTimeline] but panics when the entries are not a
// valid timeline. It is meant for the tables built into this module, which
// tests check.
func MustTimeline[T any](name string, entries []Entry[T], opts ...Option) *Timeline[T] {
	t, err := NewTimeline(name, entries, opts...)
	if err != nil {
		panic(err)
	}
	return t
}

func (t *Timeline[T]) check() error {
	var l problem.List
	bad := func(i int, code problem.Code, field, value, id, en string) {
		f := fmt.Sprintf("%s[%d]", t.name, i)
		if field != "" {
			f += "." + field
		}
		l = append(l, problem.New(ErrInvalidTimeline, code, f, value, id, en))
	}
	if t.name == "" {
		l = append(l, problem.New(ErrInvalidTimeline, "timeline.name", "name", "",
			"wajib diisi: nama parameternya", "is required: the parameter's name"))
	}
	if len(t.entries) == 0 {
		l = append(l, problem.New(ErrInvalidTimeline, "timeline.empty", t.name, "",
			"parameter tidak memiliki satu pun nilai", "the parameter has no entries"))
	}
	for i, e := range t.entries {
		if e.From.IsZero() {
			bad(i, "timeline.from", "from", "", "wajib diisi", "is required")
			continue
		}
		if !e.Until.IsZero() && e.Until.Before(e.From) {
			bad(i, "timeline.until", "until", e.Until.String(),
				"tanggal akhir berlaku sebelum tanggal mulai", "the last day (until) is before the first day (from)")
		}
		if err := e.Citation.Check(); err != nil {
			l.AddField(fmt.Sprintf("%s[%d].citation", t.name, i), err)
		}
		if i == 0 {
			continue
		}
		prev := t.entries[i-1]
		switch {
		case prev.From.IsZero():
		case e.From.Before(prev.From):
			bad(i, "timeline.order", "from", e.From.String(),
				"nilai tidak berurutan menurut tanggal mulai", "entries are not in order of their first day")
		case prev.Until.IsZero() || !e.From.After(prev.Until):
			bad(i, "timeline.overlap", "from", e.From.String(),
				"masa berlaku tumpang tindih dengan nilai sebelumnya", "the entry overlaps the one before it")
		case !t.sparse && e.From != prev.Until.AddDays(1):
			bad(i, "timeline.gap", "from", e.From.String(),
				fmt.Sprintf("ada hari tanpa aturan antara %s dan %s", prev.Until.AddDays(1), e.From.AddDays(-1)),
				fmt.Sprintf("no rule covers the days from %s to %s", prev.Until.AddDays(1), e.From.AddDays(-1)))
		}
	}
	return l.Err()
}

// Name returns the parameter's name, such as "pu.jp.wage_cap".
func (t *Timeline[T]) Name() string { return t.name }

// Entries returns a copy of the entries, in order.
func (t *Timeline[T]) Entries() []Entry[T] { return slices.Clone(t.entries) }

// Sparse reports whether the timeline was built with [AllowGaps].
func (t *Timeline[T]) Sparse() bool { return t.sparse }

// Coverage returns the first day and the last day (zero when open-ended)
// that the timeline covers. A sparse timeline may have gaps in between. The
// zero Timeline, which no constructor returns, covers nothing: both are zero.
func (t *Timeline[T]) Coverage() (from, until Date) {
	if len(t.entries) == 0 {
		return Date{}, Date{}
	}
	return t.entries[0].From, t.entries[len(t.entries)-1].Until
}

// Find returns the entry in force on d, and whether there is one.
func (t *Timeline[T]) Find(d Date) (Entry[T], bool) {
	// The first entry whose From is after d is one past the answer.
	i, _ := slices.BinarySearchFunc(t.entries, d, func(e Entry[T], d Date) int {
		if e.From.After(d) {
			return 1
		}
		return -1
	})
	if i == 0 || !t.entries[i-1].Covers(d) {
		return Entry[T]{}, false
	}
	return t.entries[i-1], true
}

// At returns the entry in force on d. When none is, the error wraps
// [ErrNoRuleInForce] and names the parameter and the date.
func (t *Timeline[T]) At(d Date) (Entry[T], error) {
	if e, ok := t.Find(d); ok {
		return e, nil
	}
	return Entry[T]{}, noRule(t.name, d.String())
}

// InMonth returns the entry in force for contribution month m: the one in
// force on the first day of the month. A rule that starts in the middle of a
// month therefore applies from the following month; a parameter that needs
// otherwise uses [Timeline.At] with the date it needs.
func (t *Timeline[T]) InMonth(m Month) (Entry[T], error) {
	if m.IsZero() {
		return Entry[T]{}, noRule(t.name, "")
	}
	if e, ok := t.Find(m.FirstDay()); ok {
		return e, nil
	}
	return Entry[T]{}, noRule(t.name, m.String())
}

// With returns a new timeline in which the given entries replace whatever the
// old one said on their days, and extend it where they go beyond it. It is how
// a caller applies a value announced after this module's release, such as next
// year's JP wage cap. An old entry that straddles a new one is cut around it.
// The result is checked like [NewTimeline]: extending a dense timeline with a
// gap is an error.
func (t *Timeline[T]) With(entries ...Entry[T]) (*Timeline[T], error) {
	out := slices.Clone(t.entries)
	for _, n := range entries {
		var next []Entry[T]
		for _, o := range out {
			// The part of o before n.
			if o.From.Before(n.From) {
				p := o
				if p.Until.IsZero() || !p.Until.Before(n.From) {
					p.Until = n.From.AddDays(-1)
				}
				next = append(next, p)
			}
			// The part of o after n.
			if !n.Until.IsZero() && (o.Until.IsZero() || o.Until.After(n.Until)) {
				p := o
				if !p.From.After(n.Until) {
					p.From = n.Until.AddDays(1)
				}
				next = append(next, p)
			}
		}
		next = append(next, n)
		slices.SortStableFunc(next, func(a, b Entry[T]) int { return a.From.Compare(b.From) })
		out = next
	}
	nt := &Timeline[T]{name: t.name, sparse: t.sparse, entries: out}
	if err := nt.check(); err != nil {
		return nil, err
	}
	return nt, nil
}

// Describe returns the fact in force on d in a form that does not depend on
// T, for listings such as "the parameters in force on a date".
func (t *Timeline[T]) Describe(d Date) (Fact, error) {
	e, err := t.At(d)
	if err != nil {
		return Fact{}, err
	}
	return Fact{Parameter: t.name, From: e.From, Until: e.Until, Value: e.Value, Citation: e.Citation}, nil
}

// Fact is one parameter's value on one day with its source, independent of
// the parameter's Go type.
type Fact struct {
	// Parameter is the name of the timeline, such as "pu.jp.wage_cap".
	Parameter string `json:"parameter"`
	// From is the first day of the entry in force.
	From Date `json:"from"`
	// Until is the last day of the entry in force, or the zero Date when it
	// is open-ended.
	Until Date `json:"until,omitzero"`
	// Value is the entry's value, of the timeline's own type.
	Value any `json:"value"`
	// Citation is the legal source of the value.
	Citation Citation `json:"citation"`
}

// Describer is what every [Timeline] offers without its type parameter, so a
// package can list all of its parameters in one slice.
type Describer interface {
	// Name returns the parameter's name.
	Name() string
	// Describe returns the value in force on d with its source, or an error
	// wrapping [ErrNoRuleInForce].
	Describe(d Date) (Fact, error)
}

func noRule(name, when string) error {
	return problem.New(ErrNoRuleInForce, "regulation.no_rule_in_force", name, when,
		"tidak ada aturan yang berlaku untuk parameter ini pada tanggal tersebut",
		"no rule covers this parameter on that date")
}
