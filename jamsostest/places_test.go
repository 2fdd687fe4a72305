package jamsostest

import (
	"testing"

	"github.com/desasadar/jamsos/region"
)

// The built-in places hold nine districts in nine provinces, with names as
// the 2025 Kemendagri list gives them (32.16 is Kabupaten Bekasi, 32.16.01
// Tarumajaya, 61.12 Kabupaten Kubu Raya), and desa to make rosters in.
func TestDefaultPlaces(t *testing.T) {
	p := DefaultPlaces()
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
