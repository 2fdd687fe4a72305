package regulation_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// set is a parameter set of two parameters, declared once each.
type set struct {
	Cap  *regulation.Timeline[int]
	Flag *regulation.Timeline[bool]
}

var testCite = regulation.Citation{Instrument: "test", Confidence: regulation.Unconfirmed}

var decls = regulation.Params[set]{
	regulation.Param[set, int]{
		Name:  "test.cap",
		Field: func(s *set) **regulation.Timeline[int] { return &s.Cap },
		Entries: func() []regulation.Entry[int] {
			return []regulation.Entry[int]{{From: regulation.MustDate(2020, 1, 1), Value: 7, Citation: testCite}}
		},
		Check: func(e regulation.Entry[int]) error {
			if e.Value < 0 {
				return problem.New(regulation.ErrInvalidOverride, "test.negative", "", "", "negatif", "negative")
			}
			return nil
		},
	},
	regulation.Param[set, bool]{
		Name:   "test.flag",
		Field:  func(s *set) **regulation.Timeline[bool] { return &s.Flag },
		Sparse: true,
		Entries: func() []regulation.Entry[bool] {
			return []regulation.Entry[bool]{{From: regulation.MustDate(2021, 1, 1), Until: regulation.MustDate(2021, 1, 31), Value: true, Citation: testCite}}
		},
	},
}

// TestParams: names, defaults, listing, overrides, replacement and checks
// all come from the one list of declarations.
func TestParams(t *testing.T) {
	if got := decls.Names(); !slices.Equal(got, []string{"test.cap", "test.flag"}) {
		t.Errorf("Names() = %v", got)
	}
	var s set
	if got := decls.Missing(s); len(got) != 2 {
		t.Errorf("Missing(zero) = %v", got)
	}
	// Fill takes only what is missing: a set with its own cap keeps it and
	// gets the built-in flag.
	var d set
	decls.Init(&d)
	own := set{Cap: regulation.MustTimeline("test.cap", []regulation.Entry[int]{{From: regulation.MustDate(2020, 1, 1), Value: 9, Citation: testCite}})}
	decls.Fill(&own, d)
	if e, _ := own.Cap.At(regulation.MustDate(2020, 6, 1)); e.Value != 9 || own.Flag != d.Flag {
		t.Errorf("Fill: cap %d (want its own 9), flag %p (want the built-in %p)", e.Value, own.Flag, d.Flag)
	}
	decls.Init(&s)
	if got := decls.Timelines(s); len(got) != 2 || got[0].Name() != "test.cap" || !s.Flag.Sparse() {
		t.Errorf("Timelines() = %v", got)
	}
	o, err := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{"parameter": "test.cap", "from": "2022-01-01", "value": -1,
		"citation": {"instrument": "test", "confidence": "unconfirmed"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if err := decls.Apply(&s, o); err != nil {
		t.Fatal(err)
	}
	if e, _ := s.Cap.At(regulation.MustDate(2022, 2, 1)); e.Value != -1 {
		t.Errorf("after the override: %d", e.Value)
	}
	// The check names the parameter and finds the bad entry.
	err = decls.Check(s)
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Field != "test.cap" || pe.Code != "test.negative" {
		t.Errorf("Check = %v", err)
	}
	// Set takes a timeline of the right name and type only.
	other := regulation.MustTimeline("test.cap", []regulation.Entry[int]{{From: regulation.MustDate(2020, 1, 1), Value: 9, Citation: testCite}})
	if err := decls.Set(&s, other); err != nil || s.Cap != other {
		t.Errorf("Set: %v", err)
	}
	wrongType := regulation.MustTimeline("test.cap", []regulation.Entry[string]{{From: regulation.MustDate(2020, 1, 1), Value: "x", Citation: testCite}})
	unknown := regulation.MustTimeline("test.none", []regulation.Entry[int]{{From: regulation.MustDate(2020, 1, 1), Value: 1, Citation: testCite}})
	for _, tl := range []regulation.Describer{wrongType, unknown, nil} {
		if err := decls.Set(&s, tl); !errors.Is(err, regulation.ErrInvalidOverride) {
			t.Errorf("Set(%v) = %v, want ErrInvalidOverride", tl, err)
		}
	}
}
