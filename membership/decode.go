package membership

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
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

// DecodeAndValidateRegistration reads one registration from JSON as
// [DecodeRegistration] does and validates what it could read as
// [Registration.Validate] does, reporting the problems of both in one
// problem.List: first those of the document, then those of the rules, each
// once. A field whose value could not be read (a NIK whose birth date does
// not exist, a number where an object belongs) is reported by the problem
// that reading it found, never also as missing or by the rules of what it
// would have held: no rule reports a field at or under one that failed to
// decode. A document that is not one JSON value at all (malformed, or
// followed by more) has no fields to validate and is reported alone.
//
// On any problem the zero Registration is returned; otherwise the
// registration, normalised and valid under opts.
func DecodeAndValidateRegistration(r io.Reader, opts ValidateOpts) (Registration, error) {
	var reg Registration
	decoded, err := decodeFields(r, &reg)
	if !decoded {
		return Registration{}, err
	}
	reg = reg.Normalize()
	// Rules are kept out of the fields that failed to decode only: two
	// rules broken by one field (JKM missing and JP not allowed, both in
	// "programs") are both reported.
	decodeProblems := problem.Flatten(err)
	found := slices.Clone(decodeProblems)
	for _, v := range problem.Flatten(reg.Validate(opts)) {
		if !underAny(v.Field, decodeProblems) {
			found = append(found, v)
		}
	}
	if err := problem.Flatten(found.Err()).Err(); err != nil {
		return Registration{}, err
	}
	return reg, nil
}

// underAny reports whether field is the field of one of the problems in l, or
// lies under it ("participant.nik" lies under "participant"; every field lies
// under "", the document as a whole).
func underAny(field string, l problem.List) bool {
	for _, e := range l {
		f := e.Field
		if f == "" || field == f ||
			strings.HasPrefix(field, f) && (field[len(f)] == '.' || field[len(f)] == '[') {
			return true
		}
	}
	return false
}

// decodeStrict decodes a single JSON value from r into the struct v points
// to, collecting every problem.
func decodeStrict(r io.Reader, v any) error {
	_, err := decodeFields(r, v)
	return err
}

// decodeFields is decodeStrict, saying too whether r held one JSON value
// whose fields were read into v (each field that decoded is set, even when
// others failed), or was not one JSON value (decoded == false).
func decodeFields(r io.Reader, v any) (decoded bool, err error) {
	dec := json.NewDecoder(r)
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return false, jsonerr.Problem(err, jsonOptions)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return false, problem.List{jsonerr.TrailingData(jsonOptions, dec.InputOffset())}
	}
	var l problem.List
	decodeValue(raw, reflect.ValueOf(v).Elem(), "", &l)
	return true, l.Err()
}

// jsonOptions name the problems of a JSON document: each wraps
// ErrInvalidJSON.
var jsonOptions = jsonerr.Options{Sentinel: ErrInvalidJSON}

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
		l.Add(jsonerr.WrongType(jsonOptions, path, "object", jsonKindOf(raw)))
		return
	}
	fields := fieldIndex(v.Type())
	seen := make(map[string]bool)
	for dec.More() {
		tok, _ := dec.Token() // raw is valid JSON, so this is the key
		key, _ := tok.(string)
		var val json.RawMessage
		_ = dec.Decode(&val)
		i, known := fields[key]
		o := jsonOptions
		o.At = path
		switch {
		case !known:
			l.Add(jsonerr.Unknown(o, key))
		case seen[key]:
			l.Add(jsonerr.Repeated(o, key))
		default:
			seen[key] = true
			decodeValue(val, v.Field(i), problem.Join(path, key), l)
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
	o := jsonOptions
	o.At = path
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return jsonerr.Problem(err, o)
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
			out = append(out, jsonerr.Problem(e.Err, o)...)
			continue
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
