package benefit

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Every problem of a request document at once, each under its path.
func TestDecodeRequestProblems(t *testing.T) {
	_, err := DecodeRequest(strings.NewReader(`{"event": "death", "deth": 1,
		"accident": {"percent": "150%", "months": "three", "date": "2024-02-30"},
		"death": {"participant": {"segment": "BPU", "wage": "lots"}, "children": [{"level": "SD"}, {"level": "XX", "age": 3}]}}`))
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("err = %v, want a problem.List", err)
	}
	want := map[string]error{
		"deth":                    ErrInvalidJSON,
		"accident.percent":        contribution.ErrInvalidRate,
		"accident.months":         ErrInvalidJSON,
		"accident.date":           regulation.ErrInvalidDate,
		"death.participant.wage":  ErrInvalidInput,
		"death.children[1].level": ErrNoScholarship,
	}
	for _, p := range l {
		if s, ok := want[p.Field]; ok && errors.Is(p, s) {
			delete(want, p.Field)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing problems %v among:\n%s", want, l.Message(problem.English))
	}
}

func TestDecodeRequestShape(t *testing.T) {
	for _, c := range []struct{ doc, code string }{
		{``, "json.syntax"}, {`{`, "json.syntax"}, {`{} {}`, "json.trailing"}, {`[]`, "json.type"},
		{`{"event": "death", "event": "death"}`, "json.duplicate_field"},
		{`{"event": "death", "death": {"children": {}}}`, "json.type"},
		{`{"event": "death"` + strings.Repeat(" ", MaxRequestBytes) + `}`, "json.too_large"},
	} {
		_, err := DecodeRequest(strings.NewReader(c.doc))
		var l problem.List
		l.Add(err)
		if len(l) == 0 || l[0].Code != problem.Code(c.code) || !errors.Is(err, ErrInvalidJSON) {
			t.Errorf("%.40q: %v, want %s", c.doc, err, c.code)
		}
	}
}

// A request whose section does not match its event.
func TestEstimateSections(t *testing.T) {
	_, err := Default().Estimate(Request{Event: Death, JobLoss: &JobLossInput{}})
	wantProblem(t, err, ErrInvalidInput, "death", "")
	wantProblem(t, err, ErrInvalidInput, "job_loss", "")
	_, err = Default().Estimate(Request{Event: "flood"})
	wantProblem(t, err, ErrInvalidInput, "event", "flood")
}
