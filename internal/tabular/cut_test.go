package tabular

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzCut checks the reader's own cutting of a plain line against
// encoding/csv, which reads every other line: cut calls a line plain
// exactly when it has no quote, no carriage return and no byte outside
// ASCII, and then its cells are those of encoding/csv with
// TrimLeadingSpace, for either separator.
func FuzzCut(f *testing.F) {
	f.Add("6112010101800001;Budi Santoso;head;;2.426.640;2026-01", false)
	f.Add(" a, \tb ,\v,\f c,,", true)
	f.Add("nik;nama;kelompok\r", false)
	f.Add("x\"y;z", false)
	f.Add("Ñama;bpd", false)
	f.Add(";;;;;;;;;;;;;;;;;;;;", false)
	f.Add("0123456;89abcdef;01234567;", false)
	f.Fuzz(func(t *testing.T, line string, comma bool) {
		if strings.ContainsRune(line, '\n') {
			return // one line
		}
		sep := byte(';')
		if comma {
			sep = ','
		}
		spans, ok := cut(nil, []byte(line), sep)
		want := !strings.ContainsAny(line, "\"\r")
		for _, c := range []byte(line) {
			want = want && c < utf8.RuneSelf
		}
		if ok != want {
			t.Fatalf("cut(%q) plain = %v, want %v", line, ok, want)
		}
		if !ok || line == "" {
			return // encoding/csv's to read, or an empty line both skip
		}
		cr := csv.NewReader(strings.NewReader(line + "\n"))
		cr.Comma, cr.FieldsPerRecord, cr.TrimLeadingSpace = rune(sep), -1, true
		rec, err := cr.Read()
		if err != nil {
			t.Fatalf("encoding/csv fails on a plain line %q: %v", line, err)
		}
		got := make([]string, len(spans))
		for i, s := range spans {
			got[i] = line[s.start:s.end]
		}
		if !slices.Equal(got, rec) {
			t.Fatalf("cut(%q) = %q, encoding/csv %q", line, got, rec)
		}
	})
}
