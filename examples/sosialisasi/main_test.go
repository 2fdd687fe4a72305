package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// The leaflet of Saturday 14 March 2026, worked out by hand. March 2026 is a
// normal month for every sector but transport, whose PP 50/2025 discount
// (50% of JKK and JKM) runs January 2026 – March 2027.
//
// Cost (BPU: JKK 1% of the declared income + JKM Rp6,800; JHT 2%):
//
//	farmer    1% × 1,000,000 = 10,000 + 6,800                 = Rp16,800
//	fisherman 1% × 1,500,000 = 15,000 + 6,800                 = Rp21,800
//	trader    1% × 2,000,000 = 20,000 + 6,800 + 2% = 40,000   = Rp66,800
//	driver    (20,000 + 6,800) × 50% = 10,000 + 3,400         = Rp13,400, normally Rp26,800
//	official  PU, siltap 2,022,200: JKK 0.24% = 4,853.28 → 4,853,
//	          JKM 0.30% = 6,066.60 → 6,067                    = Rp10,920, the village pays all
//
// Protection (PP 82/2019, benefits.md 5.1–5.3): JKM 20,000,000 + 12,000,000
// + 10,000,000 = Rp42,000,000 for everyone; JKK death 48 × wage +
// 12,000,000 + 10,000,000:
//
//	farmer    48,000,000 + 22,000,000 = Rp70,000,000
//	fisherman 72,000,000 + 22,000,000 = Rp94,000,000
//	trader, driver 96,000,000 + 22,000,000 = Rp118,000,000
//	official  48 × 2,022,200 = 97,065,600 + 22,000,000 = Rp119,065,600
//
// and for each a scholarship for 2 children up to Rp174,000,000 (2 × 87M),
// care with no cost ceiling, and 100% of the wage a month while unable to
// work; the trader's JHT is Rp40,000 a month plus yield.
func TestLeafletIndonesian(t *testing.T) {
	out := output(t, problem.Indonesian, "text")
	for _, want := range []string{
		"Sosialisasi Desa Sukamaju, Sabtu 14 Maret 2026",
		"1. Petani — BPU, penghasilan Rp1.000.000, JKK + JKM\n   Iuran: Rp16.800 sebulan\n   - Rp42.000.000 untuk keluarga bila meninggal dunia\n   - Rp70.000.000 bila meninggal karena kecelakaan kerja",
		"Iuran: Rp21.800 sebulan",
		"Rp94.000.000 bila meninggal karena kecelakaan kerja",
		"Iuran: Rp66.800 sebulan",
		"tabungan hari tua Rp40.000 sebulan",
		"Iuran: Rp13.400 sebulan (dengan keringanan yang berlaku; normal Rp26.800)",
		"Iuran: Rp10.920 sebulan, pekerja sendiri membayar Rp0",
		"Rp119.065.600 bila meninggal karena kecelakaan kerja",
		"beasiswa 2 anak hingga Rp174.000.000",
		"perawatan kecelakaan kerja tanpa batas biaya",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("leaflet lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "Rp42.000.000 untuk keluarga bila meninggal dunia"); n != 5 {
		t.Errorf("the JKM benefit appears %d times, want once per worker (5)", n)
	}
	golden.Check(t, "leaflet_id.golden", out)
}

func TestLeafletEnglish(t *testing.T) {
	out := output(t, problem.English, "text")
	for _, want := range []string{
		"Socialisation day, Desa Sukamaju, Saturday 14 March 2026",
		"Cost: Rp16,800 a month",
		"Rp42,000,000 to the family on death",
		"unlimited work-accident care",
		"Cost: Rp13,400 a month (with the relief in force; normally Rp26,800)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("leaflet lacks %q:\n%s", want, out)
		}
	}
	golden.Check(t, "leaflet_en.golden", out)
}

// The leaflet is one page: at most 80 columns and 100 lines.
func TestLeafletFitsAPage(t *testing.T) {
	for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
		out := output(t, l, "text")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) > 100 {
			t.Errorf("%s: %d lines, want at most 100", l, len(lines))
		}
		for i, ln := range lines {
			if n := len([]rune(ln)); n > 80 {
				t.Errorf("%s: line %d has %d columns: %q", l, i+1, n, ln)
			}
		}
	}
}

func TestLeafletJSON(t *testing.T) {
	var lf struct {
		Entries []struct {
			Offer struct {
				Bill struct {
					Billed string `json:"billed"`
				} `json:"bill"`
			} `json:"offer"`
		} `json:"entries"`
	}
	if err := json.Unmarshal([]byte(output(t, problem.Indonesian, "json")), &lf); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range lf.Entries {
		got = append(got, e.Offer.Bill.Billed)
	}
	if want := "16800 21800 66800 13400 10920"; strings.Join(got, " ") != want {
		t.Errorf("billed %v, want %s", got, want)
	}
}

// A day before the programs began has no rules: an error, never a leaflet of
// zeros.
func TestLeafletBeforeProgramsIsAnError(t *testing.T) {
	var out bytes.Buffer
	err := run(&out, problem.Indonesian, regulation.MustDate(2015, 6, 1), "Desa Sukamaju", "text")
	if !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Fatalf("err = %v, want ErrNoRuleInForce", err)
	}
	if out.Len() != 0 {
		t.Errorf("printed %q before failing", out.String())
	}
}

func output(t *testing.T, l problem.Lang, format string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(&out, l, regulation.MustDate(2026, 3, 14), "Desa Sukamaju", format); err != nil {
		t.Fatal(err)
	}
	return out.String()
}
