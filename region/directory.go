package region

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

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
			probs = append(probs, relabel(errDuplicate(e.Code, "di entri "+where, "at entry "+where), at+".code"))
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

// bom is the UTF-8 byte order mark that some spreadsheet programs write at
// the start of a CSV file.
const bom = "\uFEFF"

// LoadCSV reads a names file: CSV with two fields per row, an area code
// (dotted or compact, as [Parse] reads it) and its name.
//
//	kode,nama
//	32.16,Kabupaten Bekasi
//	32.16.01,Tarumajaya
//	3216012001,Sagara Makmur
//
// The first row is a header, and skipped, when its first field is "code" or
// "kode" (in any case); otherwise it is data. A leading UTF-8 byte order mark
// and blank lines are ignored; fields may be quoted as CSV allows. Names are
// trimmed and runs of white space inside them become one space. Rows may come
// in any order and the file need not be complete: a village does not need
// its district to be listed. Province rows are allowed; their names take the
// place of the built-in ones.
//
// Every bad row is reported at once, as a [problem.List] whose fields name
// the line ("line[7].code", "line[7].name", or "line[7]" for a row that is not
// two CSV fields). A code given twice is reported on its second line, with
// the line it first appeared on. An error from r itself stops reading and is
// returned wrapped, not as a problem.
func LoadCSV(r io.Reader) (*Table, error) {
	br := bufio.NewReader(r)
	if b, err := br.Peek(len(bom)); err == nil && string(b) == bom {
		_, _ = br.Discard(len(bom))
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true

	var (
		entries []Entry
		probs   problem.List
		seen    = make(map[Code]int) // code → line it first appeared on
	)
	for first := true; ; first = false {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, fmt.Errorf("region: reading names: %w", err)
			}
			probs = append(probs, relabel(errCSV(pe.Err), lineField(pe.StartLine, "")))
			continue
		}
		line, _ := cr.FieldPos(0)
		if first && isHeader(rec) {
			continue
		}
		if len(rec) != 2 {
			probs = append(probs, relabel(errFieldCount(len(rec)), lineField(line, "")))
			continue
		}
		ok := true
		c, perr := parse(strings.TrimSpace(rec[0]))
		if perr != nil {
			probs = append(probs, relabel(perr, lineField(line, "code")))
			ok = false
		} else if at, dup := seen[c]; dup {
			n := strconv.Itoa(at)
			probs = append(probs, relabel(errDuplicate(c, "di baris "+n, "on line "+n), lineField(line, "code")))
			ok = false
		} else {
			seen[c] = line
		}
		name := cleanName(rec[1])
		if name == "" {
			probs = append(probs, relabel(errNameRequired(), lineField(line, "name")))
			ok = false
		}
		if ok {
			entries = append(entries, Entry{Code: c, Name: name})
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return newSorted(entries), nil
}

// isHeader reports whether a first row is a header rather than data.
func isHeader(rec []string) bool {
	f := strings.TrimSpace(rec[0])
	return strings.EqualFold(f, "code") || strings.EqualFold(f, "kode")
}

// lineField names a line of a names file, and a field of it if field is not
// empty, as a field path: "line[7]", "line[7].code".
func lineField(line int, field string) string {
	return problem.Join("line["+strconv.Itoa(line)+"]", field)
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
