package service

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

// ErrInvalidJSON is the sentinel of every problem with a JSON document
// itself, rather than with a value in it: malformed, empty, too large,
// followed by more data, holding an unknown field or a value of the wrong
// JSON type. The service answers such a request with 400 (413 when too
// large); see [Status].
var ErrInvalidJSON = errors.New("jamsos: invalid JSON")

// ErrorBody is the shape of every error response and of the command line's
// problems in JSON: every problem, each with its code, field, masked value
// and messages.
type ErrorBody struct {
	Errors problem.List `json:"errors"`
}

// WriteJSON writes v as the service writes every body: indented JSON with
// HTML left unescaped, followed by a newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Decode reads exactly one JSON value from r into v, rejecting unknown
// fields and data after the value, and turns every failure into a problem
// with the field at fault. A value its field's own parser rejects (a month
// "2026-13", an unknown segment) keeps that parser's problem, which is not
// an [ErrInvalidJSON]: the document is well formed, a value in it breaks a
// rule. Decode does not limit what it reads; wrap r in
// [http.MaxBytesReader] (as [Service.DecodeRequest] does) for a request.
func Decode(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonProblem(err)
	}
	if dec.More() {
		return problem.New(ErrInvalidJSON, "json.trailing", "", "",
			"ada data lain setelah dokumen JSON", "there is more data after the JSON document")
	}
	return nil
}

// jsonProblem turns an error of encoding/json into a problem. It is the
// service's one mapping of decoding errors; the words come from
// internal/jsonerr, which never repeats the input.
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
		return problem.New(ErrInvalidJSON, "json.too_large", "", fmt.Sprint(tooLarge.Limit),
			"dokumen terlalu besar", "the document is too large")
	case errors.Is(err, io.EOF):
		return problem.New(ErrInvalidJSON, "json.empty", "", "", "dokumen JSON kosong", "the JSON document is empty")
	case errors.As(err, &syntax):
		return problem.New(ErrInvalidJSON, "json.syntax", "", fmt.Sprintf("offset %d", syntax.Offset),
			"JSON tidak sah: "+syntax.Error(), "malformed JSON: "+syntax.Error())
	case errors.As(err, &typ):
		return problem.New(ErrInvalidJSON, "json.type", typ.Field, jsonerr.Kind(typ),
			"jenis nilai salah, seharusnya "+typ.Type.String(), "wrong type of value, want "+typ.Type.String())
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return problem.New(ErrInvalidJSON, "json.unknown_field", name, "",
			"kolom tidak dikenal", "unknown field")
	}
	return problem.New(ErrInvalidJSON, "json.invalid", "", "",
		"JSON tidak dapat dibaca: "+jsonerr.Reason(err), "the JSON cannot be read: "+jsonerr.Reason(err))
}

// Status is the HTTP status the service answers err with:
//
//   - 413 Content Too Large when the body is over its limit ("json.too_large");
//   - 400 Bad Request when the body is not a JSON document of the expected
//     shape (any [ErrInvalidJSON] problem): malformed, empty, trailing data,
//     an unknown field, a value of the wrong JSON type, a required field left
//     out;
//   - 422 Unprocessable Content otherwise: the document is well formed and a
//     value in it breaks a rule, including a value its field cannot read
//     (the month "2026-13", the segment "XYZ", the date "2026-02-30", a NIK
//     with a bad birth date).
//
// A document with problems of both kinds is answered with the first status
// in this list that applies.
func Status(err error) int {
	var l problem.List
	l.Add(err)
	status := http.StatusUnprocessableEntity
	for _, p := range l {
		switch {
		case p.Code == "json.too_large":
			return http.StatusRequestEntityTooLarge
		case errors.Is(p, ErrInvalidJSON):
			status = http.StatusBadRequest
		}
	}
	return status
}
