package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// The figures below are worked out by hand from the sample data:
//
//   - March: AG-01 collected Rp16,800 from 40 of its recruits: Rp672,000;
//     fee 7.5% = Rp50,400; agent 90% = Rp45,360; wadah Rp5,040. AG-02
//     collected Rp16,800 from its 10 recruits: Rp168,000; fee Rp12,600;
//     agent Rp11,340; wadah Rp1,260.
//   - April: AG-01 registered 50 new participants and collected Rp16,800
//     from each: Rp840,000; fee Rp63,000; agent Rp56,700; wadah Rp6,300;
//     plus the Rp500,000 bonus: Rp556,700 payable.
//   - Desa Samudra Jaya has no Babinsa.
//   - Four activities break a rule and one line has no valid date.
func TestRun(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{nil, []string{
			"line[303].date: tanggal tidak ada di kalender (2026-02-30)",
			"Kegiatan ditolak: 4 dari 301",
			"Bhabinkamtibmas (Polri) tidak boleh memungut iuran pada 2026-03-12",
			"desa ini di luar wilayah tugas AG-01",
			"peserta sudah didaftarkan pada 2026-01-20 oleh AG-01",
			"mitra tidak ada dalam jaringan (AG-09)",
			"Laporan kemajuan kepesertaan per 2026-06-30",
			"32.16.01.2003 Samudra Jaya",
			"BABINSA",
			"Laporan fee Agen Perisai, bulan Maret 2026",
			"Rp672.000 (40 kali, 40 peserta)",
			"Fee 7,5%                            Rp50.400",
			"Bagian agen 90%                     Rp45.360",
			"Bagian wadah 10%                    Rp5.040",
			"Rp12.600", "Rp11.340", "Rp1.260",
			"Laporan fee Agen Perisai, bulan April 2026",
			"Bonus                               Rp500.000",
			"Diterima agen                       Rp556.700",
		}},
		{[]string{"-lang", "en", "-months", "2026-03"}, []string{
			"Rejected activities: 4 of 301",
			"a Bhabinkamtibmas (police) may not collect contributions on 2026-03-12",
			"Coverage progress report as of 2026-06-30",
			"Agen Perisai fee statement, March 2026",
			"Rp672,000 (40 collections, 40 participants)",
			"Fee 7.5%                       Rp50,400",
			"Agent's share 90%              Rp45,360",
			"Wadah's share 10%              Rp5,040",
		}},
	}
	for _, c := range cases {
		var out strings.Builder
		if err := run(c.args, &out); err != nil {
			t.Fatalf("run %v: %v", c.args, err)
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
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
	for _, args := range [][]string{{"-lang", "fr"}, {"-on", "30/06/2026"}, {"-months", "2026-13"}, {"-months", "2017-07"}, {"-colour"}} {
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
	if !strings.Contains(string(out), "Payable to the agent           Rp556,700") {
		t.Errorf("output:\n%s", out)
	}
}
