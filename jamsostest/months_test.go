package jamsostest

import (
	"testing"
	"time"

	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// A whole year is 12 months, March to December 10, February to April 3:
// 12 + 10 + 3 = 25 participant-months.
func TestParticipantMonths(t *testing.T) {
	m := func(mo time.Month) regulation.Month { return regulation.MustMonth(2026, mo) }
	es := []village.Enrolment{{}, {From: m(time.March)}, {From: m(time.February), To: m(time.April)}}
	if got := ParticipantMonths(es); got != 25 {
		t.Errorf("ParticipantMonths = %d, want 25", got)
	}
	if got := ParticipantMonths(nil); got != 0 {
		t.Errorf("ParticipantMonths(nil) = %d, want 0", got)
	}
}
