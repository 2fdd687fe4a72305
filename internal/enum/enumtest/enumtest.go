// Package enumtest checks, in this module's tests, that an enumeration's
// table has an entry for every constant the package declares of its type,
// and no entry for anything else. It reads the package's source, so a
// constant added without its entries fails the package's table test.
package enumtest

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Constants returns the constants of the named type that the Go files
// (other than tests) in dir declare, as value to constant name. It type
// checks those files alone, so that constant values (iota and all) are
// exact; errors from the packages they import, which are not loaded, are
// ignored.
func Constants(t testing.TB, dir, typeName string) map[uint64]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		t.Fatalf("no Go files in %s", dir)
	}
	conf := types.Config{
		Importer: empty{},
		Error:    func(error) {},
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	pkg, _ := conf.Check(files[0].Name.Name, fset, files, info)
	obj := pkg.Scope().Lookup(typeName)
	if obj == nil {
		t.Fatalf("no type %s in %s", typeName, dir)
	}
	out := map[uint64]string{}
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !types.Identical(c.Type(), obj.Type()) {
			continue
		}
		v, exact := constant.Uint64Val(c.Val())
		if !exact {
			t.Fatalf("constant %s has no exact value", name)
		}
		if prev, dup := out[v]; dup {
			t.Fatalf("constants %s and %s of type %s share the value %d", prev, name, typeName, v)
		}
		out[v] = name
	}
	return out
}

// Match fails t unless the table's values are exactly the constants of the
// named type declared in dir: each constant has an entry, and each entry a
// constant. values are the table's values.
func Match[T ~uint8](t testing.TB, dir, typeName string, values []T) {
	t.Helper()
	consts := Constants(t, dir, typeName)
	seen := map[uint64]bool{}
	for _, v := range values {
		seen[uint64(v)] = true
		if _, ok := consts[uint64(v)]; !ok {
			t.Errorf("%s: the table has value %d, which no constant names", typeName, v)
		}
	}
	var missing []string
	for v, name := range consts {
		if !seen[v] {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	for _, name := range missing {
		t.Errorf("%s: the constant %s has no entry in the table", typeName, name)
	}
}

// empty imports every package as an empty one, so that type checking a
// package's files alone evaluates its own constants.
type empty struct{}

func (empty) Import(path string) (*types.Package, error) {
	name := path[strings.LastIndexByte(path, '/')+1:]
	p := types.NewPackage(path, name)
	p.MarkComplete()
	return p, nil
}

// Enum is what every enumeration type of this module provides.
type Enum interface {
	~uint8
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

// Values fails t unless every one of values is valid, has a code that is
// its text (MarshalText, JSON) and reads back as itself in upper and lower
// case, has both names (name gives them), and no two share a code; and
// unless every other value of the type is invalid and prints as "". It is
// the part of an enumeration's table test that does not depend on the
// package's policy.
func Values[T Enum, PT interface {
	*T
	UnmarshalText([]byte) error
}](t testing.TB, values []T, name func(T, problem.Lang) string) {
	t.Helper()
	if len(values) == 0 {
		t.Fatal("no values")
	}
	listed := map[T]bool{}
	codes := map[string]T{}
	for _, v := range values {
		listed[v] = true
		code := v.String()
		if !v.IsValid() || code == "" {
			t.Errorf("value %d is listed but invalid or without a code (%q)", v, code)
			continue
		}
		if w, dup := codes[code]; dup {
			t.Errorf("values %d and %d share the code %q", w, v, code)
		}
		codes[code] = v
		if b, err := v.MarshalText(); err != nil || string(b) != code {
			t.Errorf("%s: MarshalText = %q, %v", code, b, err)
		}
		if b, err := json.Marshal(v); err != nil || string(b) != strconv.Quote(code) {
			t.Errorf("%s: JSON = %s, %v", code, b, err)
		}
		for _, text := range []string{code, strings.ToLower(code), " " + code + " "} {
			var back T
			if err := PT(&back).UnmarshalText([]byte(text)); err != nil || back != v {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v", code, text, back, err)
			}
		}
		if name == nil {
			continue
		}
		for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
			if strings.TrimSpace(name(v, l)) == "" {
				t.Errorf("%s has no name in %s", code, l)
			}
		}
	}
	for i := range 256 {
		v := T(i)
		if listed[v] {
			continue
		}
		if v.IsValid() || v.String() != "" {
			t.Errorf("value %d is not listed but valid (%v) or printed as %q", i, v.IsValid(), v.String())
		}
		if b, err := v.MarshalText(); err == nil && len(b) > 0 {
			t.Errorf("value %d is not listed but encodes as %q", i, b)
		}
	}
}

// Doc returns the table of an enumeration as a Markdown section for the
// documentation: for each value, its Go name (as pkg.Name), its text (what
// the command line and CSV take and JSON carries, quoted), the other
// spellings read on input, and its names in both languages.
func Doc[T ~uint8, X any](t testing.TB, dir, pkg, typeName string, tab *enum.Table[T, X]) string {
	t.Helper()
	consts := Constants(t, dir, typeName)
	var b strings.Builder
	fmt.Fprintf(&b, "### %s.%s\n\n", pkg, typeName)
	b.WriteString("| Go | Text (CLI, CSV) | JSON | Also read | Indonesian | English |\n|---|---|---|---|---|---|\n")
	for _, d := range tab.Defs() {
		also := make([]string, len(d.Aliases))
		for i, a := range d.Aliases {
			also[i] = "`" + a + "`"
		}
		fmt.Fprintf(&b, "| `%s.%s` | `%s` | `%q` | %s | %s | %s |\n",
			pkg, consts[uint64(d.Value)], d.Code, d.Code, strings.Join(also, ", "), d.ID, d.EN)
	}
	b.WriteString("\n")
	return b.String()
}

// Join returns the text of each value, separated by single spaces, for
// comparing a list of values with the codes it should have.
func Join[T interface{ String() string }](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = v.String()
	}
	return strings.Join(s, " ")
}
