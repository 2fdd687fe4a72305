package regulation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
)

// Override is one entry that a caller puts in place of, or after, the values
// built into this module. Value is the JSON encoding of the parameter's Go
// value: a string such as "11650000" for an amount, an object for a table.
type Override struct {
	// Parameter names the timeline the entry belongs to, such as
	// "pu.jp.wage_cap".
	Parameter string `json:"parameter"`
	// From is the first day the value applies.
	From Date `json:"from"`
	// Until is the last day the value applies, included, or the zero Date
	// for a value that applies until further notice.
	Until Date `json:"until,omitzero"`
	// Value is the JSON encoding of the value, decoded by [Apply].
	Value json.RawMessage `json:"value"`
	// Citation is the legal source of the value. It is required.
	Citation Citation `json:"citation"`
}

// Overrides is an override document: entries for any number of parameters,
// applied in order.
//
// In JSON it is an object with one member, "overrides", holding a list:
//
//	{"overrides": [{
//	    "parameter": "pu.jp.wage_cap",
//	    "from": "2027-03-01",
//	    "value": "11650000",
//	    "citation": {"instrument": "BPJS letter ...", "confidence": "secondary"}
//	}]}
type Overrides struct {
	// Overrides are the entries, in the order they are applied.
	Overrides []Override `json:"overrides"`
}

// ParseOverrides decodes an override document, rejecting unknown fields and
// checking every entry's dates and citation. Every problem is reported at
// once, wrapping [ErrInvalidOverride] or [ErrInvalidCitation].
func ParseOverrides(r io.Reader) (Overrides, error) {
	var o Overrides
	if err := jsonerr.Decode(r, &o, documentJSON); err != nil {
		return Overrides{}, err
	}
	var l problem.List
	for i, e := range o.Overrides {
		f := fmt.Sprintf("overrides[%d]", i)
		if e.Parameter == "" {
			l = append(l, problem.New(ErrInvalidOverride, "override.parameter", f+".parameter", "",
				"nama parameter wajib diisi", "the parameter name is required"))
		}
		if e.From.IsZero() {
			l = append(l, problem.New(ErrInvalidOverride, "override.from", f+".from", "",
				"wajib diisi", "is required"))
		} else if !e.Until.IsZero() && e.Until.Before(e.From) {
			l = append(l, problem.New(ErrInvalidOverride, "override.until", f+".until", e.Until.String(),
				"tanggal akhir berlaku sebelum tanggal mulai", "the last day (until) is before the first day (from)"))
		}
		if len(bytes.TrimSpace(e.Value)) == 0 {
			l = append(l, problem.New(ErrInvalidOverride, "override.value", f+".value", "",
				"nilai wajib diisi", "the value is required"))
		}
		if err := e.Citation.Check(); err != nil {
			l.AddField(f+".citation", err)
		}
	}
	if err := l.Err(); err != nil {
		return Overrides{}, err
	}
	return o, nil
}

// documentJSON names the problems of an override document that cannot be
// read: each has the stable code "override.json", wraps ErrInvalidOverride
// (and jsonerr.ErrMalformed) and names the field at fault, without repeating
// the input.
var documentJSON = jsonerr.Options{Sentinel: ErrInvalidOverride, Codes: allCodes("override.json")}

// valueJSON names the problems of a value that does not decode into its
// parameter's type: code "override.value", at the entry's value.
var valueJSON = jsonerr.Options{Sentinel: ErrInvalidOverride, Codes: allCodes("override.value")}

// valueProblems are the problems of a value that does not decode into
// parameter name's type, each with code "override.value" and wrapping
// ErrInvalidOverride: a problem the value's own decoder reported (an
// unknown capability, a rate that is not one) keeps its field, value and
// words after the parameter's name, and wraps its own sentinel too.
func valueProblems(name string, err error) problem.List {
	var in, out problem.List
	in.Add(err)
	for _, p := range in {
		c := *p
		c.Code = "override.value"
		if !errors.Is(p, ErrInvalidOverride) {
			c.Err = &sentinels{ErrInvalidOverride, p.Err}
		}
		c.ID = "nilai tidak sesuai dengan parameter " + name + ": " + p.ID
		c.EN = "the value does not fit parameter " + name + ": " + p.EN
		out = append(out, &c)
	}
	return out
}

// sentinels is a sentinel that is two: ErrInvalidOverride and the one of
// the value's own problem.
type sentinels struct{ override, own error }

func (s *sentinels) Error() string   { return s.override.Error() }
func (s *sentinels) Unwrap() []error { return []error{s.override, s.own} }

// allCodes gives every JSON fault the same code.
func allCodes(c problem.Code) map[jsonerr.Fault]problem.Code {
	m := map[jsonerr.Fault]problem.Code{}
	for _, f := range []jsonerr.Fault{jsonerr.Syntax, jsonerr.Empty, jsonerr.Trailing, jsonerr.Type,
		jsonerr.UnknownField, jsonerr.DuplicateField, jsonerr.TooLarge, jsonerr.Value} {
		m[f] = c
	}
	return m
}

// Unknown returns the parameters named in o that are not among known, in
// order of first appearance, so that a package can reject a misspelt name.
func (o Overrides) Unknown(known ...string) []string {
	var out []string
	for _, e := range o.Overrides {
		if !slices.Contains(known, e.Parameter) && !slices.Contains(out, e.Parameter) {
			out = append(out, e.Parameter)
		}
	}
	return out
}

// Apply returns t with the entries of o that name t's parameter put in place
// (see [Timeline.With]). When o names the parameter nowhere, it returns t.
// Each value is decoded from JSON into T, rejecting unknown fields.
func Apply[T any](t *Timeline[T], o Overrides) (*Timeline[T], error) {
	var entries []Entry[T]
	var l problem.List
	for i, e := range o.Overrides {
		if e.Parameter != t.name {
			continue
		}
		var v T
		o := valueJSON
		o.At = fmt.Sprintf("overrides[%d].value", i)
		if err := jsonerr.Decode(bytes.NewReader(e.Value), &v, o); err != nil {
			l = append(l, valueProblems(t.name, err)...)
			continue
		}
		entries = append(entries, Entry[T]{From: e.From, Until: e.Until, Value: v, Citation: e.Citation})
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return t, nil
	}
	return t.With(entries...)
}

// ApplyTo is [Apply] for a parameter held in a variable or field: when the
// entries of o for *t's parameter fit, *t is replaced by the new timeline;
// otherwise *t is left as it was and the problems are returned. It lets a
// parameter set apply one document to each of its timelines in turn.
func ApplyTo[T any](t **Timeline[T], o Overrides) error {
	n, err := Apply(*t, o)
	if err != nil {
		return err
	}
	*t = n
	return nil
}
