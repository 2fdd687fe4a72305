package benefit

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// FuzzDecodeRequest feeds any document to DecodeRequest and, when it
// decodes, to Estimate: neither may panic, every error is a typed problem
// that never shows a number as long as a NIK, and every response
// round-trips through JSON.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"event": "death", "death": {"participant": {"segment": "BPU", "start": "2021-03-10"}, "date": "2025-03-10",
			"children": [{"level": "SD", "grade": 3, "age": 8}, {"level": "SMP", "grade": 1, "age": 12}]}}`,
		`{"event": "work_death", "accident": {"participant": {"segment": "BPU", "wage": "2000000"}, "date": "2025-03-10"}}`,
		`{"event": "partial_disability", "accident": {"participant": {"segment": "PU", "wage": "4000000"}, "date": "2024-02-01", "percent": "10%"}}`,
		`{"event": "temporary_incapacity", "accident": {"participant": {"segment": "PU", "wage": "4000000"}, "date": "2024-02-01", "months": 15}}`,
		`{"event": "transport", "accident": {"participant": {"segment": "PU"}, "date": "2024-02-01", "mode": "air", "cost": "14000000"}}`,
		`{"event": "scholarship", "scholarship": {"route": "JKK", "participant": {"segment": "PU"}, "date": "2024-02-01", "children": [{"level": "PT", "age": 19}]}}`,
		`{"event": "jht_balance", "jht": {"participant": {"segment": "BPU", "wage": "1000000"}, "from": "2020-01", "to": "2021-12", "as_of": "2021-06-01", "assumed_yield": "5%"}}`,
		`{"event": "jht_claim", "jht_claim": {"participant": {"segment": "PU"}, "reason": "resignation", "date": "2023-01-10", "as_of": "2023-02-01", "balance": "60000000"}}`,
		`{"event": "retirement", "pension": {"participant": {"segment": "PU", "birth_date": "1968-03-10"}, "months": 240, "average_wage": "8000000", "start": "2024-01-01"}}`,
		`{"event": "job_loss", "job_loss": {"participant": {"segment": "PU", "wage": "7000000"}, "date": "2025-03-03", "cause": "dismissal", "paid_months": 20, "consecutive_months": 20}}`,
		`{"event": "protection", "protection": {"contribution": {"segment": "BPU", "programs": "JKK,JKM", "basis": "1000000", "sector": "AGRICULTURE"}, "month": "2026-02"}}`,
		`{"event": "death", "death": {"participant": {"segment": "BPU", "wage": "3216010101900001"}, "date": "2025-03-10"}}`,
		`{"event": "death"}`, `{}`, `[]`, `{"event": "death", "death": {}} {}`, ``,
		`{"event": "jht_balance", "jht": {"history": [{"month": "0001-01", "amount": "1"}, {"month": "9999-12", "amount": "1"}], "as_of": "2020-01-01"}}`,
	} {
		f.Add([]byte(s))
	}
	e := Default()
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeRequest(bytes.NewReader(data))
		if err != nil {
			checkProblem(t, err)
			return
		}
		resp, err := e.Estimate(req)
		if err != nil {
			checkProblem(t, err)
			return
		}
		a, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		var back Response
		if err := json.Unmarshal(a, &back); err != nil {
			t.Fatalf("%v\n%s", err, a)
		}
		if b, _ := json.Marshal(back); !bytes.Equal(a, b) {
			t.Fatalf("response does not round-trip:\n%s\n%s", a, b)
		}
		_ = resp.Explain(problem.Indonesian)
		_ = resp.Explain(problem.English)
	})
}

func checkProblem(t *testing.T, err error) {
	t.Helper()
	var pe *problem.Error
	var pl problem.List
	if !errors.As(err, &pe) && !errors.As(err, &pl) {
		t.Fatalf("error %T is not a problem: %v", err, err)
	}
	if strings.Contains(err.Error(), "3216010101900001") {
		t.Fatalf("a NIK-long number is shown in full: %v", err)
	}
}
