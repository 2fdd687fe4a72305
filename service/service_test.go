package service

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func testService(t *testing.T) http.Handler {
	t.Helper()
	svc, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

type exchange struct {
	name, method, path, body string
	status                   int
	contains                 []string
}

func TestHandlers(t *testing.T) {
	h := testService(t)
	s := loadSpec(t)
	cases := []exchange{
		{"health", "GET", "/healthz", "", 200, []string{`"ok"`}},
		{"PP 50/2025: transport worker, May 2026", "POST", "/v1/iuran",
			`{"month":"2026-05","segment":"BPU","programs":"JKK+JKM","basis":"1000000","sector":"TRANSPORT"}`,
			200, []string{`"billed":"8400"`, `"PP 50/2025"`}},
		{"village official on the minimum siltap", "POST", "/v1/iuran",
			`{"month":"2026-01","segment":"PU","programs":"JKK+JKM","basis":"2022200","risk_group":"VERY_LOW","business_scale":"MICRO","payer":"VILLAGE"}`,
			200, []string{`"billed":"10920"`}},
		{"every problem at once", "POST", "/v1/iuran",
			`{"month":"2026-01","segment":"BPU","programs":"JKK+JKM+JP","basis":"-1"}`,
			422, []string{`"code":"programs.not_allowed"`, `"code":"basis.not_positive"`}},
		{"month before July 2015", "POST", "/v1/iuran",
			`{"month":"2015-06","segment":"BPU","programs":"JKK+JKM","basis":"1000000"}`,
			422, []string{`"code":"regulation.no_rule_in_force"`}},
		{"malformed JSON", "POST", "/v1/iuran", `{"month":`, 400, []string{`"code":"json.`}},
		{"unknown field", "POST", "/v1/iuran", `{"month":"2026-01","salary":1}`, 400, []string{`"code":"json.unknown_field"`, `"field":"salary"`}},
		{"wrong type", "POST", "/v1/iuran", `{"month":"2026-01","workforce":"many"}`, 400, []string{`"code":"json.type"`}},
		{"bad segment code", "POST", "/v1/iuran", `{"month":"2026-01","segment":"XYZ"}`, 422, []string{`"code":"segment.unknown"`}},
		// A month its field cannot read is 422, as the OpenAPI document says:
		// the JSON is sound, the value breaks the rule of a month 01–12.
		{"month 13", "POST", "/v1/iuran", `{"month":"2026-13","segment":"BPU"}`, 422, []string{`"code":"month.`, `"field":"month"`}},
		{"an empty body", "POST", "/v1/iuran", ``, 400, []string{`"code":"json.empty"`}},
		{"trailing data", "POST", "/v1/iuran", `{} {}`, 400, []string{`"code":"json.trailing"`}},
		{"a stray closing brace", "POST", "/v1/iuran", `{}}`, 400, []string{`"code":"json.trailing"`}},
		{"a woman's NIK", "POST", "/v1/nik", `{"nik":"3216015708900002"}`, 200,
			[]string{`"birth_date":"1990-08-17"`, `"sex":"FEMALE"`, `"nik":"3216••••••••0002"`}},
		// 32.16.01 is Kecamatan Tarumajaya of Kabupaten Bekasi in the
		// Kepmendagri 300.2.2-2138/2025 list, as `jamsos nik` names it.
		{"a NIK's areas named", "POST", "/v1/nik", `{"nik":"3216015708900002"}`, 200,
			[]string{`"regency":{"code":"32.16","name":"Kabupaten Bekasi"}`, `"district":{"code":"32.16.01","name":"Tarumajaya"}`}},
		// Jawa Barat's regencies are 32.01–32.18 and its cities 32.71–32.79:
		// 32.99.01 is in no list, yet the NIK's form is valid.
		{"a NIK of a district not in the 2025 list is noted, not refused", "POST", "/v1/nik", `{"nik":"3299015708900002"}`, 200,
			[]string{`"area":{"province":{"code":"32","name":"Jawa Barat"}}`, `"code":"region.nik_district_unlisted"`, `"valid":true`}},
		{"province 99", "POST", "/v1/nik", `{"nik":"9916011708900001"}`, 422, []string{`"code":"nik.province"`}},
		{"rules in force", "GET", "/v1/aturan?date=2026-05-01", "", 200, []string{`"pu.jp.wage_cap"`, `"relief.pp50_2025"`}},
		{"rules on an impossible date", "GET", "/v1/aturan?date=2026-02-30", "", 422, []string{`"field":"date"`}},
		// Two informal workers on the default package (JKK+JKM on Rp1,000,000, paid
		// from ADD; APBDes is not APBD under the default reading of PP 50/2025,
		// so discounted April–December): 2 × (16,800 × 3 + 8,400 × 9) = 252,000.
		{"village plan", "POST", "/v1/rencana",
			`{"village":"61.12.01.2001","year":2026,"roster":[` +
				`{"nik":"6112011708900001","name":"Budi","group":"informal"},` +
				`{"nik":"6112015708900002","name":"Siti","group":"informal"}]}`,
			200, []string{`"amount":"252000"`}},
		{"village plan with a bad row", "POST", "/v1/rencana",
			`{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Budi","group":"astronaut"}]}`,
			422, []string{`"field":"roster[0].group"`}},
		{"plan for a kelurahan", "POST", "/v1/rencana",
			`{"village":"31.71.01.1001","year":2026,"roster":[{"nik":"6112011708900001","name":"Budi","group":"informal"}]}`,
			422, []string{`"code":"village.kelurahan"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req := newRequest(c.method, c.path, strings.NewReader(c.body))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != c.status {
				t.Fatalf("status %d, want %d\n%s", rec.Code, c.status, rec.Body)
			}
			for _, w := range c.contains {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("body lacks %s:\n%s", w, rec.Body)
				}
			}
			if strings.Contains(rec.Body.String(), "3216015708900002") {
				t.Error("the full NIK is in the response")
			}
			s.conforms(t, c.method, c.path, rec)
		})
	}
}

func TestOversizedBody(t *testing.T) {
	h := testService(t)
	body := `{"month":"2026-01","segment":"` + strings.Repeat("B", DefaultMaxBody) + `"}`
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, newRequest("POST", "/v1/iuran", strings.NewReader(body)))
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "json.too_large") {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	loadSpec(t).conforms(t, "POST", "/v1/iuran", rec)
}

func TestOpenAPIServed(t *testing.T) {
	rec := httptest.NewRecorder()
	testService(t).ServeHTTP(rec, newRequest("GET", "/openapi.json", nil))
	var doc map[string]any
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &doc) != nil || doc["openapi"] != "3.0.3" {
		t.Fatalf("status %d, body %.100s", rec.Code, rec.Body)
	}
}

// TestRealServer runs the service on a loopback port, sends a bad request
// and a good one, and shuts it down gracefully.
func TestRealServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, testService(t), ServerOptions{}) }()
	url := "http://" + ln.Addr().String()
	client := &http.Client{Timeout: 5 * time.Second}
	post := func(body string) (int, string) {
		resp, err := client.Post(url+"/v1/iuran", "application/json", bytes.NewBufferString(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := post(`not json`); code != 400 {
		t.Errorf("bad request: %d", code)
	}
	code, body := post(`{"month":"2026-02","segment":"BPU","programs":"JKK+JKM","basis":"1000000","sector":"AGRICULTURE"}`)
	if code != 200 || !strings.Contains(body, `"billed":"16800"`) {
		t.Errorf("after a bad request the server answered %d: %s", code, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the server did not shut down")
	}
}

// newRequest is httptest.NewRequest with the Content-Type a client of the
// service sends on a POST.
func newRequest(method, path string, body io.Reader) *http.Request {
	r := httptest.NewRequest(method, path, body)
	if method == http.MethodPost {
		r.Header.Set("Content-Type", "application/json")
	}
	return r
}
