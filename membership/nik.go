package membership

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// NIK is a Nomor Induk Kependudukan, the 16-digit population identity number
// on every Indonesian identity card (KTP) and family card (KK). It reads
//
//	PP KK CC DDMMYY SSSS
//	32 16 01 170890 0001
//
// the district (kecamatan) where it was issued as a Kemendagri area code,
// the date of birth with 40 added to the day for women, and a serial number.
// The district is where the number was issued: after a regency split it may
// not match today's area codes, and it need not contain the holder's
// domicile.
//
// A NIK is personal data (UU 27/2022 on personal data protection). Its
// String method, every fmt verb (%v, %+v, %#v, %s, %q), its slog value and
// the errors of this package show it masked, "3216••••••••0001". The full
// number leaves only through [NIK.Digits] and the text encoding
// ([NIK.MarshalText]), which JSON uses: that encoding is meant for storage
// and transmission to systems entitled to the number, never for logs.
//
// NIK is a small comparable value. The zero NIK is invalid ([NIK.IsValid]).
// Two NIKs with the same digits are equal unless their reference dates put
// the birth year in different centuries; compare [NIK.Digits] to be sure.
type NIK struct {
	digits   [16]byte        // ASCII digits; all zero bytes in the zero NIK
	district region.Code     // zero for a placeholder
	birth    regulation.Date // zero for a placeholder
}

// NIKOptions says how [ParseNIK] reads a NIK.
type NIKOptions struct {
	// Reference is the date a NIK is read on: it resolves the century of the
	// two-digit birth year, and no birth date may lie after it. The year yy
	// is read as 20yy when that birth date is not after Reference, and as
	// 19yy otherwise; a birth date after Reference even in 19yy is an error.
	//
	// The zero Reference stands for 31 December 2035 and checks no future
	// birth dates: without a date to read on, the century is chosen so that
	// births from 1936 to 2035 come out right. Callers that know the date
	// (the day a registration is checked) should give it.
	Reference regulation.Date
	// AllowPlaceholder accepts a placeholder NIK (one starting with 0, see
	// [NIK.IsPlaceholder]) instead of rejecting it with [ErrPlaceholderNIK].
	AllowPlaceholder bool
}

// defaultReference is the reference date of the zero NIKOptions.
var defaultReference = regulation.MustDate(2035, time.December, 31)

// ParseNIK reads a NIK. Surrounding white space is ignored, and so are
// spaces, dots and hyphens between the digits ("3216 0117 0890 0001"); what
// remains must be 16 ASCII digits. A NIK starting with 0 is a placeholder,
// rejected unless opts allows it; no other rule applies to a placeholder
// except that it may not be all zeros. Any other NIK must have:
//
//   - a known province and an issuing district in range (region.Parse on its
//     first six digits: regency or city not 00 or 70, district not 00);
//   - a birth date that exists, once 40 is taken off a woman's day (41–71),
//     with its century resolved as [NIKOptions.Reference] describes;
//   - a serial from 0001 to 9999.
//
// Every problem found is reported at once, as a problem.List whose errors all
// have field "nik", the masked input as value, and wrap [ErrInvalidNIK].
// ParseNIK does not allocate when it succeeds on 16 plain digits whose
// district it has read before.
func ParseNIK(s string, opts NIKOptions) (NIK, error) { return parseNIK(s, opts, true) }

// parseNIK is ParseNIK, with its shortcuts for 16 plain digits and for a
// district read before when fast is set: what it returns is the same
// either way.
func parseNIK(s string, opts NIKOptions, fast bool) (NIK, error) {
	var n NIK
	count := 0
	var t string // what the loop below reads
	if fast && len(s) == len(n.digits) && digits8(s[:8]) && digits8(s[8:]) {
		count = copy(n.digits[:], s) // what the loop would copy of s, which trimming leaves whole
	} else {
		t = strings.TrimSpace(s)
	}
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			if count < len(n.digits) {
				n.digits[count] = c
			}
			count++
		case c == ' ' || c == '.' || c == '-':
		default:
			return NIK{}, nikError(ErrInvalidNIK, "nik.syntax", s,
				"hanya boleh berisi angka", "may only contain digits")
		}
	}
	if count != len(n.digits) {
		return NIK{}, nikError(ErrInvalidNIK, "nik.length", s,
			fmt.Sprintf("harus 16 angka, bukan %d", count),
			fmt.Sprintf("must have 16 digits, not %d", count))
	}
	if n.digits[0] == '0' {
		switch {
		case !opts.AllowPlaceholder:
			return NIK{}, nikError(ErrPlaceholderNIK, "nik.placeholder", s,
				"diawali 0, tanda NIK sementara, yang tidak diterima; gunakan yang diterbitkan Dukcapil",
				"starts with 0, the mark of a placeholder, which is not accepted; use the one issued by the civil registry")
		case allZero(n.digits[:]):
			return NIK{}, nikError(ErrInvalidNIK, "nik.zero", s,
				"tidak boleh semuanya nol", "cannot be all zeros")
		}
		return n, nil
	}

	var l problem.List
	bad := func(sentinel error, code problem.Code, id, en string) {
		l = append(l, problem.New(sentinel, code, "nik", problem.MaskInput(s, 4), id, en))
	}
	var err error
	if fast {
		err = districtOf(&n.digits, &n.district)
	} else {
		n.district, err = region.Parse(string(n.digits[:6]))
	}
	switch {
	case err == nil:
	case errors.Is(err, region.ErrUnknownProvince):
		bad(both(ErrInvalidNIK, region.ErrUnknownProvince), "nik.province",
			"kode provinsinya tidak dikenal", "its province code is unknown")
	default:
		bad(both(ErrInvalidNIK, region.ErrInvalidCode), "nik.district",
			"kode kecamatannya tidak sah (kabupaten/kota atau kecamatan 00)",
			"its district code is not valid (regency/city or district 00)")
	}

	birth, code, idMsg, enMsg := nikBirth(n.digits, opts.Reference)
	if code != "" {
		bad(ErrInvalidNIK, code, idMsg, enMsg)
	}
	n.birth = birth

	if string(n.digits[12:]) == "0000" {
		bad(ErrInvalidNIK, "nik.serial",
			"nomor urutnya tidak boleh 0000", "its serial number cannot be 0000")
	}
	if len(l) > 0 {
		return NIK{}, l
	}
	return n, nil
}

// digits8 reports whether the eight bytes of s are all ASCII digits, eight
// at a time: a byte is a digit when its high nibble is 3 and adding 6 to it
// leaves the nibble 3 (no byte of such a word carries into the next).
func digits8(s string) bool {
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const nibbles, threes, sixes = 0xF0F0F0F0F0F0F0F0, 0x3030303030303030, 0x0606060606060606
	return w&nibbles == threes && (w+sixes)&nibbles == threes
}

// districts are the districts [region.Parse] has read from the first six
// digits of NIKs, so that the NIKs of a roster, which share a few
// districts, have each read once: an entry is the six digits and the code
// region.Parse gave for them (never an error, which is made afresh). It is
// direct-mapped: a district replaces the one before it in its slot. It is
// safe for concurrent use, and holds at most 256 entries.
var districts [256]atomic.Pointer[districtEntry]

type districtEntry struct {
	key  uint64 // the six digits, little-endian
	code region.Code
}

// districtOf sets *c to what region.Parse gives for the first six digits
// of d, from districts when it has them, and returns its error. (It sets
// *c, rather than returning it, for the code to be copied as a whole: a
// code returned in parts and read back at once makes the processor wait.)
func districtOf(d *[16]byte, c *region.Code) error {
	key := uint64(d[0]) | uint64(d[1])<<8 | uint64(d[2])<<16 | uint64(d[3])<<24 | uint64(d[4])<<32 | uint64(d[5])<<40
	slot := &districts[(key*0x9E3779B97F4A7C15)>>56]
	if e := slot.Load(); e != nil && e.key == key {
		*c = e.code
		return nil
	}
	code, err := region.Parse(string(d[:6]))
	if err != nil {
		*c = region.Code{}
		return err
	}
	slot.Store(&districtEntry{key, code})
	*c = code
	return nil
}

// nikBirth decodes the birth date in digits 7 to 12. On failure it returns
// the problem's code and messages.
func nikBirth(d [16]byte, ref regulation.Date) (birth regulation.Date, code problem.Code, id, en string) {
	day, month, yy := num(d[6:8]), num(d[8:10]), num(d[10:12])
	if day > 40 {
		day -= 40
	}
	if day < 1 || day > 31 || month < 1 || month > 12 {
		return regulation.Date{}, "nik.birth_date",
			"tanggal lahirnya tidak ada (hari 01–31, atau 41–71 untuk perempuan; bulan 01–12)",
			"its birth date does not exist (day 01–31, or 41–71 for women; month 01–12)"
	}
	if ref.IsZero() {
		ref = defaultReference
	}
	if b, err := regulation.NewDate(2000+yy, time.Month(month), day); err == nil && !b.After(ref) {
		return b, "", "", ""
	}
	b, err := regulation.NewDate(1900+yy, time.Month(month), day)
	switch {
	case err != nil:
		return regulation.Date{}, "nik.birth_date",
			"tanggal lahirnya tidak ada di kalender", "its birth date does not exist in the calendar"
	case b.After(ref):
		return regulation.Date{}, "nik.birth_future",
			"tanggal lahirnya setelah tanggal acuan " + ref.String(),
			"its birth date is after the reference date " + ref.String()
	}
	return b, "", "", ""
}

// MustParseNIK is like [ParseNIK] with the zero [NIKOptions], but panics when
// s is not a NIK. It is meant for constants in programs and tests.
func MustParseNIK(s string) NIK {
	n, err := ParseNIK(s, NIKOptions{})
	if err != nil {
		panic(err)
	}
	return n
}

// IsValid reports whether n was read by [ParseNIK], rather than being the
// zero NIK.
func (n NIK) IsValid() bool { return n.digits[0] != 0 }

// IsPlaceholder reports whether n is a placeholder: a number starting with 0
// that a village information system (OpenSID, for one) gives a resident
// whose real NIK it does not know yet. Its digits mean nothing, so
// [NIK.District], [NIK.BirthDate], [NIK.Sex] and [NIK.Serial] return zero
// values for it.
func (n NIK) IsPlaceholder() bool { return n.digits[0] == '0' }

// District returns the district (kecamatan) that issued n, or the zero Code
// for a placeholder and the zero NIK.
func (n NIK) District() region.Code { return n.district }

// BirthDate returns the birth date that n encodes, with its century resolved
// when n was read; the zero Date for a placeholder and the zero NIK.
func (n NIK) BirthDate() regulation.Date { return n.birth }

// Sex returns the sex that n encodes: [Female] when 40 was added to the day
// of birth, [Male] otherwise; zero for a placeholder and the zero NIK.
func (n NIK) Sex() Sex {
	switch {
	case n.birth.IsZero():
		return 0
	case n.digits[6] >= '4':
		return Female
	}
	return Male
}

// Serial returns the serial number of n, 1 to 9999; zero for a placeholder
// and the zero NIK.
func (n NIK) Serial() int {
	if n.birth.IsZero() {
		return 0
	}
	return num(n.digits[12:])
}

// Digits returns the full 16 digits of n, or "" for the zero NIK. This is
// personal data: use it to store or send the number, never to log it.
func (n NIK) Digits() string {
	if !n.IsValid() {
		return ""
	}
	return string(n.digits[:])
}

// Compare compares the digits of n and m as [NIK.Digits] would, without
// making strings: -1 when n's come first, +1 when m's do, 0 when they are
// the same. The zero NIK comes before every valid one.
func (n NIK) Compare(m NIK) int {
	return bytes.Compare(n.digits[:], m.digits[:])
}

// String returns n masked, keeping the first and last four digits:
// "3216••••••••0001". The zero NIK gives "".
func (n NIK) String() string {
	if !n.IsValid() {
		return ""
	}
	return problem.Mask(string(n.digits[:]), 4)
}

// Format writes n masked for every verb, so that fmt never prints the full
// number: %v, %+v and %s give 3216••••••••0001, %q gives it quoted and %#v
// gives membership.NIK("3216••••••••0001").
func (n NIK) Format(f fmt.State, verb rune) { formatMasked(f, verb, "NIK", n.String()) }

// LogValue returns n masked, so that log/slog never records the full number.
func (n NIK) LogValue() slog.Value { return slog.StringValue(n.String()) }

// MarshalText returns the full 16 digits, or empty text for the zero NIK.
// This is the storage encoding, used by JSON: it is personal data.
func (n NIK) MarshalText() ([]byte, error) { return []byte(n.Digits()), nil }

// UnmarshalText reads a NIK as [ParseNIK] does, accepting placeholders and
// resolving the century with the zero [NIKOptions.Reference], since a text
// encoding carries no date. Empty text gives the zero NIK. Check the result
// with the caller's own options (as [Registration.Validate] does) before
// relying on it.
func (n *NIK) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = NIK{}
		return nil
	}
	v, err := ParseNIK(string(b), NIKOptions{AllowPlaceholder: true})
	if err != nil {
		return err
	}
	*n = v
	return nil
}

func nikError(sentinel error, code problem.Code, input, id, en string) error {
	return problem.List{problem.New(sentinel, code, "nik", problem.MaskInput(input, 4), id, en)}
}
