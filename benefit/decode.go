package benefit

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
)

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	decimalType     = reflect.TypeFor[decimal.Decimal]()
)

// decodeInto decodes raw, a valid JSON value, into v field by field, so
// that every problem names its path ("accident.percent",
// "death.children[1].level"): structs (through pointers) and slices are
// walked, anything else is decoded by encoding/json.
func decodeInto(raw json.RawMessage, v reflect.Value, path string, l *problem.List) {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return
	}
	t := v.Type()
	pt := reflect.PointerTo(t)
	custom := pt.Implements(textUnmarshaler) || pt.Implements(jsonUnmarshaler)
	switch {
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct:
		n := reflect.New(t.Elem())
		decodeInto(raw, n.Elem(), path, l)
		v.Set(n)
		return
	case t.Kind() == reflect.Struct && !custom:
		decodeFields(raw, v, path, l)
		return
	case t.Kind() == reflect.Slice && !custom && t.Elem().Kind() == reflect.Struct:
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			l.Add(typeProblem(path, "array", kindOf(raw)))
			return
		}
		s := reflect.MakeSlice(t, len(items), len(items))
		for i, it := range items {
			decodeInto(it, s.Index(i), fmt.Sprintf("%s[%d]", path, i), l)
		}
		v.Set(s)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v.Addr().Interface()); err != nil {
		l.Add(valueProblem(err, path, t, raw))
	}
}

// decodeFields decodes a JSON object into the struct v, reporting unknown
// and repeated fields.
func decodeFields(raw json.RawMessage, v reflect.Value, path string, l *problem.List) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		l.Add(typeProblem(path, "object", kindOf(raw)))
		return
	}
	fields := map[string]int{}
	for i := range v.NumField() {
		f := v.Type().Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.IsExported() && name != "-" && name != "" {
			fields[name] = i
		}
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, _ := dec.Token() // raw is valid JSON: this is a key
		key, _ := tok.(string)
		var val json.RawMessage
		_ = dec.Decode(&val)
		f := problem.Join(path, key)
		i, known := fields[key]
		switch {
		case !known:
			l.Add(problem.New(ErrInvalidJSON, "json.unknown_field", f, "", "kolom tidak dikenal", "unknown field"))
		case seen[key]:
			l.Add(problem.New(ErrInvalidJSON, "json.duplicate_field", f, "", "kolom muncul lebih dari sekali", "the field appears more than once"))
		default:
			seen[key] = true
			decodeInto(val, v.Field(i), f, l)
		}
	}
}

// valueProblem turns the error of decoding one value into problems whose
// field is path.
func valueProblem(err error, path string, t reflect.Type, raw json.RawMessage) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "number"
		switch {
		case reflect.PointerTo(t).Implements(textUnmarshaler) || t.Kind() == reflect.String:
			want = "string"
		case t.Kind() == reflect.Bool:
			want = "boolean"
		case t.Kind() == reflect.Slice:
			want = "array"
		case t.Kind() == reflect.Struct || t.Kind() == reflect.Map:
			want = "object"
		}
		return typeProblem(problem.Join(path, te.Field), want, jsonerr.Kind(te))
	}
	if t == decimalType {
		return problem.New(ErrInvalidInput, "amount.syntax", path, problem.Clip(strings.Trim(string(raw), `"`)),
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
		if strings.HasSuffix(path, "birth_date") {
			c.Value = "" // personal
		}
		out = append(out, &c)
	}
	return out
}

func typeProblem(field, want, got string) error {
	return problem.New(ErrInvalidJSON, "json.type", field, got,
		fmt.Sprintf("jenis nilai salah: seharusnya %s JSON", want),
		fmt.Sprintf("wrong type: a JSON %s is expected", want))
}

// kindOf names the JSON type of a raw value.
func kindOf(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "value"
	}
	switch raw[0] {
	case '"':
		return "string"
	case '[':
		return "array"
	case '{':
		return "object"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}
