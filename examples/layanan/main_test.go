package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
)

// A request that is not valid JSON gets the same shape of answer as one
// with problems, and a NIK sent as the income is masked in it.
func TestBadRequest(t *testing.T) {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for body, want := range map[string]string{
		`{"month":"2026-05","income":"3216011708900001x"}`: `"code":"request.json"`,
		`{"month":"2026-13","income":"1500000"}`:           `"code":"month.`,
		`{`:                                                `"code":"request.json"`,
	} {
		rec := httptest.NewRecorder()
		billing{calc: calc}.ServeHTTP(rec, httptest.NewRequest("POST", "/tagihan", strings.NewReader(body)))
		got := rec.Body.String()
		if rec.Code != http.StatusBadRequest || !strings.Contains(got, `{"errors":[{`) || !strings.Contains(got, want) {
			t.Errorf("%s: %d %s", body, rec.Code, got)
		}
		if strings.Contains(got, "3216011708900001") {
			t.Errorf("%s: the NIK is shown in full: %s", body, got)
		}
	}
}

func TestDemo(t *testing.T) {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /tagihan", billing{calc: calc})
	var out bytes.Buffer
	if err := demo(&out, mux); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// A transport worker on Rp1,500,000 in May 2026 (PP 50/2025): JKK 1% = 15,000
		// halved to 7,500; JKM 6,800 halved to 3,400; JHT 2% = 30,000, not discounted.
		`200 {"billed":"40900"`,
		`"words":"empat puluh ribu sembilan ratus rupiah"`,
		`422 {"errors":[{"code":"regulation.no_rule_in_force"`,
		`"code":"basis.not_positive"`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %s:\n%s", want, &out)
		}
	}
}
