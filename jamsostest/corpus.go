package jamsostest

import (
	"encoding/json"
	"io"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// CorpusVersion is the version of the corpus format. It changes when a
// field changes meaning or goes away; new sections or fields may be added
// within a version.
const CorpusVersion = 1

// CorpusSeed is the seed of the corpus committed with this package
// (testdata/corpus/v1.json).
const CorpusSeed = 1

// Corpus is the language-neutral test corpus: inputs with the outcome the
// library gives them, for test suites not written in Go. Its JSON form is
// described in the package documentation.
type Corpus struct {
	// Version is [CorpusVersion].
	Version int `json:"version"`
	// Source names the package and the seed the corpus was made with.
	Source string `json:"source"`
	Seed   uint64 `json:"seed"`
	// Year is the generator's year: NIKs are read on 31 December of it,
	// registrations start in it.
	Year int `json:"year"`
	// Checks says, for each section, how a case is checked.
	Checks map[string]string `json:"checks"`
	// NIK, KPJ and Phone are identifier texts and their outcomes.
	NIK   []CorpusNIK   `json:"nik"`
	KPJ   []CorpusID    `json:"kpj"`
	Phone []CorpusPhone `json:"phone"`
	// Registrations are registration documents and their outcomes.
	Registrations []RegistrationCase `json:"registrations"`
}

// CorpusNIK is a NIK text, the options to read it with, and its outcome:
// what it encodes when valid, the problems otherwise.
type CorpusNIK struct {
	Input string `json:"input"`
	// Reference and AllowPlaceholder are membership.NIKOptions.
	Reference        regulation.Date `json:"reference,omitzero"`
	AllowPlaceholder bool            `json:"allow_placeholder,omitempty"`
	Valid            bool            `json:"valid"`
	// District, BirthDate, Sex and Serial are what a valid NIK encodes.
	District  string `json:"district,omitempty"`
	BirthDate string `json:"birth_date,omitempty"`
	Sex       string `json:"sex,omitempty"`
	Serial    int    `json:"serial,omitempty"`
	// Faults and Problems are those of an invalid NIK.
	Faults   []NIKFault `json:"faults,omitempty"`
	Problems []Problem  `json:"problems,omitempty"`
}

// CorpusID is a KPJ text and its outcome.
type CorpusID struct {
	Input    string    `json:"input"`
	Valid    bool      `json:"valid"`
	Fault    string    `json:"fault,omitempty"`
	Problems []Problem `json:"problems,omitempty"`
}

// CorpusPhone is a phone text and its outcome: the E.164 number when
// valid.
type CorpusPhone struct {
	Input    string    `json:"input"`
	Valid    bool      `json:"valid"`
	Form     PhoneForm `json:"form,omitempty"`
	E164     string    `json:"e164,omitempty"`
	Fault    string    `json:"fault,omitempty"`
	Problems []Problem `json:"problems,omitempty"`
}

var corpusChecks = map[string]string{
	"nik": "Read input as a NIK (membership.ParseNIK) on the reference date (default: 31 December of year) and, when allow_placeholder, " +
		"accepting a placeholder. A valid case must read, and encode district, birth_date, sex and serial; an invalid one must fail " +
		"with exactly the problems listed (code and field), in any order.",
	"kpj":   "Read input as a KPJ number (membership.ParseKPJ): valid, or exactly the problems listed.",
	"phone": "Read input as a phone number (membership.ParsePhone): valid with the e164 form, or exactly the problems listed.",
	"registrations": "Decode input as a registration document (membership.DecodeRegistration, strict: unknown or repeated fields " +
		"and values of the wrong type are problems). If decoding reports problems, they are the outcome; otherwise validate the " +
		"registration (Registration.Validate) with options (reference: the day of the check, default the first day of start_month; " +
		"allow_placeholder_nik; max_registration_age) and its problems are the outcome. A case without problems is valid. Compare " +
		"problems as sets of (code, field).",
}

// NewCorpus makes the corpus for seed, with the generator's default year
// and always the built-in places (not [DefaultPlaces], which may grow), so
// that a corpus version stays the same data: for NIKs, every fault three
// times, some combinations, and valid numbers in every written form; for
// KPJ and phone numbers, valid ones (every phone form) and every fault;
// for registrations, valid ones of every segment, every fault twice and
// pairs of faults that fit together. Cases whose fault only a Go value
// can carry are left out.
func NewCorpus(seed uint64) (Corpus, error) {
	g := MustNew(seed, Options{Places: builtinPlaces()})
	c := Corpus{Version: CorpusVersion, Source: "github.com/desasadar/jamsos/jamsostest", Seed: seed, Year: g.year, Checks: corpusChecks}

	// NIKs.
	for i := range 12 {
		k, err := g.NIK(NIKSpec{})
		if err != nil {
			return Corpus{}, err
		}
		d := k.Digits()
		input := d
		switch i % 4 {
		case 1:
			input = d[:4] + " " + d[4:8] + " " + d[8:12] + " " + d[12:]
		case 2:
			input = d[:2] + "." + d[2:4] + "." + d[4:6] + "." + d[6:12] + "." + d[12:]
		case 3:
			input = d[:6] + "-" + d[6:12] + "-" + d[12:]
		}
		c.NIK = append(c.NIK, CorpusNIK{Input: input, Valid: true, District: k.District().String(),
			BirthDate: k.BirthDate().String(), Sex: k.Sex().String(), Serial: k.Serial()})
	}
	combos := [][]NIKFault{{NIKProvince, NIKSerial}, {NIKDistrict, NIKBirthDayGap}, {NIKProvince, NIKLeapDay, NIKSerial},
		{NIKDistrict, NIKFemaleCalendar, NIKSerial}, {NIKBirthFuture, NIKSerial}}
	var faults [][]NIKFault
	for _, f := range NIKFaults() {
		for range 3 {
			faults = append(faults, []NIKFault{f})
		}
	}
	for _, fs := range append(faults, combos...) {
		nc, err := g.InvalidNIK(fs...)
		if err != nil {
			return Corpus{}, err
		}
		c.NIK = append(c.NIK, CorpusNIK{Input: nc.Input, Reference: nc.Options.Reference, AllowPlaceholder: nc.Options.AllowPlaceholder,
			Faults: nc.Faults, Problems: nc.Want})
	}

	// KPJ and phone numbers.
	for range 3 {
		c.KPJ = append(c.KPJ, CorpusID{Input: g.KPJ().Digits(), Valid: true})
	}
	for _, f := range KPJFaults() {
		for range 2 {
			id, err := g.InvalidKPJ(f)
			if err != nil {
				return Corpus{}, err
			}
			c.KPJ = append(c.KPJ, CorpusID{Input: id.Input, Fault: id.Fault, Problems: id.Want})
		}
	}
	for _, f := range PhoneForms() {
		for range 2 {
			text, p, err := g.Phone(f)
			if err != nil {
				return Corpus{}, err
			}
			c.Phone = append(c.Phone, CorpusPhone{Input: text, Valid: true, Form: f, E164: p.E164()})
		}
	}
	for _, f := range PhoneFaults() {
		for range 2 {
			id, err := g.InvalidPhone(f)
			if err != nil {
				return Corpus{}, err
			}
			c.Phone = append(c.Phone, CorpusPhone{Input: id.Input, Fault: id.Fault, Problems: id.Want})
		}
	}

	// Registrations.
	for _, seg := range membership.Segments() {
		for range 3 {
			rc, err := g.ValidRegistration(RegistrationSpec{Participant: ParticipantSpec{Segment: seg}})
			if err != nil {
				return Corpus{}, err
			}
			c.Registrations = append(c.Registrations, rc)
		}
	}
	infos := RegFaults()
	var sets [][]RegFault
	for _, f := range infos {
		if !f.ValueOnly {
			sets = append(sets, []RegFault{f.Fault}, []RegFault{f.Fault})
		}
	}
	// Every fourth pair of faults that fit together.
	k := 0
	for i, a := range infos {
		for _, b := range infos[i+1:] {
			if a.ValueOnly || b.ValueOnly || conflict(a, b) || (a.Segment != 0 && b.Segment != 0 && a.Segment != b.Segment) {
				continue
			}
			if k%4 == 0 {
				sets = append(sets, []RegFault{a.Fault, b.Fault})
			}
			k++
		}
	}
	for _, fs := range sets {
		rc, err := g.InvalidRegistration(RegistrationSpec{}, fs...)
		if err != nil {
			return Corpus{}, err
		}
		c.Registrations = append(c.Registrations, rc)
	}
	return c, nil
}

// WriteJSON writes the corpus as indented JSON with a final newline.
func (c Corpus) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
