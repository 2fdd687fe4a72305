package service

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// POST /v1/rencana names the village from Kemendagri's 2025 list
// (61.12.01.2001 is Desa Sungai Raya, Kecamatan Sungai Raya, Kabupaten Kubu
// Raya) and warns of a village code the list does not have (61.12.01.2099),
// as `jamsos rencana` does; the answer conforms to the document.
func TestRencanaNames(t *testing.T) {
	h := testService(t)
	s := loadSpec(t)
	roster := `"roster":[{"nik":"6112011708900001","name":"Budi","group":"informal"}]`
	for _, c := range []struct {
		village string
		want    []string
		lacks   string
	}{
		{"61.12.01.2001", []string{`"name":"Desa Sungai Raya"`, `"regency":"Kabupaten Kubu Raya"`}, "region.unlisted_village"},
		{"61.12.01.2099", []string{`"code":"region.unlisted_village"`}, ""},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, newRequest("POST", "/v1/rencana", strings.NewReader(`{"village":"`+c.village+`","year":2026,`+roster+`}`)))
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", c.village, rec.Code, rec.Body)
		}
		for _, w := range c.want {
			if !strings.Contains(rec.Body.String(), w) {
				t.Errorf("%s: answer lacks %s:\n%.1500s", c.village, w, rec.Body)
			}
		}
		if c.lacks != "" && strings.Contains(rec.Body.String(), c.lacks) {
			t.Errorf("%s: answer has %s", c.village, c.lacks)
		}
		s.conforms(t, "POST", "/v1/rencana", rec)
	}
}
