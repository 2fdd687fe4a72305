package service

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// failing is a value encoding/json cannot write.
type failing struct{}

func (failing) MarshalJSON() ([]byte, error) { return nil, errors.New("cannot encode") }

// A placeholder NIK (first digit 0) tells no birth date and no sex: its
// report leaves them out instead of failing to encode (the zero
// membership.Sex has no text).
func TestPlaceholderNIKReport(t *testing.T) {
	rec := httptest.NewRecorder()
	testService(t).ServeHTTP(rec, newRequest("POST", "/v1/nik", strings.NewReader(`{"nik":"0216015708900002","allow_placeholder":true}`)))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"placeholder":true`) {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	for _, absent := range []string{`"sex"`, `"birth_date"`} {
		if strings.Contains(rec.Body.String(), absent) {
			t.Errorf("the placeholder's report has %s: %s", absent, rec.Body)
		}
	}
	loadSpec(t).conforms(t, "POST", "/v1/nik", rec)
}

// An answer that cannot be encoded is a 500 problem, never a 200 with an
// empty or cut body.
func TestReplyEncodeFailure(t *testing.T) {
	svc, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	svc.Reply(rec, httptest.NewRequest("GET", "/v1/aturan", nil), http.StatusOK, failing{})
	if rec.Code != http.StatusInternalServerError || rec.Header().Get("Content-Type") != "application/problem+json" ||
		!strings.Contains(rec.Body.String(), `"code":"internal"`) {
		t.Fatalf("status %d %s: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
}
