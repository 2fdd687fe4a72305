package village

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// Two plans make one document: the header of plan.csv.golden once, then the
// lines of each plan, so a regency's sheet sorts and sums as one table.
func TestWritePlansCSV(t *testing.T) {
	one, err := os.ReadFile("testdata/plan.csv.golden")
	if err != nil {
		t.Fatal(err)
	}
	header, lines, _ := strings.Cut(string(one), "\n")
	p := samplePlan(t)
	var b bytes.Buffer
	if err := WritePlansCSV(&b, 0, []Plan{p, p}); err != nil {
		t.Fatal(err)
	}
	if want := header + "\n" + lines + lines; b.String() != want {
		t.Errorf("two plans:\n%s\nwant:\n%s", &b, want)
	}
	b.Reset()
	if err := WritePlansCSV(&b, ';', nil); err != nil {
		t.Fatal(err)
	}
	if want := strings.ReplaceAll(header, ",", ";") + "\n"; b.String() != want {
		t.Errorf("no plans: %q, want the header alone %q", &b, want)
	}
}

// A field is written as encoding/csv writes it, for any text and any
// separator it accepts: the lines of a plan are written without it.
func FuzzCSVField(f *testing.F) {
	for _, s := range []string{"", "Budi", "Budi, S.Pd", `Ki "Lurah"`, " lead", "\u00a0nbsp", "a\r\nb", `\.`, "5.1.1.03", "caf\xe9"} {
		f.Add(s, int32(','))
		f.Add(s, int32(';'))
	}
	f.Add("a\tb", int32('\t'))
	f.Add("a；b", int32('；'))
	f.Fuzz(func(t *testing.T, s string, comma int32) {
		var want bytes.Buffer
		cw := csv.NewWriter(&want)
		cw.Comma = rune(comma)
		if err := cw.Write([]string{s, "x"}); err != nil {
			t.Skip() // a separator encoding/csv refuses; the header refuses it too
		}
		cw.Flush()
		line := utf8.AppendRune(appendCSVField(nil, s, rune(comma)), rune(comma))
		line = append(appendCSVField(line, "x", rune(comma)), '\n')
		if string(line) != want.String() {
			t.Errorf("field %q, separator %q: %q, want %q", s, rune(comma), line, want.String())
		}
	})
}
