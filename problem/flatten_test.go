package problem

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

func TestFlatten(t *testing.T) {
	a := New(errRule, "a.bad", "a", "", "a salah", "a is wrong")
	b := New(errRule, "b.bad", "b", "", "b salah", "b is wrong")
	c := New(errRule, "c.bad", "c", "", "c salah", "c is wrong")
	ab := List{a, b}
	sameAsA := New(errRule, "a.bad", "a", "", "a salah", "a is wrong") // equal, not the same pointer
	tests := []struct {
		name string
		err  error
		want []Code
	}{
		{"nil is no problem", nil, nil},
		{"one *Error", a, []Code{"a.bad"}},
		{"a List", ab, []Code{"a.bad", "b.bad"}},
		{"a wrapped *Error", fmt.Errorf("row 3: %w", a), []Code{"a.bad"}},
		{"a wrapped List", fmt.Errorf("row 3: %w", ab), []Code{"a.bad", "b.bad"}},
		// errors.As stops at the first List; Flatten walks every branch.
		{"two Lists joined", errors.Join(ab, List{c}), []Code{"a.bad", "b.bad", "c.bad"}},
		{"joined inside wrapped inside joined", errors.Join(fmt.Errorf("x: %w", errors.Join(a, c)), b), []Code{"a.bad", "c.bad", "b.bad"}},
		{"two %w verbs", fmt.Errorf("%w and %w", a, c), []Code{"a.bad", "c.bad"}},
		{"a foreign error", io.ErrUnexpectedEOF, []Code{"internal"}},
		{"a wrapped foreign error", fmt.Errorf("reading: %w", io.EOF), []Code{"internal"}},
		{"a foreign error joined with problems", errors.Join(a, io.EOF, c), []Code{"a.bad", "internal", "c.bad"}},
		{"the same problem twice", errors.Join(ab, a, fmt.Errorf("again: %w", b)), []Code{"a.bad", "b.bad"}},
		{"an equal problem twice", errors.Join(a, sameAsA), []Code{"a.bad"}},
		{"a nil *Error is none", (*Error)(nil), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Flatten(tt.err)
			if fmt.Sprint(got.Codes()) != fmt.Sprint(tt.want) || len(got) != len(tt.want) {
				t.Errorf("Flatten = %v, want %v", got.Codes(), tt.want)
			}
		})
	}
}

func TestFlattenKeepsForeignText(t *testing.T) {
	got := Flatten(fmt.Errorf("reading roster: %w", errors.Join(io.EOF, io.ErrClosedPipe)))
	if len(got) != 1 || got[0].EN != "reading roster: EOF\nio: read/write on closed pipe" {
		t.Fatalf("Flatten = %q, want the wrapped join kept whole as one", got.Message(English))
	}
	if !errors.Is(got.Err(), io.EOF) || !errors.Is(got.Err(), io.ErrClosedPipe) {
		t.Error("the foreign errors are no longer matched by errors.Is")
	}
}

func TestAddWalksJoins(t *testing.T) {
	a := New(errRule, "a.bad", "a", "", "a salah", "a is wrong")
	var l List
	l.Add(errors.Join(List{a}, List{a}))
	if len(l) != 2 {
		t.Errorf("Add kept %d problems of a join of two lists, want 2 (Add does not remove repeats)", len(l))
	}
}

func ExampleFlatten() {
	errMissing := errors.New("missing")
	name := New(errMissing, "name.required", "name", "", "wajib diisi", "is required")
	nik := New(errMissing, "nik.required", "nik", "", "wajib diisi", "is required")
	err := errors.Join(
		fmt.Errorf("participant 1: %w", List{name, nik}),
		name, // the same problem reported again
		io.ErrUnexpectedEOF,
	)
	for _, p := range Flatten(err) {
		fmt.Println(p.Code, "|", p.Message(English))
	}
	// Output:
	// name.required | name: is required
	// nik.required | NIK: is required
	// internal | unexpected EOF
}
