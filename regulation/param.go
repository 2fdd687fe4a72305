package regulation

import (
	"fmt"
	"slices"

	"github.com/desasadar/jamsos/problem"
)

// Param declares one parameter of a parameter set S (a struct of
// timelines): its name, where S keeps its timeline, its built-in entries,
// whether its entries may leave gaps, and a check of each entry's value. A
// package lists its declarations once, in a [Params], and derives from that
// list its defaults, its parameter names, its listing, its override
// handling and its checks, so that none of them can forget a parameter.
type Param[S, T any] struct {
	// Name is the parameter's name, such as "pu.jp.wage_cap".
	Name string
	// Field returns where s keeps the parameter's timeline.
	Field func(s *S) **Timeline[T]
	// Entries returns the built-in entries, with their citations.
	Entries func() []Entry[T]
	// Sparse says the entries may leave days uncovered (see [AllowGaps]).
	Sparse bool
	// Check, when set, reports what is wrong with the value of one entry:
	// values no rule could have, such as a rate above 100%. The error names
	// fields below the parameter ("max", "tiers[1].above"); [Params.Check]
	// puts the parameter's name in front.
	Check func(e Entry[T]) error
}

// Declared is what a parameter declaration offers without its value type,
// so that one list can hold every parameter of a set.
type Declared[S any] interface {
	// ParamName returns the parameter's name.
	ParamName() string
	// Init puts the built-in timeline in s.
	Init(s *S)
	// Timeline returns the parameter's timeline in s, and false when s has none.
	Timeline(s S) (Describer, bool)
	// Apply puts the entries of o that name the parameter in place.
	Apply(s *S, o Overrides) error
	// Set puts t in place of the parameter's timeline in s; it reports false
	// when t is not a timeline of the parameter's name and type.
	Set(s *S, t Describer) bool
	// CheckValues reports values of the parameter's entries in s that no
	// rule could have.
	CheckValues(s S) error
}

// ParamName returns the parameter's name.
func (p Param[S, T]) ParamName() string { return p.Name }

// Init puts the built-in timeline in s. It panics if the built-in entries
// are not a valid timeline, which the tests of the declaring package rule
// out.
func (p Param[S, T]) Init(s *S) {
	var opts []Option
	if p.Sparse {
		opts = append(opts, AllowGaps())
	}
	*p.Field(s) = MustTimeline(p.Name, p.Entries(), opts...)
}

// Timeline returns the parameter's timeline in s, and false when s has none.
func (p Param[S, T]) Timeline(s S) (Describer, bool) {
	t := *p.Field(&s)
	if t == nil {
		return nil, false
	}
	return t, true
}

// Apply puts the entries of o that name the parameter in place (see
// [ApplyTo]). A set without the timeline is left as it is.
func (p Param[S, T]) Apply(s *S, o Overrides) error {
	f := p.Field(s)
	if *f == nil {
		return nil
	}
	return ApplyTo(f, o)
}

// Set puts t in place of the parameter's timeline in s, when t is a
// *Timeline of the parameter's type and name.
func (p Param[S, T]) Set(s *S, t Describer) bool {
	tl, ok := t.(*Timeline[T])
	if !ok || tl == nil || tl.Name() != p.Name {
		return false
	}
	*p.Field(s) = tl
	return true
}

// CheckValues runs Check on every entry of the parameter's timeline in s.
func (p Param[S, T]) CheckValues(s S) error {
	t := *p.Field(&s)
	if t == nil || p.Check == nil {
		return nil
	}
	var l problem.List
	for _, e := range t.entries {
		l.AddField(p.Name, p.Check(e))
	}
	return l.Err()
}

// Params is the list of a parameter set's declarations, in the order its
// listings use.
type Params[S any] []Declared[S]

// Names returns the name of every parameter, in order.
func (ps Params[S]) Names() []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ParamName()
	}
	return out
}

// Init puts every built-in timeline in s.
func (ps Params[S]) Init(s *S) {
	for _, p := range ps {
		p.Init(s)
	}
}

// Timelines returns the timeline of every parameter that s has, in order.
func (ps Params[S]) Timelines(s S) []Describer {
	var out []Describer
	for _, p := range ps {
		if t, ok := p.Timeline(s); ok {
			out = append(out, t)
		}
	}
	return out
}

// Fill gives s, for every parameter it has no timeline for, the timeline of
// d (the built-in set, usually), so that a caller's partial set is complete.
func (ps Params[S]) Fill(s *S, d S) {
	for _, p := range ps {
		if _, ok := p.Timeline(*s); ok {
			continue
		}
		if t, ok := p.Timeline(d); ok {
			p.Set(s, t)
		}
	}
}

// Missing returns the name of every parameter s has no timeline for.
func (ps Params[S]) Missing(s S) []string {
	var out []string
	for _, p := range ps {
		if _, ok := p.Timeline(s); !ok {
			out = append(out, p.ParamName())
		}
	}
	return out
}

// Apply puts the entries of o in place, parameter by parameter, and
// returns every problem at once. It does not look for names that no
// declaration has: see [Overrides.Unknown].
func (ps Params[S]) Apply(s *S, o Overrides) error {
	var l problem.List
	for _, p := range ps {
		l.Add(p.Apply(s, o))
	}
	return l.Err()
}

// Set puts t in place of the timeline of the parameter it is named for. It
// fails with an error wrapping [ErrInvalidOverride] when no parameter has
// t's name, or when t's type is not the parameter's.
func (ps Params[S]) Set(s *S, t Describer) error {
	if t == nil {
		return problem.New(ErrInvalidOverride, "override.parameter", "parameter", "",
			"linimasa parameter wajib diisi", "the timeline is required")
	}
	i := slices.IndexFunc(ps, func(p Declared[S]) bool { return p.ParamName() == t.Name() })
	if i < 0 {
		return problem.New(ErrInvalidOverride, "override.unknown_parameter", "parameter", t.Name(),
			"tidak dikenal", "unknown")
	}
	if !ps[i].Set(s, t) {
		return problem.New(ErrInvalidOverride, "override.value", t.Name(), fmt.Sprintf("%T", t),
			"jenis nilai tidak sesuai dengan parameter", "the timeline's value type does not fit the parameter")
	}
	return nil
}

// Check runs every declaration's check of its values in s.
func (ps Params[S]) Check(s S) error {
	var l problem.List
	for _, p := range ps {
		l.Add(p.CheckValues(s))
	}
	return l.Err()
}
