package service

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// spec is the OpenAPI document, decoded once.
type spec struct {
	doc map[string]any
}

func loadSpec(t *testing.T) spec {
	t.Helper()
	var s spec
	if err := s.load(); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return s
}

func (s *spec) load() error { return json.Unmarshal(openAPI, &s.doc) }

// responseSchema returns the schema of a documented response.
func (s spec) responseSchema(t testing.TB, method, path string, status int) map[string]any {
	t.Helper()
	op, ok := dig(s.doc, "paths", path, strings.ToLower(method)).(map[string]any)
	if !ok {
		t.Fatalf("openapi.json documents no %s %s", method, path)
	}
	resp, ok := dig(op, "responses", fmt.Sprint(status)).(map[string]any)
	if !ok {
		t.Fatalf("openapi.json documents no %d for %s %s", status, method, path)
	}
	resp = s.resolve(resp)
	schema, ok := dig(resp, "content", "application/json", "schema").(map[string]any)
	if !ok {
		t.Fatalf("response %d of %s %s has no JSON schema", status, method, path)
	}
	return schema
}

func dig(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func (s spec) resolve(m map[string]any) map[string]any {
	for {
		ref, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		parts := strings.Split(strings.TrimPrefix(ref, "#/"), "/")
		next, ok := dig(s.doc, parts...).(map[string]any)
		if !ok {
			panic("unresolvable $ref " + ref)
		}
		m = next
	}
}

// check validates a decoded JSON value against the subset of JSON Schema
// the document uses: type, required, properties, additionalProperties,
// items, enum, pattern, minimum. It returns every mismatch.
func (s spec) check(schema map[string]any, v any, path string) []string {
	schema = s.resolve(schema)
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, v) {
		bad("%v is not one of %v", v, enum)
	}
	switch schema["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			bad("want an object, got %T", v)
			return errs
		}
		props, _ := schema["properties"].(map[string]any)
		for _, r := range asStrings(schema["required"]) {
			if _, ok := m[r]; !ok {
				bad("required field %q missing", r)
			}
		}
		for k, fv := range m {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if schema["additionalProperties"] == false {
					bad("undocumented field %q", k)
				}
				continue
			}
			errs = append(errs, s.check(ps, fv, path+"."+k)...)
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			bad("want an array, got %T", v)
			return errs
		}
		items, _ := schema["items"].(map[string]any)
		for i, e := range a {
			errs = append(errs, s.check(items, e, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			bad("want a string, got %T", v)
			return errs
		}
		if p, ok := schema["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			bad("%q does not match %s", str, p)
		}
		if schema["format"] == "date" && !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(str) {
			bad("%q is not a date", str)
		}
	case "integer", "number":
		n, ok := v.(json.Number)
		if !ok {
			bad("want a number, got %T", v)
			return errs
		}
		if schema["type"] == "integer" && strings.ContainsAny(n.String(), ".eE") {
			bad("%s is not an integer", n)
		}
		if min, ok := schema["minimum"].(float64); ok {
			if x, err := n.Int64(); err == nil && x < int64(min) {
				bad("%s is below %v", n, min)
			}
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			bad("want a boolean, got %T", v)
		}
	}
	return errs
}

func asStrings(v any) []string {
	a, _ := v.([]any)
	out := make([]string, 0, len(a))
	for _, x := range a {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// conforms decodes body and checks it against the documented response.
func (s spec) conforms(t testing.TB, method, path string, status int, body []byte) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s %s: body is not JSON: %v\n%s", method, path, err, body)
	}
	for _, e := range s.check(s.responseSchema(t, method, path, status), v, "$") {
		t.Errorf("%s %s %d: %s", method, path, status, e)
	}
}

// TestSpecCatchesMismatches makes sure the checker above can fail.
func TestSpecCatchesMismatches(t *testing.T) {
	s := loadSpec(t)
	schema := s.responseSchema(t, "POST", "/v1/nik", 200)
	if errs := s.check(schema, map[string]any{"nik": "x", "extra": true}, "$"); len(errs) < 2 {
		t.Errorf("missing fields and an extra field gave %v", errs)
	}
	if errs := s.check(schema, map[string]any{"nik": "x", "valid": "yes", "placeholder": false, "district": "32.16.01",
		"province": "Jawa Barat", "birth_date": "1990-08-17", "sex": "X", "serial": json.Number("1")}, "$"); len(errs) != 2 {
		t.Errorf("a wrong type and a value outside the enum gave %v", errs)
	}
}
