package village

import (
	"bytes"
	"os"
	"strings"
	"testing"
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

// The header is dropped however the writes that carry it are cut.
func TestAfterFirstLine(t *testing.T) {
	var b bytes.Buffer
	a := &afterFirstLine{w: &b}
	for _, piece := range []string{"ni", "k,na", "me\nx", ",y\n", "z\n"} {
		if n, err := a.Write([]byte(piece)); n != len(piece) || err != nil {
			t.Fatalf("Write(%q) = %d, %v", piece, n, err)
		}
	}
	if b.String() != "x,y\nz\n" {
		t.Errorf("got %q", &b)
	}
}
