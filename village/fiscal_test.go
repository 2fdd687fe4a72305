package village

import (
	"errors"
	"testing"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// The December carry-over between fiscal years 2026 and 2027, by hand
// (PP 44/2015, micro employer, JKK 0.24% and JKM 0.30%, each rounded half
// up; PU contributions are due on the 15th of the next month):
//
//	2026: an official on Rp2,022,200: 4,853.28 → 4,853 + 6,066.60 → 6,067
//	      = 10,920 a month. December 2026's 10,920 is due 15 January 2027.
//	2027: the same official on Rp2,100,000: 5,040 + 6,300 = 11,340 a month;
//	      a secretary from July on Rp2,224,420: 5,338.61 → 5,339 +
//	      6,673.26 → 6,673 = 12,012 a month.
//	      Contribution months: 11,340 × 12 + 12,012 × 6 = 136,080 + 72,072
//	      = 208,152. December 2027's 11,340 + 12,012 = 23,352 is due on
//	      17 January 2028 (the 15th is a Saturday) and goes out; December
//	      2026's 10,920 comes in.
//	      Cash paid in 2027: 208,152 − 23,352 + 10,920 = 195,720, which is
//	      also 10,920 + 11 × 11,340 + 5 × 12,012 = 10,920 + 124,740 + 60,060,
//	      the payments due from 15 January to 15 December 2027.
//
// Both are on account 1.1.03/5.1.3.04, so it carries 208,152 for the months
// and 195,720 in cash.
func TestFiscalYearCarryOver(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	last := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
		{NIK: nik(1), Name: "Perangkat", Group: Official, Wage: dec("2022200")},
	}})
	if len(last.Cash.Out) != 1 {
		t.Fatalf("2026 carries out %v, want one payment", last.Cash.Out)
	}
	out := last.Cash.Out[0]
	if out.Month != month(2026, 12) || out.Segment != membership.PU || out.Source != ADD ||
		out.Due != regulation.MustDate(2027, time.January, 15) || !out.Amount.Equal(dec("10920")) ||
		out.Account.Object != "5.1.3.04" {
		t.Errorf("2026 carries out %+v, want December 2026 PU from ADD on 5.1.3.04, due 2027-01-15, Rp10,920", out)
	}
	// 2026 without what 2025 left: 131,040 − 10,920, and the view says so.
	if last.Cash.Given || !last.Cash.Amount.Equal(dec("120120")) {
		t.Errorf("2026 cash %v (given %v), want 120120 and not given", last.Cash.Amount, last.Cash.Given)
	}

	next := mustPlan(t, pl, Request{Village: testVillage, Year: 2027, CarryIn: last.Cash.Out, Roster: []Enrolment{
		{NIK: nik(1), Name: "Perangkat", Group: Official, Wage: dec("2100000")},
		{NIK: nik(2), Name: "Sekretaris", Group: Secretary, Wage: dec("2224420"), From: month(2027, 7)},
	}})
	checkTotals(t, next)
	c := next.Cash
	if !next.Total.Amount.Equal(dec("208152")) || !c.Amount.Equal(dec("195720")) || !c.VillageBudget.Equal(dec("195720")) || !c.Given {
		t.Errorf("2027: months %v, cash %v (village %v, given %v); want 208152, 195720, 195720, true",
			next.Total.Amount, c.Amount, c.VillageBudget, c.Given)
	}
	if len(c.Out) != 1 || !c.Out[0].Amount.Equal(dec("23352")) || c.Out[0].Due != regulation.MustDate(2028, time.January, 17) {
		t.Errorf("2027 carries out %+v, want Rp23,352 due 2028-01-17", c.Out)
	}
	if len(c.Accounts) != 1 {
		t.Fatalf("accounts %+v, want one", c.Accounts)
	}
	a := c.Accounts[0]
	if a.Account.Object != "5.1.3.04" || !a.Months.Equal(dec("208152")) || !a.Out.Equal(dec("23352")) ||
		!a.In.Equal(dec("10920")) || !a.Cash.Equal(dec("195720")) {
		t.Errorf("account %+v, want 5.1.3.04: 208152 − 23352 + 10920 = 195720", a)
	}
}

// A payment carried in must be for an earlier month and fall due within
// the year; every bad field is reported.
func TestCarryInBad(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	_, err := pl.Plan(Request{Village: testVillage, Year: 2027, Roster: []Enrolment{{NIK: nik(1), Name: "A", Group: Informal}},
		CarryIn: []Payment{{Month: month(2027, 1), Segment: membership.PU, Source: ADD,
			Due: regulation.MustDate(2028, time.January, 15), Amount: dec("-1")}}})
	if !errors.Is(err, ErrOutsideYear) {
		t.Fatalf("err %v, want ErrOutsideYear", err)
	}
	for _, f := range []string{"carry_in[0].month", "carry_in[0].due", "carry_in[0].amount"} {
		if !hasField(err, f) {
			t.Errorf("no problem at %s: %v", f, err)
		}
	}
}

// A worker who lapses mid-year (the BPU lapse: non-active after 3
// consecutive unpaid months, membership parameter bpu.lapse_months):
// registered January 2026 and paid January–May, June, July and August are
// unpaid, so she is non-active from September. Measured over January–July
// (the status of August) she is still active, two months unpaid; over
// January–August (the status of September) she has lapsed; and at the year
// end she is non-active with 5 of 12 months paid: partly covered, not
// protected.
func TestCoverageLapseMidYear(t *testing.T) {
	h := membership.History{Segment: membership.BPU, Start: month(2026, 1)}
	for m := 1; m <= 5; m++ {
		h.Paid = append(h.Paid, month(2026, m))
	}
	for _, tc := range []struct {
		name   string
		period regulation.MonthRange
		paid   int
		full   bool
		status membership.Status
	}{
		{"bpu.lapse_months: two unpaid months, still active in August", regulation.Months(month(2026, 1), month(2026, 7)), 5, false, membership.Active},
		{"bpu.lapse_months: three unpaid months, non-active from September", regulation.Months(month(2026, 1), month(2026, 8)), 5, false, membership.NonActive},
		{"bpu.lapse_months: non-active at the year end", regulation.Months(month(2026, 1), month(2026, 12)), 5, false, membership.NonActive},
		{"every month of January–May paid, active in June", regulation.Months(month(2026, 1), month(2026, 5)), 5, true, membership.Active},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := MeasureCoverage(membership.Params{}, h, tc.period)
			if err != nil {
				t.Fatal(err)
			}
			if c.Paid != tc.paid || c.Full != tc.full || c.Status != tc.status || c.First != month(2026, 1) || c.Last != month(2026, 5) {
				t.Errorf("%+v; want %d paid, full %v, %v", c, tc.paid, tc.full, tc.status)
			}
			if c.Protected() != (tc.full && tc.status == membership.Active) || c.Partial() == c.Protected() {
				t.Errorf("protected %v, partial %v", c.Protected(), c.Partial())
			}
		})
	}
	if _, err := MeasureCoverage(membership.Params{}, membership.History{Segment: membership.BPU, Start: month(2026, 1),
		Paid: []regulation.Month{month(2026, 2), month(2026, 2)}}, regulation.Months(month(2026, 1), month(2026, 12))); !errors.Is(err, membership.ErrInvalidHistory) {
		t.Errorf("a month paid twice: %v", err)
	}

	// The same worker in a plan: PADes pays five months (2027, Rp16,800 a
	// month: 5 × 16,800 = 84,000 of a ceiling of 90,000), so at the year
	// end she is non-active and the target does not count her; a neighbour
	// paid all year by ADD is protected and counted. With CountActive the
	// target counts those active at the year end: still only the neighbour.
	for _, countActive := range []bool{false, true} {
		pl := planner(t, Params{}, Options{CountActive: countActive})
		p := mustPlan(t, pl, Request{Village: testVillage, Year: 2027, Ceilings: map[Source]decimal.Decimal{PADes: dec("90000")},
			Roster: []Enrolment{
				{NIK: nik(1), Name: "Petani", Group: Informal, Source: PADes},
				{NIK: nik(2), Name: "Ketua RT", Group: Neighbourhood},
			}})
		c := person(t, p, 1).Coverage
		if c.Paid != 5 || c.Status != membership.NonActive || c.Protected() || !c.Partial() {
			t.Errorf("count active %v: the farmer's coverage %+v, want 5 paid, non-active, partial", countActive, c)
		}
		if !person(t, p, 2).Coverage.Protected() {
			t.Errorf("the RT head is not protected: %+v", person(t, p, 2).Coverage)
		}
		pr := p.Progress
		if pr.Covered != 1 || pr.Protected != 1 || pr.Partial != 1 || pr.Active != 1 || pr.Unpaid != 0 || pr.Remaining != 99 {
			t.Errorf("count active %v: progress %+v, want 1 covered, 1 protected, 1 partial, 1 active", countActive, pr)
		}
	}
}

// PP 50/2025 Pasal 3–4 for a village-paid farmer in May 2026 (agriculture,
// the lowest income of Rp1,000,000; other sectors are discounted April–
// December 2026): JKK 1% = 10,000 and JKM 6,800, 16,800 at normal rates,
// halved to 5,000 + 3,400 = 8,400. Under the statutory reading the village
// budget is not APBN/APBD, so ADD pays 8,400; under the source-of-funds
// reading ADD is APBD money and pays 16,800, while PADes, the village's own
// revenue, still pays 8,400.
func TestReadingFarmerMay2026(t *testing.T) {
	may := month(2026, 5)
	for _, tc := range []struct {
		name    string
		reading Reading
		source  Source
		want    string
	}{
		{"PP 50/2025 Pasal 3, statutory reading: ADD discounted", StatutoryReading, ADD, "8400"},
		{"PP 50/2025 Pasal 3, source-of-funds reading: ADD is APBD money", SourceOfFundsReading, ADD, "16800"},
		{"PP 50/2025 Pasal 3, source-of-funds reading: Dana Desa is APBN money", SourceOfFundsReading, DanaDesa, "16800"},
		{"PP 50/2025 Pasal 3, source-of-funds reading: PADes still discounted", SourceOfFundsReading, PADes, "8400"},
		{"PP 50/2025 Pasal 3, both readings: APBD paid directly is excluded", StatutoryReading, APBD, "16800"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pl := planner(t, Params{}, Options{Reading: tc.reading})
			e := Enrolment{Group: Informal, Source: tc.source, Sector: contribution.Agriculture}
			b, err := pl.Bill(e, may)
			if err != nil {
				t.Fatal(err)
			}
			if !b.Billed.Equal(dec(tc.want)) {
				t.Errorf("billed %v, want %s", b.Billed, tc.want)
			}
		})
	}
	// The plan of the farmer paid from ADD for May only says the amount
	// depends on the reading and what the other costs: +8,400 (16,800).
	for _, tc := range []struct {
		reading     Reading
		amount      string
		other, diff string
	}{
		{StatutoryReading, "8400", "16800", "8400"},
		{SourceOfFundsReading, "16800", "8400", "-8400"},
	} {
		pl := planner(t, Params{}, Options{Reading: tc.reading})
		p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
			{NIK: nik(1), Name: "Petani", Group: Informal, Sector: contribution.Agriculture, From: may, To: may},
		}})
		r := p.Reading
		if r.Reading != tc.reading || r.Other != tc.reading.Other() || !r.Depends() || r.PersonMonths != 1 || r.People != 1 ||
			!p.Total.Amount.Equal(dec(tc.amount)) || !r.OtherAmount.Equal(dec(tc.other)) || !r.Difference(p.Total.Amount).Equal(dec(tc.diff)) ||
			!person(t, p, 1).OtherReading.Equal(dec(tc.diff)) {
			t.Errorf("%v: total %v, reading %+v; want %s, other %s (%s)", tc.reading, p.Total.Amount, r, tc.amount, tc.other, tc.diff)
		}
	}
	// 2027, no discount left for farmers: nothing depends on the reading.
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2027, Roster: []Enrolment{{NIK: nik(1), Name: "Petani", Group: Informal}}})
	if p.Reading.Depends() || !p.Reading.OtherAmount.Equal(p.Total.Amount) {
		t.Errorf("2027: %+v", p.Reading)
	}
	if _, err := NewPlanner(pl.calc, Params{}, Options{Reading: 7}); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("an unknown reading: %v", err)
	}
	for s, want := range map[string]Reading{"statutory": StatutoryReading, "B": SourceOfFundsReading, " source-of-funds ": SourceOfFundsReading} {
		if got, err := ParseReading(s); err != nil || got != want {
			t.Errorf("ParseReading(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseReading("apbn"); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("ParseReading(apbn): %v", err)
	}
}

// Each relief is named with whom and which months: a transport worker paid
// by a sponsor in 2026 has PP 50/2025 in all twelve months (transport from
// January), a farmer from April; 12 × 8,400 + 9 × 8,400 = 176,400.
func TestReliefNamed(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
		{NIK: nik(1), Name: "Ojek", Group: Informal, Source: CSR, Sector: contribution.Transport},
		{NIK: nik(2), Name: "Petani", Group: Informal, Source: CSR, Sector: contribution.Agriculture},
	}})
	if len(p.Reliefs) != 1 {
		t.Fatalf("reliefs %+v, want one", p.Reliefs)
	}
	r := p.Reliefs[0]
	if r.Relief != contribution.ReliefBPU || r.Citation.Instrument != "PP 50/2025" || r.PersonMonths != 21 ||
		!r.Amount.Equal(dec("176400")) || !r.Amount.Equal(p.Total.Relief()) || len(r.People) != 2 {
		t.Fatalf("relief %+v", r)
	}
	for _, pe := range r.People {
		want := regulation.Months(month(2026, 4), month(2026, 12))
		if pe.Name == "Ojek" {
			want = regulation.Months(month(2026, 1), month(2026, 12))
		}
		if pe.Months != want || pe.Count != want.Len() || !pe.Amount.Equal(decimal.NewFromInt(8400*int64(want.Len()))) {
			t.Errorf("%s: %+v, want %v", pe.Name, pe, want)
		}
	}
}

// hasField reports whether err holds a problem at field.
func hasField(err error, field string) bool {
	var l problem.List
	if !errors.As(err, &l) {
		return false
	}
	for _, e := range l {
		if e.Field == field {
			return true
		}
	}
	return false
}
