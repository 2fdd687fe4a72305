package problem

import (
	"errors"
	"fmt"
	"testing"
)

var errRule = errors.New("rule broken")

func TestListCollectsAndUnwraps(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list is an error")
	}
	one := New(errRule, "x.bad", "nik", "3216••••••••0001", "salah", "wrong")
	var inner List
	inner.Add(New(errRule, "y.bad", "name", "", "kosong", "empty"))
	l.Add(nil, one, inner.Err(), fmt.Errorf("wrapped: %w", one), errors.New("plain"))
	if len(l) != 4 {
		t.Fatalf("len = %d, want 4 (nil skipped, list flattened, wrapped unwrapped, plain kept)", len(l))
	}
	if l[3].Code != "internal" || l[3].EN != "plain" {
		t.Errorf("plain error kept as %+v", l[3])
	}
	err := l.Err()
	if !errors.Is(err, errRule) {
		t.Error("errors.Is does not see inside the list")
	}
	var pe *Error
	if !errors.As(err, &pe) || pe.Code != "x.bad" {
		t.Errorf("errors.As found %+v", pe)
	}
	if got := l.Codes(); got[0] != "x.bad" || got[1] != "y.bad" {
		t.Errorf("Codes = %v", got)
	}
}

func TestMessages(t *testing.T) {
	e := New(errRule, "nik.length", "nik", "3216••••0001", "NIK harus 16 angka", "a NIK has 16 digits")
	if got, want := e.Message(Indonesian), "nik: NIK harus 16 angka (3216••••0001)"; got != want {
		t.Errorf("Indonesian = %q, want %q", got, want)
	}
	if got, want := e.Message(English), "nik: a NIK has 16 digits (3216••••0001)"; got != want {
		t.Errorf("English = %q, want %q", got, want)
	}
	if e.Error() != e.Message(Indonesian) {
		t.Error("Error() is not the Indonesian message")
	}
	if got := e.WithField("participant").Field; got != "participant.nik" {
		t.Errorf("WithField = %q", got)
	}
	if e.Field != "nik" {
		t.Error("WithField changed the original")
	}
	var l List
	l.AddField("roster[2]", e)
	if l[0].Field != "roster[2].nik" {
		t.Errorf("AddField = %q", l[0].Field)
	}
	for _, c := range []struct{ prefix, field, want string }{
		{"", "nik", "nik"}, {"p", "", "p"}, {"roster", "[3]", "roster[3]"}, {"a", "b", "a.b"},
	} {
		if got := Join(c.prefix, c.field); got != c.want {
			t.Errorf("Join(%q, %q) = %q, want %q", c.prefix, c.field, got, c.want)
		}
	}
}

func TestMask(t *testing.T) {
	for _, c := range []struct {
		in   string
		keep int
		want string
	}{
		{"3216011708900001", 4, "3216••••••••0001"},
		{"12345678", 4, "••••••••"},
		{"", 4, ""},
		{"081234567890", 2, "08••••••••90"},
	} {
		if got := Mask(c.in, c.keep); got != c.want {
			t.Errorf("Mask(%q, %d) = %q, want %q", c.in, c.keep, got, c.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"id": Indonesian, "EN": English, " en ": English, "ind": Indonesian} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error("fr accepted")
	}
}

func ExampleList() {
	errTooYoung := errors.New("too young")
	var l List
	l.Add(New(errTooYoung, "age.min", "participant.birth_date", "2015-01-01",
		"peserta belum cukup umur", "the participant is too young"))
	l.AddField("participant", New(errTooYoung, "name.required", "name", "",
		"nama wajib diisi", "the name is required"))
	err := l.Err()
	fmt.Println(errors.Is(err, errTooYoung))
	fmt.Println(l.Message(English))
	// Output:
	// true
	// participant.birth_date: the participant is too young (2015-01-01)
	// participant.name: the name is required
}
