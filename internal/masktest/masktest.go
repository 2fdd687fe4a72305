// Package masktest checks, in this module's tests, that an error shows no
// identity number in full: no run of sixteen digits (the length of a NIK)
// in any problem's value or in its message in either language.
package masktest

import (
	"regexp"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

var sixteenDigits = regexp.MustCompile(`[0-9]{16}`)

// Check fails t if err, read as a [problem.List], has a problem whose value
// or message, in Indonesian or in English, holds sixteen digits in a row.
func Check(t testing.TB, err error) {
	t.Helper()
	var l problem.List
	l.Add(err)
	for _, e := range l {
		for _, s := range []string{e.Value, e.Message(problem.Indonesian), e.Message(problem.English)} {
			if sixteenDigits.MatchString(s) {
				t.Fatalf("a number shown in full in a problem (%s): %q", e.Code, s)
			}
		}
	}
}
