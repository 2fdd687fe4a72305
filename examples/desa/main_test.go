package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// The plan of the sample village, computed by hand (fiscal year 2026, every
// share rounded half up to whole rupiah, as the contribution package does):
//
// Village head, siltap Rp2,426,640, JKK+JKM+JHT, paid from ADD, the head
// paying their own 2% of JHT:
//
//	JKK 0.24% × 2,426,640 =  5,823.94 →  5,824 (village)
//	JKM 0.30% × 2,426,640 =  7,279.92 →  7,280 (village)
//	JHT 3.7%  × 2,426,640 = 89,785.68 → 89,786 (village)
//	JHT 2%    × 2,426,640 = 48,532.80 → 48,533 (the head)
//	a month 151,423 (village 102,890, head 48,533); × 12 = 1,817,076
//	(village 1,234,680 on account 5.1.3.03, head 582,396)
//
// Secretary, Rp2,224,420, JKK+JKM: 5,338.61 → 5,339 and 6,673.26 → 6,673,
// 12,012 a month, × 12 = 144,144.
//
// Seven officials at Rp2,022,200: 4,853.28 → 4,853 and 6,066.60 → 6,067,
// 10,920 a month, × 12 × 7 = 917,280. One official at Rp1,900,000 (below
// the PP 11/2019 minimum of Rp2,022,200, hence a warning): 4,560 + 5,700 =
// 10,260 a month, × 12 = 123,120. Officials together 1,040,400; secretary
// and officials on account 5.1.3.04: 144,144 + 1,040,400 = 1,184,544.
//
// Non-wage (BPU) workers on the lowest declared income, Rp1,000,000:
// JKK 1% = 10,000 + JKM 6,800 = Rp16,800 a month at normal rates, Rp8,400
// under the PP 50/2025 discount (50% of each: 5,000 + 3,400), which runs
// April–December 2026 for most sectors and January 2026 – March 2027 for
// transport, and never when APBD pays or, by the default policy, APBDes:
//
//	5 BPD members, ADD (APBDes, no discount): 16,800 × 12 × 5  = 1,008,000
//	10 RT/RW heads, ADD:                      16,800 × 12 × 10 = 2,016,000
//	15 cash-for-work workers, Dana Desa (allowed in 2026 for them),
//	   July–September:                        16,800 × 3 × 15  =   756,000
//	40 farmers ranked 1–40, PADes with a ceiling of Rp5,000,000:
//	   one costs 16,800 × 12 = 201,600; 24 are covered in full
//	   (4,838,400), leaving 161,600, which covers the 25th for 9 months
//	   (151,200), leaving 10,400: less than a month, so the other 15 are
//	   not covered.                                            4,989,600
//	50 workers paid by a CSR sponsor (no public budget): January–March
//	   16,800 × 3 + April–December 8,400 × 9 = 126,000; × 50   = 6,300,000
//	10 transport workers paid by the sponsor: 8,400 × 12 × 10  = 1,008,000
//
// Total billed: 1,817,076 + 144,144 + 1,040,400 + 1,008,000 + 2,016,000 +
// 756,000 + 4,989,600 + 6,300,000 + 1,008,000 = 19,079,220.
// By source: ADD 1,234,680 + 144,144 + 1,040,400 + 1,008,000 + 2,016,000 =
// 5,443,224; the head 582,396; Dana Desa 756,000; PADes 4,989,600; CSR
// 7,308,000. From the village budget (ADD, Dana Desa, PADes): 11,188,824.
// Relief: 60 sponsored workers save 201,600 − 126,000 = 75,600 (50 of them)
// or 201,600 − 100,800 = 100,800 (10): 3,780,000 + 1,008,000 = 4,788,000.
// Covered people: 10 officials + 5 + 10 + 15 + 25 + 60 = 125 of the target
// of 100.
func TestRunIndonesian(t *testing.T) {
	out := runOutput(t, problem.Indonesian, "text", false)
	for _, want := range []string{
		"Tahun anggaran 2026",
		"Iuran yang ditagih           Rp19.079.220",
		"dari APBDes                Rp11.188.824",
		"Potongan iuran (keringanan)   Rp4.788.000",
		"Terbilang: sembilan belas juta tujuh puluh sembilan ribu dua ratus dua puluh rupiah",
		"Kepala desa                      1            1           12   Rp1.817.076",
		"Perangkat desa lainnya           8            8           96   Rp1.040.400",
		"Alokasi Dana Desa (ADD)       Rp5.443.224",
		"Pendapatan Asli Desa (PADes)  Rp4.989.600  Rp5.000.000  Rp10.400",
		"CSR / sponsor                 Rp7.308.000",
		"Pekerja sendiri                 Rp582.396",
		"Dana Desa                       Rp756.000",
		"5.1.3.03            Kepala desa",
		"Rp1.234.680",
		"5.1.3.04            Sekretaris desa, Perangkat desa lainnya",
		"Rp1.184.544",
		"9/12       3    Rp50.400",
		"Pekerja terlindungi: 125 dari target 100",
		"Siltap di bawah minimum Rp2.022.200",
		"24 pekerja rentan dapat dilindungi selama 12 bulan",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "0/12      12   Rp201.600"); n != 15 {
		t.Errorf("%d farmers listed as not covered, want 15", n)
	}
	checkNoFullNIK(t, out)
}

func TestRunEnglish(t *testing.T) {
	out := runOutput(t, problem.English, "text", true)
	for _, want := range []string{
		"Fiscal year 2026", "Contributions billed                Rp19,079,220",
		"In words (Indonesian): sembilan belas juta", "Target reached.", "People",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	checkNoFullNIK(t, out)
}

func TestRunJSONAndCSV(t *testing.T) {
	var plan struct {
		Total struct {
			Amount        string `json:"amount"`
			VillageBudget string `json:"village_budget"`
		} `json:"total"`
		People []json.RawMessage `json:"people"`
	}
	if err := json.Unmarshal([]byte(runOutput(t, problem.Indonesian, "json", false)), &plan); err != nil {
		t.Fatal(err)
	}
	if plan.Total.Amount != "19079220" || plan.Total.VillageBudget != "11188824" || len(plan.People) != 140 {
		t.Errorf("JSON plan: total %s, village budget %s, %d people; want 19079220, 11188824 and 140",
			plan.Total.Amount, plan.Total.VillageBudget, len(plan.People))
	}
	csv := runOutput(t, problem.Indonesian, "csv", false)
	if lines := strings.Count(csv, "\n"); lines != 141 {
		t.Errorf("CSV has %d lines, want a header and 140 people", lines)
	}
	checkNoFullNIK(t, csv)
}

func runOutput(t *testing.T, l problem.Lang, format string, people bool) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(&out, l, format, people); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// checkNoFullNIK fails if any NIK of the roster appears unmasked.
func checkNoFullNIK(t *testing.T, out string) {
	t.Helper()
	for line := range strings.Lines(string(roster)) {
		nik, _, _ := strings.Cut(strings.TrimPrefix(line, "\uFEFF"), ";")
		if len(nik) == 16 && strings.Contains(out, nik) {
			t.Fatalf("a full NIK (%s…) was printed", nik[:4])
		}
	}
}
