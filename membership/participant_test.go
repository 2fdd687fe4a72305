package membership

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// budi is a valid BPU participant; tests change one thing at a time.
func budi() Participant {
	return Participant{
		NIK:        MustParseNIK("3216011708900001"),
		KPJ:        MustParseKPJ("12345678901"),
		Name:       "Budi Santoso",
		BirthDate:  regulation.MustDate(1990, time.August, 17),
		Sex:        Male,
		Domicile:   region.MustParse("32.16.01.2001"),
		Occupation: "petani",
		Phone:      MustParsePhone("0812-3456-7890"),
		Segment:    BPU,
		Income:     decimal.NewFromInt(2_500_000),
	}
}

var opts2026 = ValidateOpts{Reference: regulation.MustDate(2026, time.January, 15)}

func codes(err error) string {
	var l problem.List
	l.Add(err)
	return fmt.Sprint(l.Codes())
}

func TestParticipantValidate(t *testing.T) {
	if err := budi().Validate(opts2026); err != nil {
		t.Fatalf("valid participant: %v", err)
	}
	siti := budi()
	siti.NIK, siti.Sex, siti.Name = MustParseNIK("3216015708900002"), Female, "Siti Aminah"
	if err := siti.Validate(opts2026); err != nil {
		t.Fatalf("woman's NIK: %v", err)
	}
	for _, tt := range []struct {
		name   string
		change func(*Participant)
		opts   ValidateOpts
		want   string
	}{
		{"birth date disagrees with the NIK", func(p *Participant) { p.BirthDate = regulation.MustDate(1990, 8, 18) }, opts2026, "[nik.birth_date_mismatch]"},
		{"birth year disagrees with the NIK", func(p *Participant) { p.BirthDate = regulation.MustDate(1991, 8, 17) }, opts2026, "[nik.birth_date_mismatch]"},
		{"only the century differs: the NIK cannot tell", func(p *Participant) { p.BirthDate = regulation.MustDate(1890, 8, 17) }, opts2026, "[]"},
		{"sex disagrees with the NIK", func(p *Participant) { p.Sex = Female }, opts2026, "[nik.sex_mismatch]"},
		{"placeholder NIK rejected by default", func(p *Participant) { p.NIK = placeholder() }, opts2026, "[nik.placeholder]"},
		{"placeholder NIK allowed by option", func(p *Participant) { p.NIK = placeholder() }, ValidateOpts{AllowPlaceholderNIK: true}, "[]"},
		{"born after the reference date: the NIK reads as 1930", func(p *Participant) {
			p.NIK, p.BirthDate = MustParseNIK("3216010101300001"), regulation.MustDate(2030, 1, 1)
		}, opts2026, "[birth_date.future]"},
		{"PU needs a business scale", func(p *Participant) { p.Segment = PU }, opts2026, "[business_scale.required]"},
		{"name not normalised", func(p *Participant) { p.Name = " Budi  Santoso" }, opts2026, "[text.normal_form]"},
		{"name with a control character", func(p *Participant) { p.Name = "Budi\x00Santoso" }, opts2026, "[text.characters]"},
		{"name too long", func(p *Participant) { p.Name = string(make([]rune, 101)) }, opts2026, "[validate.max text.characters]"},
		{"occupation not normalised", func(p *Participant) { p.Occupation = "petani " }, opts2026, "[text.normal_form]"},
		{"domicile is a district, not a village", func(p *Participant) { p.Domicile = region.MustParse("32.16.01") }, opts2026, "[validate.village]"},
		{"income above the sanity ceiling", func(p *Participant) { p.Income = decimal.NewFromInt(MaxMonthlyIncome + 1) }, opts2026, "[validate.dlte]"},
		{"income at the ceiling", func(p *Participant) { p.Income = decimal.NewFromInt(MaxMonthlyIncome) }, opts2026, "[]"},
		{"negative income", func(p *Participant) { p.Income = decimal.NewFromInt(-1) }, opts2026, "[validate.dgt]"},
		{"unknown sex and segment", func(p *Participant) { p.Sex, p.Segment = 7, 9 }, opts2026, "[validate.enum validate.enum]"},
		{"everything missing", func(p *Participant) { *p = Participant{} }, opts2026, "[validate.required validate.required validate.required validate.required validate.required validate.required validate.dgt]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := budi()
			tt.change(&p)
			if got := codes(p.Validate(tt.opts)); got != tt.want {
				t.Errorf("codes = %s, want %s (%v)", got, tt.want, p.Validate(tt.opts))
			}
		})
	}
}

func placeholder() NIK {
	n, err := ParseNIK("0216011708900001", NIKOptions{AllowPlaceholder: true})
	if err != nil {
		panic(err)
	}
	return n
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"  Budi   Santoso ": "Budi Santoso",
		"Siti\tAminah\n":    "Siti Aminah",
		"Jose\u0301":        "Jos\u00e9", // e + combining acute becomes é (NFC)
		"Wayan\u00a0Sudra":  "Wayan Sudra",
		"":                  "",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
	p := budi()
	p.Name, p.Occupation = " Budi  Santoso", "petani  padi "
	if n := p.Normalize(); n.Name != "Budi Santoso" || n.Occupation != "petani padi" {
		t.Errorf("Normalize() = %q, %q", n.Name, n.Occupation)
	}
}

func TestParticipantJSON(t *testing.T) {
	p := budi()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"nik":"3216011708900001","kpj":"12345678901","name":"Budi Santoso","birth_date":"1990-08-17","sex":"MALE",` +
		`"domicile":"32.16.01.2001","occupation":"petani","phone":"+6281234567890","segment":"BPU","income":"2500000"}`
	if string(b) != want {
		t.Errorf("JSON:\n%s\nwant\n%s", b, want)
	}
	var back Participant
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Income.Equal(p.Income) {
		t.Errorf("income %s, want %s", back.Income, p.Income)
	}
	back.Income = p.Income
	if !reflect.DeepEqual(back, p) {
		t.Errorf("round trip:\n%+v\nwant\n%+v", back, p)
	}
	pu := budi()
	pu.Segment, pu.BusinessScale, pu.KPJ, pu.Phone = PU, Small, KPJ{}, Phone{}
	b, _ = json.Marshal(pu)
	var backPU Participant
	if err := json.Unmarshal(b, &backPU); err != nil || backPU.BusinessScale != Small || backPU.KPJ.IsValid() || backPU.Phone.IsValid() {
		t.Errorf("PU round trip: %s -> %+v, %v", b, backPU, err)
	}
	if b, err := json.Marshal(Participant{}); err != nil {
		t.Errorf("the zero Participant must encode: %s, %v", b, err)
	}
}

func TestParticipantErrorsNeverShowTheNIK(t *testing.T) {
	p := budi()
	p.NIK = placeholder()
	p.Sex = Female
	err := p.Validate(opts2026)
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatal(err)
	}
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		if msg := l.Message(lang); containsAny(msg, "0216011708900001", "3216011708900001", "81234567890") {
			t.Errorf("message shows personal data: %s", msg)
		}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
