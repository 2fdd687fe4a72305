package jsonerr

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
)

var elevenDigits = regexp.MustCompile(`[0-9]{11,}`)

// decodeErr decodes doc into a new T and returns the error.
func decodeErr[T any](t *testing.T, doc string) error {
	t.Helper()
	var v T
	err := json.Unmarshal([]byte(doc), &v)
	if err == nil {
		t.Fatalf("%s decoded into %T without an error", doc, v)
	}
	return err
}

func TestReasonQuotesNoNumber(t *testing.T) {
	type person struct {
		Age int `json:"age"`
	}
	tests := []struct {
		name, want string
		err        error
		quoted     string // what encoding/json's own message repeats
	}{
		{"fraction into int", "cannot read a JSON number as int at age",
			decodeErr[person](t, `{"age": 3216010101900001.5}`), "3216010101900001"},
		{"too large for int", "cannot read a JSON number as int at age",
			decodeErr[person](t, `{"age": 32160101019000013216010101900001}`), "3216010101900001"},
		{"too large for float64", "cannot read a JSON number as float64",
			decodeErr[float64](t, strings.Repeat("1", 400)), strings.Repeat("1", 400)},
		{"string into int", "cannot read a JSON string as int at age",
			decodeErr[person](t, `{"age": "3216010101900001"}`), ""},
		{"cut short", "unexpected end of JSON input", decodeErr[person](t, `{"age": 32`), ""},
		{"syntax", "invalid character 'x' looking for beginning of value", decodeErr[person](t, `{"age": x}`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.quoted != "" && !strings.Contains(tt.err.Error(), tt.quoted) {
				t.Fatalf("encoding/json no longer repeats the number (%v): the case tests nothing", tt.err)
			}
			if got := Reason(tt.err); got != tt.want {
				t.Errorf("Reason = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReasonOfAReaderCutShort(t *testing.T) {
	var v any
	err := json.NewDecoder(strings.NewReader(`{"age": 32`)).Decode(&v)
	if got, want := Reason(err), "unexpected end of input"; got != want {
		t.Errorf("Reason(%v) = %q, want %q", err, got, want)
	}
}

func TestReasonMasksOtherErrors(t *testing.T) {
	err := errors.New("json: unknown field \"3216010101900001\"")
	if got, want := Reason(err), `unknown field "3216••••••••0001"`; got != want {
		t.Errorf("Reason = %q, want %q", got, want)
	}
	if got := Reason(errors.New("json: " + strings.Repeat("7", 300))); elevenDigits.MatchString(got) || len([]rune(got)) != 40 {
		t.Errorf("Reason of a long number = %q, want it masked and cut to 40 characters", got)
	}
}

func TestKind(t *testing.T) {
	for _, tt := range []struct{ value, want string }{
		{"number 3216010101900001.5", "number"},
		{"number", "number"},
		{"string", "string"},
		{"", "value"},
	} {
		if got := Kind(&json.UnmarshalTypeError{Value: tt.value}); got != tt.want {
			t.Errorf("Kind(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
