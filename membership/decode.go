package membership

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
)

// DecodeRegistration reads one registration from JSON, strictly, and
// normalises it ([Registration.Normalize]). It does not validate it: call
// [Registration.Validate] next.
//
// Every problem of the document is reported at once, as a problem.List:
//
//   - malformed JSON, or more than one value ("json.syntax", "json.trailing");
//   - a field this package does not know ("json.unknown_field"), or given
//     twice ("json.duplicate_field"); names match exactly, case included;
//   - a value of the wrong JSON type ("json.type"), such as a number where a
//     NIK string belongs;
//   - a value its type rejects, such as a NIK with 15 digits, reported with
//     that type's own code and sentinel.
//
// Each problem names the field's path, such as "participant.nik". A field
// that is absent or null keeps its zero value, for Validate to report.
func DecodeRegistration(r io.Reader) (Registration, error) {
	var reg Registration
	if err := decodeStrict(r, &reg); err != nil {
		return Registration{}, err
	}
	return reg.Normalize(), nil
}

// decodeStrict decodes a single JSON value from r into the struct v points
// to, collecting every problem.
func decodeStrict(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.EOF) {
			return problem.List{problem.New(ErrInvalidJSON, "json.syntax", "", "",
				"dokumen JSON kosong", "the JSON document is empty")}
		}
		return problem.List{problem.New(ErrInvalidJSON, "json.syntax", "", "",
			"JSON tidak sah: "+jsonerr.Reason(err), "malformed JSON: "+jsonerr.Reason(err))}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return problem.List{problem.New(ErrInvalidJSON, "json.trailing", "", "",
			"ada data lain setelah nilai JSON", "there is more data after the JSON value")}
	}
	var l problem.List
	decodeValue(raw, reflect.ValueOf(v).Elem(), "", &l)
	return l.Err()
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// decodeValue decodes raw into v: a struct field by field, anything else with
// encoding/json.
func decodeValue(raw json.RawMessage, v reflect.Value, path string, l *problem.List) {
	pt := v.Addr().Type()
	if v.Kind() == reflect.Struct && !pt.Implements(textUnmarshaler) && !pt.Implements(jsonUnmarshaler) {
		decodeObject(raw, v, path, l)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v.Addr().Interface()); err != nil {
		l.Add(valueProblem(err, path, v.Type()))
	}
}

// decodeObject decodes a JSON object into the struct v, reporting unknown
// and repeated fields.
func decodeObject(raw json.RawMessage, v reflect.Value, path string, l *problem.List) {
	if string(raw) == "null" {
		return
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		l.Add(typeProblem(path, "object", jsonKindOf(raw)))
		return
	}
	fields := fieldIndex(v.Type())
	seen := make(map[string]bool)
	for dec.More() {
		tok, _ := dec.Token() // raw is valid JSON, so this is the key
		key, _ := tok.(string)
		var val json.RawMessage
		_ = dec.Decode(&val)
		f := problem.Join(path, key)
		i, known := fields[key]
		switch {
		case !known:
			l.Add(problem.New(ErrInvalidJSON, "json.unknown_field", f, "",
				"kolom tidak dikenal", "unknown field"))
		case seen[key]:
			l.Add(problem.New(ErrInvalidJSON, "json.duplicate_field", f, "",
				"kolom muncul lebih dari sekali", "the field appears more than once"))
		default:
			seen[key] = true
			decodeValue(val, v.Field(i), f, l)
		}
	}
}

// fieldIndex maps the JSON names of a struct's exported fields to their index.
func fieldIndex(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = i
	}
	return m
}

// valueProblem turns an error from decoding one value into problems whose
// field is path.
func valueProblem(err error, path string, t reflect.Type) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return typeProblem(problem.Join(path, te.Field), jsonKindFor(t), jsonerr.Kind(te))
	}
	if t == reflect.TypeFor[decimal.Decimal]() {
		return problem.New(ErrInvalidAmount, "amount.syntax", path, "",
			`jumlah harus berupa angka desimal, misalnya "2500000"`, `an amount must be a decimal number, such as "2500000"`)
	}
	var found problem.List
	found.Add(err)
	out := make(problem.List, 0, len(found))
	for _, e := range found {
		if e.Code == "internal" {
			e = problem.New(ErrInvalidJSON, "json.value", "", "",
				"nilai tidak dapat dibaca: "+jsonerr.Reason(e.Err), "the value cannot be read: "+jsonerr.Reason(e.Err))
		}
		c := *e
		c.Field = path
		if personal[path[strings.LastIndexByte(path, '.')+1:]] {
			c.Value = ""
		}
		out = append(out, &c)
	}
	return out
}

// personal are the fields of free text or dates whose values never appear in
// an error; identifiers (NIK, KPJ, phone) mask themselves.
var personal = map[string]bool{"name": true, "birth_date": true, "occupation": true}

func typeProblem(field, want, got string) error {
	return problem.New(ErrInvalidJSON, "json.type", field, got,
		fmt.Sprintf("jenis nilai salah: seharusnya %s JSON", want),
		fmt.Sprintf("wrong type: a JSON %s is expected", want))
}

// jsonKindFor names the JSON type that values of t are written as.
func jsonKindFor(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
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
	}
	return "number"
}

// jsonKindOf names the JSON type of a raw value.
func jsonKindOf(raw json.RawMessage) string {
	switch raw[0] {
	case '"':
		return "string"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}
