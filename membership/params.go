package membership

import (
	"fmt"
	"sync"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Params holds every dated rule of this package: which programs exist,
// which each kind of participant must and may take, the age limits, and the
// BPU lapse and reactivation policy. Each is a [regulation.Timeline] whose
// entries carry their citation.
//
// [DefaultParams] returns the rules built into this release. A caller who
// knows better (a new regulation, a branch's confirmed practice) derives new
// Params with [Params.WithOverrides], or replaces a field with a timeline of
// their own. A nil field stands for the built-in timeline, so the zero Params
// behaves like DefaultParams. Params holds only immutable timelines and is
// safe for concurrent use.
type Params struct {
	// ProgramsOffered is the set of programs BPJS Ketenagakerjaan runs on a
	// date ("programs.offered"): JKK, JKM, JHT and JP from 1 Jul 2015, and
	// JKP from 2 Feb 2021.
	ProgramsOffered *regulation.Timeline[ProgramSet]

	// PUMicroPrograms are the programs of wage earners whose employer is a
	// micro business ("pu.micro.programs"): JKK and JKM required.
	PUMicroPrograms *regulation.Timeline[ProgramRule]
	// PUSmallPrograms are the programs of wage earners whose employer is a
	// small business ("pu.small.programs"): JKK, JKM and JHT required.
	PUSmallPrograms *regulation.Timeline[ProgramRule]
	// PUMediumPrograms are the programs of wage earners whose employer is a
	// medium business ("pu.medium.programs"): JKK, JKM, JHT and JP required.
	PUMediumPrograms *regulation.Timeline[ProgramRule]
	// PULargePrograms are the programs of wage earners whose employer is a
	// large business ("pu.large.programs"): JKK, JKM, JHT and JP required.
	PULargePrograms *regulation.Timeline[ProgramRule]
	// BPUPrograms are the programs of non-wage earners ("bpu.programs").
	BPUPrograms *regulation.Timeline[ProgramRule]
	// JakonPrograms are the programs of construction workers ("jakon.programs").
	JakonPrograms *regulation.Timeline[ProgramRule]
	// PMIPrograms are the programs of migrant workers ("pmi.programs").
	PMIPrograms *regulation.Timeline[ProgramRule]

	// JPRetirementAge is the pension age of JP in years ("jp.retirement_age");
	// no one may be enrolled in JP once they reach it.
	JPRetirementAge *regulation.Timeline[int]
	// JKPAgeLimit is the age in years before which a participant must have
	// registered to be covered by JKP ("jkp.registration_age_limit").
	JKPAgeLimit *regulation.Timeline[int]
	// BPULapseMonths is the number of consecutive unpaid months after which a
	// BPU membership becomes non-active ("bpu.lapse_months").
	BPULapseMonths *regulation.Timeline[int]
	// BPUReactivation is what a payment after a BPU lapse does
	// ("bpu.reactivation").
	BPUReactivation *regulation.Timeline[Reactivation]
}

// DefaultParams returns the rules built into this release. Every call returns
// the same immutable timelines.
func DefaultParams() Params { return defaultParams() }

var defaultParams = sync.OnceValue(func() Params {
	var p Params
	params.Init(&p)
	return p
})

var (
	programStart = regulation.MustDate(2015, time.July, 1)
	jkpStart     = regulation.MustDate(2021, time.February, 2)
	// base is the two programs every kind of participant takes.
	base = SetOf(JKK, JKM)
	// five are the five programs, spelt out: a program added to the table
	// is offered, and taken by wage earners, only once this policy says so.
	five = SetOf(JKK, JKM, JHT, JP, JKP)
)

const practice = "BPJS Ketenagakerjaan (reported practice)"

// practiceID is practice worded in Indonesian.
const practiceID = "BPJS Ketenagakerjaan (praktik menurut pemberitaan)"

// params declares every parameter of [Params] once: its name, its field and
// its built-in entries, each with its citation and confidence. The
// defaults, the listing ([Params.Timelines]) and the overrides
// ([Params.WithOverrides]) all come from this list, in its order.
var params = regulation.Params[Params]{
	regulation.Param[Params, ProgramSet]{
		Name:  "programs.offered",
		Field: func(p *Params) **regulation.Timeline[ProgramSet] { return &p.ProgramsOffered },
		Entries: func() []regulation.Entry[ProgramSet] {
			return []regulation.Entry[ProgramSet]{{
				From: programStart, Until: jkpStart.AddDays(-1), Value: SetOf(JKK, JKM, JHT, JP),
				Citation: regulation.Citation{Instrument: "UU 24/2011", Article: "Pasal 6 ayat (2)", Confidence: regulation.Secondary,
					Note:       "BPJS Ketenagakerjaan has run JKK, JKM, JHT and JP since 1 Jul 2015",
					Indonesian: regulation.Wording{Note: "BPJS Ketenagakerjaan menyelenggarakan JKK, JKM, JHT dan JP sejak 1 Juli 2015"}},
			}, {
				From: jkpStart, Value: five,
				Citation: regulation.Citation{Instrument: "PP 37/2021", Confidence: regulation.Secondary,
					Note:       "JKP (job-loss insurance) starts on 2 Feb 2021",
					Indonesian: regulation.Wording{Note: "JKP (Jaminan Kehilangan Pekerjaan) mulai 2 Februari 2021"}},
			}}
		},
	},
	pu("pu.micro.programs", func(p *Params) **regulation.Timeline[ProgramRule] { return &p.PUMicroPrograms },
		base, "a micro business registers its workers in JKK and JKM"),
	pu("pu.small.programs", func(p *Params) **regulation.Timeline[ProgramRule] { return &p.PUSmallPrograms },
		base.With(JHT), "a small business registers its workers in JKK, JKM and JHT"),
	pu("pu.medium.programs", func(p *Params) **regulation.Timeline[ProgramRule] { return &p.PUMediumPrograms },
		base.With(JHT).With(JP), "a medium business registers its workers in JKK, JKM, JHT and JP"),
	pu("pu.large.programs", func(p *Params) **regulation.Timeline[ProgramRule] { return &p.PULargePrograms },
		base.With(JHT).With(JP), "a large business registers its workers in JKK, JKM, JHT and JP"),
	regulation.Param[Params, ProgramRule]{
		Name:  "bpu.programs",
		Field: func(p *Params) **regulation.Timeline[ProgramRule] { return &p.BPUPrograms },
		Entries: func() []regulation.Entry[ProgramRule] {
			return []regulation.Entry[ProgramRule]{{
				From: programStart, Value: ProgramRule{Required: base, Optional: SetOf(JHT)},
				Citation: regulation.Citation{Instrument: "PP 44/2015", Confidence: regulation.Secondary,
					Note:       "BPU take the two mandatory programs JKK and JKM and may add JHT (PP 46/2015); JP and JKP are not available to them",
					Indonesian: regulation.Wording{Note: "BPU mengikuti dua program wajib JKK dan JKM dan dapat menambah JHT (PP 46/2015); JP dan JKP tidak tersedia bagi mereka"}},
			}}
		},
	},
	regulation.Param[Params, ProgramRule]{
		Name:  "jakon.programs",
		Field: func(p *Params) **regulation.Timeline[ProgramRule] { return &p.JakonPrograms },
		Entries: func() []regulation.Entry[ProgramRule] {
			return []regulation.Entry[ProgramRule]{{
				From: programStart, Value: ProgramRule{Required: base},
				Citation: regulation.Citation{Instrument: "PP 44/2015", Confidence: regulation.Secondary,
					Note:       "construction workers are registered per project in JKK and JKM only; procedure in Permenaker 44/2015, replaced by Permenaker 5/2021 from 1 Apr 2021",
					Indonesian: regulation.Wording{Note: "pekerja konstruksi didaftarkan per proyek dalam JKK dan JKM saja; tata caranya dalam Permenaker 44/2015, diganti Permenaker 5/2021 mulai 1 April 2021"}},
			}}
		},
	},
	regulation.Param[Params, ProgramRule]{
		Name:  "pmi.programs",
		Field: func(p *Params) **regulation.Timeline[ProgramRule] { return &p.PMIPrograms },
		Entries: func() []regulation.Entry[ProgramRule] {
			return []regulation.Entry[ProgramRule]{{
				From: regulation.MustDate(2018, time.December, 10), Until: regulation.MustDate(2023, time.February, 20),
				Value: ProgramRule{Required: base, Optional: SetOf(JHT)},
				Citation: regulation.Citation{Instrument: "Permenaker 18/2018", Confidence: regulation.Secondary,
					Note:       "assumed in force from its promulgation on 10 Dec 2018; it replaced Permenaker 7/2017, whose rules are not encoded",
					Indonesian: regulation.Wording{Note: "dianggap berlaku sejak diundangkan pada 10 Desember 2018; menggantikan Permenaker 7/2017, yang aturannya tidak dimuat"}},
			}, {
				From: regulation.MustDate(2023, time.February, 21), Value: ProgramRule{Required: base, Optional: SetOf(JHT)},
				Citation: regulation.Citation{Instrument: "Permenaker 4/2023", Confidence: regulation.Secondary},
			}}
		},
	},
	regulation.Param[Params, int]{
		Name:    "jp.retirement_age",
		Field:   func(p *Params) **regulation.Timeline[int] { return &p.JPRetirementAge },
		Entries: retirementAges,
	},
	regulation.Param[Params, int]{
		Name:  "jkp.registration_age_limit",
		Field: func(p *Params) **regulation.Timeline[int] { return &p.JKPAgeLimit },
		Entries: func() []regulation.Entry[int] {
			return []regulation.Entry[int]{{
				From: jkpStart, Until: regulation.MustDate(2025, time.February, 6), Value: 54,
				Citation: regulation.Citation{Instrument: "PP 37/2021", Confidence: regulation.Secondary,
					Note:       "JKP covers participants who registered before age 54",
					Indonesian: regulation.Wording{Note: "JKP mencakup peserta yang mendaftar sebelum berusia 54 tahun"}},
			}, {
				From: regulation.MustDate(2025, time.February, 7), Value: 54,
				Citation: regulation.Citation{Instrument: "PP 6/2025", Article: "Pasal 4 ayat (2) huruf b", Confidence: regulation.Text,
					Note:       "registered before age 54 (article text seen on pasal.id, December 2026 source check); in force 7 February 2025",
					Indonesian: regulation.Wording{Note: "mendaftar sebelum berusia 54 tahun (naskah pasal dilihat di pasal.id, pemeriksaan sumber Desember 2026); berlaku 7 Februari 2025"}},
			}}
		},
	},
	regulation.Param[Params, int]{
		Name:  "bpu.lapse_months",
		Field: func(p *Params) **regulation.Timeline[int] { return &p.BPULapseMonths },
		Entries: func() []regulation.Entry[int] {
			return []regulation.Entry[int]{{
				From: programStart, Value: 3,
				Citation: regulation.Citation{Instrument: practice, Confidence: regulation.Secondary,
					Note:       "after 3 consecutive unpaid months a BPU membership and its protection become non-active; regulation text not seen",
					Indonesian: regulation.Wording{Instrument: practiceID, Note: "setelah 3 bulan berturut-turut tanpa iuran, kepesertaan BPU dan perlindungannya menjadi nonaktif; naskah peraturan belum dilihat"}},
			}}
		},
	},
	regulation.Param[Params, Reactivation]{
		Name:  "bpu.reactivation",
		Field: func(p *Params) **regulation.Timeline[Reactivation] { return &p.BPUReactivation },
		Entries: func() []regulation.Entry[Reactivation] {
			return []regulation.Entry[Reactivation]{{
				From: programStart, Value: ReactivateByPaying,
				Citation: regulation.Citation{Instrument: practice, Confidence: regulation.Unconfirmed,
					Note:       "sources disagree: one says a non-active BPU continues by paying again with the NIK, another that they must register again from zero; this default keeps the membership",
					Indonesian: regulation.Wording{Instrument: practiceID, Note: "sumber berbeda: satu menyebut BPU nonaktif dapat melanjutkan dengan membayar kembali memakai NIK, yang lain bahwa ia harus mendaftar ulang dari awal; nilai bawaan ini mempertahankan kepesertaan"}},
			}}
		},
	},
}

// scaleNotesID words in Indonesian the notes of the business scales' programs.
var scaleNotesID = map[string]string{
	"a micro business registers its workers in JKK and JKM":           "usaha mikro mendaftarkan pekerjanya dalam JKK dan JKM",
	"a small business registers its workers in JKK, JKM and JHT":      "usaha kecil mendaftarkan pekerjanya dalam JKK, JKM dan JHT",
	"a medium business registers its workers in JKK, JKM, JHT and JP": "usaha menengah mendaftarkan pekerjanya dalam JKK, JKM, JHT dan JP",
	"a large business registers its workers in JKK, JKM, JHT and JP":  "usaha besar mendaftarkan pekerjanya dalam JKK, JKM, JHT dan JP",
}

// pu declares the programs of wage earners of one business scale: the
// required programs, and the rest of the five as optional.
func pu(name string, field func(*Params) **regulation.Timeline[ProgramRule], required ProgramSet, note string) regulation.Param[Params, ProgramRule] {
	return regulation.Param[Params, ProgramRule]{
		Name:  name,
		Field: field,
		Entries: func() []regulation.Entry[ProgramRule] {
			return []regulation.Entry[ProgramRule]{{
				From:  programStart,
				Value: ProgramRule{Required: required, Optional: five.Minus(required)},
				Citation: regulation.Citation{Instrument: "Perpres 109/2013", Article: "Pasal 6", Confidence: regulation.Secondary,
					Note: note, Indonesian: regulation.Wording{Note: scaleNotesID[note]}},
			}}
		},
	}
}

// retirementAges is the JP pension age: 56, then 57 from 2019, then one
// year more every three years up to 65 in 2043 (PP 45/2015 Pasal 15).
func retirementAges() []regulation.Entry[int] {
	d := regulation.MustDate
	const jan, dec = time.January, time.December
	out := []regulation.Entry[int]{{
		From: programStart, Until: d(2018, dec, 31), Value: 56,
		Citation: regulation.Citation{Instrument: "PP 45/2015", Article: "Pasal 15 ayat (1)", Confidence: regulation.Secondary},
	}, {
		From: d(2019, jan, 1), Until: d(2021, dec, 31), Value: 57,
		Citation: regulation.Citation{Instrument: "PP 45/2015", Article: "Pasal 15 ayat (2)", Confidence: regulation.Secondary},
	}}
	// Pasal 15 ayat (3): one year more every three years, up to 65 in 2043.
	for age, year := 58, 2022; age <= 65; age, year = age+1, year+3 {
		e := regulation.Entry[int]{
			From: d(year, jan, 1), Until: d(year+2, dec, 31), Value: age,
			Citation: regulation.Citation{Instrument: "PP 45/2015", Article: "Pasal 15 ayat (3)", Confidence: regulation.Text,
				Note:       "one year more every three years up to 65 (article quoted, polhukam.id, December 2026 source check)",
				Indonesian: regulation.Wording{Note: "bertambah satu tahun setiap tiga tahun sampai 65 (pasal dikutip, polhukam.id, pemeriksaan sumber Desember 2026)"}},
		}
		if age == 65 {
			e.Until = regulation.Date{}
		}
		out = append(out, e)
	}
	return out
}

// orDefault returns p with every nil timeline replaced by the built-in one.
func (p Params) orDefault() Params {
	d := defaultParams()
	params.Fill(&p, d)
	return p
}

// Timelines returns every parameter of p, in the order of the fields of
// [Params], for listings such as "the rules in force on a date".
func (p Params) Timelines() []regulation.Describer {
	return params.Timelines(p.orDefault())
}

// WithOverrides returns p with the entries of o put in place (see
// [regulation.Apply]). A parameter name that p does not have is an error, so
// that a misspelt name cannot be silently ignored; so is a value that does
// not decode into the parameter's type. Every problem is reported at once,
// wrapping regulation.ErrInvalidOverride.
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	p = p.orDefault()
	var l problem.List
	for _, name := range o.Unknown(params.Names()...) {
		for i, e := range o.Overrides {
			if e.Parameter == name {
				l = append(l, problem.New(regulation.ErrInvalidOverride, "override.unknown_parameter",
					fmt.Sprintf("overrides[%d].parameter", i), name,
					"parameter tidak dikenal oleh paket membership",
					"the membership package has no parameter of this name"))
				break
			}
		}
	}
	if len(l) > 0 {
		return Params{}, l
	}
	l.Add(params.Apply(&p, o))
	if len(l) > 0 {
		return Params{}, l
	}
	return p, nil
}
