// Command jamsos serves the rules of the jamsos library to people and to
// systems written in other languages: on the command line and as a small
// JSON service over HTTP.
//
// Usage:
//
//	jamsos iuran   [flags]   the monthly contribution (bill) of one participant
//	jamsos nik     NIK       check and decode a population identity number
//	jamsos rencana [flags]   a village's or a regency's plan for a fiscal year
//	jamsos mitra   [flags]   partner progress and agents' fee statements
//	jamsos aturan  [flags]   the parameters in force on a date, with their sources
//	jamsos contoh  [flags] KIND  sample data: rosters, activities, registrations, the corpus
//	jamsos serve   [flags]   a JSON service over HTTP
//
// Every subcommand takes -lang id|en (Indonesian by default) and -json, and
// explains itself with -h. Exit codes: 0 success, 1 invalid input (every
// problem is printed with its field), 2 wrong usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/service"
)

// Exit codes.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	name, summary string
	run           func(env *env, args []string) int
}

var commands = []command{
	{"iuran", "hitung iuran bulanan satu peserta / the monthly contribution of one participant", runIuran},
	{"manfaat", "manfaat pada satu peristiwa / what the programs pay on one event", runManfaat},
	{"nik", "periksa dan uraikan NIK / check and decode a NIK", runNIK},
	{"rencana", "rencana iuran desa atau kabupaten / a village or regency plan", runRencana},
	{"mitra", "kemajuan mitra dan fee agen / partner progress and agents' fees", runMitra},
	{"aturan", "parameter yang berlaku pada suatu tanggal / the parameters in force on a date", runAturan},
	{"contoh", "data contoh untuk pengujian / sample data for tests", runContoh},
	{"serve", "layanan JSON lewat HTTP / a JSON service over HTTP", runServe},
}

// env is what a subcommand reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lang           problem.Lang
	json           bool
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(&env{stdin: stdin, stdout: stdout, stderr: stderr}, args[1:])
		}
	}
	fmt.Fprintf(stderr, "jamsos: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "jamsos — aturan BPJS Ketenagakerjaan untuk desa / BPJS Ketenagakerjaan rules for villages")
	fmt.Fprintln(w, "\nUsage: jamsos <command> [flags]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nFlags of every command: -lang id|en, -json. Help: jamsos <command> -h")
	fmt.Fprintln(w, "Exit codes: 0 ok, 1 invalid input, 2 usage.")
}

// flags returns a flag set with the flags every subcommand shares.
func (e *env) flags(name, synopsis string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("jamsos "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	lang := fs.String("lang", "id", "language of messages and reports: id or en")
	fs.BoolVar(&e.json, "json", false, "write JSON instead of text")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: jamsos %s\n\n", synopsis)
		fs.PrintDefaults()
	}
	return fs, lang
}

// parse parses the flags and the language; it returns an exit code and false
// when the command should stop.
func (e *env) parse(fs *flag.FlagSet, lang *string, args []string) (int, bool) {
	if err := parseInterleaved(fs, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	l, ok := problem.ParseLang(*lang)
	if !ok {
		fmt.Fprintf(e.stderr, "jamsos: -lang must be id or en, not %q\n", *lang)
		return exitUsage, false
	}
	e.lang = l
	return exitOK, true
}

// fail prints every problem in err and returns exitInvalid: as JSON on
// stdout with -json, otherwise one line per problem on stderr.
func (e *env) fail(err error) int {
	var l problem.List
	l.Add(err)
	if e.json {
		writeJSON(e.stdout, service.ErrorBody{Errors: l})
		return exitInvalid
	}
	for _, p := range l {
		fmt.Fprintf(e.stderr, "%s [%s]\n", p.Message(e.lang), p.Code)
	}
	return exitInvalid
}

// writeJSON writes v as the service writes its answers, so that -json and
// the service agree.
func writeJSON(w io.Writer, v any) { _ = service.WriteJSON(w, v) }

// t picks the Indonesian or English text.
func (e *env) t(id, en string) string {
	if e.lang == problem.English {
		return en
	}
	return id
}
