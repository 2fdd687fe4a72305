package village_test

import (
	"testing"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

// TestPlanDueFebruary2026 works out the due dates of a plan's February 2026
// payments by hand from holiday/holidays.csv (SKB 1497/2025, 2/2025,
// 5/2025) and the PP 44/2015 rule "the 15th, moved to the next working day":
//
//   - BPU for February 2026: the 15th is a Sunday, the 16th cuti bersama
//     Imlek (non-working under holiday.DefaultPolicy, unconfirmed), the 17th
//     Imlek itself, so Wednesday 18 February; the move passed a cuti bersama
//     day, so the unshifted 15 February is shown as the safe day.
//   - PU for January 2026 falls on the same day, for the same reasons.
//   - PU for February 2026: 15 March 2026 is a Sunday, Monday the 16th a
//     working day; no cuti bersama passed, so no safe day.
//
// Under the old weekends-only default the BPU date was 16 February.
func TestPlanDueFebruary2026(t *testing.T) {
	plan, err := newPlanner().Plan(village.Request{
		Village: region.MustParse("61.12.01.2001"), Year: 2026,
		Roster: []village.Enrolment{
			{NIK: membership.MustParseNIK("6112010101800001"), Name: "Kepala Contoh", Group: village.Head, Wage: decimal.NewFromInt(2_426_640)},
			{NIK: membership.MustParseNIK("6112010101800002"), Name: "Petani Contoh", Group: village.Informal, Source: village.CSR},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name      string
		month     regulation.Month
		seg       membership.Segment
		due, safe regulation.Date
	}{
		{"PP 44/2015: BPU February 2026 past Sunday, cuti bersama and Imlek", regulation.MustMonth(2026, time.February), membership.BPU, regulation.MustDate(2026, time.February, 18), regulation.MustDate(2026, time.February, 15)},
		{"PP 44/2015: PU January 2026 due the 15th of February, moved alike", regulation.MustMonth(2026, time.January), membership.PU, regulation.MustDate(2026, time.February, 18), regulation.MustDate(2026, time.February, 15)},
		{"PP 44/2015: PU February 2026 past Sunday 15 March only", regulation.MustMonth(2026, time.February), membership.PU, regulation.MustDate(2026, time.March, 16), regulation.Date{}},
	}
	for _, w := range want {
		found := false
		for _, p := range plan.CashFlow {
			if p.Month != w.month || p.Segment != w.seg {
				continue
			}
			found = true
			if p.Due != w.due || p.Safe != w.safe {
				t.Errorf("%s: due %s safe %s, want %s safe %s", w.name, p.Due, p.Safe, w.due, w.safe)
			}
		}
		if !found {
			t.Errorf("%s: no payment in the cash flow", w.name)
		}
	}
}
