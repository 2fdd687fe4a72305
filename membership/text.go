package membership

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/desasadar/jamsos/problem"
)

// NormalizeName returns s in the form this package stores names and other
// free text: Unicode NFC (so "é" typed as e plus a combining accent equals
// the precomposed letter), without leading or trailing white space, and with
// every run of white space inside it turned into one ASCII space.
func NormalizeName(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// checkText reports text that has invalid UTF-8 or control characters, or
// that is not in the form [NormalizeName] gives. The caller sets the field.
func checkText(s string) error {
	if !utf8.ValidString(s) || strings.ContainsFunc(s, isControl) {
		return problem.New(ErrInvalidField, "text.characters", "", "",
			"teks berisi karakter kendali atau bukan UTF-8 yang sah",
			"the text contains control characters or is not valid UTF-8")
	}
	if s != NormalizeName(s) {
		return problem.New(ErrInvalidField, "text.normal_form", "", "",
			"teks belum dinormalkan (NFC, tanpa spasi di awal/akhir atau spasi ganda); gunakan NormalizeName",
			"the text is not normalised (NFC, no leading, trailing or repeated spaces); use NormalizeName")
	}
	return nil
}

// isControl reports control characters other than the white space that
// NormalizeName turns into spaces.
func isControl(r rune) bool { return unicode.IsControl(r) && !unicode.IsSpace(r) }

// both returns an error that errors.Is matches against a and against b.
func both(a, b error) error { return fmt.Errorf("%w: %w", a, b) }

// formatMasked writes a masked value for fmt: %#v shows the type,
// membership.NIK("3216••••••••0001"), and every other verb formats the
// masked text as a string.
func formatMasked(f fmt.State, verb rune, typ, masked string) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "membership.%s(%q)", typ, masked)
		return
	}
	if verb != 'q' && verb != 'x' && verb != 'X' {
		verb = 's'
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), masked)
}

// num reads a short run of ASCII digits already checked by the caller.
func num(b []byte) int {
	n := 0
	for _, c := range b {
		n = n*10 + int(c-'0')
	}
	return n
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != '0' {
			return false
		}
	}
	return true
}
