package region

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// FuzzParse checks that Parse never panics, that every error is a
// *problem.Error wrapping ErrInvalidCode, and that a parsed code reads back
// unchanged from its dotted, compact and text forms.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"32.16.01.2001", "3216012001", "32", "99", "32.70", "32..16", " 31.71.01.1001 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			var pe *problem.Error
			if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidCode) {
				t.Fatalf("Parse(%q) error %T %v", s, err, err)
			}
			if len([]rune(pe.Value)) > 41 {
				t.Fatalf("Parse(%q) error repeats %d characters of its input", s, len([]rune(pe.Value)))
			}
			if c != (Code{}) {
				t.Fatalf("Parse(%q) returned %v with an error", s, c)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("Parse(%q) returned an invalid code without error", s)
		}
		for _, form := range []string{c.String(), c.Compact()} {
			back, err := Parse(form)
			if err != nil || back != c {
				t.Fatalf("Parse(%q) = %v; re-parsing %q gave %v, %v", s, c, form, back, err)
			}
		}
		if got := len(c.Compact()); got != []int{0, 2, 4, 6, 10}[c.Level()] {
			t.Fatalf("%v has %d digits at level %v", c, got, c.Level())
		}
		b, _ := c.MarshalText()
		var back Code
		if err := back.UnmarshalText(b); err != nil || back != c {
			t.Fatalf("text round trip of %v gave %v, %v", c, back, err)
		}
		if !c.Province().Contains(c) || !c.Contains(c) {
			t.Fatalf("%v is not within its own province", c)
		}
		if p := c.Parent(); p.IsValid() && (!p.Contains(c) || p.Level() != c.Level()-1) {
			t.Fatalf("parent %v of %v", p, c)
		}
	})
}

// FuzzLoadCSV checks that LoadCSV never panics, that it either returns a
// table or a problem list whose every problem names a line, and that a table
// answers each of its entries.
func FuzzLoadCSV(f *testing.F) {
	f.Add([]byte("kode,nama\n32.16,Kabupaten Bekasi\n3216012001,Sagara Makmur\n"))
	f.Add([]byte("\xef\xbb\xbfcode,name\r\n32.16,\"Bekasi, Kabupaten\"\r\n"))
	f.Add([]byte("32.16,A\n3216,B\n32.16.00,C\n\"x\"y\",z\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := LoadCSV(bytes.NewReader(data))
		if err != nil {
			var list problem.List
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %T %v is not a problem list", err, err)
			}
			for _, p := range list {
				if !strings.HasPrefix(p.Field, "line[") {
					t.Fatalf("problem %q does not name a line", p.Message(problem.English))
				}
			}
			return
		}
		var prev Code
		n := 0
		for c, name := range tab.All() {
			if !c.IsValid() || name == "" || name != cleanName(name) {
				t.Fatalf("bad entry %v %q", c, name)
			}
			if n > 0 && prev.Compare(c) >= 0 {
				t.Fatalf("entries out of order: %v then %v", prev, c)
			}
			if got, ok := tab.Name(c); !ok || got != name {
				t.Fatalf("Name(%v) = %q, %v; want %q", c, got, ok, name)
			}
			prev = c
			n++
		}
		if n != tab.Len() {
			t.Fatalf("All yielded %d entries, Len is %d", n, tab.Len())
		}
	})
}
