package membership

import (
	"iter"
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Program is one of the five BPJS Ketenagakerjaan programs. The zero Program
// is invalid.
type Program uint8

// The programs, in the order BPJS lists them.
const (
	// JKK is Jaminan Kecelakaan Kerja, work-accident insurance.
	JKK Program = iota + 1
	// JKM is Jaminan Kematian, the death benefit for a death not caused by work.
	JKM
	// JHT is Jaminan Hari Tua, old-age savings.
	JHT
	// JP is Jaminan Pensiun, the pension, for wage earners only.
	JP
	// JKP is Jaminan Kehilangan Pekerjaan, job-loss insurance, for wage
	// earners only and with no bill of its own.
	JKP
)

// programs is the table of the programs: their codes and names. Every
// method of Program and the order of ProgramSet derive from it; a program's
// policy (which segments take it, from when it is offered) is in [Params].
var programs = enum.New(enum.Fold, []enum.Def[Program, struct{}]{
	{Value: JKK, Code: "JKK", ID: "Jaminan Kecelakaan Kerja", EN: "Work Accident Insurance"},
	{Value: JKM, Code: "JKM", ID: "Jaminan Kematian", EN: "Death Benefit"},
	{Value: JHT, Code: "JHT", ID: "Jaminan Hari Tua", EN: "Old-Age Savings"},
	{Value: JP, Code: "JP", ID: "Jaminan Pensiun", EN: "Pension"},
	{Value: JKP, Code: "JKP", ID: "Jaminan Kehilangan Pekerjaan", EN: "Job Loss Insurance"},
})

// Programs returns every program in order.
func Programs() []Program { return programs.Values() }

// IsValid reports whether p is one of the programs.
func (p Program) IsValid() bool { return programs.Valid(p) }

// String returns the program's code, such as "JKK", or "" when invalid.
func (p Program) String() string { return programs.Code(p) }

// Name returns the program's full name in the given language.
func (p Program) Name(l problem.Lang) string { return programs.Name(p, l) }

// ParseProgram reads a program code, ignoring case and surrounding spaces.
func ParseProgram(s string) (Program, error) {
	if p, ok := programs.Lookup(s); ok {
		return p, nil
	}
	return 0, problem.New(ErrUnknownProgram, "program.unknown", "program", problem.Clip(s),
		"tidak dikenal; gunakan "+programs.Choices(problem.Indonesian),
		"unknown; use "+programs.Choices(problem.English))
}

// MarshalText encodes the program as its code.
func (p Program) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, problem.New(ErrUnknownProgram, "program.unknown", "program", "",
			"kosong atau tidak dikenal", "empty or unknown")
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes a program code.
func (p *Program) UnmarshalText(b []byte) error {
	v, err := ParseProgram(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ProgramSet is a set of programs, such as JKK+JKM. The zero ProgramSet is
// empty. It is a small value: compare sets with ==.
type ProgramSet uint8

// SetOf returns the set holding the given programs; invalid ones are ignored.
func SetOf(ps ...Program) ProgramSet {
	var s ProgramSet
	for _, p := range ps {
		s = s.With(p)
	}
	return s
}

// Has reports whether p is in the set.
func (s ProgramSet) Has(p Program) bool { return p.IsValid() && s&(1<<p) != 0 }

// With returns the set with p added.
func (s ProgramSet) With(p Program) ProgramSet {
	if !p.IsValid() {
		return s
	}
	return s | 1<<p
}

// Without returns the set with p removed.
func (s ProgramSet) Without(p Program) ProgramSet {
	if !p.IsValid() {
		return s
	}
	return s &^ (1 << p)
}

// Union returns the programs in s or t.
func (s ProgramSet) Union(t ProgramSet) ProgramSet { return s | t }

// Intersect returns the programs in both s and t.
func (s ProgramSet) Intersect(t ProgramSet) ProgramSet { return s & t }

// Minus returns the programs in s that are not in t.
func (s ProgramSet) Minus(t ProgramSet) ProgramSet { return s &^ t }

// Contains reports whether every program of t is in s.
func (s ProgramSet) Contains(t ProgramSet) bool { return s&t == t }

// Len returns the number of programs in the set.
func (s ProgramSet) Len() int {
	n := 0
	for range s.All() {
		n++
	}
	return n
}

// IsEmpty reports whether the set holds no program.
func (s ProgramSet) IsEmpty() bool { return s&allPrograms == 0 }

// All yields the programs of the set in order.
func (s ProgramSet) All() iter.Seq[Program] {
	return func(yield func(Program) bool) {
		for p := range programs.All() {
			if s.Has(p) && !yield(p) {
				return
			}
		}
	}
}

// String returns the set as "JKK+JKM+JHT", or "" when empty.
func (s ProgramSet) String() string {
	var b strings.Builder
	for p := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// ParseProgramSet reads programs separated by "+", "," or spaces, such as
// "JKK+JKM" or "jkk, jkm, jht". Every unknown code is reported; a repeated
// program is accepted once. Empty text gives the empty set.
func ParseProgramSet(s string) (ProgramSet, error) {
	var set ProgramSet
	var l problem.List
	for len(s) > 0 {
		// The next field: the text up to a separator, all of them ASCII,
		// as strings.FieldsFunc would cut it, without making a slice.
		i := 0
		for i < len(s) && !programSeparator(s[i]) {
			i++
		}
		f := s[:i]
		s = s[min(i+1, len(s)):]
		if f == "" {
			continue
		}
		p, err := ParseProgram(f)
		if err != nil {
			l.Add(err)
			continue
		}
		set = set.With(p)
	}
	if err := l.Err(); err != nil {
		return 0, err
	}
	return set, nil
}

// programSeparator reports whether c separates the programs of a set:
// "+", ",", a space or ";".
func programSeparator(c byte) bool { return c == '+' || c == ',' || c == ' ' || c == ';' }

// MarshalText encodes the set as "JKK+JKM".
func (s ProgramSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a set written as [ParseProgramSet] reads it.
func (s *ProgramSet) UnmarshalText(b []byte) error {
	v, err := ParseProgramSet(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// allPrograms is the set of every program of the table.
var allPrograms = SetOf(Programs()...)
