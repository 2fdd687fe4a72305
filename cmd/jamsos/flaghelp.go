package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// printFlags writes the flags of fs as flag.FlagSet.PrintDefaults lays them
// out, but every word in the language l: the kind of value a flag takes
// ("teks", "angka") and its default ("(bawaan "id")") are package flag's
// English otherwise.
func printFlags(w io.Writer, fs *flag.FlagSet, l problem.Lang) {
	fs.VisitAll(func(f *flag.Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", f.Name)
		name, usage := flag.UnquoteUsage(f)
		if kind := valueKind(name, l); kind != "" {
			b.WriteString(" " + kind)
		}
		// One-letter flags fit their usage on the same line, as in package flag.
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if def, ok := shownDefault(f); ok {
			if l == problem.English {
				fmt.Fprintf(&b, " (default %s)", def)
			} else {
				fmt.Fprintf(&b, " (bawaan %s)", def)
			}
		}
		fmt.Fprintln(w, b.String())
	})
}

// valueKind names the kind of value flag.UnquoteUsage found ("string",
// "int", ... or a name the usage gave in back quotes) in language l.
func valueKind(name string, l problem.Lang) string {
	if l == problem.English {
		return name
	}
	switch name {
	case "string":
		return "teks"
	case "int", "uint", "float":
		return "angka"
	case "duration":
		return "durasi"
	case "value":
		return "nilai"
	}
	return name
}

// shownDefault is the default of f as help shows it, quoted when it is
// text, or false when it is the zero value of its type (nothing to show),
// as package flag decides it.
func shownDefault(f *flag.Flag) (string, bool) {
	if isZeroValue(f) {
		return "", false
	}
	if g, ok := f.Value.(flag.Getter); ok {
		if _, isText := g.Get().(string); isText {
			return fmt.Sprintf("%q", f.DefValue), true
		}
	}
	return f.DefValue, true
}

// isZeroValue reports whether f's default is what a zero value of its
// type prints, as package flag's own test does; a String method that
// panics on a zero value counts as not zero.
func isZeroValue(f *flag.Flag) (zero bool) {
	typ := reflect.TypeOf(f.Value)
	var z reflect.Value
	if typ.Kind() == reflect.Pointer {
		z = reflect.New(typ.Elem())
	} else {
		z = reflect.Zero(typ)
	}
	defer func() {
		if recover() != nil {
			zero = false
		}
	}()
	v, ok := z.Interface().(flag.Value)
	return ok && f.DefValue == v.String()
}

// The errors package flag reports, in its English, and their Indonesian.
var flagErrors = []struct {
	re     *regexp.Regexp
	id, en string
}{
	{regexp.MustCompile(`^flag provided but not defined: (-\S*)$`), "opsi tidak dikenal: $1", "unknown flag: $1"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "opsi tidak dapat dibaca: $1", "bad flag syntax: $1"},
	{regexp.MustCompile(`^flag needs an argument: (-\S*)$`), "opsi $1 memerlukan nilai", "flag $1 needs a value"},
	{regexp.MustCompile(`^invalid value (".*") for flag (-\S*): parse error$`), "nilai $1 untuk opsi $2 bukan angka yang sah", "invalid value $1 for flag $2: not a valid number"},
	{regexp.MustCompile(`^invalid value (".*") for flag (-\S*): value out of range$`), "nilai $1 untuk opsi $2 di luar jangkauan", "invalid value $1 for flag $2: out of range"},
	{regexp.MustCompile(`^invalid value (".*") for flag (-\S*): (.*)$`), "nilai $1 untuk opsi $2 tidak sah: $3", "invalid value $1 for flag $2: $3"},
	{regexp.MustCompile(`^invalid boolean value (".*") for (-\S*): .*$`), "nilai $1 untuk opsi $2 harus true atau false", "invalid value $1 for flag $2: it must be true or false"},
	{regexp.MustCompile(`^invalid boolean flag (\S*): .*$`), "opsi -$1 tidak menerima nilai itu; tulis -$1=true atau -$1=false", "flag -$1 takes no such value; write -$1=true or -$1=false"},
}

// flagError is the message of err, an error of parsing flags, in language
// l; an error that is none of package flag's known ones keeps its text.
func flagError(err error, l problem.Lang) string {
	if errors.Is(err, flag.ErrHelp) {
		return err.Error()
	}
	s := err.Error()
	for _, fe := range flagErrors {
		if fe.re.MatchString(s) {
			if l == problem.English {
				return fe.re.ReplaceAllString(s, fe.en)
			}
			return fe.re.ReplaceAllString(s, fe.id)
		}
	}
	return s
}
