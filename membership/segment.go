package membership

import (
	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Segment is the kind of participant, which decides the programs and how the
// contribution is computed. The zero Segment is invalid.
type Segment uint8

const (
	// PU is Penerima Upah: wage earners, including village officials paid a
	// siltap by the village government.
	PU Segment = iota + 1
	// BPU is Bukan Penerima Upah: people who work outside an employment
	// relationship — farmers, fishermen, traders, drivers, RT/RW heads.
	BPU
	// Jakon is Jasa Konstruksi: workers on a construction project, covered per project.
	Jakon
	// PMI is Pekerja Migran Indonesia: Indonesian migrant workers.
	PMI
)

// segments is the table of the segments: their codes and names. A
// segment's policy, the programs it takes, is its program rule in [Params]
// (for PU, one per [BusinessScale]).
var segments = enum.New(enum.Fold, []enum.Def[Segment, struct{}]{
	{Value: PU, Code: "PU", ID: "Penerima Upah", EN: "Wage Earner"},
	{Value: BPU, Code: "BPU", ID: "Bukan Penerima Upah", EN: "Non-Wage Earner"},
	{Value: Jakon, Code: "JAKON", ID: "Jasa Konstruksi", EN: "Construction Services"},
	{Value: PMI, Code: "PMI", ID: "Pekerja Migran Indonesia", EN: "Indonesian Migrant Worker"},
})

// Segments returns every segment in order.
func Segments() []Segment { return segments.Values() }

// IsValid reports whether s is one of the segments.
func (s Segment) IsValid() bool { return segments.Valid(s) }

// String returns the segment's code: "PU", "BPU", "JAKON" or "PMI".
func (s Segment) String() string { return segments.Code(s) }

// Name returns the segment's full name in the given language.
func (s Segment) Name(l problem.Lang) string { return segments.Name(s, l) }

// ParseSegment reads a segment code, ignoring case and surrounding spaces.
func ParseSegment(s string) (Segment, error) {
	if g, ok := segments.Lookup(s); ok {
		return g, nil
	}
	return 0, problem.New(ErrUnknownSegment, "segment.unknown", "segment", problem.Clip(s),
		"tidak dikenal; gunakan "+segments.Choices(problem.Indonesian),
		"unknown; use "+segments.Choices(problem.English))
}

// MarshalText encodes the segment as its code.
func (s Segment) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrUnknownSegment, "segment.unknown", "segment", "",
			"kosong atau tidak dikenal", "empty or unknown")
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a segment code.
func (s *Segment) UnmarshalText(b []byte) error {
	v, err := ParseSegment(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Payer is who pays a participant's contribution. The zero Payer is invalid.
type Payer uint8

const (
	// PayerSelf is the participant, paying their own contribution.
	PayerSelf Payer = iota + 1
	// PayerEmployer is the employer of a wage earner.
	PayerEmployer
	// PayerVillage is the village government (Pemerintah Desa), from the village budget (APBDes).
	PayerVillage
	// PayerRegency is the regency or city government, from its budget (APBD).
	PayerRegency
	// PayerSponsor is another sponsor: a company's CSR, a foundation, a donor.
	PayerSponsor
)

// payers is the table of the payers: their codes and descriptions.
var payers = enum.New(enum.Fold, []enum.Def[Payer, struct{}]{
	{Value: PayerSelf, Code: "SELF", ID: "peserta sendiri", EN: "the participant"},
	{Value: PayerEmployer, Code: "EMPLOYER", ID: "pemberi kerja", EN: "the employer"},
	{Value: PayerVillage, Code: "VILLAGE", ID: "pemerintah desa", EN: "the village government"},
	{Value: PayerRegency, Code: "REGENCY", ID: "pemerintah kabupaten/kota", EN: "the regency or city government"},
	{Value: PayerSponsor, Code: "SPONSOR", ID: "sponsor lain", EN: "another sponsor"},
})

// Payers returns every payer in order.
func Payers() []Payer { return payers.Values() }

// IsValid reports whether p is one of the payers.
func (p Payer) IsValid() bool { return payers.Valid(p) }

// String returns the payer's code, such as "VILLAGE".
func (p Payer) String() string { return payers.Code(p) }

// Name returns a description of the payer in the given language.
func (p Payer) Name(l problem.Lang) string { return payers.Name(p, l) }

// ParsePayer reads a payer code, ignoring case and surrounding spaces.
func ParsePayer(s string) (Payer, error) {
	if p, ok := payers.Lookup(s); ok {
		return p, nil
	}
	return 0, problem.New(ErrUnknownPayer, "payer.unknown", "payer", problem.Clip(s),
		"tidak dikenal; gunakan "+payers.Choices(problem.Indonesian),
		"unknown; use "+payers.Choices(problem.English))
}

// MarshalText encodes the payer as its code.
func (p Payer) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, problem.New(ErrUnknownPayer, "payer.unknown", "payer", "",
			"kosong atau tidak dikenal", "empty or unknown")
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes a payer code.
func (p *Payer) UnmarshalText(b []byte) error {
	v, err := ParsePayer(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// BusinessScale is the size of a wage earner's employer, which decides the
// programs the employer must register its workers in (Perpres 109/2013
// Pasal 6). The zero BusinessScale means unknown.
type BusinessScale uint8

const (
	// Micro is a micro business (usaha mikro).
	Micro BusinessScale = iota + 1
	// Small is a small business (usaha kecil).
	Small
	// Medium is a medium business (usaha menengah).
	Medium
	// Large is a large business (usaha besar).
	Large
)

// scales is the table of the business scales: their codes and names. A
// scale's policy, the programs its workers take, is its PU program rule in
// [Params].
var scales = enum.New(enum.Fold, []enum.Def[BusinessScale, struct{}]{
	{Value: Micro, Code: "MICRO", ID: "usaha mikro", EN: "micro business"},
	{Value: Small, Code: "SMALL", ID: "usaha kecil", EN: "small business"},
	{Value: Medium, Code: "MEDIUM", ID: "usaha menengah", EN: "medium business"},
	{Value: Large, Code: "LARGE", ID: "usaha besar", EN: "large business"},
})

// BusinessScales returns every business scale in order.
func BusinessScales() []BusinessScale { return scales.Values() }

// IsValid reports whether s is one of the scales.
func (s BusinessScale) IsValid() bool { return scales.Valid(s) }

// String returns the scale's code, such as "SMALL".
func (s BusinessScale) String() string { return scales.Code(s) }

// Name returns the scale's name in the given language.
func (s BusinessScale) Name(l problem.Lang) string { return scales.Name(s, l) }

// ParseBusinessScale reads a scale code, ignoring case and surrounding spaces.
func ParseBusinessScale(s string) (BusinessScale, error) {
	if g, ok := scales.Lookup(s); ok {
		return g, nil
	}
	return 0, problem.New(ErrUnknownBusinessScale, "business_scale.unknown", "business_scale", problem.Clip(s),
		"tidak dikenal; gunakan "+scales.Choices(problem.Indonesian),
		"unknown; use "+scales.Choices(problem.English))
}

// MarshalText encodes the scale as its code; the zero value encodes as "".
func (s BusinessScale) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a scale code; empty text gives the zero value.
func (s *BusinessScale) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = 0
		return nil
	}
	v, err := ParseBusinessScale(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
