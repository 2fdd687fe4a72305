package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
)

const (
	goodBill   = `{"month":"2026-05","segment":"BPU","programs":"JKK+JKM","basis":"1000000","sector":"TRANSPORT"}`
	oneRoster  = `{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Budi","group":"informal"}]}`
	budiNIK    = "6112011708900001"
	budiMasked = "6112••••••••0001"
)

// mitraBody is a partner request with the given activities and fee months.
func mitraBody(acts, fees string) string {
	return `{"network":` + testNetwork + `,"activities":` + acts + `,"on":"2026-03-31","fees":` + fees + `}`
}

// Strict input and bounded work, as issue #14 asks: each hostile input is
// refused with the status and the problem the OpenAPI document states, and
// the answer conforms.
func TestStrictInput(t *testing.T) {
	svc, err := New(Options{MaxPeople: 2})
	if err != nil {
		t.Fatal(err)
	}
	s := loadSpec(t)
	row := `{"nik":"6112011708900001","name":"Budi","group":"informal"}`
	for _, tt := range []struct {
		name, path, contentType, body string
		status                        int
		code, field, value            string
	}{
		{"a key given twice", "/v1/iuran", "", `{"month":"2026-05","month":"2015-01","segment":"BPU"}`, 400, "json.duplicate_key", "month", ""},
		{"a key given twice in different case", "/v1/iuran", "", `{"month":"2026-05","MONTH":"2015-01"}`, 400, "json.duplicate_key", "MONTH", "month"},
		{"a key in the wrong case", "/v1/iuran", "", `{"Month":"2026-05","segment":"BPU","programs":"JKK+JKM","basis":"1000000"}`, 400, "json.key_case", "Month", "month"},
		{"a key given twice in a roster row", "/v1/rencana", "", `{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Budi","Name":"Siti","group":"informal"}]}`,
			400, "json.duplicate_key", "roster[0].Name", "name"},
		{"NUL in a name", "/v1/rencana", "", `{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Bu\u0000di","group":"informal"}]}`,
			422, "text.control", "roster[0].name", "U+0000 @2"},
		{"an escape character in a name", "/v1/rencana", "", `{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"\u001b[31mBudi","group":"informal"}]}`,
			422, "text.control", "roster[0].name", "U+001B @0"},
		{"a control character in a key", "/v1/iuran", "", `{"mon\tth":"2026-05"}`, 422, "text.control", "mon\tth", "U+0009 @3"},
		{"an amount of 1e9999", "/v1/mitra", "", mitraBody(`[{"kind":"COLLECTION","date":"2026-03-10","partner":"AG-01","village":"32.16.01.2001","participant":"3216011708900001","amount":"1e9999","month":"2026-03"}]`, `[]`),
			422, "number.out_of_range", "activities[0].amount", "1e9999"},
		{"a basis of 1e9999 as a JSON number", "/v1/iuran", "", `{"month":"2026-05","segment":"BPU","programs":"JKK+JKM","basis":1e9999}`, 422, "number.out_of_range", "basis", "1e9999"},
		{"a year of thirty digits", "/v1/rencana", "", `{"village":"61.12.01.2001","year":202600000000000000000000000000,"roster":[]}`, 422, "number.out_of_range", "year", "2026••••••••••••••••••••••0000"},
		{"twenty-five fee months, over 24", "/v1/mitra", "", mitraBody(`[]`, `[`+strings.Repeat(`"2026-01",`, 24)+`"2026-01"]`), 413, "limit.list", "fees", "24"},
		{"a roster over its limit (2 here)", "/v1/rencana", "", `{"village":"61.12.01.2001","year":2026,"roster":[` + row + `,` + row + `,` + row + `]}`, 413, "limit.list", "roster", "2"},
		{"reliefs over the default list limit", "/v1/iuran", "", `{"reliefs":[` + strings.Repeat(`"PP50_2025",`, DefaultMaxList) + `"PP50_2025"]}`, 413, "limit.list", "reliefs", "1000"},
		{"nesting 40 deep", "/v1/iuran", "", `{"month":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, 400, "json.too_deep", "month" + strings.Repeat("[0]", MaxDepth-1), "32"},
		{"text/plain", "/v1/iuran", "text/plain", goodBill, 415, "request.content_type", "", "text/plain"},
		{"a form", "/v1/nik", "application/x-www-form-urlencoded", `{"nik":"3216015708900002"}`, 415, "request.content_type", "", "application/x-www-form-urlencoded"},
		{"no content type", "/v1/iuran", "-", goodBill, 415, "request.content_type", "", ""},
		{"JSON in another charset", "/v1/iuran", "application/json; charset=latin1", goodBill, 415, "request.content_type", "", "application/json; charset=latin1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req := newRequest("POST", tt.path, strings.NewReader(tt.body))
			switch tt.contentType {
			case "":
			case "-":
				req.Header.Del("Content-Type")
			default:
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			svc.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			var body ErrorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || len(body.Errors) == 0 {
				t.Fatalf("not a problem document: %v %s", err, rec.Body)
			}
			p := body.Errors[0]
			if string(p.Code) != tt.code || p.Field != tt.field || p.Value != tt.value {
				t.Errorf("first problem %s field %q value %q, want %s %q %q", p.Code, p.Field, p.Value, tt.code, tt.field, tt.value)
			}
			if body.Status != tt.status || body.Instance != tt.path || body.Type != "about:blank" {
				t.Errorf("problem document %+v", body)
			}
			s.conforms(t, "POST", tt.path, rec)
		})
	}
	// A charset of UTF-8 is application/json.
	req := newRequest("POST", "/v1/iuran", strings.NewReader(goodBill))
	req.Header.Set("Content-Type", "application/json; charset=UTF-8")
	rec := httptest.NewRecorder()
	svc.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Errorf("application/json; charset=UTF-8: %d %s", rec.Code, rec.Body)
	}
}

// An echoed value is never long: a key of 100,000 characters is named by
// its first 120, and 10,000 unknown keys make at most MaxProblems problems.
func TestEchoBounded(t *testing.T) {
	h := testService(t)
	long := strings.Repeat("k", 100_000)
	var many strings.Builder
	many.WriteString(`{`)
	for i := range 900 {
		if i > 0 {
			many.WriteString(",")
		}
		many.WriteString(`"k` + strings.Repeat("x", i) + `":1`)
	}
	many.WriteString(`}`)
	for name, body := range map[string]string{
		"a long unknown key":     `{"` + long + `":1}`,
		"a long duplicated key":  `{"` + long + `":1,"` + long + `":2}`,
		"a long invalid month":   `{"month":"` + long + `"}`,
		"many miscased controls": `{"reliefs":[` + strings.Repeat(`"a\u0001",`, 999) + `"b"]}`,
		"many unknown keys":      many.String(),
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, newRequest("POST", "/v1/iuran", strings.NewReader(body)))
		if rec.Code < 400 || rec.Code >= 500 || rec.Body.Len() > 64<<10 {
			t.Errorf("%s: %d, %d bytes", name, rec.Code, rec.Body.Len())
		}
	}
}

// 404 and 405 are problem documents; 405 names the methods allowed.
func TestNotFoundAndMethod(t *testing.T) {
	h := testService(t)
	s := loadSpec(t)
	for _, tt := range []struct {
		method, path string
		status       int
		code, allow  string
	}{
		{"GET", "/nope", 404, "request.not_found", ""},
		{"GET", "/v1/nik/3216015708900002", 404, "request.not_found", ""},
		{"GET", "/v1/iuran", 405, "request.method", "POST"},
		{"DELETE", "/healthz", 405, "request.method", "GET, HEAD"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, newRequest(tt.method, tt.path, nil))
		if rec.Code != tt.status || !strings.Contains(rec.Body.String(), `"code":"`+tt.code+`"`) || rec.Header().Get("Allow") != tt.allow {
			t.Errorf("%s %s: %d Allow %q %s", tt.method, tt.path, rec.Code, rec.Header().Get("Allow"), rec.Body)
		}
		if strings.Contains(rec.Body.String(), "3216015708900002") {
			t.Errorf("%s %s: the path's NIK is echoed in full: %s", tt.method, tt.path, rec.Body)
		}
		s.conforms(t, tt.method, tt.path, rec)
	}
}

// NIKs are masked in every answer by default, and in full only with ?nik=full.
func TestNIKsMasked(t *testing.T) {
	h := testService(t)
	s := loadSpec(t)
	rejected := mitraBody(`[{"kind":"REFERRAL","date":"2026-03-11","partner":"AG-01","village":"33.01.01.2001","participant":"3301011708900003"}]`, `[]`)
	for _, tt := range []struct {
		path, body, full, masked string
	}{
		{"/v1/rencana", oneRoster, `"nik":"` + budiNIK + `"`, `"nik":"` + budiMasked + `"`},
		{"/v1/mitra", rejected, `"participant":"3301011708900003"`, `"participant":"3301••••••••0003"`},
	} {
		for _, query := range []string{"", "?nik=full"} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, newRequest("POST", tt.path+query, strings.NewReader(tt.body)))
			if rec.Code != 200 {
				t.Fatalf("%s%s: %d %s", tt.path, query, rec.Code, rec.Body)
			}
			want, not := tt.masked, tt.full
			if query != "" {
				want, not = tt.full, tt.masked
			}
			if !strings.Contains(rec.Body.String(), want) || strings.Contains(rec.Body.String(), not) {
				t.Errorf("%s%s: want %s and not %s:\n%.1500s", tt.path, query, want, not, rec.Body)
			}
			s.conforms(t, "POST", tt.path, rec)
		}
	}
}

// Compact JSON by default; indented with ?pretty=1 or Options.Pretty.
func TestPretty(t *testing.T) {
	pretty, err := New(Options{Pretty: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		h    http.Handler
		path string
		want string
	}{
		{"default", testService(t), "/healthz", "{\"status\":\"ok\"}\n"},
		{"?pretty=1", testService(t), "/healthz?pretty=1", "{\n  \"status\": \"ok\"\n}\n"},
		{"Options.Pretty", pretty, "/healthz", "{\n  \"status\": \"ok\"\n}\n"},
	} {
		rec := httptest.NewRecorder()
		tt.h.ServeHTTP(rec, newRequest("GET", tt.path, nil))
		if rec.Body.String() != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, rec.Body, tt.want)
		}
	}
}

// One request more than MaxConcurrent is answered at once with 503 and
// Retry-After; GET /healthz still answers.
func TestBusy(t *testing.T) {
	svc, err := New(Options{MaxConcurrent: 1})
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	slow := svc.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		close(started)
		<-release
	}))
	done := make(chan struct{})
	go func() {
		slow.ServeHTTP(httptest.NewRecorder(), newRequest("GET", "/slow", nil))
		close(done)
	}()
	<-started
	rec := httptest.NewRecorder()
	svc.ServeHTTP(rec, newRequest("POST", "/v1/iuran", strings.NewReader(goodBill)))
	if rec.Code != 503 || rec.Header().Get("Retry-After") != "1" || !strings.Contains(rec.Body.String(), `"code":"service.busy"`) {
		t.Errorf("busy: %d Retry-After %q %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	loadSpec(t).conforms(t, "POST", "/v1/iuran", rec)
	health := httptest.NewRecorder()
	svc.ServeHTTP(health, newRequest("GET", "/healthz", nil))
	if health.Code != 200 {
		t.Errorf("GET /healthz while busy: %d", health.Code)
	}
	close(release)
	<-done
	rec = httptest.NewRecorder()
	svc.ServeHTTP(rec, newRequest("POST", "/v1/iuran", strings.NewReader(goodBill)))
	if rec.Code != 200 {
		t.Errorf("after the slot is free: %d %s", rec.Code, rec.Body)
	}
}

// Work on a request whose deadline has passed stops between its steps and
// is answered with 503.
func TestDeadline(t *testing.T) {
	svc, err := New(Options{RequestTimeout: time.Nanosecond})
	if err != nil {
		t.Fatal(err)
	}
	for path, body := range map[string]string{"/v1/rencana": oneRoster, "/v1/mitra": mitraBody(`[]`, `["2026-03"]`)} {
		rec := httptest.NewRecorder()
		svc.ServeHTTP(rec, newRequest("POST", path, strings.NewReader(body)))
		if rec.Code != 503 || !strings.Contains(rec.Body.String(), `"code":"service.deadline"`) || rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Body)
		}
		loadSpec(t).conforms(t, "POST", path, rec)
	}
}

// Work that stops for the request's context (partner processing and
// progress look at it inside their loops) is answered as a passed deadline,
// 503; any other error of that work stays as it is.
func TestStoppedWork(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gone := newRequest("POST", "/v1/mitra", strings.NewReader("{}")).WithContext(ctx)
	var p *problem.Error
	if err := orStopped(gone, context.Canceled); !errors.As(err, &p) || p.Code != "service.deadline" || Status(err) != 503 {
		t.Errorf("work stopped for a client gone: %v", err)
	}
	other := errors.New("another error")
	if err := orStopped(newRequest("POST", "/v1/mitra", strings.NewReader("{}")), other); err != other {
		t.Errorf("an error of a live request became %v", err)
	}
}

// The access log has one JSON record per request with method, path,
// status, duration and size, and nothing of the body or the query.
func TestAccessLog(t *testing.T) {
	var logs bytes.Buffer
	svc, err := New(Options{AccessLog: slog.New(slog.NewJSONHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	svc.ServeHTTP(rec, newRequest("POST", "/v1/nik?lang=en", strings.NewReader(`{"nik":"3216015708900002"}`)))
	svc.ServeHTTP(httptest.NewRecorder(), newRequest("GET", "/v1/nik/3216015708900002", nil))
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d records: %s", len(lines), &logs)
	}
	var r struct {
		Msg, Method, Path string
		Status, Size      int
		Duration          int64
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.Msg != "request" || r.Method != "POST" || r.Path != "/v1/nik" || r.Status != 200 || r.Size != rec.Body.Len() || r.Duration <= 0 {
		t.Errorf("record %+v from %s", r, lines[0])
	}
	if strings.Contains(logs.String(), "3216015708900002") || strings.Contains(logs.String(), "lang=en") {
		t.Errorf("the log holds a NIK or a query: %s", &logs)
	}
	if !strings.Contains(lines[1], `"path":"/v1/nik/3216••••••••0002"`) || !strings.Contains(lines[1], `"status":404`) {
		t.Errorf("the 404 record: %s", lines[1])
	}
}

// Long text is text, not a number: only a string written as a number is
// held to the bounds of numbers.
func TestLongTextIsNoNumber(t *testing.T) {
	for _, s := range []string{strings.Repeat("a", 5000), "12abc", "1e", "-", ".", "1.2.3", "PP50_2025"} {
		if probs := precheck([]byte(`{"x":"`+s+`"}`), nil, nil); len(probs) != 0 {
			t.Errorf("%.20q: %v", s, probs)
		}
	}
	for _, s := range []string{strings.Repeat("9", 25), "1e16", "-1E-99", "1.5e+100000000000000000000"} {
		if probs := precheck([]byte(`{"x":"`+s+`"}`), nil, nil); len(probs) != 1 || probs[0].Code != "number.out_of_range" {
			t.Errorf("%.30q: %v", s, probs)
		}
	}
}
