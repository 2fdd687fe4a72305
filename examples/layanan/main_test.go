package main

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
)

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
