package region

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// Level is the tier of the administrative hierarchy that a [Code] names.
// Levels are ordered from the coarsest (Province) to the finest (Village).
// The zero Level belongs to the zero Code and names no tier.
type Level uint8

const (
	// Province is a provinsi, written with 2 digits ("32").
	Province Level = iota + 1
	// Regency is a kabupaten (regency) or kota (city), written with 4 digits
	// ("32.16").
	Regency
	// District is a kecamatan (district; in Papua often called distrik),
	// written with 6 digits ("32.16.01").
	District
	// Village is a desa (village) or kelurahan (urban ward), written with
	// 10 digits ("32.16.01.2001").
	Village
)

// String returns "province", "regency", "district" or "village", and
// "Level(n)" for any other value.
func (l Level) String() string {
	switch l {
	case Province:
		return "province"
	case Regency:
		return "regency"
	case District:
		return "district"
	case Village:
		return "village"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// VillageKind tells a kelurahan from a desa and a desa adat. It is the first
// digit of the village part of a code. The zero VillageKind is the kind of
// every code that is not a village.
type VillageKind uint8

const (
	// Kelurahan is an urban ward (first digit 1): a unit of the regency or
	// city administration, headed by a civil servant (lurah), with no
	// village budget of its own.
	Kelurahan VillageKind = 1
	// Desa is a village (first digit 2): a self-governing community with its
	// own head (kepala desa), officials and budget (APBDes), which receives
	// Dana Desa (the village fund).
	Desa VillageKind = 2
	// DesaAdat is a customary village (first digit 3), recognised under the
	// village law as a desa governed by customary institutions.
	DesaAdat VillageKind = 3
)

// String returns "kelurahan", "desa" or "desa adat", and "VillageKind(n)" for
// any other value.
func (k VillageKind) String() string {
	switch k {
	case Kelurahan:
		return "kelurahan"
	case Desa:
		return "desa"
	case DesaAdat:
		return "desa adat"
	}
	return "VillageKind(" + strconv.Itoa(int(k)) + ")"
}

// Code is a Kemendagri area code at any level: a province (32), a regency or
// city (32.16), a district (32.16.01) or a village (32.16.01.2001).
//
// Code is a small comparable value: use == to compare codes and use them as
// map keys. Every Code other than the zero value has passed [Parse]: its
// province is one of the 38 known provinces and every part is in range. The
// zero Code is not valid; it prints as "" and encodes as empty text.
type Code struct {
	prov, reg, dist uint8
	vil             uint16
	level           Level
}

// widths holds the number of digits of each part, coarsest first.
var widths = [4]int{2, 2, 2, 4}

// Parse reads an area code in dotted form ("32.16.01.2001") or compact form
// ("3216012001"), at any level. Leading and trailing white space is ignored.
//
// In dotted form every part must have its full width (2, 2, 2 and 4 digits)
// and be separated by exactly one dot; in compact form the code has 2, 4, 6
// or 10 digits. Only ASCII digits are accepted. Beyond its shape, a code is
// rejected when its province is not one of the 38 provinces ([ErrUnknownProvince]),
// when a part is out of range ([ErrOutOfRange]: regency or city 00 or 70,
// district 00, village serial 000), or when a village part starts with a
// digit other than 1, 2 or 3 ([ErrVillageKind]).
//
// The error is a *[problem.Error] with field "code" whose sentinel wraps
// [ErrInvalidCode]. Parse does not allocate when it succeeds.
func Parse(s string) (Code, error) {
	c, err := parse(strings.TrimSpace(s))
	if err != nil {
		return Code{}, err
	}
	return c, nil
}

// MustParse is like [Parse] but panics if s is not a valid code. It is meant
// for constants in programs and tests.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic("region.MustParse(" + strconv.Quote(s) + "): " + err.Error())
	}
	return c
}

// parse reads a trimmed code. It returns a *problem.Error rather than an
// error so that callers can re-label the field without a type assertion.
func parse(s string) (Code, *problem.Error) {
	if s == "" {
		return Code{}, errEmpty()
	}
	var parts [4]uint16
	n := 0
	if strings.IndexByte(s, '.') >= 0 {
		for rest, more := s, true; more; n++ {
			if n == len(parts) {
				return Code{}, errSyntax(s)
			}
			var part string
			part, rest, more = strings.Cut(rest, ".")
			v, ok := number(part, widths[n])
			if !ok {
				return Code{}, errSyntax(s)
			}
			parts[n] = v
		}
	} else {
		switch len(s) {
		case 2:
			n = 1
		case 4:
			n = 2
		case 6:
			n = 3
		case 10:
			n = 4
		default:
			return Code{}, errSyntax(s)
		}
		off := 0
		for i := range n {
			v, ok := number(s[off:off+widths[i]], widths[i])
			if !ok {
				return Code{}, errSyntax(s)
			}
			parts[i] = v
			off += widths[i]
		}
	}
	return build(s, parts, n)
}

// number reads exactly width ASCII digits.
func number(s string, width int) (uint16, bool) {
	if len(s) != width {
		return 0, false
	}
	var v uint16
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		v = v*10 + uint16(d)
	}
	return v, true
}

// build checks the ranges of the first n parts and assembles the code.
func build(s string, parts [4]uint16, n int) (Code, *problem.Error) {
	c := Code{prov: uint8(parts[0]), level: Level(n)}
	if provinceNames[c.prov] == "" {
		return Code{}, errUnknownProvince(s, c.prov)
	}
	if n >= 2 {
		c.reg = uint8(parts[1])
		if c.reg == 0 || c.reg == 70 {
			return Code{}, errRegencyRange(s, c.reg)
		}
	}
	if n >= 3 {
		c.dist = uint8(parts[2])
		if c.dist == 0 {
			return Code{}, errDistrictRange(s)
		}
	}
	if n == 4 {
		c.vil = parts[3]
		if k := c.vil / 1000; k < 1 || k > 3 {
			return Code{}, errVillageKind(s, k)
		}
		if c.vil%1000 == 0 {
			return Code{}, errVillageRange(s)
		}
	}
	return c, nil
}

// IsValid reports whether c is a parsed code rather than the zero Code.
func (c Code) IsValid() bool { return c.level != 0 }

// Level returns the tier that c names, or the zero Level for the zero Code.
func (c Code) Level() Level { return c.level }

// String returns c in dotted form, "32.16.01.2001", or "" for the zero Code.
func (c Code) String() string {
	var buf [13]byte
	return string(c.appendTo(buf[:0], true))
}

// Compact returns c without dots, "3216012001", or "" for the zero Code.
// This is the form embedded in a NIK (its first 6 digits) and used by many
// datasets.
func (c Code) Compact() string {
	var buf [10]byte
	return string(c.appendTo(buf[:0], false))
}

// AppendText appends the dotted form of c to b, as [Code.String] would
// write it. It implements [encoding.TextAppender].
func (c Code) AppendText(b []byte) ([]byte, error) {
	return c.appendTo(b, true), nil
}

// MarshalText returns the dotted form of c; the zero Code gives empty text.
// It implements [encoding.TextMarshaler], so a Code is a JSON string and can
// be a JSON object key.
func (c Code) MarshalText() ([]byte, error) {
	return c.appendTo(make([]byte, 0, 13), true), nil
}

// UnmarshalText sets c from dotted or compact text as [Parse] reads it.
// Empty text sets the zero Code, so that MarshalText and UnmarshalText
// round-trip every Code. It implements [encoding.TextUnmarshaler].
func (c *Code) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Code{}
		return nil
	}
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*c = p
	return nil
}

func (c Code) appendTo(b []byte, dots bool) []byte {
	if c.level == 0 {
		return b
	}
	b = appendDigits(b, uint16(c.prov), 2)
	if c.level >= Regency {
		b = appendSep(b, dots)
		b = appendDigits(b, uint16(c.reg), 2)
	}
	if c.level >= District {
		b = appendSep(b, dots)
		b = appendDigits(b, uint16(c.dist), 2)
	}
	if c.level >= Village {
		b = appendSep(b, dots)
		b = appendDigits(b, c.vil, 4)
	}
	return b
}

func appendSep(b []byte, dots bool) []byte {
	if dots {
		return append(b, '.')
	}
	return b
}

// appendDigits appends v as exactly width decimal digits, zero-padded.
func appendDigits(b []byte, v uint16, width int) []byte {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, buf[:width]...)
}

// truncate returns c cut down to level l, or the zero Code when l is finer
// than c (or is the zero Level).
func (c Code) truncate(l Level) Code {
	if l == 0 || l > c.level {
		return Code{}
	}
	t := Code{prov: c.prov, level: l}
	if l >= Regency {
		t.reg = c.reg
	}
	if l >= District {
		t.dist = c.dist
	}
	if l >= Village {
		t.vil = c.vil
	}
	return t
}

// Province returns the province that c lies in, or the zero Code when c is
// the zero Code.
func (c Code) Province() Code { return c.truncate(Province) }

// Regency returns the regency or city that c lies in, or the zero Code when
// c is a province or the zero Code.
func (c Code) Regency() Code { return c.truncate(Regency) }

// District returns the district that c lies in, or the zero Code when c is
// coarser than a district.
func (c Code) District() Code { return c.truncate(District) }

// Parent returns the code one level up: a village's district, a district's
// regency, a regency's province. A province and the zero Code have no
// parent; for them Parent returns the zero Code.
func (c Code) Parent() Code {
	if c.level <= Province {
		return Code{}
	}
	return c.truncate(c.level - 1)
}

// Contains reports whether other lies within c. A code contains itself and
// every finer code that shares its parts: 32.16 contains 32.16, 32.16.01 and
// 32.16.01.2001, but not 32.75 or 32. The zero Code contains nothing and is
// contained in nothing.
func (c Code) Contains(other Code) bool {
	return c.IsValid() && other.truncate(c.level) == c
}

// Compare returns -1, 0 or +1 as c sorts before, equal to or after other.
// The order is the order of the dotted strings: a code comes right before the
// codes it contains, and the zero Code comes first.
func (c Code) Compare(other Code) int {
	return cmp.Or(
		cmp.Compare(c.prov, other.prov),
		cmp.Compare(c.reg, other.reg),
		cmp.Compare(c.dist, other.dist),
		cmp.Compare(c.vil, other.vil),
		cmp.Compare(c.level, other.level),
	)
}

// IsRegency reports whether c is, or lies within, a kabupaten (regency): its
// regency part is 01–69. It is false for provinces and the zero Code.
func (c Code) IsRegency() bool { return c.level >= Regency && c.reg <= 69 }

// IsCity reports whether c is, or lies within, a kota (city): its regency part
// is 71–99. It is false for provinces and the zero Code.
func (c Code) IsCity() bool { return c.level >= Regency && c.reg >= 71 }

// VillageKind returns whether a village is a kelurahan, a desa or a desa
// adat. For any code that is not a village it returns the zero VillageKind.
func (c Code) VillageKind() VillageKind {
	if c.level != Village {
		return 0
	}
	return VillageKind(c.vil / 1000)
}
