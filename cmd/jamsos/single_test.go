package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A single roster is planned as it is read, but its problems are those of
// the file read whole: every problem of every bad row, a control
// character, a malformed JSON roster, a plan that cannot be made, each
// named by the file; a file name that is no village code falls back to
// reading the file as many files are read. A file over the size cap is
// refused having read no more than the cap, alone or in a directory.
func TestRencanaSingleRosterProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad, err := os.ReadFile("../../village/testdata/roster_bad.csv")
	if err != nil {
		t.Fatal(err)
	}
	control := write("6112012001.csv", "nik,name,group\n6112010101800001,Bu\x01di,informal\n")
	json := write("6112012002.json", `[{"nik": 5}]`)
	rows := write("6112012003.csv", string(bad))
	overlap := write("6112012004.csv", "nik,name,group\n6112010101800001,Budi,informal\n6112010101800001,Budi,informal\n")
	jsonOverlap := write("6112012006.json", `[{"nik":"6112010101800001","name":"A","group":"informal"},{"nik":"6112010101800001","name":"A","group":"informal"}]`)
	unlisted := write("9999012001.csv", "nik,name,group\n6112010101800001,Budi,informal\n")
	huge := write("6112012005.csv", "nik,name,group\n")
	if err := os.Truncate(huge, 1<<30); err != nil { // a sparse gigabyte: only 32 MiB of it may be read
		t.Fatal(err)
	}
	for _, c := range []cliCase{
		{name: "a file over the size cap", args: []string{"rencana", "-lang", "en", "-year", "2026", huge}, exit: exitInvalid,
			stderr: []string{"6112012005.csv: the input is larger than 32 MiB", "[village.csv]"}},
		{name: "a directory with a file over the size cap", args: []string{"rencana", "-lang", "en", "-year", "2026", dir}, exit: exitInvalid,
			stderr: []string{"6112012005.csv: the input is larger than 32 MiB", "6112012003.csv, line 3, column group: Unknown. (lurah)"}},
		{name: "control character", args: []string{"rencana", "-lang", "en", "-year", "2026", control}, exit: exitInvalid,
			stderr: []string{"6112012001.csv, line 2: text must not hold control characters", "[text.control]"}},
		{name: "malformed JSON", args: []string{"rencana", "-lang", "en", "-year", "2026", json}, exit: exitInvalid,
			stderr: []string{"6112012002.json, 1st participant, NIK: Wrong type", "[village.json]"}},
		{name: "every bad row", args: []string{"rencana", "-lang", "en", "-year", "2026", rows}, exit: exitInvalid,
			stderr: []string{"line 1: unknown column", "line 3, column group: Unknown. (lurah)", "line 4, column NIK: must have 16 digits",
				"line 5, column wage: In Indonesian the comma is the decimal mark"}, not: "Total"},
		{name: "a plan refused", args: []string{"rencana", "-lang", "en", "-year", "2026", overlap}, exit: exitInvalid,
			stderr: []string{"1st village, line 3, column from: This NIK is already enrolled", "[village.overlap]"}},
		{name: "a JSON plan refused", args: []string{"rencana", "-lang", "en", "-year", "2026", jsonOverlap}, exit: exitInvalid,
			stderr: []string{"1st village, line 1, column from: This NIK is already enrolled", "[village.overlap]"}},
		{name: "a file name that is no village code", args: []string{"rencana", "-lang", "en", "-year", "2026", unlisted}, exit: exitInvalid,
			stderr: []string{"9999012001.csv, village: the file name must be a village code", "[rencana.village]"}},
		{name: "a missing file", args: []string{"rencana", "-lang", "en", "-year", "2026", filepath.Join(dir, "6112012009.csv")}, exit: exitUsage,
			stderr: []string{"cannot be read: no such file", "[rencana.file]"}},
	} {
		t.Run(c.name, c.check)
	}
}

// A single roster read from standard input (no size to count its rows
// ahead) is planned as the same file would be, and its problems are the
// same.
func TestRencanaSingleRosterStdin(t *testing.T) {
	data, err := os.ReadFile(sampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"rencana", "-lang", "en", "-year", "2027", "-village", "61.12.01.2001", "-people"}
	code, want, stderr := runCLI(t, "", append(args, sampleRoster)...)
	if code != exitOK {
		t.Fatalf("from the file: exit %d: %s", code, stderr)
	}
	code, got, stderr := runCLI(t, string(data), append(args, "-")...)
	if code != exitOK || got != want {
		t.Errorf("from standard input: exit %d, %s\nthe report differs from the file's: %v", code, stderr, got != want)
	}
	code, _, stderr = runCLI(t, "nik,name,group\n6112010101800001,Bu\x00di,informal\n6112010101800002,Siti,lurah\n", append(args, "-")...)
	if code != exitInvalid || !strings.Contains(stderr, "standard input, line 2: text must not hold control characters") || strings.Contains(stderr, "lurah") {
		t.Errorf("a control character from standard input: exit %d, %s", code, stderr)
	}
}
