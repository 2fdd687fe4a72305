package jamsostest

import (
	"iter"
	"slices"
	"sync"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
)

// Places are the real districts and villages the generators draw from: the
// issuing district of a NIK, the domicile of a participant, the village of
// a roster or a network. Build them with [NewPlaces] from any list of area
// codes and names; [DefaultPlaces] is the full embedded 2025 list.
//
// Places answer names as a region.Directory does. They are immutable and
// safe for concurrent use.
type Places struct {
	names     map[region.Code]string
	districts []region.Code                 // sorted
	villages  map[region.Code][]region.Code // district → its villages, sorted
	desa      []region.Code                 // every desa and desa adat, sorted
}

var _ region.Directory = (*Places)(nil)

// NewPlaces builds Places from a list of area codes and names at any
// level, such as region.Table.All gives, or a directory of the full
// Kemendagri list. Districts and villages are kept (with their names);
// provinces and regencies give names only. The list must hold at least one
// district and one desa (a village with its own budget, which rosters and
// networks need), and every village's district must be in it. Every
// problem is reported at once, wrapping [ErrInvalidSpec].
func NewPlaces(areas iter.Seq2[region.Code, string]) (*Places, error) {
	p := &Places{names: make(map[region.Code]string), villages: make(map[region.Code][]region.Code)}
	var vills []region.Code
	for c, name := range areas {
		if !c.IsValid() {
			continue
		}
		p.names[c] = name
		switch c.Level() {
		case region.District:
			p.districts = append(p.districts, c)
		case region.Village:
			vills = append(vills, c)
		}
	}
	slices.SortFunc(p.districts, region.Code.Compare)
	p.districts = slices.Compact(p.districts)
	slices.SortFunc(vills, region.Code.Compare)
	vills = slices.Compact(vills)
	var l problem.List
	for _, v := range vills {
		d := v.District()
		if _, ok := slices.BinarySearchFunc(p.districts, d, region.Code.Compare); !ok {
			l.Add(specError("jamsostest.orphan_village", "places", v.String(),
				"desa/kelurahan ini tidak mempunyai kecamatan dalam daftar",
				"this village's district is not in the list"))
			continue
		}
		p.villages[d] = append(p.villages[d], v)
		if k := v.VillageKind(); k == region.Desa || k == region.DesaAdat {
			p.desa = append(p.desa, v)
		}
	}
	if len(p.districts) == 0 {
		l.Add(specError("jamsostest.no_district", "places", "",
			"tidak berisi kecamatan", "holds no district"))
	}
	if len(p.desa) == 0 {
		l.Add(specError("jamsostest.no_desa", "places", "",
			"tidak berisi desa", "holds no desa"))
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// DefaultPlaces returns the places of Kemendagri's full 2025 list, as
// package region/wilayah embeds it: all 7,285 districts and their villages
// (desa and kelurahan), with the names of every province and regency. They
// are built on first use, in some tens of milliseconds, and shared
// afterwards.
//
// The corpus ([NewCorpus]) keeps to a small built-in table of nine real
// districts in nine provinces instead, so that a corpus version stays the
// same data whatever the list becomes. To draw from another list, pass its
// entries to [NewPlaces]:
//
//	places, err := jamsostest.NewPlaces(table.All())
//
// where table is a *region.Table or any directory with such an All method.
func DefaultPlaces() *Places { return fullPlaces() }

// fullPlaces are the places of the embedded 2025 list.
var fullPlaces = sync.OnceValue(func() *Places {
	p, err := NewPlaces(wilayah.Default().All())
	if err != nil {
		panic(err) // the embedded list is checked by a test
	}
	return p
})

// builtinPlaces are the places of the table below.
var builtinPlaces = sync.OnceValue(func() *Places {
	p, err := NewPlaces(func(yield func(region.Code, string) bool) {
		for _, e := range builtinTable {
			if !yield(region.MustParse(e.code), e.name) {
				return
			}
		}
	})
	if err != nil {
		panic(err) // the built-in table is checked by a test
	}
	return p
})

// Name returns the name of the area with code c, if the places know it.
func (p *Places) Name(c region.Code) (string, bool) {
	n, ok := p.names[c]
	return n, ok
}

// Districts returns every district, sorted. The slice is a copy.
func (p *Places) Districts() []region.Code { return slices.Clone(p.districts) }

// Villages returns the villages of a district, sorted; none for a district
// the places do not hold. The slice is a copy.
func (p *Places) Villages(district region.Code) []region.Code {
	return slices.Clone(p.villages[district])
}

// Desa returns every desa and desa adat, sorted: the villages with their
// own budget and officials. The slice is a copy.
func (p *Places) Desa() []region.Code { return slices.Clone(p.desa) }

// HasDistrict reports whether c is one of the districts.
func (p *Places) HasDistrict(c region.Code) bool {
	_, ok := slices.BinarySearchFunc(p.districts, c, region.Code.Compare)
	return ok && c.Level() == region.District
}

// HasVillage reports whether c is one of the villages.
func (p *Places) HasVillage(c region.Code) bool {
	return c.Level() == region.Village && slices.Contains(p.villages[c.District()], c)
}

// builtinTable are the areas of DefaultPlaces, copied from the 2025
// Kemendagri list of area codes and names (Kepmendagri 300.2.2-2138/2025,
// as published in the wilayah dataset of Cahya DSN, MIT licence, see
// NOTICE): for each
// district its regency, the district and its first villages in code order
// (a village code 1xxx is a kelurahan, 2xxx a desa).
var builtinTable = []struct{ code, name string }{
	{"11.01", "Kabupaten Aceh Selatan"},
	{"11.01.01", "Bakongan"},
	{"11.01.01.2001", "Keude Bakongan"},
	{"11.01.01.2002", "Ujong Mangki"},
	{"11.01.01.2003", "Ujong Padang"},
	{"11.01.01.2004", "Gampong Drien"},
	{"11.01.01.2015", "Darul Ikhsan"},
	{"11.01.01.2016", "Padang Beurahan"},
	{"31.71", "Kota Administrasi Jakarta Pusat"},
	{"31.71.01", "Gambir"},
	{"31.71.01.1001", "Gambir"},
	{"31.71.01.1002", "Cideng"},
	{"31.71.01.1003", "Petojo Utara"},
	{"31.71.01.1004", "Petojo Selatan"},
	{"31.71.01.1005", "Kebon Kelapa"},
	{"31.71.01.1006", "Duri Pulo"},
	{"32.16", "Kabupaten Bekasi"},
	{"32.16.01", "Tarumajaya"},
	{"32.16.01.1007", "Setia Asih"},
	{"32.16.01.2001", "Sagara Makmur"},
	{"32.16.01.2002", "Segarajaya"},
	{"32.16.01.2003", "Pusaka Rakyat"},
	{"32.16.01.2004", "Pahlawan Setia"},
	{"32.16.01.2005", "Setia Mulya"},
	{"33.22", "Kabupaten Semarang"},
	{"33.22.01", "Getasan"},
	{"33.22.01.2001", "Tajuk"},
	{"33.22.01.2002", "Batur"},
	{"33.22.01.2003", "Kopeng"},
	{"33.22.01.2004", "Tolokan"},
	{"33.22.01.2005", "Wates"},
	{"33.22.01.2006", "Getasan"},
	{"35.07", "Kabupaten Malang"},
	{"35.07.01", "Donomulyo"},
	{"35.07.01.2001", "Tulungrejo"},
	{"35.07.01.2002", "Banjarejo"},
	{"35.07.01.2003", "Kedungsalam"},
	{"35.07.01.2004", "Tlogosari"},
	{"35.07.01.2005", "Tempursari"},
	{"35.07.01.2006", "Donomulyo"},
	{"51.03", "Kabupaten Badung"},
	{"51.03.01", "Kuta"},
	{"51.03.01.1001", "Tuban"},
	{"51.03.01.1002", "Kuta"},
	{"51.03.01.1003", "Kedonganan"},
	{"51.03.01.1004", "Legian"},
	{"51.03.01.1005", "Seminyak"},
	{"61.12", "Kabupaten Kubu Raya"},
	{"61.12.01", "Sungai Raya"},
	{"61.12.01.2001", "Sungai Raya"},
	{"61.12.01.2002", "Sungai Ambangah"},
	{"61.12.01.2003", "Arang Limbung"},
	{"61.12.01.2004", "Kuala Dua"},
	{"61.12.01.2005", "Tebang Kacang"},
	{"61.12.01.2006", "Sungai Asam"},
	{"73.09", "Kabupaten Maros"},
	{"73.09.01", "Mandai"},
	{"73.09.01.1001", "Hasanuddin"},
	{"73.09.01.1002", "Bontoa"},
	{"73.09.01.2003", "Tenrigangkae"},
	{"73.09.01.2004", "Pattontongang"},
	{"73.09.01.2006", "Baji Mangngai"},
	{"94.01", "Kabupaten Nabire"},
	{"94.01.01", "Nabire"},
	{"94.01.01.1001", "Wonorejo"},
	{"94.01.01.1002", "Kali Bobo"},
	{"94.01.01.1003", "Morgo"},
	{"94.01.01.1004", "Girimulyo"},
	{"94.01.01.1005", "Karang Tumaritis"},
	{"94.01.01.1006", "Oyehe"},
	{"94.01.01.2010", "Kalisusu"},
	{"94.01.01.2011", "Kali Harapan"},
}
