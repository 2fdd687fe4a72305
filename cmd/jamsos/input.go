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
