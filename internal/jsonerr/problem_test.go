package jsonerr

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
)

var errReader = errors.New("reader: bad document")

type month struct{}

// UnmarshalText rejects every month with a problem of its own, as the
// module's types do.
func (m *month) UnmarshalText(b []byte) error {
	return problem.New(errReader, "month.invalid", "", problem.Clip(string(b)), "bulan tidak sah", "not a month")
}

type request struct {
	Month  month    `json:"month"`
	Income int      `json:"income"`
	Tags   []string `json:"tags"`
	Nested struct {
		Flag bool `json:"flag"`
	} `json:"nested"`
}

// Every error of encoding/json becomes one problem with its code, field and
// status; a value's own problem is kept at its field.
func TestProblem(t *testing.T) {
	for _, tt := range []struct {
		name, doc    string
		code         problem.Code
		field, value string
		status       int
	}{
		{"RFC 8259: an empty text is not JSON", "", "json.syntax", "", "", 400},
		{"only white space", " \n ", "json.syntax", "", "", 400},
		{"a syntax error", `{"income": x}`, "json.syntax", "", "offset 12", 400},
		{"cut short", `{"income": 1`, "json.syntax", "", "", 400},
		{"a string for a number", `{"income": "many"}`, "json.type", "income", "string", 400},
		{"a NIK for an int", `{"income": 3216010101900001.5}`, "json.type", "income", "number", 400},
		{"a number for a list", `{"tags": 3}`, "json.type", "tags", "number", 400},
		{"a nested field", `{"nested": {"flag": "yes"}}`, "json.type", "nested.flag", "string", 400},
		{"an unknown field", `{"salary": 1}`, "json.unknown_field", "salary", "", 400},
		{"trailing data", `{} {}`, "json.trailing", "", "", 400},
		// encoding/json does not say which field an UnmarshalText error
		// is of: the problem keeps the field its type gave it.
		{"a value's own problem", `{"month": "2026-13"}`, "month.invalid", "", "2026-13", 422},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v request
			err := Decode(strings.NewReader(tt.doc), &v, Options{Sentinel: errReader})
			var l problem.List
			if !errors.As(err, &l) || len(l) != 1 {
				t.Fatalf("Decode: %v", err)
			}
			p := l[0]
			if p.Code != tt.code || p.Field != tt.field || p.Value != tt.value || !errors.Is(p, errReader) {
				t.Errorf("got %s at %q (%q), want %s at %q (%q)", p.Code, p.Field, p.Value, tt.code, tt.field, tt.value)
			}
			if got := Status(err); got != tt.status {
				t.Errorf("Status = %d, want %d", got, tt.status)
			}
			if p.ID == "" || p.EN == "" {
				t.Error("a message is missing")
			}
			masktest.Check(t, err)
		})
	}
}

// With the document, a syntax error is placed at its line, and a document
// cut short at its last line of text.
func TestProblemLines(t *testing.T) {
	for _, tt := range []struct{ doc, field string }{
		{"{\n\"a\": [\n{\"id\": x}]}", "line[3]"},
		{"{\n\"a\": [\n", "line[2]"},
		{"", "line[1]"},
	} {
		data := []byte(tt.doc)
		dec := json.NewDecoder(strings.NewReader(tt.doc))
		var v any
		err := dec.Decode(&v)
		l := Problem(err, Options{Data: data, Offset: dec.InputOffset(), At: ""})
		if len(l) != 1 || l[0].Field != tt.field || l[0].Code != "json.syntax" || !errors.Is(l[0], ErrMalformed) {
			t.Errorf("%q: %v", tt.doc, l)
		}
	}
	if p := TrailingData(Options{Data: []byte("[]\n\n[]")}, 4); p.Field != "line[3]" {
		t.Errorf("trailing data at %q", p.Field)
	}
}

func TestProblemOfAValueUnderAt(t *testing.T) {
	var v request
	err := json.Unmarshal([]byte(`{"month": "x", "income": "y"}`), &v)
	l := Problem(err, Options{At: "requests[2]"})
	if len(l) != 1 || l[0].Field != "requests[2]" || l[0].Code != "month.invalid" {
		t.Errorf("%v", l)
	}
	if Problem(nil, Options{}) != nil {
		t.Error("a problem for nil")
	}
	l = Problem(errors.New("json: cannot read 3216010101900001"), Options{At: "x"})
	if len(l) != 1 || l[0].Code != "json.value" || l[0].Field != "x" {
		t.Errorf("%v", l)
	}
	masktest.Check(t, l)
}

func TestCodes(t *testing.T) {
	o := Options{Codes: map[Fault]problem.Code{Syntax: "x.json", UnknownField: "x.unknown"}}
	if p := Unknown(o, "nama"); p.Code != "x.unknown" || p.Field != "nama" {
		t.Errorf("%+v", p)
	}
	if p := Repeated(Options{At: "roster[1]"}, "nik"); p.Code != "json.duplicate_field" || p.Field != "roster[1].nik" {
		t.Errorf("%+v", p)
	}
	if p := WrongType(Options{At: "a"}, "b", "string", "true"); p.Code != "json.type" || p.Field != "a.b" || p.Value != "true" {
		t.Errorf("%+v", p)
	}
	if l := Problem(io.ErrUnexpectedEOF, o); l[0].Code != "x.json" {
		t.Errorf("%+v", l[0])
	}
	if DefaultCode(TooLarge) != "json.too_large" || DefaultCode(numKinds) != "" {
		t.Error("DefaultCode")
	}
	if p := New(Options{}, Type, "f", "", "a", "b"); !errors.Is(p, ErrMalformed) || p.Code != "json.type" {
		t.Errorf("%+v", p)
	}
}

// A body over http.MaxBytesReader's limit is 413, whatever else is wrong.
func TestTooLarge(t *testing.T) {
	body := `{"income": 1, "tags": ["` + strings.Repeat("x", 200) + `"]}`
	rec := httptest.NewRecorder()
	r := http.MaxBytesReader(rec, io.NopCloser(strings.NewReader(body)), 64)
	var v request
	err := Decode(r, &v, Options{Sentinel: errReader})
	var l problem.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Code != "json.too_large" || l[0].Value != "64" ||
		!errors.Is(err, ErrTooLarge) || !errors.Is(err, errReader) || Status(err) != http.StatusRequestEntityTooLarge {
		t.Errorf("%v", err)
	}
	both := append(problem.List{Unknown(Options{}, "x")}, l...)
	if Status(both) != 413 || Status(nil) != 200 || Status(Unknown(Options{}, "x")) != 400 {
		t.Error("Status")
	}
}

func TestLines(t *testing.T) {
	data := []byte("a\nb\n\nc")
	l := NewLines(data)
	for _, tt := range []struct {
		off  int64
		want int
	}{{0, 1}, {2, 2}, {4, 3}, {5, 4}, {99, 4}, {1, 1}, {-1, 1}} {
		if got := l.At(tt.off); got != tt.want || LineAt(data, tt.off) != tt.want {
			t.Errorf("At(%d) = %d, LineAt %d, want %d", tt.off, got, LineAt(data, tt.off), tt.want)
		}
	}
}
