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
		"tingkat keyakinan harus text, secondary atau unconfirmed",
		"confidence must be text, secondary or unconfirmed")
}

// Citation is the legal source of a value.
type Citation struct {
	// Instrument names the regulation, such as "PP 45/2015" or
	// "BPJS letter B/1226/022026".
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
}

// String returns the citation as people quote it: "PP 45/2015 Pasal 29 ayat (2) [text]".
func (c Citation) String() string {
	var b strings.Builder
	b.WriteString(c.Instrument)
	if c.Article != "" {
		b.WriteByte(' ')
		b.WriteString(c.Article)
	}
	if c.Confidence.IsValid() {
		b.WriteString(" [")
		b.WriteString(c.Confidence.String())
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
			"tingkat keyakinan wajib diisi: text, secondary atau unconfirmed",
			"confidence is required: text, secondary or unconfirmed"))
	}
	return l.Err()
}
