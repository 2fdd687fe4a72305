package benefit

import (
	"bytes"
	"encoding/json"
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

// A request a Go caller builds encodes to JSON that DecodeRequest reads back
// the same, for every event.
func TestRequestRoundTrip(t *testing.T) {
	pct := contribution.MustRate("10%")
	y := contribution.MustRate("5%")
	pu := Participant{Segment: 1, Wage: rp(4_000_000), Start: date(2020, 1, 1), BirthDate: date(1980, 5, 6)}
	reqs := []Request{
		{Event: Death, Death: &DeathInput{Participant: pu, Date: date(2025, 3, 10), Children: []Child{{Level: SD, Grade: 3, Age: 8}}}},
		{Event: PartialDisability, Accident: &AccidentInput{Participant: pu, Date: date(2024, 1, 1), Percent: &pct, FunctionLoss: &pct}},
		{Event: Transport, Accident: &AccidentInput{Participant: pu, Date: date(2024, 1, 1), Mode: Air, Cost: rp(14_000_000)}},
		{Event: Scholarship, Scholarship: &ScholarshipInput{Route: 1, Participant: pu, Date: date(2024, 1, 1), Children: []Child{{Level: PT, Age: 19}}}},
		{Event: JHTBalance, JHT: &JHTInput{Participant: pu, From: regulation.MustMonth(2020, 1), To: regulation.MustMonth(2020, 12), AsOf: date(2021, 1, 1), AssumedYield: &y,
			History: []MonthAmount{{Month: regulation.MustMonth(2020, 1), Amount: rp(1)}}}},
		{Event: JHTClaim, JHTClaim: &JHTClaimInput{Participant: pu, Reason: ClaimDismissal, Date: date(2024, 1, 31), AsOf: date(2024, 3, 1), Balance: rp(5)}},
		{Event: Retirement, Pension: &PensionInput{Participant: pu, Months: 200, AverageWage: rp(3), Start: date(2024, 1, 1)}},
		{Event: JobLoss, JobLoss: &JobLossInput{Participant: pu, Date: date(2025, 3, 3), Cause: Dismissal, PaidMonths: 12, ConsecutiveMonths: 6, NotCitizen: true}},
		{Event: Protection, Protection: &ProtectionInput{Contribution: bpuFarmer(1_000_000), Month: regulation.MustMonth(2026, 3)}},
	}
	for _, r := range reqs {
		a, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeRequest(bytes.NewReader(a))
		if err != nil {
			t.Fatalf("%s: %v\n%s", r.Event, err, a)
		}
		b, _ := json.Marshal(back)
		if !bytes.Equal(a, b) {
			t.Errorf("%s does not round-trip:\n%s\n%s", r.Event, a, b)
		}
	}
}
