package contribution

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/holiday"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func TestDueDates(t *testing.T) {
	c := calc(t, Options{})
	holidays := NewHolidays(map[regulation.Date]string{day(2026, 1, 15): "test holiday", day(2026, 1, 16): "test holiday"})
	tests := []struct {
		name string
		seg  membership.Segment
		m    regulation.Month
		cal  Calendar
		want regulation.Date
	}{
		{"BPU: the 15th of the month itself, a Thursday", membership.BPU, month(2026, 1), nil, day(2026, 1, 15)},
		{"BPU: 15 February 2026 is a Sunday, so Monday the 16th", membership.BPU, month(2026, 2), Weekends{}, day(2026, 2, 16)},
		{"PU: the 15th of the next month, a Wednesday", membership.PU, month(2026, 3), nil, day(2026, 4, 15)},
		{"PU: 15 and 16 January 2026 listed as holidays, then a weekend", membership.PU, month(2025, 12), holidays, day(2026, 1, 19)},
		{"PP 49/2020: the 30th of the next month, a Friday, with weekends only", membership.PU, month(2020, 9), Weekends{}, day(2020, 10, 30)},
		// Friday 30 October 2020 is cuti bersama (SKB 174/2020), Thursday 29
		// Maulid Nabi, Wednesday 28 cuti bersama (SKB 391/2020): the working
		// day before is Tuesday the 27th.
		{"PP 49/2020: the 30th moved to the working day before, past Maulid and its cuti bersama", membership.PU, month(2020, 9), nil, day(2020, 10, 27)},
		{"PP 49/2020: February has no 30th; 28 February 2021 is a Sunday, so Friday the 26th", membership.PU, month(2021, 1), nil, day(2021, 2, 26)},
		{"PU after PP 49/2020: the 15th again, a Monday", membership.PU, month(2021, 2), nil, day(2021, 3, 15)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.DueDate(tc.seg, tc.m, tc.cal)
			if err != nil || got != tc.want {
				t.Errorf("due %s, %v; want %s", got, err, tc.want)
			}
		})
	}
	if _, err := c.DueDate(membership.Jakon, month(2026, 1), nil); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("construction due date: %v", err)
	}
	if _, err := c.DueDate(membership.BPU, month(2015, 6), nil); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("June 2015 due date: %v", err)
	}
}

// TestDueDatesWorked checks due dates derived by hand from the holiday
// calendar (holidays.csv, SKB 1497/2025 for 2026).
func TestDueDatesWorked(t *testing.T) {
	c := calc(t, Options{})

	// BPU 2026-02: due the 15th of the month itself, Sunday 15 February
	// 2026. Monday the 16th is cuti bersama before Imlek, Tuesday the 17th
	// Imlek 2577: by default the next working day is Wednesday the 18th.
	// The safe day is the unshifted 15th; with cuti bersama read as a
	// working day, Monday the 16th.
	d, err := c.Due(membership.BPU, month(2026, 2), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != day(2026, 2, 18) || d.Nominal != day(2026, 2, 15) || d.Safe != day(2026, 2, 15) {
		t.Errorf("BPU 2026-02: due %s, nominal %s, safe %s; want 2026-02-18, 2026-02-15, 2026-02-15", d.Date, d.Nominal, d.Safe)
	}
	if len(d.Past) != 2 || d.Past[0].Kind != holiday.CutiBersama || d.Past[1].Kind != holiday.Holiday ||
		d.Past[0].Citation.Instrument != "SKB 1497/2025, 2/2025, 5/2025 (2025-09-19)" {
		t.Errorf("BPU 2026-02: past %+v", d.Past)
	}
	if len(d.Warnings) != 1 || d.Warnings[0].Code != "due_date.cuti_bersama" || d.Warnings[0].Value != "2026-02-16" ||
		!errors.Is(d.Warnings[0], ErrDueDateUncertain) || !strings.Contains(d.Warnings[0].EN, "pay by 2026-02-15") {
		t.Errorf("BPU 2026-02: warnings %v", d.Warnings)
	}
	working := holiday.Default().WithPolicy(regulation.MustTimeline(holiday.CutiBersamaParam, []regulation.Entry[holiday.Policy]{{
		From: day(2015, 1, 1), Value: holiday.CutiBersamaWorking,
		Citation: regulation.Citation{Instrument: "other reading", Confidence: regulation.Unconfirmed},
	}}))
	if d, err := c.Due(membership.BPU, month(2026, 2), working); err != nil || d.Date != day(2026, 2, 16) || len(d.Warnings) != 0 {
		t.Errorf("BPU 2026-02, cuti bersama working: %s %v %v; want 2026-02-16", d.Date, d.Warnings, err)
	}

	// PU 2026-03: due the 15th of the following month, Wednesday 15 April
	// 2026. April 2026 lists only 3 April (Wafat Yesus Kristus) and 5 April
	// (Paskah): the 15th stands. The Lebaran days of March do not reach it.
	d, err = c.Due(membership.PU, month(2026, 3), nil)
	if err != nil || d.Date != day(2026, 4, 15) || d.Safe != day(2026, 4, 15) || len(d.Past) != 0 || len(d.Warnings) != 0 {
		t.Errorf("PU 2026-03: %+v, %v; want 2026-04-15 and nothing moved", d, err)
	}

	// A year the calendar does not cover: PU 2027-12 is due Saturday 15
	// January 2028; the calendar ends with 2027, so weekends alone move it
	// to Monday the 17th, with a warning naming 2028.
	d, err = c.Due(membership.PU, month(2027, 12), nil)
	if err != nil || d.Date != day(2028, 1, 17) || len(d.Warnings) != 1 || d.Warnings[0].Code != "due_date.calendar_year" || d.Warnings[0].Value != "2028" {
		t.Errorf("PU 2027-12: %s %v %v; want 2028-01-17 with a warning for 2028", d.Date, d.Warnings, err)
	}
	// Weekends alone know no year's holidays, and say so.
	d, _ = c.Due(membership.BPU, month(2026, 3), Weekends{})
	if d.Date != day(2026, 3, 16) || len(d.Warnings) != 1 || d.Warnings[0].Value != "2026" {
		t.Errorf("weekends only: %s %v", d.Date, d.Warnings)
	}
	// A statement carries each month's safe day and warnings.
	st, err := c.Statement(Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000)}, regulation.Months(month(2026, 2), month(2026, 2)), nil)
	if err != nil || st.Bills[0].Due != day(2026, 2, 18) || st.Bills[0].SafeDue != day(2026, 2, 15) || len(st.Bills[0].DueWarnings) != 1 {
		t.Errorf("statement: %+v %v", st.Bills, err)
	}
}

func TestArrearsBPU(t *testing.T) {
	c := calc(t, Options{})
	farmer := Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Agriculture}
	owed := regulation.Months(month(2026, 1), month(2026, 4))
	// Due 15 January, 18 February (after cuti bersama and Imlek), 16 March,
	// 15 April 2026; all past on 20
	// April. January to March at 10,000 + 6,800; April under PP 50/2025 at
	// 5,000 + 3,400. No late fee for BPU.
	a, err := c.Arrears(farmer, owed, nil, day(2026, 4, 20), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Months) != 4 || !a.Principal.Equal(rp(3*16_800+8_400)) || !a.Fees.IsZero() || !a.Total.Equal(rp(58_800)) {
		t.Errorf("arrears: %d months, principal %s, fees %s, total %s; want 4, 58,800, 0, 58,800", len(a.Months), a.Principal, a.Fees, a.Total)
	}
	for _, m := range a.Months {
		if !m.Fee.IsZero() || !m.FeeRate.IsZero() {
			t.Errorf("%s: a BPU late fee %s at %s", m.Month, m.Fee, m.FeeRate)
		}
	}
	// The third consecutive unpaid month, March, makes the membership non-active.
	if !a.NonActive || a.NonActiveFrom != month(2026, 3) {
		t.Errorf("non-active %v from %s; want from 2026-03", a.NonActive, a.NonActiveFrom)
	}
	// February paid: January alone, then March and April: never three in a row.
	a, err = c.Arrears(farmer, owed, []regulation.Month{month(2026, 2)}, day(2026, 4, 20), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.NonActive || !a.Principal.Equal(rp(16_800+16_800+8_400)) {
		t.Errorf("with February paid: non-active %v, principal %s; want false, 42,000", a.NonActive, a.Principal)
	}
	// On 15 April, April is not yet late: January to March only.
	a, err = c.Arrears(farmer, owed, nil, day(2026, 4, 15), nil)
	if err != nil || len(a.Months) != 3 {
		t.Errorf("on the April due date: %d months, %v; want 3", len(a.Months), err)
	}
}

func TestArrearsPU(t *testing.T) {
	c := calc(t, Options{})
	in := Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: VeryLowRisk, Scale: membership.Micro}
	paid := []regulation.Month{month(2020, 10), month(2020, 11), month(2020, 12), month(2021, 1)}
	a, err := c.Arrears(in, regulation.Months(month(2020, 9), month(2021, 2)), paid, day(2021, 5, 16), nil)
	if err != nil {
		t.Fatal(err)
	}
	// September 2020 under PP 49/2020: 120 + 150 = 270, due the 30th of
	// October 2020 moved back to Tuesday the 27th (30 and 28 cuti bersama, 29
	// Maulid); on 16 May 2021 that is 6 whole months and a part, 7:
	// 270 × 0.5% × 7 = 9.45 → 9.
	// February 2021: 12,000 + 15,000 = 27,000, due Monday 15 March 2021; 2
	// whole months and a part: 3; 27,000 × 2% × 3 = 1,620.
	want := []struct {
		m      regulation.Month
		billed int64
		late   int
		rate   string
		fee    int64
	}{{month(2020, 9), 270, 7, "0.5%", 9}, {month(2021, 2), 27_000, 3, "2%", 1_620}}
	if len(a.Months) != len(want) {
		t.Fatalf("%d months in arrears, want %d", len(a.Months), len(want))
	}
	for i, w := range want {
		m := a.Months[i]
		if m.Month != w.m || !m.Billed.Equal(rp(w.billed)) || m.MonthsLate != w.late || m.FeeRate.String() != w.rate || !m.Fee.Equal(rp(w.fee)) {
			t.Errorf("%s: billed %s, %d months late at %s, fee %s; want %d, %d, %s, %d", m.Month, m.Billed, m.MonthsLate, m.FeeRate, m.Fee, w.billed, w.late, w.rate, w.fee)
		}
	}
	if !a.Principal.Equal(rp(27_270)) || !a.Fees.Equal(rp(1_629)) || !a.Total.Equal(rp(28_899)) || a.NonActive {
		t.Errorf("principal %s, fees %s, total %s, non-active %v; want 27,270, 1,629, 28,899, false", a.Principal, a.Fees, a.Total, a.NonActive)
	}
	if _, err := c.Arrears(Input{Segment: membership.Jakon}, regulation.Months(month(2024, 1), month(2024, 2)), nil, day(2024, 6, 1), nil); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("construction arrears: %v", err)
	}
}

func TestStatementErrorsNameTheMonth(t *testing.T) {
	c := calc(t, Options{})
	in := Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport}
	_, err := c.Statement(in, regulation.Months(month(2027, 11), month(2028, 1)), nil)
	var l problem.List
	if !errors.Is(err, regulation.ErrNoRuleInForce) || !errors.As(err, &l) || l[0].Field != "2028-01.month" {
		t.Errorf("statement past the covered months: %v", err)
	}
	if _, err := c.Prepay(in, month(2026, 1), 0, nil); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("prepay of 0 months: %v", err)
	}
}

// TestResultsRoundTripJSON checks that a bill (with a relief, a deferral and
// a warning), a statement and an arrears account encode to JSON, decode and
// encode again to the same bytes.
func TestResultsRoundTripJSON(t *testing.T) {
	c := calc(t, Options{})
	pu := Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium, DeferJP: true}
	covid, err := c.Bill(pu, month(2020, 9))
	if err != nil {
		t.Fatal(err)
	}
	warned, err := c.Bill(Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(500_000), Sector: Transport}, month(2026, 2))
	if err != nil || len(warned.Warnings) == 0 {
		t.Fatal(err, warned.Warnings)
	}
	st, err := c.Statement(Input{Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(1_000_000)}, regulation.Months(month(2026, 2), month(2026, 4)), nil)
	if err != nil {
		t.Fatal(err)
	}
	ar, err := c.Arrears(pu, regulation.Months(month(2020, 9), month(2020, 10)), nil, day(2021, 1, 5), nil)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "covid bill", &covid, &Bill{})
	roundTrip(t, "warned bill", &warned, &Bill{})
	roundTrip(t, "statement", &st, &Statement{})
	roundTrip(t, "arrears", &ar, &Arrears{})
}

func roundTrip[T any](t *testing.T, name string, v, into *T) {
	t.Helper()
	first, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := json.Unmarshal(first, into); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, first)
	}
	second, err := json.Marshal(into)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("%s does not round-trip:\n%s\n%s", name, first, second)
	}
}

func TestParameterNamesMatchTimelines(t *testing.T) {
	names, tls := ParameterNames(), DefaultParams().Timelines()
	if len(names) != len(tls) {
		t.Fatalf("%d names, %d timelines", len(names), len(tls))
	}
	for i, tl := range tls {
		if tl.Name() != names[i] {
			t.Errorf("timeline %d is %s, name list says %s", i, tl.Name(), names[i])
		}
	}
}
