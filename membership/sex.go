package membership

import (
	"strings"

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

var sexNames = [...]struct{ code, id, en string }{
	Male:   {"MALE", "laki-laki", "male"},
	Female: {"FEMALE", "perempuan", "female"},
}

// IsValid reports whether s is Male or Female.
func (s Sex) IsValid() bool { return s == Male || s == Female }

// String returns "MALE" or "FEMALE", or "" when invalid.
func (s Sex) String() string {
	if !s.IsValid() {
		return ""
	}
	return sexNames[s].code
}

// Name returns the word for s in the given language: "laki-laki" or
// "perempuan", "male" or "female".
func (s Sex) Name(l problem.Lang) string {
	if !s.IsValid() {
		return ""
	}
	if l == problem.English {
		return sexNames[s].en
	}
	return sexNames[s].id
}

// ParseSex reads a sex, ignoring case and surrounding spaces. It accepts the
// codes MALE and FEMALE, the letters used on Indonesian forms, L (laki-laki)
// and P (perempuan), the English letters M and F, and the Indonesian words.
func ParseSex(s string) (Sex, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "MALE", "M", "L", "LAKI-LAKI":
		return Male, nil
	case "FEMALE", "F", "P", "PEREMPUAN":
		return Female, nil
	}
	return 0, problem.New(ErrUnknownSex, "sex.unknown", "sex", problem.Clip(s),
		"jenis kelamin tidak dikenal; gunakan MALE (L) atau FEMALE (P)",
		"unknown sex; use MALE (L) or FEMALE (P)")
}

// MarshalText encodes the sex as its code.
func (s Sex) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrUnknownSex, "sex.unknown", "sex", "",
			"jenis kelamin kosong atau tidak dikenal", "empty or unknown sex")
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
