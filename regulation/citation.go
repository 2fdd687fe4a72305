package regulation

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// Confidence says how well the legal source of a value was seen.
type Confidence uint8

const (
	// Text means the article text itself was seen: a copy of the statute, or a
	// quotation that names the article.
	Text Confidence = iota + 1
	// Secondary means press reports, official statements reported by the
	// press, or other code citing the rule, consistent across sources, without
	// the regulation's text having been seen.
	Secondary
	// Unconfirmed means one weak source, sources that disagree, or none at all.
	// A value marked Unconfirmed is a default a caller should check and may
	// override; it is never presented as settled law.
	Unconfirmed
)

var confidenceNames = [...]string{Text: "text", Secondary: "secondary", Unconfirmed: "unconfirmed"}

// String returns "text", "secondary" or "unconfirmed", or "" for the zero value.
func (c Confidence) String() string {
	if c < Text || c > Unconfirmed {
		return ""
	}
	return confidenceNames[c]
}

var confidenceLabels = [...]string{Text: "naskah", Secondary: "sekunder", Unconfirmed: "belum pasti"}

// Label returns the confidence as a reader of lang sees it: in English the
// name String returns, in Indonesian "naskah" (the article text was seen),
// "sekunder" (secondary sources) or "belum pasti" (unconfirmed). It returns ""
// for the zero value.
func (c Confidence) Label(lang problem.Lang) string {
	if !c.IsValid() {
		return ""
	}
	if lang == problem.English {
		return confidenceNames[c]
	}
	return confidenceLabels[c]
}

// IsValid reports whether c is one of the three confidence levels.
func (c Confidence) IsValid() bool { return c >= Text && c <= Unconfirmed }

// MarshalText encodes the confidence as its name.
func (c Confidence) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("regulation: confidence %d has no name", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes "text", "secondary" or "unconfirmed".
func (c *Confidence) UnmarshalText(b []byte) error {
	for i, name := range confidenceNames {
		if name != "" && strings.EqualFold(string(b), name) {
			*c = Confidence(i)
			return nil
		}
	}
	return problem.New(ErrInvalidCitation, "citation.confidence", "confidence", problem.Clip(string(b)),
		"harus text, secondary atau unconfirmed",
		"must be text, secondary or unconfirmed")
}

// Citation is the legal source of a value.
//
// Instrument and Note are written in English, with the names of instruments,
// programs and bodies as they are (PP 45/2015, Dana Desa, BPJS
// Ketenagakerjaan). Where they hold descriptive words, Indonesian carries the
// same facts worded in Indonesian; [Citation.Format], [Citation.InstrumentIn]
// and [Citation.NoteIn] pick the wording of a language.
type Citation struct {
	// Instrument names the regulation, such as "PP 45/2015" or
	// "BPJS Ketenagakerjaan letter B/1226/022026".
	Instrument string `json:"instrument"`
	// Article is the article and paragraph, such as "Pasal 29 ayat (2)",
	// or "" when the value comes from the instrument as a whole.
	Article string `json:"article,omitempty"`
	// URL points at a copy of the text, when one is known.
	URL string `json:"url,omitempty"`
	// VerifiedOn is the day the value was last checked against its source.
	VerifiedOn Date `json:"verified_on,omitzero"`
	// Confidence says how well the source was seen.
	Confidence Confidence `json:"confidence"`
	// Note records an assumption or a caveat, such as the month a new cap was
	// assumed to apply from.
	Note string `json:"note,omitempty"`
	// Indonesian is the Indonesian wording of Instrument and Note, for
	// those that hold descriptive words; an empty field means the English
	// field reads the same in Indonesian (a bare name such as "PP 44/2015")
	// or has no Indonesian wording yet.
	Indonesian Wording `json:"indonesian,omitzero"`
}

// Wording is a citation's instrument and note worded in one language.
type Wording struct {
	// Instrument is the instrument's wording.
	Instrument string `json:"instrument,omitempty"`
	// Note is the note's wording.
	Note string `json:"note,omitempty"`
}

// WithIndonesian returns c with the Indonesian wording of its instrument and
// note; an empty argument leaves that field's wording as it was.
func (c Citation) WithIndonesian(instrument, note string) Citation {
	if instrument != "" {
		c.Indonesian.Instrument = instrument
	}
	if note != "" {
		c.Indonesian.Note = note
	}
	return c
}

// InstrumentIn returns the instrument worded for lang: the Indonesian
// wording when lang is Indonesian and one is given, Instrument otherwise.
func (c Citation) InstrumentIn(lang problem.Lang) string {
	if lang != problem.English && c.Indonesian.Instrument != "" {
		return c.Indonesian.Instrument
	}
	return c.Instrument
}

// NoteIn returns the note worded for lang: the Indonesian wording when lang
// is Indonesian and one is given, Note otherwise.
func (c Citation) NoteIn(lang problem.Lang) string {
	if lang != problem.English && c.Indonesian.Note != "" {
		return c.Indonesian.Note
	}
	return c.Note
}

// Format returns the citation as a reader of lang quotes it, with the
// instrument worded for lang and the confidence mark translated:
// "PP 45/2015 Pasal 29 ayat (2) [naskah]" in Indonesian,
// "PP 45/2015 Pasal 29 ayat (2) [text]" in English. Articles are quoted as
// the instrument numbers them ("Pasal", "ayat", "Lampiran") in both.
func (c Citation) Format(lang problem.Lang) string {
	return c.format(c.InstrumentIn(lang), c.Confidence.Label(lang))
}

// String returns the citation with the English instrument and the
// confidence's code, "PP 45/2015 Pasal 29 ayat (2) [text]", for logs and
// debugging; output for people uses [Citation.Format].
func (c Citation) String() string { return c.format(c.Instrument, c.Confidence.String()) }

func (c Citation) format(instrument, mark string) string {
	var b strings.Builder
	b.WriteString(instrument)
	if c.Article != "" {
		b.WriteByte(' ')
		b.WriteString(c.Article)
	}
	if mark != "" {
		b.WriteString(" [")
		b.WriteString(mark)
		b.WriteByte(']')
	}
	return b.String()
}

// Check reports what is missing from the citation: an instrument and a
// confidence level are required.
func (c Citation) Check() error {
	var l problem.List
	if strings.TrimSpace(c.Instrument) == "" {
		l = append(l, problem.New(ErrInvalidCitation, "citation.instrument", "instrument", "",
			"sumber hukum (instrumen) wajib diisi", "the legal instrument is required"))
	}
	if !c.Confidence.IsValid() {
		l = append(l, problem.New(ErrInvalidCitation, "citation.confidence", "confidence", c.Confidence.String(),
			"wajib diisi: text, secondary atau unconfirmed",
			"is required: text, secondary or unconfirmed"))
	}
	return l.Err()
}
