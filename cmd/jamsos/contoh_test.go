package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The same flags write the same bytes; another seed writes other data.
func TestContohDeterministic(t *testing.T) {
	cases := [][]string{
		{"rosters", "-n", "40"},
		{"rosters", "-n", "40", "-format", "json", "-village", "61.12.01.2001", "-year", "2027"},
		{"activities", "-n", "60"},
		{"activities", "-n", "60", "-format", "json"},
		{"network", "-village", "32.16.01.2001"},
		{"registrations", "-n", "12"},
		{"registrations", "-n", "12", "-format", "json"},
		{"corpus"},
	}
	for _, args := range cases {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out := func(seed string) string {
				code, stdout, stderr := runCLI(t, "", append([]string{"contoh", "-seed", seed}, args...)...)
				if code != exitOK || stdout == "" {
					t.Fatalf("exit %d, %d bytes: %s", code, len(stdout), stderr)
				}
				return stdout
			}
			a, b, c := out("7"), out("7"), out("8")
			if a != b {
				t.Error("the same seed wrote different bytes")
			}
			if a == c {
				t.Error("seeds 7 and 8 wrote the same bytes")
			}
		})
	}
}

// `jamsos contoh corpus` writes the committed corpus: its default seed is
// the corpus's (jamsostest.CorpusSeed, 1).
func TestContohCorpusIsCommittedOne(t *testing.T) {
	want, err := os.ReadFile("../../jamsostest/testdata/corpus/v1.json")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "v1.json")
	if code, _, stderr := runCLI(t, "", "contoh", "-o", file, "corpus"); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("contoh corpus differs from jamsostest/testdata/corpus/v1.json (%d and %d bytes)", len(got), len(want))
	}
}

// The files contoh writes are read by rencana and mitra without a problem.
func TestContohFilesAreAccepted(t *testing.T) {
	dir := t.TempDir()
	regency := filepath.Join(dir, "regency")
	if err := os.Mkdir(regency, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(args ...string) {
		t.Helper()
		if code, _, stderr := runCLI(t, "", append([]string{"contoh"}, args...)...); code != exitOK {
			t.Fatalf("contoh %q: exit %d: %s", args, code, stderr)
		}
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	write("-seed", "3", "-n", "150", "-village", "61.12.01.2001", "-year", "2027", "-o", p("roster.csv"), "rosters")
	write("-seed", "3", "-n", "150", "-village", "61.12.01.2001", "-year", "2027", "-format", "json", "-o", p("roster.json"), "rosters")
	write("-seed", "4", "-n", "80", "-village", "61.12.01.2002", "-year", "2027", "-o", filepath.Join(regency, "6112012002.csv"), "rosters")
	write("-seed", "5", "-n", "80", "-village", "32.16.01.2001", "-year", "2027", "-o", filepath.Join(regency, "3216012001.csv"), "rosters")
	write("-seed", "9", "-village", "32.16.01.2001", "-o", p("network.json"), "network")
	write("-seed", "9", "-n", "300", "-village", "32.16.01.2001", "-o", p("activities.csv"), "activities")
	write("-seed", "9", "-n", "300", "-village", "32.16.01.2001", "-format", "json", "-o", p("activities.json"), "activities")

	cases := []struct {
		name   string
		args   []string
		stdout []string
	}{
		{"a roster CSV", []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", p("roster.csv")}, []string{"Desa Sungai Raya (61.12.01.2001)"}},
		{"a roster JSON", []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-lang", "en", p("roster.json")}, []string{"Desa Sungai Raya (61.12.01.2001)"}},
		{"a regency of rosters", []string{"rencana", "-year", "2027", regency}, []string{"Kabupaten Bekasi", "Kabupaten Kubu Raya"}},
		{"activities CSV", []string{"mitra", "-network", p("network.json"), "-on", "2026-12-31", "-lang", "en", p("activities.csv")}, []string{"Rejected activities: 0 of 300"}},
		{"activities JSON", []string{"mitra", "-network", p("network.json"), "-on", "2026-12-31", "-lang", "en", p("activities.json")}, []string{"Rejected activities: 0 of 300"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", c.args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d\nstderr: %s", code, stderr)
			}
			for _, w := range c.stdout {
				if !strings.Contains(stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout)
				}
			}
			// The generated rosters plan without a warning.
			for _, w := range []string{"Peringatan", "Warnings"} {
				if strings.Contains(stdout, w) {
					t.Errorf("stdout has %q:\n%s", w, stdout)
				}
			}
		})
	}
}

// A request contoh cannot meet as asked is an error, and writes no file.
func TestContohBadRequests(t *testing.T) {
	file := filepath.Join(t.TempDir(), "out.csv")
	cases := []struct {
		name   string
		args   []string
		exit   int
		stderr string
	}{
		{"no kind", []string{"contoh", "-n", "5"}, exitUsage, "jamsos contoh"},
		{"an unknown kind", []string{"contoh", "-o", file, "payroll"}, exitInvalid, "[jamsostest.kind]"},
		{"a size above the cap", []string{"contoh", "-n", "100001", "-o", file, "rosters"}, exitInvalid, "[jamsostest.size]"},
		{"a negative size", []string{"contoh", "-n", "-1", "-o", file, "rosters"}, exitInvalid, "[jamsostest.size]"},
		{"a size for the network", []string{"contoh", "-n", "5", "-o", file, "network"}, exitInvalid, "[jamsostest.size]"},
		{"the corpus as CSV", []string{"contoh", "-format", "csv", "-o", file, "corpus"}, exitInvalid, "[jamsostest.format]"},
		{"an unknown format", []string{"contoh", "-format", "xlsx", "-o", file, "rosters"}, exitInvalid, "[jamsostest.format]"},
		{"a malformed village code", []string{"contoh", "-village", "61.12.01.20x1", "-o", file, "rosters"}, exitInvalid, "village"},
		// 31.71.01.1001 is Kelurahan Gambir: no village budget, no roster.
		{"a kelurahan", []string{"contoh", "-village", "31.71.01.1001", "-o", file, "rosters"}, exitInvalid, "31.71.01.1001"},
		{"a year without parameters", []string{"contoh", "-year", "2099", "-o", file, "rosters"}, exitInvalid, "[jamsostest.year]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", c.args...)
			if code != c.exit || !strings.Contains(stderr, c.stderr) {
				t.Errorf("exit %d (want %d), stderr lacks %q:\n%s", code, c.exit, c.stderr, stderr)
			}
			if _, err := os.Stat(file); err == nil {
				t.Errorf("a file was written")
			}
		})
	}
}

// contoh's help is in Indonesian by default, its flags too, and in English
// with -lang en, as every other subcommand's.
func TestContohHelp(t *testing.T) {
	t.Setenv("LANG", "")
	for _, c := range []struct {
		args []string
		want []string
		not  string
	}{
		{[]string{"contoh", "-h"}, []string{"Pemakaian: jamsos contoh", "Data contoh untuk menguji sistem", "JENIS adalah rosters", "tulis ke berkas ini"}, "Sample data for testing"},
		{[]string{"contoh", "-lang", "en", "-h"}, []string{"Usage: jamsos contoh", "Sample data for testing", "KIND is rosters", "write to this file instead"}, "Data contoh"},
	} {
		code, stdout, _ := runCLI(t, "", c.args...)
		if code != exitOK || strings.Contains(stdout, c.not) {
			t.Errorf("%v: exit %d, stdout has %q:\n%s", c.args, code, c.not, stdout)
		}
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v: stdout lacks %q:\n%s", c.args, w, stdout)
			}
		}
	}
}
