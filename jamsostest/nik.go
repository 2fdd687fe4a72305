package jamsostest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Problem is one problem a case must give: its stable code and the path
// of the field at fault, as in problem.Error.
type Problem struct {
	// Code is the problem's code, such as "nik.serial".
	Code problem.Code `json:"code"`
	// Field is the field path, such as "participant.nik".
	Field string `json:"field"`
}

// ProblemsOf returns the code and field of every problem in err, sorted by
// field, then code: the form a case's Want is in. A nil error gives nil.
func ProblemsOf(err error) []Problem {
	if err == nil {
		return nil
	}
	var l problem.List
	l.Add(err)
	out := make([]Problem, len(l))
	for i, e := range l {
		out[i] = Problem{Code: e.Code, Field: e.Field}
	}
	sortProblems(out)
	return out
}

func sortProblems(ps []Problem) {
	slices.SortFunc(ps, func(a, b Problem) int {
		if c := strings.Compare(a.Field, b.Field); c != 0 {
			return c
		}
		return strings.Compare(string(a.Code), string(b.Code))
	})
}

// NIKSpec says what a generated NIK encodes. Every zero field is drawn at
// random.
type NIKSpec struct {
	// District is the issuing district; zero draws one of the generator's
	// places. A district the places do not hold is an error.
	District region.Code
	// Birth is the birth date; zero draws one that makes the holder 18 to
	// 52 years old on 1 January of the generator's year. A birth date after
	// 31 December of that year, or 100 years or more before it, is an
	// error: ParseNIK would read it in another century.
	Birth regulation.Date
	// Sex is the holder's sex; zero draws one.
	Sex membership.Sex
	// Serial is the serial number, 1 to 9999; zero draws one not yet
	// handed out for the same district, birth date and sex.
	Serial int
}

// NIK returns a valid NIK as spec asks. Unless spec gives the serial, the
// generator never returns a NIK it returned before.
func (g *Generator) NIK(spec NIKSpec) (membership.NIK, error) {
	var l problem.List
	switch {
	case !spec.District.IsValid():
		spec.District = pick(g, g.places.districts)
	case spec.District.Level() != region.District:
		l.Add(specError("jamsostest.district", "district", spec.District.String(),
			"kode ini bukan kode kecamatan (PP.KK.CC)", "this code is not a district code (PP.KK.CC)"))
	case !g.places.HasDistrict(spec.District):
		l.Add(specError("jamsostest.unknown_district", "district", spec.District.String(),
			"tidak ada dalam daftar wilayah generator", "not in the generator's list of places"))
	}
	if spec.Birth.IsZero() {
		spec.Birth = g.birth()
	} else if spec.Birth.After(g.last) || !spec.Birth.After(regulation.MustDate(g.year-100, time.December, 31)) {
		l.Add(specError("jamsostest.birth_date", "birth", spec.Birth.String(),
			fmt.Sprintf("harus sesudah %d-12-31 dan paling lambat %d-12-31 agar NIK terbaca dengan benar", g.year-100, g.year),
			fmt.Sprintf("must be after %d-12-31 and no later than %d-12-31 for the NIK to read back", g.year-100, g.year)))
	}
	switch {
	case spec.Sex == 0:
		spec.Sex = membership.Male
		if g.chance(1, 2) {
			spec.Sex = membership.Female
		}
	case !spec.Sex.IsValid():
		l.Add(specError("jamsostest.sex", "sex", fmt.Sprint(uint8(spec.Sex)), "tidak dikenal", "unknown"))
	}
	if spec.Serial < 0 || spec.Serial > 9999 {
		l.Add(specError("jamsostest.serial", "serial", fmt.Sprint(spec.Serial),
			"harus 1 sampai 9999", "must be from 1 to 9999"))
	}
	if err := l.Err(); err != nil {
		return membership.NIK{}, err
	}
	head := nikHead(spec.District, spec.Birth, spec.Sex)
	serial := spec.Serial
	if serial == 0 {
		var ok bool
		if serial, ok = g.freeSerial(head); !ok {
			return membership.NIK{}, specError("jamsostest.exhausted", "serial", "",
				"semuanya sudah dipakai untuk kecamatan, tanggal lahir dan jenis kelamin ini",
				"all are used for this district, birth date and sex")
		}
	}
	s := fmt.Sprintf("%s%04d", head, serial)
	g.niks[s] = true
	return membership.ParseNIK(s, membership.NIKOptions{Reference: g.last})
}

// NIKs returns n valid NIKs, all different, with every field drawn at
// random.
func (g *Generator) NIKs(n int) ([]membership.NIK, error) {
	if err := checkSize("n", n); err != nil {
		return nil, err
	}
	out := make([]membership.NIK, n)
	for i := range out {
		k, err := g.NIK(NIKSpec{})
		if err != nil {
			return nil, err
		}
		out[i] = k
	}
	return out, nil
}

// nikHead is the first twelve digits of a NIK: the district and the birth
// date, with 40 added to the day for a woman.
func nikHead(d region.Code, birth regulation.Date, sex membership.Sex) string {
	day := birth.Day()
	if sex == membership.Female {
		day += 40
	}
	return fmt.Sprintf("%s%02d%02d%02d", d.Compact(), day, int(birth.Month()), birth.Year()%100)
}

// freeSerial draws a serial not yet used after head.
func (g *Generator) freeSerial(head string) (int, bool) {
	for range 32 {
		s := g.between(1, 9999)
		if !g.niks[fmt.Sprintf("%s%04d", head, s)] {
			return s, true
		}
	}
	start := g.between(1, 9999)
	for i := range 9999 {
		s := (start+i-1)%9999 + 1
		if !g.niks[fmt.Sprintf("%s%04d", head, s)] {
			return s, true
		}
	}
	return 0, false
}

// birth draws a birth date that makes the holder 18 to 52 on 1 January of
// the year: from 2 January 53 years before to 1 January 18 years before.
// Throughout the year they stay under 54, the JKP age limit, and far from
// the JP retirement age.
func (g *Generator) birth() regulation.Date {
	lo := regulation.MustDate(g.year-53, time.January, 2)
	hi := regulation.MustDate(g.year-18, time.January, 1)
	days := int(hi.Time().Sub(lo.Time()) / (24 * time.Hour))
	return lo.AddDays(g.intn(days + 1))
}

// NIKFault is a way a NIK can be wrong, one for each rule of
// membership.ParseNIK. Its text is its name in the corpus.
type NIKFault string

// The faults of a NIK, with the problem code each gives.
const (
	// NIKLength has 15 or 17 digits: "nik.length".
	NIKLength NIKFault = "length"
	// NIKCharacters has a letter where a digit belongs: "nik.syntax".
	NIKCharacters NIKFault = "characters"
	// NIKPlaceholder starts with 0, read without allowing placeholders:
	// "nik.placeholder".
	NIKPlaceholder NIKFault = "placeholder"
	// NIKZero is sixteen zeros, read allowing placeholders: "nik.zero".
	NIKZero NIKFault = "zero"
	// NIKProvince starts with a number that is none of the 38 provinces:
	// "nik.province".
	NIKProvince NIKFault = "province"
	// NIKDistrict has regency 00 or 70, or district 00: "nik.district".
	NIKDistrict NIKFault = "district"
	// NIKBirthDayZero has day 00: "nik.birth_date".
	NIKBirthDayZero NIKFault = "birth_day_zero"
	// NIKBirthMonth has month 00 or 13 and above: "nik.birth_date".
	NIKBirthMonth NIKFault = "birth_month"
	// NIKBirthDayGap has day 32 to 40, neither a man's (01–31) nor a
	// woman's (41–71): "nik.birth_date".
	NIKBirthDayGap NIKFault = "birth_day_gap"
	// NIKBirthDayHigh has day 72 to 99, beyond a woman's 71: "nik.birth_date".
	NIKBirthDayHigh NIKFault = "birth_day_high"
	// NIKBirthCalendar has a man's day the month lacks, 31 April or
	// 30 February: "nik.birth_date".
	NIKBirthCalendar NIKFault = "birth_calendar"
	// NIKFemaleCalendar has a woman's day 41–71 whose day less 40 the month
	// lacks, 71 April (31 April) or 70 February: "nik.birth_date".
	NIKFemaleCalendar NIKFault = "female_calendar"
	// NIKLeapDay has 29 February of a two-digit year that is a leap year in
	// neither century: "nik.birth_date".
	NIKLeapDay NIKFault = "leap_day"
	// NIKBirthFuture encodes a birth date after the reference date it is
	// read on (a reference before 1999, the only way both centuries are
	// later): "nik.birth_future".
	NIKBirthFuture NIKFault = "birth_future"
	// NIKSerial has serial 0000: "nik.serial".
	NIKSerial NIKFault = "serial"
)

// nikFaults describes each fault: its code, and the part of the NIK it
// changes. Faults of one part cannot be combined; a fault of part "whole"
// cannot be combined with any other, since ParseNIK stops at it.
var nikFaults = []struct {
	fault NIKFault
	code  problem.Code
	part  string
}{
	{NIKLength, "nik.length", "whole"},
	{NIKCharacters, "nik.syntax", "whole"},
	{NIKPlaceholder, "nik.placeholder", "whole"},
	{NIKZero, "nik.zero", "whole"},
	{NIKProvince, "nik.province", "area"},
	{NIKDistrict, "nik.district", "area"},
	{NIKBirthDayZero, "nik.birth_date", "birth"},
	{NIKBirthMonth, "nik.birth_date", "birth"},
	{NIKBirthDayGap, "nik.birth_date", "birth"},
	{NIKBirthDayHigh, "nik.birth_date", "birth"},
	{NIKBirthCalendar, "nik.birth_date", "birth"},
	{NIKFemaleCalendar, "nik.birth_date", "birth"},
	{NIKLeapDay, "nik.birth_date", "birth"},
	{NIKBirthFuture, "nik.birth_future", "birth"},
	{NIKSerial, "nik.serial", "serial"},
}

// NIKFaults returns every fault a NIK can have, in a fixed order.
func NIKFaults() []NIKFault {
	out := make([]NIKFault, len(nikFaults))
	for i, f := range nikFaults {
		out[i] = f.fault
	}
	return out
}

// ParseNIKFault reads the name of a fault, such as "serial".
func ParseNIKFault(s string) (NIKFault, error) {
	for _, f := range nikFaults {
		if string(f.fault) == strings.TrimSpace(s) {
			return f.fault, nil
		}
	}
	return "", unknownFault("nik", s, NIKFaults())
}

func unknownFault[T ~string](field, s string, known []T) error {
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = string(k)
	}
	return specError("jamsostest.unknown_fault", field, problem.Clip(s),
		"tidak dikenal; gunakan salah satu dari: "+strings.Join(names, ", "),
		"unknown; use one of: "+strings.Join(names, ", "))
}

// NIKCase is a text to read as a NIK with the problems it must give.
type NIKCase struct {
	// Input is the text given to membership.ParseNIK.
	Input string `json:"input"`
	// Options are the options to read it with.
	Options membership.NIKOptions `json:"-"`
	// Faults are the faults put in.
	Faults []NIKFault `json:"faults,omitempty"`
	// Want are the problems ParseNIK must report, sorted by field and
	// code.
	Want []Problem `json:"problems,omitempty"`
}

// InvalidNIK returns a NIK text with the given faults and the problems
// it must give. Faults of different parts of the number combine (a
// province, a birth date and a serial wrong at once give three problems);
// an unknown fault, a fault given twice, or two faults of the same part
// are an error. No fault at all is an error too: ask [Generator.NIK] for a
// valid one.
func (g *Generator) InvalidNIK(faults ...NIKFault) (NIKCase, error) {
	if len(faults) == 0 {
		return NIKCase{}, specError("jamsostest.no_fault", "faults", "",
			"sebutkan paling sedikit satu", "name at least one")
	}
	type placed struct {
		part  string
		fault NIKFault
	}
	var parts []placed
	var c NIKCase
	for _, f := range faults {
		i := slices.IndexFunc(nikFaults, func(d struct {
			fault NIKFault
			code  problem.Code
			part  string
		}) bool {
			return d.fault == f
		})
		if i < 0 {
			return NIKCase{}, unknownFault("faults", string(f), NIKFaults())
		}
		d := nikFaults[i]
		for _, p := range parts {
			if p.part == d.part || p.part == "whole" || d.part == "whole" {
				return NIKCase{}, specError("jamsostest.fault_conflict", "faults", string(p.fault)+"+"+string(f),
					"keduanya tidak dapat digabung dalam satu NIK", "these two cannot be combined in one NIK")
			}
		}
		parts = append(parts, placed{d.part, f})
		c.Want = append(c.Want, Problem{Code: d.code, Field: "nik"})
	}
	c.Faults = slices.Clone(faults)
	sortProblems(c.Want)

	k, err := g.NIK(NIKSpec{})
	if err != nil {
		return NIKCase{}, err
	}
	d := []byte(k.Digits())
	set := func(at int, s string) { copy(d[at:], s) }
	for _, f := range faults {
		switch f {
		case NIKLength:
			if g.chance(1, 2) {
				c.Input = string(d[:15])
			} else {
				c.Input = string(d) + g.digits(1)
			}
			return c, nil
		case NIKCharacters:
			at := g.intn(16)
			d[at] = pick(g, []byte("OIlSBx"))
			c.Input = string(d)
			return c, nil
		case NIKPlaceholder:
			d[0] = '0'
			c.Input = string(d)
			return c, nil
		case NIKZero:
			c.Input = strings.Repeat("0", 16)
			c.Options.AllowPlaceholder = true
			return c, nil
		case NIKProvince:
			set(0, pick(g, notProvinces()))
		case NIKDistrict:
			switch g.intn(3) {
			case 0:
				set(2, "00")
			case 1:
				set(2, "70")
			default:
				set(4, "00")
			}
		case NIKBirthDayZero:
			set(6, "00")
		case NIKBirthMonth:
			if g.chance(1, 3) {
				set(8, "00")
			} else {
				set(8, fmt.Sprintf("%02d", g.between(13, 99)))
			}
		case NIKBirthDayGap:
			set(6, fmt.Sprintf("%02d", g.between(32, 40)))
		case NIKBirthDayHigh:
			set(6, fmt.Sprintf("%02d", g.between(72, 99)))
		case NIKBirthCalendar:
			set(6, pick(g, []string{"3104", "3106", "3109", "3111", "3002", "3102"}))
		case NIKFemaleCalendar:
			set(6, pick(g, []string{"7104", "7106", "7109", "7111", "7002", "7102"}))
		case NIKLeapDay:
			yy := g.intn(100)
			for yy%4 == 0 {
				yy = g.intn(100)
			}
			day := 29
			if g.chance(1, 2) {
				day += 40
			}
			set(6, fmt.Sprintf("%02d02%02d", day, yy))
		case NIKBirthFuture:
			// Born in 19yy (yy from 50 to 98), read on 1 January of that year.
			yy := g.between(50, 98)
			b := regulation.MustDate(1900+yy, time.Month(g.between(2, 12)), g.between(1, 28))
			set(6, nikHead(k.District(), b, k.Sex())[6:])
			c.Options.Reference = regulation.MustDate(1900+yy, time.January, 1)
		case NIKSerial:
			set(12, "0000")
		}
	}
	c.Input = string(d)
	return c, nil
}

// notProvinces are the two-digit numbers from 10 to 99 that are none of
// the 38 provinces.
var notProvinces = func() func() []string {
	var out []string
	for p := 10; p <= 99; p++ {
		s := fmt.Sprintf("%02d", p)
		if _, err := region.Parse(s); err != nil {
			out = append(out, s)
		}
	}
	return func() []string { return out }
}()
