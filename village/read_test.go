package village

import (
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/rupiah"
)

// wholeRupiah, the short way through the common forms of an amount, reads
// what rupiah.Parse reads, to the same value, and leaves everything else
// to it: plain digits and dot-grouped thousands are read, a leading zero,
// a group of other than three digits, sen, signs and currency signs are not.
func TestWholeRupiahAgreesWithParse(t *testing.T) {
	cases := []string{
		"0", "7", "2426640", "2.426.640", "16.800", "1.000.000.000", "999.999.999.999.999.999",
		"016.800", "0123", "16.80", "1.6800", "1234.567", ".123", "123.", "1..234", "",
		"Rp2.426.640", "2.426.640,00", "-5", "1 000", "1234567890123456789", "12.345.678.901.234.567.890",
	}
	for i := range 2000 {
		cases = append(cases, fmt.Sprint(i*7919), groupThousands(fmt.Sprint(i*104729)))
	}
	for _, v := range cases {
		n, ok := wholeRupiah(v)
		d, err := rupiah.Parse(v)
		switch {
		case ok && err != nil:
			t.Errorf("wholeRupiah(%q) = %d; rupiah.Parse refuses it: %v", v, n, err)
		case ok && d.String() != fmt.Sprint(n):
			t.Errorf("wholeRupiah(%q) = %d; rupiah.Parse reads %s", v, n, d)
		case !ok && err == nil && !strings.ContainsAny(v, "Rp,-") && len(strings.ReplaceAll(v, ".", "")) <= 18:
			t.Errorf("wholeRupiah(%q) is false; rupiah.Parse reads %s, a form it should read", v, d)
		}
	}
}

func groupThousands(s string) string {
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// Reading a roster allocates, per row, no more than the values kept: the
// row's text, a wage's number and the roster's growth. The bound is
// generous: 5 allocations a row where 3 are made.
func TestReadCSVAllocations(t *testing.T) {
	var in strings.Builder
	in.WriteString("nik;nama;kelompok;siltap;mulai;sumber\n")
	const rows = 2000
	for i := range rows {
		fmt.Fprintf(&in, "611201010180%04d;Nama Contoh %d;perangkat_desa;2.426.640;2026-01;dana_desa\n", i%9999+1, i)
	}
	data := in.String()
	allocs := testing.AllocsPerRun(3, func() {
		if _, err := ReadCSV(strings.NewReader(data)); err != nil {
			t.Fatal(err)
		}
	})
	if perRow := allocs / rows; perRow > 5 {
		t.Errorf("%.1f allocations a row; want at most 5", perRow)
	}
}
