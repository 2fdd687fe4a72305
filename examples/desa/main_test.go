package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// The plan of the sample village, computed by hand (fiscal year 2027, every
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
// The wage earners' rates are the same in every month of 2027, so they cost
// 151,423 + 12,012 + 7 × 10,920 + 10,260 = 250,135 a month, due on the 15th
// of the next month.
//
// Non-wage (BPU) workers on the lowest declared income, Rp1,000,000:
// JKK 1% = 10,000 + JKM 6,800 = Rp16,800 a month at normal rates, Rp8,400
// under the PP 50/2025 discount (50% of each: 5,000 + 3,400). In 2027 the
// discount is left only for transport workers, January–March (the other
// sectors' ran April–December 2026), and never when APBD pays or, by the
// default policy, APBDes:
//
//	5 BPD members, ADD (APBDes, no discount): 16,800 × 12 × 5  = 1,008,000
//	10 RT/RW heads, ADD:                      16,800 × 12 × 10 = 2,016,000
//	15 cash-for-work workers, Dana Desa (allowed for them from 2026),
//	   July–September 2027:                   16,800 × 3 × 15  =   756,000
//	40 farmers ranked 1–40, PADes with a ceiling of Rp5,000,000 (APBDes,
//	   so no discount in any month): one costs 16,800 × 12 = 201,600;
//	   5,000,000 ÷ 201,600 = 24 remainder 161,600, so ranks 1–24 are covered
//	   in full (4,838,400); 161,600 ÷ 16,800 = 9 remainder 10,400, so rank 25
//	   is covered January–September (151,200) and lacks 3 months (50,400);
//	   10,400 is less than a month, so ranks 26–40 get nothing.  4,989,600
//	50 workers of other sectors (farming, fishing, trade or none) paid by a
//	   CSR sponsor (no public budget, but no discount left in 2027):
//	                                          16,800 × 12 × 50 = 10,080,000
//	10 transport workers paid by the sponsor: January–March 8,400 × 3 =
//	   25,200, April–December 16,800 × 9 = 151,200; 176,400 × 10 = 1,764,000
//
// Total billed: 1,817,076 + 144,144 + 1,040,400 + 1,008,000 + 2,016,000 +
// 756,000 + 4,989,600 + 10,080,000 + 1,764,000 = 23,615,220.
// Vulnerable workers: 4,989,600 + 10,080,000 + 1,764,000 = 16,833,600, for
// 25 + 60 = 85 of 100 covered and 24 × 12 + 9 + 60 × 12 = 1,017 months.
// By source: ADD 1,234,680 + 144,144 + 1,040,400 + 1,008,000 + 2,016,000 =
// 5,443,224; the head 582,396; Dana Desa 756,000; PADes 4,989,600; CSR
// 10,080,000 + 1,764,000 = 11,844,000; together 23,615,220. From the
// village budget (ADD, Dana Desa, PADes): 11,188,824, of which the accounts
// 5.1.3.03 and 5.1.3.04 carry 1,234,680 + 1,184,544 and the unassigned rest
// 1,008,000 + 2,016,000 + 756,000 + 4,989,600 = 8,769,600.
// Relief: only the 10 transport workers, 3 months each, save 8,400:
// 30 × 8,400 = 252,000 (JKK 30 × 5,000 = 150,000, JKM 30 × 3,400 = 102,000).
// At normal rates the plan would cost 23,615,220 + 252,000 = 23,867,220.
// By program, normal: JKK on the officials 12 × (5,824 + 5,339 + 7 × 4,853 +
// 4,560) = 596,328 and 10,000 on each of the 60 + 120 + 45 + 297 + 720 =
// 1,242 non-wage months = 12,420,000, together 13,016,328, billed
// 13,016,328 − 150,000 = 12,866,328; JKM 12 × (7,280 + 6,673 + 7 × 6,067 +
// 5,700) = 745,464 and 1,242 × 6,800 = 8,445,600, together 9,191,064,
// billed 9,089,064; JHT 12 × (89,786 + 48,533) = 1,659,828.
// Due dates follow the national calendar (holiday/holidays.csv, SKB
// 1205/2026, 3/2026, 2/2026): 15 March 2027 is a cuti bersama day (Idulfitri
// 1448 H), so March's BPU and February's PU move to Tuesday 16 March, the
// unshifted 15 March shown as the safe day; 15–16 May 2027 are a weekend,
// 17 May Iduladha, 18–19 May cuti bersama, 20 May Waisak, so April's PU and
// May's BPU move to Friday 21 May (safe: 15 May); 15 August 2027 is a
// Sunday (and Maulid), so the 16th, no cuti bersama passed.
// Non-wage payments, due on the 15th of each month: BPD and RT/RW 15 ×
// 16,800 = 252,000 every month; PADes 25 × 16,800 = 420,000 in January–
// September and 24 × 16,800 = 403,200 after; the sponsor 50 × 16,800 +
// 10 × 8,400 = 924,000 in January–March and 60 × 16,800 = 1,008,000 after;
// cash-for-work 252,000 in July–September:
//
//	January–March    252,000 + 420,000 +   924,000           = 1,596,000
//	April–June       252,000 + 420,000 + 1,008,000           = 1,680,000
//	July–September   252,000 + 420,000 + 1,008,000 + 252,000 = 1,932,000
//	October–December 252,000 + 403,200 + 1,008,000           = 1,663,200
//
// (3 × (1,596,000 + 1,680,000 + 1,932,000 + 1,663,200) = 20,613,600, the
// non-wage part of the total: 23,615,220 − 3,001,620.) Due dates falling on
// a weekend move to the Monday: 15 May 2027 is a Saturday (17 May), 15
// August 2027 a Sunday (16 August), 15 January 2028 a Saturday (17 January).
//
// Totals a reader needs. The shortfall: rank 25 lacks 3 months (50,400) and
// ranks 26–40 twelve each, 15 × 201,600 = 3,024,000; 16 enrolments, 3 + 180
// = 183 months, Rp3,074,400. Capacity from zero: 5,000,000 = 24 × 201,600
// + 161,600; after this plan PADes has 10,400 left, less than one worker's
// 201,600: 0 more. The only relief is PP 50/2025 on the 10 transport
// workers, January–March 2027, 3 × 8,400 = 25,200 each, 252,000 in all.
// The head's row, 1,817,076, is 1,234,680 from ADD (account 5.1.3.03) and
// 582,396 of JHT 2% deducted from the head's siltap: 582,396 is no funding
// source. No amount depends on the reading of PP 50/2025 for APBDes: the
// transport workers are paid by a sponsor.
//
// Coverage that means protected (paid for every month of 2027 and still
// active once December is over; a BPU membership is non-active after 3
// unpaid months): 10 officials, 5 BPD members, 10 RT/RW heads, farmers of
// ranks 1–24 and the sponsor's 60 workers, 10 + 15 + 24 + 60 = 109 of the
// target of 100. Partly covered: the 15 cash-for-work workers (paid July–
// September, non-active after October–December unpaid) and rank 25 (paid
// January–September, likewise), 16; never paid: ranks 26–40, 15.
//
// The cash view of 2027: the officials' December 2026 contribution, due
// 15 January 2027 (a Friday), comes in; December 2027's, due 17 January
// 2028, goes out. Both are 250,135 (the same siltap and rates in both
// years), of which the village pays 250,135 − 48,533 = 201,602: 102,890 on
// 5.1.3.03 and 12,012 + 7 × 10,920 + 10,260 = 98,712 on 5.1.3.04. So the
// cash paid in 2027 is 23,615,220 − 250,135 + 250,135 = 23,615,220 and each
// account's cash equals its months.
func TestRunIndonesian(t *testing.T) {
	out := runOutput(t, problem.Indonesian, "text", false)
	for _, want := range []string{
		// 61.12.01.2001 in Kepmendagri 300.2.2-2138/2025: Desa Sungai Raya,
		// Kecamatan Sungai Raya, Kabupaten Kubu Raya, Kalimantan Barat.
		"Desa Sungai Raya (61.12.01.2001)\nKecamatan Sungai Raya, Kabupaten Kubu Raya, Kalimantan Barat\n",
		"Tahun anggaran 2027 (Januari 2027 – Desember 2027)",
		"Iuran normal                 Rp23.867.220",
		"Potongan iuran (keringanan)     Rp252.000",
		"Iuran yang ditagih           Rp23.615.220",
		"dari APBDes                Rp11.188.824",
		"bagian pekerja (dipotong)     Rp582.396",
		"Terbilang: dua puluh tiga juta enam ratus lima belas ribu dua ratus dua puluh rupiah",
		"− jatuh tempo pada TA berikut (Desember 2027 PU)                        Rp250.135",
		"+ bulan iuran TA lalu yang jatuh tempo tahun ini (Desember 2026 PU)     Rp250.135",
		"Dibayar dalam TA 2027                                                Rp23.615.220",
		"Tidak ada jumlah dalam rencana ini yang bergantung pada bacaan ini.",
		"Kepala desa                      1            1         0           12   Rp1.817.076   Rp1.234.680                  Rp582.396  5.1.3.03",
		"Perangkat desa lainnya           8            8         0           96   Rp1.040.400   Rp1.040.400                        Rp0  5.1.3.04",
		"Pekerja Padat Karya Tunai       15            0        15           45     Rp756.000     Rp756.000                        Rp0  belum ditetapkan",
		"Pekerja rentan (BPU)           100           84         1         1017  Rp16.833.600   Rp4.989.600                        Rp0  belum ditetapkan",
		"Kepala desa: Rp1.817.076 = Rp1.234.680 dari APBDes (rekening 5.1.3.03) + Rp582.396",
		"Belum ada kode rekening untuk Anggota BPD, Ketua RT/RW, Pekerja Padat Karya Tunai, Pekerja rentan (BPU)",
		"tetapkan kode rekening setempat untuk kelompok tersebut",
		"JKK – Jaminan Kecelakaan Kerja  Rp13.016.328  Rp150.000  Rp12.866.328",
		"JKM – Jaminan Kematian           Rp9.191.064  Rp102.000   Rp9.089.064",
		"JHT – Jaminan Hari Tua           Rp1.659.828        Rp0   Rp1.659.828",
		"Alokasi Dana Desa (ADD)               Rp5.443.224",
		"Pendapatan Asli Desa (PADes)          Rp4.989.600  Rp5.000.000  Rp10.400",
		"CSR / sponsor                        Rp11.844.000",
		"(dipotong dari penghasilan pekerja)     Rp582.396",
		"Dana Desa                               Rp756.000",
		"Kebijakan sumber dana TA 2027:",
		"1.1.03    5.1.3.03            Kepala desa                                                                Rp1.234.680        Rp102.890       Rp102.890  Rp1.234.680",
		"1.1.03    5.1.3.04            Sekretaris desa, Perangkat desa lainnya                                    Rp1.184.544         Rp98.712        Rp98.712  Rp1.184.544",
		"Rp8.769.600",
		"2027-03-16 (aman: 2027-03-15)  Maret 2027      BPU     Rp1.596.000",
		"2027-05-21 (aman: 2027-05-15)  April 2027      PU        Rp250.135",
		"2027-05-21 (aman: 2027-05-15)  Mei 2027        BPU     Rp1.680.000",
		"2027-08-16                     Agustus 2027    BPU     Rp1.932.000",
		"2027-12-15                     Desember 2027   BPU     Rp1.663.200",
		"2028-01-17                     Desember 2027   PU        Rp250.135",
		"PP 50/2025 (peserta bukan penerima upah): Rp252.000, 30 orang-bulan, 10 peserta (dasar: PP 50/2025 Pasal 3; Pasal 4 [sekunder])",
		"9/12       3     Rp50.400",
		"Jumlah            16 peserta                                        183  Rp3.074.400",
		"Pekerja terlindungi (dibayar setiap bulan dan aktif pada akhir tahun): 109 dari target 100",
		"Terlindungi sebagian (dibayar sebagian bulan, atau nonaktif pada akhir tahun setelah 3 bulan tidak dibayar): 16; belum dibayar: 15.",
		"Udin Kusuma (6112••••••••9003): siltap di bawah minimum Rp2.022.200",
		"Dari nol, PADes Rp5.000.000 melindungi 24 pekerja rentan selama 12 bulan (Rp201.600 per orang, sisa Rp161.600).",
		"Setelah rencana ini, PADes tersisa Rp10.400: 0 pekerja lagi selama 12 bulan (sisa Rp10.400).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "Januari 2027 – Maret 2027             3  Rp25.200"); n != 10 {
		t.Errorf("%d transport workers listed under the relief, want 10", n)
	}
	if strings.Contains(out, "line[") || strings.Contains(out, "Pekerja sendiri") {
		t.Errorf("a warning names a line, or the workers' deductions appear as a funding source:\n%s", out)
	}
	if n := strings.Count(out, "0/12      12    Rp201.600"); n != 15 {
		t.Errorf("%d farmers listed as not covered, want 15", n)
	}
	if n := strings.Count(out, "PU        Rp250.135"); n != 12 {
		t.Errorf("%d monthly payments of Rp250.135 for the officials, want 12", n)
	}
	checkNoFullNIK(t, out)
}

func TestRunEnglish(t *testing.T) {
	out := runOutput(t, problem.English, "text", true)
	for _, want := range []string{
		"Fiscal year 2027", "Contributions billed                Rp23,615,220",
		"In words (Indonesian): dua puluh tiga juta", "Target reached.", "People",
		"No amount in this plan depends on this reading.",
		"Paid within fiscal year 2027", "Village head: Rp1,817,076 = Rp1,234,680 from the village budget (account 5.1.3.03) + Rp582,396", "Udin Kusuma (6112••••••••9003): the siltap is below",
		"From zero, Rp5,000,000 of PADes covers 24 vulnerable workers for 12 months (Rp201,600 each, Rp161,600 left).",
		"After this plan, Rp10,400 of PADes is left: 0 more workers for 12 months (Rp10,400 left).",
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
	if plan.Total.Amount != "23615220" || plan.Total.VillageBudget != "11188824" || len(plan.People) != 140 {
		t.Errorf("JSON plan: total %s, village budget %s, %d people; want 23615220, 11188824 and 140",
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
