package benefit

import (
	"testing"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// countCovering counts the entries of a timeline that cover day d, without
// the timeline's own lookup.
func countCovering[T any](t *regulation.Timeline[T], d regulation.Date) int {
	n := 0
	for _, e := range t.Entries() {
		if !d.Before(e.From) && (e.Until.IsZero() || !d.After(e.Until)) {
			n++
		}
	}
	return n
}

var (
	firstMonth = regulation.MustMonth(2015, 7)
	lastMonth  = regulation.MustMonth(2027, 12)
)

// TestTemporalCoverage walks every month from July 2015 to December 2027
// and checks, for the first day of the month and for its 15th, that every
// benefit timeline has exactly one rule in force from the day it starts
// (none before), and that the sparse yearly tables have at most one, and
// exactly one in the years they list.
func TestTemporalCoverage(t *testing.T) {
	p := DefaultParams()
	type dense struct {
		name  string
		count func(regulation.Date) int
		from  regulation.Date
	}
	d := func(y int, m time.Month, dd int) regulation.Date { return regulation.MustDate(y, m, dd) }
	start := d(2015, 7, 1)
	timelines := []dense{
		{"benefit.jkm.death", func(x regulation.Date) int { return countCovering(p.Death, x) }, start},
		{"benefit.scholarship", func(x regulation.Date) int { return countCovering(p.Scholarship, x) }, start},
		{"benefit.jkk.death", func(x regulation.Date) int { return countCovering(p.WorkDeath, x) }, start},
		// The multiple before PP 82/2019 is not known: no rule before 2 December 2019.
		{"benefit.jkk.total_disability", func(x regulation.Date) int { return countCovering(p.TotalDisability, x) }, d(2019, 12, 2)},
		{"benefit.jkk.partial_disability", func(x regulation.Date) int { return countCovering(p.PartialDisability, x) }, start},
		{"benefit.jkk.temporary_incapacity", func(x regulation.Date) int { return countCovering(p.Incapacity, x) }, start},
		{"benefit.jkk.amounts", func(x regulation.Date) int { return countCovering(p.JKKAmounts, x) }, start},
		{"benefit.jkk.transport", func(x regulation.Date) int { return countCovering(p.Transport, x) }, start},
		{"benefit.jkk.medical", func(x regulation.Date) int { return countCovering(p.Medical, x) }, start},
		{"benefit.jkk.claim_lapse_years", func(x regulation.Date) int { return countCovering(p.ClaimLapse, x) }, start},
		{"benefit.jht.claim", func(x regulation.Date) int { return countCovering(p.JHT, x) }, start},
		// Permenaker 4/2022, about 28 April 2022; the rule before it is not encoded.
		{"benefit.jht.exit", func(x regulation.Date) int { return countCovering(p.JHTExit, x) }, d(2022, 4, 28)},
		{"benefit.jp.formula", func(x regulation.Date) int { return countCovering(p.Pension, x) }, start},
		// PP 37/2021, in force 2 February 2021.
		{"benefit.jkp.cash", func(x regulation.Date) int { return countCovering(p.JKP, x) }, d(2021, 2, 2)},
		{"benefit.jkp.wage_cap", func(x regulation.Date) int { return countCovering(p.JKPWageCap, x) }, d(2021, 2, 2)},
		{"benefit.jkp.eligibility", func(x regulation.Date) int { return countCovering(p.JKPEligibility, x) }, d(2021, 2, 2)},
	}
	if len(timelines)+2 != len(ParameterNames()) {
		t.Fatalf("%d dense timelines checked; a parameter was added without a coverage check", len(timelines))
	}
	yields := map[int]bool{2016: true, 2020: true}
	limits := map[int]bool{2015: true, 2016: true, 2023: true, 2024: true}
	months := 0
	for m := range regulation.Months(firstMonth, lastMonth).All() {
		months++
		for _, day := range []int{1, 15} {
			x, _ := m.Day(day)
			for _, tl := range timelines {
				want := 1
				if x.Before(tl.from) {
					want = 0
				}
				if n := tl.count(x); n != want {
					t.Errorf("%s: %d rules of %s in force, want %d", x, n, tl.name, want)
				}
			}
			if n, want := countCovering(p.Yield, x), b2i(yields[x.Year()]); n != want {
				t.Errorf("%s: %d declared yields, want %d", x, n, want)
			}
			if n, want := countCovering(p.PensionLimits, x), b2i(limits[x.Year()]); n != want {
				t.Errorf("%s: %d JP limits, want %d", x, n, want)
			}
		}
	}
	if months != 150 {
		t.Errorf("walked %d months, want 150 (July 2015 – December 2027)", months)
	}
	// The days the rules change on: exactly one rule on each side.
	for _, x := range []regulation.Date{d(2019, 12, 1), d(2019, 12, 2), d(2025, 2, 6), d(2025, 2, 7), d(2021, 2, 1), d(2021, 2, 2)} {
		for _, tl := range timelines {
			want := 1
			if x.Before(tl.from) {
				want = 0
			}
			if n := tl.count(x); n != want {
				t.Errorf("%s: %d rules of %s in force, want %d", x, n, tl.name, want)
			}
		}
	}
}

// TestTemporalCoverageComputes runs the estimates on every month: each
// computes from its rule's first day, and none before it.
func TestTemporalCoverageComputes(t *testing.T) {
	e := Default()
	bpu := Participant{Segment: membership.BPU, Wage: decimal.NewFromInt(1_000_000)}
	pu := Participant{Segment: membership.PU, Wage: decimal.NewFromInt(4_000_000)}
	for m := range regulation.Months(firstMonth, lastMonth).All() {
		x := m.FirstDay()
		if _, err := e.Death(DeathInput{Participant: bpu, Date: x}); err != nil {
			t.Errorf("%s death: %v", x, err)
		}
		for _, ev := range []Event{WorkDeath, PartialDisability, TemporaryIncapacity} {
			pct := decimalRate("10%")
			if _, err := e.Accident(AccidentInput{Event: ev, Participant: pu, Date: x, Percent: &pct, Months: 3}); err != nil {
				t.Errorf("%s %s: %v", x, ev, err)
			}
		}
		_, err := e.Accident(AccidentInput{Event: TotalDisability, Participant: pu, Date: x})
		if before := x.Before(regulation.MustDate(2019, 12, 2)); (err != nil) != before {
			t.Errorf("%s total disability: err %v, want an error only before 2 December 2019", x, err)
		}
		_, err = e.JobLoss(JobLossInput{Participant: pu, Date: x, Cause: Dismissal, PaidMonths: 12, ConsecutiveMonths: 12})
		if before := x.Before(regulation.MustDate(2021, 2, 2)); (err != nil) != before {
			t.Errorf("%s job loss: err %v, want an error only before 2 February 2021", x, err)
		}
		if _, err := e.Protection(ProtectionInput{Contribution: bpuFarmer(1_000_000), Month: m}); err != nil {
			t.Errorf("%s protection: %v", m, err)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
