package membership

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// KPJ is a Kartu Peserta Jamsostek number, the membership number on a BPJS
// Ketenagakerjaan card. A KPJ has 11 digits according to several independent
// validators; BPJS has not published the rule, so it is unconfirmed, and no
// check digit is known. BPU participants can also be found and pay by their
// 16-digit NIK.
//
// A KPJ is personal data and is masked like a [NIK], keeping its first and
// last two digits: "12•••••••01". The full number leaves only through
// [KPJ.Digits] and the text encoding used for storage.
//
// KPJ is a small comparable value; the zero KPJ is invalid.
type KPJ struct {
	digits [11]byte // ASCII digits; all zero bytes in the zero KPJ
}

// ParseKPJ reads a KPJ number. Surrounding white space is ignored, and so
// are spaces, dots and hyphens between the digits; what remains must be 11
// ASCII digits, not all zeros. Errors have field "kpj", the masked input as
// value, and wrap [ErrInvalidKPJ].
func ParseKPJ(s string) (KPJ, error) {
	var k KPJ
	count := 0
	for _, c := range []byte(strings.TrimSpace(s)) {
		switch {
		case c >= '0' && c <= '9':
			if count < len(k.digits) {
				k.digits[count] = c
			}
			count++
		case c == ' ' || c == '.' || c == '-':
		default:
			return KPJ{}, kpjError("kpj.syntax", s, "hanya boleh berisi angka", "may only contain digits")
		}
	}
	switch {
	case count != len(k.digits):
		return KPJ{}, kpjError("kpj.length", s,
			fmt.Sprintf("harus 11 angka, bukan %d", count),
			fmt.Sprintf("must have 11 digits, not %d", count))
	case allZero(k.digits[:]):
		return KPJ{}, kpjError("kpj.zero", s, "tidak boleh semuanya nol", "cannot be all zeros")
	}
	return k, nil
}

// MustParseKPJ is like [ParseKPJ] but panics when s is not a KPJ number. It
// is meant for constants in programs and tests.
func MustParseKPJ(s string) KPJ {
	k, err := ParseKPJ(s)
	if err != nil {
		panic(err)
	}
	return k
}

// IsValid reports whether k was read by [ParseKPJ], rather than being the
// zero KPJ.
func (k KPJ) IsValid() bool { return k.digits[0] != 0 }

// Digits returns the full 11 digits of k, or "" for the zero KPJ. This is
// personal data: use it to store or send the number, never to log it.
func (k KPJ) Digits() string {
	if !k.IsValid() {
		return ""
	}
	return string(k.digits[:])
}

// String returns k masked, "12•••••••01", or "" for the zero KPJ.
func (k KPJ) String() string {
	if !k.IsValid() {
		return ""
	}
	return problem.Mask(string(k.digits[:]), 2)
}

// Format writes k masked for every verb, as [NIK.Format] does.
func (k KPJ) Format(f fmt.State, verb rune) { formatMasked(f, verb, "KPJ", k.String()) }

// LogValue returns k masked, so that log/slog never records the full number.
func (k KPJ) LogValue() slog.Value { return slog.StringValue(k.String()) }

// MarshalText returns the full 11 digits, or empty text for the zero KPJ.
// This is the storage encoding, used by JSON: it is personal data.
func (k KPJ) MarshalText() ([]byte, error) { return []byte(k.Digits()), nil }

// UnmarshalText reads a KPJ number as [ParseKPJ] does; empty text gives the
// zero KPJ.
func (k *KPJ) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = KPJ{}
		return nil
	}
	v, err := ParseKPJ(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

func kpjError(code problem.Code, input, id, en string) error {
	return problem.New(ErrInvalidKPJ, code, "kpj", problem.MaskInput(input, 2), id, en)
}
