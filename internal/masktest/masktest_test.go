package masktest

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// recorder is a testing.TB that notes a failure instead of stopping.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper() {}

func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestCheck(t *testing.T) {
	sentinel := errors.New("test")
	// Built by hand: problem.New would mask these numbers itself.
	raw := func(value, id, en string) *problem.Error {
		return &problem.Error{Err: sentinel, Code: "c", Value: value, ID: id, EN: en}
	}
	for _, tc := range []struct {
		name string
		err  error
		fail bool
	}{
		{"nil", nil, false},
		{"masked", raw("3216••••••••0001", "NIK salah", "bad NIK"), false},
		{"fifteen digits", raw("321601010190000", "", ""), false},
		{"in the value", raw("3216010101900001", "", ""), true},
		{"in Indonesian", raw("", "angka 3216010101900001", "a number"), true},
		{"in English, second of two", problem.List{raw("", "", ""), raw("", "", "number 32160101019000011")}, true},
		{"in groups", raw("3216 0101 0190 0001", "", ""), true},
		{"in dotted groups", raw("", "32.16.01.010190.0001", ""), true},
		{"masked in groups", raw("3216 •••• •••• 0001", "", ""), false},
		{"two dates", raw("2026-01-01 – 2026-12-31", "", ""), false},
	} {
		r := &recorder{TB: t}
		Check(r, tc.err)
		if r.failed != tc.fail {
			t.Errorf("%s: failed = %v, want %v", tc.name, r.failed, tc.fail)
		}
	}
}
