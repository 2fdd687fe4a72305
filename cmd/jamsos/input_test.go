package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// jamsos iuran reads its -input as the service reads a body: a document
// over 1 MiB (service.DefaultMaxBody) is refused having read no more than
// that, from a file or from standard input.
func TestIuranInputTooLarge(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "bill.json")
	if err := os.WriteFile(huge, []byte(`{"segment": "BPU"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 1<<30); err != nil { // a sparse gigabyte
		t.Fatal(err)
	}
	cliCase{name: "file", args: []string{"iuran", "-lang", "en", "-input", huge}, exit: exitInvalid,
		stderr: []string{"-input: the document is too large (1048576) [json.too_large]"}}.check(t)

	big := make([]byte, 1<<20+1)
	for i := range big {
		big[i] = ' '
	}
	code, _, stderr := runCLI(t, string(big), "iuran", "-lang", "en", "-input", "-")
	if code != exitInvalid || stderr != "-input: the document is too large (1048576) [json.too_large]\n" {
		t.Errorf("standard input over 1 MiB: exit %d, %q", code, stderr)
	}
}

// checkedReader finds, as the input is read in pieces of any size, the
// problems checkCSVText finds in the whole input: a piece may cut a line,
// or a character of several bytes (a C1 control such as U+0085 is two).
func FuzzCheckedReader(f *testing.F) {
	for _, s := range []string{
		"nik,name,group\n6112010101800001,Budi,informal\n",
		"a,b\nc\x00d\ne\x85f\n\x7f\n",
		"caf\xc3\xa9\n\xc2\x85\r\n\xc2",
		"\xff\xfe\x01\n\t\r\n" + strings.Repeat("x", 40) + "\x1b",
	} {
		f.Add([]byte(s), uint8(1))
		f.Add([]byte(s), uint8(3))
		f.Add([]byte(s), uint8(64))
	}
	f.Fuzz(func(t *testing.T, data []byte, piece uint8) {
		want := fmt.Sprint(checkCSVText(data))
		c := newCheckedReader(&pieces{data: data, n: max(int(piece), 1)}, len(data))
		if _, err := io.Copy(io.Discard, c); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(c.problems()); got != want {
			t.Errorf("in pieces of %d: %s\nwhole: %s", piece, got, want)
		}
	})
}

// pieces reads data n bytes at a time.
type pieces struct {
	data []byte
	n    int
}

func (p *pieces) Read(b []byte) (int, error) {
	if len(p.data) == 0 {
		return 0, io.EOF
	}
	k := copy(b[:min(len(b), p.n)], p.data)
	p.data = p.data[k:]
	return k, nil
}

// An input over the limit is passed on to limit+1 bytes, unchecked.
func TestCheckedReaderLimit(t *testing.T) {
	c := newCheckedReader(strings.NewReader("ab\x00cdef"), 4)
	got, err := io.ReadAll(c)
	if err != nil || string(got) != "ab\x00cd" || c.problems() != nil {
		t.Errorf("read %q, %v; problems %v", got, err, c.problems())
	}
}

// rowsIn counts the lines long enough to hold a NIK, however the reads
// cut them, the last one without its line end too.
func TestRowsIn(t *testing.T) {
	text := "nik,name,group\n6112010101800001,Budi,informal\n\n\nshort\n" + strings.Repeat("6112010101800002,Siti,informal\n", 3) + "6112010101800003,Tono,informal"
	// Counted: the first row, the three repeated ones and the last, 5; not
	// the header (14 bytes), the blank lines or "short".
	for _, piece := range []int{1, 7, 1 << 20} {
		if n := rowsIn(&pieces{data: []byte(text), n: piece}, 1<<20); n != 5 {
			t.Errorf("in pieces of %d: %d rows, want 5", piece, n)
		}
	}
	// The first 41 bytes: the header and 26 bytes of the first row.
	if n := rowsIn(strings.NewReader(text), 40); n != 1 {
		t.Errorf("limit 40: %d rows, want 1", n)
	}
}
