package service

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// spec is the OpenAPI document, loaded and validated once by kin-openapi,
// with a router to find each response's operation.
type spec struct {
	doc    *openapi3.T
	router routers.Router
}

var (
	specOnce sync.Once
	specVal  spec
	specErr  error
)

func (s *spec) load() error {
	specOnce.Do(func() {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(openAPI)
		if err != nil {
			specErr = err
			return
		}
		if err := doc.Validate(context.Background(), openapi3.EnableSchemaFormatValidation(), openapi3.EnableExamplesValidation()); err != nil {
			specErr = err
			return
		}
		// Route requests whatever their host: the document's server is
		// the command's default address, tests run elsewhere.
		routed := *doc
		routed.Servers = nil
		r, err := legacy.NewRouter(&routed)
		if err != nil {
			specErr = err
			return
		}
		specVal = spec{doc: doc, router: r}
	})
	*s = specVal
	return specErr
}

func loadSpec(t testing.TB) spec {
	t.Helper()
	var s spec
	if err := s.load(); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return s
}

// check validates an answer against the document: the documented response
// of its operation and status (by kin-openapi, with formats), or, for a
// request no operation takes (404, 405), the problem document's schema.
func (s spec) check(method, path string, status int, header http.Header, body []byte) error {
	req := httptest.NewRequest(method, path, nil)
	route, params, err := s.router.FindRoute(req)
	if err != nil {
		if status != http.StatusNotFound && status != http.StatusMethodNotAllowed {
			return err
		}
		if ct := header.Get("Content-Type"); ct != "application/problem+json" {
			return &json.UnsupportedValueError{Str: "Content-Type " + ct}
		}
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			return err
		}
		return s.doc.Components.Schemas["ErrorBody"].Value.VisitJSON(v, openapi3.EnableFormatValidation())
	}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 status,
		Header:                 header,
		Body:                   io.NopCloser(bytes.NewReader(body)),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	return openapi3filter.ValidateResponse(context.Background(), in)
}

// conforms fails t unless the recorded answer to method and path conforms
// to the document.
func (s spec) conforms(t testing.TB, method, path string, rec *httptest.ResponseRecorder) {
	t.Helper()
	path, _, _ = strings.Cut(path, "?")
	if err := s.check(method, path, rec.Code, rec.Header(), rec.Body.Bytes()); err != nil {
		t.Errorf("%s %s %d does not conform to openapi.json: %v\n%.2000s", method, path, rec.Code, err, rec.Body)
	}
}

// The validator can fail: answers that break the document are caught.
func TestSpecCatchesMismatches(t *testing.T) {
	s := loadSpec(t)
	json := http.Header{"Content-Type": {"application/json"}}
	problemJSON := http.Header{"Content-Type": {"application/problem+json"}}
	for _, tt := range []struct {
		name, method, path string
		status             int
		header             http.Header
		body               string
	}{
		{"an extra field and missing ones", "POST", "/v1/nik", 200, json, `{"nik":"x","extra":true}`},
		{"a sex outside the enum", "POST", "/v1/nik", 200, json, `{"nik":"x","valid":true,"placeholder":false,"district":"32.16.01",
			"province":"Jawa Barat","birth_date":"1990-08-17","sex":"X","serial":1}`},
		{"a date that is no date", "POST", "/v1/nik", 200, json, `{"nik":"x","valid":true,"placeholder":false,"district":"32.16.01",
			"province":"Jawa Barat","birth_date":"1990-13-17","sex":"MALE","serial":1}`},
		{"an area without its name", "POST", "/v1/nik", 200, json, `{"nik":"x","valid":true,"placeholder":false,"district":"32.16.01",
			"province":"Jawa Barat","serial":1,"area":{"province":{"code":"32"}}}`},
		{"a note that is no problem", "POST", "/v1/nik", 200, json, `{"nik":"x","valid":true,"placeholder":false,"district":"32.16.01",
			"province":"Jawa Barat","serial":1,"notes":["unlisted"]}`},
		{"an undocumented status", "GET", "/healthz", 418, json, `{}`},
		{"an error body as application/json", "POST", "/v1/iuran", 422, json, `{"errors":[]}`},
		{"an error body without status", "POST", "/v1/iuran", 422, problemJSON, `{"type":"about:blank","title":"x","errors":[]}`},
		{"a 404 as JSON of another shape", "GET", "/nope", 404, problemJSON, `{"error":"not found"}`},
	} {
		if err := s.check(tt.method, tt.path, tt.status, tt.header, []byte(tt.body)); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
}

// Every request example of the document is answered 200, and the answer
// conforms.
func TestSpecExamples(t *testing.T) {
	s := loadSpec(t)
	h := testService(t)
	n := 0
	for path, item := range s.doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" {
				t.Errorf("%s %s has no operationId", method, path)
			}
			if op.RequestBody == nil {
				continue
			}
			mt := op.RequestBody.Value.Content.Get("application/json")
			if mt == nil || mt.Example == nil {
				t.Errorf("%s %s has no request example", method, path)
				continue
			}
			body, _ := json.Marshal(mt.Example)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, newRequest(method, path, bytes.NewReader(body)))
			if rec.Code != 200 {
				t.Errorf("%s %s example: %d %s", method, path, rec.Code, rec.Body)
			}
			s.conforms(t, method, path, rec)
			n++
		}
	}
	if n != 5 {
		t.Errorf("%d request examples, want 5 (one per POST: iuran, nik, rencana, mitra, manfaat)", n)
	}
	if len(s.doc.Servers) == 0 || s.doc.Security == nil || len(s.doc.Security) != 0 {
		t.Errorf("servers %v, security %v: want a server and an empty security list", s.doc.Servers, s.doc.Security)
	}
}
