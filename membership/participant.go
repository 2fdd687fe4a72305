package membership

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// MaxMonthlyIncome is the ceiling, in rupiah per month, above which a
// declared income or wage is taken to be a typing mistake: Rp1,000,000,000.
// It is a sanity bound, not law. The bounds the law sets (for BPU, a declared
// income from Rp1,000,000 to Rp20,700,000) belong to the contribution
// package, which checks them for the month billed.
const MaxMonthlyIncome = 1_000_000_000

// Participant is a person covered, or to be covered, by BPJS
// Ketenagakerjaan. In JSON its fields are named as in the tags below; NIK,
// KPJ and phone travel in full (the storage encoding), so treat a
// participant's JSON as personal data.
//
// Struct tags check the shape of each field; [Participant.Validate] adds the
// rules that span fields or need a date.
type Participant struct {
	// NIK is the population identity number.
	NIK NIK `json:"nik" validate:"required,nik"`
	// KPJ is the membership number, once BPJS has issued one.
	KPJ KPJ `json:"kpj,omitzero" validate:"omitempty,kpj"`
	// Name is the full name as on the identity card, in the form
	// [NormalizeName] gives.
	Name string `json:"name" validate:"required,max=100"`
	// BirthDate must agree with the date the NIK encodes.
	BirthDate regulation.Date `json:"birth_date" validate:"required"`
	// Sex must agree with the sex the NIK encodes.
	Sex Sex `json:"sex,omitzero" validate:"required,enum"`
	// Domicile is the village (desa or kelurahan) where the participant
	// lives, as a Kemendagri area code.
	Domicile region.Code `json:"domicile" validate:"required,village"`
	// Occupation is the participant's work in their own words ("petani",
	// "nelayan", "ojek"), in the form [NormalizeName] gives.
	Occupation string `json:"occupation,omitempty" validate:"max=100"`
	// Phone is the participant's phone number, if they have one.
	Phone Phone `json:"phone,omitzero" validate:"omitempty,phone"`
	// Segment is the kind of participant.
	Segment Segment `json:"segment,omitzero" validate:"required,enum"`
	// Income is, per month in rupiah, the income a BPU declares or the wage
	// of a PU: positive and at most [MaxMonthlyIncome]. In JSON it is a
	// decimal string, "2500000".
	Income decimal.Decimal `json:"income" validate:"dgt=0,dlte=1000000000"`
	// BusinessScale is the scale of a PU's employer; required for PU and
	// ignored for the other segments.
	BusinessScale BusinessScale `json:"business_scale,omitzero" validate:"omitempty,enum"`
}

// Normalize returns p with its name and occupation in the form
// [NormalizeName] gives.
func (p Participant) Normalize() Participant {
	p.Name = NormalizeName(p.Name)
	p.Occupation = NormalizeName(p.Occupation)
	return p
}

// Validate checks p and returns every problem at once, as a problem.List
// with fields such as "nik" and "birth_date". Besides the struct tags it
// checks, with opts:
//
//   - the NIK: a placeholder only if opts allows it, and no birth date after
//     the reference date;
//   - the name and occupation: valid UTF-8, no control characters, and in
//     normal form (call [Participant.Normalize] first);
//   - the birth date: not after the reference date, and the same day, month
//     and two-digit year as the NIK's;
//   - the sex: the same as the NIK's;
//   - the business scale: required for PU.
//
// A participant alone has no start month: with a zero opts.Reference, no
// check that needs one runs.
func (p Participant) Validate(opts ValidateOpts) error {
	l := check(p)
	l.Add(p.check(opts, opts.Reference))
	return l.Err()
}

// check runs the rules of Validate beyond the struct tags, reading dates
// against ref (which may be zero).
func (p Participant) check(opts ValidateOpts, ref regulation.Date) error {
	var l problem.List
	nik := p.NIK
	if nik.IsValid() {
		n, err := ParseNIK(nik.Digits(), NIKOptions{Reference: ref, AllowPlaceholder: opts.AllowPlaceholderNIK})
		l.Add(err)
		nik = n
	}
	if p.Name != "" {
		l.AddField("name", checkText(p.Name))
	}
	if p.Occupation != "" {
		l.AddField("occupation", checkText(p.Occupation))
	}
	if !p.BirthDate.IsZero() && !ref.IsZero() && p.BirthDate.After(ref) {
		l = append(l, problem.New(ErrInvalidBirthDate, "birth_date.future", "birth_date", "",
			"setelah tanggal acuan "+ref.String(), "is after the reference date "+ref.String()))
	}
	if nik.IsValid() && !nik.IsPlaceholder() {
		b := nik.BirthDate()
		if !p.BirthDate.IsZero() && (b.Day() != p.BirthDate.Day() || b.Month() != p.BirthDate.Month() || b.Year()%100 != p.BirthDate.Year()%100) {
			l = append(l, problem.New(ErrNIKMismatch, "nik.birth_date_mismatch", "birth_date", "",
				"tidak sesuai dengan yang tertulis di NIK", "does not match the one in the NIK"))
		}
		if p.Sex.IsValid() && p.Sex != nik.Sex() {
			l = append(l, problem.New(ErrNIKMismatch, "nik.sex_mismatch", "sex", "",
				"tidak sesuai dengan NIK", "does not match the NIK"))
		}
	}
	if p.Segment == PU && p.BusinessScale == 0 {
		l = append(l, problem.New(ErrRequired, "business_scale.required", "business_scale", "",
			"wajib diisi untuk peserta PU",
			"is required for PU participants"))
	}
	return l.Err()
}

// Format writes the participant for fmt without personal details, as
// [Participant.LogValue] does for log/slog: the masked NIK, KPJ and phone,
// the segment and the domicile, for every verb,
//
//	{nik:3216••••••••0001 kpj:12•••••••01 phone:+628••••••7890 segment:BPU domicile:32.16.01.2001}
//
// with %#v putting membership.Participant in front. The name, birth date
// and income are left out: print the fields themselves when they are needed.
func (p Participant) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		io.WriteString(f, "membership.Participant")
	}
	fmt.Fprintf(f, "{nik:%s kpj:%s phone:%s segment:%s domicile:%s}",
		p.NIK.String(), p.KPJ.String(), p.Phone.String(), p.Segment, p.Domicile)
}

// LogValue returns the participant for log/slog without personal details:
// the masked NIK, KPJ and phone, the segment and the domicile. The name and
// birth date are left out.
func (p Participant) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("nik", p.NIK.String()),
		slog.String("kpj", p.KPJ.String()),
		slog.String("phone", p.Phone.String()),
		slog.String("segment", p.Segment.String()),
		slog.String("domicile", p.Domicile.String()),
	)
}
