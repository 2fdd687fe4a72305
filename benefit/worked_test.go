package benefit

import (
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

func date(y, m, d int) regulation.Date { return regulation.MustDate(y, timeMonth(m), d) }

// Worked examples of benefits.md 5.8, and more derived the same way from its
// tables; each case's comment has the arithmetic.
func TestWorkedDeath(t *testing.T) {
	e := Default()
	farmer := func(start regulation.Date) Participant {
		return Participant{Segment: membership.BPU, Wage: rp(1_000_000), Start: start}
	}
	// benefits.md 5.8 #1: BPU farmer, non-work death 10 Mar 2025 after 4
	// years (48 months ≥ 36); child A in SD grade 3, child B in SMP grade 1.
	// Cash 20,000,000 + 12,000,000 + 10,000,000 = 42,000,000. Year 1:
	// A 1,500,000 + B 2,000,000 = 3,500,000. Through S1, under 23 (A is 8, B
	// is 12, so A's S1 years are ages 18–22 and B's 18–22):
	// A 4 × 1.5M + 3 × 2M + 3 × 3M + 5 × 12M = 81,000,000;
	// B 3 × 2M + 3 × 3M + 5 × 12M = 75,000,000; together 156,000,000 ≤ 174M.
	t.Run("benefits.md 5.8 #1: PP 82/2019 JKM with two children", func(t *testing.T) {
		r, err := e.Death(DeathInput{Participant: farmer(date(2021, 3, 10)), Date: date(2025, 3, 10),
			Children: []Child{{Level: SD, Grade: 3, Age: 8}, {Level: SMP, Grade: 1, Age: 12}}})
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "cash", r.Cash, 42_000_000)
		eq(t, "scholarship", item(t, r, "scholarship").Amount, 156_000_000)
		// Year 1 is the first row of each child: A's SD years 1–4 at
		// 1,500,000 and B's SMP years 1–3 at 2,000,000.
		if a, b := r.Schedule[0], r.Schedule[4]; !contains(a.Label.EN, "child 1, primary school, years 1–4: 4 × Rp1,500,000") ||
			!contains(b.Label.EN, "child 2, junior secondary school, years 1–3: 3 × Rp2,000,000") {
			t.Errorf("first years: %q, %q", a.Label.EN, b.Label.EN)
		}
	})
	// #2: same farmer after 2 years 6 months (30 months < 36): JKM only.
	t.Run("benefits.md 5.8 #2: masa iur under 3 years, no scholarship", func(t *testing.T) {
		r, err := e.Death(DeathInput{Participant: farmer(date(2022, 9, 10)), Date: date(2025, 3, 10),
			Children: []Child{{Level: SD, Grade: 3, Age: 8}}})
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "cash", r.Cash, 42_000_000)
		if _, ok := r.Item("scholarship"); ok || !r.OverTime.IsZero() {
			t.Errorf("a scholarship was paid after 30 months: %+v", r.Items)
		}
	})
	// #3: death on 15 Nov 2019 after 6 years (72 ≥ 60 months), old PP 44/2015:
	// 16,200,000 + 4,800,000 + 3,000,000 + scholarship 12,000,000 = 36,000,000.
	t.Run("benefits.md 5.8 #3: PP 44/2015 before 2 Dec 2019", func(t *testing.T) {
		r, err := e.Death(DeathInput{Participant: farmer(date(2013, 11, 15)), Date: date(2019, 11, 15),
			Children: []Child{{Level: SD, Grade: 1, Age: 7}}})
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "cash", r.Cash, 36_000_000)
		eq(t, "scholarship", item(t, r, "scholarship").Amount, 12_000_000)
	})
	// Derived: the same death after 4 years (48 < 60 months of the old rule):
	// 24,000,000, no scholarship.
	t.Run("PP 44/2015: old scholarship needs 5 years", func(t *testing.T) {
		r, err := e.Death(DeathInput{Participant: farmer(date(2015, 11, 15)), Date: date(2019, 11, 15),
			Children: []Child{{Level: SD, Grade: 1, Age: 7}}})
		if err != nil {
			t.Fatal(err)
		}
		eq(t, "cash", r.Cash, 24_000_000)
	})
	// Derived: the last day of the old rule and the first of the new.
	for _, c := range []struct {
		d    regulation.Date
		want int64
	}{{date(2019, 12, 1), 24_000_000}, {date(2019, 12, 2), 42_000_000}} {
		t.Run("PP 82/2019 Pasal II: death on "+c.d.String(), func(t *testing.T) {
			r, err := e.Death(DeathInput{Participant: farmer(regulation.Date{}), Date: c.d})
			if err != nil {
				t.Fatal(err)
			}
			eq(t, "cash", r.Cash, c.want)
		})
	}
	// Derived: an inactive membership is not owed, but the amounts show.
	t.Run("PP 44/2015: inactive membership gets nothing", func(t *testing.T) {
		p := farmer(date(2020, 1, 1))
		p.Inactive = true
		r, err := e.Death(DeathInput{Participant: p, Date: date(2025, 3, 10)})
		if err != nil {
			t.Fatal(err)
		}
		if r.Eligible || len(r.Reasons) == 0 {
			t.Errorf("inactive membership: eligible %v, reasons %v", r.Eligible, r.Reasons)
		}
	})
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestWorkedAccident(t *testing.T) {
	e := Default()
	pu := func(wage int64) Participant { return Participant{Segment: membership.PU, Wage: rp(wage)} }
	pctp := func(s string) *contribution.Rate { r := contribution.MustRate(s); return &r }
	cases := []struct {
		name     string
		in       AccidentInput
		cash     int64
		overTime int64
	}{
		// #4: BPU driver on Rp2,000,000, work death, member 6 months, one
		// child in SMA grade 2 (age 16): 48 × 2,000,000 = 96,000,000 +
		// 12,000,000 + 10,000,000 = 118,000,000; scholarship with no minimum:
		// SMA 2 × 3,000,000 = 6,000,000, then S1 5 × 12,000,000 = 60,000,000.
		{"benefits.md 5.8 #4: PP 82/2019 JKK death of a BPU driver", AccidentInput{Event: WorkDeath,
			Participant: Participant{Segment: membership.BPU, Wage: rp(2_000_000), Start: date(2024, 9, 10)}, Date: date(2025, 3, 10),
			Children: []Child{{Level: SMA, Grade: 2, Age: 16}}}, 118_000_000, 66_000_000},
		// #5: PU on Rp5,000,000, total permanent disability: 56 × 5,000,000 =
		// 280,000,000 + 12,000,000 = 292,000,000.
		{"benefits.md 5.8 #5: PP 82/2019 total permanent disability", AccidentInput{Event: TotalDisability,
			Participant: pu(5_000_000), Date: date(2024, 6, 1)}, 292_000_000, 0},
		// #6: PU on Rp4,000,000, off work 15 months after an accident in 2024:
		// 12 × 4,000,000 + 3 × 2,000,000 = 54,000,000.
		{"benefits.md 5.8 #6: PP 82/2019 STMB 15 months", AccidentInput{Event: TemporaryIncapacity,
			Participant: pu(4_000_000), Date: date(2024, 2, 1), Months: 15}, 0, 54_000_000},
		// #7: the same on 1 Nov 2019 (old steps, unconfirmed): 6 × 4M + 6 × 3M
		// + 3 × 2M = 24M + 18M + 6M = 48,000,000.
		{"benefits.md 5.8 #7: PP 44/2015 STMB 15 months", AccidentInput{Event: TemporaryIncapacity,
			Participant: pu(4_000_000), Date: date(2019, 11, 1), Months: 15}, 0, 48_000_000},
		// Derived: exactly 12 months under the new rule, 12 × 4,000,000.
		{"PP 82/2019: STMB 12 months at 100%", AccidentInput{Event: TemporaryIncapacity,
			Participant: pu(4_000_000), Date: date(2024, 2, 1), Months: 12}, 0, 48_000_000},
		// #8: PU on Rp4,000,000, partial anatomical loss p = 10%: 10% × 80 ×
		// 4,000,000 = 32,000,000.
		{"benefits.md 5.8 #8: partial anatomical loss 10%", AccidentInput{Event: PartialDisability,
			Participant: pu(4_000_000), Date: date(2024, 2, 1), Percent: pctp("10%")}, 32_000_000, 0},
		// Derived: loss of half the function of a 10% part: 50% × 10% × 80 ×
		// 4,000,000 = 16,000,000.
		{"Lampiran III: partial loss of function 50% of 10%", AccidentInput{Event: PartialDisability,
			Participant: pu(4_000_000), Date: date(2024, 2, 1), Percent: pctp("10%"), FunctionLoss: pctp("50%")}, 16_000_000, 0},
		// #9: evacuation by air in 2024, ticket 14,000,000: min(14M, 10M).
		{"benefits.md 5.8 #9: PP 82/2019 air transport ceiling", AccidentInput{Event: Transport,
			Participant: pu(4_000_000), Date: date(2024, 5, 1), Mode: Air, Cost: rp(14_000_000)}, 10_000_000, 0},
		// Derived: by sea in 2024, 2,500,000 against the 2,000,000 ceiling;
		// by land 3,000,000 under the 5,000,000 ceiling; by air in 2019 (old
		// ceiling 2,500,000) 3,000,000.
		{"PP 82/2019: sea transport ceiling", AccidentInput{Event: Transport, Participant: pu(1), Date: date(2024, 5, 1), Mode: Sea, Cost: rp(2_500_000)}, 2_000_000, 0},
		{"PP 82/2019: land transport under the ceiling", AccidentInput{Event: Transport, Participant: pu(1), Date: date(2024, 5, 1), Mode: Land, Cost: rp(3_000_000)}, 3_000_000, 0},
		{"PP 44/2015: old air transport ceiling", AccidentInput{Event: Transport, Participant: pu(1), Date: date(2019, 5, 1), Mode: Air, Cost: rp(3_000_000)}, 2_500_000, 0},
		// Derived: PU on Rp3,000,000, work death in 2024: 48 × 3,000,000 =
		// 144,000,000 + 22,000,000 = 166,000,000.
		{"PP 82/2019: JKK death of a PU worker", AccidentInput{Event: WorkDeath, Participant: pu(3_000_000), Date: date(2024, 1, 1)}, 166_000_000, 0},
		// Derived: PU on Rp400,000: 48 × 400,000 = 19,200,000, below the
		// Rp20,000,000 floor (unconfirmed), so 20,000,000 + 22,000,000.
		{"PP 82/2019: JKK death floor", AccidentInput{Event: WorkDeath, Participant: pu(400_000), Date: date(2024, 1, 1)}, 42_000_000, 0},
		// Derived: the same in Nov 2019, no floor known: 19,200,000 +
		// 4,800,000 + 3,000,000 = 27,000,000.
		{"PP 44/2015: JKK death, no floor", AccidentInput{Event: WorkDeath, Participant: pu(400_000), Date: date(2019, 11, 1)}, 27_000_000, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := e.Accident(c.in)
			if err != nil {
				t.Fatal(err)
			}
			eq(t, "cash", r.Cash, c.cash)
			eq(t, "over time", r.OverTime, c.overTime)
			if med := item(t, r, "jkk.medical"); med.Kind != Unlimited {
				t.Errorf("medical care is %s, want unlimited", med.Kind)
			}
		})
	}
}

func TestWorkedJHT(t *testing.T) {
	e := Default()
	p := Participant{Segment: membership.PU, Start: date(2014, 1, 1), BirthDate: date(1969, 3, 1)}
	cases := []struct {
		name     string
		in       JHTClaimInput
		eligible bool
		amount   int64
		from     regulation.Date
	}{
		// #10: balance 60,000,000, member 11 years: 10% = 6,000,000 or
		// 30% = 18,000,000, once.
		{"benefits.md 5.8 #10: PP 46/2015 Pasal 22: partial 10%", JHTClaimInput{Participant: p, Reason: ClaimPartialRetirement,
			AsOf: date(2025, 1, 1), Balance: rp(60_000_000)}, true, 6_000_000, regulation.Date{}},
		{"benefits.md 5.8 #10: PP 46/2015 Pasal 22: partial 30% housing", JHTClaimInput{Participant: p, Reason: ClaimPartialHousing,
			AsOf: date(2025, 1, 1), Balance: rp(60_000_000)}, true, 18_000_000, regulation.Date{}},
		// Derived: a second partial claim is refused.
		{"PP 46/2015 Pasal 22: one partial claim only", JHTClaimInput{Participant: p, Reason: ClaimPartialHousing,
			AsOf: date(2025, 1, 1), Balance: rp(60_000_000), PriorPartial: true}, false, 18_000_000, regulation.Date{}},
		// Derived: 9 years of membership on 1 Jan 2023; 10 years on 1 Jan 2024.
		{"PP 46/2015 Pasal 22: partial before 10 years", JHTClaimInput{Participant: p, Reason: ClaimPartialRetirement,
			AsOf: date(2023, 1, 1), Balance: rp(60_000_000)}, false, 6_000_000, date(2024, 1, 1)},
		// Derived: born 1 Mar 1969, 56 on 1 Mar 2025.
		{"PP 46/2015 Pasal 22: age 56 reached", JHTClaimInput{Participant: p, Reason: ClaimAge,
			AsOf: date(2025, 3, 1), Balance: rp(60_000_000)}, true, 60_000_000, regulation.Date{}},
		{"PP 46/2015 Pasal 22: age 56 not yet", JHTClaimInput{Participant: p, Reason: ClaimAge,
			AsOf: date(2025, 2, 28), Balance: rp(60_000_000)}, false, 60_000_000, date(2025, 3, 1)},
		// Derived: resignation letter 10 Jan 2023, one month's wait to 10 Feb 2023.
		{"Permenaker 4/2022: resignation within the wait", JHTClaimInput{Participant: p, Reason: ClaimResignation,
			Date: date(2023, 1, 10), AsOf: date(2023, 2, 9), Balance: rp(60_000_000)}, false, 60_000_000, date(2023, 2, 10)},
		{"Permenaker 4/2022: resignation after the wait", JHTClaimInput{Participant: p, Reason: ClaimResignation,
			Date: date(2023, 1, 10), AsOf: date(2023, 2, 10), Balance: rp(60_000_000)}, true, 60_000_000, regulation.Date{}},
		// Derived: dismissed 31 Jan 2024: the wait ends on the last day of February.
		{"Permenaker 4/2022: dismissal on the 31st", JHTClaimInput{Participant: p, Reason: ClaimDismissal,
			Date: date(2024, 1, 31), AsOf: date(2024, 2, 1), Balance: rp(60_000_000)}, false, 60_000_000, date(2024, 2, 29)},
		{"PP 46/2015 Pasal 22: death, to the heirs", JHTClaimInput{Participant: p, Reason: ClaimDeath,
			Date: date(2024, 1, 31), AsOf: date(2024, 2, 1), Balance: rp(60_000_000)}, true, 60_000_000, regulation.Date{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := e.JHTClaim(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.Eligible != c.eligible || r.From != c.from {
				t.Errorf("eligible %v from %s, want %v from %s (reasons %v)", r.Eligible, r.From, c.eligible, c.from, r.Reasons)
			}
			eq(t, "claim", item(t, r, "jht.claim").Amount, c.amount)
		})
	}
}

// JHT balance of a BPU participant on Rp1,000,000 (2% = Rp20,000 a month)
// from January 2020, projected on 1 June 2021 with a 5% assumption:
//
//	2020 (declared 5.63%): paid 12 × 20,000 = 240,000; each month's
//	  contribution earns for the months after it: 20,000 × (11 + 10 + … + 0)
//	  = 20,000 × 66 = 1,320,000 month-rupiah, ÷ 12 = 110,000; × 5.63% =
//	  6,193; balance 246,193.
//	2021 (assumed 5%): (246,193 + 110,000) × 5% = 17,809.65 → 17,810;
//	  balance 246,193 + 240,000 + 17,810 = 504,003.
func TestWorkedJHTBalance(t *testing.T) {
	y := contribution.MustRate("5%")
	r, err := Default().JHTBalance(JHTInput{Participant: Participant{Segment: membership.BPU, Wage: rp(1_000_000)},
		From: regulation.MustMonth(2020, 1), To: regulation.MustMonth(2021, 12), AsOf: date(2021, 6, 1), AssumedYield: &y})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "contributions", item(t, r, "jht.contributions").Amount, 480_000)
	eq(t, "yield", item(t, r, "jht.yield").Amount, 6_193+17_810)
	eq(t, "balance", item(t, r, "jht.balance").Amount, 504_003)
	eq(t, "2020 balance", r.Schedule[0].Amount, 246_193)
	if len(r.Assumptions) == 0 || !contains(r.Assumptions[0].EN, "5%") {
		t.Errorf("the assumption is not shown: %v", r.Assumptions)
	}
	// A history gives the same: 24 months of 20,000.
	var h []MonthAmount
	for m := range regulation.Months(regulation.MustMonth(2020, 1), regulation.MustMonth(2021, 12)).All() {
		h = append(h, MonthAmount{Month: m, Amount: rp(20_000)})
	}
	r2, err := Default().JHTBalance(JHTInput{History: h, AsOf: date(2021, 6, 1), AssumedYield: &y})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "balance from history", item(t, r2, "jht.balance").Amount, 504_003)
}

func TestWorkedPension(t *testing.T) {
	e := Default()
	pu := Participant{Segment: membership.PU}
	cases := []struct {
		name   string
		in     PensionInput
		key    string
		amount int64
	}{
		// #11: 240 months, average 8,000,000, 2024: 1% × 20 × 8,000,000 = 1,600,000.
		{"benefits.md 5.8 #11: PP 45/2015 Pasal 17: 20 years", PensionInput{Participant: pu, Months: 240, AverageWage: rp(8_000_000), Start: date(2024, 1, 1)}, "jp.pension", 1_600_000},
		// #12: 180 months, 2,000,000, 2024: 300,000 < floor 393,500.
		{"benefits.md 5.8 #12: PP 45/2015 Pasal 18: 2024 floor", PensionInput{Participant: pu, Months: 180, AverageWage: rp(2_000_000), Start: date(2024, 1, 1)}, "jp.pension", 393_500},
		// Derived: the same in 2023: floor 383,400.
		{"PP 45/2015 Pasal 18: 2023 floor", PensionInput{Participant: pu, Months: 180, AverageWage: rp(2_000_000), Start: date(2023, 7, 1)}, "jp.pension", 383_400},
		// Derived: 480 months, 20,000,000: 1% × 40 × 20M = 8,000,000 > ceiling 4,718,200 (2024).
		{"PP 45/2015 Pasal 18: 2024 ceiling", PensionInput{Participant: pu, Months: 480, AverageWage: rp(20_000_000), Start: date(2024, 1, 1)}, "jp.pension", 4_718_200},
		// Derived: 190 months, 3,000,000: 1% × 190/12 × 3,000,000 = 475,000.
		{"PP 45/2015 Pasal 17: months not a whole year", PensionInput{Participant: pu, Months: 190, AverageWage: rp(3_000_000), Start: date(2024, 1, 1)}, "jp.pension", 475_000},
		// #13: 120 months: no monthly pension; 3% × 6,000,000 × 120 = 21,600,000 before yield.
		{"benefits.md 5.8 #13: UU SJSN Pasal 41: lump sum below 15 years", PensionInput{Participant: pu, Months: 120, AverageWage: rp(6_000_000), Start: date(2025, 1, 1)}, "jp.lump_sum", 21_600_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := e.Pension(c.in)
			if err != nil {
				t.Fatal(err)
			}
			eq(t, c.key, item(t, r, c.key).Amount, c.amount)
		})
	}
}

func TestWorkedRetirementDay(t *testing.T) {
	e := Default()
	cases := []struct {
		name  string
		birth regulation.Date
		want  regulation.Date
		age   int
	}{
		// #16: born Mar 1968: 59 in Mar 2027, when 59 applies (2025–2027).
		{"benefits.md 5.8 #16: PP 45/2015 Pasal 15: born Mar 1968", date(1968, 3, 10), date(2027, 3, 10), 59},
		// #16: born Mar 1969: 59 in 2028 when the age is 60; 60 in Mar 2029.
		{"benefits.md 5.8 #16: PP 45/2015 Pasal 15: born Mar 1969", date(1969, 3, 10), date(2029, 3, 10), 60},
		// Derived: born 15 Jun 1960, 56 in 2016 while 56 applies.
		{"PP 45/2015 Pasal 15: 56 in 2016", date(1960, 6, 15), date(2016, 6, 15), 56},
		// Derived: born 10 May 1963: 56 in 2019, when it is 57; 57 in May 2020.
		{"PP 45/2015 Pasal 15: 57 from 2019", date(1963, 5, 10), date(2020, 5, 10), 57},
		// Derived: born 1 Jan 1990: 65 on 1 Jan 2055 (65 from 2043).
		{"PP 45/2015 Pasal 15: 65 from 2043", date(1990, 1, 1), date(2055, 1, 1), 65},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, age, err := e.RetirementDay(c.birth)
			if err != nil {
				t.Fatal(err)
			}
			if d != c.want || age != c.age {
				t.Errorf("retires %s at %d, want %s at %d", d, age, c.want, c.age)
			}
		})
	}
}

func TestWorkedJobLoss(t *testing.T) {
	e := Default()
	pu := func(w int64) Participant { return Participant{Segment: membership.PU, Wage: rp(w)} }
	cases := []struct {
		name     string
		in       JobLossInput
		eligible bool
		amount   int64
	}{
		// #14: wage 7,000,000 (capped 5,000,000), PHK 3 Mar 2024: 3 × 45% ×
		// 5M + 3 × 25% × 5M = 6,750,000 + 3,750,000 = 10,500,000.
		{"benefits.md 5.8 #14: PP 37/2021 Pasal 21", JobLossInput{Participant: pu(7_000_000), Date: date(2024, 3, 3), Cause: Dismissal, PaidMonths: 20, ConsecutiveMonths: 20}, true, 10_500_000},
		// #15: the same on 3 Mar 2025: 6 × 60% × 5M = 18,000,000.
		{"benefits.md 5.8 #15: PP 6/2025", JobLossInput{Participant: pu(7_000_000), Date: date(2025, 3, 3), Cause: Dismissal, PaidMonths: 20, ConsecutiveMonths: 20}, true, 18_000_000},
		// Derived: the day before PP 6/2025 and the day it took effect.
		{"PP 37/2021: PHK on 6 Feb 2025", JobLossInput{Participant: pu(7_000_000), Date: date(2025, 2, 6), Cause: Dismissal, PaidMonths: 20, ConsecutiveMonths: 20}, true, 10_500_000},
		{"PP 6/2025: PHK on 7 Feb 2025", JobLossInput{Participant: pu(7_000_000), Date: date(2025, 2, 7), Cause: Dismissal, PaidMonths: 20, ConsecutiveMonths: 20}, true, 18_000_000},
		// Derived: wage 3,000,000 under the cap: 6 × 1,800,000 = 10,800,000.
		{"PP 6/2025: wage under the cap", JobLossInput{Participant: pu(3_000_000), Date: date(2025, 6, 1), Cause: Dismissal, PaidMonths: 12, ConsecutiveMonths: 6}, true, 10_800_000},
		// Derived: resignation, 11 months paid, 5 in a row: not eligible.
		{"PP 37/2021: resignation not covered", JobLossInput{Participant: pu(3_000_000), Date: date(2025, 6, 1), Cause: Resignation, PaidMonths: 20, ConsecutiveMonths: 20}, false, 10_800_000},
		{"PP 37/2021: 11 months in 24", JobLossInput{Participant: pu(3_000_000), Date: date(2025, 6, 1), Cause: Dismissal, PaidMonths: 11, ConsecutiveMonths: 11}, false, 10_800_000},
		{"PP 37/2021: 5 months in a row", JobLossInput{Participant: pu(3_000_000), Date: date(2025, 6, 1), Cause: Dismissal, PaidMonths: 12, ConsecutiveMonths: 5}, false, 10_800_000},
		// Derived: born 1 Jan 1970, enrolled 1 Jan 2024 at 54: not before 54.
		{"PP 6/2025 Pasal 4(2)b: enrolled at 54", JobLossInput{Participant: Participant{Segment: membership.PU, Wage: rp(3_000_000), BirthDate: date(1970, 1, 1), Start: date(2024, 1, 1)},
			Date: date(2025, 6, 1), Cause: Dismissal, PaidMonths: 12, ConsecutiveMonths: 12}, false, 10_800_000},
		// Derived: born 1 Jan 1970, enrolled 1 Jan 2018 at 48, before JKP began.
		{"PP 6/2025 Pasal 4(2)b: enrolled at 48 before JKP began", JobLossInput{Participant: Participant{Segment: membership.PU, Wage: rp(3_000_000), BirthDate: date(1970, 1, 1), Start: date(2018, 1, 1)},
			Date: date(2025, 6, 1), Cause: Dismissal, PaidMonths: 12, ConsecutiveMonths: 12}, true, 10_800_000},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := e.JobLoss(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if r.Eligible != c.eligible {
				t.Errorf("eligible %v, want %v (reasons %v)", r.Eligible, c.eligible, r.Reasons)
			}
			eq(t, "JKP", item(t, r, "jkp.cash").Amount, c.amount)
		})
	}
}

// Cost against protection, the sentence of issue 12: BPU JKK+JKM on
// Rp1,000,000 in February 2026 (no relief for farmers then): 10,000 + 6,800
// = Rp16,800; JKM 42,000,000; JKK death 48 × 1,000,000 + 22,000,000 =
// 70,000,000; scholarship ceiling 174,000,000; care with no ceiling.
func TestWorkedProtection(t *testing.T) {
	o, err := Default().Protection(ProtectionInput{Contribution: bpuFarmer(1_000_000), Month: regulation.MustMonth(2026, 2)})
	if err != nil {
		t.Fatal(err)
	}
	wantID := "Rp16.800 sebulan: Rp42.000.000 untuk keluarga bila meninggal dunia; Rp70.000.000 bila meninggal karena kecelakaan kerja; beasiswa 2 anak hingga Rp174.000.000; perawatan kecelakaan kerja tanpa batas biaya."
	wantEN := "Rp16,800 a month: Rp42,000,000 to the family on death; Rp70,000,000 on death from a work accident; scholarships for 2 children up to Rp174,000,000; unlimited work-accident care."
	if o.Sentence.ID != wantID || o.Sentence.EN != wantEN {
		t.Errorf("sentence\n%s\n%s\nwant\n%s\n%s", o.Sentence.ID, o.Sentence.EN, wantID, wantEN)
	}
	// A PU worker of a large employer on Rp6,000,000 with every program, in
	// March 2026: JKP up to 6 × 60% × 5,000,000 = 18,000,000; JHT 5.7% ×
	// 6,000,000 = 342,000 a month.
	pu := contribution.Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP, membership.JKP),
		Basis: rp(6_000_000), RiskGroup: contribution.LowRisk, Scale: membership.Large}
	o, err = Default().Protection(ProtectionInput{Contribution: pu, Month: regulation.MustMonth(2026, 3)})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for _, h := range o.Headlines {
		got[h.Key] = h.Amount.IntPart()
	}
	if got["jkp.cash"] != 18_000_000 || got["jht.savings"] != 342_000 || got["jkk.death"] != 48*6_000_000+22_000_000 {
		t.Errorf("PU headlines %v", got)
	}
	if !contains(o.Sentence.EN, "the worker pays") {
		t.Errorf("a PU sentence should say what the worker pays: %s", o.Sentence.EN)
	}
}

// The village tally: a BPU farmer on Rp1,000,000, a village official on
// Rp2,022,200 and a BPU worker on Rp2,000,000, each with JKK+JKM.
// JKM: 3 × 42,000,000 = 126,000,000. JKK: (48,000,000 + 22,000,000) +
// (97,065,600 + 22,000,000) + (96,000,000 + 22,000,000) = 307,065,600.
func TestWorkedDeathTally(t *testing.T) {
	e := Default()
	tally, err := e.NewDeathTally(date(2026, 3, 1))
	if err != nil {
		t.Fatal(err)
	}
	m := regulation.MustMonth(2026, 3)
	for _, in := range []contribution.Input{bpuFarmer(1_000_000), TypicalWorkers()[4].Contribution, bpuFarmer(2_000_000)} {
		b, err := e.Calculator().Bill(in, m)
		if err != nil {
			t.Fatal(err)
		}
		tally.Add(b)
	}
	eq(t, "JKM", tally.JKM, 126_000_000)
	eq(t, "JKK", tally.WorkDeath, 307_065_600)
	if tally.Workers != 3 || tally.JKMWorkers != 3 || tally.JKKWorkers != 3 {
		t.Errorf("counts %d/%d/%d, want 3/3/3", tally.Workers, tally.JKMWorkers, tally.JKKWorkers)
	}
}
