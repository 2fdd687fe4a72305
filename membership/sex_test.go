package membership

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestParseSex(t *testing.T) {
	for in, want := range map[string]Sex{
		"MALE": Male, "male": Male, " L ": Male, "laki-laki": Male, "M": Male,
		"FEMALE": Female, "p": Female, "Perempuan": Female, "f": Female,
	} {
		if got, err := ParseSex(in); got != want || err != nil {
			t.Errorf("ParseSex(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseSex("X"); !errors.Is(err, ErrUnknownSex) {
		t.Errorf("ParseSex(X) = %v", err)
	}
	if Female.Name(problem.Indonesian) != "perempuan" || Male.Name(problem.English) != "male" || Sex(0).Name(problem.English) != "" {
		t.Error("names")
	}
	var s Sex
	if _, err := s.MarshalText(); err == nil {
		t.Error("the zero Sex has no text")
	}
	if err := s.UnmarshalText([]byte("FEMALE")); err != nil || s != Female {
		t.Errorf("UnmarshalText = %v, %v", s, err)
	}
}
