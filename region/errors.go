package region

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/desasadar/jamsos/problem"
)

// Sentinel errors. Every error this package returns is a *[problem.Error]
// (or a [problem.List] of them) that unwraps to one of these; test for them
// with [errors.Is]. The problem code given with each is stable.
//
// Every rule about the code itself wraps ErrInvalidCode, so
// errors.Is(err, ErrInvalidCode) holds for every reason [Parse] can reject
// its input.
var (
	// ErrInvalidCode means the text is not an area code at all: it is empty,
	// has the wrong length, has a character other than an ASCII digit or a
	// dot, or has dots in the wrong places. Codes "region.required" (empty)
	// and "region.syntax".
	ErrInvalidCode = errors.New("region: invalid area code")

	// ErrUnknownProvince means the province part is not one of the 38
	// provinces of [ProvinceSource]. Code "region.unknown_province".
	ErrUnknownProvince = fmt.Errorf("%w: unknown province", ErrInvalidCode)

	// ErrOutOfRange means a part is outside the numbers in use: regency or
	// city 00 or 70, district 00, or village serial 000. Code "region.range".
	ErrOutOfRange = fmt.Errorf("%w: part out of range", ErrInvalidCode)

	// ErrVillageKind means the village part starts with a digit other than
	// 1 (kelurahan), 2 (desa) or 3 (desa adat). Code "region.village_kind".
	ErrVillageKind = fmt.Errorf("%w: unknown village kind", ErrInvalidCode)

	// ErrMalformedCSV means a names file cannot be read: a row is not valid
	// CSV, does not have exactly two fields or is not UTF-8, the header is
	// wrong, or the file is too large. Code "region.csv".
	ErrMalformedCSV = errors.New("region: malformed names file")

	// ErrNameRequired means a directory entry has an empty name. Code
	// "region.name_required".
	ErrNameRequired = errors.New("region: area name required")

	// ErrDuplicate means a directory gives the same code twice. Code
	// "region.duplicate".
	ErrDuplicate = errors.New("region: duplicate area code")
)

const fieldCode = "code"

func errEmpty() *problem.Error {
	return problem.New(ErrInvalidCode, "region.required", fieldCode, "",
		"wajib diisi",
		"is required")
}

func errSyntax(s string) *problem.Error {
	return problem.New(ErrInvalidCode, "region.syntax", fieldCode, problem.Clip(s),
		"kode wilayah harus 2, 4, 6 atau 10 angka, ditulis rapat (3216012001) atau bertitik (32.16.01.2001)",
		"an area code has 2, 4, 6 or 10 digits, written compact (3216012001) or dotted (32.16.01.2001)")
}

func errUnknownProvince(s string, prov uint8) *problem.Error {
	p := twoDigits(prov)
	return problem.New(ErrUnknownProvince, "region.unknown_province", fieldCode, problem.Clip(s),
		"kode provinsi "+p+" tidak termasuk 38 provinsi menurut "+ProvinceSource.Instrument,
		"province code "+p+" is not one of the 38 provinces of "+ProvinceSource.Instrument)
}

func errRegencyRange(s string, reg uint8) *problem.Error {
	r := twoDigits(reg)
	return problem.New(ErrOutOfRange, "region.range", fieldCode, problem.Clip(s),
		"kode kabupaten/kota "+r+" tidak dipakai: kabupaten 01–69, kota 71–99",
		"regency/city code "+r+" is not used: regencies are 01–69, cities 71–99")
}

func errDistrictRange(s string) *problem.Error {
	return problem.New(ErrOutOfRange, "region.range", fieldCode, problem.Clip(s),
		"kode kecamatan tidak boleh 00",
		"a district code cannot be 00")
}

func errVillageRange(s string) *problem.Error {
	return problem.New(ErrOutOfRange, "region.range", fieldCode, problem.Clip(s),
		"nomor urut desa/kelurahan tidak boleh 000",
		"a village serial number cannot be 000")
}

func errVillageKind(s string, digit uint16) *problem.Error {
	d := strconv.Itoa(int(digit))
	return problem.New(ErrVillageKind, "region.village_kind", fieldCode, problem.Clip(s),
		"digit pertama kode desa/kelurahan harus 1 (kelurahan), 2 (desa) atau 3 (desa adat), bukan "+d,
		"the first digit of a village code must be 1 (kelurahan), 2 (desa) or 3 (desa adat), not "+d)
}

func errNameRequired() *problem.Error {
	return problem.New(ErrNameRequired, "region.name_required", "name", "",
		"wajib diisi",
		"is required")
}

// errDuplicate reports code c given again; firstID and firstEN say where it
// was first given ("pada baris 3", "on line 3").
func errDuplicate(c Code, firstID, firstEN string) *problem.Error {
	return problem.New(ErrDuplicate, "region.duplicate", fieldCode, c.String(),
		"sudah ada "+firstID,
		"already appears "+firstEN)
}

// relabel returns a copy of e with its field set to field.
func relabel(e *problem.Error, field string) *problem.Error {
	c := *e
	c.Field = field
	return &c
}

func twoDigits(n uint8) string {
	return string(appendDigits(nil, uint16(n), 2))
}
