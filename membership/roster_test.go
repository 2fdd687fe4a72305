package membership

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestCheckDuplicates(t *testing.T) {
	roster := make([]Participant, 9)
	for i := range roster {
		roster[i] = budi()
		roster[i].NIK = MustParseNIK(fmt.Sprintf("321601170890%04d", i+1))
		roster[i].KPJ = KPJ{}
	}
	roster[7].NIK = roster[2].NIK
	roster[8].KPJ = MustParseKPJ("12345678901")
	roster[4].KPJ = MustParseKPJ("12345678901")
	err := CheckDuplicates(roster)
	var l problem.List
	if !errors.As(err, &l) || len(l) != 2 {
		t.Fatalf("err = %v", err)
	}
	// The first NIK is at roster[2], the third participant; the first KPJ at
	// roster[4], the fifth.
	if e := l[0]; e.Field != "roster[7].nik" || e.Code != "roster.duplicate_nik" || e.EN != "already given for the 3rd participant" || e.ID != "sudah tercantum pada peserta ke-3" {
		t.Errorf("first problem: %+v", e)
	}
	if e := l[1]; e.Field != "roster[8].kpj" || e.Message(problem.English) != "9th participant, KPJ number: already given for the 5th participant (12•••••••01)" || e.Value != "12•••••••01" {
		t.Errorf("second problem: %+v", e)
	}
	if !errors.Is(err, ErrDuplicate) || strings.Contains(err.Error(), roster[2].NIK.Digits()) {
		t.Errorf("err = %v", err)
	}
	if err := CheckDuplicates(roster[:7]); err != nil {
		t.Errorf("no duplicates: %v", err)
	}
	if err := CheckDuplicates([]Participant{{}, {}}); err != nil {
		t.Errorf("zero numbers are not duplicates: %v", err)
	}
}

func TestValidateRoster(t *testing.T) {
	a, b := budiRegistration(), budiRegistration()
	b.Payer = 0
	err := ValidateRoster([]Registration{a, b}, ValidateOpts{})
	var fields []string
	var l problem.List
	errors.As(err, &l)
	for _, e := range l {
		fields = append(fields, e.Field)
	}
	if got := strings.Join(fields, " "); got != "roster[1].payer roster[1].participant.nik roster[1].participant.kpj" {
		t.Errorf("fields = %s", got)
	}
}
