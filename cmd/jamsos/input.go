package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/service"
)

// readChecked reads a whole input file (standard input for "-") and checks
// its text as the service checks a body: a JSON file (by its extension) by
// service.CheckJSON, any other file (CSV) for control characters. A file
// that cannot be opened is returned as a plain error; problems with the
// text as a problem.List.
//
// An input over limit bytes is read only to limit+1 of them and returned
// unchecked, for its reader to refuse as too large: no file makes the
// command hold more than it may read. The input is read into buf when it
// has room (see readInto).
func readChecked(e *env, name string, limit int, buf []byte) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = readInto(e.stdin, limit, buf)
	} else {
		var f *os.File
		if f, err = os.Open(name); err != nil {
			return nil, err
		}
		if buf == nil {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				buf = make([]byte, 0, min(st.Size(), int64(limit))+1) // one buffer of the file's size, not doubling ones
			}
		}
		data, err = readInto(f, limit, buf)
		f.Close()
	}
	if err != nil {
		return nil, err
	}
	if len(data) > limit {
		return data, nil
	}
	if strings.EqualFold(filepath.Ext(name), ".json") {
		return data, service.CheckJSON(data, map[string]int{"": math.MaxInt})
	}
	return data, checkCSVText(data)
}

// readInto reads r to its end, or to limit+1 bytes, into buf[:0] (growing
// it when r holds more): the files of a directory are then read into one
// buffer, each over the last, which their readers do not keep.
func readInto(r io.Reader, limit int, buf []byte) ([]byte, error) {
	data := buf[:0]
	for {
		if len(data) == cap(data) {
			data = slices.Grow(data, min(max(512, cap(data)), limit+1-len(data)))
		}
		n, err := r.Read(data[len(data):min(cap(data), limit+1)])
		data = data[:len(data)+n]
		if err == io.EOF || len(data) > limit {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// checkedReader passes on what r holds, up to limit+1 bytes, checking its
// text as it goes as checkCSVText checks a whole document: a CSV file is
// then read and checked without being held. Problems returns what
// readChecked would have returned for the whole input once it has been
// read to its end.
type checkedReader struct {
	r     io.Reader
	limit int
	n     int   // bytes passed on
	err   error // r's error, other than io.EOF
	text  problem.List
	// Where the check stands: the line (from 1), the byte offset in it,
	// whether it was reported, and the start of a character that the last
	// read cut.
	line     int
	col      int
	reported bool
	pending  []byte
}

func newCheckedReader(r io.Reader, limit int) *checkedReader {
	return &checkedReader{r: r, limit: limit, line: 1}
}

func (c *checkedReader) Read(p []byte) (int, error) {
	if c.n > c.limit {
		return 0, io.EOF
	}
	p = p[:min(len(p), c.limit+1-c.n)]
	n, err := c.r.Read(p)
	c.n += n
	c.check(p[:n])
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

// check checks the next bytes of the input: plain text (as plainText reads
// it) only moves the position; anything else is read a character at a
// time, a character the bytes cut kept for the next.
func (c *checkedReader) check(b []byte) {
	if len(c.text) >= maxTextProblems {
		return
	}
	if len(c.pending) == 0 && plainText(b) {
		if k := bytes.Count(b, []byte("\n")); k > 0 {
			c.line += k
			c.col = len(b) - 1 - bytes.LastIndexByte(b, '\n')
			c.reported = false
		} else {
			c.col += len(b)
		}
		return
	}
	b = append(c.pending, b...)
	for len(b) > 0 && utf8.FullRune(b) && len(c.text) < maxTextProblems {
		r, size := utf8.DecodeRune(b)
		switch {
		case r == '\n':
			c.line, c.col, c.reported = c.line+1, 0, false
			b = b[size:]
			continue
		case !c.reported && unicode.IsControl(r) && r != '\t' && r != '\r':
			c.text.Add(controlProblem(c.line, r, c.col))
			c.reported = true
		}
		c.col += size
		b = b[size:]
	}
	c.pending = append(c.pending[:0], b...)
}

// problems returns what readChecked would return for the input read so
// far: r's error, or the text's problems (none for an input over limit,
// which its reader refuses as too large).
func (c *checkedReader) problems() error {
	if c.err != nil {
		return c.err
	}
	if c.n > c.limit {
		return nil
	}
	return c.text.Err()
}

// controlProblem is the problem of a line holding a control character r
// at byte offset col.
func controlProblem(line int, r rune, col int) *problem.Error {
	return problem.New(service.ErrControlChar, "text.control", fmt.Sprintf("line[%d]", line), fmt.Sprintf("U+%04X @%d", r, col),
		"teks tidak boleh berisi karakter kendali (NUL dan sejenisnya)", "text must not hold control characters (NUL and the like)")
}

// maxTextProblems is how many lines with control characters are reported.
const maxTextProblems = 100

// checkCSVText reports every line of a CSV document holding a control
// character other than the tab, carriage return and line feed that end
// lines and separate cells.
func checkCSVText(data []byte) error {
	if plainText(data) {
		return nil
	}
	var l problem.List
	line := 1
	for len(data) > 0 && len(l) < maxTextProblems {
		text, rest, _ := bytes.Cut(data, []byte("\n"))
		if plainLine(text) {
			data, line = rest, line+1
			continue
		}
		for i, r := range string(text) {
			if unicode.IsControl(r) && r != '\t' && r != '\r' {
				l.Add(controlProblem(line, r, i))
				break
			}
		}
		data, line = rest, line+1
	}
	return l.Err()
}

// plainText reports whether data is printable ASCII, tabs and line ends
// only, as plainLine reads a line, eight bytes at a time: a file of plain
// text is not cut into lines at all.
func plainText(data []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for len(data) >= 8 {
		_ = data[7]
		w := uint64(data[0]) | uint64(data[1])<<8 | uint64(data[2])<<16 | uint64(data[3])<<24 |
			uint64(data[4])<<32 | uint64(data[5])<<40 | uint64(data[6])<<48 | uint64(data[7])<<56
		if w&highs != 0 {
			return false // a byte of 0x80 or more
		}
		if x := w ^ 0x7f*ones; (x-ones)&^x&highs != 0 {
			return false // a DEL
		}
		if (w-' '*ones)&^w&highs != 0 && !plainWord(data[:8]) {
			return false // a byte below the space that is no tab or line end
		}
		data = data[8:]
	}
	return plainWord(data)
}

// plainWord reports whether text is printable ASCII, tabs and line ends
// only.
func plainWord(text []byte) bool {
	for _, c := range text {
		if c != '\n' && ((c < ' ' && c != '\t' && c != '\r') || c >= 0x7f) {
			return false
		}
	}
	return true
}

// plainLine reports whether text is printable ASCII, tabs and carriage
// returns only: no control character, and nothing for checkCSVText to
// decode.
func plainLine(text []byte) bool {
	for _, c := range text {
		if (c < ' ' && c != '\t' && c != '\r') || c >= 0x7f {
			return false
		}
	}
	return true
}
