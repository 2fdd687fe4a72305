// Command jamsos serves the rules of the jamsos library to people and to
// systems written in other languages: on the command line and as a small
// JSON service over HTTP.
//
// Usage:
//
//	jamsos iuran   [flags]   the monthly contribution (bill) of one participant
//	jamsos manfaat [flags]   what the programs pay on one event, or what a contribution protects
//	jamsos nik     NIK       check and decode a population identity number
//	jamsos rencana [flags]   a village's or a regency's plan for a fiscal year
//	jamsos mitra   [flags]   partner progress and agents' fee statements
//	jamsos aturan  [flags]   the parameters in force on a date, with their sources
//	jamsos contoh  [flags] KIND  sample data: rosters, activities, registrations, the corpus
//	jamsos serve   [flags]   a JSON service over HTTP
//	jamsos version           the program's version and its law data's edition
//
// Every subcommand takes -lang id|en (Indonesian by default) and -json, and
// explains itself with -h. Exit codes: 0 success, 1 invalid input (every
// problem is printed with its field), 2 wrong usage.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/service"
)

// Exit codes, as the README's table lists them.
const (
	exitOK      = 0 // success; for serve, stopped after every request in flight was answered
	exitInvalid = 1 // invalid input: every problem printed with its field and code
	exitUsage   = 2 // wrong usage: a bad flag or argument, a file that cannot be read, an address that cannot be listened on
	exitServe   = 3 // serve: requests were still in flight at the end of the shutdown grace period, or serving failed
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	name   string
	id, en string // the summary in Indonesian and in English
	run    func(env *env, args []string) int
}

var commands = []command{
	{"iuran", "hitung iuran bulanan satu peserta", "the monthly contribution of one participant", runIuran},
	{"manfaat", "manfaat pada satu peristiwa", "what the programs pay on one event", runManfaat},
	{"nik", "periksa dan uraikan NIK", "check and decode a NIK", runNIK},
	{"rencana", "rencana iuran desa atau kabupaten", "a village's or a regency's plan", runRencana},
	{"mitra", "kemajuan mitra dan fee agen", "partner progress and agents' fees", runMitra},
	{"aturan", "parameter yang berlaku pada suatu tanggal", "the parameters in force on a date", runAturan},
	{"contoh", "data contoh untuk pengujian", "sample data for tests", runContoh},
	{"serve", "layanan JSON lewat HTTP", "a JSON service over HTTP", runServe},
	{"version", "versi program dan edisi data hukumnya", "the program's version and its law data's edition", runVersion},
}

// env is what a subcommand reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	lang           problem.Lang
	json           bool
	synopsis       string        // the running subcommand's help text
	fs             *flag.FlagSet // the running subcommand's flags, once parsed
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	return e.run(args)
}

func (e *env) run(args []string) int {
	e.lang = langOf(args, e.getenv("LANG"))
	// -lang may also come before the command ("jamsos -lang en iuran -h").
	for len(args) > 0 {
		if a := args[0]; (a == "-lang" || a == "--lang") && len(args) > 1 {
			args = args[2:]
		} else if strings.HasPrefix(a, "-lang=") || strings.HasPrefix(a, "--lang=") {
			args = args[1:]
		} else {
			break
		}
	}
	if len(args) == 0 {
		e.usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		e.usage(e.stdout)
		return exitOK
	case "-version", "--version":
		return runVersion(e, args[1:])
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, e.t("jamsos: perintah %q tidak dikenal\n\n", "jamsos: unknown command %q\n\n"), masked(args[0]))
	e.usage(e.stderr)
	return exitUsage
}

// langOf is the language of help and messages: the -lang flag wherever it
// is among args, else English when LANG starts with "en", else Indonesian.
func langOf(args []string, envLang string) problem.Lang {
	for i, a := range args {
		v, ok := "", false
		switch {
		case a == "-lang" || a == "--lang":
			if i+1 < len(args) {
				v, ok = args[i+1], true
			}
		case strings.HasPrefix(a, "-lang="), strings.HasPrefix(a, "--lang="):
			_, v, ok = strings.Cut(a, "=")
		}
		if ok {
			if l, ok := problem.ParseLang(v); ok {
				return l
			}
		}
	}
	if strings.HasPrefix(strings.ToLower(envLang), "en") {
		return problem.English
	}
	return problem.Indonesian
}

// masked is text typed by the user fit for a message: any run of ten
// digits or more (a NIK typed as a command or a flag) masked, cut short.
func masked(s string) string {
	s = strings.ToValidUTF8(problem.MaskDigits(s, 10), "?")
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}

func (e *env) usage(w io.Writer) {
	fmt.Fprintln(w, e.t("jamsos — aturan BPJS Ketenagakerjaan untuk desa", "jamsos — BPJS Ketenagakerjaan rules for villages"))
	fmt.Fprintln(w, e.t("\nPemakaian: jamsos <perintah> [opsi]", "\nUsage: jamsos <command> [flags]"))
	fmt.Fprintln(w, e.t("\nPerintah:", "\nCommands:"))
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, e.t(c.id, c.en))
	}
	fmt.Fprintln(w, e.t("\nOpsi setiap perintah: -lang id|en (atau LANG=en), -json. Bantuan: jamsos <perintah> -h",
		"\nFlags of every command: -lang id|en (or LANG=en), -json. Help: jamsos <command> -h"))
	fmt.Fprintln(w, e.t("Kode keluar: 0 berhasil, 1 masukan tidak sah, 2 salah pemakaian, 3 serve berhenti tanpa menuntaskan permintaan.",
		"Exit codes: 0 ok, 1 invalid input, 2 usage, 3 serve stopped without draining."))
}

// flags returns a flag set with the flags every subcommand shares; synopsis
// is the help text in the language of e.
func (e *env) flags(name, synopsis string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("jamsos "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", e.lang.String(), e.t("bahasa pesan dan laporan: id atau en", "language of messages and reports: id or en"))
	fs.BoolVar(&e.json, "json", false, e.t("tulis JSON, bukan teks", "write JSON instead of text"))
	e.synopsis = synopsis
	// After a usage error the help goes to stderr. The help is this
	// command's own text (flag defaults, never values typed), and what was
	// typed is in the problem before it, masked there; as a last guard a
	// run as long as a NIK is masked here too, while the examples' village
	// codes (ten digits) stay readable.
	fs.Usage = func() {
		var b strings.Builder
		e.help(&b, fs, synopsis)
		fmt.Fprint(e.stderr, problem.MaskDigits(b.String(), problem.IDDigits))
	}
	return fs, lang
}

// help writes a subcommand's help: its synopsis and its flags.
func (e *env) help(w io.Writer, fs *flag.FlagSet, synopsis string) {
	fmt.Fprintf(w, e.t("Pemakaian: jamsos %s\n", "Usage: jamsos %s\n"), synopsis)
	fmt.Fprintln(w, e.t("Opsi:", "Flags:"))
	printFlags(w, fs, e.lang)
}

// parse parses the flags and the language; it returns an exit code and false
// when the command should stop: after -h or --help, whose help goes to
// standard output (exit 0), or a usage error, reported on standard error
// without repeating a long number typed by mistake (exit 2).
func (e *env) parse(fs *flag.FlagSet, lang *string, args []string) (int, bool) {
	usage := fs.Usage
	fs.Usage = func() {}
	err := parseInterleaved(fs, args)
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			e.help(e.stdout, fs, e.synopsis)
			return exitOK, false
		}
		fmt.Fprintf(e.stderr, "%s: %s\n", fs.Name(), masked(flagError(err, e.lang)))
		fmt.Fprintf(e.stderr, e.t("Bantuan: %s -h\n", "Help: %s -h\n"), fs.Name())
		return exitUsage, false
	}
	l, ok := problem.ParseLang(*lang)
	if !ok {
		fmt.Fprintf(e.stderr, e.t("jamsos: -lang harus id atau en, bukan %q\n", "jamsos: -lang must be id or en, not %q\n"), masked(*lang))
		return exitUsage, false
	}
	e.lang = l
	e.fs = fs
	return exitOK, true
}

// fail prints every problem in err and returns exitInvalid: as JSON on
// stdout with -json, otherwise one line per problem on stderr.
func (e *env) fail(err error) int {
	var l problem.List
	l.Add(err)
	if e.json {
		e.writeJSON(service.NewErrorBody(l, 0, "", e.lang))
		return exitInvalid
	}
	for _, p := range l {
		fmt.Fprintf(e.stderr, "%s [%s]\n", e.message(p), p.Code)
	}
	return exitInvalid
}

// message is p's message as text output shows it: a problem with a flag
// the command line set is named by that flag, as it was typed ("-village:
// …"); any other field reads as problem.Label renders it in the language
// ("bulan: wajib diisi", "baris 4, kolom upah: …").
func (e *env) message(p *problem.Error) string {
	if e.fs != nil && p.Field != "" && e.fs.Lookup(p.Field) != nil {
		set := false
		e.fs.Visit(func(f *flag.Flag) { set = set || f.Name == p.Field })
		if set {
			c := *p
			c.Field = "-" + p.Field
			return c.Message(e.lang)
		}
	}
	return p.Message(e.lang)
}

// writeJSON writes v as the service writes its answers with ?pretty=1, so
// that -json and the service agree, and returns the exit code: exitOK, or
// exitInvalid with the error on stderr when v cannot be encoded or written.
// Nothing of a value that fails to encode reaches stdout.
func (e *env) writeJSON(v any) int {
	var b bytes.Buffer
	if err := service.WriteJSONIndent(&b, v); err != nil {
		fmt.Fprintf(e.stderr, e.t("jamsos: keluaran JSON tidak dapat ditulis: %s\n", "jamsos: the JSON output cannot be written: %s\n"), masked(err.Error()))
		return exitInvalid
	}
	if _, err := e.stdout.Write(b.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, e.t("jamsos: keluaran JSON tidak dapat ditulis: %s\n", "jamsos: the JSON output cannot be written: %s\n"), masked(err.Error()))
		return exitInvalid
	}
	return exitOK
}

// t picks the Indonesian or English text.
func (e *env) t(id, en string) string {
	if e.lang == problem.English {
		return en
	}
	return id
}
