package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Words that only one of the two languages uses in help text: a word of
// the other language in a help means part of it was left untranslated,
// as package flag's "(default …)" and "string" were.
var (
	englishWords    = regexp.MustCompile(`(?i)\b(the|of|or|and|with|is|are|default|string|int|usage|flags?|help|value|file|write|read)\b`)
	indonesianWords = regexp.MustCompile(`(?i)\b(yang|dan|atau|untuk|dengan|bawaan|teks|angka|pemakaian|opsi|bantuan|berkas|tulis|baca|dari)\b`)
)

// allowedInIndonesian are English words that are names in the Indonesian
// help: values a flag takes (-format text, -event death, -sex …) and
// sample kinds, which are typed as they are.
var allowedInIndonesian = map[string]bool{"text": true}

// helpText runs `jamsos args...` and returns its standard output, failing
// unless it exits 0 with nothing on standard error.
func helpText(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(args, strings.NewReader(""), &out, &errOut); code != exitOK || errOut.Len() > 0 {
		t.Fatalf("jamsos %s: exit %d, stderr %q", strings.Join(args, " "), code, errOut.String())
	}
	return out.String()
}

// prose is the help without what is typed as it is in both languages:
// example command lines (indented), flag names (-event), values in capitals
// (SELF, VERY_LOW), values with an underscore (work_death) and the
// synopsis line.
func prose(help string) string {
	var b strings.Builder
	for _, line := range strings.Split(help, "\n") {
		if strings.HasPrefix(line, "  jamsos ") || strings.HasPrefix(line, "  -") {
			continue
		}
		b.WriteString(line + "\n")
	}
	s := regexp.MustCompile(`-[a-z][a-z-]*|\b[A-Z][A-Z0-9_]+\b|\b\w+_\w+\b|"[^"]*"|\{[^}]*\}|\([^()]*JSON[^()]*\)`).ReplaceAllString(b.String(), " ")
	return s
}

// TestHelpInOneLanguage checks the help of jamsos and of every subcommand,
// in Indonesian (the default, LANG unset) and with -lang en: none holds a
// word of the other language outside names typed as they are, and neither
// shows package flag's English "(default …)" in Indonesian.
func TestHelpInOneLanguage(t *testing.T) {
	t.Setenv("LANG", "")
	names := []string{""}
	for _, c := range commands {
		names = append(names, c.name)
	}
	for _, name := range names {
		idArgs, enArgs := []string{"-h"}, []string{"-h", "-lang", "en"}
		if name != "" {
			idArgs, enArgs = []string{name, "-h"}, []string{name, "-lang", "en", "-h"}
		}
		id, en := helpText(t, idArgs...), helpText(t, enArgs...)
		if strings.Contains(id, "(default") || regexp.MustCompile(`(?m)^  -\S+ (string|int|uint|float|duration|value)$`).MatchString(id) {
			t.Errorf("jamsos %s -h shows package flag's English:\n%s", name, id)
		}
		if name != "" && (!strings.Contains(id, "Opsi:") || !strings.Contains(en, "Flags:")) {
			t.Errorf("jamsos %s -h: the flags' heading is missing", name)
		}
		for _, w := range englishWords.FindAllString(prose(id), -1) {
			if !allowedInIndonesian[strings.ToLower(w)] {
				t.Errorf("jamsos %s -h (Indonesian) has the English word %q", name, w)
			}
		}
		for _, w := range indonesianWords.FindAllString(prose(en), -1) {
			t.Errorf("jamsos %s -lang en -h (English) has the Indonesian word %q", name, w)
		}
		// Dates are written as the problems write them: TTTT-BB-HH (tahun,
		// bulan, hari) in Indonesian, YYYY-MM-DD in English.
		if strings.Contains(id, "YYYY") || strings.Contains(id, "-DD") {
			t.Errorf("jamsos %s -h (Indonesian) writes a date format in English (YYYY-MM-DD), not TTTT-BB-HH", name)
		}
		if strings.Contains(en, "TTTT") || strings.Contains(en, "-HH") {
			t.Errorf("jamsos %s -lang en -h (English) writes a date format in Indonesian (TTTT-BB-HH)", name)
		}
		// The flag lines too, whose descriptions are prose.
		for _, line := range strings.Split(id, "\n") {
			if strings.HasPrefix(line, "    \t") {
				for _, w := range englishWords.FindAllString(prose(line), -1) {
					if !allowedInIndonesian[strings.ToLower(w)] {
						t.Errorf("jamsos %s -h: flag text %q has the English word %q", name, line, w)
					}
				}
			}
		}
	}
}

// TestFlagDefaults pins how a flag's default reads: in Indonesian with
// "bawaan", text quoted as package flag quotes it, no default shown for a
// zero value; in English as package flag writes it.
func TestFlagDefaults(t *testing.T) {
	t.Setenv("LANG", "")
	id := helpText(t, "rencana", "-h")
	for _, want := range []string{
		"  -format teks\n    \tkeluaran: text, json, csv atau xlsx (bawaan \"text\")\n",
		"  -year angka\n    \ttahun anggaran (wajib)\n",
		"  -strict\n",
		"  -lang teks\n    \tbahasa pesan dan laporan: id atau en (bawaan \"id\")\n",
	} {
		if !strings.Contains(id, want) {
			t.Errorf("rencana -h lacks %q:\n%s", want, id)
		}
	}
	if strings.Contains(id, "map[]") {
		t.Errorf("rencana -h shows an empty default:\n%s", id)
	}
	en := helpText(t, "rencana", "-lang", "en", "-h")
	for _, want := range []string{
		"  -format string\n    \toutput: text, json, csv or xlsx (default \"text\")\n",
		"  -lang string\n    \tlanguage of messages and reports: id or en (default \"en\")\n",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("rencana -lang en -h lacks %q:\n%s", want, en)
		}
	}
	// -lang before the command chooses the language too.
	if got := helpText(t, "-lang", "en", "rencana", "-h"); got != en {
		t.Errorf("jamsos -lang en rencana -h differs from jamsos rencana -lang en -h")
	}
}

// TestUsageErrorsInOneLanguage: package flag's own errors (an unknown
// flag, a flag without its value, a number that is not one) are said in
// the chosen language, never repeating a long number typed.
func TestUsageErrorsInOneLanguage(t *testing.T) {
	t.Setenv("LANG", "")
	for _, c := range []struct {
		args   []string
		id, en string
	}{
		{[]string{"iuran", "-x"}, "jamsos iuran: opsi tidak dikenal: -x\nBantuan: jamsos iuran -h\n",
			"jamsos iuran: unknown flag: -x\nHelp: jamsos iuran -h\n"},
		{[]string{"iuran", "-month"}, "jamsos iuran: opsi -month memerlukan nilai\n", "jamsos iuran: flag -month needs a value\n"},
		{[]string{"iuran", "-workforce", "banyak"}, `jamsos iuran: nilai "banyak" untuk opsi -workforce bukan angka yang sah`,
			`jamsos iuran: invalid value "banyak" for flag -workforce: not a valid number`},
		{[]string{"iuran", "-workforce", "3216-0117-0830-0001"}, `jamsos iuran: nilai "3216-••••-••••-0001" untuk opsi -workforce`,
			`jamsos iuran: invalid value "3216-••••-••••-0001" for flag -workforce`},
		{[]string{"iuran", "-json=ya"}, `jamsos iuran: nilai "ya" untuk opsi -json harus true atau false`,
			`jamsos iuran: invalid value "ya" for flag -json: it must be true or false`},
	} {
		for _, lang := range []string{"id", "en"} {
			args := append([]string{c.args[0], "-lang", lang}, c.args[1:]...)
			var out, errOut bytes.Buffer
			if code := run(args, strings.NewReader(""), &out, &errOut); code != exitUsage {
				t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
			}
			want := c.id
			if lang == "en" {
				want = c.en
			}
			if !strings.Contains(errOut.String(), want) {
				t.Errorf("%v: stderr\n%s\nlacks %q", args, errOut.String(), want)
			}
			if strings.Contains(errOut.String(), "0117-0830") {
				t.Errorf("%v: stderr repeats the number typed", args)
			}
		}
	}
}

// TestManfaatEventMasked: an -event that is no event, typed as a NIK, is
// not echoed in full (no run of ten digits), as every usage error.
func TestManfaatEventMasked(t *testing.T) {
	t.Setenv("LANG", "")
	var out, errOut bytes.Buffer
	code := run([]string{"manfaat", "-event", "3216011708300001"}, strings.NewReader(""), &out, &errOut)
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if got := errOut.String(); regexp.MustCompile(`\d{10}`).MatchString(got) || !strings.Contains(got, `-event "3216••••••••0001" bukan peristiwa`) {
		t.Errorf("stderr = %q", got)
	}
}

// TestContohFileErrors: a file contoh cannot write is reported as a
// problem in the chosen language, with its code, and exits 2.
func TestContohFileErrors(t *testing.T) {
	t.Setenv("LANG", "")
	t.Chdir(t.TempDir()) // a path without digits, which a usage error would mask
	missing := filepath.Join("no", "such", "dir", "roster.csv")
	for _, c := range []struct{ lang, want string }{
		{"id", "-o: berkas " + missing + " tidak dapat ditulis: berkas atau direktorinya tidak ada [contoh.file]\n"},
		{"en", "-o: the file " + missing + " cannot be written: no such file or directory [contoh.file]\n"},
	} {
		var out, errOut bytes.Buffer
		code := run([]string{"contoh", "-lang", c.lang, "-n", "2", "-o", missing, "rosters"}, strings.NewReader(""), &out, &errOut)
		if code != exitUsage || errOut.String() != c.want {
			t.Errorf("-lang %s: exit %d, stderr %q; want exit %d, %q", c.lang, code, errOut.String(), exitUsage, c.want)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Error("a file was written")
		}
	}
	// -json gives the same problem as a problem document on stdout.
	var out, errOut bytes.Buffer
	if code := run([]string{"contoh", "-json", "-n", "2", "-o", missing, "rosters"}, strings.NewReader(""), &out, &errOut); code != exitUsage ||
		!strings.Contains(out.String(), `"code": "contoh.file"`) || !strings.Contains(out.String(), `"message_id": "berkas `) {
		t.Errorf("-json: exit %d, stdout %s", code, out.String())
	}
}

// TestFileErrorsInOneLanguage: the other commands' files that cannot be
// read are problems in the chosen language too.
func TestFileErrorsInOneLanguage(t *testing.T) {
	t.Setenv("LANG", "")
	t.Chdir(t.TempDir())
	missing := "tidak-ada.json"
	for _, args := range [][]string{
		{"iuran", "-input", missing},
		{"manfaat", "-input", missing},
		{"mitra", "-network", missing, "-on", "2026-06-30", missing},
		{"rencana", "-year", "2027", "-village", "61.12.01.2001", missing},
	} {
		for _, c := range []struct{ lang, want string }{
			{"id", "berkas " + missing + " tidak dapat dibaca: berkas atau direktorinya tidak ada"},
			{"en", "the file " + missing + " cannot be read: no such file or directory"},
		} {
			var out, errOut bytes.Buffer
			a := append(append([]string{}, args...), "-lang", c.lang)
			code := run(a, strings.NewReader(""), &out, &errOut)
			if code != exitUsage || !strings.Contains(errOut.String(), c.want) {
				t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", a, code, errOut.String(), exitUsage, c.want)
			}
		}
	}
}

// TestProblemsReadForPeople: text output names each field once, as a person
// reads it in the chosen language ("baris 2, kolom kelompok", not
// "line[2].group"; "bulan", not "month"), with a message that does not name
// it again; -json keeps the machine's path and codes.
func TestProblemsReadForPeople(t *testing.T) {
	t.Setenv("LANG", "")
	t.Chdir(t.TempDir())
	// Line 2: a group no village has; line 3: a NIK of 15 digits.
	if err := os.WriteFile("roster.csv", []byte("nik,nama,kelompok\n6112011708900001,Budi,lurah\n611201170890001,Siti,informal\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"iuran"}, "bulan: wajib diisi [input.month]\nsegmen: wajib diisi: PU, BPU, JAKON atau PMI [segment.unknown]\n"},
		{[]string{"iuran", "-lang", "en"}, "month: is required [input.month]\nsegment: is required: PU, BPU, JAKON or PMI [segment.unknown]\n"},
		// A flag typed on the command line is named as typed.
		{[]string{"iuran", "-lang", "en", "-segment", "BPU", "-month", "2026-13"}, "-month: does not exist in the calendar (2026-13) [month.invalid]\n"},
		{[]string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "roster.csv"},
			"berkas roster.csv, baris 2, kolom kelompok: Tidak dikenal. (lurah) [village.group]\n" +
				"berkas roster.csv, baris 3, kolom NIK: harus 16 angka, bukan 15 (6112•••••••0001) [nik.length]\n"},
		{[]string{"rencana", "-lang", "en", "-village", "61.12.01.2001", "-year", "2027", "roster.csv"},
			"file roster.csv, line 2, column group: Unknown. (lurah) [village.group]\n" +
				"file roster.csv, line 3, column NIK: must have 16 digits, not 15 (6112•••••••0001) [nik.length]\n"},
	} {
		var out, errOut bytes.Buffer
		code := run(c.args, strings.NewReader(""), &out, &errOut)
		if code != exitInvalid || errOut.String() != c.want {
			t.Errorf("jamsos %s: exit %d, stderr\n%s\nwant exit %d,\n%s", strings.Join(c.args, " "), code, errOut.String(), exitInvalid, c.want)
		}
	}
	var out, errOut bytes.Buffer
	run([]string{"rencana", "-json", "-village", "61.12.01.2001", "-year", "2027", "roster.csv"}, strings.NewReader(""), &out, &errOut)
	for _, want := range []string{`"field": "roster.csv.line[2].group"`, `"code": "village.group"`, `"message_id": "Tidak dikenal."`, `"message_en": "Unknown."`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("-json lacks %s:\n%s", want, out.String())
		}
	}
}
