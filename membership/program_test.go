package membership

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestProgramSet(t *testing.T) {
	s := SetOf(JKM, JKK, JHT, 0, 9)
	if s.String() != "JKK+JKM+JHT" || s.Len() != 3 || s.IsEmpty() {
		t.Errorf("SetOf = %s (%d)", s, s.Len())
	}
	if got := s.Intersect(SetOf(JHT, JP)); got != SetOf(JHT) {
		t.Errorf("Intersect = %s", got)
	}
	if got := s.Minus(SetOf(JKK)); got != SetOf(JKM, JHT) {
		t.Errorf("Minus = %s", got)
	}
	if !s.Contains(SetOf(JKK, JKM)) || s.Contains(SetOf(JP)) || s.With(JP).Without(JP) != s {
		t.Error("Contains, With, Without")
	}
	var empty ProgramSet
	if !empty.IsEmpty() || empty.String() != "" {
		t.Error("the zero ProgramSet is empty")
	}
}

func TestParseProgramSet(t *testing.T) {
	for in, want := range map[string]string{
		"JKK+JKM":               "JKK+JKM",
		"jkm, jkk;jht":          "JKK+JKM+JHT",
		" JKK  JKK + JKM ":      "JKK+JKM",
		"":                      "",
		"JKK+JKM+JHT+JP+JKP":    "JKK+JKM+JHT+JP+JKP",
		"JKP+JP+JHT+JKM+JKK+JP": "JKK+JKM+JHT+JP+JKP",
	} {
		if got, err := ParseProgramSet(in); err != nil || got.String() != want {
			t.Errorf("ParseProgramSet(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	_, err := ParseProgramSet("JKK+JKN+BPJS")
	var l problem.List
	if !errors.As(err, &l) || len(l) != 2 || !errors.Is(err, ErrUnknownProgram) {
		t.Errorf("every unknown code is reported: %v", err)
	}
}

func TestEnumsText(t *testing.T) {
	type doc struct {
		Segment Segment       `json:"segment"`
		Payer   Payer         `json:"payer"`
		Scale   BusinessScale `json:"scale"`
		Program Program       `json:"program"`
		Set     ProgramSet    `json:"set"`
	}
	in := doc{Jakon, PayerRegency, Medium, JKP, SetOf(JKK, JKM)}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"segment":"JAKON","payer":"REGENCY","scale":"MEDIUM","program":"JKP","set":"JKK+JKM"}` {
		t.Fatalf("json = %s, %v", b, err)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip = %+v, %v", out, err)
	}
	for _, bad := range []string{`{"segment":"UMKM"}`, `{"payer":"BANK"}`, `{"scale":"HUGE"}`, `{"program":"JKN"}`} {
		if err := json.Unmarshal([]byte(bad), &out); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if Segment(0).String() != "" || PU.Name(problem.English) != "Wage Earner" || JHT.Name(problem.Indonesian) != "Jaminan Hari Tua" {
		t.Error("names")
	}
}
