package main

import (
	"flag"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestParseInterleaved(t *testing.T) {
	cases := []struct {
		args []string
		x    string
		b    bool
		pos  []string
	}{
		{args: []string{"a", "-x", "1", "b", "-b"}, x: "1", b: true, pos: []string{"a", "b"}},
		{args: []string{"-x=2", "a"}, x: "2", pos: []string{"a"}},
		// "-" is standard input, a positional argument.
		{args: []string{"-", "-b"}, b: true, pos: []string{"-"}},
		// "--" ends the flags, wherever it stands.
		{args: []string{"a", "--", "-b", "c"}, pos: []string{"a", "-b", "c"}},
		{args: []string{"-b", "--", "-x"}, b: true, pos: []string{"-x"}},
		{args: nil, pos: nil},
	}
	for _, c := range cases {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		x := fs.String("x", "", "")
		b := fs.Bool("b", false, "")
		if err := parseInterleaved(fs, c.args); err != nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if *x != c.x || *b != c.b || !slices.Equal(fs.Args(), c.pos) {
			t.Errorf("%q: x=%q b=%v args %q, want x=%q b=%v args %q", c.args, *x, *b, fs.Args(), c.x, c.b, c.pos)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := parseInterleaved(fs, []string{"a", "-nope"}); err == nil || !strings.Contains(err.Error(), "-nope") {
		t.Errorf("unknown flag after an argument: %v", err)
	}
}

// Flags after positional arguments, in every subcommand (issue: `jamsos
// mitra … activities.csv -json` printed the usage and exited 2). A flag the
// command does not know is an error naming it, wherever it stands.
func TestFlagsAfterArguments(t *testing.T) {
	cases := []cliCase{
		{name: "iuran: an argument it does not take, then flags", args: []string{"iuran", "extra", "-segment", "BPU", "-programs", "JKK+JKM",
			"-basis", "1000000", "-month", "2026-01"}, exit: exitUsage, stderr: []string{`"extra"`}},
		{name: "iuran: an unknown flag is named", args: []string{"iuran", "-segment", "BPU", "-nope"}, exit: exitUsage, stderr: []string{"-nope"}},
		{name: "nik: -json after the NIK", args: []string{"nik", "3216015708900002", "-json"}, stdout: []string{`"nik": "3216••••••••0002"`}},
		{name: "nik: -lang after the NIK", args: []string{"nik", "3216015708900002", "-lang", "en"}, stdout: []string{"issuing district"}},
		{name: "nik: an unknown flag after the NIK is named", args: []string{"nik", "3216015708900002", "-nope"}, exit: exitUsage, stderr: []string{"-nope"}},
		{name: "nik: -- ends the flags", args: []string{"nik", "--", "3216015708900002"}, stdout: []string{"3216••••••••0002"}},
		{name: "rencana: flags after the roster", args: []string{"rencana", sampleRoster, "-village", "61.12.01.2001", "-year", "2027", "-format", "csv"},
			stdout: []string{"nik,name,group"}},
		{name: "rencana: an unknown flag after the roster is named", args: []string{"rencana", "-year", "2027", sampleRoster, "-vilage", "61.12.01.2001"},
			exit: exitUsage, stderr: []string{"-vilage"}},
		// The sample activities have an unreadable line on purpose: exit 1.
		{name: "mitra: -json after the activities", args: []string{"mitra", "-network", "../../examples/mitra/data/network.json",
			"../../examples/mitra/data/activities.csv", "-json", "-on", "2026-06-30"}, exit: exitInvalid, stdout: []string{`"progress": {`}},
		{name: "aturan: an argument it does not take", args: []string{"aturan", "extra", "-date", "2026-03-01"}, exit: exitUsage},
		{name: "aturan: an unknown flag is named", args: []string{"aturan", "-date", "2026-03-01", "-nope"}, exit: exitUsage, stderr: []string{"-nope"}},
		{name: "contoh: flags after the kind", args: []string{"contoh", "rosters", "-n", "2", "-format", "json"}, stdout: []string{`"group":"head"`}},
		{name: "contoh: an unknown flag after the kind is named", args: []string{"contoh", "rosters", "-size", "2"}, exit: exitUsage, stderr: []string{"-size"}},
		// serve takes no argument: it is refused at once, with the flags
		// after it read (-lang en), rather than the service starting.
		{name: "serve: an argument it does not take, then flags", args: []string{"serve", "extra", "-lang", "en", "-addr", "127.0.0.1:99999"}, exit: exitUsage,
			stderr: []string{"Usage: jamsos serve"}},
	}
	for _, c := range cases {
		t.Run(c.name, c.check)
	}
}
