package membership

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

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
