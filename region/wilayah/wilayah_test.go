package wilayah

import (
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

func dir(t testing.TB) *Directory {
	t.Helper()
	d, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestKnownNames checks names that are known independently of the embedded
// list: the Kemendagri codes of Kabupaten Bekasi (32.16, whose district 01
// is Tarumajaya), Kota Bekasi (32.75), Kabupaten Kubu Raya (61.12, formed in
// 2007 from Kabupaten Pontianak) and Kota Administrasi Jakarta Utara (31.72).
func TestKnownNames(t *testing.T) {
	d := dir(t)
	for _, tc := range []struct{ name, code, want string }{
		{"Kepmendagri 2025: Kabupaten Bekasi", "32.16", "Kabupaten Bekasi"},
		{"Kepmendagri 2025: Kecamatan Tarumajaya", "32.16.01", "Tarumajaya"},
		{"Kepmendagri 2025: Desa Sagara Makmur", "32.16.01.2001", "Sagara Makmur"},
		{"Kepmendagri 2025: Kota Bekasi", "32.75", "Kota Bekasi"},
		{"Kepmendagri 2025: Kabupaten Kubu Raya", "61.12", "Kabupaten Kubu Raya"},
		{"Kepmendagri 2025: Jakarta Utara", "31.72", "Kota Administrasi Jakarta Utara"},
		{"Kepmendagri 2025: Papua Barat Daya (UU 29/2022)", "96", "Papua Barat Daya"},
		{"Kepmendagri 2025: Kota Sorong moved to Papua Barat Daya", "96.71", "Kota Sorong"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := d.Name(region.MustParse(tc.code))
			if !ok || got != tc.want {
				t.Errorf("Name(%s) = %q, %v; want %q", tc.code, got, ok, tc.want)
			}
		})
	}
	// Kota Sorong was 92.71 before Papua Barat Daya was formed.
	if _, ok := d.Name(region.MustParse("92.71")); ok {
		t.Error("92.71 (Kota Sorong before UU 29/2022) is listed")
	}
}

// TestCounts checks the size of the 2025 list: 38 provinces, 514 regencies
// and cities (416 kabupaten and 98 kota), 7,285 districts and 83,762
// villages, 91,599 areas in all, the figures of Kepmendagri
// 300.2.2-2138/2025.
func TestCounts(t *testing.T) {
	d := dir(t)
	want := map[region.Level]int{region.Province: 38, region.Regency: 514, region.District: 7285, region.Village: 83762}
	for l, n := range want {
		if got := d.Count(l); got != n {
			t.Errorf("Count(%v) = %d, want %d", l, got, n)
		}
	}
	if d.Len() != 91599 {
		t.Errorf("Len() = %d, want 91599", d.Len())
	}
	var kab, kota, n int
	var kinds [4]int
	for c := range d.All() {
		n++
		if c.Level() == region.Regency {
			if c.IsCity() {
				kota++
			} else {
				kab++
			}
		}
		k, ok := d.Kind(c)
		if ok != (c.Level() == region.Village) {
			t.Fatalf("Kind(%s) ok = %v", c, ok)
		}
		kinds[k]++
	}
	if n != 91599 || kab != 416 || kota != 98 {
		t.Errorf("All() gave %d areas, %d kabupaten, %d kota; want 91599, 416, 98", n, kab, kota)
	}
	// Counted in the source dump by the first digit of the village part
	// (awk over wilayah.sql), a pin of the copy rather than a published
	// figure: 8,496 kelurahan, 75,252 desa and 14 desa adat.
	if kinds[region.Kelurahan] != 8496 || kinds[region.Desa] != 75252 || kinds[region.DesaAdat] != 14 {
		t.Errorf("kinds = %v, want 8496 kelurahan, 75252 desa, 14 desa adat", kinds)
	}
}

// TestParentsExist walks the list: every code's parent is listed, codes are
// in order, and Children and the chain agree with the codes.
func TestParentsExist(t *testing.T) {
	d := dir(t)
	var prev region.Code
	for c, name := range d.All() {
		if name == "" || strings.TrimSpace(name) != name || strings.Contains(name, "  ") {
			t.Errorf("%s: name %q not clean", c, name)
		}
		if prev.IsValid() && prev.Compare(c) >= 0 {
			t.Fatalf("%s after %s", c, prev)
		}
		prev = c
		if p := c.Parent(); p.IsValid() && !d.Has(p) {
			t.Errorf("%s: parent %s not listed", c, p)
		}
	}
	if err := region.CheckList(d.All()); err != nil {
		t.Errorf("CheckList: %v", err)
	}
	n := 0
	for p := range d.Children(region.Code{}) {
		n++
		for r := range d.Children(p) {
			if r.Parent() != p {
				t.Fatalf("child %s of %s", r, p)
			}
		}
	}
	if n != 38 {
		t.Errorf("Children(zero) gave %d provinces, want 38", n)
	}
}

func TestChildren(t *testing.T) {
	d := dir(t)
	var got []string
	for c, name := range d.Children(region.MustParse("32.16")) {
		if len(got) < 2 {
			got = append(got, c.String()+" "+name)
		}
	}
	// Kabupaten Bekasi's first districts: 01 Tarumajaya, 02 Babelan.
	if strings.Join(got, "; ") != "32.16.01 Tarumajaya; 32.16.02 Babelan" {
		t.Errorf("Children(32.16) starts %q", got)
	}
	for _, c := range []string{"32.16.01.2001", "32.16.99", "32.69"} {
		for range d.Children(region.MustParse(c)) {
			t.Errorf("Children(%s) yields", c)
		}
	}
}

func TestChain(t *testing.T) {
	d := dir(t)
	for _, tc := range []struct {
		code, want string
		ok         bool
	}{
		{"32.16.01.2001", "Desa Sagara Makmur, Kecamatan Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat", true},
		{"32.16.01", "Kecamatan Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat", true},
		{"61.12", "Kabupaten Kubu Raya, Provinsi Kalimantan Barat", true},
		{"31.72", "Kota Administrasi Jakarta Utara, Provinsi Daerah Khusus Ibukota Jakarta", true},
		{"91.03.01.3007", "Desa Adat Yoboi, Kecamatan Sentani, Kabupaten Jayapura, Provinsi Papua", true},
		// Not listed: the chain stops at the last area found.
		{"32.16.01.2999", "Kecamatan Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat", false},
		{"32.16.99.2001", "Kabupaten Bekasi, Provinsi Jawa Barat", false},
	} {
		ch, ok := d.Chain(region.MustParse(tc.code))
		if ch.String() != tc.want || ok != tc.ok {
			t.Errorf("Chain(%s) = %q, %v; want %q, %v", tc.code, ch, ok, tc.want, tc.ok)
		}
	}
	if _, ok := d.Chain(region.Code{}); ok {
		t.Error("Chain(zero) ok")
	}
}

func TestKelurahanFromList(t *testing.T) {
	d := dir(t)
	// Gambir, Jakarta Pusat, is a kelurahan (31.71.01.1001).
	if k, ok := d.Kind(region.MustParse("31.71.01.1001")); !ok || k != region.Kelurahan {
		t.Errorf("Kind(31.71.01.1001) = %v, %v", k, ok)
	}
	if _, ok := d.Kind(region.MustParse("31.71.01.2001")); ok {
		t.Error("Kind of an unlisted village is ok")
	}
}

func TestEditionMatchesData(t *testing.T) {
	zr, err := gzip.NewReader(strings.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 200)
	n, _ := io.ReadFull(zr, head)
	if !strings.Contains(string(head[:n]), "\n# edition: "+Edition2025.Instrument+"\n") {
		t.Errorf("embedded header %q does not name %s", head[:n], Edition2025.Instrument)
	}
	d := dir(t)
	if d.Edition() != Edition2025 || d.Source().Instrument != "Kepmendagri 300.2.2-2138/2025" {
		t.Errorf("Edition() = %+v", d.Edition())
	}
	if c := d.Edition().Citation(); !strings.Contains(c, "300.2.2-2138") || !strings.Contains(c, "b7ad440a") {
		t.Errorf("Citation() = %q", c)
	}
}

func TestLookupsDoNotAllocate(t *testing.T) {
	d := dir(t)
	c := region.MustParse("32.16.01.2001")
	if n := testing.AllocsPerRun(100, func() {
		_, _ = d.Name(c)
		_, _ = d.Lookup(c)
		_, _ = d.Chain(c)
		_, _ = d.Kind(c)
	}); n != 0 {
		t.Errorf("lookups allocate %v times", n)
	}
}

func TestConcurrent(t *testing.T) {
	d := dir(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if r, err := d.Search("kubu raya", region.Code{}); err != nil || len(r) == 0 {
					t.Error("Search failed", err)
				}
				if _, ok := d.Chain(region.MustParse("61.12")); !ok {
					t.Error("Chain failed")
				}
			}
		})
	}
	wg.Wait()
}

func TestDecodeCorrupt(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"no parent", "11\tAceh\n..01\tX\n"},
		{"out of order", "12\tA\n11\tB\n"},
		{"bad code", "11\tAceh\n.70\tX\n"},
		{"no name", "11\n"},
	} {
		var b strings.Builder
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte(tc.text))
		_ = zw.Close()
		if _, err := decode(b.String(), Edition{}); err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	if _, err := decode("not gzip", Edition{}); err == nil {
		t.Error("not gzip: no error")
	}
}

// TestNew builds a replacement list and checks its problems: each names the
// code.
func TestNew(t *testing.T) {
	e := func(code, name string) region.Entry { return region.Entry{Code: region.MustParse(code), Name: name} }
	local := Edition{Instrument: "local list 2026", Confidence: "unconfirmed"}
	d, err := New([]region.Entry{
		e("32.16.01.2001", "Sagara  Makmur "),
		e("32.16", "Kabupaten Bekasi"),
		e("32.16.01", "Tarumajaya"),
	}, local)
	if err != nil {
		t.Fatal(err)
	}
	ch, ok := d.Chain(region.MustParse("32.16.01.2001"))
	// The province comes from region's table when the list lacks it.
	if !ok || ch.String() != "Desa Sagara Makmur, Kecamatan Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat" {
		t.Errorf("Chain = %q, %v", ch, ok)
	}
	if r, err := d.Search("sagara makmur", region.Code{}); err != nil || len(r) != 1 {
		t.Errorf("Search = %v, %v", r, err)
	}
	if d.Source().Instrument != "local list 2026" {
		t.Errorf("Source = %v", d.Source())
	}

	_, err = New([]region.Entry{
		e("32.16", "Kabupaten Bekasi"),
		e("32.16", "Kabupaten Bekasi"),
		e("32.16.02.2001", "Orphan"),
		e("32.16.01", ""),
		e("32.16.01", strings.Repeat("x", 300)),
	}, local)
	var list problem.List
	if !errors.As(err, &list) {
		t.Fatalf("err = %v", err)
	}
	got := map[problem.Code]string{}
	for _, p := range list {
		got[p.Code] += p.Field + "=" + p.Value + " "
	}
	for code, want := range map[problem.Code]string{
		"region.duplicate":     "[1].code=32.16 [4].code=32.16.01 ",
		"region.orphan":        "[2].code=32.16.02.2001 ",
		"region.name_required": "[3].name=32.16.01 ",
	} {
		if got[code] != want {
			t.Errorf("%s: %q, want %q (all: %v)", code, got[code], want, list)
		}
	}
	if !errors.Is(err, region.ErrOrphan) || !errors.Is(err, region.ErrDuplicate) {
		t.Errorf("err does not wrap ErrOrphan and ErrDuplicate: %v", err)
	}
	if _, err := New([]region.Entry{e("32.16", strings.Repeat("x", 300))}, local); !errors.Is(err, ErrNameTooLong) {
		t.Errorf("long name: %v", err)
	}
}

func TestLoadCSV(t *testing.T) {
	_, err := LoadCSV(strings.NewReader("kode,nama\n32.16,Kabupaten Bekasi\n32.16.01,Tarumajaya\n32.16.01,Tarumajaya\n32.16.02.2001,Orphan\n"), Edition{})
	if !errors.Is(err, region.ErrDuplicate) || !strings.Contains(err.Error(), "baris 4, kolom kode: sudah ada pada baris 3") {
		t.Errorf("duplicate: %v", err)
	}
	_, err = LoadCSV(strings.NewReader("kode,nama\n32.16,Kabupaten Bekasi\n32.16.02.2001,Orphan\n"), Edition{})
	var pe *problem.Error
	if !errors.Is(err, region.ErrOrphan) || !errors.As(err, &pe) || pe.Field != "code" || pe.Value != "32.16.02.2001" {
		t.Errorf("orphan: %v", err)
	}
	d, err := LoadCSV(strings.NewReader("32.16,Kabupaten Bekasi\n32.16.01,Tarumajaya\n"), Edition{Instrument: "local"})
	if err != nil || d.Len() != 40 { // the 38 provinces are added
		t.Errorf("LoadCSV = %v, %v", d.Len(), err)
	}
}

func TestFromTable(t *testing.T) {
	tab, err := region.LoadCSV(strings.NewReader("kode,nama\n32.16,Kabupaten Bekasi\n32.16.01.2001,Sagara Makmur\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromTable(tab, Edition{Instrument: "file"})
	if !errors.Is(err, region.ErrOrphan) || !strings.Contains(err.Error(), "32.16.01.2001") || !strings.Contains(err.Error(), "32.16.01 ") {
		t.Errorf("FromTable without the district: %v", err)
	}
}

// TestProvincesAgree checks the list's provinces against region's table of
// the 38: the same codes, and the same names but for the two the table
// gives in their short form.
func TestProvincesAgree(t *testing.T) {
	d := dir(t)
	short := map[string]string{"31": "Daerah Khusus Ibukota Jakarta", "34": "Daerah Istimewa Yogyakarta"}
	var n int
	for c, name := range d.Children(region.Code{}) {
		n++
		want, ok := region.ProvinceName(c)
		if long, isShort := short[c.String()]; isShort {
			want = long
		}
		if !ok || name != want {
			t.Errorf("province %s: list %q, region %q", c, name, want)
		}
	}
	if n != len(region.Provinces()) {
		t.Errorf("%d provinces in the list, %d in region", n, len(region.Provinces()))
	}
}
