package membership

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestParsePhone(t *testing.T) {
	for _, tt := range []struct {
		name, in, e164 string
		mobile         bool
		code           problem.Code
	}{
		{"national mobile", "081234567890", "+6281234567890", true, ""},
		{"national mobile with dashes", "0812-3456-7890", "+6281234567890", true, ""},
		{"62 without plus", "6281234567890", "+6281234567890", true, ""},
		{"+62 with spaces", "+62 812 3456 7890", "+6281234567890", true, ""},
		{"+62 with a trunk zero in parentheses", "+62 (0)812 3456 7890", "+6281234567890", true, ""},
		{"+62 in parentheses", "(+62) 812.3456.7890", "+6281234567890", true, ""},
		{"shortest mobile, 10 digits nationally", "0812345678", "+62812345678", true, ""},
		{"Jakarta landline", "(021) 5555-1234", "+622155551234", false, ""},
		{"small-town landline", "0274 123456", "+62274123456", false, ""},
		{"too short", "08123456", "", false, "phone.length"},
		{"too long", "08123456789012", "", false, "phone.length"},
		{"landline too long", "0211234567890", "", false, "phone.length"},
		{"letters", "0812-CALL-ME", "", false, "phone.syntax"},
		{"other country", "+60 12 345 6789", "", false, "phone.country"},
		{"no prefix", "81234567890", "", false, "phone.prefix"},
		{"international dialling prefix", "0062812345678", "", false, "phone.prefix"},
		{"starts with 1 after 0", "01500123", "", false, "phone.prefix"},
		{"plus in the middle", "0812+34567890", "", false, "phone.syntax"},
		{"empty", "  ", "", false, "phone.empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParsePhone(tt.in)
			if tt.code == "" {
				if err != nil || p.E164() != tt.e164 || p.IsMobile() != tt.mobile {
					t.Fatalf("ParsePhone(%q) = %q mobile %v, %v", tt.in, p.E164(), p.IsMobile(), err)
				}
				return
			}
			var pe *problem.Error
			if !errors.As(err, &pe) || pe.Code != tt.code || pe.Field != "phone" || !errors.Is(err, ErrInvalidPhone) {
				t.Fatalf("ParsePhone(%q) error = %v, want code %s", tt.in, err, tt.code)
			}
		})
	}
}

func TestPhoneMasked(t *testing.T) {
	p := MustParsePhone("0812-3456-7890")
	for _, format := range []string{"%v", "%+v", "%s", "%q", "%#v"} {
		if got := fmt.Sprintf(format, p); strings.Contains(got, "81234567890") || !strings.Contains(got, "+628••••••7890") {
			t.Errorf("Sprintf(%q) = %q", format, got)
		}
	}
	_, err := ParsePhone("0812345678901234")
	if strings.Contains(err.Error(), "812345678901234") {
		t.Errorf("error shows the number: %v", err)
	}
	b, _ := json.Marshal(p)
	var back Phone
	if err := json.Unmarshal(b, &back); err != nil || back != p || string(b) != `"+6281234567890"` {
		t.Errorf("JSON round trip: %s -> %v, %v", b, back, err)
	}
}
