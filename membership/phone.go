package membership

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// Phone is an Indonesian telephone number, mobile or landline, held in
// E.164 form: "+6281234567890".
//
// A phone number is personal data: String, fmt, slog and errors show it
// masked, "+628••••••7890". The full number leaves only through
// [Phone.E164] and the text encoding used for storage.
//
// Phone is a small comparable value; the zero Phone means no number.
type Phone struct {
	nsn string // national significant number: the digits after +62
}

// Length limits of the national significant number (the digits after +62).
// Mobile numbers (08xx) have 10 to 13 digits written nationally; landlines
// have an area code of 2 to 4 digits and a subscriber number.
const (
	minMobile, maxMobile     = 9, 12
	minLandline, maxLandline = 8, 11
)

// ParsePhone reads an Indonesian telephone number written nationally
// ("0812-3456-7890", "(021) 5555 1234") or internationally ("+62 812 3456
// 7890", "6281234567890", "+62 (0)21 5555 1234"). Spaces, hyphens, dots and
// parentheses are ignored; a "+" may only come before the digits and must be
// followed by 62. After the country code or the leading 0, a number starting
// with 8 is a mobile number of 9 to 12 digits, and one starting with 2 to 7
// or 9 a landline of 8 to 11 digits. Errors have field "phone", the masked
// input as value, and wrap [ErrInvalidPhone].
func ParsePhone(s string) (Phone, error) {
	t := strings.TrimSpace(s)
	var b strings.Builder
	plus := false
	for _, c := range []byte(t) {
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '+' && !plus && b.Len() == 0:
			plus = true
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
		default:
			return Phone{}, phoneError("phone.syntax", s,
				"hanya boleh berisi angka, spasi, tanda hubung, titik, kurung dan + di depan",
				"may only contain digits, spaces, hyphens, dots, parentheses and a leading +")
		}
	}
	d := b.String()
	var nsn string
	switch {
	case d == "":
		return Phone{}, phoneError("phone.empty", s, "kosong", "is empty")
	case strings.HasPrefix(d, "62"):
		nsn = strings.TrimPrefix(d[2:], "0") // "+62 (0)21 ..." keeps its trunk 0
	case plus:
		return Phone{}, phoneError("phone.country", s,
			"kode negaranya harus +62 (Indonesia)", "its country code must be +62 (Indonesia)")
	case strings.HasPrefix(d, "0") && !strings.HasPrefix(d, "00"):
		nsn = d[1:]
	default:
		return Phone{}, phoneError("phone.prefix", s,
			"harus diawali 0, 62 atau +62", "must start with 0, 62 or +62")
	}
	lo, hi := minLandline, maxLandline
	switch {
	case nsn == "" || nsn[0] == '0' || nsn[0] == '1':
		return Phone{}, phoneError("phone.prefix", s,
			"setelah 0 atau +62 nomor telepon harus diawali 2–9", "after 0 or +62 a phone number must start with 2–9")
	case nsn[0] == '8':
		lo, hi = minMobile, maxMobile
	}
	if len(nsn) < lo || len(nsn) > hi {
		return Phone{}, phoneError("phone.length", s,
			fmt.Sprintf("harus %d–%d angka tanpa 0 di depan, bukan %d", lo, hi, len(nsn)),
			fmt.Sprintf("must have %d–%d digits without the leading 0, not %d", lo, hi, len(nsn)))
	}
	return Phone{nsn: nsn}, nil
}

// MustParsePhone is like [ParsePhone] but panics when s is not a phone
// number. It is meant for constants in programs and tests.
func MustParsePhone(s string) Phone {
	p, err := ParsePhone(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsValid reports whether p holds a number, rather than being the zero Phone.
func (p Phone) IsValid() bool { return p.nsn != "" }

// IsMobile reports whether p is a mobile number (+62 8...).
func (p Phone) IsMobile() bool { return strings.HasPrefix(p.nsn, "8") }

// E164 returns the full number in E.164 form, "+6281234567890", or "" for
// the zero Phone. This is personal data: never log it.
func (p Phone) E164() string {
	if !p.IsValid() {
		return ""
	}
	return "+62" + p.nsn
}

// String returns p masked, "+628••••••7890", or "" for the zero Phone.
func (p Phone) String() string {
	if !p.IsValid() {
		return ""
	}
	return problem.Mask(p.E164(), 4)
}

// Format writes p masked for every verb, as [NIK.Format] does.
func (p Phone) Format(f fmt.State, verb rune) { formatMasked(f, verb, "Phone", p.String()) }

// LogValue returns p masked, so that log/slog never records the full number.
func (p Phone) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalText returns the full number in E.164 form, or empty text for the
// zero Phone. This is the storage encoding, used by JSON: it is personal data.
func (p Phone) MarshalText() ([]byte, error) { return []byte(p.E164()), nil }

// UnmarshalText reads a number as [ParsePhone] does; empty text gives the
// zero Phone.
func (p *Phone) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Phone{}
		return nil
	}
	v, err := ParsePhone(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

func phoneError(code problem.Code, input, id, en string) error {
	return problem.New(ErrInvalidPhone, code, "phone", problem.MaskInput(input, 4), id, en)
}
