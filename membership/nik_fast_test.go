package membership

import (
	"fmt"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// problemsOf lists err's problems with every field a caller sees, for
// comparing two errors.
func problemsOf(err error) []string {
	var l problem.List
	l.Add(err)
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = fmt.Sprintf("%s|%s|%s|%s|%s|%v", e.Code, e.Field, e.Value, e.ID, e.EN, e.Unwrap())
	}
	return out
}

// FuzzParseNIKShortcuts checks that ParseNIK's shortcuts, for 16 plain
// digits and for a district read before, change nothing: with and without
// them, on the first reading and the next (when the district is
// remembered), the same NIK or the same problems come out.
func FuzzParseNIKShortcuts(f *testing.F) {
	for _, s := range []string{
		"3216011708900001", " 3216011708900001 ", "3216 0117 0890 0001", "3216005708900001",
		"9916011708900001", "3270011708900001", "3216011708900000", "3216019902900001",
		"0216011708900001", "0000000000000000", "32160117089000012", "32160117O8900001",
		"3216013002900001", "3216011712400001",
	} {
		f.Add(s, int64(0), false)
		f.Add(s, int64(20260101), true)
	}
	f.Fuzz(func(t *testing.T, s string, ref int64, placeholder bool) {
		opts := NIKOptions{AllowPlaceholder: placeholder}
		if d, err := regulation.NewDate(int(ref/10000), time.Month(ref/100%100), int(ref%100)); err == nil {
			opts.Reference = d
		}
		slowN, slowErr := parseNIK(s, opts, false)
		for range 2 {
			n, err := parseNIK(s, opts, true)
			if n != slowN {
				t.Fatalf("ParseNIK(%q) = %v with its shortcuts, %v without", s, n, slowN)
			}
			if got, want := problemsOf(err), problemsOf(slowErr); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("ParseNIK(%q): problems\n%q with its shortcuts,\n%q without", s, got, want)
			}
		}
	})
}
