package membership

import (
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Sex is a participant's sex as the population register records it (jenis
// kelamin). A NIK encodes it: women have 40 added to the day of birth. The
// zero Sex is invalid.
type Sex uint8

const (
	// Male is laki-laki.
	Male Sex = iota + 1
	// Female is perempuan.
	Female
)

// sexes is the table of the sexes: their codes, names and the letters and
// words forms use for them.
var sexes = enum.New(upperKey, []enum.Def[Sex, struct{}]{
	{Value: Male, Code: "MALE", ID: "laki-laki", EN: "male", Aliases: []string{"M", "L", "LAKI-LAKI"}},
	{Value: Female, Code: "FEMALE", ID: "perempuan", EN: "female", Aliases: []string{"F", "P", "PEREMPUAN"}},
})

// upperKey is the key of the sex table: trimmed and upper case.
func upperKey(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// IsValid reports whether s is Male or Female.
func (s Sex) IsValid() bool { return sexes.Valid(s) }

// String returns "MALE" or "FEMALE", or "" when invalid.
func (s Sex) String() string { return sexes.Code(s) }

// Name returns the word for s in the given language: "laki-laki" or
// "perempuan", "male" or "female".
func (s Sex) Name(l problem.Lang) string { return sexes.Name(s, l) }

// ParseSex reads a sex, ignoring case and surrounding spaces. It accepts the
// codes MALE and FEMALE, the letters used on Indonesian forms, L (laki-laki)
// and P (perempuan), the English letters M and F, and the Indonesian words.
func ParseSex(s string) (Sex, error) {
	if v, ok := sexes.Lookup(s); ok {
		return v, nil
	}
	return 0, problem.New(ErrUnknownSex, "sex.unknown", "sex", problem.Clip(s),
		"tidak dikenal; gunakan MALE (L) atau FEMALE (P)",
		"unknown; use MALE (L) or FEMALE (P)")
}

// MarshalText encodes the sex as its code.
func (s Sex) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrUnknownSex, "sex.unknown", "sex", "",
			"kosong atau tidak dikenal", "empty or unknown")
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a sex as [ParseSex] reads it.
func (s *Sex) UnmarshalText(b []byte) error {
	v, err := ParseSex(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
