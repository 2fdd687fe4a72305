package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary builds the command once for the end-to-end tests.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "jamsos")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func TestEndToEnd(t *testing.T) {
	bin := binary(t)
	billFile := filepath.Join(t.TempDir(), "bill.json")
	if err := os.WriteFile(billFile, []byte(`{"month":"2026-01","segment":"BPU","programs":"JKK+JKM+JHT","basis":"1000000"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	// Two villages of a regency, each with the sample roster.
	regency := t.TempDir()
	roster, err := os.ReadFile("../../examples/desa/roster.csv")
	if err != nil {
		t.Fatal(err)
	}
	// Rosters whose text is unsound: a NUL in a name, a key given twice in
	// different case.
	nulRoster := filepath.Join(t.TempDir(), "nul.csv")
	dupRoster := filepath.Join(t.TempDir(), "dup.json")
	if err := os.WriteFile(nulRoster, []byte("nik,name,group\n6112011708900001,Bu\x00di,informal\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dupRoster, []byte(`[{"nik":"6112011708900001","name":"Budi","Name":"Siti","group":"informal"}]`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"6112012001.csv", "6112012002.csv"} {
		if err := os.WriteFile(filepath.Join(regency, name), roster, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name     string
		args     []string
		env      []string
		stdin    string
		exit     int
		stdout   []string
		stderr   []string
		notInAny string
		once     []string // each in stdout exactly once
		lines    int      // lines of stdout, when not zero
	}{
		{name: "no command", args: nil, exit: 2, stderr: []string{"Pemakaian: jamsos"}},
		{name: "unknown command", args: []string{"bayar"}, exit: 2, stderr: []string{`perintah "bayar" tidak dikenal`}},
		{name: "unknown command in English", args: []string{"bayar", "-lang", "en"}, exit: 2, stderr: []string{`unknown command "bayar"`}},
		{name: "help on stdout", args: []string{"iuran", "-h"}, exit: 0, stdout: []string{"-segment", "Pemakaian: jamsos iuran", "Hitung iuran"}},
		{name: "help in English", args: []string{"iuran", "--help", "-lang", "en"}, exit: 0, stdout: []string{"-segment", "Usage: jamsos iuran", "Computes one participant's contribution"}},
		{name: "help in English by LANG", args: []string{"nik", "-h"}, env: []string{"LANG=en_US.UTF-8"}, exit: 0, stdout: []string{"Usage: jamsos nik", "Checks and decodes a NIK"}},
		{name: "command list on stdout", args: []string{"--help"}, exit: 0, stdout: []string{"rencana", "Kode keluar"}},
		// A NIK typed as a command or as a flag is never echoed in full.
		{name: "a NIK as a command", args: []string{"3216015708900002"}, exit: 2, stderr: []string{"3216••••••••0002"}, notInAny: "3216015708900002"},
		{name: "a NIK as a flag", args: []string{"nik", "-3216015708900002"}, exit: 2, stderr: []string{"3216••••••••0002"}, notInAny: "3216015708900002"},
		{name: "a NIK as a language", args: []string{"nik", "-lang", "3216015708900002", "x"}, exit: 2, notInAny: "3216015708900002"},
		{name: "bad flag", args: []string{"iuran", "-nope"}, exit: 2},
		{name: "bad language", args: []string{"nik", "-lang", "fr", "3216015708900002"}, exit: 2},
		// 1% of Rp1,000,000 + Rp6,800 + 2% of Rp1,000,000.
		{name: "BPU bill from flags", args: []string{"iuran", "-segment", "BPU", "-programs", "JKK+JKM+JHT", "-basis", "1000000", "-month", "2026-01"},
			exit: 0, stdout: []string{"Ditagihkan: Rp36.800", "tiga puluh enam ribu delapan ratus rupiah", "Jatuh tempo: 2026-01-15"}},
		{name: "bill from a JSON file in English", args: []string{"iuran", "-input", billFile, "-lang", "en"},
			exit: 0, stdout: []string{"Billed: Rp36,800"}},
		{name: "bill from standard input as JSON", args: []string{"iuran", "-input", "-", "-json"}, stdin: `{"month":"2026-05","segment":"BPU","programs":"JKK+JKM","basis":"1000000","sector":"TRANSPORT"}`,
			exit: 0, stdout: []string{`"billed": "8400"`}},
		{name: "every problem, exit 1", args: []string{"iuran", "-segment", "BPU", "-programs", "JKK+JKM+JP", "-basis", "abc", "-month", "2026-13"},
			exit: 1, stderr: []string{"basis", "month", "[input.number]"}},
		{name: "problems as JSON", args: []string{"iuran", "-segment", "BPU", "-programs", "JKK+JKM+JP", "-basis", "-5", "-month", "2026-01", "-json"},
			exit: 1, stdout: []string{`"code": "programs.not_allowed"`, `"code": "basis.not_positive"`}},
		{name: "a woman's NIK", args: []string{"nik", "3216015708900002"}, exit: 0,
			stdout: []string{"3216••••••••0002", "1990-08-17", "perempuan"}, notInAny: "3216015708900002"},
		{name: "a bad NIK", args: []string{"nik", "3216013002900001"}, exit: 1, stderr: []string{"nik.birth_date"}, notInAny: "3216013002900001"},
		{name: "rules in force", args: []string{"aturan", "-date", "2026-03-01", "-lang", "en"}, exit: 0,
			stdout: []string{"pu.jp.wage_cap = 11086300", "B/1226/022026"}},
		{name: "rules without a date", args: []string{"aturan"}, exit: 2},
		// The sample village of examples/desa for fiscal year 2027, checked
		// there by hand: officials 1,817,076 + 144,144 + 1,040,400, BPD and
		// RT/RW 16,800 × 12 × 15 = 3,024,000, cash-for-work 16,800 × 3 × 15 =
		// 756,000, PADes within its Rp5,000,000 ceiling 24 × 201,600 +
		// 9 × 16,800 = 4,989,600, the sponsor's 50 workers 16,800 × 12 × 50 =
		// 10,080,000 and 10 transport workers (PP 50/2025 in January–March
		// only) (8,400 × 3 + 16,800 × 9) × 10 = 1,764,000: Rp23,615,220.
		{name: "village plan", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-ceiling", "PADES=5000000",
			"../../examples/desa/roster.csv"}, exit: 0, stdout: []string{"Iuran yang ditagih           Rp23.615.220"}},
		{name: "village plan as CSV", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-format", "csv",
			"../../examples/desa/roster.csv"}, exit: 0, stdout: []string{"nik,name,group", "6112••••••••9001"}, notInAny: "6112016102749001"},
		// The sample roster has 140 enrolments, one a line after its header:
		// 1 header and 2 × 140 lines.
		{name: "two villages' plans as one CSV", args: []string{"rencana", "-year", "2027", "-format", "csv", regency},
			exit: 0, once: []string{"nik,name,group"}, lines: 1 + 2*140},
		{name: "sample roster in the wrong year", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2026",
			"../../examples/desa/roster.csv"}, exit: 1, stderr: []string{"village.outside_year"}},
		{name: "plan for a kelurahan", args: []string{"rencana", "-village", "31.71.01.1001", "-year", "2027",
			"../../examples/desa/roster.csv"}, exit: 1, stderr: []string{"village.kelurahan"}},
		// The sample of examples/mitra: its fee statement for March 2026 is worked
		// out there by hand (2022 scheme: 40 × Rp16,800 = Rp672,000; 15% = Rp100,800,
		// all the agent's; the wadah 10% on top, Rp10,080).
		// Its activity file has an unreadable line on purpose: reported, exit 1.
		{name: "partner report", args: []string{"mitra", "-network", "../../examples/mitra/data/network.json", "-on", "2026-06-30",
			"-fees", "2026-03", "-lang", "en", "../../examples/mitra/data/activities.csv"}, exit: 1,
			stdout: []string{"Rejected activities: 4", "amount Rp100,800, agent Rp100,800, wadah Rp10,080"},
			stderr: []string{"line 303, column date: does not exist in the calendar (2026-02-30) [date.invalid]"}},
		// NIKs are masked in -json by default, in full only with -full-nik.
		{name: "partner report as JSON, NIKs masked", args: []string{"mitra", "-network", "../../examples/mitra/data/network.json", "-on", "2026-06-30",
			"-json", "../../examples/mitra/data/activities.csv"}, exit: 1, stdout: []string{`"participant": "3216••••••••0041"`}, notInAny: "3216010101850041"},
		// A collection of Rp16,800 against a bill of Rp8,400 in April 2026
		// is a discrepancy of the fee statement, which names its participant.
		{name: "fee discrepancies as JSON, NIKs masked", args: []string{"mitra", "-network", "../../examples/mitra/data/network.json", "-on", "2026-06-30",
			"-fees", "2026-04", "-json", "../../examples/mitra/data/activities.csv"}, exit: 1,
			stdout: []string{`"discrepancies": [`, `"participant": "3216••••••••0061"`}, notInAny: "3216010101850061"},
		{name: "partner report as JSON with -full-nik", args: []string{"mitra", "-network", "../../examples/mitra/data/network.json", "-on", "2026-06-30",
			"-json", "-full-nik", "../../examples/mitra/data/activities.csv"}, exit: 1, stdout: []string{`"participant": "3216010101850041"`}},
		{name: "village plan as JSON, NIKs masked", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-json",
			"../../examples/desa/roster.csv"}, exit: 0, stdout: []string{`"nik": "6112••••••••9001"`}, notInAny: "6112016102749001"},
		{name: "village plan as JSON with -full-nik", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-json", "-full-nik",
			"../../examples/desa/roster.csv"}, exit: 0, stdout: []string{`"nik": "6112016102749001"`}},
		{name: "version", args: []string{"version"}, exit: 0, stdout: []string{"jamsos (devel)", "Data hukum: aturan terakhir bertanggal", "Kepmendagri 300.2.2-2138/2025"}},
		{name: "-version in English", args: []string{"-version", "-lang", "en"}, exit: 0, stdout: []string{"Law data: latest rule date", "through 2027-12"}},
		{name: "a NUL in a roster's name", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", nulRoster}, exit: 1,
			stderr: []string{"nul.csv, baris 2: teks tidak boleh berisi karakter kendali", "[text.control]"}},
		{name: "a key given twice in a JSON roster", args: []string{"rencana", "-village", "61.12.01.2001", "-year", "2027", dupRoster}, exit: 1,
			stderr: []string{"[0].Name", "[json.duplicate_key]"}},
		{name: "a NIK as an extra argument", args: []string{"iuran", "3216015708900002"}, exit: 2, stderr: []string{"3216••••••••0002"}, notInAny: "3216015708900002"},
		{name: "a NIK as a missing file", args: []string{"rencana", "-year", "2027", "3216015708900002.csv"}, exit: 2, notInAny: "3216015708900002"},
		{name: "a NIK in a usage error's help", args: []string{"nik", "3216015708900002", "3216015708900002"}, exit: 2, stderr: []string{"Pemakaian: jamsos nik"}, notInAny: "3216015708900002"},
		{name: "partner report without a network", args: []string{"mitra", "-on", "2026-06-30", "x.csv"}, exit: 2},
		{name: "plan without a year", args: []string{"rencana", "../../examples/desa/roster.csv"}, exit: 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin, c.args...)
			cmd.Stdin = strings.NewReader(c.stdin)
			cmd.Env = append(os.Environ(), "LANG=")
			cmd.Env = append(cmd.Env, c.env...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.exit {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.exit, &stdout, &stderr)
			}
			for _, w := range c.stdout {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, &stdout)
				}
			}
			for _, w := range c.stderr {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, &stderr)
				}
			}
			for _, w := range c.once {
				if n := strings.Count(stdout.String(), w); n != 1 {
					t.Errorf("stdout has %q %d times, want once", w, n)
				}
			}
			if n := strings.Count(stdout.String(), "\n"); c.lines != 0 && n != c.lines {
				t.Errorf("stdout has %d lines, want %d", n, c.lines)
			}
			if c.notInAny != "" && strings.Contains(stdout.String()+stderr.String(), c.notInAny) {
				t.Errorf("the full NIK was printed")
			}
		})
	}
}
