package service

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// A network of one Agen Perisai under a cooperative, assigned to one district.
const testNetwork = `{"wadahs":[{"id":"W-01","name":"Koperasi Contoh","kind":"COOPERATIVE"}],
 "partners":[{"id":"AG-01","role":"AGEN_PERISAI","name":"Agen Contoh","wadah":"W-01",
   "certificate":{"number":"PERISAI-2025-0001","issued":"2025-01-06","valid_until":"2028-01-05"}}],
 "assignments":[{"partner":"AG-01","area":"32.16.01","from":"2026-03-01"}]}`

func TestMitraHandler(t *testing.T) {
	h := testService(t)
	s := loadSpec(t)
	// The agent registers two workers and collects Rp16,800 from each for
	// March 2026, their first month, under the 2022 Perisai scheme:
	// Rp33,600 × 15% = Rp5,040, all the agent's, and 10% on top, Rp504, the
	// cooperative's; two new participants earn no acquisition incentive.
	acts := `[
	 {"kind":"REGISTRATION","date":"2026-03-02","partner":"AG-01","village":"32.16.01.2001","participant":"3216011708900001"},
	 {"kind":"REGISTRATION","date":"2026-03-02","partner":"AG-01","village":"32.16.01.2001","participant":"3216015708900002"},
	 {"kind":"COLLECTION","date":"2026-03-10","partner":"AG-01","village":"32.16.01.2001","participant":"3216011708900001","amount":"16800","month":"2026-03"},
	 {"kind":"COLLECTION","date":"2026-03-10","partner":"AG-01","village":"32.16.01.2001","participant":"3216015708900002","amount":"16800","month":"2026-03"},
	 {"kind":"REFERRAL","date":"2026-03-11","partner":"AG-01","village":"33.01.01.2001","participant":"3301011708900003"}]`
	body := `{"network":` + testNetwork + `,"activities":` + acts + `,"on":"2026-03-31","fees":["2026-03"]}`
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, newRequest("POST", "/v1/mitra", strings.NewReader(body)))
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	out := rec.Body.String()
	for _, want := range []string{`"33600"`, `"5040"`, `"504"`, `"PERISAI_2022"`, `"BPU_INCENTIVE"`, `activity.outside_area`} {
		if !strings.Contains(out, want) {
			t.Errorf("response lacks %s", want)
		}
	}
	// Rejected activities come back as given (the caller's own data, NIK
	// included, as the storage encoding); the reasons never repeat a NIK.
	if strings.Contains(out[strings.Index(out, `"problems"`):], "3301011708900003\"") {
		t.Error("a full NIK is in a rejection reason")
	}
	s.conforms(t, "POST", "/v1/mitra", rec)

	// An unreadable activity refuses the request, naming its line.
	bad := `{"network":` + testNetwork + `,"activities":[{"kind":"REFERRAL","date":"2026-02-30","partner":"AG-01"}],"on":"2026-03-31"}`
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, newRequest("POST", "/v1/mitra", strings.NewReader(bad)))
	if rec.Code != 422 || !strings.Contains(rec.Body.String(), `"field":"activities.line[1]`) {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	s.conforms(t, "POST", "/v1/mitra", rec)
}
