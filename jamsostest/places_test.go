package jamsostest

import (
	"testing"

	"github.com/desasadar/jamsos/region"
)

// The built-in places of the corpus hold nine districts in nine provinces,
// with names as the 2025 Kemendagri list gives them (32.16 is Kabupaten
// Bekasi, 32.16.01 Tarumajaya, 61.12 Kabupaten Kubu Raya), and desa to make
// rosters in.
func TestBuiltinPlaces(t *testing.T) {
	p := builtinPlaces()
	ds := p.Districts()
	if len(ds) != 9 {
		t.Fatalf("%d districts", len(ds))
	}
	provinces := map[region.Code]bool{}
	for _, d := range ds {
		provinces[d.Province()] = true
		if _, ok := p.Name(d); !ok {
			t.Errorf("%s has no name", d)
		}
		if _, ok := p.Name(d.Regency()); !ok {
			t.Errorf("%s has no regency name", d)
		}
		if len(p.Villages(d)) == 0 {
			t.Errorf("%s has no village", d)
		}
	}
	if len(provinces) != 9 {
		t.Errorf("%d provinces", len(provinces))
	}
	for code, name := range map[string]string{"32.16": "Kabupaten Bekasi", "32.16.01": "Tarumajaya", "61.12": "Kabupaten Kubu Raya"} {
		if got, _ := p.Name(region.MustParse(code)); got != name {
			t.Errorf("%s is %q, want %q", code, got, name)
		}
	}
	if len(p.Desa()) < 30 || !p.HasVillage(region.MustParse("61.12.01.2001")) || p.HasVillage(region.MustParse("61.12.01")) ||
		!p.HasDistrict(region.MustParse("94.01.01")) || p.HasDistrict(region.MustParse("94.01")) {
		t.Errorf("%d desa; lookups wrong", len(p.Desa()))
	}
}

// The default places are the full 2025 list: 7,285 districts (Kepmendagri
// 300.2.2-2138/2025 as embedded by region/wilayah), with the names of the
// list, and every one of the built-in places among them.
func TestDefaultPlaces(t *testing.T) {
	p := DefaultPlaces()
	if n := len(p.Districts()); n != 7285 {
		t.Errorf("%d districts, want 7,285", n)
	}
	for code, name := range map[string]string{"32.16": "Kabupaten Bekasi", "32.16.01": "Tarumajaya", "61.12": "Kabupaten Kubu Raya"} {
		if got, _ := p.Name(region.MustParse(code)); got != name {
			t.Errorf("%s is %q, want %q", code, got, name)
		}
	}
	b := builtinPlaces()
	for _, d := range b.Districts() {
		if !p.HasDistrict(d) {
			t.Errorf("built-in district %s is not in the full list", d)
		}
		for _, v := range b.Villages(d) {
			bn, _ := b.Name(v)
			if n, ok := p.Name(v); !ok || n != bn {
				t.Errorf("built-in village %s %q is %q in the full list", v, bn, n)
			}
		}
	}
	if p.HasDistrict(region.MustParse("32.99.01")) {
		t.Error("32.99.01 is not a district of the list")
	}
}
