package membership

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

func budiRegistration() Registration {
	return Registration{
		Participant: budi(),
		Programs:    SetOf(JKK, JKM, JHT),
		StartMonth:  regulation.MustMonth(2026, time.February),
		Payer:       PayerVillage,
		PartnerID:   "AGEN-0042",
	}
}

func TestRegistrationValid(t *testing.T) {
	if err := budiRegistration().Validate(ValidateOpts{}); err != nil {
		t.Fatal(err)
	}
}

func TestRegistrationFiveProblems(t *testing.T) {
	r := budiRegistration()
	r.Participant.Sex = Female                            // the NIK is a man's
	r.Participant.Domicile = region.MustParse("32.16.01") // a district, not a village
	r.Participant.Income = decimal.Zero                   // not positive
	r.Payer = 0                                           // missing
	r.Programs = SetOf(JKK, JKM, JP)                      // BPU cannot take JP
	err := r.Validate(ValidateOpts{})
	var l problem.List
	if !errors.As(err, &l) || len(l) != 5 {
		t.Fatalf("want exactly five problems, got %v", err)
	}
	// Each field is named once, as a person reads it, and the message says
	// what is wrong with it without naming it again.
	const id = "peserta, domisili: harus kode wilayah desa atau kelurahan (10 angka) (32.16.01)\n" +
		"peserta, penghasilan: harus lebih dari 0 (0)\n" +
		"pembayar: wajib diisi\n" +
		"peserta, jenis kelamin: tidak sesuai dengan NIK\n" +
		"program: JP tidak tersedia bagi BPU (PP 44/2015 [sekunder]) (JP)"
	const en = "participant, domicile: must be the area code of a village (10 digits) (32.16.01)\n" +
		"participant, income: must be greater than 0 (0)\n" +
		"payer: is required\n" +
		"participant, sex: does not match the NIK\n" +
		"programs: JP is not available to BPU (PP 44/2015 [secondary]) (JP)"
	if got := l.Message(problem.Indonesian); got != id {
		t.Errorf("Indonesian:\n%s\nwant\n%s", got, id)
	}
	if got := l.Message(problem.English); got != en {
		t.Errorf("English:\n%s\nwant\n%s", got, en)
	}
	if err.Error() != id {
		t.Error("Error() must be the Indonesian text")
	}
	for _, want := range []error{ErrInvalidArea, ErrInvalidAmount, ErrRequired, ErrNIKMismatch, ErrProgramNotAllowed} {
		if !errors.Is(err, want) {
			t.Errorf("errors.Is(err, %v) = false", want)
		}
	}
	if got := codes(err); got != "[validate.village validate.dgt validate.required nik.sex_mismatch programs.not_allowed]" {
		t.Errorf("codes = %s", got)
	}
}

func TestRegistrationRules(t *testing.T) {
	d := regulation.MustDate
	pu := func(scale BusinessScale, birth regulation.Date, nik string, programs string, start regulation.Month) Registration {
		r := budiRegistration()
		r.Participant.Segment, r.Participant.BusinessScale = PU, scale
		r.Participant.BirthDate, r.Participant.NIK = birth, MustParseNIK(nik)
		r.Programs, r.StartMonth, r.Payer = set(programs), start, PayerEmployer
		return r
	}
	born1965 := d(1965, time.July, 16)
	const nik1965 = "3216011607650001"
	born1970 := d(1970, time.January, 1)
	const nik1970 = "3216010101700001"
	for _, tt := range []struct {
		name string
		r    Registration
		opts ValidateOpts
		want string
	}{
		{"BPJS training example: born 16 Jul 1965 may enrol in JP in Jun 2023", pu(Large, born1965, nik1965, "JKK+JKM+JHT+JP", regulation.MustMonth(2023, 6)), ValidateOpts{}, "[]"},
		{"BPJS training example: born 16 Jul 1965 may not enrol in JP in Jul 2023", pu(Large, born1965, nik1965, "JKK+JKM+JHT+JP", regulation.MustMonth(2023, 7)), ValidateOpts{}, "[eligibility.jp_age]"},
		{"JP optional for micro, still age-limited", pu(Micro, born1965, nik1965, "JKK+JKM+JP", regulation.MustMonth(2024, 1)), ValidateOpts{}, "[eligibility.jp_age]"},
		{"PP 37/2021: JKP when registering at 53", pu(Small, born1970, nik1970, "JKK+JKM+JHT+JKP", regulation.MustMonth(2023, 12)), ValidateOpts{}, "[]"},
		{"PP 37/2021: no JKP when registering at 54", pu(Small, born1970, nik1970, "JKK+JKM+JHT+JKP", regulation.MustMonth(2024, 1)), ValidateOpts{}, "[eligibility.jkp_age]"},
		{"PP 37/2021: no JKP before Feb 2021, and no age rule either", pu(Small, born1970, nik1970, "JKK+JKM+JHT+JKP", regulation.MustMonth(2021, 2)), ValidateOpts{}, "[programs.not_offered]"},
		{"no maximum registration age by default", pu(Micro, d(1940, 1, 1), "3216010101400001", "JKK+JKM", regulation.MustMonth(2026, 1)), ValidateOpts{}, "[]"},
		{"a caller's maximum registration age", pu(Micro, d(1940, 1, 1), "3216010101400001", "JKK+JKM", regulation.MustMonth(2026, 1)), ValidateOpts{MaxRegistrationAge: 65}, "[eligibility.max_age]"},
		{"no rule before July 2015", pu(Micro, born1970, nik1970, "JKK+JKM", regulation.MustMonth(2015, 6)), ValidateOpts{}, "[start_month.no_rule]"},
		{"born after the start month", budiRegistrationStarting(regulation.MustMonth(1990, 7)), ValidateOpts{}, "[nik.birth_future birth_date.future start_month.no_rule]"},
		{"nothing at all", Registration{}, ValidateOpts{}, "[validate.required validate.required validate.required validate.required validate.required validate.required validate.dgt validate.required validate.required validate.required]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := codes(tt.r.Validate(tt.opts)); got != tt.want {
				t.Errorf("codes = %s, want %s\n%v", got, tt.want, tt.r.Validate(tt.opts))
			}
		})
	}
}

// A start month before every rule names the month and the parameter that has
// no rule for it.
func TestRegistrationNoRuleNamesParameter(t *testing.T) {
	r := budiRegistrationStarting(regulation.MustMonth(2015, time.June))
	var pe *problem.Error
	err := r.Validate(ValidateOpts{})
	if !errors.As(err, &pe) || pe.Code != "start_month.no_rule" {
		t.Fatalf("err = %v", err)
	}
	if !errors.Is(err, regulation.ErrNoRuleInForce) || pe.Field != "start_month" || pe.Value != "2015-06" {
		t.Errorf("error = %+v", pe)
	}
	if got, want := pe.Message(problem.English), "start month: no program rule (bpu.programs) covers BPU in this start month (2015-06)"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}

func budiRegistrationStarting(m regulation.Month) Registration {
	r := budiRegistration()
	r.StartMonth = m
	return r
}

func TestRegistrationFields(t *testing.T) {
	err := Registration{}.Validate(ValidateOpts{})
	var l problem.List
	errors.As(err, &l)
	var fields []string
	for _, e := range l {
		fields = append(fields, e.Field)
	}
	want := "participant.nik participant.name participant.birth_date participant.sex participant.domicile participant.segment participant.income programs start_month payer"
	if got := strings.Join(fields, " "); got != want {
		t.Errorf("fields:\n%s\nwant\n%s", got, want)
	}
}

func TestRegistrationJSON(t *testing.T) {
	r := budiRegistration()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeRegistration(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("DecodeRegistration(%s): %v", b, err)
	}
	if !back.Participant.Income.Equal(r.Participant.Income) {
		t.Errorf("income %s", back.Participant.Income)
	}
	back.Participant.Income = r.Participant.Income
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip:\n%+v\nwant\n%+v", back, r)
	}
	var std Registration
	if err := json.Unmarshal(b, &std); err != nil || std.Programs != r.Programs || std.StartMonth != r.StartMonth {
		t.Errorf("encoding/json: %+v, %v", std, err)
	}
	if !strings.Contains(string(b), `"programs":"JKK+JKM+JHT","start_month":"2026-02","payer":"VILLAGE","partner_id":"AGEN-0042"`) {
		t.Errorf("JSON: %s", b)
	}
}
