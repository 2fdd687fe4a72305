package service

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
)

// FuzzHandlers sends arbitrary bodies to every POST endpoint: the service
// must answer each with a documented status (never a 500) and a body that
// conforms to the OpenAPI document, and a problem never shows a number as
// long as a NIK in full.
func FuzzHandlers(f *testing.F) {
	for _, seed := range []string{
		`{"month":"2026-05","segment":"BPU","programs":"JKK+JKM","basis":"1000000","sector":"TRANSPORT"}`,
		`{"month":"2015-06","segment":"PU","programs":"JKK+JKM+JP","basis":"-1","risk_group":"HUGE"}`,
		`{"nik":"3216015708900002"}`,
		`{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Budi","group":"informal"}]}`,
		`{"network":{},"activities":[],"on":"2026-03-31"}`,
		`{"event":"death","death":{"participant":{"segment":"BPU","start":"2021-03-10"},"date":"2025-03-10","children":[{"level":"SD","grade":3,"age":8}]}}`,
		`{"event":"protection","protection":{"month":"2026-02","contribution":{"segment":"BPU","programs":"JKK+JKM","basis":"1000000"}}}`,
		`{"basis":1e100000}`, `{"village":"61.12.01.2001","year":3216015708900002.5}`, `[]`, `null`, `{`, ``,
	} {
		f.Add(seed)
	}
	h, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	var s spec
	if err := s.load(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, path := range []string{"/v1/iuran", "/v1/nik", "/v1/rencana", "/v1/mitra", "/v1/manfaat"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, newRequest("POST", path, strings.NewReader(body)))
			switch rec.Code {
			case 200, 400, 413, 422:
			default:
				t.Fatalf("POST %s %q: status %d\n%s", path, body, rec.Code, rec.Body)
			}
			s.conforms(t, "POST", path, rec)
			if rec.Code != 200 && masktest.SixteenDigits.Match(rec.Body.Bytes()) {
				t.Fatalf("POST %s %q: a number shown in full in a problem:\n%s", path, body, rec.Body)
			}
		}
	})
}

// FuzzDecode reads arbitrary documents strictly: Decode never panics, a
// document it accepts is one encoding/json reads too and has no key given
// twice, and its problems are bounded.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		goodBill, `{"month":"2026-05","month":"2026-06"}`, `{"Month":"2026-05"}`, `{"reliefs":["PP50_2025","PP50_2025"]}`,
		`{"basis":"1e9999"}`, `{"basis":1e9999}`, `{"segment":"B\u0000PU"}`, `[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		`{"a":{"b":{"a":1,"A":2}}`, `"x"`, `1`, `{"month":"2026-05"} x`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		var req BillRequest
		err := Decode(strings.NewReader(doc), &req)
		var l problem.List
		l.Add(err)
		if len(l) > maxCheckProblems+1 {
			t.Fatalf("%d problems", len(l))
		}
		if err == nil {
			var again BillRequest
			if jerr := json.Unmarshal([]byte(doc), &again); jerr != nil {
				t.Fatalf("Decode accepted what encoding/json rejects: %v", jerr)
			}
		}
	})
}
