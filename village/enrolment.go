package village

import (
	"fmt"
	"log/slog"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Enrolment is one line of a village's roster: a person, the group they are
// covered as, and how. Every field but NIK, Name and Group may be left
// empty, to take the group's [Package] value or, for the months, the whole
// fiscal year.
//
// In JSON the fields are named as in the tags below; the NIK travels in
// full (its storage encoding), so a roster's JSON is personal data. String,
// fmt and log/slog show the NIK masked and leave the name out.
type Enrolment struct {
	// NIK is the person's population identity number. Required.
	NIK membership.NIK `json:"nik"`
	// Name is the person's name, in the form membership.NormalizeName
	// gives. Required.
	Name string `json:"name"`
	// Group is what the person is covered as. Required.
	Group Group `json:"group"`
	// Programs are the programs taken; empty means the group's.
	Programs membership.ProgramSet `json:"programs,omitzero"`
	// Wage is the monthly siltap of an official (required for wage
	// earners) or the declared monthly income of a non-wage participant
	// (empty means the group's, Rp1,000,000 by default).
	Wage decimal.Decimal `json:"wage,omitzero"`
	// From and To are the first and last month covered, both within the
	// fiscal year; empty means its first and last month.
	From regulation.Month `json:"from,omitzero"`
	To   regulation.Month `json:"to,omitzero"`
	// Source pays the contribution (for a wage earner, the employer's
	// share); empty means the group's.
	Source Source `json:"source,omitzero"`
	// WorkerShare is who pays a wage earner's own share of JHT and JP;
	// empty means the group's (the worker, by default).
	WorkerShare WorkerShare `json:"worker_share,omitzero"`
	// Sector is a non-wage participant's line of work: transport workers
	// have a longer PP 50/2025 discount.
	Sector contribution.Sector `json:"sector,omitzero"`
	// Rank orders the people who are not officials when money is short:
	// rank 1 is served first, then 2, and so on; 0 (unranked) comes after
	// every ranked person. Officials are always served first.
	Rank int `json:"rank,omitempty"`
	// Line is the line of the roster file the enrolment was read from, for
	// messages; 0 when unknown. It is not part of the JSON encoding.
	Line int `json:"-"`
}

// String describes the enrolment without personal data beyond the masked
// NIK: "3216••••••••0001 (official)".
func (e Enrolment) String() string {
	return fmt.Sprintf("%s (%s)", e.NIK.String(), e.Group)
}

// GoString is like String, so that %#v shows no personal data either.
func (e Enrolment) GoString() string { return "village.Enrolment(" + e.String() + ")" }

// LogValue returns the enrolment for log/slog with the NIK masked and
// without the name.
func (e Enrolment) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("nik", e.NIK.String()),
		slog.String("group", e.Group.String()),
		slog.String("source", e.Source.String()),
		slog.Int("line", e.Line),
	)
}

// where is the field path of the enrolment in messages: "line[12]" when its
// line is known, "roster[3]" otherwise.
func (e Enrolment) where(i int) string {
	if e.Line > 0 {
		return fmt.Sprintf("line[%d]", e.Line)
	}
	return fmt.Sprintf("roster[%d]", i)
}
