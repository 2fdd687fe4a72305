// Package jsonerr describes the errors of encoding/json in words that never
// repeat the input. encoding/json quotes a rejected number in full ("cannot
// unmarshal number 3216010101900001.5 into Go value of type int"), and that
// number may be a person's NIK; the descriptions here name only the kind of
// value, the Go type wanted and where the input went wrong.
//
// It is for this module's readers of JSON only.
package jsonerr

import (
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// Kind names the JSON type of the value e rejected: "number", "string",
// "bool", "array" or "object". encoding/json writes the rejected number
// after the kind for some errors; Kind leaves it out.
func Kind(e *json.UnmarshalTypeError) string {
	kind, _, _ := strings.Cut(e.Value, " ")
	if kind == "" {
		return "value"
	}
	return kind
}

// Reason describes err, an error from encoding/json, in one English line
// without the "json: " prefix and without any value from the input: a
// syntax error keeps its text (which quotes at most one character), a
// wrong type names the kind of value and the type wanted, a document cut
// short says so, and anything else has every number as long as a NIK
// masked.
func Reason(err error) string {
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &syntax):
		return syntax.Error()
	case errors.As(err, &typ):
		s := "cannot read a JSON " + Kind(typ) + " as " + typ.Type.String()
		if typ.Field != "" {
			s += " at " + typ.Field
		}
		return s
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "unexpected end of input"
	}
	return problem.MaskDigits(strings.TrimPrefix(err.Error(), "json: "), problem.IDDigits)
}
