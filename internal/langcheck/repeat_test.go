package langcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// TestMessagesDoNotRepeatTheirField reads the module's source for the
// problems it builds with a field and both messages written out (problem.New
// and the packages' helpers of the same shape: …, field, value, id, en) and
// fails on a message that starts with the words of its field:
// Error.Message already puts the field, as problem.Label names it, in front
// ("baris 4, kolom upah: harus lebih dari nol"), so "upah: Upah atau
// penghasilan harus …" says it twice.
func TestMessagesDoNotRepeatTheirField(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "testdata" || strings.HasPrefix(name, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok || len(c.Args) < 4 {
				return true
			}
			field, ok1 := literal(c.Args[len(c.Args)-4])
			id, ok2 := literal(c.Args[len(c.Args)-2])
			en, ok3 := literal(c.Args[len(c.Args)-1])
			if !ok1 || !ok2 || !ok3 || field == "" || len(c.Args) == 4 && strings.Contains(field, ".") {
				// (A helper of four arguments takes a code first:
				// nrpError("nrp.force", value, id, en).)
				return true
			}
			checked++
			for _, m := range []struct {
				l   problem.Lang
				msg string
			}{{problem.Indonesian, id}, {problem.English, en}} {
				if w := fieldWord(field, m.l); w != "" && startsWith(m.msg, w) {
					t.Errorf("%s: the %s message %q repeats its field %q (%s)", fset.Position(c.Pos()), m.l, m.msg, field, w)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 100 {
		t.Fatalf("only %d problems checked", checked)
	}
}

// literal is the text of a string literal, or of the format of a
// fmt.Sprintf call.
func literal(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			s, err := strconv.Unquote(x.Value)
			return s, err == nil
		}
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Sprintf" && len(x.Args) > 0 {
			return literal(x.Args[0])
		}
	}
	return "", false
}

// fieldWord is the last part of field as problem.Label names it, without
// "kolom"/"column": what a message would repeat.
func fieldWord(field string, l problem.Lang) string {
	label := problem.Label(field, l)
	if label == field && strings.ContainsAny(field, "._[") {
		return "" // a path Label keeps as it is: not a word
	}
	parts := strings.Split(label, ", ")
	w := parts[len(parts)-1]
	for _, p := range []string{"kolom ", "column "} {
		w = strings.TrimPrefix(w, p)
	}
	return strings.ToLower(w)
}

// startsWith reports whether msg, after an English article, starts with
// the words w.
func startsWith(msg, w string) bool {
	m := strings.ToLower(msg)
	for _, a := range []string{"the ", "a ", "an "} {
		m = strings.TrimPrefix(m, a)
	}
	return strings.HasPrefix(m, w+" ") || strings.HasPrefix(m, w+":") || m == w
}
