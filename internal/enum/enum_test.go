package enum

import (
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

type colour uint8

const (
	red colour = iota + 1
	green
	blue
)

func upper(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

var colours = New(upper, []Def[colour, int]{
	{Value: red, Code: "RED", ID: "merah", EN: "red", Aliases: []string{"MERAH"}, Info: 1},
	{Value: green, Code: "GREEN", ID: "hijau", EN: "green", Info: 2},
})

func TestTable(t *testing.T) {
	if err := colours.Check(); err != nil {
		t.Fatal(err)
	}
	if !colours.Valid(red) || colours.Valid(blue) || colours.Valid(0) {
		t.Error("only the declared values are valid")
	}
	if colours.Code(green) != "GREEN" || colours.Code(blue) != "" || colours.Name(red, problem.English) != "red" ||
		colours.Name(red, problem.Indonesian) != "merah" || colours.Name(blue, problem.English) != "" {
		t.Error("codes or names")
	}
	if colours.Info(green) != 2 || colours.Info(blue) != 0 {
		t.Error("info")
	}
	for in, want := range map[string]colour{"red": red, " Merah ": red, "GREEN": green} {
		if got, ok := colours.Lookup(in); !ok || got != want {
			t.Errorf("Lookup(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := colours.Lookup("BLUE"); ok {
		t.Error("Lookup(BLUE) found an undeclared value")
	}
	if got := colours.Values(); !slices.Equal(got, []colour{red, green}) || colours.Len() != 2 || !slices.Equal(slices.Collect(colours.All()), got) {
		t.Errorf("Values = %v", got)
	}
	if colours.Choices(problem.Indonesian) != "RED atau GREEN" || colours.Choices(problem.English) != "RED or GREEN" {
		t.Errorf("Choices = %q", colours.Choices(problem.Indonesian))
	}
	three := New(upper, []Def[colour, struct{}]{{Value: red, Code: "R", ID: "m", EN: "r"}, {Value: green, Code: "G", ID: "h", EN: "g"}, {Value: blue, Code: "B", ID: "b", EN: "b"}})
	if three.Choices(problem.English) != "R, G or B" {
		t.Errorf("Choices = %q", three.Choices(problem.English))
	}
	if got := colours.Glossed(problem.Indonesian); got != `"RED" (merah) atau "GREEN" (hijau)` {
		t.Errorf("Glossed(id) = %q", got)
	}
	if got := three.Glossed(problem.English); got != `"R" (r), "G" (g) or "B" (b)` {
		t.Errorf("Glossed(en) = %q", got)
	}
}

// Each broken rule of a table is reported, none panics, and the first entry
// of a repeated value or spelling is kept.
func TestCheckFaults(t *testing.T) {
	for name, c := range map[string]struct {
		defs []Def[colour, struct{}]
		want string
	}{
		"empty code":       {[]Def[colour, struct{}]{{Value: red, ID: "merah", EN: "red"}}, "empty code"},
		"no Indonesian":    {[]Def[colour, struct{}]{{Value: red, Code: "RED", EN: "red"}}, "no Indonesian name"},
		"no English":       {[]Def[colour, struct{}]{{Value: red, Code: "RED", ID: "merah"}}, "no English name"},
		"not in key form":  {[]Def[colour, struct{}]{{Value: red, Code: "Red", ID: "merah", EN: "red"}}, "not in key form"},
		"value twice":      {[]Def[colour, struct{}]{{Value: red, Code: "RED", ID: "m", EN: "r"}, {Value: red, Code: "ROUGE", ID: "m", EN: "r"}}, "declared twice"},
		"spelling twice":   {[]Def[colour, struct{}]{{Value: red, Code: "RED", ID: "m", EN: "r"}, {Value: green, Code: "GREEN", ID: "h", EN: "g", Aliases: []string{"RED"}}}, `"RED" already names value 1`},
		"alias empty":      {[]Def[colour, struct{}]{{Value: red, Code: "RED", ID: "m", EN: "r", Aliases: []string{""}}}, "empty alias"},
		"alias not in key": {[]Def[colour, struct{}]{{Value: red, Code: "RED", ID: "m", EN: "r", Aliases: []string{" merah"}}}, "not in key form"},
	} {
		tab := New(upper, c.defs)
		err := tab.Check()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Check() = %v, want %q", name, err, c.want)
		}
		if got, ok := tab.Lookup("RED"); len(c.defs) > 0 && c.defs[0].Code == "RED" && (!ok || got != red) {
			t.Errorf("%s: the first entry is not kept", name)
		}
	}
}

// Fold matches as strings.EqualFold does against upper-case ASCII codes.
func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"jkk": "JKK", " Jkm ": "JKM", "J\u212aK": "JKK", "non_active": "NON_ACTIVE", "é": "é", "\u017f": "S",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzFold compares lookup through Fold with the strings.EqualFold loop the
// membership parsers used before their tables.
func FuzzFold(f *testing.F) {
	codes := []string{"JKK", "JKM", "JHT", "JP", "JKP", "NON_ACTIVE", "PAY_AGAIN"}
	for _, s := range []string{"jkk", " J\u212aK ", "JKX", "", "non_active", "\u017f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Fold(s)
		for _, c := range codes {
			if strings.EqualFold(strings.TrimSpace(s), c) != (k == c) {
				t.Fatalf("%q against %q: EqualFold %v, Fold gives %q", s, c, !(k == c), k)
			}
		}
	})
}

// Fold brings every ASCII text to the upper case strings.EqualFold matches
// it with, and leaves text already upper case as it is.
func TestFoldASCII(t *testing.T) {
	for c := range 128 {
		s := " x" + string(rune(c)) + "Y "
		got := Fold(s)
		if !strings.EqualFold(got, strings.TrimSpace(s)) || strings.ToUpper(got) != got {
			t.Errorf("Fold(%q) = %q", s, got)
		}
	}
	for in, want := range map[string]string{"jkk": "JKK", "JKM": "JKM", "\u212Aa": "KA", "ſ": "S", " bpu ": "BPU"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
