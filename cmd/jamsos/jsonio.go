package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
)

// errInvalidJSON is the sentinel of every problem with a JSON document itself.
var errInvalidJSON = errors.New("jamsos: invalid JSON")

// errorBody is the shape of every error response: the problems, each with
// its code, field, value and messages.
type errorBody struct {
	Errors problem.List `json:"errors"`
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// decodeStrict reads exactly one JSON value into v, rejecting unknown fields,
// and turns every failure into a problem with the field at fault.
func decodeStrict(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonProblem(err)
	}
	if dec.More() {
		return problem.New(errInvalidJSON, "json.trailing", "", "",
			"ada data lain setelah dokumen JSON", "there is more data after the JSON document")
	}
	return nil
}

func jsonProblem(err error) error {
	var (
		syntax   *json.SyntaxError
		typ      *json.UnmarshalTypeError
		tooLarge *http.MaxBytesError
		one      *problem.Error
		list     problem.List
	)
	switch {
	case errors.As(err, &list), errors.As(err, &one):
		return err // a field's own parser said what is wrong
	case errors.As(err, &tooLarge):
		return problem.New(errInvalidJSON, "json.too_large", "", fmt.Sprint(tooLarge.Limit),
			"dokumen terlalu besar", "the document is too large")
	case errors.Is(err, io.EOF):
		return problem.New(errInvalidJSON, "json.empty", "", "", "dokumen JSON kosong", "the JSON document is empty")
	case errors.As(err, &syntax):
		return problem.New(errInvalidJSON, "json.syntax", "", fmt.Sprintf("offset %d", syntax.Offset),
			"JSON tidak sah: "+syntax.Error(), "malformed JSON: "+syntax.Error())
	case errors.As(err, &typ):
		return problem.New(errInvalidJSON, "json.type", typ.Field, jsonerr.Kind(typ),
			"jenis nilai salah, seharusnya "+typ.Type.String(), "wrong type of value, want "+typ.Type.String())
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return problem.New(errInvalidJSON, "json.unknown_field", name, "",
			"kolom tidak dikenal", "unknown field")
	}
	return problem.New(errInvalidJSON, "json.invalid", "", "",
		"JSON tidak dapat dibaca: "+jsonerr.Reason(err), "the JSON cannot be read: "+jsonerr.Reason(err))
}
