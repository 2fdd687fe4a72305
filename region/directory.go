package region

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/internal/tabular"
	"github.com/desasadar/jamsos/problem"
)

// Entry is an area code with its name.
type Entry struct {
	// Code is the area's code, at any level.
	Code Code `json:"code"`
	// Name is the area's name, trimmed and with single spaces.
	Name string `json:"name"`
}

// Directory answers the names of areas. This package ships the names of the
// provinces only; names of regencies, districts and villages come from a
// dataset the caller provides, such as a [Table] loaded with [LoadCSV].
//
// Implementations must be safe for concurrent use.
type Directory interface {
	// Name returns the name of the area with code c, and false when the
	// directory does not know it.
	Name(c Code) (name string, ok bool)
}

// Table is an in-memory [Directory] built once, by [LoadCSV] or [NewTable],
// and read-only afterwards: it is safe for concurrent use.
//
// A Table answers names from its entries first and, for a province it has no
// entry for, from the built-in province table. A nil *Table is an empty
// table and answers province names only.
type Table struct {
	entries []Entry // sorted by code, codes unique
}

var _ Directory = (*Table)(nil)

// NewTable builds a Table from entries, which it copies. Names are trimmed
// and runs of white space inside them become one space. Every problem is
// reported at once, as a [problem.List] whose fields are indexed like the
// input ("[3].code", "[3].name"): a zero Code, an empty name, or a code given
// twice ([ErrDuplicate]).
func NewTable(entries []Entry) (*Table, error) {
	var (
		out   = make([]Entry, 0, len(entries))
		probs problem.List
		seen  = make(map[Code]int, len(entries))
	)
	for i, e := range entries {
		at := "[" + strconv.Itoa(i) + "]"
		ok := true
		if !e.Code.IsValid() {
			probs = append(probs, relabel(errEmpty(), at+".code"))
			ok = false
		} else if first, dup := seen[e.Code]; dup {
			where := "[" + strconv.Itoa(first) + "]"
			probs = append(probs, relabel(errDuplicate(e.Code, "pada "+problem.Label(where, problem.Indonesian), "at the "+problem.Label(where, problem.English)), at+".code"))
			ok = false
		} else {
			seen[e.Code] = i
		}
		name := cleanName(e.Name)
		if name == "" {
			probs = append(probs, relabel(errNameRequired(), at+".name"))
			ok = false
		}
		if ok {
			out = append(out, Entry{Code: e.Code, Name: name})
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return newSorted(out), nil
}

// MaxNamesSize is the largest names file LoadCSV reads: 32 MiB, some ten
// times Kemendagri's whole list. A larger one is a problem of its own.
const MaxNamesSize = 32 << 20

// Column indexes of a names file.
const (
	colCode = iota
	colName
)

// namesOptions describe a names file to the tabular reader: every problem
// of the file itself is "region.csv".
var namesOptions = tabular.Options{
	Columns: []tabular.Column{
		colCode: {Name: "code", Aliases: []string{"kode"}, Required: true},
		colName: {Name: "name", Aliases: []string{"nama"}, Required: true},
	},
	HeaderOptional: true,
	MaxSize:        MaxNamesSize,
	Sentinel:       ErrMalformedCSV,
	Codes: map[tabular.Kind]problem.Code{
		tabular.Syntax: codeCSV, tabular.FieldCount: codeCSV, tabular.UnknownColumn: codeCSV,
		tabular.DuplicateColumn: codeCSV, tabular.MissingColumn: codeCSV, tabular.NotHeader: codeCSV,
		tabular.Empty: codeCSV, tabular.TooLarge: codeCSV, tabular.RowTooLarge: codeCSV, tabular.NotUTF8: codeCSV,
	},
}

const codeCSV = "region.csv"

// LoadCSV reads a names file: CSV with two fields per row, an area code
// (dotted or compact, as [Parse] reads it) and its name.
//
//	kode,nama
//	32.16,Kabupaten Bekasi
//	32.16.01,Tarumajaya
//	3216012001,Sagara Makmur
//
// The first row is a header when it names a column, "code" or "kode" and
// "name" or "nama" (in any case), and the columns may then come in either
// order; otherwise it is data, the code first. Fields are separated by ","
// or ";" (whichever the first line uses more outside quotes) and may be
// quoted as CSV allows. A leading UTF-8 byte order mark and blank lines are
// ignored. Names are trimmed and runs of white space inside them become one
// space. Rows may come in any order and the file need not be complete: a
// village does not need its district to be listed. Province rows are
// allowed; their names take the place of the built-in ones. A file over
// MaxNamesSize is refused.
//
// Every bad row is reported at once, as a [problem.List] whose fields name
// the line ("line[7].code", "line[7].name", or "line[7]" for a row that is not
// two CSV fields). A code given twice is reported on its second line, with
// the line it first appeared on. An error from r itself stops reading and is
// returned wrapped, not as a problem.
func LoadCSV(r io.Reader) (*Table, error) {
	seen := make(map[Code]int) // code → line it first appeared on
	entries, err := tabular.Read(r, namesOptions, func(row tabular.Row, probs *problem.List) (Entry, bool) {
		ok := true
		c, perr := parse(strings.TrimSpace(row.Get(colCode)))
		if !row.Valid(colCode) {
			ok = false
		} else if perr != nil {
			probs.Add(relabel(perr, row.Field(colCode)))
			ok = false
		} else if at, dup := seen[c]; dup {
			n := strconv.Itoa(at)
			probs.Add(relabel(errDuplicate(c, "pada baris "+n, "on line "+n), row.Field(colCode)))
			ok = false
		} else {
			seen[c] = row.Line()
		}
		name := cleanName(row.Get(colName))
		if name == "" && row.Valid(colName) {
			probs.Add(relabel(errNameRequired(), row.Field(colName)))
			ok = false
		}
		return Entry{Code: c, Name: name}, ok
	})
	if err != nil {
		if !errors.As(err, new(problem.List)) {
			return nil, fmt.Errorf("region: reading names: %w", err)
		}
		return nil, err
	}
	return newSorted(entries), nil
}

// cleanName trims s and turns each run of white space inside it into one
// space.
func cleanName(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// newSorted makes a Table of entries whose codes are known to be unique.
func newSorted(entries []Entry) *Table {
	slices.SortFunc(entries, func(a, b Entry) int { return a.Code.Compare(b.Code) })
	return &Table{entries: entries}
}

// Name returns the name of the area with code c. It looks in the table's
// entries first and then, for a province, in the built-in province table.
func (t *Table) Name(c Code) (string, bool) {
	if t != nil {
		i, found := slices.BinarySearchFunc(t.entries, c, func(e Entry, target Code) int {
			return e.Code.Compare(target)
		})
		if found {
			return t.entries[i].Name, true
		}
	}
	if c.Level() == Province {
		return ProvinceName(c)
	}
	return "", false
}

// Len returns the number of entries in the table, not counting built-in
// province names.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.entries)
}

// All yields the table's entries in code order, each area right before the
// areas it contains. Built-in province names are not included.
func (t *Table) All() iter.Seq2[Code, string] {
	return func(yield func(Code, string) bool) {
		if t == nil {
			return
		}
		for _, e := range t.entries {
			if !yield(e.Code, e.Name) {
				return
			}
		}
	}
}
