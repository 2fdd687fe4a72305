package wilayah_test

import (
	"errors"
	"fmt"

	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
)

func ExampleDefault() {
	d := wilayah.Default()
	name, _ := d.Name(region.MustParse("32.16"))
	fmt.Println(name)
	fmt.Println(d.Count(region.District), "districts in", d.Edition().Instrument)
	// Output:
	// Kabupaten Bekasi
	// 7285 districts in Kepmendagri 300.2.2-2138/2025
}

func ExampleDirectory_Chain() {
	ch, ok := wilayah.Default().Chain(region.MustParse("32.16.01.2001"))
	fmt.Println(ok, ch)
	fmt.Println(ch.District.Name, "/", ch.Regency.Name)
	// Output:
	// true Desa Sagara Makmur, Kecamatan Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat
	// Tarumajaya / Kabupaten Bekasi
}

func ExampleDirectory_Search() {
	d := wilayah.Default()
	for _, q := range []string{"Bekasi", "Kab. Bekasi", "kota  BEKASI"} {
		found, _ := d.Search(q, region.MustParse("32"))
		fmt.Printf("%q:", q)
		for _, e := range found {
			fmt.Print(" ", e.Code, " ", e.Name, ";")
		}
		fmt.Println()
	}
	// Output:
	// "Bekasi": 32.16 Kabupaten Bekasi; 32.75 Kota Bekasi;
	// "Kab. Bekasi": 32.16 Kabupaten Bekasi;
	// "kota  BEKASI": 32.75 Kota Bekasi;
}

func ExampleDirectory_Find() {
	d := wilayah.Default()
	e, err := d.Find("kubu raya", region.MustParse("61"))
	fmt.Println(e.Code, e.Name, err)

	_, err = d.Find("Bekasi", region.Code{})
	fmt.Println(errors.Is(err, wilayah.ErrAmbiguous))
	// Output:
	// 61.12 Kabupaten Kubu Raya <nil>
	// true
}

func ExampleDirectory_Children() {
	n, kel := 0, 0
	for c := range wilayah.Default().Children(region.MustParse("31.71.01")) {
		n++
		if c.VillageKind() == region.Kelurahan {
			kel++
		}
	}
	fmt.Println(n, "villages in Gambir,", kel, "of them kelurahan")
	// Output:
	// 6 villages in Gambir, 6 of them kelurahan
}

// A village code checked against the list: by default a warning that names
// the nearest codes of the district; in strict mode an error.
func Example_checkCode() {
	d := wilayah.Default()
	warns, _ := region.CheckCode(d, region.MustParse("32.16.01.2019"), region.CheckOptions{Suggest: 2})
	fmt.Println(warns[0].Code)
	fmt.Println(warns[0].EN)

	note := region.CheckIssuingDistrict(d, region.MustParse("32.16.24"))
	fmt.Println(note.Code)
	// Output:
	// region.unlisted_village
	// the village code 32.16.01.2019 is not in the Kepmendagri 300.2.2-2138/2025 list; nearest existing codes: 32.16.01.2008 Pantai Makmur, 32.16.01.2006 Samudra Jaya
	// region.nik_district_unlisted
}

// Another list in place of the embedded one: a local file of names, checked
// as a whole.
func ExampleNew() {
	local := wilayah.Edition{Instrument: "daftar desa kabupaten 2026", Confidence: "unconfirmed"}
	_, err := wilayah.New([]region.Entry{
		{Code: region.MustParse("32.16"), Name: "Kabupaten Bekasi"},
		{Code: region.MustParse("32.16.01.2001"), Name: "Sagara Makmur"},
	}, local)
	fmt.Println(errors.Is(err, region.ErrOrphan), err)
	// Output:
	// true entri ke-2, kode: kode ini tidak mempunyai induk: kecamatan 32.16.01 tidak ada dalam daftar (32.16.01.2001)
}

// Labelled names areas with their level, for a village plan's header.
func ExampleLabelled() {
	dir := wilayah.Labelled(wilayah.Default())
	for _, c := range []string{"61.12.01.2001", "61.12.01", "61.12"} {
		name, _ := dir.Name(region.MustParse(c))
		fmt.Println(name)
	}
	// Output:
	// Desa Sungai Raya
	// Kecamatan Sungai Raya
	// Kabupaten Kubu Raya
}
