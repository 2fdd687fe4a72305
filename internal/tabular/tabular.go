// Package tabular reads the CSV files of this module's readers (village
// rosters, partner activities, region names) one row at a time, so that
// every reader treats a file the same way:
//
//   - UTF-8, with or without a byte order mark; a cell that is not UTF-8 is
//     a problem of its field;
//   - fields separated by ";" or "," (whichever the first non-empty line
//     uses more outside quotes), quoted as RFC 4180 quotes them, with
//     leading white space in a cell ignored and CRLF line ends read as LF;
//   - a header line naming the columns, in any order, by their names or
//     aliases, ignoring letter case, surrounding spaces, and spaces,
//     hyphens or slashes inside ("Bulan Mulai" is "bulan_mulai");
//   - a size cap on the whole input and on each row: memory stays bounded
//     whatever the input, and rows are handed out as they are read, never
//     piled up;
//   - every problem a [problem.Error] under the caller's sentinel and codes,
//     its field a line-numbered path as the project writes it,
//     "line[7].amount" ([Field]).
//
// It is for this module's readers only.
package tabular

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/desasadar/jamsos/problem"
)

// DefaultMaxSize is the size cap of an input when [Options.MaxSize] is 0:
// 32 MiB, some hundred thousand lines.
const DefaultMaxSize = 32 << 20

// DefaultMaxRowSize is the size cap of one row when [Options.MaxRowSize] is
// 0: 64 KiB, far more than any roster, activity or names line.
const DefaultMaxRowSize = 64 << 10

// bufferSize is the read-ahead of a Reader, and how much of the input the
// separator is guessed from.
const bufferSize = 16 << 10

// bom is the UTF-8 byte order mark that spreadsheet programs write at the
// start of a CSV file.
const bom = "\uFEFF"

// ErrMalformed is the sentinel of the problems of a Reader whose
// [Options.Sentinel] is nil.
var ErrMalformed = errors.New("tabular: malformed input")

// Kind is the kind of a problem the reader itself finds, as opposed to a
// problem with a value that the caller finds in a cell.
type Kind uint8

// The kinds of problems of a Reader, each with its default code.
const (
	Syntax          Kind = iota // a line that is not CSV: a bare or unclosed quote ("csv.syntax")
	FieldCount                  // a line with more or fewer cells than the header ("csv.field_count")
	UnknownColumn               // a header cell that names no column ("csv.unknown_column")
	DuplicateColumn             // a column named twice ("csv.duplicate_column")
	MissingColumn               // a required column absent ("csv.missing_column")
	NotHeader                   // a first line that names no column at all ("csv.not_header")
	Empty                       // no header line ("csv.empty")
	TooLarge                    // an input over the size cap ("input.too_large")
	RowTooLarge                 // a row over the row size cap ("csv.row_too_large")
	NotUTF8                     // a cell that is not UTF-8 ("csv.utf8")
	numKinds
)

var defaultCodes = [numKinds]problem.Code{
	Syntax:          "csv.syntax",
	FieldCount:      "csv.field_count",
	UnknownColumn:   "csv.unknown_column",
	DuplicateColumn: "csv.duplicate_column",
	MissingColumn:   "csv.missing_column",
	NotHeader:       "csv.not_header",
	Empty:           "csv.empty",
	TooLarge:        "input.too_large",
	RowTooLarge:     "csv.row_too_large",
	NotUTF8:         "csv.utf8",
}

// DefaultCode returns the code of problems of kind k when [Options.Codes]
// gives none.
func DefaultCode(k Kind) problem.Code {
	if k >= numKinds {
		return ""
	}
	return defaultCodes[k]
}

// Column is one column a file may have.
type Column struct {
	// Name is the column's canonical name, as a field path names it
	// ("line[7].wage").
	Name string
	// Aliases are the other names a header may give it, such as its
	// Indonesian name.
	Aliases []string
	// Required columns must be in the header.
	Required bool
}

// Options describe a kind of file. The zero value of each field but
// Columns is usable.
type Options struct {
	// Columns are the columns the file may have. Problems name them by
	// their Name, and [Row.Get] takes their index in this list.
	Columns []Column
	// HeaderOptional makes the header line optional: a first line that
	// names no known column is then the first data line, its cells the
	// columns in the order of Columns. Otherwise such a line is a NotHeader
	// problem, and an input with no line at all an Empty problem.
	HeaderOptional bool
	// StrictHeader stops reading after a header with any problem. Otherwise
	// only a missing required column stops it: the cells of an unknown or
	// repeated column are not read, and the rest is.
	StrictHeader bool
	// SkipBlank skips lines whose every cell is empty or white space, as
	// it skips empty lines. Otherwise such a line is a row.
	SkipBlank bool
	// MaxSize is the size cap of the input in bytes; 0 is DefaultMaxSize.
	MaxSize int64
	// MaxRowSize is the size cap of one row in bytes; 0 is
	// DefaultMaxRowSize. A longer row ends the reading.
	MaxRowSize int
	// Sentinel is what every problem of the reader unwraps to; nil is
	// ErrMalformed.
	Sentinel error
	// Codes are the codes of the reader's problems, by kind; a kind not in
	// Codes has its DefaultCode.
	Codes map[Kind]problem.Code
}

// Field names a line of an input, and a field of it if field is not empty,
// as a field path: Field(7, "") is "line[7]", Field(7, "amount") is
// "line[7].amount".
func Field(line int, field string) string {
	return problem.Join("line["+strconv.Itoa(line)+"]", field)
}

// Key is the form in which header cells are compared with column names:
// lower case, trimmed, with spaces, hyphens and slashes as "_".
func Key(s string) string {
	s = strings.TrimSpace(s)
	if isKey(s) {
		return s // what the rest would make of it
	}
	s = strings.ToLower(s)
	if !strings.ContainsAny(s, " -/") {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c == ' ' || c == '-' || c == '/' {
			b[i] = '_'
		}
	}
	return string(b)
}

// isKey reports whether s is ASCII with no upper-case letter, space,
// hyphen or slash: its own key once trimmed.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c == ' ' || c == '-' || c == '/' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Index returns the index in columns of the column that name (a header
// cell, compared as [Key] compares it) names, or -1.
func Index(columns []Column, name string) int {
	k := Key(name)
	for i, c := range columns {
		if k == c.Name {
			return i
		}
		for _, a := range c.Aliases {
			if k == a {
				return i
			}
		}
	}
	return -1
}

// readers are the read-ahead buffers of finished Readers, for the next: a
// run over thousands of small files need not make one for each. Nothing a
// Reader hands out points into its buffer.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, bufferSize) }}

// Reader reads rows of one input. It is not safe for concurrent use.
type Reader struct {
	opt Options
	src *capReader // &cap
	cap capReader
	br  *bufio.Reader
	// window is what fastRecord last peeked of br; it read the first used
	// bytes, which br has not discarded yet.
	window []byte
	used   int
	comma  rune
	cr     *csv.Reader // made for the first line that is not plain
	order  []int       // column index of each cell of a line, -1 for a cell not read
	pos    []int       // cell of each column index, -1 for a column not in the file
	rec    []string    // the cells of the last line encoding/csv read
	// The last line fastRecord read, when fast: its text, a copy the
	// Reader owns, and its cells as spans of it. text is that text as a
	// string, made when a cell is first asked for with [Row.Get] and
	// valid while textOK.
	fast      bool
	plainText []byte
	spans     []span
	text      string
	textOK    bool
	// Room for the line and cells of a roster, so that a reader of small
	// files need not grow plainText and spans for each.
	textBuf [128]byte
	spanBuf [16]span
	bad     []bool // bad[i]: cell i of the row is not UTF-8; one for each of order
	anyBad  bool   // some of bad is set
	// Lines and bytes that fastRecord read, which encoding/csv does not
	// count, and the lines read in all.
	extra    int
	extraOff int64
	lines    int
	line     int
	header   bool // the first line is read
	named    bool // the first line is a header
	big      bool
	// most is at most the number of rows of an input that the first
	// read-ahead holds whole, for Read to make room for them at once; 0
	// when unknown.
	most int
}

// NewReader returns a Reader of r. Nothing is read before [Reader.All].
func NewReader(r io.Reader, opt Options) *Reader {
	if opt.MaxSize <= 0 {
		opt.MaxSize = DefaultMaxSize
	}
	if opt.MaxRowSize <= 0 {
		opt.MaxRowSize = DefaultMaxRowSize
	}
	if opt.Sentinel == nil {
		opt.Sentinel = ErrMalformed
	}
	rd := &Reader{opt: opt, cap: capReader{r: r, left: opt.MaxSize, rowMax: int64(opt.MaxRowSize)}}
	rd.src, rd.spans, rd.plainText = &rd.cap, rd.spanBuf[:0], rd.textBuf[:0]
	return rd
}

// TooLarge reports whether reading stopped because the input is over the
// size cap. A caller that refuses such an input as a whole drops the rows
// it was given.
func (r *Reader) TooLarge() bool { return r.big }

// All yields each data row of the input in order, with a nil error, and
// each problem of the input where it is found, with a zero Row: the header's,
// then every line's, so that a caller adds them to its list in the order of
// the file. A problem is a *[problem.Error]. An error of the underlying
// reader is yielded as it is, not as a problem, and ends the reading, as do
// a header that cannot be read and an input over a size cap.
//
// A Row is valid until the next one is yielded; the strings its Get gives
// may be kept, those of View only until then.
func (r *Reader) All() iter.Seq2[Row, error] {
	return func(yield func(Row, error) bool) {
		br := readers.Get().(*bufio.Reader)
		br.Reset(r.src)
		defer func() {
			r.br, r.window, r.used = nil, nil, 0
			br.Reset(nil)
			readers.Put(br)
		}()
		head, err := br.Peek(bufferSize)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			if errors.Is(err, errTooLarge) {
				r.big = true
				yield(Row{}, r.problem(TooLarge, "", "", tooLargeText(r.opt.MaxSize)))
				return
			}
			yield(Row{}, err)
			return
		}
		if bytes.HasPrefix(head, []byte(bom)) {
			_, _ = br.Discard(len(bom))
			head = head[len(bom):]
		}
		if err == io.EOF {
			// Its lines, but no more than one per 32 bytes: a file of
			// empty lines gets no room for rows it does not have.
			r.most = min(bytes.Count(head, []byte("\n"))+1, len(head)/32+1)
		}
		r.br, r.comma = br, Separator(head)
		r.read(yield)
	}
}

// csvRecord reads the next record with encoding/csv, making its reader
// for the first line that is not plain: an input of plain lines alone
// needs none.
func (r *Reader) csvRecord() ([]string, error) {
	if r.cr == nil {
		r.cr = csv.NewReader(r.br)
		r.cr.Comma = r.comma
		r.cr.FieldsPerRecord = -1
		r.cr.TrimLeadingSpace = true
		r.cr.ReuseRecord = true
	}
	return r.cr.Read()
}

func (r *Reader) read(yield func(Row, error) bool) {
	lastOffset, next := int64(-1), 1 // next: the first line after the last record
	for {
		r.src.rowRead = 0
		fast, err := r.fastRecord()
		r.fast, r.textOK = fast, false
		var rec []string
		if !fast && err == nil {
			rec, err = r.csvRecord()
		}
		if err != nil {
			switch {
			case err == io.EOF:
				if !r.header && !r.opt.HeaderOptional {
					yield(Row{}, r.problem(Empty, Field(1, ""), "", texts[Empty]))
				}
				return
			case errors.Is(err, errTooLarge):
				r.big = true
				yield(Row{}, r.problem(TooLarge, "", "", tooLargeText(r.opt.MaxSize)))
				return
			case errors.Is(err, errRowTooLarge) && r.src.drain():
				r.big = true
				yield(Row{}, r.problem(TooLarge, "", "", tooLargeText(r.opt.MaxSize)))
				return
			case errors.Is(err, errRowTooLarge):
				yield(Row{}, r.problem(RowTooLarge, Field(next, ""), "",
					[2]string{fmt.Sprintf("baris lebih panjang dari %d byte; pembacaan berhenti di sini", r.opt.MaxRowSize),
						fmt.Sprintf("the line is longer than %d bytes; reading stops here", r.opt.MaxRowSize)}))
				return
			case err != nil:
				var pe *csv.ParseError
				if !errors.As(err, &pe) {
					yield(Row{}, err)
					return
				}
				r.lines = pe.Line + r.extra
				if !yield(Row{}, r.problem(Syntax, Field(pe.StartLine+r.extra, ""), "",
					[2]string{"baris CSV tidak dapat dibaca: " + pe.Err.Error(), "the CSV line cannot be read: " + pe.Err.Error()})) {
					return
				}
				if !r.header && r.opt.HeaderOptional {
					r.positional()
				}
				if !r.header || r.offset() == lastOffset {
					return // no columns to read the rest by, or no way on
				}
				lastOffset = r.offset()
				next = r.lines + 1
				continue
			}
		}
		lastOffset = r.offset()
		if fast {
			r.line = r.lines
		} else {
			r.line, _ = r.cr.FieldPos(0)
			last, _ := r.cr.FieldPos(len(rec) - 1)
			r.line += r.extra
			r.lines = last + r.extra + strings.Count(rec[len(rec)-1], "\n")
		}
		next = r.lines + 1
		r.rec = rec
		if !r.header {
			if !r.readHeader(yield) {
				return
			}
			if r.named {
				continue
			}
		}
		if r.opt.SkipBlank && r.blank() {
			continue
		}
		if cells := r.cells(); cells != len(r.order) {
			id, en := fmt.Sprintf("baris ini berisi %d kolom, seharusnya %d seperti baris judul", cells, len(r.order)),
				fmt.Sprintf("the line has %d fields where the header has %d", cells, len(r.order))
			if !r.named {
				id, en = fmt.Sprintf("baris ini berisi %d kolom, seharusnya %d", cells, len(r.order)),
					fmt.Sprintf("the line has %d fields where %d are expected", cells, len(r.order))
			}
			if !yield(Row{}, r.problem(FieldCount, Field(r.line, ""), "", [2]string{id, en})) {
				return
			}
			continue
		}
		ok := true
		if r.anyBad {
			clear(r.bad)
			r.anyBad = false
		}
		for i, c := range r.order {
			if !fast && c >= 0 && !utf8.ValidString(rec[i]) { // a plain line is ASCII
				ok, r.bad[i], r.anyBad = false, true, true
				rec[i] = ""
				if !yield(Row{}, r.problem(NotUTF8, Field(r.line, r.opt.Columns[c].Name), "", texts[NotUTF8])) {
					return
				}
			}
		}
		if !yield(Row{r: r, ok: ok}, nil) {
			return
		}
	}
}

// offset is the number of bytes of input read as records.
func (r *Reader) offset() int64 {
	if r.cr == nil {
		return r.extraOff
	}
	return r.cr.InputOffset() + r.extraOff
}

// span is a cell of a line fastRecord read: line[start:end].
type span struct{ start, end int32 }

// fastRecord reads the next record itself when the read-ahead holds the
// whole of its line and the line is plain: no quote, no carriage return
// but one before the line feed, nothing but ASCII. It reads such a line as
// encoding/csv reads it with TrimLeadingSpace (and skips an empty one as it
// does), without its per-record work: it copies the line into r.plainText and
// notes its cells in r.spans, making no string. It returns false, reading
// nothing, for any other line, which is then encoding/csv's to read. The
// lines it reads are counted in r.extra, since encoding/csv's line numbers
// leave them out. At the end of the input it returns io.EOF, as
// encoding/csv would, and so for an error of the input at the start of a
// line.
func (r *Reader) fastRecord() (bool, error) {
	for {
		buf := r.window[r.used:]
		i := bytes.IndexByte(buf, '\n')
		if i < 0 {
			r.release()
			br := r.br
			if br.Buffered() == 0 {
				if _, err := br.Peek(1); err != nil {
					return false, err // the end of the input, or what encoding/csv would return
				}
			}
			r.window, _ = br.Peek(br.Buffered())
			buf = r.window
			if i = bytes.IndexByte(buf, '\n'); i < 0 {
				r.release()
				return false, nil
			}
		}
		line := buf[:i]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
		spans, ok := cut(r.spans[:0], line, byte(r.comma))
		if !ok {
			r.release()
			return false, nil
		}
		r.spans = spans
		r.plainText = append(r.plainText[:0], line...)
		r.used += i + 1
		r.extra++
		r.lines++
		r.extraOff += int64(i + 1)
		if len(line) > 0 {
			return true, nil
		}
		// An empty line, which encoding/csv skips.
	}
}

// release discards from the read-ahead the lines fastRecord read from its
// window, for encoding/csv or the next window to read on from there.
func (r *Reader) release() {
	if r.used > 0 {
		_, _ = r.br.Discard(r.used)
	}
	r.window, r.used = nil, 0
}

// The words of plain and cut: a byte repeated in each of the eight bytes
// of a uint64.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// cut appends the cells of line, separated by comma, to spans, as
// encoding/csv cuts a line with TrimLeadingSpace when it has no quote; it
// reports false, with spans of no use, when line is not plain (it holds a
// quote, a carriage return or a byte outside ASCII). It reads eight bytes
// at a time.
func cut(spans []span, line []byte, comma byte) ([]span, bool) {
	start, k := 0, 0
	for ; k+8 <= len(line); k += 8 {
		w := binary.LittleEndian.Uint64(line[k:])
		if w&highs != 0 || hasZero(w^('"'*ones)) || hasZero(w^('\r'*ones)) {
			return spans, false
		}
		// Each byte of w that is comma has its high bit set in m: with no
		// high bit set in w, adding lows to a byte sets it unless the
		// byte is zero.
		x := w ^ (uint64(comma) * ones)
		for m := ^((x & lows) + lows | x) & highs; m != 0; m &= m - 1 {
			end := k + bits.TrailingZeros64(m)/8
			spans = append(spans, trimmed(line, start, end))
			start = end + 1
		}
	}
	for ; k < len(line); k++ {
		switch c := line[k]; {
		case c == '"' || c == '\r' || c >= utf8.RuneSelf:
			return spans, false
		case c == comma:
			spans = append(spans, trimmed(line, start, k))
			start = k + 1
		}
	}
	return append(spans, trimmed(line, start, len(line))), true
}

// trimmed is the cell line[start:end] without the leading white space
// that TrimLeadingSpace drops.
func trimmed(line []byte, start, end int) span {
	for start < end && line[start] <= ' ' && lead(line[start]) {
		start++
	}
	return span{int32(start), int32(end)}
}

// lead reports whether c is white space that TrimLeadingSpace drops at the
// start of a cell of a plain line.
func lead(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// cell returns cell i of the last line as a string that may be kept.
func (r *Reader) cell(i int) string {
	if !r.fast {
		return r.rec[i]
	}
	if !r.textOK {
		r.text, r.textOK = string(r.plainText), true
	}
	s := r.spans[i]
	return r.text[s.start:s.end]
}

// view returns cell i of the last line as a string that shares r's memory
// when the line was plain: valid only until the next line is read.
func (r *Reader) view(i int) string {
	if !r.fast {
		return r.rec[i]
	}
	s := r.spans[i]
	if s.start == s.end {
		return ""
	}
	return unsafe.String(&r.plainText[s.start], s.end-s.start)
}

// cells returns the number of cells of the last line.
func (r *Reader) cells() int {
	if r.fast {
		return len(r.spans)
	}
	return len(r.rec)
}

// plain reports whether line holds no quote, no carriage return and nothing
// but ASCII.
func plain(line []byte) bool {
	_, ok := cut(nil, line, ',')
	return ok
}

// hasZero reports whether a byte of w is zero (exactly, not only when no
// byte has its high bit set).
func hasZero(w uint64) bool { return (w-ones)&^w&highs != 0 }

// positional makes the columns of a file without a header line: each line's
// cells are the columns in the order of Options.Columns.
func (r *Reader) positional() {
	n := len(r.opt.Columns)
	r.order, r.pos, r.bad = make([]int, n), make([]int, n), make([]bool, n)
	for i := range n {
		r.order[i], r.pos[i] = i, i
	}
	r.header = true
}

// readHeader reads the first line r.rec, yielding its problems; it returns
// false when reading must stop. When the header is optional and the line
// names no column, it sets the positional columns, for the line to be read
// as data.
func (r *Reader) readHeader(yield func(Row, error) bool) bool {
	cols := r.opt.Columns
	n := r.cells()
	known := false
	for i := 0; i < n && !known; i++ {
		known = Index(cols, r.view(i)) >= 0
	}
	if !known {
		if r.opt.HeaderOptional {
			r.positional()
			return true
		}
		yield(Row{}, r.problem(NotHeader, Field(r.line, ""), "", texts[NotHeader]))
		return false
	}
	r.header, r.named = true, true
	ints := make([]int, len(cols)+n)
	r.pos, r.order, r.bad = ints[:len(cols)], ints[len(cols):], make([]bool, n)
	for i := range r.pos {
		r.pos[i] = -1
	}
	bad := false
	for i := range n {
		c := Index(cols, r.view(i))
		r.order[i] = -1
		switch {
		case c < 0:
			bad = true
			if !yield(Row{}, r.problem(UnknownColumn, Field(r.line, ""), clean(r.cell(i)), texts[UnknownColumn])) {
				return false
			}
		case r.pos[c] >= 0:
			bad = true
			if !yield(Row{}, r.problem(DuplicateColumn, Field(r.line, cols[c].Name), clean(r.cell(i)), texts[DuplicateColumn])) {
				return false
			}
		default:
			r.pos[c], r.order[i] = i, c
		}
	}
	missing := false
	for c, col := range cols {
		if col.Required && r.pos[c] < 0 {
			missing = true
			if !yield(Row{}, r.problem(MissingColumn, Field(r.line, col.Name), "", texts[MissingColumn])) {
				return false
			}
		}
	}
	return !missing && !(bad && r.opt.StrictHeader)
}

func (r *Reader) problem(k Kind, field, value string, msg [2]string) *problem.Error {
	code, ok := r.opt.Codes[k]
	if !ok {
		code = defaultCodes[k]
	}
	return problem.New(r.opt.Sentinel, code, field, value, msg[0], msg[1])
}

// texts are the messages, Indonesian and English, of the problems that
// quote nothing.
var texts = [numKinds][2]string{
	UnknownColumn:   {"kolom tidak dikenal; isinya tidak dibaca", "unknown column; its cells are not read"},
	DuplicateColumn: {"kolom muncul lebih dari sekali; yang berikutnya tidak dibaca", "the column appears more than once; the later one is not read"},
	MissingColumn:   {"kolom wajib tidak ada", "a required column is missing"},
	NotHeader:       {"baris pertama bukan judul kolom: tidak ada nama kolom yang dikenal", "the first line is not a header: it names no known column"},
	Empty:           {"berkas kosong: baris judul kolom tidak ada", "the file is empty: there is no header line"},
	NotUTF8:         {"teks bukan UTF-8; simpan berkas sebagai UTF-8", "the text is not UTF-8; save the file as UTF-8"},
}

func tooLargeText(n int64) [2]string {
	size := strconv.FormatInt(n, 10) + " byte"
	if n%(1<<20) == 0 {
		size = strconv.FormatInt(n>>20, 10) + " MiB"
	}
	return [2]string{"berkas lebih besar dari " + size, "the input is larger than " + size}
}

// clean makes a header cell fit to appear in a problem: what is not UTF-8
// replaced, any number that may be a NIK or a mobile number masked, cut to
// 40 characters.
func clean(s string) string {
	return problem.Clip(problem.MaskDigits(strings.TrimSpace(s), 10))
}

// blank reports whether every cell of the last line is empty or white
// space.
func (r *Reader) blank() bool {
	if r.fast {
		// A plain cell of white space alone has lost it all as leading
		// white space.
		for _, s := range r.spans {
			if s.start != s.end {
				return false
			}
		}
		return true
	}
	for _, f := range r.rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// Separator returns ';' when the first non-empty line of data has more
// semicolons than commas outside double quotes, and ',' otherwise. A line
// ends at a line feed outside quotes.
func Separator(data []byte) rune {
	semi, comma, quoted, started := 0, 0, false, false
	for _, c := range data {
		switch {
		case c == '"':
			quoted = !quoted
			started = true
		case quoted:
		case c == '\n':
			if started {
				return pick(semi, comma)
			}
		case c == ';':
			semi++
			started = true
		case c == ',':
			comma++
			started = true
		case c != '\r':
			started = true
		}
	}
	return pick(semi, comma)
}

func pick(semi, comma int) rune {
	if semi > comma {
		return ';'
	}
	return ','
}

// Read reads every row of r with [Reader.All] and keeps what parse makes of
// each: parse adds the problems it finds in a row to probs and reports
// whether the row gave a value. The values come back with every problem
// of the input, in the order of the file, as a [problem.List]; a row with
// a cell that is not UTF-8 is parsed, for its other problems, but gives no
// value. An input over the size cap gives no values and its one problem.
// An error of r is returned as it is, with no values.
func Read[T any](r io.Reader, opt Options, parse func(row Row, probs *problem.List) (T, bool)) ([]T, error) {
	return ReadInto(r, opt, func(row Row, probs *problem.List, v *T) bool {
		var ok bool
		*v, ok = parse(row, probs)
		return ok
	})
}

// ReadInto reads r as [Read] does, but parse makes each value in place,
// in the slice that is returned: v points to a zero T for it to fill in. A
// large T is then never copied on its way there. A value for which parse
// reports false is dropped, and its place zeroed again.
func ReadInto[T any](r io.Reader, opt Options, parse func(row Row, probs *problem.List, v *T) bool) ([]T, error) {
	rd := NewReader(r, opt)
	var out []T
	var probs problem.List
	var err error
	for row, rowErr := range rd.All() {
		if rowErr != nil {
			if err = rd.add(rowErr, &probs); err != nil {
				break
			}
			continue
		}
		if out == nil && rd.most > 0 {
			out = make([]T, 0, rd.most) // a small input: its rows at once, not doubling
		}
		out = slices.Grow(out, 1)[:len(out)+1] // a zero T: the slice's spare room is zeroed
		if v := &out[len(out)-1]; !parse(row, &probs, v) || !row.OK() {
			var zero T
			*v = zero
			out = out[:len(out)-1]
		}
	}
	if err != nil {
		return nil, err // the input is over the size cap, or r failed
	}
	return out, probs.Err()
}

// Values reads r as [Read] does but yields each value as its row is
// parsed, keeping none: a large input is then never held whole. Once the
// sequence has been read to its end, result returns what Read would
// return as its error (nil before). When it is not nil and not a
// [problem.List] of row problems alone (the input was over the size cap,
// or r failed), Read would have returned no values: the values already
// yielded must be dropped. The sequence may be ranged over once.
func Values[T any](r io.Reader, opt Options, parse func(row Row, probs *problem.List) (T, bool)) (seq iter.Seq[T], result func() error) {
	var err error
	seq = func(yield func(T) bool) {
		err = each(NewReader(r, opt), parse, yield)
	}
	return seq, func() error { return err }
}

// each yields what parse makes of each row of rd and returns every problem
// of the input as a problem.List, or the size cap's one problem, or an
// error of the reader as it is. It stops early, with no error, when yield
// returns false.
func each[T any](rd *Reader, parse func(row Row, probs *problem.List) (T, bool), yield func(T) bool) error {
	var probs problem.List
	for row, err := range rd.All() {
		if err != nil {
			if err := rd.add(err, &probs); err != nil {
				return err
			}
			continue
		}
		if v, ok := parse(row, &probs); ok && row.OK() {
			if !yield(v) {
				return nil
			}
		}
	}
	return probs.Err()
}

// add adds err, which All yielded, to probs when it is a problem of a row
// or of the header. It returns the error that ends the reading instead: an
// error of the underlying reader as it is, or the size cap's one problem.
func (r *Reader) add(err error, probs *problem.List) error {
	var pe *problem.Error
	switch {
	case !errors.As(err, &pe):
		return err
	case r.TooLarge():
		return problem.List{pe}
	}
	*probs = append(*probs, pe)
	return nil
}

// Row is one data line of an input.
type Row struct {
	r  *Reader
	ok bool
}

// Line returns the line of the input the row starts on, from 1.
func (w Row) Line() int { return w.r.line }

// Has reports whether the file has column col (an index in
// [Options.Columns]).
func (w Row) Has(col int) bool { return w.r.pos[col] >= 0 }

// Get returns the cell of column col (an index in [Options.Columns]) as
// written, or "" when the file has no such column or the cell is not UTF-8.
// The string may be kept.
func (w Row) Get(col int) string {
	if p := w.r.pos[col]; p >= 0 {
		return w.r.cell(p)
	}
	return ""
}

// View returns the cell of column col as [Row.Get] does, without making a
// string: the string it returns may share the Reader's memory, and is then
// valid only until the next row is yielded. A caller keeps a copy
// ([strings.Clone]) of what it keeps, and reads with Get anything that may
// outlive the row, such as the value a problem quotes.
func (w Row) View(col int) string {
	if p := w.r.pos[col]; p >= 0 {
		return w.r.view(p)
	}
	return ""
}

// Columns yields the index of each column the file has, in the order of
// the file.
func (w Row) Columns() iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, c := range w.r.order {
			if c >= 0 && !yield(c) {
				return
			}
		}
	}
}

// OK reports whether every cell of the row is UTF-8. When it is false, a
// NotUTF8 problem came before the row for each cell that is not, and Get
// returns "" for those cells.
func (w Row) OK() bool { return w.ok }

// Valid reports whether the cell of column col is UTF-8 (or absent): when it
// is not, a NotUTF8 problem came before the row, and a caller need not
// report the cell as empty too.
func (w Row) Valid(col int) bool {
	p := w.r.pos[col]
	return p < 0 || !w.r.bad[p]
}

// Blank reports whether every cell of the row is empty or white space.
func (w Row) Blank() bool { return w.r.blank() }

// Field returns the field path of column col on this row, "line[7].amount".
func (w Row) Field(col int) string { return Field(w.r.line, w.r.opt.Columns[col].Name) }

var (
	errTooLarge    = errors.New("tabular: input over the size cap")
	errRowTooLarge = errors.New("tabular: row over the size cap")
)

// capReader reads at most left bytes of r; past that it fails, for good.
// It fails too when more than rowMax bytes and a read-ahead buffer are
// read between two resets of rowRead, which the Reader makes before each
// row: a row of rowMax bytes never fails, and none takes more memory than
// rowMax and two buffers.
type capReader struct {
	r       io.Reader
	left    int64
	rowMax  int64
	rowRead int64
	err     error
}

// drain reads the rest of the input, up to the size cap, and reports
// whether it is over the cap: an input that is too large is refused as a
// whole, even when a row of it is too long.
func (c *capReader) drain() bool {
	c.err, c.rowMax = nil, math.MaxInt64-bufferSize
	_, err := io.Copy(io.Discard, c)
	return errors.Is(err, errTooLarge)
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	if int64(n) > c.left {
		n, c.err = int(c.left), errTooLarge
		c.left = 0
		return n, c.err
	}
	c.left -= int64(n)
	c.rowRead += int64(n)
	if c.rowRead > c.rowMax+bufferSize {
		c.err = errRowTooLarge
		return n, c.err
	}
	return n, err
}
