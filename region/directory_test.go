package region

import (
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/desasadar/jamsos/problem"
)

func loadFile(t *testing.T, name string) (*Table, error) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return LoadCSV(f)
}

func TestLoadCSV(t *testing.T) {
	tab, err := loadFile(t, "testdata/names.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 7 {
		t.Errorf("Len() = %d, want 7", tab.Len())
	}
	tests := []struct {
		name string
		code string
		want string
		ok   bool
	}{
		{"regency row", "32.16", "Kabupaten Bekasi", true},
		{"city row", "32.75", "Kota Bekasi", true},
		{"district row", "32.16.01", "Tarumajaya", true},
		{"compact village row, white space cleaned", "32.16.01.2001", "Sagara Makmur", true},
		{"quoted name", "31.71", "Kota Administrasi Jakarta Pusat", true},
		{"kelurahan row", "31.71.01.1001", "Gambir", true},
		{"province from the built-in table", "32", "Jawa Barat", true},
		{"province without rows in the file", "96", "Papua Barat Daya", true},
		{"district not in the file", "32.16.02", "", false},
		{"zero code", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Code
			if tt.code != "" {
				c = MustParse(tt.code)
			}
			got, ok := tab.Name(c)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Name(%s) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
			}
		})
	}
	var order []string
	for c := range tab.All() {
		order = append(order, c.String())
	}
	want := []string{"31.71", "31.71.01", "31.71.01.1001", "32.16", "32.16.01", "32.16.01.2001", "32.75"}
	if !slices.Equal(order, want) {
		t.Errorf("All() order = %q, want %q", order, want)
	}
}

func TestLoadCSVByteOrderMark(t *testing.T) {
	tab, err := loadFile(t, "testdata/bom.csv")
	if err != nil {
		t.Fatal(err)
	}
	if tab.Len() != 2 {
		t.Errorf("Len() = %d, want 2 (header skipped after the BOM)", tab.Len())
	}
	if name, _ := tab.Name(MustParse("32.16.01.2001")); name != "Sagara Makmur" {
		t.Errorf("Name = %q; CRLF line ends must not leak into names", name)
	}
}

func TestLoadCSVHeader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
	}{
		{"no header", "32.16,Kabupaten Bekasi\n", 1},
		{"English header", "code,name\n32.16,Kabupaten Bekasi\n", 1},
		{"Indonesian header, upper case", " KODE , NAMA\n32.16,Kabupaten Bekasi\n", 1},
		{"empty file", "", 0},
		{"header only", "kode,nama\n", 0},
		{"blank lines", "\n\n32.16,Kabupaten Bekasi\n\n", 1},
		{"name with a comma, quoted", "32.16,\"Bekasi, Kabupaten\"\n", 1},
		{"province row overrides the built-in name", "32,JAWA BARAT\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := LoadCSV(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if tab.Len() != tt.n {
				t.Errorf("Len() = %d, want %d", tab.Len(), tt.n)
			}
		})
	}
	tab, _ := LoadCSV(strings.NewReader("32,JAWA BARAT\n"))
	if name, _ := tab.Name(MustParse("32")); name != "JAWA BARAT" {
		t.Errorf("province name = %q, want the file's spelling", name)
	}
}

func TestLoadCSVReportsEveryLine(t *testing.T) {
	_, err := loadFile(t, "testdata/bad.csv")
	var list problem.List
	if !errors.As(err, &list) {
		t.Fatalf("error %T %v is not a problem.List", err, err)
	}
	want := []struct {
		field string
		code  problem.Code
		is    error
	}{
		{"line[3].code", "region.range", ErrOutOfRange},
		{"line[4].code", "region.unknown_province", ErrUnknownProvince},
		{"line[5]", "region.csv", ErrMalformedCSV},
		{"line[6].code", "region.duplicate", ErrDuplicate},
		{"line[7].code", "region.village_kind", ErrVillageKind},
		{"line[8].name", "region.name_required", ErrNameRequired},
		{"line[9]", "region.csv", ErrMalformedCSV},
		{"line[10].code", "region.syntax", ErrInvalidCode},
		{"line[11]", "region.csv", ErrMalformedCSV},
	}
	if len(list) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(list), len(want), list.Message(problem.English))
	}
	for i, w := range want {
		p := list[i]
		if p.Field != w.field || p.Code != w.code || !errors.Is(p, w.is) {
			t.Errorf("problem %d = %q %q (%v), want %q %q %v", i, p.Field, p.Code, p.Err, w.field, w.code, w.is)
		}
	}
	// The duplicate names both lines.
	dup := list[3]
	if got := dup.Message(problem.English); got != "line 6, column code: already appears on line 2 (32.16)" {
		t.Errorf("duplicate message = %q", got)
	}
	if got := dup.Message(problem.Indonesian); got != "baris 6, kolom kode: sudah ada pada baris 2 (32.16)" {
		t.Errorf("duplicate message = %q", got)
	}
	// errors.Is sees inside the list.
	for _, s := range []error{ErrInvalidCode, ErrUnknownProvince, ErrDuplicate, ErrNameRequired, ErrMalformedCSV} {
		if !errors.Is(err, s) {
			t.Errorf("errors.Is(err, %v) = false", s)
		}
	}
}

func TestLoadCSVReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("32.16,Kabupaten Bekasi\n"), iotest.ErrReader(boom))
	_, err := LoadCSV(r)
	if !errors.Is(err, boom) {
		t.Errorf("error = %v, want it to wrap the read error", err)
	}
	var list problem.List
	if errors.As(err, &list) {
		t.Error("a read error was reported as a problem list")
	}
}

func TestNewTable(t *testing.T) {
	entries := []Entry{
		{MustParse("32.16.01.2001"), "  Sagara\tMakmur "},
		{MustParse("32.16"), "Kabupaten Bekasi"},
	}
	tab, err := NewTable(entries)
	if err != nil {
		t.Fatal(err)
	}
	entries[1].Name = "changed"
	if name, _ := tab.Name(MustParse("32.16")); name != "Kabupaten Bekasi" {
		t.Errorf("NewTable did not copy its input: %q", name)
	}
	if name, _ := tab.Name(MustParse("32.16.01.2001")); name != "Sagara Makmur" {
		t.Errorf("name not cleaned: %q", name)
	}

	_, err = NewTable([]Entry{
		{MustParse("32.16"), "Kabupaten Bekasi"},
		{Code{}, "Tanpa Kode"},
		{MustParse("3216"), "Bekasi"},
		{MustParse("32.75"), " "},
	})
	var list problem.List
	if !errors.As(err, &list) {
		t.Fatalf("error %T is not a problem.List", err)
	}
	got := list.Codes()
	wantCodes := []problem.Code{"region.required", "region.duplicate", "region.name_required"}
	if !slices.Equal(got, wantCodes) {
		t.Errorf("codes = %q, want %q", got, wantCodes)
	}
	var fields []string
	for _, p := range list {
		fields = append(fields, p.Field)
	}
	if want := []string{"[1].code", "[2].code", "[3].name"}; !slices.Equal(fields, want) {
		t.Errorf("fields = %q, want %q", fields, want)
	}
	if msg := list[1].Message(problem.English); msg != "3rd entry, code: already appears at the 1st entry (32.16)" {
		t.Errorf("duplicate message = %q", msg)
	}
}

func TestNilTable(t *testing.T) {
	var tab *Table
	if name, ok := tab.Name(MustParse("32")); !ok || name != "Jawa Barat" {
		t.Errorf("nil table province name = %q, %v", name, ok)
	}
	if _, ok := tab.Name(MustParse("32.16")); ok {
		t.Error("nil table knows a regency")
	}
	if tab.Len() != 0 {
		t.Error("nil table is not empty")
	}
	for range tab.All() {
		t.Error("nil table yields entries")
	}
	var d Directory = &Table{}
	if name, _ := d.Name(MustParse("94")); name != "Papua Tengah" {
		t.Errorf("empty table province name = %q", name)
	}
}

func TestAllStopsEarly(t *testing.T) {
	tab, err := loadFile(t, "testdata/names.csv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range tab.All() {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("loop ran %d times", n)
	}
}

// A Table is read from many goroutines at once; run with -race.
func TestTableConcurrentReads(t *testing.T) {
	tab, err := loadFile(t, "testdata/names.csv")
	if err != nil {
		t.Fatal(err)
	}
	codes := []Code{MustParse("32.16"), MustParse("32.16.01.2001"), MustParse("31.71.01.1001"), MustParse("32"), MustParse("32.16.09")}
	var d Directory = tab
	var wg sync.WaitGroup
	for g := range 32 {
		wg.Go(func() {
			for i := range 1000 {
				c := codes[(g+i)%len(codes)]
				name, ok := d.Name(c)
				if ok != (name != "") {
					t.Errorf("Name(%v) = %q, %v", c, name, ok)
					return
				}
			}
			for range tab.All() {
			}
		})
	}
	wg.Wait()
}

// A names file exported with ";" (as spreadsheets in an Indonesian locale
// write CSV), with its columns named in another order, reads the same; a
// semicolon inside a quoted name is part of the name.
func TestLoadCSVSemicolonsAndColumnOrder(t *testing.T) {
	tab, err := LoadCSV(strings.NewReader("Nama;Kode\r\n\"Bekasi; Kabupaten\";32.16\r\nSagara Makmur;3216012001\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"32.16": "Bekasi; Kabupaten", "32.16.01.2001": "Sagara Makmur"} {
		if got, _ := tab.Name(MustParse(code)); got != want {
			t.Errorf("Name(%s) = %q, want %q", code, got, want)
		}
	}
	_, err = LoadCSV(strings.NewReader("32.16,Bek\xffasi\n"))
	var list problem.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Field != "line[1].name" || !errors.Is(err, ErrMalformedCSV) {
		t.Errorf("a name that is not UTF-8: %v", err)
	}
}
