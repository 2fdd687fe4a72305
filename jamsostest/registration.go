package jamsostest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// ParticipantSpec says what kind of participant to make. Every zero field
// is drawn at random.
type ParticipantSpec struct {
	// Segment is the participant's segment.
	Segment membership.Segment
	// Scale is the employer's business scale, for PU; ignored otherwise.
	Scale membership.BusinessScale
	// Domicile is the participant's village; zero draws a village of the
	// NIK's district (or any village when it has none). A code the places
	// do not hold as a village is an error.
	Domicile region.Code
	// NIK says what the NIK encodes.
	NIK NIKSpec
}

// Participant returns a participant that passes membership's
// Participant.Validate: a fresh NIK, the birth date and sex it encodes, a
// normalised name, a domicile, and for about half of them a KPJ and a phone
// number. The income is a wage from Rp2,000,000 to Rp6,000,000 for PU, Jakon
// and PMI, and a declared income from Rp1,000,000 to Rp5,000,000 for BPU
// (inside the BPU range of the contribution package), in whole thousands.
func (g *Generator) Participant(spec ParticipantSpec) (membership.Participant, error) {
	var l problem.List
	if spec.Segment != 0 && !spec.Segment.IsValid() {
		l.Add(specError("jamsostest.segment", "segment", fmt.Sprint(uint8(spec.Segment)), "tidak dikenal", "unknown"))
	}
	if spec.Scale != 0 && !spec.Scale.IsValid() {
		l.Add(specError("jamsostest.business_scale", "business_scale", fmt.Sprint(uint8(spec.Scale)), "tidak dikenal", "unknown"))
	}
	if spec.Domicile.IsValid() && !g.places.HasVillage(spec.Domicile) {
		l.Add(specError("jamsostest.unknown_village", "domicile", spec.Domicile.String(),
			"desa/kelurahan tidak ada dalam daftar wilayah generator", "the village is not in the generator's list of places"))
	}
	nik, err := g.NIK(spec.NIK)
	l.Add(err)
	if err := l.Err(); err != nil {
		return membership.Participant{}, err
	}
	seg := spec.Segment
	if seg == 0 {
		seg = pick(g, membership.Segments())
	}
	p := membership.Participant{
		NIK:       nik,
		Name:      g.name(nik.Sex()),
		BirthDate: nik.BirthDate(),
		Sex:       nik.Sex(),
		Domicile:  spec.Domicile,
		Segment:   seg,
	}
	if !p.Domicile.IsValid() {
		vs := g.places.villages[nik.District()]
		if len(vs) == 0 {
			vs = g.places.villages[pick(g, g.places.districts)]
		}
		if len(vs) == 0 {
			vs = g.places.desa
		}
		p.Domicile = pick(g, vs)
	}
	p.Occupation = pick(g, occupations[seg])
	if g.chance(1, 2) {
		p.KPJ = g.KPJ()
	}
	if g.chance(2, 3) {
		_, p.Phone, _ = g.Phone(pick(g, PhoneForms()))
	}
	if seg == membership.BPU {
		p.Income = decimal.NewFromInt(int64(g.between(10, 50)) * 100_000)
	} else {
		p.Income = decimal.NewFromInt(int64(g.between(2_000, 6_000)) * 1_000)
	}
	if seg == membership.PU {
		p.BusinessScale = spec.Scale
		if p.BusinessScale == 0 {
			p.BusinessScale = pick(g, []membership.BusinessScale{membership.Micro, membership.Small, membership.Medium, membership.Large})
		}
	}
	return p, nil
}

// Names are made of a given name and a family name from these lists of
// common Indonesian names; the people are made up.
var (
	maleNames   = []string{"Budi", "Agus", "Joko", "Slamet", "Ahmad", "Dedi", "Eko", "Hendra", "Wayan", "Made", "Yohanes", "Teuku", "Rudi", "Bambang"}
	femaleNames = []string{"Siti", "Dewi", "Sri", "Nur", "Rina", "Ayu", "Wati", "Ani", "Putu", "Maria", "Cut", "Yuliana", "Ketut", "Endang"}
	familyNames = []string{"Santoso", "Hidayat", "Lestari", "Saputra", "Wulandari", "Setiawan", "Kurniawan", "Pratama", "Susanti", "Rahayu", "Siregar", "Nasution", "Wijaya", "Purnomo", "Halim", "Simanjuntak"}
)

func (g *Generator) name(s membership.Sex) string {
	given := maleNames
	if s == membership.Female {
		given = femaleNames
	}
	return pick(g, given) + " " + pick(g, familyNames)
}

var occupations = map[membership.Segment][]string{
	membership.PU:    {"perangkat desa", "karyawan toko", "guru honorer", "staf koperasi", "sopir perusahaan"},
	membership.BPU:   {"petani", "nelayan", "pedagang", "ojek", "peternak", "pengrajin", "buruh tani"},
	membership.Jakon: {"tukang bangunan", "buruh proyek", "mandor"},
	membership.PMI:   {"pekerja rumah tangga", "pekerja perkebunan", "pekerja pabrik"},
}

// RegistrationSpec says what kind of registration to make. Every zero field
// is drawn at random.
type RegistrationSpec struct {
	// Participant says what kind of participant to register.
	Participant ParticipantSpec
	// Start is the first contribution month, in the generator's year (so
	// that the drawn birth dates come before it); zero draws one.
	Start regulation.Month
}

// Registration returns a registration that passes membership's
// Registration.Validate with the zero ValidateOpts: a participant as
// [Generator.Participant] makes, the programs their segment requires plus
// a random choice of those it allows in the start month, and a payer that
// fits the segment (the employer for PU and Jakon, the participant for
// PMI, the participant, village, regency or a sponsor for BPU).
func (g *Generator) Registration(spec RegistrationSpec) (membership.Registration, error) {
	r, _, err := g.registration(spec)
	return r, err
}

func (g *Generator) registration(spec RegistrationSpec) (membership.Registration, *membership.Participant, error) {
	start := spec.Start
	switch {
	case start.IsZero():
		start = regulation.MustMonth(g.year, time.Month(g.between(1, 12)))
	case start.Year() != g.year:
		return membership.Registration{}, nil, specError("jamsostest.start", "start", start.String(),
			fmt.Sprintf("harus di tahun generator, %d", g.year), fmt.Sprintf("must lie in the generator's year, %d", g.year))
	}
	p, err := g.Participant(spec.Participant)
	if err != nil {
		return membership.Registration{}, nil, err
	}
	r := membership.Registration{Participant: p, StartMonth: start}
	if err := g.choosePrograms(&r); err != nil {
		return membership.Registration{}, nil, err
	}
	switch p.Segment {
	case membership.PU, membership.Jakon:
		r.Payer = membership.PayerEmployer
	case membership.PMI:
		r.Payer = membership.PayerSelf
	default:
		r.Payer = pick(g, []membership.Payer{membership.PayerSelf, membership.PayerVillage, membership.PayerRegency, membership.PayerSponsor})
	}
	if g.chance(1, 2) {
		r.PartnerID = fmt.Sprintf("AG-%02d", g.between(1, 40))
	}
	return r, &r.Participant, nil
}

// choosePrograms sets the required programs of the registration's segment
// in its start month and some of the allowed ones.
func (g *Generator) choosePrograms(r *membership.Registration) error {
	p := r.Participant
	on := r.StartMonth.FirstDay()
	req, err := membership.RequiredPrograms(p.Segment, p.BusinessScale, on)
	if err != nil {
		return err
	}
	allowed, err := membership.AllowedPrograms(p.Segment, p.BusinessScale, on)
	if err != nil {
		return err
	}
	set := req
	for prog := range allowed.Minus(req).All() {
		if g.chance(1, 2) {
			set = set.With(prog)
		}
	}
	r.Programs = set
	return nil
}

// RegFault is a way a registration can be wrong. Its text is its name in
// the corpus.
type RegFault string

// The faults of a registration. Each is described, with the problems it
// gives, by [RegFaultInfo].
const (
	RegNIKMissing          RegFault = "nik_missing"
	RegNIKPlaceholder      RegFault = "nik_placeholder"
	RegNIKText             RegFault = "nik_text"
	RegNameMissing         RegFault = "name_missing"
	RegNameTooLong         RegFault = "name_too_long"
	RegNameControl         RegFault = "name_control"
	RegNameNotNormal       RegFault = "name_not_normal"
	RegBirthMissing        RegFault = "birth_missing"
	RegBirthMismatch       RegFault = "birth_mismatch"
	RegBirthFuture         RegFault = "birth_future"
	RegSexMissing          RegFault = "sex_missing"
	RegSexMismatch         RegFault = "sex_mismatch"
	RegDomicileMissing     RegFault = "domicile_missing"
	RegDomicileNotVillage  RegFault = "domicile_not_village"
	RegOccupationTooLong   RegFault = "occupation_too_long"
	RegPhoneText           RegFault = "phone_text"
	RegSegmentMissing      RegFault = "segment_missing"
	RegIncomeMissing       RegFault = "income_missing"
	RegIncomeTooHigh       RegFault = "income_too_high"
	RegScaleMissing        RegFault = "business_scale_missing"
	RegProgramsMissing     RegFault = "programs_missing"
	RegProgramRequired     RegFault = "program_required_missing"
	RegProgramNotAllowed   RegFault = "program_not_allowed"
	RegProgramNotOffered   RegFault = "program_not_offered"
	RegStartMissing        RegFault = "start_missing"
	RegStartNoRule         RegFault = "start_no_rule"
	RegPayerMissing        RegFault = "payer_missing"
	RegPartnerIDTooLong    RegFault = "partner_id_too_long"
	RegPartnerIDNotASCII   RegFault = "partner_id_not_ascii"
	RegJPAge               RegFault = "jp_age"
	RegJKPAge              RegFault = "jkp_age"
	RegMaxAge              RegFault = "max_age"
	RegUnknownField        RegFault = "unknown_field"
	RegWrongType           RegFault = "wrong_type"
	RegSegmentUnknownValue RegFault = "segment_unknown"
)

// RegFaultInfo describes a registration fault.
type RegFaultInfo struct {
	// Fault is the fault.
	Fault RegFault `json:"fault"`
	// Description says what is wrong, in English.
	Description string `json:"description"`
	// Want are the problems it gives, unless a problem is drawn: for
	// nik_text and phone_text the code depends on what is wrong with the
	// text, and the case carries it.
	Want []Problem `json:"problems,omitempty"`
	// Segment is the segment the fault needs, if any.
	Segment membership.Segment `json:"segment,omitzero"`
	// JSONOnly faults exist only in a JSON document (a field the decoder
	// does not know, a value of the wrong type): membership.DecodeRegistration
	// reports them, and no other fault's problem, since it stops there.
	JSONOnly bool `json:"json_only,omitempty"`
	// ValueOnly faults exist only in a Go value: DecodeRegistration
	// normalises them away.
	ValueOnly bool `json:"value_only,omitempty"`

	slots     []string // the parts of the registration it changes
	overrides []string // the fields of a RegistrationSpec it sets itself
	needs     []string // checks it needs to run
	breaks    []string // checks it stops
	apply     func(g *Generator, b *regBuild) error
}

// regBuild is a registration being made wrong.
type regBuild struct {
	reg   membership.Registration
	opts  membership.ValidateOpts
	json  []func(doc map[string]any)
	drawn []Problem // problems of faults whose code is drawn
}

func want(code problem.Code, field string) []Problem { return []Problem{{code, field}} }

var regFaults = []RegFaultInfo{
	{Fault: RegNIKMissing, Description: "no NIK", Want: want("validate.required", "participant.nik"),
		slots: []string{"nik"}, breaks: []string{"nik"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.NIK = membership.NIK{}; return nil }},
	{Fault: RegNIKPlaceholder, Description: "a placeholder NIK (starting with 0), checked without allowing placeholders", Want: want("nik.placeholder", "participant.nik"),
		slots: []string{"nik"}, breaks: []string{"nik"},
		apply: func(g *Generator, b *regBuild) error {
			var n membership.NIK
			err := n.UnmarshalText([]byte("0" + b.reg.Participant.NIK.Digits()[1:]))
			b.reg.Participant.NIK = n
			return err
		}},
	{Fault: RegNIKText, Description: "a NIK text that is not a NIK (its code is drawn from the NIK faults)", JSONOnly: true,
		slots: []string{"nik"},
		apply: func(g *Generator, b *regBuild) error {
			c, err := g.InvalidNIK(pick(g, []NIKFault{NIKLength, NIKCharacters, NIKProvince, NIKDistrict, NIKBirthDayGap, NIKBirthDayHigh, NIKFemaleCalendar, NIKLeapDay, NIKSerial}))
			if err != nil {
				return err
			}
			for _, p := range c.Want {
				b.drawn = append(b.drawn, Problem{p.Code, "participant.nik"})
			}
			b.json = append(b.json, func(doc map[string]any) { doc["participant"].(map[string]any)["nik"] = c.Input })
			return nil
		}},
	{Fault: RegNameMissing, Description: "no name", Want: want("validate.required", "participant.name"),
		slots: []string{"name"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.Name = ""; return nil }},
	{Fault: RegNameTooLong, Description: "a name of 101 characters (at most 100)", Want: want("validate.max", "participant.name"),
		slots: []string{"name"},
		apply: func(g *Generator, b *regBuild) error {
			n := b.reg.Participant.Name
			for len(n) < 101 {
				n += " " + pick(g, familyNames)
			}
			b.reg.Participant.Name = strings.TrimRight(n[:100], " ") + strings.Repeat("a", 101-len(strings.TrimRight(n[:100], " ")))
			return nil
		}},
	{Fault: RegNameControl, Description: "a name with a control character", Want: want("text.characters", "participant.name"),
		slots: []string{"name"},
		apply: func(g *Generator, b *regBuild) error {
			n := b.reg.Participant.Name
			i := strings.IndexByte(n, ' ')
			b.reg.Participant.Name = n[:i] + "\x07" + n[i:]
			return nil
		}},
	{Fault: RegNameNotNormal, Description: "a name with two spaces between its words", Want: want("text.normal_form", "participant.name"), ValueOnly: true,
		slots: []string{"name"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.Participant.Name = strings.Replace(b.reg.Participant.Name, " ", "  ", 1)
			return nil
		}},
	{Fault: RegBirthMissing, Description: "no birth date", Want: want("validate.required", "participant.birth_date"),
		slots: []string{"birth"}, breaks: []string{"age"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.BirthDate = regulation.Date{}; return nil }},
	{Fault: RegBirthMismatch, Description: "a birth date one day off the NIK's", Want: want("nik.birth_date_mismatch", "participant.birth_date"),
		slots: []string{"birth"}, needs: []string{"nik"},
		apply: func(g *Generator, b *regBuild) error {
			d := 1
			if g.chance(1, 2) {
				d = -1
			}
			b.reg.Participant.BirthDate = b.reg.Participant.BirthDate.AddDays(d)
			return nil
		}},
	{Fault: RegBirthFuture, Description: "born after the first day of the start month (the NIK agrees)", Want: want("birth_date.future", "participant.birth_date"),
		slots: []string{"birth", "nik"}, needs: []string{"start"}, breaks: []string{"age"}, overrides: []string{"birth"},
		apply: func(g *Generator, b *regBuild) error {
			p := &b.reg.Participant
			birth := b.reg.StartMonth.FirstDay().AddDays(g.between(1, 27))
			n, err := membership.ParseNIK(nikHead(p.NIK.District(), birth, p.NIK.Sex())+p.NIK.Digits()[12:], membership.NIKOptions{})
			p.NIK, p.BirthDate = n, birth
			return err
		}},
	{Fault: RegSexMissing, Description: "no sex", Want: want("validate.required", "participant.sex"),
		slots: []string{"sex"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.Sex = 0; return nil }},
	{Fault: RegSexMismatch, Description: "the other sex than the NIK's", Want: want("nik.sex_mismatch", "participant.sex"),
		slots: []string{"sex"}, needs: []string{"nik"},
		apply: func(g *Generator, b *regBuild) error {
			p := &b.reg.Participant
			p.Sex = membership.Male + membership.Female - p.Sex
			return nil
		}},
	{Fault: RegDomicileMissing, Description: "no domicile", Want: want("validate.required", "participant.domicile"),
		slots: []string{"domicile"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.Domicile = region.Code{}; return nil }},
	{Fault: RegDomicileNotVillage, Description: "a district code as the domicile", Want: want("validate.village", "participant.domicile"),
		slots: []string{"domicile"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.Participant.Domicile = b.reg.Participant.Domicile.District()
			return nil
		}},
	{Fault: RegOccupationTooLong, Description: "an occupation of 101 characters (at most 100)", Want: want("validate.max", "participant.occupation"),
		slots: []string{"occupation"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.Participant.Occupation = strings.Repeat("petani ", 15)[:100] + "x"
			return nil
		}},
	{Fault: RegPhoneText, Description: "a phone text that is not a phone number (its code is drawn from the phone faults)", JSONOnly: true,
		slots: []string{"phone"},
		apply: func(g *Generator, b *regBuild) error {
			c, err := g.InvalidPhone(pick(g, []string{"characters", "country", "prefix", "length"}))
			if err != nil {
				return err
			}
			for _, p := range c.Want {
				b.drawn = append(b.drawn, Problem{p.Code, "participant.phone"})
			}
			b.json = append(b.json, func(doc map[string]any) { doc["participant"].(map[string]any)["phone"] = c.Input })
			return nil
		}},
	{Fault: RegSegmentMissing, Description: "no segment", Want: want("validate.required", "participant.segment"),
		slots: []string{"segment"}, breaks: []string{"rules", "age", "segment"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.Segment = 0; return nil }},
	{Fault: RegIncomeMissing, Description: "an income of zero", Want: want("validate.dgt", "participant.income"),
		slots: []string{"income"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.Income = decimal.Zero; return nil }},
	{Fault: RegIncomeTooHigh, Description: "an income of Rp1,000,000,001, above membership.MaxMonthlyIncome", Want: want("validate.dlte", "participant.income"),
		slots: []string{"income"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.Participant.Income = decimal.NewFromInt(membership.MaxMonthlyIncome + 1)
			return nil
		}},
	{Fault: RegScaleMissing, Description: "a PU participant without the employer's business scale", Want: want("business_scale.required", "participant.business_scale"),
		Segment: membership.PU, slots: []string{"scale"}, breaks: []string{"rules", "age"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Participant.BusinessScale = 0; return nil }},
	{Fault: RegProgramsMissing, Description: "no programs", Want: want("validate.required", "programs"),
		slots: []string{"programs"}, breaks: []string{"rules", "age"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Programs = 0; return nil }},
	{Fault: RegProgramRequired, Description: "JKM left out, which every segment requires", Want: want("programs.required", "programs"),
		slots: []string{"programs"}, needs: []string{"rules"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.Programs = b.reg.Programs.Without(membership.JKM)
			return nil
		}},
	{Fault: RegProgramNotAllowed, Description: "a BPU participant in JP, which BPU cannot take", Want: want("programs.not_allowed", "programs"),
		Segment: membership.BPU, slots: []string{"programs"}, needs: []string{"rules"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Programs = b.reg.Programs.With(membership.JP); return nil }},
	{Fault: RegProgramNotOffered, Description: "a PU participant in JKP from a month in 2020, before JKP began on 2 February 2021", Want: want("programs.not_offered", "programs"),
		Segment: membership.PU, slots: []string{"programs", "start"}, needs: []string{"rules"}, overrides: []string{"start"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.StartMonth = regulation.MustMonth(2020, time.Month(g.between(1, 12)))
			if err := g.choosePrograms(&b.reg); err != nil {
				return err
			}
			b.reg.Programs = b.reg.Programs.With(membership.JKP)
			return nil
		}},
	{Fault: RegStartMissing, Description: "no start month", Want: want("validate.required", "start_month"),
		slots: []string{"start"}, breaks: []string{"rules", "age", "start"},
		apply: func(g *Generator, b *regBuild) error { b.reg.StartMonth = regulation.Month{}; return nil }},
	{Fault: RegStartNoRule, Description: "a start month in the first half of 2015, before the programs' rules begin on 1 July 2015", Want: want("start_month.no_rule", "start_month"),
		slots: []string{"start", "programs"}, needs: []string{"rules"}, breaks: []string{"age"}, overrides: []string{"start"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.StartMonth = regulation.MustMonth(2015, time.Month(g.between(1, 6)))
			b.reg.Programs = membership.SetOf(membership.JKK, membership.JKM)
			return nil
		}},
	{Fault: RegPayerMissing, Description: "no payer", Want: want("validate.required", "payer"),
		slots: []string{"payer"},
		apply: func(g *Generator, b *regBuild) error { b.reg.Payer = 0; return nil }},
	{Fault: RegPartnerIDTooLong, Description: "a partner ID of 65 characters (at most 64)", Want: want("validate.max", "partner_id"),
		slots: []string{"partner_id"},
		apply: func(g *Generator, b *regBuild) error { b.reg.PartnerID = "AG-" + strings.Repeat("9", 62); return nil }},
	{Fault: RegPartnerIDNotASCII, Description: "a partner ID with a character that is not printable ASCII (an en dash)", Want: want("validate.printascii", "partner_id"),
		slots: []string{"partner_id"},
		apply: func(g *Generator, b *regBuild) error { b.reg.PartnerID = "AG\u2013" + g.digits(2); return nil }},
	{Fault: RegJPAge, Description: "a PU participant of a medium or large business, which requires JP, 66 years old in the start month, past every JP retirement age", Want: want("eligibility.jp_age", "programs"),
		Segment: membership.PU, slots: []string{"age", "birth", "nik", "programs", "scale"}, needs: []string{"rules", "age"}, overrides: []string{"birth", "scale"},
		apply: func(g *Generator, b *regBuild) error {
			b.reg.Participant.BusinessScale = pick(g, []membership.BusinessScale{membership.Medium, membership.Large})
			if err := g.rebirth(b, 66); err != nil {
				return err
			}
			req, err := membership.RequiredPrograms(membership.PU, b.reg.Participant.BusinessScale, b.reg.StartMonth.FirstDay())
			b.reg.Programs = req
			return err
		}},
	{Fault: RegJKPAge, Description: "a PU participant in JKP who is 56 in the start month (JKP only covers those who register before 54)", Want: want("eligibility.jkp_age", "programs"),
		Segment: membership.PU, slots: []string{"age", "birth", "nik", "programs"}, needs: []string{"rules", "age"}, overrides: []string{"birth"},
		apply: func(g *Generator, b *regBuild) error {
			if err := g.rebirth(b, 56); err != nil {
				return err
			}
			b.reg.Programs = b.reg.Programs.With(membership.JKP)
			return nil
		}},
	{Fault: RegMaxAge, Description: "checked with a maximum registration age one year below the participant's age", Want: want("eligibility.max_age", "participant.birth_date"),
		slots: []string{"options"}, needs: []string{"rules", "age"},
		apply: func(g *Generator, b *regBuild) error {
			b.opts.MaxRegistrationAge = regulation.FullYears(b.reg.Participant.BirthDate, b.reg.StartMonth.FirstDay()) - 1
			return nil
		}},
	{Fault: RegUnknownField, Description: "a participant field the decoder does not know, \"nama\"", Want: want("json.unknown_field", "participant.nama"), JSONOnly: true,
		slots: []string{"json_name"},
		apply: func(g *Generator, b *regBuild) error {
			name := b.reg.Participant.Name
			b.json = append(b.json, func(doc map[string]any) { doc["participant"].(map[string]any)["nama"] = name })
			return nil
		}},
	{Fault: RegWrongType, Description: "the NIK as a JSON number", Want: want("json.type", "participant.nik"), JSONOnly: true,
		slots: []string{"nik"},
		apply: func(g *Generator, b *regBuild) error {
			d := b.reg.Participant.NIK.Digits()
			b.json = append(b.json, func(doc map[string]any) { doc["participant"].(map[string]any)["nik"] = json.Number(d) })
			return nil
		}},
	{Fault: RegSegmentUnknownValue, Description: "a segment code that does not exist, \"UMKM\"", Want: want("segment.unknown", "participant.segment"), JSONOnly: true,
		slots: []string{"segment"},
		apply: func(g *Generator, b *regBuild) error {
			b.json = append(b.json, func(doc map[string]any) { doc["participant"].(map[string]any)["segment"] = "UMKM" })
			return nil
		}},
}

// rebirth gives the participant a new NIK and birth date that make them
// age years old in the start month.
func (g *Generator) rebirth(b *regBuild, age int) error {
	p := &b.reg.Participant
	start := b.reg.StartMonth.FirstDay()
	birth := regulation.MustDate(start.Year()-age-1, time.Month(g.between(1, 12)), g.between(1, 28))
	for regulation.FullYears(birth, start) != age {
		birth = birth.AddDays(30)
	}
	n, err := g.NIK(NIKSpec{District: p.NIK.District(), Birth: birth, Sex: p.NIK.Sex()})
	p.NIK, p.BirthDate = n, birth
	return err
}

// RegFaults returns every registration fault, in a fixed order.
func RegFaults() []RegFaultInfo {
	out := make([]RegFaultInfo, len(regFaults))
	for i, f := range regFaults {
		out[i] = f
		out[i].Want = slices.Clone(f.Want)
	}
	return out
}

// ParseRegFault reads the name of a registration fault, such as
// "program_not_allowed".
func ParseRegFault(s string) (RegFault, error) {
	for _, f := range regFaults {
		if string(f.Fault) == strings.TrimSpace(s) {
			return f.Fault, nil
		}
	}
	names := make([]RegFault, len(regFaults))
	for i, f := range regFaults {
		names[i] = f.Fault
	}
	return "", unknownFault("faults", s, names)
}

// CaseOptions are the options a registration case is checked with: those
// of membership.ValidateOpts that a case sets.
type CaseOptions struct {
	// Reference is the day of the check; zero means the first day of the
	// start month.
	Reference regulation.Date `json:"reference,omitzero"`
	// AllowPlaceholderNIK accepts placeholder NIKs.
	AllowPlaceholderNIK bool `json:"allow_placeholder_nik,omitempty"`
	// MaxRegistrationAge, when positive, is the oldest age at which a
	// participant may start.
	MaxRegistrationAge int `json:"max_registration_age,omitempty"`
}

// ValidateOpts returns the options as membership takes them.
func (o CaseOptions) ValidateOpts() membership.ValidateOpts {
	return membership.ValidateOpts{Reference: o.Reference, AllowPlaceholderNIK: o.AllowPlaceholderNIK, MaxRegistrationAge: o.MaxRegistrationAge}
}

// RegistrationCase is a registration with the outcome it must have.
//
// The outcome is that of reading JSON and then validating: the problems of
// membership.DecodeRegistration(JSON) when it fails, else those of
// Validate with Options. Unless JSONOnly, validating Registration gives
// the same problems; unless ValueOnly, so does the JSON.
type RegistrationCase struct {
	// Faults are the faults put in; none for a valid registration.
	Faults []RegFault `json:"faults,omitempty"`
	// Options are the validation options.
	Options CaseOptions `json:"options,omitzero"`
	// Registration is the registration as a Go value. For a JSONOnly case
	// it is the registration before the fault was put in its JSON, and it
	// is valid.
	Registration membership.Registration `json:"-"`
	// JSON is the registration as a document for DecodeRegistration.
	JSON json.RawMessage `json:"input"`
	// Want are the problems it must give, sorted by field and code; none
	// when valid.
	Want []Problem `json:"problems,omitempty"`
	// JSONOnly and ValueOnly say which form carries the faults (see
	// [RegFaultInfo]).
	JSONOnly  bool `json:"json_only,omitempty"`
	ValueOnly bool `json:"value_only,omitempty"`
}

// ValidRegistration returns a valid registration as a case: no faults, no
// problems.
func (g *Generator) ValidRegistration(spec RegistrationSpec) (RegistrationCase, error) {
	return g.InvalidRegistration(spec)
}

// InvalidRegistration returns a registration with the given faults and the
// problems it must give. With no faults it is a valid registration. The
// faults must fit together: an unknown fault, one given twice, two that
// change the same part, two that need different segments (or a segment
// other than spec's), a fault that stops the checks another needs (no
// segment and a program not allowed), a fault of the JSON document with
// any fault of the value, and a fault that sets what spec gives (jp_age
// sets the birth date) are errors.
func (g *Generator) InvalidRegistration(spec RegistrationSpec, faults ...RegFault) (RegistrationCase, error) {
	var infos []RegFaultInfo
	seg := spec.Participant.Segment
	var l problem.List
	for _, f := range faults {
		i := slices.IndexFunc(regFaults, func(r RegFaultInfo) bool { return r.Fault == f })
		if i < 0 {
			_, err := ParseRegFault(string(f))
			l.Add(err)
			continue
		}
		info := regFaults[i]
		for _, other := range infos {
			if conflict(info, other) {
				l.Add(specError("jamsostest.fault_conflict", "faults", string(other.Fault)+"+"+string(f),
					"keduanya tidak dapat digabung dalam satu pendaftaran",
					"these two cannot be combined in one registration"))
			}
		}
		for _, o := range info.overrides {
			set := map[string]bool{
				"start": !spec.Start.IsZero(),
				"birth": !spec.Participant.NIK.Birth.IsZero(),
				"scale": spec.Participant.Scale != 0 && spec.Participant.Scale != membership.Medium && spec.Participant.Scale != membership.Large,
			}[o]
			if set {
				l.Add(specError("jamsostest.fault_spec", "faults", string(f)+"+"+o,
					"yang ini menentukan sendiri "+o+", yang juga diberikan", "this one sets the "+o+" itself, which the request also gives"))
			}
		}
		if info.Segment != 0 {
			if seg != 0 && seg != info.Segment {
				l.Add(specError("jamsostest.fault_segment", "faults", string(f),
					"yang ini memerlukan segmen "+info.Segment.String(), "this one needs segment "+info.Segment.String()))
			}
			seg = info.Segment
		}
		infos = append(infos, info)
	}
	if err := l.Err(); err != nil {
		return RegistrationCase{}, err
	}
	// Faults are put in in the order of the table, so that one that reads
	// the registration (max_age reads the age) comes after those that
	// change it, whatever order they were asked in.
	slices.SortFunc(infos, func(a, b RegFaultInfo) int {
		return slices.IndexFunc(regFaults, func(r RegFaultInfo) bool { return r.Fault == a.Fault }) -
			slices.IndexFunc(regFaults, func(r RegFaultInfo) bool { return r.Fault == b.Fault })
	})
	spec.Participant.Segment = seg
	reg, _, err := g.registration(spec)
	if err != nil {
		return RegistrationCase{}, err
	}
	b := &regBuild{reg: reg}
	c := RegistrationCase{Faults: slices.Clone(faults)}
	for _, info := range infos {
		if err := info.apply(g, b); err != nil {
			return RegistrationCase{}, err
		}
		c.Want = append(c.Want, info.Want...)
		c.JSONOnly = c.JSONOnly || info.JSONOnly
		c.ValueOnly = c.ValueOnly || info.ValueOnly
	}
	c.Want = append(c.Want, b.drawn...)
	sortProblems(c.Want)
	c.Registration = b.reg
	c.Options = CaseOptions{MaxRegistrationAge: b.opts.MaxRegistrationAge}
	if c.JSON, err = registrationJSON(b); err != nil {
		return RegistrationCase{}, err
	}
	if c.JSONOnly {
		c.Registration = reg
	}
	return c, nil
}

// conflict reports whether two faults cannot be put in one registration:
// the same fault twice, a JSON fault with a fault of the value (the
// decoder stops before validation), faults that change the same part, or
// one that stops a check the other needs.
func conflict(a, b RegFaultInfo) bool {
	overlap := func(x, y []string) bool {
		return slices.ContainsFunc(x, func(s string) bool { return slices.Contains(y, s) })
	}
	needs := func(f RegFaultInfo) []string {
		if f.Segment != 0 {
			return append(slices.Clone(f.needs), "segment")
		}
		return f.needs
	}
	return a.Fault == b.Fault || a.JSONOnly != b.JSONOnly ||
		overlap(a.slots, b.slots) || overlap(needs(a), b.breaks) || overlap(needs(b), a.breaks)
}

// registrationJSON encodes the registration, with the JSON faults put in.
// Keys come out sorted, so the bytes depend only on the registration.
func registrationJSON(b *regBuild) (json.RawMessage, error) {
	raw, err := json.Marshal(b.reg)
	if err != nil {
		return nil, err
	}
	if len(b.json) == 0 {
		return raw, nil
	}
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	for _, f := range b.json {
		f(doc)
	}
	return json.Marshal(doc)
}
