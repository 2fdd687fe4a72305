// Package paramtest checks, in a package's tests, that its parameter set
// cannot hold a timeline that its listing or its overrides forget.
//
// A package whose parameters are not yet declared in one
// [regulation.Params] list keeps its listing ([]regulation.Describer) and its
// override handling by hand; Complete makes a parameter added to the struct
// but missing from either fail a test.
package paramtest

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

var describer = reflect.TypeFor[regulation.Describer]()

// Timelines returns the name of every timeline that set (a struct of
// timelines, or a pointer to one) holds: each field whose type is a
// timeline, and each value of a map field of timelines, in field order
// (map values sorted by name).
func Timelines(set any) []string {
	v := reflect.Indirect(reflect.ValueOf(set))
	var out []string
	for i := range v.NumField() {
		f := v.Field(i)
		switch {
		case f.Type().Implements(describer) && f.Kind() == reflect.Pointer:
			if !f.IsNil() {
				out = append(out, f.Interface().(regulation.Describer).Name())
			}
		case f.Kind() == reflect.Map && f.Type().Elem().Implements(describer):
			var names []string
			for _, k := range f.MapKeys() {
				if e := f.MapIndex(k); !e.IsNil() {
					names = append(names, e.Interface().(regulation.Describer).Name())
				}
			}
			slices.Sort(names)
			out = append(out, names...)
		}
	}
	return out
}

// Complete fails t for every timeline of set that listed does not return,
// and for every one whose name apply does not take: apply is given an
// override of that parameter with a value no parameter accepts, and must
// answer with an error that is not "unknown parameter".
func Complete(t testing.TB, set any, listed []regulation.Describer, apply func(regulation.Overrides) error) {
	t.Helper()
	var names []string
	for _, d := range listed {
		names = append(names, d.Name())
	}
	for _, name := range Timelines(set) {
		if !slices.Contains(names, name) {
			t.Errorf("parameter %q is held by the parameter set but missing from its listing", name)
		}
		o := regulation.Overrides{Overrides: []regulation.Override{{
			Parameter: name,
			From:      regulation.MustDate(2030, 1, 1),
			Value:     json.RawMessage(`{"paramtest":"not a value of any parameter"}`),
			Citation:  regulation.Citation{Instrument: "paramtest", Confidence: regulation.Unconfirmed},
		}}}
		err := apply(o)
		var l problem.List
		var e *problem.Error
		switch {
		case err == nil:
			t.Errorf("parameter %q: an override with a value of no parameter's type was accepted", name)
		case errors.As(err, &l) && slices.Contains(l.Codes(), "override.unknown_parameter"),
			errors.As(err, &e) && e.Code == "override.unknown_parameter":
			t.Errorf("parameter %q is held by the parameter set but its overrides do not know it", name)
		}
	}
}
