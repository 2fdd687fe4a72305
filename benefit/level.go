package benefit

import (
	"github.com/desasadar/jamsos/problem"
)

// Level is a level of education for the scholarship (beasiswa).
type Level uint8

const (
	// NotInSchool is a child not yet at school: the scholarship is owed from
	// the year the child enters school.
	NotInSchool Level = iota
	// TK is kindergarten (Taman Kanak-kanak).
	TK
	// SD is primary school (Sekolah Dasar) or its equivalent.
	SD
	// SMP is junior secondary school (Sekolah Menengah Pertama).
	SMP
	// SMA is senior secondary school (Sekolah Menengah Atas) or vocational school.
	SMA
	// PT is higher education up to a bachelor's degree (perguruan tinggi,
	// S1), or job training (pelatihan).
	PT
	numLevels
)

var levelNames = [...]struct{ code, id, en string }{
	NotInSchool: {"NONE", "belum sekolah", "not yet at school"},
	TK:          {"TK", "TK", "kindergarten"},
	SD:          {"SD", "SD/sederajat", "primary school"},
	SMP:         {"SMP", "SMP/sederajat", "junior secondary school"},
	SMA:         {"SMA", "SMA/sederajat", "senior secondary school"},
	PT:          {"PT", "perguruan tinggi (S1) atau pelatihan", "higher education (bachelor's) or training"},
}

// IsValid reports whether l is one of the named levels.
func (l Level) IsValid() bool { return l < numLevels }

// String returns the level's code: NONE, TK, SD, SMP, SMA or PT.
func (l Level) String() string {
	if !l.IsValid() {
		return ""
	}
	return levelNames[l].code
}

// Name returns the level's name in the given language.
func (l Level) Name(lang problem.Lang) string {
	if !l.IsValid() {
		return ""
	}
	if lang == problem.English {
		return levelNames[l].en
	}
	return levelNames[l].id
}

// MarshalText encodes the level as its code.
func (l Level) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, invalid("level", "", "tidak dikenal", "unknown")
	}
	return []byte(l.String()), nil
}

// UnmarshalText decodes a level's code; empty text is [NotInSchool].
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = NotInSchool
		return nil
	}
	for i, n := range levelNames {
		if n.code == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return problem.New(ErrNoScholarship, "scholarship.level", "level", problem.Clip(string(b)),
		"tidak dikenal; gunakan NONE, TK, SD, SMP, SMA atau PT",
		"unknown; use NONE, TK, SD, SMP, SMA or PT")
}

func invalid(field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidInput, "benefit.input", field, value, id, en)
}
