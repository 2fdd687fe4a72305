package region

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// FuzzCheckCode checks that CheckCode and CheckIssuingDistrict never panic,
// that a problem is typed and names the code, and that suggestions are
// listed codes.
func FuzzCheckCode(f *testing.F) {
	for _, s := range []string{"32.16.01.2006", "32.16.09", "32.18", "32.76.01", "96.71.10.1004", "11", "32.16.01.3999"} {
		f.Add(s, false)
	}
	tab, err := LoadCSV(strings.NewReader("32.16,Kabupaten Bekasi\n32.16.01,Tarumajaya\n32.16.01.2001,Sagara Makmur\n32.16.01.2005,Setia Mulya\n32.75,Kota Bekasi\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, strict bool) {
		c, err := Parse(s)
		if err != nil {
			return
		}
		warns, err := CheckCode(tab, c, CheckOptions{Strict: strict})
		_, listed := tab.Name(c)
		var p *problem.Error
		switch {
		case listed && warns == nil && err == nil:
			return
		case strict && warns == nil && errors.As(err, &p):
		case !strict && err == nil && len(warns) == 1:
			p = warns[0]
		default:
			t.Fatalf("CheckCode(%v, strict %v) = %v, %v (listed %v)", c, strict, warns, err, listed)
		}
		if !errors.Is(p, ErrUnlisted) || p.Value != c.String() {
			t.Fatalf("problem %+v", p)
		}
		_ = CheckIssuingDistrict(tab, c)
	})
}
