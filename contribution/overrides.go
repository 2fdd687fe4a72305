package contribution

import (
	"slices"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Timelines returns every parameter of p in a form that does not depend on
// its Go type, in the order of [Params.Names]: the parameters declared in
// params.go, then each relief's, for listings such as "the rules in force
// on a date".
func (p Params) Timelines() []regulation.Describer {
	out := params.Timelines(p)
	for _, r := range p.reliefs {
		out = append(out, r.describer())
	}
	return out
}

// Names returns the name of every parameter of p, in the order of
// [Params.Timelines], as override documents name them.
func (p Params) Names() []string {
	out := params.Names()
	for _, r := range p.reliefs {
		out = append(out, r.describer().Name())
	}
	return out
}

// ParameterNames returns the name of every parameter of [DefaultParams], in
// the order of [Params.Timelines].
func ParameterNames() []string { return DefaultParams().Names() }

// WithOverrides returns a copy of p with the entries of an override document
// put in place (see regulation.Apply). An override naming a parameter that
// does not exist is an error wrapping [ErrInvalidParams], so a misspelt name
// never passes silently. Overrides that reach past [Params.Through] do not
// move it: set Through on the result to vouch for later months.
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	var l problem.List
	if unknown := o.Unknown(p.Names()...); len(unknown) > 0 {
		l = append(l, problem.New(ErrInvalidParams, "params.unknown", "overrides", strings.Join(unknown, ", "),
			"parameter tidak dikenal", "unknown parameter"))
		return p, l.Err()
	}
	l.Add(params.Apply(&p, o))
	reliefs := make([]reliefSlot, len(p.reliefs))
	for i, r := range p.reliefs {
		n, err := r.apply(o)
		l.Add(err)
		reliefs[i] = n
	}
	p.reliefs = reliefs
	return p, l.Err()
}

// With returns a copy of p in which t replaces the timeline of the
// parameter it is named for, a relief's or any other: how a Go caller puts a
// value of its own in place, such as
//
//	cap, err := p.PUJPCap.With(entry)
//	p, err = p.With(cap)
//
// A name no parameter of p has, or a timeline of another value type, is an
// error wrapping [ErrInvalidParams].
func (p Params) With(t regulation.Describer) (Params, error) {
	if t != nil {
		for i, r := range p.reliefs {
			if r.describer().Name() != t.Name() {
				continue
			}
			n, ok := r.with(t)
			if !ok {
				break
			}
			p.reliefs = slices.Clone(p.reliefs)
			p.reliefs[i] = n
			return p, nil
		}
	}
	if err := params.Set(&p, t); err != nil {
		return p, problem.New(ErrInvalidParams, "params.unknown", "parameter", describedName(t),
			"linimasa tidak cocok dengan parameter mana pun", "the timeline fits no parameter")
	}
	return p, nil
}

func describedName(t regulation.Describer) string {
	if t == nil {
		return ""
	}
	return t.Name()
}

// check reports missing timelines and values no rule could have.
func (p Params) check() error {
	var l problem.List
	for _, name := range params.Missing(p) {
		l = append(l, problem.New(ErrInvalidParams, "params.missing", name, "",
			"parameter tidak diisi", "the parameter is missing"))
	}
	if p.reliefs == nil {
		l = append(l, problem.New(ErrInvalidParams, "params.missing", "reliefs", "",
			"daftar keringanan tidak diisi; mulailah dari DefaultParams", "missing; start from DefaultParams"))
	}
	if p.Through.IsZero() {
		l = append(l, problem.New(ErrInvalidParams, "params.missing", "through", "",
			"bulan terakhir yang dijamin parameter tidak diisi", "the last month the parameters vouch for is missing"))
	}
	if len(l) == 0 {
		l.Add(params.Check(p))
		for _, r := range p.reliefs {
			l.Add(r.check())
		}
	}
	return l.Err()
}
