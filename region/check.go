package region

import (
	"errors"
	"iter"
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// Sentinels of the checks of codes against a [Directory] and of a list of
// areas as a whole. Each comes wrapped in a *[problem.Error] naming the code.
var (
	// ErrUnlisted means a well-formed code is not in the directory: no such
	// area exists in the list the directory follows. Codes
	// "region.unlisted_province", "region.unlisted_regency",
	// "region.unlisted_district" and "region.unlisted_village", by the
	// coarsest level that is missing; "region.nik_district_unlisted" for
	// the note of [CheckIssuingDistrict].
	ErrUnlisted = errors.New("region: area code not in the directory")

	// ErrOrphan means a list of areas gives a code without the area it lies
	// in: a village whose district is missing, a district whose regency is
	// missing. Code "region.orphan".
	ErrOrphan = errors.New("region: area listed without its parent")
)

// Sourced is implemented by a [Directory] that knows the instrument its list
// follows. The checks of this file name that instrument in their messages.
type Sourced interface {
	// Source returns the instrument the directory's list follows.
	Source() Source
}

// CheckOptions says how [CheckCode] reports a code that the directory does
// not list. The zero CheckOptions reports it as a warning and suggests up to
// three codes.
type CheckOptions struct {
	// Strict makes an unlisted code an error rather than a warning.
	Strict bool
	// Suggest is how many existing codes near an unlisted one to name; 0
	// means 3 and a negative number none.
	Suggest int
}

// maxSuggest bounds CheckOptions.Suggest.
const maxSuggest = 20

// CheckCode checks that the area with code c exists in dir, and that every
// area it lies in does too.
//
// A listed code gives no problem. For a code that is not listed, CheckCode
// finds the coarsest level that is missing (for 32.16.99.2001, the district
// 32.16.99 if it is missing, else the village) and names up to
// opts.Suggest existing codes of that level nearest to it within the area
// above, nearest first: for a village, the villages of its district closest
// in number. The problem (code "region.unlisted_village" and so on, sentinel
// [ErrUnlisted], field "code", value c) comes back as a warning by default
// and as err with opts.Strict.
//
// A zero c is an error ([ErrInvalidCode]) in both modes; a nil dir checks
// nothing. dir's names are only asked for, never listed, so any Directory
// will do; at most a few thousand names are asked for.
func CheckCode(dir Directory, c Code, opts CheckOptions) (warnings problem.List, err error) {
	if !c.IsValid() {
		return nil, errEmpty()
	}
	if dir == nil {
		return nil, nil
	}
	for l := Province; l <= c.Level(); l++ {
		at := c.truncate(l)
		if _, ok := dir.Name(at); ok {
			continue
		}
		p := errUnlisted(dir, c, at, nearest(dir, at, suggestions(opts)))
		if opts.Strict {
			return nil, p
		}
		return problem.List{p}, nil
	}
	return nil, nil
}

func suggestions(opts CheckOptions) int {
	switch {
	case opts.Suggest == 0:
		return 3
	case opts.Suggest < 0:
		return 0
	}
	return min(opts.Suggest, maxSuggest)
}

// CheckIssuingDistrict tells whether the district that issued a NIK (the
// code of its first six digits, as membership's NIK.District gives it) is
// in dir. A district that is not listed is not an error: districts are
// split, merged and renumbered after a NIK is issued, and the NIK stays
// valid. For such a district it returns a note (code
// "region.nik_district_unlisted", sentinel [ErrUnlisted]) saying that the
// code is not in dir's list, naming the list's instrument when dir is
// [Sourced]. It returns nil for a listed district, a nil dir, or a code that
// is not a district.
func CheckIssuingDistrict(dir Directory, district Code) *problem.Error {
	if dir == nil || district.Level() != District {
		return nil
	}
	if _, ok := dir.Name(district); ok {
		return nil
	}
	listID, listEN := listNames(dir)
	d := district.String()
	return problem.New(ErrUnlisted, "region.nik_district_unlisted", "nik.district", d,
		"kecamatan penerbit NIK "+d+" tidak ada dalam "+listID+"; NIK tetap sah: kecamatan dapat dimekarkan, digabung atau diberi kode baru setelah NIK terbit",
		"the NIK's issuing district "+d+" is not in "+listEN+"; the NIK is still valid: districts may be split, merged or renumbered after a NIK is issued")
}

// listNames names dir's list in Indonesian and English: "daftar
// Kepmendagri 300.2.2-2138/2025", or "daftar wilayah yang dipakai".
func listNames(dir Directory) (id, en string) {
	if s, ok := dir.(Sourced); ok {
		if in := s.Source().Instrument; in != "" {
			return "daftar " + in, "the " + in + " list"
		}
	}
	return "daftar wilayah yang dipakai", "the area list in use"
}

// levelWords names a level in messages, in Indonesian and English.
func levelWords(l Level) (id, en string) {
	switch l {
	case Province:
		return "provinsi", "province"
	case Regency:
		return "kabupaten/kota", "regency or city"
	case District:
		return "kecamatan", "district"
	}
	return "desa/kelurahan", "village"
}

func errUnlisted(dir Directory, c, missing Code, near []Code) *problem.Error {
	lid, lenWord := levelWords(missing.Level())
	listID, listEN := listNames(dir)
	m := missing.String()
	id := "kode " + lid + " " + m + " tidak ada dalam " + listID
	en := "the " + lenWord + " code " + m + " is not in " + listEN
	if missing != c {
		id += " (kode " + c.String() + " berada di dalamnya)"
		en += " (code " + c.String() + " lies within it)"
	}
	if len(near) > 0 {
		var s strings.Builder
		for i, n := range near {
			if i > 0 {
				s.WriteString(", ")
			}
			s.WriteString(n.String())
			if name, ok := dir.Name(n); ok {
				s.WriteString(" " + name)
			}
		}
		id += "; kode terdekat yang ada: " + s.String()
		en += "; nearest existing codes: " + s.String()
	}
	return problem.New(ErrUnlisted, problem.Code("region.unlisted_"+missing.Level().String()), fieldCode, c.String(), id, en)
}

// nearest returns up to n listed codes of missing's level within its parent,
// closest in number to missing first (the lower one first on a tie), among
// codes of its kind: regencies for a regency, cities for a city. For a
// village it looks among all three kinds; since kinds are a thousand apart,
// a village of another kind is never nearer than one of its own kind.
func nearest(dir Directory, missing Code, n int) []Code {
	if n == 0 {
		return nil
	}
	lo, hi := partRange(missing)
	at := int(missing.part())
	var out []Code
	for d := 1; len(out) < n && (at-d >= lo || at+d <= hi); d++ {
		for _, v := range [2]int{at - d, at + d} {
			if v < lo || v > hi || len(out) == n {
				continue
			}
			cand, ok := missing.withPart(v)
			if !ok {
				continue
			}
			if _, listed := dir.Name(cand); listed {
				out = append(out, cand)
			}
		}
	}
	return out
}

// partRange is the range of the last part of codes like c: provinces 11–99,
// regencies 01–69 and cities 71–99 (a mistyped regency is looked for among
// regencies, a city among cities), districts 01–99, villages 1001–3999.
func partRange(c Code) (lo, hi int) {
	switch c.level {
	case Province:
		return 11, 99
	case Regency:
		if c.IsCity() {
			return 71, 99
		}
		return 1, 69
	case District:
		return 1, 99
	}
	return 1001, 3999
}

// part returns the last part of c, the one its level adds.
func (c Code) part() uint16 {
	switch c.level {
	case Province:
		return uint16(c.prov)
	case Regency:
		return uint16(c.reg)
	case District:
		return uint16(c.dist)
	}
	return c.vil
}

// withPart returns c with its last part set to v, and false when the result
// would not be a valid code.
func (c Code) withPart(v int) (Code, bool) {
	var parts [4]uint16
	parts[0], parts[1], parts[2], parts[3] = uint16(c.prov), uint16(c.reg), uint16(c.dist), c.vil
	parts[c.level-1] = uint16(v)
	out, err := build("", parts, int(c.level))
	return out, err == nil
}

// CheckList checks a list of areas as a whole, as a replacement directory
// must be before it is used: every code valid and given once
// ([ErrDuplicate]), every name non-empty ([ErrNameRequired]), and every area
// below a province listed with its parent ([ErrOrphan]: a village whose
// district is missing, a district whose regency is missing). Provinces need
// not be listed: this package knows all 38.
//
// all yields the list in any order; [Table.All] does. Every problem is
// reported at once, as a [problem.List] whose fields are indexed by the
// position in all ("[4].code"), each naming the code. Memory grows with the
// list, not more.
func CheckList(all iter.Seq2[Code, string]) error {
	var (
		probs problem.List
		seen  = make(map[Code]int)
		order []Code
	)
	i := 0
	for c, name := range all {
		at := "[" + strconv.Itoa(i) + "]"
		switch first, dup := seen[c]; {
		case !c.IsValid():
			probs = append(probs, relabel(errEmpty(), at+".code"))
		case dup:
			where := "[" + strconv.Itoa(first) + "]"
			probs = append(probs, relabel(errDuplicate(c, "pada "+problem.Label(where, problem.Indonesian), "at the "+problem.Label(where, problem.English)), at+".code"))
		default:
			seen[c] = i
			order = append(order, c)
		}
		if strings.TrimSpace(name) == "" {
			p := relabel(errNameRequired(), at+".name")
			p.Value = c.String()
			probs = append(probs, p)
		}
		i++
	}
	for _, c := range order {
		p := c.Parent()
		if !p.IsValid() || p.Level() == Province {
			continue
		}
		if _, ok := seen[p]; !ok {
			probs = append(probs, errOrphan(c, p, "["+strconv.Itoa(seen[c])+"].code"))
		}
	}
	if len(probs) > 0 {
		return probs
	}
	return nil
}

func errOrphan(c, parent Code, field string) *problem.Error {
	lid, lenWord := levelWords(parent.Level())
	p := parent.String()
	return problem.New(ErrOrphan, "region.orphan", field, c.String(),
		"kode ini tidak mempunyai induk: "+lid+" "+p+" tidak ada dalam daftar",
		"this code has no parent: the "+lenWord+" "+p+" is not in the list")
}
