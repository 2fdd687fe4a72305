package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func TestRun(t *testing.T) {
	for _, tc := range []struct {
		lang problem.Lang
		want []string
	}{
		{problem.Indonesian, []string{
			// 1% × 1,000,000 + 6,800 + 2% × 1,000,000; Budi is a farmer (no PP 50/2025 in January).
			"Pendaftaran 1: sah — Budi Santoso (NIK 3216••••••••0001), JKK+JKM+JHT, iuran Januari 2026 Rp36.800",
			// 1% × 2,500,000 + 6,800 = 31,800, paid by the village.
			"Pendaftaran 2: sah — Siti Aminah (NIK 3216••••••••0002), JKK+JKM, iuran Januari 2026 Rp31.800",
			// Empty name, negative income, birth date and sex not matching the
			// NIK, JKM missing and JP not available to a BPU.
			"Pendaftaran 3: 6 masalah",
			"[programs.not_allowed]", "[nik.sex_mismatch]",
			// Province 99, 30 February in the NIK and in the birth date, an unknown field.
			"Pendaftaran 4: 4 masalah",
		}},
		{problem.English, []string{"Registration 1: valid", "contribution January 2026 Rp36,800",
			"Registration 3: 6 problems", "Registration 4: 4 problems", "[json.unknown_field] referral: unknown field"}},
	} {
		var out bytes.Buffer
		if err := run(&out, sample, tc.lang, regulation.MustDate(2026, 1, 5)); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("output lacks %q:\n%s", w, out.String())
			}
		}
		if strings.Contains(out.String(), "3216011708900001") || strings.Contains(out.String(), "9916013002900004") {
			t.Errorf("a full NIK was printed:\n%s", out.String())
		}
	}
}
