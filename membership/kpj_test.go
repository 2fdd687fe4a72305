package membership

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestParseKPJ(t *testing.T) {
	for _, tt := range []struct {
		name, in, digits string
		code             problem.Code
	}{
		{"11 digits", "12345678901", "12345678901", ""},
		{"separators tolerated", " 123-4567.8901 ", "12345678901", ""},
		{"leading zero kept", "01234567890", "01234567890", ""},
		{"10 digits", "1234567890", "", "kpj.length"},
		{"12 digits", "123456789012", "", "kpj.length"},
		{"16-digit NIK is not a KPJ", "3216011708900001", "", "kpj.length"},
		{"letter", "1234567890A", "", "kpj.syntax"},
		{"all zeros", "00000000000", "", "kpj.zero"},
		{"empty", "", "", "kpj.length"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ParseKPJ(tt.in)
			if tt.code == "" {
				if err != nil || k.Digits() != tt.digits {
					t.Fatalf("ParseKPJ(%q) = %q, %v", tt.in, k.Digits(), err)
				}
				return
			}
			var pe *problem.Error
			if !errors.As(err, &pe) || pe.Code != tt.code || pe.Field != "kpj" || !errors.Is(err, ErrInvalidKPJ) {
				t.Fatalf("ParseKPJ(%q) error = %v, want code %s", tt.in, err, tt.code)
			}
		})
	}
}

func TestKPJMasked(t *testing.T) {
	const full = "12345678901"
	k := MustParseKPJ(full)
	for _, format := range []string{"%v", "%+v", "%s", "%q", "%#v"} {
		got := fmt.Sprintf(format, k)
		if strings.Contains(got, full) || !strings.Contains(got, "12•••••••01") {
			t.Errorf("Sprintf(%q) = %q", format, got)
		}
	}
	if got := k.LogValue().String(); got != "12•••••••01" {
		t.Errorf("LogValue() = %q", got)
	}
	_, err := ParseKPJ(full + "2")
	if strings.Contains(err.Error(), full) {
		t.Errorf("error shows the number: %v", err)
	}
	b, _ := json.Marshal(k)
	var back KPJ
	if err := json.Unmarshal(b, &back); err != nil || back != k || string(b) != `"`+full+`"` {
		t.Errorf("JSON round trip: %s -> %v, %v", b, back, err)
	}
	var zero KPJ
	if zero.IsValid() || zero.String() != "" || zero.Digits() != "" {
		t.Error("the zero KPJ must be invalid and empty")
	}
}
