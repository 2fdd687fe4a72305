package membership

import (
	"strings"

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

var segmentNames = [...]struct{ code, id, en string }{
	PU:    {"PU", "Penerima Upah", "Wage Earner"},
	BPU:   {"BPU", "Bukan Penerima Upah", "Non-Wage Earner"},
	Jakon: {"JAKON", "Jasa Konstruksi", "Construction Services"},
	PMI:   {"PMI", "Pekerja Migran Indonesia", "Indonesian Migrant Worker"},
}

// Segments returns every segment in order.
func Segments() []Segment { return []Segment{PU, BPU, Jakon, PMI} }

// IsValid reports whether s is one of the four segments.
func (s Segment) IsValid() bool { return s >= PU && s <= PMI }

// String returns the segment's code: "PU", "BPU", "JAKON" or "PMI".
func (s Segment) String() string {
	if !s.IsValid() {
		return ""
	}
	return segmentNames[s].code
}

// Name returns the segment's full name in the given language.
func (s Segment) Name(l problem.Lang) string {
	if !s.IsValid() {
		return ""
	}
	if l == problem.English {
		return segmentNames[s].en
	}
	return segmentNames[s].id
}

// ParseSegment reads a segment code, ignoring case and surrounding spaces.
func ParseSegment(s string) (Segment, error) {
	t := strings.TrimSpace(s)
	for g := PU; g <= PMI; g++ {
		if strings.EqualFold(t, segmentNames[g].code) {
			return g, nil
		}
	}
	return 0, problem.New(ErrUnknownSegment, "segment.unknown", "segment", problem.Clip(s),
		"segmen tidak dikenal; gunakan PU, BPU, JAKON atau PMI",
		"unknown segment; use PU, BPU, JAKON or PMI")
}

// MarshalText encodes the segment as its code.
func (s Segment) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrUnknownSegment, "segment.unknown", "segment", "",
			"segmen kosong atau tidak dikenal", "empty or unknown segment")
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

var payerNames = [...]struct{ code, id, en string }{
	PayerSelf:     {"SELF", "peserta sendiri", "the participant"},
	PayerEmployer: {"EMPLOYER", "pemberi kerja", "the employer"},
	PayerVillage:  {"VILLAGE", "pemerintah desa", "the village government"},
	PayerRegency:  {"REGENCY", "pemerintah kabupaten/kota", "the regency or city government"},
	PayerSponsor:  {"SPONSOR", "sponsor lain", "another sponsor"},
}

// IsValid reports whether p is one of the payers.
func (p Payer) IsValid() bool { return p >= PayerSelf && p <= PayerSponsor }

// String returns the payer's code, such as "VILLAGE".
func (p Payer) String() string {
	if !p.IsValid() {
		return ""
	}
	return payerNames[p].code
}

// Name returns a description of the payer in the given language.
func (p Payer) Name(l problem.Lang) string {
	if !p.IsValid() {
		return ""
	}
	if l == problem.English {
		return payerNames[p].en
	}
	return payerNames[p].id
}

// ParsePayer reads a payer code, ignoring case and surrounding spaces.
func ParsePayer(s string) (Payer, error) {
	t := strings.TrimSpace(s)
	for p := PayerSelf; p <= PayerSponsor; p++ {
		if strings.EqualFold(t, payerNames[p].code) {
			return p, nil
		}
	}
	return 0, problem.New(ErrUnknownPayer, "payer.unknown", "payer", problem.Clip(s),
		"pembayar tidak dikenal; gunakan SELF, EMPLOYER, VILLAGE, REGENCY atau SPONSOR",
		"unknown payer; use SELF, EMPLOYER, VILLAGE, REGENCY or SPONSOR")
}

// MarshalText encodes the payer as its code.
func (p Payer) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, problem.New(ErrUnknownPayer, "payer.unknown", "payer", "",
			"pembayar kosong atau tidak dikenal", "empty or unknown payer")
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

var scaleNames = [...]struct{ code, id, en string }{
	Micro:  {"MICRO", "usaha mikro", "micro business"},
	Small:  {"SMALL", "usaha kecil", "small business"},
	Medium: {"MEDIUM", "usaha menengah", "medium business"},
	Large:  {"LARGE", "usaha besar", "large business"},
}

// IsValid reports whether s is one of the four scales.
func (s BusinessScale) IsValid() bool { return s >= Micro && s <= Large }

// String returns the scale's code, such as "SMALL".
func (s BusinessScale) String() string {
	if !s.IsValid() {
		return ""
	}
	return scaleNames[s].code
}

// Name returns the scale's name in the given language.
func (s BusinessScale) Name(l problem.Lang) string {
	if !s.IsValid() {
		return ""
	}
	if l == problem.English {
		return scaleNames[s].en
	}
	return scaleNames[s].id
}

// ParseBusinessScale reads a scale code, ignoring case and surrounding spaces.
func ParseBusinessScale(s string) (BusinessScale, error) {
	t := strings.TrimSpace(s)
	for g := Micro; g <= Large; g++ {
		if strings.EqualFold(t, scaleNames[g].code) {
			return g, nil
		}
	}
	return 0, problem.New(ErrUnknownBusinessScale, "business_scale.unknown", "business_scale", problem.Clip(s),
		"skala usaha tidak dikenal; gunakan MICRO, SMALL, MEDIUM atau LARGE",
		"unknown business scale; use MICRO, SMALL, MEDIUM or LARGE")
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
