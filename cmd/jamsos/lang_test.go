package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/holiday"
	"github.com/desasadar/jamsos/internal/langcheck"
	"github.com/desasadar/jamsos/problem"
)

// TestOutputSpeaksOneLanguage runs the listing of rules on days across
// every period the built-in rules cover, and bills (with their reliefs and due dates), in each
// language, and fails on each word of the other language: citations,
// confidence marks and notes are worded for the reader, and no note is left
// in English in the Indonesian listing.
func TestOutputSpeaksOneLanguage(t *testing.T) {
	var runs [][]string
	for _, d := range []string{"2015-07-01", "2016-06-01", "2019-01-01", "2020-10-01", "2021-02-15", "2021-06-01",
		"2023-06-01", "2024-06-01", "2025-02-10", "2025-06-01", "2026-02-01", "2026-05-01", "2027-01-15"} {
		runs = append(runs, []string{"aturan", "-date", d})
	}
	ex := filepath.Join("..", "..", "examples")
	runs = append(runs,
		[]string{"iuran", "-segment", "BPU", "-programs", "JKK+JKM+JHT", "-basis", "1000000", "-month", "2026-05"},
		[]string{"iuran", "-segment", "PU", "-programs", "JKK+JKM+JHT+JP", "-basis", "12000000", "-month", "2020-09", "-scale", "LARGE", "-risk", "LOW"},
		// A due date moved past the cuti bersama before Imlek 2026: the
		// warning quotes the day's name and its decree.
		[]string{"iuran", "-segment", "PU", "-programs", "JKK+JKM", "-basis", "2022200", "-risk", "VERY_LOW", "-scale", "MICRO", "-payer", "VILLAGE", "-month", "2026-01"},
		[]string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-ceiling", "PADES=5000000", "-people", filepath.Join(ex, "desa", "roster.csv")},
		[]string{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-protection", "2027-06-01", filepath.Join(ex, "desa", "roster.csv")},
		[]string{"manfaat", "-event", "death", "-segment", "BPU", "-basis", "1000000", "-start", "2021-03-10", "-date", "2025-03-10", "-child", "SD:3:8"},
		[]string{"manfaat", "-event", "work_death", "-segment", "BPU", "-basis", "1000000", "-start", "2021-03-10", "-date", "2025-03-10"},
		[]string{"nik", "-on", "2026-12-01", "3216015708900002"},
		[]string{"contoh", "-seed", "7", "-n", "3", "-format", "json", "registrations"},
		[]string{"version"})
	names := properNames()
	for _, args := range runs {
		for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
			code, out, errs := runCLI(t, "", append(args, "-lang", l.String())...)
			if code != exitOK {
				t.Fatalf("jamsos %s: exit %d: %s", strings.Join(args, " "), code, errs)
			}
			out += errs // warnings
			if strings.Contains(out, noteInEnglish) {
				t.Errorf("jamsos %s -lang %s: a note has no Indonesian wording", strings.Join(args, " "), l)
			}
			for _, line := range strings.Split(out, "\n") {
				if args[0] == "aturan" && strings.Contains(line, " = ") && !strings.HasPrefix(line, " ") {
					// "name = value": a parameter's code and its value as
					// JSON, which is for programs (codes, and labels in
					// both languages).
					continue
				}
				if w := langcheck.Foreign(line, l, names...); len(w) > 0 {
					t.Errorf("jamsos %s -lang %s: foreign words %q in %q", strings.Join(args, " "), l, w, line)
				}
			}
		}
	}
}

// proper names the outputs quote as they are in both languages: the names
// of the built-in calendar's days (an English due-date warning names
// "Cuti Bersama Tahun Baru Imlek 2577 Kongzili"), and the commands, which
// are typed as they are ("jamsos iuran: unknown flag").
func properNames() []string {
	var names []string
	c := holiday.Default()
	for _, y := range c.Years() {
		for _, d := range c.Days(y) {
			// The decree's name, without a note in English.
			name, _, _ := strings.Cut(d.Name, " (")
			name, _, _ = strings.Cut(name, " [")
			names = append(names, name)
		}
	}
	for _, c := range commands {
		names = append(names, "jamsos "+c.name)
	}
	return names
}

// TestProblemsSpeakOneLanguage runs every command on bad input (rows of a
// roster and of an activity file each broken in several ways, flags typed
// wrong) in each language, and fails on each word of the other language in
// what it reports: every problem is worded, and its codes glossed, for the
// reader.
func TestProblemsSpeakOneLanguage(t *testing.T) {
	dir := t.TempDir()
	roster := filepath.Join(dir, "roster.csv")
	// Line 2: a wage that is not an amount; 3: a NIK of 15 digits; 4: no
	// name, a group, month, source, payer, sector and rank none knows; 5: a
	// last month before the first, a rank that is not a number; 6: a
	// placeholder NIK, a negative siltap.
	if err := os.WriteFile(roster, []byte("nik;nama;kelompok;program;siltap;mulai;sampai;sumber_dana;iuran_pekerja;sektor;peringkat\n"+
		"6112016102749001;Tuti Rahayu;kepala_desa;JKK+JKM+JHT;abc;;;;pekerja;;\n"+
		"611201141095900;Bambang;sekretaris_desa;;2.224.420;;;;;;\n"+
		"6112011410959003;;lurah;;;13/2027;;apbn;siapa;laut;-1\n"+
		"6112011410959004;Siti;informal;JKK+JKM;;2027-03;2027-01;;;;x\n"+
		"0112011410959005;Ani;perangkat;;-5;;;;;;\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Rows that read but cannot be planned: a village head without siltap
	// (line 2), months outside the fiscal year (3), a siltap past any
	// plausible one paid by the worker (4), a head's share paid by the
	// worker (5).
	plan := filepath.Join(dir, "plan.csv")
	if err := os.WriteFile(plan, []byte("nik;nama;kelompok;program;siltap;mulai;sampai;sumber_dana;iuran_pekerja;sektor;peringkat\n"+
		"6112016102749001;Tuti Rahayu;kepala_desa;JKK+JKM+JHT;;;;;pekerja;;\n"+
		"6112011410959002;Bambang;informal;;;2026-03;2027-02;;pekerja;;\n"+
		"6112011410959003;Siti;sekretaris_desa;;1000000000000000;;;mandiri;;;\n"+
		"6112011410959004;Ani;kepala_desa;JKK+JKM;2.000.000;;;self;;;\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	activities := filepath.Join(dir, "activities.csv")
	if err := os.WriteFile(activities, []byte("tanggal;jenis;mitra;desa;nik;hadir;iuran;bulan\n"+
		"32/01/2026;sosialisasi;BHB-01;32.16.01.2001;;60;;\n"+
		"10/01/2026;arisan;BHB-01;32.16.01.2001;;;;\n"+
		"10/01/2026;rujukan;XX-99;32.16;3216010101850;;;\n"+
		"10/01/2026;pungutan;AG-01;32.16.01.2001;3216010101850001;;abc;2026-13\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	network := filepath.Join("..", "..", "examples", "mitra", "data", "network.json")
	names := properNames()
	for _, args := range [][]string{
		{"iuran", "-segment", "XYZ", "-month", "2026-13", "-basis", "abc", "-programs", "JKK+FOO"},
		{"iuran", "-segment", "PU", "-month", "2026-05", "-basis", "1000000", "-programs", "JKK+JKM"},
		{"iuran", "-bogus"},
		{"rencana", "-village", "61.12.01.2001", "-year", "2027", roster},
		{"rencana", "-village", "61.12.01.2001", "-year", "2027", plan},
		{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-ceiling", "FOO=abc", roster},
		{"rencana", "-village", "61.12.01.2001", "-year", "2027", "-ceiling", "PADES=banyak", roster},
		{"mitra", "-network", network, "-on", "2026-06-30", activities},
		{"mitra", "-network", network, "-on", "bad", "-fees", "2026-3x", activities},
		{"manfaat", "-event", "retirement", "-segment", "PU", "-basis", "5000000", "-start", "2016-01-01", "-birth", "1968-05-01", "-date", "2026-06-01"},
		{"manfaat", "-event", "xyz", "-basis", "abc"},
		{"nik", "123"},
		{"nik", "3216019913900000"},
		{"aturan", "-date", "2026-02-30"},
		{"contoh", "-format", "xml", "-n", "-1", "nonsense"},
		{"contoh", "-format", "csv", "corpus"},
	} {
		for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
			code, out, errs := runCLI(t, "", append(args, "-lang", l.String())...)
			if code != exitInvalid && code != exitUsage || errs == "" {
				t.Fatalf("jamsos %s: exit %d, stderr %q; want a problem reported", strings.Join(args, " "), code, errs)
			}
			for _, line := range strings.Split(out+errs, "\n") {
				if w := langcheck.Foreign(line, l, names...); len(w) > 0 {
					t.Errorf("jamsos %s -lang %s: foreign words %q in %q", strings.Join(args, " "), l, w, line)
				}
				if field, msg, ok := repeatsField(line); ok {
					t.Errorf("jamsos %s -lang %s: the message %q names its field %q again", strings.Join(args, " "), l, msg, field)
				}
			}
		}
	}
}

// repeatsField reports whether a problem's line ("baris 4, kolom upah:
// Upah … [village.wage]") starts its message with the words of the field
// it follows, which Error.Message has already said.
func repeatsField(line string) (field, msg string, ok bool) {
	label, msg, found := strings.Cut(line, ": ")
	if !found || !strings.HasSuffix(msg, "]") {
		return "", "", false
	}
	parts := strings.Split(label, ", ")
	field = parts[len(parts)-1]
	for _, p := range []string{"kolom ", "column ", "-"} {
		field = strings.TrimPrefix(field, p)
	}
	m := strings.ToLower(msg)
	for _, p := range []string{"the ", "a ", "an "} {
		m = strings.TrimPrefix(m, p)
	}
	return field, msg, field != "" && strings.HasPrefix(m, strings.ToLower(field)+" ")
}
