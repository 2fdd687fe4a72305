package wilayah

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/desasadar/jamsos/region"
)

// MaxQuery is the longest name, in bytes, that [Directory.Search] and
// [Directory.Find] accept.
const MaxQuery = 200

// key is one entry of the search index: a normalised name of the area at
// codes[idx], keyText[off : off+n].
type key struct {
	off uint32
	idx int32
	n   uint8
	// full is set when text is the area's whole name; core when it is the
	// name without the word for the area's level ("bekasi" for Kabupaten
	// Bekasi). Both are set when the two are the same.
	full, core bool
}

// kind is what a leading word of a name says about the area: its level,
// for a regency whether it is a kabupaten or a kota, for a village its kind.
type kind struct {
	level region.Level
	city  int8 // +1 kota, -1 kabupaten, 0 either
	vil   region.VillageKind
	adat  bool // "desa" matches a desa adat too
}

// fits reports whether the area with code c is of kind k.
func (k kind) fits(c region.Code) bool {
	if c.Level() != k.level {
		return false
	}
	switch {
	case k.city > 0 && !c.IsCity(), k.city < 0 && !c.IsRegency():
		return false
	case k.vil != 0 && c.VillageKind() != k.vil && !(k.adat && c.VillageKind() == region.DesaAdat):
		return false
	}
	return true
}

// abbreviations are the short forms of words inside names that lists and
// people write either way: the 2025 list has "Kabupaten Kep. Siau
// Tagulandang Biaro" for Kabupaten Kepulauan Siau Tagulandang Biaro (71.09).
var abbreviations = map[string]string{
	"kep": "kepulauan",
}

// words splits a name into lower-case words of letters and digits, with the
// [abbreviations] written out.
// Apostrophes are dropped ("Ba'u" is one word, "bau"); every other
// character that is not a letter or digit separates words ("Kab.", "Ujung-
// Batu").
func words(s string) []string {
	var (
		out []string
		w   strings.Builder
	)
	flush := func() {
		if w.Len() > 0 {
			word := w.String()
			if long, ok := abbreviations[word]; ok {
				word = long
			}
			out = append(out, word)
			w.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '\u2019' || r == '`' || r == '\u2018':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

// leading reads the words for a level at the start of ws: "kabupaten",
// "kab", "kota", "kota administrasi", "kecamatan", "desa", "kelurahan" and
// the like. It returns the kind they say and the words after them, or the
// zero kind and ws.
func leading(ws []string) (kind, []string) {
	if len(ws) < 2 {
		return kind{}, ws
	}
	var k kind
	n := 1
	switch ws[0] {
	case "provinsi", "propinsi", "prov", "prop":
		k = kind{level: region.Province}
	case "kabupaten", "kab":
		k = kind{level: region.Regency, city: -1}
	case "kota", "kotamadya":
		k = kind{level: region.Regency, city: +1}
	case "kecamatan", "kec", "distrik":
		k = kind{level: region.District}
	case "kelurahan", "kel":
		k = kind{level: region.Village, vil: region.Kelurahan}
	case "desa":
		k = kind{level: region.Village, vil: region.Desa, adat: true}
		if ws[1] == "adat" && len(ws) > 2 {
			k, n = kind{level: region.Village, vil: region.DesaAdat}, 2
		}
	default:
		return kind{}, ws
	}
	if k.level == region.Regency && (ws[1] == "administrasi" || ws[1] == "adm") && len(ws) > 2 {
		n = 2
	}
	return k, ws[n:]
}

// buildIndex makes the search index: for each area its whole name and,
// when the name starts with the word for its level, the name without it;
// for a province also region's short name ("DKI Jakarta").
func (d *Directory) buildIndex() {
	var (
		keys = make([]key, 0, len(d.codes)+len(d.codes)/16)
		text strings.Builder
	)
	add := func(s string, i int, full, core bool) {
		keys = append(keys, key{off: uint32(text.Len()), idx: int32(i), n: uint8(min(len(s), 255)), full: full, core: core})
		text.WriteString(s[:min(len(s), 255)])
	}
	for i, c := range d.codes {
		ws := words(d.name(i))
		full := strings.Join(ws, "")
		k, rest := leading(ws)
		core := full
		if k.level != 0 && k.fits(c) {
			core = strings.Join(rest, "")
		}
		if core == full {
			add(full, i, true, true)
		} else {
			add(full, i, true, false)
			add(core, i, false, true)
		}
		if c.Level() == region.Province {
			if short, ok := region.ProvinceName(c); ok {
				if s := strings.Join(words(short), ""); s != full {
					add(s, i, true, true)
				}
			}
		}
	}
	d.keyText = text.String()
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(strings.Compare(d.keyString(a), d.keyString(b)), cmp.Compare(a.idx, b.idx))
	})
	d.keys = keys
}

func (d *Directory) keyString(k key) string { return d.keyText[k.off : k.off+uint32(k.n)] }

// lookupKey calls f for every index entry whose text is s.
func (d *Directory) lookupKey(s string, f func(key)) {
	i, _ := slices.BinarySearchFunc(d.keys, s, func(k key, s string) int { return strings.Compare(d.keyString(k), s) })
	for ; i < len(d.keys) && d.keyString(d.keys[i]) == s; i++ {
		f(d.keys[i])
	}
}

// Search returns the areas within the area with code within (the whole
// country for the zero Code) whose name matches name, in code order.
//
// Names are compared as normalised: case, spaces and punctuation do not
// count ("Kubu Raya", "kubu  raya" and "KUBURAYA" are the same name;
// "Ba'u" and "Bau" too). A leading word for a level narrows the search to
// that level: "Kabupaten" or "Kab." to regencies, "Kota" (also "Kota
// Administrasi") to cities, "Kecamatan" or "Distrik" to districts, "Desa",
// "Desa Adat" or "Kelurahan" to villages of that kind, "Provinsi" to
// provinces. Without one, a name matches an area whatever its level, with or
// without the word its list name starts with: "Bekasi" finds both Kabupaten
// Bekasi and Kota Bekasi, "Kota Bekasi" only the city. A name that itself
// starts with such a word (the district Kota Juang) is found by its whole
// name too. A province is also found by region's short name ("DKI
// Jakarta").
//
// A name that matches nothing gives an empty result, not an error. An empty
// name, or one longer than [MaxQuery] bytes, is an error ([ErrQuery]); so is
// a within that the list does not have ([region.ErrUnlisted], with the
// nearest codes suggested).
//
// The first search builds an index of the list's names, which takes some
// tens of milliseconds; a search then costs a few binary searches.
func (d *Directory) Search(name string, within region.Code) ([]region.Entry, error) {
	if d == nil {
		return nil, nil
	}
	if len(name) > MaxQuery {
		return nil, errQueryLong(name)
	}
	if strings.TrimSpace(name) == "" {
		return nil, errQueryEmpty()
	}
	from, to := d.within(within)
	if from < 0 {
		_, err := region.CheckCode(d, within, region.CheckOptions{Strict: true})
		return nil, err
	}
	d.searchOnce.Do(d.buildIndex)

	ws := words(name)
	if len(ws) == 0 {
		return nil, nil
	}
	full := strings.Join(ws, "")
	k, rest := leading(ws)
	var hits []int32
	in := func(i int32) bool { return int(i) >= from && int(i) < to }
	d.lookupKey(full, func(x key) {
		if (x.full || k.level == 0) && in(x.idx) {
			hits = append(hits, x.idx)
		}
	})
	if k.level != 0 {
		d.lookupKey(strings.Join(rest, ""), func(x key) {
			if x.core && k.fits(d.codes[x.idx]) && in(x.idx) {
				hits = append(hits, x.idx)
			}
		})
	}
	slices.Sort(hits)
	hits = slices.Compact(hits)
	out := make([]region.Entry, len(hits))
	for j, i := range hits {
		out[j] = d.entry(int(i))
	}
	return out, nil
}

// Find returns the one area within the area with code within (the whole
// country for the zero Code) whose name matches name, as [Directory.Search]
// matches names. A name that matches nothing is an error wrapping
// [ErrNoMatch]; one that matches several areas an error wrapping
// [ErrAmbiguous] that names them (the first five, in code order).
func (d *Directory) Find(name string, within region.Code) (region.Entry, error) {
	found, err := d.Search(name, within)
	if err != nil {
		return region.Entry{}, err
	}
	switch len(found) {
	case 0:
		return region.Entry{}, d.errNoMatch(name, within)
	case 1:
		return found[0], nil
	}
	return region.Entry{}, d.errAmbiguous(name, within, found)
}
