package membership

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

const budiJSON = `{
  "participant": {
    "nik": "3216011708900001",
    "name": "  Budi   Santoso ",
    "birth_date": "1990-08-17",
    "sex": "L",
    "domicile": "3216012001",
    "occupation": "petani",
    "phone": "0812 3456 7890",
    "segment": "bpu",
    "income": 2500000
  },
  "programs": "JKK, JKM, JHT",
  "start_month": "02/2026",
  "payer": "VILLAGE"
}`

func TestDecodeRegistration(t *testing.T) {
	r, err := DecodeRegistration(strings.NewReader(budiJSON))
	if err != nil {
		t.Fatal(err)
	}
	if r.Participant.Name != "Budi Santoso" {
		t.Errorf("name not normalised: %q", r.Participant.Name)
	}
	if r.Participant.Phone.E164() != "+6281234567890" || r.Programs != SetOf(JKK, JKM, JHT) || r.StartMonth != regulation.MustMonth(2026, 2) {
		t.Errorf("decoded %+v", r)
	}
	if err := r.Validate(ValidateOpts{}); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestDecodeRegistrationRejects(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     string // field=code pairs
	}{
		{"empty", "", "[=json.syntax]"},
		{"malformed", `{"programs": }`, "[=json.syntax]"},
		{"two documents", `{} {}`, "[=json.trailing]"},
		{"not an object", `[1, 2]`, "[=json.type]"},
		{"unknown top-level field", `{"programs": "JKK+JKM", "note": "x"}`, "[note=json.unknown_field]"},
		{"unknown nested field", `{"participant": {"nama": "Budi"}}`, "[participant.nama=json.unknown_field]"},
		{"names match exactly", `{"Programs": "JKK"}`, "[Programs=json.unknown_field]"},
		{"field given twice", `{"payer": "SELF", "payer": "VILLAGE"}`, "[payer=json.duplicate_field]"},
		{"number for a NIK", `{"participant": {"nik": 3216011708900001}}`, "[participant.nik=json.type]"},
		{"object for a name", `{"participant": {"name": {"first": "Budi"}}}`, "[participant.name=json.type]"},
		{"string for the participant", `{"participant": "Budi"}`, "[participant=json.type]"},
		{"bad NIK", `{"participant": {"nik": "3216013002900001"}}`, "[participant.nik=nik.birth_date]"},
		{"bad amount", `{"participant": {"income": "dua juta"}}`, "[participant.income=amount.syntax]"},
		{"bad programs", `{"programs": "JKK+JKN"}`, "[programs=program.unknown]"},
		{"bad month", `{"start_month": "2026-13"}`, "[start_month=month.invalid]"},
		{"every problem at once", `{"participant": {"nik": 1, "phone": "+1 555 0100", "x": 0}, "payer": "BANK", "y": null}`,
			"[participant.nik=json.type participant.phone=phone.country participant.x=json.unknown_field payer=payer.unknown y=json.unknown_field]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := DecodeRegistration(strings.NewReader(tt.in))
			var l problem.List
			if !errors.As(err, &l) {
				t.Fatalf("err = %v, want a problem.List", err)
			}
			var got []string
			for _, e := range l {
				got = append(got, e.Field+"="+string(e.Code))
				if e.ID == "" || e.EN == "" {
					t.Errorf("%s: missing a message", e.Code)
				}
				if strings.HasPrefix(string(e.Code), "json.") && !errors.Is(e, ErrInvalidJSON) {
					t.Errorf("%s does not wrap ErrInvalidJSON", e.Code)
				}
			}
			if fmt.Sprint(got) != tt.want {
				t.Errorf("problems = %v, want %s", got, tt.want)
			}
			if r.Participant.NIK.IsValid() || r.Programs != 0 {
				t.Error("a failed decode returns the zero Registration")
			}
		})
	}
}

func TestDecodeNullsAndAbsences(t *testing.T) {
	r, err := DecodeRegistration(strings.NewReader(`{"participant": null, "programs": null}`))
	if err != nil || r.Participant.Name != "" || r.Programs != 0 {
		t.Errorf("nulls keep zero values: %+v, %v", r, err)
	}
}

func TestDecodeMasksPersonalValues(t *testing.T) {
	_, err := DecodeRegistration(strings.NewReader(`{"participant": {"nik": "321601170890000", "birth_date": "1990-02-30", "phone": "0812345678901234"}}`))
	msg := err.(problem.List).Message(problem.English)
	for _, secret := range []string{"321601170890000", "1990-02-30", "812345678901234"} {
		if strings.Contains(msg, secret) {
			t.Errorf("message shows %s:\n%s", secret, msg)
		}
	}
}
