// Package enum builds the one table from which each enumeration of this
// module derives its text code, its names in Indonesian and English, the
// spellings its parser accepts, its validity and the list of its values,
// with any further data the package keeps per value (a role's flags, a
// funding source's payer).
//
// A package declares its values as constants and their entries in one
// table:
//
//	var roles = enum.New(codeKey, []enum.Def[Role, roleInfo]{
//		{Value: VillageHead, Code: "VILLAGE_HEAD", ID: "kepala desa", EN: "village head", Aliases: []string{"KADES"}},
//		...
//	})
//
// and its methods (String, Name, IsValid, Parse, MarshalText, the list of
// all values) read the table. A value that has a constant but no entry is
// invalid everywhere at once, and the package's table test fails: the test
// compares the table with the constants declared in the source (package
// enumtest) and runs [Table.Check].
//
// The types built here never appear in a public signature: they are the
// machinery behind the public enumeration types of each package.
package enum

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"

	"github.com/desasadar/jamsos/problem"
)

// Def is the entry of one value in a table.
type Def[T ~uint8, X any] struct {
	// Value is the constant.
	Value T
	// Code is the value's text: what String returns, what MarshalText
	// writes (and so JSON and CSV), and what the command line takes. It
	// must be its own lookup key, so that parsing a value's text gives the
	// value back.
	Code string
	// ID and EN are the value's names for people, in Indonesian and English.
	ID, EN string
	// Aliases are the other spellings the parser accepts, already in the
	// form of the table's key function.
	Aliases []string
	// Info is the package's further data for the value.
	Info X
}

// Table is an enumeration's table, built once at start-up and read-only
// afterwards: safe for concurrent use.
type Table[T ~uint8, X any] struct {
	key    func(string) string
	defs   []Def[T, X] // in declared order
	at     [256]int16  // value → index into defs plus one; 0 when undeclared
	lookup map[string]T
	keyed  bool     // every spelling is in key form, so that one found as given needs no key
	codes  []string // the codes, in declared order, when they are few: see Lookup
	coded  []T      // the value of each of codes
	values []T
	faults []string
}

// New builds a table. key brings any text to the form the codes and aliases
// are written in (for example trimmed and upper case); it is applied to
// every input before lookup. New does not panic: a table that breaks the
// rules keeps the first entry of a repeated value or spelling and records
// the fault for [Table.Check].
func New[T ~uint8, X any](key func(string) string, defs []Def[T, X]) *Table[T, X] {
	t := &Table[T, X]{key: key, lookup: make(map[string]T, 2*len(defs)), keyed: true}
	claim := func(spelling string, v T, what string) {
		if spelling == "" {
			t.faults = append(t.faults, fmt.Sprintf("value %d has an empty %s", v, what))
			return
		}
		if k := key(spelling); k != spelling {
			t.keyed = false
			t.faults = append(t.faults, fmt.Sprintf("value %d: %s %q is not in key form (%q)", v, what, spelling, k))
		}
		if w, ok := t.lookup[spelling]; ok {
			t.faults = append(t.faults, fmt.Sprintf("value %d: %s %q already names value %d", v, what, spelling, w))
			return
		}
		t.lookup[spelling] = v
	}
	for _, d := range defs {
		if t.at[d.Value] != 0 {
			t.faults = append(t.faults, fmt.Sprintf("value %d is declared twice", d.Value))
			continue
		}
		t.defs = append(t.defs, d)
		t.at[d.Value] = int16(len(t.defs))
		t.values = append(t.values, d.Value)
		claim(d.Code, d.Value, "code")
		for _, a := range d.Aliases {
			claim(a, d.Value, "alias")
		}
		if strings.TrimSpace(d.ID) == "" {
			t.faults = append(t.faults, fmt.Sprintf("value %d (%s) has no Indonesian name", d.Value, d.Code))
		}
		if strings.TrimSpace(d.EN) == "" {
			t.faults = append(t.faults, fmt.Sprintf("value %d (%s) has no English name", d.Value, d.Code))
		}
	}
	if len(t.defs) <= maxScan {
		for _, d := range t.defs {
			t.codes, t.coded = append(t.codes, d.Code), append(t.coded, d.Value)
		}
	}
	return t
}

// maxScan is the most codes Lookup compares text with one by one, before
// the map: for so few, that is quicker than hashing.
const maxScan = 16

// Check reports every fault found when the table was built: an empty code
// or name, a code or alias not in key form, a value or spelling declared
// twice. It returns nil for a sound table.
func (t *Table[T, X]) Check() error {
	if len(t.faults) == 0 {
		return nil
	}
	return fmt.Errorf("enum table: %s", strings.Join(t.faults, "; "))
}

func (t *Table[T, X]) def(v T) (*Def[T, X], bool) {
	i := t.at[v]
	if i == 0 {
		return nil, false
	}
	return &t.defs[i-1], true
}

// Valid reports whether v has an entry.
func (t *Table[T, X]) Valid(v T) bool { return t.at[v] != 0 }

// Code returns v's code, or "" when v has no entry.
func (t *Table[T, X]) Code(v T) string {
	if d, ok := t.def(v); ok {
		return d.Code
	}
	return ""
}

// Name returns v's name in language l, or "" when v has no entry.
func (t *Table[T, X]) Name(v T, l problem.Lang) string {
	d, ok := t.def(v)
	switch {
	case !ok:
		return ""
	case l == problem.English:
		return d.EN
	}
	return d.ID
}

// Info returns v's further data, or the zero X when v has no entry.
func (t *Table[T, X]) Info(v T) X {
	if d, ok := t.def(v); ok {
		return d.Info
	}
	var zero X
	return zero
}

// Lookup returns the value whose code or alias is s in key form.
//
// Text already in key form (what a file written by this module holds) is
// found as it is, without calling the key function, which may allocate:
// every spelling of a sound table is its own key, so the result is the
// same. A code of a table of a few values is found by comparing it with
// each, which is quicker than the map.
func (t *Table[T, X]) Lookup(s string) (T, bool) {
	if t.keyed {
		for i, c := range t.codes {
			if c == s {
				return t.coded[i], true
			}
		}
		if v, ok := t.lookup[s]; ok {
			return v, true
		}
	}
	v, ok := t.lookup[t.key(s)]
	return v, ok
}

// Values returns every value in table order, in a new slice.
func (t *Table[T, X]) Values() []T { return slices.Clone(t.values) }

// All yields every value in table order.
func (t *Table[T, X]) All() iter.Seq[T] { return slices.Values(t.values) }

// Len returns the number of values.
func (t *Table[T, X]) Len() int { return len(t.values) }

// Defs returns a copy of every entry in table order, for tests and listings.
func (t *Table[T, X]) Defs() []Def[T, X] { return slices.Clone(t.defs) }

// Choices returns the codes for a message, joined the way the language
// joins a list of alternatives: "JKK, JKM atau JHT", "JKK, JKM or JHT".
func (t *Table[T, X]) Choices(l problem.Lang) string {
	word := " atau "
	if l == problem.English {
		word = " or "
	}
	codes := make([]string, len(t.defs))
	for i, d := range t.defs {
		codes[i] = d.Code
	}
	switch len(codes) {
	case 0:
		return ""
	case 1:
		return codes[0]
	}
	return strings.Join(codes[:len(codes)-1], ", ") + word + codes[len(codes)-1]
}

// Glossed returns the codes for a message like [Table.Choices], each quoted
// as it is typed and followed by its name in the language, for codes that
// are words of one language (`"worker" (dipotong dari penghasilan pekerja)
// atau "employer" (ditanggung sumber dana pemberi kerja)`): the reader of
// the other language learns what each means, and still sees what to type.
func (t *Table[T, X]) Glossed(l problem.Lang) string {
	word := " atau "
	if l == problem.English {
		word = " or "
	}
	parts := make([]string, len(t.defs))
	for i, d := range t.defs {
		name := d.ID
		if l == problem.English {
			name = d.EN
		}
		parts[i] = `"` + d.Code + `" (` + name + ")"
	}
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + word + parts[len(parts)-1]
}

// Fold is a key function for ASCII codes written in upper case that matches
// text as [strings.EqualFold] does, after trimming surrounding spaces: each
// letter is replaced by the upper-case ASCII letter of its Unicode simple
// case folding class when it has one (so the Kelvin sign reads as K).
func Fold(s string) string {
	s = strings.TrimSpace(s)
	if ascii, lower := asciiCase(s); ascii {
		// Every ASCII letter's folding class holds its upper-case letter.
		if !lower {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return string(b)
	}
	return strings.Map(func(r rune) rune {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f >= 'A' && f <= 'Z' {
				return f
			}
		}
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, s)
}

// asciiCase reports whether s is all ASCII and whether it has a lower-case
// letter.
func asciiCase(s string) (ascii, lower bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		lower = lower || (c >= 'a' && c <= 'z')
	}
	return true, lower
}
