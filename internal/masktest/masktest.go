// Package masktest checks, in this module's tests, that an error shows no
// identity number in full: no sixteen digits (the length of a NIK), written
// together or in groups joined by single spaces, dots or dashes, in any
// problem's value or in its message in either language.
package masktest

import (
	"regexp"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// SixteenDigits matches a NIK written together or in groups.
var SixteenDigits = regexp.MustCompile(`[0-9](?:[ .-]?[0-9]){15}`)

// Check fails t if err, read as a [problem.List], has a problem whose value
// or message, in Indonesian or in English, holds sixteen digits written
// together or in groups.
func Check(t testing.TB, err error) {
	t.Helper()
	var l problem.List
	l.Add(err)
	for _, e := range l {
		for _, s := range []string{e.Value, e.Message(problem.Indonesian), e.Message(problem.English)} {
			if SixteenDigits.MatchString(s) {
				t.Fatalf("a number shown in full in a problem (%s): %q", e.Code, s)
			}
		}
	}
}
