package service

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/regulation"
)

// POST /v1/nik without "on" reads the NIK on Options.Today: day 17, month
// 08, year 30 is 1930-08-17 on 1 December 2026 (2030-08-17 would be in the
// future) and 2030-08-17 on 1 January 2031.
func TestNIKOnToday(t *testing.T) {
	for _, c := range []struct {
		today regulation.Date
		want  string
	}{
		{regulation.MustDate(2026, 12, 1), `"birth_date":"1930-08-17"`},
		{regulation.MustDate(2031, 1, 1), `"birth_date":"2030-08-17"`},
	} {
		svc, err := New(Options{Today: func() regulation.Date { return c.today }})
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		svc.ServeHTTP(rec, newRequest("POST", "/v1/nik", strings.NewReader(`{"nik":"3216011708300001"}`)))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), c.want) {
			t.Errorf("today %s: %d %s, want %s", c.today, rec.Code, rec.Body, c.want)
		}
	}
}
