package main

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func testMux(t *testing.T) http.Handler {
	t.Helper()
	mux, err := newMux(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return mux
}

// The program's own route and the mounted jamsos route answer bad input
// alike, since both go through package service: a body that is not JSON of
// the expected shape is 400, a month that does not exist is 422 (the
// document is sound, a value in it breaks a rule), a body over the 64 KiB
// set here is 413. A NIK sent as an amount is masked in every answer.
func TestBadRequest(t *testing.T) {
	h := testMux(t)
	big := strings.Repeat(" ", 64<<10)
	for _, tt := range []struct {
		name, tagihan, iuran string
		status               int
		code                 string
	}{
		{"a month that does not exist", `{"month":"2026-13","income":"1500000"}`, `{"month":"2026-13","segment":"BPU"}`,
			http.StatusUnprocessableEntity, `"code":"month.`},
		{"a NIK as an amount", `{"month":"2026-05","income":"3216011708900001x"}`, `{"month":"2026-05","basis":"3216011708900001x"}`,
			http.StatusBadRequest, `"code":"json.invalid"`},
		{"cut short", `{`, `{`, http.StatusBadRequest, `"code":"json.`},
		{"unknown field", `{"salary":1}`, `{"salary":1}`, http.StatusBadRequest, `"code":"json.unknown_field"`},
		{"over the body limit", `{"month":"2026-05"` + big + `}`, `{"month":"2026-05"` + big + `}`,
			http.StatusRequestEntityTooLarge, `"code":"json.too_large"`},
	} {
		for path, body := range map[string]string{"/tagihan": tt.tagihan, "/v1/iuran": tt.iuran} {
			t.Run(tt.name+" "+path, func(t *testing.T) {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest("POST", path, strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				h.ServeHTTP(rec, req)
				got := rec.Body.String()
				if rec.Code != tt.status || !strings.HasPrefix(got, `{"type":"about:blank","title":`) || !strings.Contains(got, tt.code) {
					t.Errorf("%d %s, want %d with %s", rec.Code, got, tt.status, tt.code)
				}
				if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
					t.Errorf("Content-Type %q", ct)
				}
				if strings.Contains(got, "3216011708900001") {
					t.Errorf("the NIK is shown in full: %s", got)
				}
			})
		}
	}
}

func TestDemo(t *testing.T) {
	var out bytes.Buffer
	if err := demo(&out, testMux(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// A transport worker on Rp1,500,000 in May 2026 (PP 50/2025): JKK 1% = 15,000
		// halved to 7,500; JKM 6,800 halved to 3,400; JHT 2% = 30,000, not discounted.
		`200 {"billed":"40900"`,
		`"words":"empat puluh ribu sembilan ratus rupiah"`,
		`422 {"type":"about:blank","title":"Unprocessable Entity","status":422`,
		`"errors":[{"code":"regulation.no_rule_in_force"`,
		`"code":"basis.not_positive"`,
		// The mounted jamsos route: 3216015708900002 is a woman (day 57 = 17 + 40)
		// born on 17 August 1990, her NIK shown masked.
		`"birth_date":"1990-08-17"`, `"nik":"3216••••••••0002"`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %s:\n%s", want, &out)
		}
	}
	if strings.Count(out.String(), "3216015708900002") != 1 {
		t.Errorf("the NIK appears in full outside its request:\n%s", &out)
	}
}
