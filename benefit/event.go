package benefit

import (
	"github.com/desasadar/jamsos/problem"
)

// Event is what a benefit is paid on.
type Event string

// The events this package estimates.
const (
	// Death is a death not from a work accident (JKM).
	Death Event = "death"
	// WorkDeath is a death from a work accident or occupational disease (JKK).
	WorkDeath Event = "work_death"
	// TotalDisability is total permanent disability from a work accident (JKK).
	TotalDisability Event = "total_disability"
	// PartialDisability is partial permanent disability from a work accident (JKK).
	PartialDisability Event = "partial_disability"
	// TemporaryIncapacity is being unable to work for a time after a work
	// accident (JKK, sementara tidak mampu bekerja, STMB).
	TemporaryIncapacity Event = "temporary_incapacity"
	// Transport is transporting the injured after a work accident (JKK).
	Transport Event = "transport"
	// Scholarship is the scholarship for a participant's children.
	Scholarship Event = "scholarship"
	// JHTBalance is a projection of the JHT balance.
	JHTBalance Event = "jht_balance"
	// JHTClaim is a claim of the JHT balance.
	JHTClaim Event = "jht_claim"
	// Retirement is the JP pension on reaching the retirement age.
	Retirement Event = "retirement"
	// JobLoss is a dismissal (PHK) and the JKP cash benefit.
	JobLoss Event = "job_loss"
	// Protection is what a month's contribution protects (see [Offer]).
	Protection Event = "protection"
)

var eventNames = map[Event]Text{
	Death:               {"meninggal dunia bukan karena kecelakaan kerja", "death not from a work accident"},
	WorkDeath:           {"meninggal dunia karena kecelakaan kerja", "death from a work accident"},
	TotalDisability:     {"cacat total tetap karena kecelakaan kerja", "total permanent disability from a work accident"},
	PartialDisability:   {"cacat sebagian tetap karena kecelakaan kerja", "partial permanent disability from a work accident"},
	TemporaryIncapacity: {"sementara tidak mampu bekerja karena kecelakaan kerja", "temporary incapacity after a work accident"},
	Transport:           {"pengangkutan korban kecelakaan kerja", "transport after a work accident"},
	Scholarship:         {"beasiswa anak", "children's scholarship"},
	JHTBalance:          {"proyeksi saldo JHT", "JHT balance projection"},
	JHTClaim:            {"pencairan JHT", "JHT claim"},
	Retirement:          {"pensiun hari tua", "old-age pension"},
	JobLoss:             {"pemutusan hubungan kerja (PHK)", "dismissal (PHK)"},
	Protection:          {"perlindungan atas iuran", "protection for the contribution"},
}

// Events returns every event, in the order of this package's constants.
func Events() []Event {
	return []Event{Death, WorkDeath, TotalDisability, PartialDisability, TemporaryIncapacity, Transport,
		Scholarship, JHTBalance, JHTClaim, Retirement, JobLoss, Protection}
}

// IsValid reports whether e is one of the named events.
func (e Event) IsValid() bool { _, ok := eventNames[e]; return ok }

// Name returns the event's description in the given language.
func (e Event) Name(l problem.Lang) string { return eventNames[e].In(l) }

// UnmarshalText decodes an event's code.
func (e *Event) UnmarshalText(b []byte) error {
	if ev := Event(b); ev.IsValid() {
		*e = ev
		return nil
	}
	return invalid("event", problem.Clip(string(b)),
		"tidak dikenal", "unknown")
}
