package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The figures below are worked out by hand from the sample data under the
// 2022 Perisai scheme (Perdir 13/PERDIR.02/042022), every participant a BPU
// on JKK+JKM (the sample has no enrolments, and each line says so):
//
//   - March: AG-01 collected Rp16,800 from 40 of its recruits of January,
//     their third month: Rp672,000 × 15% = Rp100,800, all the agent's; the
//     wadah 10% on top, Rp10,080. AG-02 collected Rp16,800 from its 10
//     recruits: Rp168,000 × 15% = Rp25,200; wadah Rp2,520.
//   - April: AG-01 registered 50 new participants (at least 25) and
//     collected Rp16,800 from each. From April 2026 PP 50/2025 halves JKK
//     and JKM for BPU outside transport: the bill is Rp5,000 + Rp3,400 =
//     Rp8,400, so Rp8,400 of each was due and Rp8,400 was over the bill
//     (Rp420,000 in all, no fee on it): 50 × Rp8,400 = Rp420,000 × 15% =
//     Rp63,000, plus 50 × Rp10,000 = Rp500,000 acquisition incentive:
//     Rp563,000 payable; the wadah Rp6,300 + Rp50,000 = Rp56,300.
//   - Each wadah has one agent; the 2022 scheme asks for at least 5.
//   - Coverage on 30 June 2026: 114 participants paid at least once, 64 of
//     them for March only (40 by AG-01, 10 by BANK-01, 10 by AG-02, 4 paid
//     by KD-2001; the police officer's collection is refused) and 50 for
//     April only (AG-01's recruits of April). April, May and June unpaid
//     are 3 consecutive unpaid months: the 64 are non-active from July, so
//     at the close of 30 June only the 50 are active (May and June unpaid:
//     2 months). Coverage 50 / 300 = 16.666…% → 16.7%, paying coverage
//     114 / 300 = 38.0% beside it. Segara Jaya: AG-01's 50 April recruits
//     of 60 paying, 50.0% of its target of 100.
//   - Desa Samudra Jaya has no Babinsa.
//   - Four activities break a rule and one line has no valid date.
func TestRun(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{nil, []string{
			"baris 303, kolom tanggal: tidak ada di kalender (2026-02-30)",
			"Kegiatan ditolak: 4 dari 301",
			"Bhabinkamtibmas (Polri) tidak boleh memungut iuran pada 2026-03-12",
			"desa: di luar wilayah tugas AG-01",
			"peserta: sudah didaftarkan pada 2026-01-20 oleh AG-01",
			"mitra: tidak ada dalam jaringan (AG-09)",
			"Laporan kemajuan kepesertaan per 2026-06-30",
			"32.16.01.2003 Samudra Jaya",
			"Rp168.000 Babinsa (TNI)", // the pillar Samudra Jaya lacks
			"Kabupaten Bekasi 3 4 160 60 119 114 50 300 16,7% 38,0% 83,3% Rp1.915.200",
			"Segara Jaya 1 2 75 15 60 60 50 100 50,0% 60,0% 66,7% Rp1.008.000",
			"Laporan fee Agen Perisai, bulan Maret 2026",
			"Rp672.000 (40 kali, 40 peserta)",
			"Skema bulan ini: skema 2022 (New Perisai)",
			"[skema 2022 (New Perisai)] insentif iuran BPU bulan 1–24, 15% dari Rp672.000 (40 kali)",
			"jumlah Rp100.800, agen Rp100.800, wadah Rp10.080",
			"jumlah Rp25.200, agen Rp25.200, wadah Rp2.520",
			"Laporan fee Agen Perisai, bulan April 2026",
			"insentif akuisisi JKK+JKM, 50 peserta × Rp10.000",
			"Tidak terutang menurut tagihan, tanpa fee Rp420.000",
			"AG-01, April 2026, 50 kali: lebih dari tagihan; terkumpul Rp16.800, tagihan Rp8.400 (keringanan PP 50/2025)",
			"lebih Rp8.400 per kali, Rp420.000 seluruhnya, tanpa fee",
			"Diterima agen Rp563.000",
			"Bagian wadah Rp56.300",
			"wadah W-02 memiliki 1 agen dalam jaringan; skema bulan ini meminta sedikitnya 5",
		}},
		{[]string{"-lang", "en", "-months", "2026-03"}, []string{
			"Rejected activities: 4 of 301",
			"a Bhabinkamtibmas (police) may not collect contributions on 2026-03-12",
			"Coverage progress report as of 2026-06-30",
			"Agen Perisai fee statement, March 2026",
			"Rp672,000 (40 collections, 40 participants)",
			"Scheme of the month: 2022 scheme (New Perisai). The 2022 scheme applies to contribution months from May 2022",
			"amount Rp100,800, agent Rp100,800, wadah Rp10,080",
			"Payable to the agent             Rp100,800",
			"Wadah's share                    Rp10,080",
		}},
	}
	for _, c := range cases {
		var out strings.Builder
		if err := run(c.args, &out); err != nil {
			t.Fatalf("run %v: %v", c.args, err)
		}
		// Columns are compared with runs of spaces as one space.
		flat := strings.Join(strings.Fields(out.String()), " ")
		for _, w := range c.want {
			if !strings.Contains(flat, strings.Join(strings.Fields(w), " ")) {
				t.Errorf("run %v: output lacks %q\n%s", c.args, w, out.String())
			}
		}
		if strings.Contains(out.String(), "Agus") || strings.Contains(out.String(), "87050123") ||
			strings.Contains(out.String(), "3216010101850041") {
			t.Errorf("run %v: the output shows personal data", c.args)
		}
	}
}

func TestRunBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-lang", "fr"}, {"-on", "30/06/2026"}, {"-months", "2026-13"}, {"-months", "2018-01"}, {"-colour"}} {
		if err := run(args, &strings.Builder{}); err == nil {
			t.Errorf("run %v: no error", args)
		}
	}
}

// The program itself exits 0 and prints the reports.
func TestMainExits0(t *testing.T) {
	if os.Getenv("MITRA_RUN_MAIN") == "1" {
		os.Args = []string{"mitra", "-lang", "en"}
		main()
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestMainExits0$")
	cmd.Env = append(os.Environ(), "MITRA_RUN_MAIN=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("exit: %v\n%s", err, out)
	}
	if !strings.Contains(strings.Join(strings.Fields(string(out)), " "), "Payable to the agent Rp563,000") {
		t.Errorf("output:\n%s", out)
	}
}
