package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/service"
)

// readChecked reads a whole input file (standard input for "-") and checks
// its text as the service checks a body: a JSON file (by its extension) by
// service.CheckJSON, any other file (CSV) for control characters. A file
// that cannot be opened is returned as a plain error; problems with the
// text as a problem.List.
func readChecked(e *env, name string) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(name) // one buffer of the file's size, not doubling ones
	}
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(name), ".json") {
		return data, service.CheckJSON(data, map[string]int{"": math.MaxInt})
	}
	return data, checkCSVText(data)
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
				l.Add(problem.New(service.ErrControlChar, "text.control", fmt.Sprintf("line[%d]", line), fmt.Sprintf("U+%04X @%d", r, i),
					"teks tidak boleh berisi karakter kendali (NUL dan sejenisnya)", "text must not hold control characters (NUL and the like)"))
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
