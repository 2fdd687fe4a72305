package village

import (
	"time"

	"github.com/desasadar/jamsos/regulation"
)

// Names of the target parameters, as override documents name them.
const (
	// TargetParam is the number of covered workers a village aims for.
	TargetParam = "village.target.covered_workers"
	// CriteriaParam is the list of Desa Sadar Jaminan Sosial
	// Ketenagakerjaan criteria.
	CriteriaParam = "village.target.desa_sadar_criteria"
)

// DefaultTarget returns the coverage target: 100 covered workers per
// village, stated by the BPJS Ketenagakerjaan membership director on
// 15 February 2023 (secondary: press reports of the statement). It is a
// target, not a legal duty, and it is dated like any rule so that a caller
// (a regency with its own target, a later statement) can replace it with
// regulation.Timeline.With or regulation.Apply without changing code.
//
// There is no target before 15 February 2023: asking for an earlier day is
// an error wrapping regulation.ErrNoRuleInForce. A plan looks the target up
// on the last day of its fiscal year, since a target is about coverage
// reached by the end of the year.
//
// DefaultTarget returns a new timeline on each call; the timeline itself is
// immutable and safe for concurrent use. Its API is stable: packages that
// build on village (such as partner) may rely on it.
func DefaultTarget() *regulation.Timeline[int] {
	return regulation.MustTimeline(TargetParam, []regulation.Entry[int]{{
		From:  regulation.MustDate(2023, time.February, 15),
		Value: 100,
		Citation: regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan membership director statement, 15 February 2023",
			Indonesian: regulation.Wording{Instrument: "pernyataan direktur kepesertaan BPJS Ketenagakerjaan, 15 Februari 2023",
				Note: "\"100 orang per desa\": target program 100 pekerja terlindungi per desa, diberitakan oleh beberapa media pada hari itu; bukan peraturan"},
			Confidence: regulation.Secondary,
			Note:       "\"100 orang per desa\": a program target of 100 covered workers per village, reported by several outlets on the day; not a regulation",
		},
	}})
}

// Criterion is one condition of the Desa Sadar Jaminan Sosial
// Ketenagakerjaan ("social-security-aware village") program.
//
// A criterion with Groups is met when the roster has at least one person in
// those groups and the plan covers every one of them for at least one month
// of the fiscal year. A criterion without Groups (such as active
// socialisation to village workers) cannot be judged from a plan: it is
// reported as not assessed, never as met.
type Criterion struct {
	// Code is a stable identifier, such as "head_covered".
	Code string `json:"code"`
	// Groups are the groups whose every member must be covered.
	Groups []Group `json:"groups,omitempty"`
	// ID and EN describe the criterion in Indonesian and English.
	ID string `json:"id"`
	EN string `json:"en"`
}

// Criteria is the list of conditions a village meets to be a desa sadar.
type Criteria []Criterion

// DefaultCriteria returns the Desa Sadar Jaminan Sosial Ketenagakerjaan
// criteria as reported since the program began in August 2017 (secondary):
// the village head is covered, the secretary and the other officials are
// covered, and the village actively tells its workers about social
// security. The last one is kept in the list so that reports show it, but
// no plan can judge it.
func DefaultCriteria() *regulation.Timeline[Criteria] {
	return regulation.MustTimeline(CriteriaParam, []regulation.Entry[Criteria]{{
		From: regulation.MustDate(2017, time.August, 1),
		Value: Criteria{
			{Code: "head_covered", Groups: []Group{Head},
				ID: "Kepala desa terlindungi", EN: "Village head covered"},
			{Code: "officials_covered", Groups: []Group{Secretary, Official},
				ID: "Sekretaris dan perangkat desa terlindungi", EN: "Secretary and officials covered"},
			{Code: "socialisation",
				ID: "Sosialisasi aktif kepada pekerja desa", EN: "Active socialisation to village workers"},
		},
		Citation: regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan, program Desa Sadar Jaminan Sosial Ketenagakerjaan",
			Confidence: regulation.Secondary,
			Note:       "program reported running since August 2017; criteria as reported in the press (village head and officials registered, active socialisation), no written rule seen",
			Indonesian: regulation.Wording{Note: "program diberitakan berjalan sejak Agustus 2017; kriteria sebagaimana diberitakan media (kepala desa dan perangkat desa terdaftar, sosialisasi aktif), tidak ada aturan tertulis yang dilihat"},
		},
	}})
}
