package wilayah

import (
	"strings"

	"github.com/desasadar/jamsos/region"
)

// Chain is an area with the areas it lies in, one entry per level. Levels
// below the area's own are zero entries: the chain of a district has no
// Village.
type Chain struct {
	// Province is the province the area lies in, or the area itself.
	Province region.Entry `json:"province"`
	// Regency is the regency or city, zero for a province.
	Regency region.Entry `json:"regency,omitzero"`
	// District is the district (kecamatan), zero above the district level.
	District region.Entry `json:"district,omitzero"`
	// Village is the village (desa or kelurahan), zero above the village
	// level.
	Village region.Entry `json:"village,omitzero"`
}

// Chain returns the area with code c and the areas it lies in. It is false
// when the list does not have c; the chain then holds the areas above c
// that the list does have. Chain does not allocate.
func (d *Directory) Chain(c region.Code) (Chain, bool) {
	var ch Chain
	i := d.index(c)
	if i < 0 {
		// Not listed: the chain of the finest area above c that is.
		for p := c.Parent(); p.IsValid(); p = p.Parent() {
			if i = d.index(p); i >= 0 {
				break
			}
		}
		d.fill(&ch, i)
		return ch, false
	}
	d.fill(&ch, i)
	return ch, true
}

// fill sets the entries of ch from the area at index i and its ancestors.
func (d *Directory) fill(ch *Chain, i int) {
	for ; i >= 0; i = int(d.up[i]) {
		*ch.at(d.codes[i].Level()) = d.entry(i)
	}
}

func (ch *Chain) at(l region.Level) *region.Entry {
	switch l {
	case region.Province:
		return &ch.Province
	case region.Regency:
		return &ch.Regency
	case region.District:
		return &ch.District
	}
	return &ch.Village
}

// Area returns the finest entry of the chain: the area the chain was asked
// for, or the finest one found above it.
func (ch Chain) Area() region.Entry {
	for _, e := range [4]region.Entry{ch.Village, ch.District, ch.Regency, ch.Province} {
		if e.Code.IsValid() {
			return e
		}
	}
	return region.Entry{}
}

// String returns the chain as a person writes an address, finest first, each
// name with the word for its level: "Desa Sagara Makmur, Kecamatan
// Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat". See [Label] for the
// words.
func (ch Chain) String() string {
	var b strings.Builder
	for _, e := range [4]region.Entry{ch.Village, ch.District, ch.Regency, ch.Province} {
		if !e.Code.IsValid() {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Label(e))
	}
	return b.String()
}

// Label returns an area's name with the word for its level in front:
// "Provinsi Jawa Barat", "Kecamatan Tarumajaya", "Desa Sagara Makmur",
// "Kelurahan Menteng". A regency's or city's name in the list already starts
// with "Kabupaten" or "Kota" and is left as it is; one that does not (from
// another list) gets "Kabupaten" or "Kota" by its code. A village gets
// "Desa", "Kelurahan" or "Desa Adat" by its code, unless its name already
// starts with that word.
//
// The words are the national ones of the village and regional government
// laws; local names for the same tiers (distrik and kampung in Papua,
// gampong in Aceh, nagari in Sumatera Barat) are not applied.
func Label(e region.Entry) string {
	var word string
	switch e.Code.Level() {
	case region.Province:
		word = "Provinsi"
	case region.Regency:
		if hasWord(e.Name, "Kabupaten") || hasWord(e.Name, "Kota") {
			return e.Name
		}
		word = "Kabupaten"
		if e.Code.IsCity() {
			word = "Kota"
		}
	case region.District:
		word = "Kecamatan"
	case region.Village:
		switch e.Code.VillageKind() {
		case region.Kelurahan:
			word = "Kelurahan"
		case region.DesaAdat:
			word = "Desa Adat"
		default:
			word = "Desa"
		}
	default:
		return e.Name
	}
	if hasWord(e.Name, word) {
		return e.Name
	}
	return word + " " + e.Name
}

// hasWord reports whether name starts with word, in any case, followed by a
// space or nothing.
func hasWord(name, word string) bool {
	return len(name) >= len(word) && strings.EqualFold(name[:len(word)], word) &&
		(len(name) == len(word) || name[len(word)] == ' ')
}
