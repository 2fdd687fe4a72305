package region_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

func ExampleParse() {
	c, err := region.Parse("3216012001")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c, c.Level(), c.VillageKind())

	_, err = region.Parse("99.01")
	fmt.Println(errors.Is(err, region.ErrUnknownProvince))
	var pe *problem.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Code)
		fmt.Println(pe.Message(problem.English))
	}
	// Output:
	// 32.16.01.2001 village desa
	// true
	// region.unknown_province
	// code: province code 99 is not one of the 38 provinces of Kepmendagri 300.2.2-2138/2025 (99.01)
}

func ExampleCode() {
	desa := region.MustParse("32.16.01.2001")
	fmt.Println(desa.Compact())
	fmt.Println(desa.District(), desa.Regency(), desa.Province())
	fmt.Println(desa.Parent())
	fmt.Println(desa.IsRegency(), desa.IsCity())
	fmt.Println(desa.Regency().Contains(desa), desa.Contains(desa.Regency()))

	kelurahan := region.MustParse("31.71.01.1001")
	fmt.Println(kelurahan.VillageKind(), kelurahan.IsCity())

	var zero region.Code
	fmt.Printf("%q %v\n", zero, zero.IsValid())
	// Output:
	// 3216012001
	// 32.16.01 32.16 32
	// 32.16.01
	// true false
	// true false
	// kelurahan true
	// "" false
}

func ExampleProvinceName() {
	name, _ := region.ProvinceName(region.MustParse("32.16.01.2001"))
	fmt.Println(name)
	name, _ = region.ProvinceName(region.MustParse("95"))
	fmt.Println(name)
	fmt.Println(len(region.Provinces()), region.ProvinceSource.Instrument)
	// Output:
	// Jawa Barat
	// Papua Pegunungan
	// 38 Kepmendagri 300.2.2-2138/2025
}

func ExampleLoadCSV() {
	const names = `kode,nama
32.16,Kabupaten Bekasi
32.16.01,Tarumajaya
3216012001,Sagara Makmur
`
	tab, err := region.LoadCSV(strings.NewReader(names))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := region.MustParse("32.16.01.2001")
	for a := c; a.IsValid(); a = a.Parent() {
		name, _ := tab.Name(a)
		fmt.Printf("%-13s %-9s %s\n", a, a.Level(), name)
	}

	const bad = `32.16,Kabupaten Bekasi
32.16.00,Tanpa Kecamatan
3216,Bekasi
`
	_, err = region.LoadCSV(strings.NewReader(bad))
	var list problem.List
	if errors.As(err, &list) {
		fmt.Println(list.Message(problem.English))
	}
	// Output:
	// 32.16.01.2001 village   Sagara Makmur
	// 32.16.01      district  Tarumajaya
	// 32.16         regency   Kabupaten Bekasi
	// 32            province  Jawa Barat
	// line 2, column code: a district code cannot be 00 (32.16.00)
	// line 3, column code: already appears on line 1 (32.16)
}

func ExampleTable_All() {
	tab, _ := region.LoadCSV(strings.NewReader("32.75,Kota Bekasi\n32.16,Kabupaten Bekasi\n"))
	for code, name := range tab.All() {
		fmt.Println(code, name)
	}
	// Output:
	// 32.16 Kabupaten Bekasi
	// 32.75 Kota Bekasi
}
