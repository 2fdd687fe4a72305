package membership

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// form is a caller's own struct using this package's tags on plain strings.
type form struct {
	NIK     string          `json:"nik" validate:"nik"`
	KPJ     string          `json:"kpj" validate:"kpj"`
	Phone   string          `json:"phone" validate:"phone"`
	Area    string          `json:"area" validate:"area"`
	Village region.Code     `json:"village" validate:"village"`
	Income  decimal.Decimal `json:"income" validate:"dgte=1000000,dlte=20700000"`
	Wage    string          `json:"wage" validate:"dgt=0,dlt=1e9"`
	Sex     Sex             `json:"sex" validate:"enum"`
}

func TestTags(t *testing.T) {
	good := form{
		NIK: "3216011708900001", KPJ: "12345678901", Phone: "0812 3456 7890", Area: "32.16",
		Village: region.MustParse("3216012001"), Income: decimal.NewFromInt(1_000_000), Wage: "2500000.50", Sex: Female,
	}
	if l := check(good); len(l) != 0 {
		t.Fatalf("valid form: %v", l)
	}
	bad := form{
		NIK: "3216013002900001", KPJ: "123", Phone: "+1 555", Area: "99", Village: region.MustParse("32.16.01"),
		Income: decimal.RequireFromString("20700000.01"), Wage: "zero", Sex: 3,
	}
	l := check(bad)
	var got []string
	for _, e := range l {
		got = append(got, e.Field+"="+string(e.Code))
	}
	want := "[nik=validate.nik kpj=validate.kpj phone=validate.phone area=validate.area village=validate.village income=validate.dlte wage=validate.dgt sex=validate.enum]"
	if fmt.Sprint(got) != want {
		t.Fatalf("problems:\n%v\nwant\n%s", got, want)
	}
	wantErr := []error{ErrInvalidNIK, ErrInvalidKPJ, ErrInvalidPhone, ErrInvalidArea, ErrInvalidArea, ErrInvalidAmount, ErrInvalidAmount, ErrInvalidField}
	for i, e := range l {
		if !errors.Is(e, wantErr[i]) {
			t.Errorf("%s does not wrap %v", e.Field, wantErr[i])
		}
		if strings.Contains(e.ID, "Key:") || strings.Contains(e.EN, "Key:") {
			t.Errorf("%s has no translation: %q / %q", e.Field, e.ID, e.EN)
		}
	}
	// Strings checked by this package's tags keep their value, masked when
	// personal.
	values := []string{"3216••••••••0001", "•••", "••••••", "99", "32.16.01", "20700000.01", "zero", ""}
	for i, e := range l {
		if e.Value != values[i] {
			t.Errorf("%s value = %q, want %q", e.Field, e.Value, values[i])
		}
	}
	if l[5].EN != "must be at most 20700000" || l[5].ID != "harus paling banyak 20700000" || l[5].Value != "20700000.01" {
		t.Errorf("decimal message: %+v", l[5])
	}
}

// TestTagOnParticipantMatchesCeiling keeps the struct tag and the constant
// MaxMonthlyIncome in step.
func TestTagOnParticipantMatchesCeiling(t *testing.T) {
	f, _ := reflect.TypeFor[Participant]().FieldByName("Income")
	if want := fmt.Sprintf("dlte=%d", MaxMonthlyIncome); !strings.Contains(f.Tag.Get("validate"), want) {
		t.Errorf("Income tag %q lacks %s", f.Tag.Get("validate"), want)
	}
}

func TestValidatorBuiltOnce(t *testing.T) {
	a, err := sharedChecker()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sharedChecker()
	if a != b {
		t.Error("the validator must be built once")
	}
}

func TestTagMessagesInBothLanguages(t *testing.T) {
	l := check(struct {
		Name string `json:"name" validate:"required,max=3"`
	}{})
	// The validator's own words would name the field again ("name wajib
	// diisi"); the message is only what is wrong, the field is the label.
	if len(l) != 1 || l[0].Message(problem.Indonesian) != "nama: wajib diisi" || l[0].Message(problem.English) != "name: is required" {
		t.Errorf("%v", l)
	}
}
