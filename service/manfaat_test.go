package service

import (
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/benefit"
)

// TestManfaatHandler asks POST /v1/manfaat about each kind of event and
// checks every answer against the OpenAPI document. The amounts are worked
// out by hand in each case's comment from PP 44/2015 as amended by
// PP 82/2019, PP 45/2015 and PP 37/2021 as amended by PP 6/2025.
func TestManfaatHandler(t *testing.T) {
	h := testService(t)
	s := loadSpec(t)
	cases := []exchange{
		// A BPU farmer dies, not from a work accident, on 10 Mar 2025 after 4
		// years: 20,000,000 + 12,000,000 + 10,000,000 = 42,000,000; one child
		// in SMP grade 1 (age 12): SMP 3 × 2,000,000 + SMA 3 × 3,000,000 +
		// S1 5 × 12,000,000 = 75,000,000 over time.
		{"PP 82/2019 Pasal 34: JKM with a child", "POST", "/v1/manfaat",
			`{"event":"death","death":{"participant":{"segment":"BPU","start":"2021-03-10"},"date":"2025-03-10",` +
				`"children":[{"level":"SMP","grade":1,"age":12}]}}`,
			200, []string{`"cash":"42000000"`, `"over_time":"75000000"`, `"program":"JKM"`}},
		// A BPU driver on Rp2,000,000 dies in a road accident at work:
		// 48 × 2,000,000 + 12,000,000 + 10,000,000 = 118,000,000.
		{"PP 82/2019 Pasal 25: JKK work death", "POST", "/v1/manfaat",
			`{"event":"work_death","accident":{"participant":{"segment":"BPU","wage":"2000000","start":"2024-09-10"},"date":"2025-03-10"}}`,
			200, []string{`"cash":"118000000"`, `"kind":"unlimited"`}},
		// 10% × 80 × 4,000,000 = 32,000,000.
		{"JKK partial disability 10%", "POST", "/v1/manfaat",
			`{"event":"partial_disability","accident":{"participant":{"segment":"PU","wage":"4000000"},"date":"2024-06-01","percent":"10%"}}`,
			200, []string{`"cash":"32000000"`}},
		// 1% × 240/12 × 8,000,000 = 1,600,000 a month from June 2024.
		{"PP 45/2015 Pasal 17: JP from June 2024", "POST", "/v1/manfaat",
			`{"event":"retirement","pension":{"participant":{"segment":"PU"},"months":240,"average_wage":"8000000","start":"2024-06-01"}}`,
			200, []string{`"amount":"1600000"`, `"kind":"monthly"`}},
		// Wage 7,000,000 capped at 5,000,000; PP 6/2025: 6 × 60% × 5,000,000.
		{"PP 6/2025: JKP on 3 Mar 2025", "POST", "/v1/manfaat",
			`{"event":"job_loss","job_loss":{"participant":{"segment":"PU","wage":"7000000","birth_date":"1990-01-01","start":"2022-01-03"},` +
				`"date":"2025-03-03","cause":"dismissal","paid_months":24,"consecutive_months":24}}`,
			200, []string{`"over_time":"18000000"`}},
		// BPU JKK+JKM on Rp1,000,000, February 2026: 1% × 1,000,000 + 6,800.
		{"cost against protection", "POST", "/v1/manfaat",
			`{"event":"protection","protection":{"month":"2026-02","contribution":{"segment":"BPU","programs":"JKK+JKM","basis":"1000000"}}}`,
			200, []string{`"billed":"16800"`, `"amount":"42000000"`, `"offer"`}},

		{"a percentage over 100%", "POST", "/v1/manfaat",
			`{"event":"partial_disability","accident":{"participant":{"segment":"PU","wage":"4000000"},"date":"2024-06-01","percent":"150%"}}`,
			422, []string{`"field":"accident.percent"`}},
		{"a death before the membership started", "POST", "/v1/manfaat",
			`{"event":"death","death":{"participant":{"segment":"BPU","start":"2025-01-01"},"date":"2024-06-01"}}`,
			422, []string{`"code":"benefit.before_start"`, `"field":"death.date"`}},
		{"a day no rule covers", "POST", "/v1/manfaat",
			`{"event":"death","death":{"participant":{"segment":"BPU"},"date":"2015-06-30"}}`,
			422, []string{`"code":"regulation.no_rule_in_force"`}},
		{"the wrong input section", "POST", "/v1/manfaat",
			`{"event":"death","job_loss":{"participant":{"segment":"PU"},"date":"2025-03-03","cause":"dismissal"}}`,
			422, []string{`"field":"death"`, `"field":"job_loss"`}},
		{"an unknown event", "POST", "/v1/manfaat", `{"event":"wedding"}`, 422, []string{`"field":"event"`}},
		{"unknown and repeated fields at once", "POST", "/v1/manfaat",
			`{"event":"death","death":{"date":"2025-03-10","date":"2025-03-11","salary":1}}`,
			400, []string{`"code":"json.duplicate_field"`, `"field":"death.salary"`}},
		{"a wrong type", "POST", "/v1/manfaat", `{"event":"death","death":{"date":20250310}}`, 400, []string{`"code":"json.type"`}},
		{"malformed JSON", "POST", "/v1/manfaat", `{"event":`, 400, []string{`"code":"json.syntax"`}},
		{"an empty body", "POST", "/v1/manfaat", ``, 400, []string{`"code":"json.syntax"`}},
		{"trailing data", "POST", "/v1/manfaat", `{} {}`, 400, []string{`"code":"json.trailing"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, newRequest(c.method, c.path, strings.NewReader(c.body)))
			if rec.Code != c.status {
				t.Fatalf("status %d, want %d\n%s", rec.Code, c.status, rec.Body)
			}
			for _, w := range c.contains {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("body lacks %s:\n%s", w, rec.Body)
				}
			}
			s.conforms(t, c.method, c.path, rec)
		})
	}
}

// A body over the limit is 413, at the service's limit when it is below
// benefit's own 1 MiB, and at benefit's otherwise.
func TestManfaatTooLarge(t *testing.T) {
	small, err := New(Options{MaxBody: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		svc  *Service
		size int
	}{{"the service's 1 KiB", small, 2 << 10}, {"benefit's 1 MiB", testService(t).(*Service), benefit.MaxRequestBytes + 10}} {
		t.Run(c.name, func(t *testing.T) {
			body := `{"event":"death","death":{"participant":{"segment":"` + strings.Repeat("B", c.size) + `"}}}`
			rec := httptest.NewRecorder()
			c.svc.ServeHTTP(rec, newRequest("POST", "/v1/manfaat", strings.NewReader(body)))
			if rec.Code != 413 || !strings.Contains(rec.Body.String(), `"code":"json.too_large"`) {
				t.Fatalf("status %d: %.300s", rec.Code, rec.Body)
			}
			loadSpec(t).conforms(t, "POST", "/v1/manfaat", rec)
		})
	}
}

// The document's events are benefit's, so that a new event cannot be
// added to one and not the other.
func TestManfaatEventsDocumented(t *testing.T) {
	s := loadSpec(t)
	var want []string
	for _, e := range benefit.Events() {
		want = append(want, string(e))
	}
	for _, name := range []string{"BenefitRequest", "BenefitResponse", "BenefitResult"} {
		var got []string
		for _, v := range s.doc.Components.Schemas[name].Value.Properties["event"].Value.Enum {
			got = append(got, fmt.Sprint(v))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s.event: %v, want %v", name, got, want)
		}
	}
}
