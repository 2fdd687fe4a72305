package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManfaat runs `jamsos manfaat` in process, one case per event. The
// expected amounts are the worked examples of the benefit rules (PP 44/2015
// as amended by PP 82/2019, PP 45/2015, PP 37/2021 as amended by PP 6/2025),
// worked out by hand in each case's comment.
func TestManfaat(t *testing.T) {
	t.Setenv("LANG", "") // the default language, whatever the environment
	reqFile := filepath.Join(t.TempDir(), "request.json")
	// The same death as "PP 82/2019 JKM from flags" below, as a request.
	if err := os.WriteFile(reqFile, []byte(`{"event":"death","death":{"participant":{"segment":"BPU","start":"2021-03-10"},`+
		`"date":"2025-03-10","children":[{"level":"SD","grade":3,"age":8}]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		args   []string
		stdin  string
		exit   int
		stdout []string
		stderr []string
	}{
		// BPU farmer, death not from a work accident on 10 Mar 2025 after 4
		// years (48 ≥ 36 months): 20,000,000 + 12,000,000 + 10,000,000 =
		// 42,000,000 at once; one child in SD grade 3 (age 8): 4 × 1,500,000
		// for SD years 3–6, then SMP 3 × 2,000,000, SMA 3 × 3,000,000 and
		// S1 5 × 12,000,000 = 81,000,000 over time.
		{name: "PP 82/2019 JKM from flags", args: []string{"manfaat", "-event", "death", "-segment", "BPU", "-basis", "1000000",
			"-start", "2021-03-10", "-date", "2025-03-10", "-child", "SD:3:8"}, exit: 0,
			stdout: []string{"Dibayar sekaligus: Rp42.000.000", "empat puluh dua juta rupiah", "Dibayar bertahap: Rp81.000.000",
				"4 × Rp1.500.000 = Rp6.000.000"}},
		// The same death on 15 Nov 2019, before PP 82/2019, after 6 years:
		// 16,200,000 + 4,800,000 + 3,000,000 = 24,000,000 cash, and the old
		// scholarship lump sum 12,000,000 after ≥ 5 years.
		{name: "PP 44/2015 JKM before 2 Dec 2019", args: []string{"manfaat", "-event", "death", "-segment", "BPU",
			"-start", "2013-11-15", "-date", "2019-11-15", "-child", "SD:1:7", "-lang", "en"}, exit: 0,
			stdout: []string{"Lump sum: Rp16,200,000", "Funeral cost: Rp3,000,000", "Rp12,000,000"}},
		{name: "a death as a JSON request file", args: []string{"manfaat", "-input", reqFile, "-lang", "en"}, exit: 0,
			stdout: []string{"Paid at once: Rp42,000,000", "Paid in instalments: Rp81,000,000"}},
		// BPU motorcycle-taxi driver on Rp2,000,000 dies in a road accident at
		// work after 6 months: JKK 48 × 2,000,000 = 96,000,000 + periodic
		// 12,000,000 + funeral 10,000,000 = 118,000,000; no minimum period.
		{name: "PP 82/2019 JKK work death", args: []string{"manfaat", "-event", "work_death", "-segment", "BPU", "-basis", "2000000",
			"-start", "2024-09-10", "-date", "2025-03-10", "-lang", "en", "-json"}, exit: 0,
			stdout: []string{`"event": "work_death"`, `"program": "JKK"`, `"cash": "118000000"`, `"amount": "96000000"`}},
		// PU on Rp5,000,000, total permanent disability: 56 × 5,000,000 =
		// 280,000,000 + periodic 12,000,000 = 292,000,000.
		{name: "PP 82/2019 JKK total disability", args: []string{"manfaat", "-event", "total_disability", "-segment", "PU",
			"-basis", "5000000", "-date", "2024-06-01", "-lang", "en"}, exit: 0,
			stdout: []string{"Paid at once: Rp292,000,000", "56 × Rp5,000,000"}},
		// PU on Rp4,000,000 with a table value of 10%: 10% × 80 × 4,000,000 =
		// 32,000,000.
		{name: "JKK partial disability 10%", args: []string{"manfaat", "-event", "partial_disability", "-percent", "10%",
			"-segment", "PU", "-basis", "4000000", "-date", "2024-06-01", "-lang", "en"}, exit: 0,
			stdout: []string{"Paid at once: Rp32,000,000", "10% × 80 × Rp4,000,000"}},
		// PU on Rp4,000,000 off work 15 months after a 2024 accident:
		// 12 × 4,000,000 × 100% + 3 × 4,000,000 × 50% = 48,000,000 + 6,000,000.
		{name: "PP 82/2019 JKK temporary incapacity", args: []string{"manfaat", "-event", "temporary_incapacity", "-off-months", "15",
			"-segment", "PU", "-basis", "4000000", "-date", "2024-06-01", "-lang", "en"}, exit: 0,
			stdout: []string{"Paid in instalments: Rp54,000,000"}},
		// An air evacuation costing 14,000,000 in 2024: the ceiling 10,000,000.
		{name: "PP 82/2019 JKK air transport ceiling", args: []string{"manfaat", "-event", "transport", "-mode", "air", "-cost", "14000000",
			"-segment", "PU", "-date", "2024-06-01", "-lang", "en"}, exit: 0,
			stdout: []string{"Paid at once: Rp10,000,000"}},
		// JP after 240 months on an average indexed wage of 8,000,000, from
		// June 2024: 1% × 240/12 × 8,000,000 = 1,600,000 a month, within the
		// 2024 floor 393,500 and ceiling 4,718,200.
		{name: "PP 45/2015 Pasal 17: pension at a date", args: []string{"manfaat", "-event", "retirement", "-segment", "PU",
			"-birth", "1966-05-01", "-contribution-months", "240", "-basis", "8000000", "-date", "2024-06-01", "-lang", "en"}, exit: 0,
			stdout: []string{"Rp1,600,000 a month"}},
		// Exactly 15 years on 2,000,000: 1% × 15 × 2,000,000 = 300,000, below
		// the 2024 floor: 393,500.
		{name: "PP 45/2015 Pasal 18: the 2024 floor", args: []string{"manfaat", "-event", "retirement", "-segment", "PU",
			"-contribution-months", "180", "-basis", "2000000", "-date", "2024-06-01", "-json"}, exit: 0,
			stdout: []string{`"amount": "393500"`}},
		// Dismissed on 3 Mar 2025 on a wage of 7,000,000, capped at 5,000,000:
		// PP 6/2025, 6 × 60% × 5,000,000 = 6 × 3,000,000 = 18,000,000.
		{name: "PP 6/2025: JKP after 7 Feb 2025", args: []string{"manfaat", "-event", "job_loss", "-segment", "PU", "-basis", "7000000",
			"-birth", "1990-01-01", "-start", "2022-01-03", "-date", "2025-03-03", "-paid-months", "24", "-consecutive-months", "24", "-lang", "en"},
			exit: 0, stdout: []string{"Paid in instalments: Rp18,000,000", "Rp3,000,000 × 6"}},
		// The same on 3 Mar 2024, PP 37/2021: 3 × 45% × 5,000,000 +
		// 3 × 25% × 5,000,000 = 6,750,000 + 3,750,000 = 10,500,000.
		{name: "PP 37/2021: JKP before 7 Feb 2025", args: []string{"manfaat", "-event", "job_loss", "-segment", "PU", "-basis", "7000000",
			"-birth", "1990-01-01", "-start", "2022-01-03", "-date", "2024-03-03", "-paid-months", "24", "-consecutive-months", "24", "-lang", "en"},
			exit: 0, stdout: []string{"Paid in instalments: Rp10,500,000"}},
		// A resignation is not a dismissal: no JKP, with the reason.
		{name: "PP 37/2021: no JKP on resignation", args: []string{"manfaat", "-event", "job_loss", "-cause", "resignation", "-segment", "PU",
			"-basis", "7000000", "-birth", "1990-01-01", "-start", "2022-01-03", "-date", "2025-03-03", "-paid-months", "24",
			"-consecutive-months", "24", "-json"}, exit: 0, stdout: []string{`"eligible": false`}},
		// BPU JKK+JKM on 1,000,000 in February 2026 (before the PP 50/2025
		// discount reaches farmers): JKK 1% × 1,000,000 = 10,000 + JKM
		// Rp6,800 = 16,800 a month; on death 42,000,000 to the family.
		{name: "cost against protection", args: []string{"manfaat", "-event", "protection", "-segment", "BPU", "-programs", "JKK+JKM",
			"-basis", "1000000", "-month", "2026-02", "-sector", "AGRICULTURE"}, exit: 0,
			stdout: []string{"Rp16.800 sebulan", "Rp42.000.000"}},
		{name: "protection from standard input", args: []string{"manfaat", "-input", "-", "-json"},
			stdin: `{"event":"protection","protection":{"month":"2026-02","contribution":{"segment":"BPU","programs":"JKK+JKM","basis":"1000000"}}}`,
			exit:  0, stdout: []string{`"billed": "16800"`, `"amount": "42000000"`}},

		// Bad input: exit 1, every problem with its field.
		{name: "a percentage over 100%", args: []string{"manfaat", "-event", "partial_disability", "-percent", "150%",
			"-segment", "PU", "-basis", "4000000", "-date", "2024-06-01"}, exit: 1, stderr: []string{"[rate."}},
		{name: "a death before the membership started", args: []string{"manfaat", "-event", "death", "-segment", "BPU",
			"-start", "2025-01-01", "-date", "2024-06-01", "-json"}, exit: 1,
			stdout: []string{`"code": "benefit.before_start"`, `"field": "date"`}},
		{name: "a request file's problem names its path", args: []string{"manfaat", "-input", "-", "-json"},
			stdin: `{"event":"death","death":{"participant":{"segment":"BPU","start":"2025-01-01"},"date":"2024-06-01"}}`, exit: 1,
			stdout: []string{`"code": "benefit.before_start"`, `"field": "death.date"`}},
		{name: "every flag problem at once", args: []string{"manfaat", "-event", "death", "-segment", "XYZ", "-basis", "abc",
			"-date", "2025-02-30", "-child", "PhD:1:30", "-json"}, exit: 1,
			stdout: []string{`"field": "segment"`, `"field": "basis"`, `"field": "date"`, `"field": "child[0].level"`}},
		{name: "a child too old for the scholarship", args: []string{"manfaat", "-event", "death", "-segment", "BPU",
			"-start", "2015-01-01", "-date", "2025-03-10", "-child", "PT:1:23", "-json"}, exit: 1,
			stdout: []string{`"field": "child[0].age"`, `"code": "scholarship.age"`}},
		{name: "a month no rule covers", args: []string{"manfaat", "-event", "death", "-segment", "BPU", "-date", "2015-06-30", "-json"}, exit: 1,
			stdout: []string{`"code": "regulation.no_rule_in_force"`}},
		{name: "a malformed request file", args: []string{"manfaat", "-input", "-"}, stdin: `{"event":"death","death":{"date":1}}`, exit: 1,
			stderr: []string{"[json.type]"}},
		{name: "JP for a non-wage participant", args: []string{"manfaat", "-event", "retirement", "-segment", "BPU",
			"-contribution-months", "240", "-basis", "8000000", "-date", "2024-06-01", "-json"}, exit: 1,
			stdout: []string{`"code": "benefit.jp_segment"`, `"field": "segment"`}},

		// Wrong usage: exit 2.
		{name: "no event", args: []string{"manfaat", "-segment", "BPU"}, exit: 2, stderr: []string{"-event wajib diisi"}},
		{name: "no event, in English", args: []string{"manfaat", "-lang", "en", "-segment", "BPU"}, exit: 2, stderr: []string{"-event is required"}},
		{name: "an event flags do not build", args: []string{"manfaat", "-event", "scholarship"}, exit: 2, stderr: []string{"-input"}},
		{name: "a flag of another event", args: []string{"manfaat", "-event", "death", "-percent", "10%"}, exit: 2,
			stderr: []string{"-percent bukan opsi untuk -event death"}},
		{name: "flags with -input", args: []string{"manfaat", "-input", reqFile, "-segment", "PU"}, exit: 2},
		// Help is in Indonesian by default, its flags too, and in English with
		// -lang en, as every other subcommand's.
		{name: "help", args: []string{"manfaat", "-h"}, exit: 0,
			stdout: []string{"Pemakaian: jamsos manfaat", "Hitung manfaat yang dibayar program", "-event", "peristiwanya: death", "segmen: PU atau BPU"}},
		{name: "help in English", args: []string{"manfaat", "-lang", "en", "-h"}, exit: 0,
			stdout: []string{"Usage: jamsos manfaat", "Computes what the programs pay", "the event: death", "segment: PU or BPU"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(c.args, strings.NewReader(c.stdin), &stdout, &stderr)
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
			if strings.Contains(strings.Join(c.args, " "), "-json") && code != exitUsage && !json.Valid(stdout.Bytes()) {
				t.Errorf("-json wrote no JSON:\n%s", &stdout)
			}
		})
	}
}
