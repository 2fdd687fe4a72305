package jamsostest

import (
	"bytes"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/membership"
)

// Every valid NIK reads back as what was asked, and every invalid one fails
// with exactly the problems of its faults.
func TestNIKProperties(t *testing.T) {
	g := MustNew(1, Options{})
	for range 2000 {
		k, err := g.NIK(NIKSpec{})
		if err != nil {
			t.Fatal(err)
		}
		back, err := membership.ParseNIK(k.Digits(), membership.NIKOptions{Reference: g.first})
		if err != nil || back.BirthDate() != k.BirthDate() || back.Sex() != k.Sex() {
			t.Fatalf("%s: %v, birth %s→%s", k, err, k.BirthDate(), back.BirthDate())
		}
	}
	for _, f := range NIKFaults() {
		for range 200 {
			c, err := g.InvalidNIK(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = membership.ParseNIK(c.Input, c.Options)
			if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
				t.Fatalf("%s %q: got %v, want %v", f, c.Input, got, c.Want)
			}
		}
	}
}

// Every registration fault alone gives exactly its problems, in the value
// and in the JSON.
func TestRegistrationFaults(t *testing.T) {
	g := MustNew(2, Options{})
	faults := [][]RegFault{nil}
	for _, f := range RegFaults() {
		faults = append(faults, []RegFault{f.Fault})
	}
	for _, fs := range faults {
		for range 100 {
			c, err := g.InvalidRegistration(RegistrationSpec{}, fs...)
			if err != nil {
				t.Fatalf("%v: %v", fs, err)
			}
			checkCase(t, c)
		}
	}
}

func checkCase(t *testing.T, c RegistrationCase) {
	t.Helper()
	if !c.JSONOnly {
		got := ProblemsOf(c.Registration.Validate(c.Options.ValidateOpts()))
		if !slices.Equal(got, c.Want) {
			t.Fatalf("%v value: got %v, want %v\n%s", c.Faults, got, c.Want, c.JSON)
		}
	}
	if !c.ValueOnly {
		r, err := membership.DecodeRegistration(bytes.NewReader(c.JSON))
		if err == nil {
			err = r.Validate(c.Options.ValidateOpts())
		}
		if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
			t.Fatalf("%v JSON: got %v, want %v\n%s", c.Faults, got, c.Want, c.JSON)
		}
	}
}

// Every pair of faults that fit together gives the problems of both.
func TestRegistrationFaultPairs(t *testing.T) {
	g := MustNew(3, Options{})
	all := RegFaults()
	pairs, refused := 0, 0
	for i, a := range all {
		for _, b := range all[i+1:] {
			for range 5 {
				c, err := g.InvalidRegistration(RegistrationSpec{}, a.Fault, b.Fault)
				if err != nil {
					refused++
					break
				}
				pairs++
				checkCase(t, c)
			}
		}
	}
	t.Logf("%d pair cases, %d pairs refused", pairs, refused)
}
