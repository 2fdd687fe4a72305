package wilayah

import (
	"errors"
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// Sentinel errors of this package. Each comes wrapped in a *[problem.Error]
// with the stable code given here. Codes that are not in the list come back
// as the region package's errors ([region.ErrUnlisted], [region.ErrOrphan],
// [region.ErrDuplicate], [region.ErrInvalidCode]).
var (
	// ErrNoMatch means a name matches no area (within the area searched).
	// Code "wilayah.no_match".
	ErrNoMatch = errors.New("wilayah: no area has this name")

	// ErrAmbiguous means a name matches more than one area where one was
	// wanted. Code "wilayah.ambiguous"; the message names the areas.
	ErrAmbiguous = errors.New("wilayah: name matches several areas")

	// ErrQuery means a name to search for is empty or longer than
	// [MaxQuery] bytes. Codes "wilayah.name_required" and
	// "wilayah.name_too_long".
	ErrQuery = errors.New("wilayah: invalid name to search for")

	// ErrNameTooLong means an entry of a list given to [New] has a name
	// longer than 255 bytes. Code "wilayah.entry_name_too_long".
	ErrNameTooLong = errors.New("wilayah: area name too long")
)

const fieldName = "name"

func errQueryEmpty() *problem.Error {
	return problem.New(ErrQuery, "wilayah.name_required", fieldName, "",
		"wajib diisi: nama wilayah yang dicari",
		"is required: the name to search for")
}

func errQueryLong(q string) *problem.Error {
	n := strconv.Itoa(MaxQuery)
	return problem.New(ErrQuery, "wilayah.name_too_long", fieldName, problem.Clip(q),
		"paling panjang "+n+" byte",
		"at most "+n+" bytes")
}

func errNameTooLong(c region.Code, field string) *problem.Error {
	return problem.New(ErrNameTooLong, "wilayah.entry_name_too_long", field, c.String(),
		"paling panjang 255 byte",
		"at most 255 bytes")
}

// where says in which area a search looked: " di 32.16 Kabupaten Bekasi",
// or nothing for the whole country.
func (d *Directory) where(within region.Code) (id, en string) {
	if !within.IsValid() {
		return "", ""
	}
	s := within.String()
	if e, ok := d.Lookup(within); ok {
		s = s + " " + Label(e)
	}
	return " di " + s, " in " + s
}

func (d *Directory) errNoMatch(q string, within region.Code) *problem.Error {
	wid, wen := d.where(within)
	return problem.New(ErrNoMatch, "wilayah.no_match", fieldName, problem.Clip(q),
		"tidak ada wilayah dengan nama ini"+wid+" dalam daftar "+d.ed.Instrument,
		"no area has this name"+wen+" in the "+d.ed.Instrument+" list")
}

// maxListed is how many areas an ErrAmbiguous message names.
const maxListed = 5

func (d *Directory) errAmbiguous(q string, within region.Code, found []region.Entry) *problem.Error {
	var s strings.Builder
	for i, e := range found[:min(len(found), maxListed)] {
		if i > 0 {
			s.WriteString("; ")
		}
		s.WriteString(e.Code.String() + " " + Label(e))
	}
	moreID, moreEN := "", ""
	if len(found) > maxListed {
		n := strconv.Itoa(len(found) - maxListed)
		moreID, moreEN = "; dan "+n+" lagi", "; and "+n+" more"
	}
	wid, wen := d.where(within)
	n := strconv.Itoa(len(found))
	return problem.New(ErrAmbiguous, "wilayah.ambiguous", fieldName, problem.Clip(q),
		"cocok dengan "+n+" wilayah"+wid+": "+s.String()+moreID+"; sebutkan tingkatnya (Kabupaten, Kota, Kecamatan, Desa) atau wilayah induknya",
		"matches "+n+" areas"+wen+": "+s.String()+moreEN+"; give its level (Kabupaten, Kota, Kecamatan, Desa) or the area it lies in")
}
