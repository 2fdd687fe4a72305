// Package jsonerr is the one place where an error of decoding JSON becomes
// a problem: [Problem] maps every error of encoding/json (malformed, cut
// short or empty input, a value of the wrong type, an unknown field, a body
// over its limit) to a [problem.Error] with a stable code, the field path at
// fault and a message in Indonesian and English, and [Status] gives the HTTP
// status of a list of such problems. [Unknown], [Repeated], [WrongType]
// and [TrailingData] build the same problems for readers that walk
// a document token by token, and [Decode] is the strict decoding of one
// document that they all share.
//
// The words never repeat the input: encoding/json quotes a rejected number
// in full ("cannot unmarshal number 3216010101900001.5 into Go value of
// type int"), and that number may be a person's NIK; the descriptions here
// name only the kind of value, the kind wanted and where the input went
// wrong.
//
// It is for this module's readers of JSON only.
package jsonerr

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strconv"
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

// ErrMalformed is what every problem [Problem] and the other builders make
// unwraps to, besides the caller's sentinel, when the document itself is
// at fault: it is malformed, empty, has data after its value, an unknown
// or repeated field, or a value of the wrong JSON type. HTTP 400.
var ErrMalformed = errors.New("jsonerr: malformed JSON document")

// ErrTooLarge is what the problem of a document over its size limit
// unwraps to, besides the caller's sentinel. HTTP 413.
var ErrTooLarge = errors.New("jsonerr: JSON document too large")

// Fault is the kind of a problem with a JSON document.
type Fault uint8

// The faults, each with its default code.
const (
	Syntax         Fault = iota // malformed or cut short ("json.syntax")
	Empty                       // nothing but white space ("json.syntax": an empty document is not JSON)
	Trailing                    // more data after the value ("json.trailing")
	Type                        // a value of the wrong JSON type ("json.type")
	UnknownField                // a field the type does not have ("json.unknown_field")
	DuplicateField              // a field given twice ("json.duplicate_field")
	TooLarge                    // over the size limit ("json.too_large")
	Value                       // a value that cannot be read for another reason ("json.value")
	numKinds
)

var defaultCodes = [numKinds]problem.Code{
	Syntax:         "json.syntax",
	Empty:          "json.syntax",
	Trailing:       "json.trailing",
	Type:           "json.type",
	UnknownField:   "json.unknown_field",
	DuplicateField: "json.duplicate_field",
	TooLarge:       "json.too_large",
	Value:          "json.value",
}

// DefaultCode returns the code of problems of fault k when [Options.Codes]
// gives none.
func DefaultCode(k Fault) problem.Code {
	if k >= numKinds {
		return ""
	}
	return defaultCodes[k]
}

// Options say how a reader names its problems. The zero value is usable.
type Options struct {
	// Sentinel is what every problem unwraps to, besides ErrMalformed or
	// ErrTooLarge (the reader's own, such as partner.ErrMalformedInput).
	Sentinel error
	// At is the field path of the value being decoded within its document
	// ("partners[3]"), put in front of the field an error names.
	At string
	// Data is the whole document, when the reader has it: a syntax error
	// or a document cut short is then placed at its line, as the field
	// path "line[7]". Without it, a syntax error names its byte offset in
	// its value.
	Data []byte
	// Offset is where the decoder stopped (json.Decoder.InputOffset), for
	// an error that carries no offset of its own.
	Offset int64
	// Codes are the codes of the problems, by fault; a fault not in Codes
	// has its DefaultCode.
	Codes map[Fault]problem.Code
}

// Problem turns err, an error from decoding JSON with encoding/json, into
// problems:
//
//   - problems a value's own UnmarshalJSON or UnmarshalText reported (a NIK
//     that is not one) are kept, with o.At put in front of their fields;
//   - malformed or cut-short input is Syntax, at its line when o.Data is
//     given; no input at all is Empty;
//   - a value of the wrong JSON type is Type, at the value's field, with
//     the kind given as its value;
//   - an unknown field (json.Decoder.DisallowUnknownFields) is
//     UnknownField, at that field;
//   - a body over its limit (*http.MaxBytesError) is TooLarge, with the
//     limit as its value;
//   - anything else is Value, described by [Reason].
//
// A nil err gives nil.
func Problem(err error, o Options) problem.List {
	if err == nil {
		return nil
	}
	var (
		syntax   *json.SyntaxError
		typ      *json.UnmarshalTypeError
		tooLarge *http.MaxBytesError
		one      *problem.Error
		list     problem.List
	)
	switch {
	case errors.As(err, &list), errors.As(err, &one):
		var out problem.List
		out.AddField(o.At, err)
		return out
	case errors.As(err, &tooLarge):
		return problem.List{o.problem(TooLarge, o.At, strconv.FormatInt(tooLarge.Limit, 10),
			"dokumen lebih besar dari batasnya ("+strconv.FormatInt(tooLarge.Limit, 10)+" byte)",
			"the document is larger than its limit ("+strconv.FormatInt(tooLarge.Limit, 10)+" bytes)")}
	case errors.Is(err, io.EOF) && len(bytes.TrimSpace(o.Data)) == 0:
		return problem.List{o.problem(Empty, o.position(0), "",
			"JSON tidak sah: dokumen kosong", "malformed JSON: the document is empty")}
	case errors.As(err, &syntax):
		field, value := o.position(syntax.Offset), ""
		if o.Data == nil {
			value = "offset " + strconv.FormatInt(syntax.Offset, 10)
		}
		return problem.List{o.problem(Syntax, field, value, "JSON tidak sah: "+syntax.Error(), "malformed JSON: "+syntax.Error())}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		end := int64(len(bytes.TrimRight(o.Data, " \t\r\n")))
		return problem.List{o.problem(Syntax, o.position(end), "",
			"JSON tidak sah: dokumen terpotong", "malformed JSON: the document is cut short")}
	case errors.As(err, &typ):
		return problem.List{WrongType(o, typ.Field, Want(typ.Type), Kind(typ))}
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if n, uerr := strconv.Unquote(name); uerr == nil {
			name = n
		}
		return problem.List{Unknown(o, name)}
	}
	return problem.List{o.problem(Value, o.At, "",
		"nilai tidak dapat dibaca: "+Reason(err), "the value cannot be read: "+Reason(err))}
}

// position is the field path of a byte offset of the document: its line
// when the document is known, o.At otherwise.
func (o Options) position(offset int64) string {
	if o.Data == nil {
		return o.At
	}
	return problem.Join(o.At, "line["+strconv.Itoa(LineAt(o.Data, offset))+"]")
}

func (o Options) problem(k Fault, field, value, id, en string) *problem.Error {
	code, ok := o.Codes[k]
	if !ok {
		code = defaultCodes[k]
	}
	kind := ErrMalformed
	if k == TooLarge {
		kind = ErrTooLarge
	}
	sentinel := error(kind)
	if o.Sentinel != nil {
		sentinel = &both{o.Sentinel, kind}
	}
	return problem.New(sentinel, code, field, value, id, en)
}

// both is a sentinel that is two: the reader's own and this package's.
type both struct{ reader, kind error }

func (b *both) Error() string   { return b.reader.Error() }
func (b *both) Unwrap() []error { return []error{b.reader, b.kind} }

// New is a problem of fault f with messages of the reader's own, for a
// reader that can say more than the general words (what a field holds).
func New(o Options, f Fault, field, value, id, en string) *problem.Error {
	return o.problem(f, field, value, id, en)
}

// Unknown is the problem of a field name the document may not have,
// at o.At joined with name (cut to 40 characters).
func Unknown(o Options, name string) *problem.Error {
	return o.problem(UnknownField, problem.Join(o.At, problem.Clip(name)), "", "kolom tidak dikenal", "unknown field")
}

// Repeated is the problem of a field given twice, at o.At joined with
// name.
func Repeated(o Options, name string) *problem.Error {
	return o.problem(DuplicateField, problem.Join(o.At, problem.Clip(name)), "",
		"kolom muncul lebih dari sekali", "the field appears more than once")
}

// WrongType is the problem of a value of the wrong JSON type at o.At joined
// with field: want is the JSON type expected ("string", "number", "object",
// ...), got the value as given (masked and short) or its kind.
func WrongType(o Options, field, want, got string) *problem.Error {
	return o.problem(Type, problem.Join(o.At, field), got,
		fmt.Sprintf("jenis nilai salah: seharusnya %s JSON", want),
		fmt.Sprintf("wrong type: a JSON %s is expected", want))
}

// TrailingData is the problem of data after the document's value, at the line
// of offset when o.Data is given.
func TrailingData(o Options, offset int64) *problem.Error {
	return o.problem(Trailing, o.position(offset), "",
		"ada data lain setelah nilai JSON", "there is more data after the JSON value")
}

// Decode reads exactly one JSON value from r into v, strictly: an unknown
// field or data after the value is a problem, and so is every error of
// encoding/json, as [Problem] maps it. o.Data and o.Offset are ignored.
func Decode(r io.Reader, v any, o Options) error {
	o.Data, o.Offset = nil, 0
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return Problem(err, o)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return Problem(err, o)
		}
		return problem.List{TrailingData(o, dec.InputOffset())}
	}
	return nil
}

// Status is the HTTP status of an error: 200 for nil, 413 when a problem is
// a document over its limit, 400 when a problem is a malformed document
// (ErrMalformed), and 422 otherwise, for a document that reads but breaks a
// rule.
func Status(err error) int {
	if err == nil {
		return http.StatusOK
	}
	var l problem.List
	l.Add(err)
	status := http.StatusUnprocessableEntity
	for _, p := range l {
		switch {
		case errors.Is(p, ErrTooLarge):
			return http.StatusRequestEntityTooLarge
		case errors.Is(p, ErrMalformed):
			status = http.StatusBadRequest
		}
	}
	return status
}

// Want names the JSON type that values of t are written as: "string" for
// a type that reads itself from text, "boolean", "array", "object", or
// "number".
func Want(t reflect.Type) string {
	if t == nil {
		return "value"
	}
	if t.Implements(textUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "string"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Interface:
		return "value"
	}
	return "number"
}

var textUnmarshaler = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()

// LineAt returns the line (from 1) of a byte offset of data.
func LineAt(data []byte, offset int64) int {
	offset = max(0, min(offset, int64(len(data))))
	return 1 + bytes.Count(data[:offset], []byte("\n"))
}

// Lines gives the lines of byte offsets of one document, quickly for
// offsets asked in increasing order. The zero value is not usable: make
// one with NewLines.
type Lines struct {
	data []byte
	pos  int64
	line int
}

// NewLines returns the Lines of data.
func NewLines(data []byte) *Lines { return &Lines{data: data, line: 1} }

// At returns the line (from 1) of a byte offset.
func (l *Lines) At(offset int64) int {
	offset = max(0, min(offset, int64(len(l.data))))
	if offset < l.pos {
		l.pos, l.line = 0, 1
	}
	l.line += bytes.Count(l.data[l.pos:offset], []byte("\n"))
	l.pos = offset
	return l.line
}
