package wilayah

import "github.com/desasadar/jamsos/region"

//go:generate go run ../../internal/wilayahgen -in $WILAYAH_SQL -out . -source "cahyadsn/wilayah on GitHub, file db/wilayah.sql, commit b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7 (2026-08-08)" -note "The source file's header names Kepmendagri 300.2.2-2138 Tahun 2025; the source repository's README names Kepmendagri 300.2.2-2430 Tahun 2025, reported elsewhere as an amendment of 2138/2025. jamsos cites the edition the file itself states; the decree's text was not compared."

// Edition names the list a [Directory] follows and where its copy comes from.
type Edition struct {
	// Instrument is the short citation of the decree whose list this is,
	// such as "Kepmendagri 300.2.2-2138/2025".
	Instrument string `json:"instrument"`
	// Title is the decree's full title, in Indonesian.
	Title string `json:"title,omitempty"`
	// Year is the year of the list.
	Year int `json:"year"`
	// Data says where the copy of the list comes from.
	Data string `json:"data,omitempty"`
	// Confidence is how the copy was checked against the decree: "text",
	// "secondary" or "unconfirmed", as in [region.Source].
	Confidence string `json:"confidence"`
	// Note says what is uncertain about the edition, if anything.
	Note string `json:"note,omitempty"`
}

// Citation returns the edition as one line for a report: the instrument,
// its title and where the data comes from.
func (e Edition) Citation() string {
	s := e.Instrument
	if e.Title != "" {
		s += " (" + e.Title + ")"
	}
	if e.Data != "" {
		s += "; data: " + e.Data
	}
	if e.Confidence != "" {
		s += "; confidence: " + e.Confidence
	}
	return s
}

// Source returns the edition as the region package cites an instrument.
func (e Edition) Source() region.Source {
	return region.Source{Instrument: e.Instrument, Confidence: e.Confidence}
}

// Edition2025 is the edition of the embedded list: Kemendagri's 2025 list of
// area codes, Kepmendagri 300.2.2-2138/2025 of 25 April 2025, as the header
// of the copied file states. The copy is cahyadsn/wilayah's db/wilayah.sql
// (MIT licence, see NOTICE). It has 38 provinces, 514 regencies and cities,
// 7,285 districts and 83,762 villages. A second copy of the list, the npm
// package idn-area-data 4.0.1 (ODbL, not embedded), has the same 91,599
// codes; the names differ in 57 places, mostly punctuation ("Batu Jong-Jong"
// and "Batu Jong - Jong"), and in a few words (71.09 is "Kabupaten Kep. Siau
// Tagulandang Biaro" here, "Kabupaten Kepulauan Siau Tagulandang Biaro"
// there). The repository's README names a later decree,
// 300.2.2-2430/2025, reported as an amendment; which of the two the file
// follows was not checked against the decrees' text, so the confidence is
// "secondary".
var Edition2025 = Edition{
	Instrument: "Kepmendagri 300.2.2-2138/2025",
	Title:      "Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau",
	Year:       2025,
	Data:       "cahyadsn/wilayah db/wilayah.sql, commit b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7, last edited 2026-02-13 (MIT)",
	Confidence: "secondary",
	Note:       "the source file's header names Kepmendagri 300.2.2-2138/2025; its repository's README names 300.2.2-2430/2025, reported as an amendment; not compared with the decrees' text",
}
