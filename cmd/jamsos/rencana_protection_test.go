package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// What the sample plan of examples/desa protects. Its roster has 140
// enrolments, all with JKM; the 15 cash-for-work (padat karya) workers are
// enrolled for July–September 2027 only. JKM on a death not from a work
// accident is Rp42,000,000 a worker whatever the wage (PP 44/2015 jo. PP
// 82/2019 Pasal 34: Rp20,000,000 lump sum + Rp12,000,000 periodic benefit +
// Rp10,000,000 funeral cost). So on 1 June 2027, 125 are covered and 15 not:
// 125 × 42,000,000 = Rp5,250,000,000; on 1 August all 140: 140 × 42,000,000
// = Rp5,880,000,000.
func TestRencanaProtection(t *testing.T) {
	t.Setenv("LANG", "")
	plan := []string{"rencana", "-village", "61.12.01.2001", "-year", "2027"}
	t.Run("text, after the report", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", append(plan, "-protection", "2027-06-01", sampleRoster)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		i := strings.Index(stdout, "Perlindungan pada 2027-06-01")
		if i < 0 || i < strings.Index(stdout, "Peringatan") {
			t.Fatalf("no protection section after the report:\n%s", stdout)
		}
		for _, w := range []string{"Rp5.250.000.000", "Terlindungi bulan itu: 125 peserta; tidak terlindungi bulan itu: 15", "PP 44/2015 jo. PP 82/2019 Pasal 34"} {
			if !strings.Contains(stdout[i:], w) {
				t.Errorf("protection lacks %q:\n%s", w, stdout[i:])
			}
		}
	})
	t.Run("text in English, cash-for-work covered", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", append(plan, "-lang", "en", "-protection", "2027-08-01", sampleRoster)...)
		if code != exitOK || !strings.Contains(stdout, "Protection on 2027-08-01") || !strings.Contains(stdout, "Rp5,880,000,000") {
			t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
		}
	})
	t.Run("json member, NIKs still masked", func(t *testing.T) {
		code, stdout, stderr := runCLI(t, "", append(plan, "-json", "-protection", "2027-06-01", sampleRoster)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var got struct {
			People []struct {
				Enrolment struct {
					NIK string `json:"nik"`
				} `json:"enrolment"`
			} `json:"people"`
			Protection *struct {
				Date       string `json:"date"`
				Covered    int    `json:"covered"`
				NotCovered int    `json:"not_covered"`
				Tally      struct {
					JKM string `json:"jkm"`
				} `json:"tally"`
			} `json:"protection"`
		}
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("%v\n%.500s", err, stdout)
		}
		if p := got.Protection; p == nil || p.Date != "2027-06-01" || p.Covered != 125 || p.NotCovered != 15 || p.Tally.JKM != "5250000000" {
			t.Errorf("protection %+v", got.Protection)
		}
		if len(got.People) != 140 || got.People[0].Enrolment.NIK != "6112••••••••9001" || strings.Contains(stdout, "6112016102749001") {
			t.Errorf("%d people, the first's NIK %q: want 140, masked", len(got.People), got.People[0].Enrolment.NIK)
		}
	})
	t.Run("json with -full-nik", func(t *testing.T) {
		code, stdout, _ := runCLI(t, "", append(plan, "-json", "-full-nik", "-protection", "2027-06-01", sampleRoster)...)
		if code != exitOK || !strings.Contains(stdout, `"nik": "6112016102749001"`) || !strings.Contains(stdout, `"jkm": "5250000000"`) {
			t.Errorf("exit %d:\n%.2000s", code, stdout)
		}
	})
	t.Run("no member without the flag", func(t *testing.T) {
		_, stdout, _ := runCLI(t, "", append(plan, "-json", sampleRoster)...)
		if strings.Contains(stdout, `"protection"`) {
			t.Errorf("a protection member without -protection")
		}
	})
	for _, c := range []struct {
		name   string
		args   []string
		exit   int
		stderr string
	}{
		{"a day outside the fiscal year", []string{"-protection", "2026-06-01", sampleRoster}, exitInvalid, "[village.outside_year]"},
		{"no date", []string{"-protection", "2027-02-30", sampleRoster}, exitInvalid, "protection"},
		{"a CSV has no place for it", []string{"-format", "csv", "-protection", "2027-06-01", sampleRoster}, exitUsage, "-protection"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", append(plan, c.args...)...)
			if code != c.exit || !strings.Contains(stderr, c.stderr) {
				t.Errorf("exit %d (want %d), stderr lacks %q:\n%s", code, c.exit, c.stderr, stderr)
			}
		})
	}
}
