package partner

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Force is the service that issues a personnel number: the police or the
// armed forces. The zero Force is invalid.
type Force uint8

const (
	// Polri is the Indonesian National Police (Kepolisian Negara Republik
	// Indonesia), whose Bhabinkamtibmas serve the villages.
	Polri Force = iota + 1
	// TNI is the Indonesian National Armed Forces (Tentara Nasional
	// Indonesia), whose Babinsa serve the villages.
	TNI
)

// forceInfo is what the package keeps about a force besides its text: the
// length of its personnel numbers and how messages name one.
type forceInfo struct {
	minDigits, maxDigits int
	nrpID, nrpEN         string // the force as the length message names it
}

// forces is the table of the forces: their codes, names and the length of
// their personnel numbers (the force's policy entry: its table test fails
// when a force has none).
var forces = enum.New(codeKey, []enum.Def[Force, forceInfo]{
	{Value: Polri, Code: "POLRI", ID: "Kepolisian Negara Republik Indonesia (Polri)", EN: "Indonesian National Police (Polri)",
		Info: forceInfo{minDigits: polriNRPDigits, maxDigits: polriNRPDigits, nrpID: "Polri", nrpEN: "Polri"}},
	{Value: TNI, Code: "TNI", ID: "Tentara Nasional Indonesia (TNI)", EN: "Indonesian National Armed Forces (TNI)",
		Info: forceInfo{minDigits: tniMinDigits, maxDigits: tniMaxDigits, nrpID: "TNI", nrpEN: "TNI"}},
})

// Forces returns both forces in order.
func Forces() []Force { return forces.Values() }

// IsValid reports whether f is Polri or TNI.
func (f Force) IsValid() bool { return forces.Valid(f) }

// String returns "POLRI" or "TNI", or "" when invalid.
func (f Force) String() string { return forces.Code(f) }

// Name returns the force's name in the given language.
func (f Force) Name(l problem.Lang) string { return forces.Name(f, l) }

// MarshalText encodes the force as its code; an invalid force is an error.
func (f Force) MarshalText() ([]byte, error) {
	if !f.IsValid() {
		return nil, problem.New(ErrUnknownKind, "force.unknown", "force", "",
			"tidak dikenal; gunakan "+forces.Choices(problem.Indonesian),
			"unknown; use "+forces.Choices(problem.English))
	}
	return []byte(f.String()), nil
}

// UnmarshalText decodes "POLRI" or "TNI", ignoring case.
func (f *Force) UnmarshalText(b []byte) error {
	if v, ok := forces.Lookup(string(b)); ok {
		*f = v
		return nil
	}
	return problem.New(ErrUnknownKind, "force.unknown", "force", problem.Clip(string(b)),
		"tidak dikenal; gunakan "+forces.Choices(problem.Indonesian),
		"unknown; use "+forces.Choices(problem.English))
}

// The lengths of personnel numbers. A Polri NRP has 8 digits, a length
// that is unconfirmed. No rule was found for the TNI: their
// numbers are accepted with 8 to 14 digits, a loose bound to catch typing
// mistakes, not a rule.
const (
	polriNRPDigits = 8
	tniMinDigits   = 8
	tniMaxDigits   = 14
)

// NRP is a Nomor Registrasi Pokok, the personnel number of a police officer
// or a soldier: 8 digits for Polri; for the TNI the length is not confirmed
// (see [ParseNRP]).
//
// An NRP identifies a person and is personal data. String, every fmt verb,
// its slog value and the errors of this package show it masked, keeping its
// first and last two digits: "87••••23". The full number leaves only through
// [NRP.Digits] and the text encoding used for storage.
//
// NRP is a small comparable value; the zero NRP means no number.
type NRP struct {
	digits [tniMaxDigits]byte
	n      uint8
}

// ParseNRP reads the personnel number of a member of force f. Surrounding
// white space is ignored, and so are spaces, dots and hyphens between the
// digits. A Polri NRP must have exactly 8 ASCII digits; a TNI number 8 to 14.
// No number may be all zeros. Errors have field "nrp", the masked input as
// value, and wrap [ErrInvalidNRP].
func ParseNRP(s string, f Force) (NRP, error) {
	if !f.IsValid() {
		return NRP{}, nrpError("nrp.force", s, "kesatuan (Polri atau TNI) tidak diketahui",
			"the force (Polri or TNI) is not known")
	}
	info := forces.Info(f)
	return parseNRP(s, info.minDigits, info.maxDigits, f)
}

func parseNRP(s string, lo, hi int, f Force) (NRP, error) {
	var v NRP
	count := 0
	zero := true
	for _, c := range []byte(strings.TrimSpace(s)) {
		switch {
		case c >= '0' && c <= '9':
			if count < len(v.digits) {
				v.digits[count] = c
			}
			count++
			zero = zero && c == '0'
		case c == ' ' || c == '.' || c == '-':
		default:
			return NRP{}, nrpError("nrp.syntax", s, "hanya boleh berisi angka", "may only contain digits")
		}
	}
	switch {
	case count < lo || count > hi:
		want := fmt.Sprintf("%d", lo)
		if lo != hi {
			want = fmt.Sprintf("%d–%d", lo, hi)
		}
		id, en := "", ""
		if info := forces.Info(f); info.nrpID != "" {
			id, en = " untuk "+info.nrpID, " for "+info.nrpEN
		}
		return NRP{}, nrpError("nrp.length", s,
			fmt.Sprintf("harus %s angka%s, bukan %d", want, id, count),
			fmt.Sprintf("must have %s digits%s, not %d", want, en, count))
	case zero:
		return NRP{}, nrpError("nrp.zero", s, "tidak boleh semuanya nol", "cannot be all zeros")
	}
	v.n = uint8(count)
	return v, nil
}

// MustParseNRP is like [ParseNRP] but panics when s is not an NRP of force
// f. It is meant for constants in programs and tests.
func MustParseNRP(s string, f Force) NRP {
	v, err := ParseNRP(s, f)
	if err != nil {
		panic(err)
	}
	return v
}

// IsValid reports whether n holds a number, rather than being the zero NRP.
func (n NRP) IsValid() bool { return n.n > 0 }

// Len returns the number of digits.
func (n NRP) Len() int { return int(n.n) }

// Digits returns the full number, or "" for the zero NRP. This is personal
// data: use it to store or send the number, never to log it.
func (n NRP) Digits() string { return string(n.digits[:n.n]) }

// String returns n masked, "87••••23", or "" for the zero NRP.
func (n NRP) String() string {
	if !n.IsValid() {
		return ""
	}
	return problem.Mask(n.Digits(), 2)
}

// Format writes n masked for every verb, so that fmt never prints the full
// number; %#v gives partner.NRP("87••••23").
func (n NRP) Format(f fmt.State, verb rune) { formatMasked(f, verb, "NRP", n.String()) }

// LogValue returns n masked, so that log/slog never records the full number.
func (n NRP) LogValue() slog.Value { return slog.StringValue(n.String()) }

// MarshalText returns the full number, or empty text for the zero NRP. This
// is the storage encoding, used by JSON: it is personal data.
func (n NRP) MarshalText() ([]byte, error) { return []byte(n.Digits()), nil }

// UnmarshalText reads a number of either force: 8 to 14 digits. Text carries
// no force, so a partner's NRP is checked against its role's force by
// [Partner.Validate]. Empty text gives the zero NRP.
func (n *NRP) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = NRP{}
		return nil
	}
	v, err := parseNRP(string(b), polriNRPDigits, tniMaxDigits, 0)
	if err != nil {
		return err
	}
	*n = v
	return nil
}

func nrpError(code problem.Code, input, id, en string) error {
	return problem.New(ErrInvalidNRP, code, "nrp", problem.MaskInput(input, 2), id, en)
}

// formatMasked writes a masked value for fmt: %#v shows the type,
// partner.NRP("87••••23"), and every other verb formats the masked text as a
// string.
func formatMasked(f fmt.State, verb rune, typ, masked string) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "partner.%s(%q)", typ, masked)
		return
	}
	if verb != 'q' && verb != 'x' && verb != 'X' {
		verb = 's'
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), masked)
}
