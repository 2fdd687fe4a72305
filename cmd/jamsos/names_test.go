package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cliCase is one run of the command and what its outputs must show: the
// exit code, texts each output contains, and a text in neither.
type cliCase struct {
	name   string
	args   []string
	exit   int
	stdout []string
	stderr []string
	not    string // in neither output
}

// check runs the case with an empty standard input.
func (c cliCase) check(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", c.args...)
	if code != c.exit {
		t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.exit, stdout, stderr)
	}
	for _, w := range c.stdout {
		if !strings.Contains(stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, stdout)
		}
	}
	for _, w := range c.stderr {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if c.not != "" && strings.Contains(stdout+stderr, c.not) {
		t.Errorf("output has %q:\n%s%s", c.not, stdout, stderr)
	}
}

// runCLI runs the command in this process, as main would.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errw)
	return code, out.String(), errw.String()
}

const sampleRoster = "../../examples/desa/roster.csv"

// The names come from Kemendagri's 2025 list (Kepmendagri
// 300.2.2-2138/2025): 32.16 is Kabupaten Bekasi and 32.16.01 Tarumajaya, in
// Jawa Barat; 61.12 is Kabupaten Kubu Raya, whose district 61.12.01 is
// Sungai Raya, and 61.12.01.2001 the desa Sungai Raya in it.
func TestAreaNames(t *testing.T) {
	names := filepath.Join(t.TempDir(), "names.csv")
	if err := os.WriteFile(names, []byte("kode,nama\n61.12,Kabupaten Kubu Raya\n61.12.01,Kecamatan Contoh\n61.12.01.2001,Desa Contoh Makmur\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	orphan := filepath.Join(t.TempDir(), "orphan.csv")
	if err := os.WriteFile(orphan, []byte("code,name\n61.12,Kabupaten Kubu Raya\n61.12.05.2001,Desa Tanpa Kecamatan\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []cliCase{
		{name: "NIK issued in Tarumajaya", args: []string{"nik", "3216015708900002"},
			stdout: []string{"kecamatan penerbit: Tarumajaya (32.16.01), Kabupaten Bekasi, Jawa Barat"}, not: "catatan"},
		{name: "NIK issued in Tarumajaya, JSON", args: []string{"nik", "-json", "3216015708900002"},
			stdout: []string{`"code": "32.16"`, `"name": "Kabupaten Bekasi"`, `"name": "Tarumajaya"`}, not: "3216015708900002"},
		// A placeholder NIK (starting with 0) names no district.
		{name: "placeholder NIK", args: []string{"nik", "-allow-placeholder", "0216015708900002"},
			stdout: []string{"kecamatan penerbit: -\n"}, not: "catatan"},
		// Jawa Barat's regencies are 32.01–32.18 and its cities 32.71–32.79:
		// 32.99.01 is in no list, yet the NIK's form is valid.
		{name: "NIK of a district not in the 2025 list is noted, not refused", args: []string{"nik", "-lang", "en", "3299015708900002"},
			stdout: []string{"issuing district: 32.99.01, Jawa Barat", "not in the Kepmendagri 300.2.2-2138/2025 list", "[region.nik_district_unlisted]"}},
		{name: "village plan names its desa, district and regency", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", sampleRoster},
			stdout: []string{"Desa Sungai Raya (61.12.01.2001)\nKecamatan Sungai Raya, Kabupaten Kubu Raya, Kalimantan Barat\n"}, not: "unlisted"},
		{name: "village plan JSON carries the names", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-json", sampleRoster},
			stdout: []string{`"name": "Desa Sungai Raya"`, `"district": "Kecamatan Sungai Raya"`, `"regency": "Kabupaten Kubu Raya"`}},
		// Kecamatan Sungai Raya's villages end at 61.12.01.2022 Permata Jaya.
		{name: "unlisted village code is a warning with the nearest codes", args: []string{"rencana", "-village", "61.12.01.2099", "-year", "2027", "-lang", "en", sampleRoster},
			stdout: []string{"Warnings", "village code 61.12.01.2099 is not in the Kepmendagri 300.2.2-2138/2025 list", "61.12.01.2022 Permata Jaya"}},
		{name: "unlisted village code in JSON", args: []string{"rencana", "-village", "61.12.01.2099", "-year", "2027", "-json", sampleRoster},
			stdout: []string{`"code": "region.unlisted_village"`, `"field": "village"`}},
		{name: "unlisted village code in CSV goes to standard error", args: []string{"rencana", "-village", "61.12.01.2099", "-year", "2027", "-format", "csv", sampleRoster},
			stdout: []string{"nik,name,group"}, stderr: []string{"[region.unlisted_village]"}},
		{name: "unlisted village code is an error with -strict", args: []string{"rencana", "-village", "61.12.01.2099", "-year", "2027", "-strict", sampleRoster},
			exit: exitInvalid, stderr: []string{"[region.unlisted_village]", "61.12.01.2022"}},
		{name: "unlisted district of a village", args: []string{"rencana", "-village", "61.12.60.2001", "-year", "2027", "-strict", "-lang", "en", sampleRoster},
			exit: exitInvalid, stderr: []string{"district code 61.12.60 is not in", "[region.unlisted_district]"}},
		{name: "a names file replaces the list", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-names", names, sampleRoster},
			stdout: []string{"Desa Contoh Makmur (61.12.01.2001)\nKecamatan Contoh, Kabupaten Kubu Raya"}},
		{name: "a names file with a village without its district", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-names", orphan, sampleRoster},
			exit: exitInvalid, stderr: []string{"[region.orphan]", "61.12.05"}},
		{name: "a names file that does not exist", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-names", names + ".missing", sampleRoster},
			exit: exitInvalid, stderr: []string{"[rencana.file]"}},
		{name: "partner report names regency, district and village", args: []string{"mitra", "-network", "../../examples/mitra/data/network.json",
			"-on", "2026-06-30", "../../examples/mitra/data/activities.csv"},
			exit: exitInvalid, stdout: []string{"32.16 Kabupaten Bekasi", "32.16.01 Tarumajaya", "32.16.01.2001 Sagara Makmur"}},
	}
	for _, c := range cases {
		t.Run(c.name, c.check)
	}
}
