package membership

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestDecodeAndValidateRegistration(t *testing.T) {
	budiWith := func(old, repl string) string {
		if !strings.Contains(budiJSON, old) {
			t.Fatalf("budiJSON has no %q", old)
		}
		return strings.Replace(budiJSON, old, repl, 1)
	}
	for _, tt := range []struct {
		name, in string
		want     string // field=code pairs, in order
	}{
		// 30 February does not exist: the NIK fails to decode, and is neither
		// "required" nor reported under participant.nik.nik.
		{"bad NIK: one problem, not also required", budiWith("3216011708900001", "3216013002900001"),
			"[participant.nik=nik.birth_date]"},
		{"decode and rule problems together", budiWith(`"payer": "VILLAGE"`, `"payer": null`),
			"[payer=validate.required]"},
		{"an amount that fails to decode is not also not positive",
			strings.NewReplacer(`"3216011708900001"`, `"3216013002900001"`, `"income": 2500000`, `"income": "dua juta"`, `"payer": "VILLAGE"`, `"payer": null`).Replace(budiJSON),
			"[participant.nik=nik.birth_date participant.income=amount.syntax payer=validate.required]"},
		{"a participant that is not an object hides its fields' rules",
			`{"participant": "Budi", "programs": "JKK+JKM+JHT", "start_month": "02/2026", "payer": "VILLAGE"}`,
			"[participant=json.type]"},
		{"an unknown field does not hide the rule of the known one",
			`{"participant": {"nama": "Budi"}, "programs": "JKK+JKM+JHT", "start_month": "02/2026", "payer": "VILLAGE"}`,
			"[participant.nama=json.unknown_field participant.nik=validate.required participant.name=validate.required " +
				"participant.birth_date=validate.required participant.sex=validate.required participant.domicile=validate.required " +
				"participant.segment=validate.required participant.income=validate.dgt]"},
		// BPU cannot take JP (PP 44/2015 as this module reads it); the phone,
		// decodes wrong at the same time.
		{"rule and decode problems in one pass", strings.NewReplacer(`"JKK, JKM, JHT"`, `"JKK+JKM+JP"`, `"0812 3456 7890"`, `"+1 555 0100"`).Replace(budiJSON),
			"[participant.phone=phone.country programs=programs.not_allowed]"},
		// A BPU must take JKM and may not take JP (PP 44/2015 as this module
		// reads it): two rules broken in the one field "programs", both kept.
		{"two rules of one field are both reported", budiWith(`"JKK, JKM, JHT"`, `"JKK+JP"`),
			"[programs=programs.required programs=programs.not_allowed]"},
		{"malformed JSON is reported alone", `{"programs": }`, "[=json.syntax]"},
		{"not an object is reported alone", `[1, 2]`, "[=json.type]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := DecodeAndValidateRegistration(strings.NewReader(tt.in), ValidateOpts{})
			var l problem.List
			if !errors.As(err, &l) {
				t.Fatalf("err = %v, want a problem.List", err)
			}
			var got []string
			for _, e := range l {
				got = append(got, e.Field+"="+string(e.Code))
			}
			if fmt.Sprint(got) != tt.want {
				t.Errorf("problems = %v\nwant       %s", got, tt.want)
			}
			if r != (Registration{}) {
				t.Error("a failed call returns the zero Registration")
			}
		})
	}
}

func TestDecodeAndValidateRegistrationValid(t *testing.T) {
	got, err := DecodeAndValidateRegistration(strings.NewReader(budiJSON), ValidateOpts{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := DecodeRegistration(strings.NewReader(budiJSON))
	if !got.Participant.Income.Equal(want.Participant.Income) {
		t.Errorf("income %s, want %s", got.Participant.Income, want.Participant.Income)
	}
	got.Participant.Income = want.Participant.Income
	if got != want {
		t.Errorf("got %+v, want what DecodeRegistration reads: %+v", got, want)
	}
}

func ExampleDecodeAndValidateRegistration() {
	// 30 February 1990 does not exist, and nobody is named as payer.
	in := `{
	  "participant": {"nik": "3216013002900001", "name": "Budi Santoso", "birth_date": "1990-02-28",
	    "sex": "L", "domicile": "3216012001", "segment": "BPU", "income": 2500000},
	  "programs": "JKK+JKM+JHT", "start_month": "2026-02"
	}`
	_, err := DecodeAndValidateRegistration(strings.NewReader(in), ValidateOpts{})
	for _, p := range problem.Flatten(err) {
		fmt.Println(p.Code, "|", p.Message(problem.English))
	}
	// Output:
	// nik.birth_date | participant, NIK: its birth date does not exist in the calendar (3216••••••••0001)
	// validate.required | payer: is required
}
