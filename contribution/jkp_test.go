package contribution

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func date(y, m, d int) regulation.Date { return regulation.MustDate(y, timeMonth(m), d) }

// TestJKPFollowsEligibility: regulations.md §3.3 — JKP is automatic for an
// eligible wage earner, with no bill to employer or worker; the government
// and the recomposed part of the employer's JKK are shown apart. A medium
// employer's worker on Rp4,000,000, JKK 0.24% + JKM 0.30% + JHT 5.7% + JP 3%:
//
//	billed 9,600 + 12,000 + 228,000 + 120,000 = 369,600, with or without JKP
//	JKP from March 2025 (PP 6/2025 Pasal 11): government 0.22% × 4,000,000 = 8,800,
//	  recomposition 0.14% × 4,000,000 = 5,600
//	JKP March 2021 – February 2025 (PP 37/2021): 8,800 and 0.24% × 4,000,000 = 9,600
//	February 2021: no JKP line (PP 37/2021 in force 2 February 2021, so the
//	  first month whose first day it covers is March 2021)
//
// Age (PP 6/2025 Pasal 4 ayat (2) huruf b): registered before 54. Born 10
// January 1970, registered 10 January 2024: 54 on the day, not covered;
// registered 9 January 2024: 53, covered. Registered in 2018 at 30, before JKP
// existed: covered (this package's reading).
func TestJKPFollowsEligibility(t *testing.T) {
	c := calc(t, Options{})
	base := Input{Segment: membership.PU, Programs: puAll, Basis: rp(4_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium}
	with := func(f func(*Input)) Input { in := base; f(&in); return in }
	for _, tc := range []struct {
		name        string
		in          Input
		m           regulation.Month
		gov, recomp int64 // 0, 0: no JKP line
	}{
		{"PP 6/2025 Pasal 11: JKP added without being asked", base, month(2026, 3), 8_800, 5_600},
		{"PP 37/2021: 0.22% + 0.24% in March 2021", base, month(2021, 3), 8_800, 9_600},
		{"PP 37/2021: no JKP in February 2021", base, month(2021, 2), 0, 0},
		{"PP 37/2021: no JKP before 2021", base, month(2019, 6), 0, 0},
		{"JKP named explicitly: the same line", with(func(in *Input) { in.Programs = puAll.With(membership.JKP) }), month(2026, 3), 8_800, 5_600},
		{"JKPExclude: no line", with(func(in *Input) { in.JKP = JKPExclude }), month(2026, 3), 0, 0},
		{"PP 6/2025 Pasal 4(2)b: registered at 50", with(func(in *Input) { in.BirthDate, in.Registered = date(1975, 6, 15), date(2026, 1, 10) }), month(2026, 3), 8_800, 5_600},
		{"PP 6/2025 Pasal 4(2)b: registered at 54 on the day", with(func(in *Input) { in.BirthDate, in.Registered = date(1970, 1, 10), date(2024, 1, 10) }), month(2026, 3), 0, 0},
		{"PP 6/2025 Pasal 4(2)b: registered a day before 54", with(func(in *Input) { in.BirthDate, in.Registered = date(1970, 1, 10), date(2024, 1, 9) }), month(2026, 3), 8_800, 5_600},
		{"registered in 2018 at 30, before JKP began", with(func(in *Input) { in.BirthDate, in.Registered = date(1988, 3, 1), date(2018, 5, 2) }), month(2026, 3), 8_800, 5_600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := c.Bill(tc.in, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if !b.Billed.Equal(rp(369_600)) {
				t.Errorf("billed %s, want 369600", b.Billed)
			}
			ln, ok := b.Line(membership.JKP)
			if tc.gov == 0 {
				if ok {
					t.Errorf("JKP line %+v, want none", ln.Shares)
				}
				return
			}
			if !ok || !ln.Shares.Government.Equal(rp(tc.gov)) || !ln.Shares.Recomposition.Equal(rp(tc.recomp)) ||
				!ln.Shares.Employer.IsZero() || !ln.Shares.Worker.IsZero() {
				t.Fatalf("JKP line %v %+v, want government %d, recomposition %d", ok, ln.Shares, tc.gov, tc.recomp)
			}
			if !b.Totals.Government.Equal(rp(tc.gov)) || !b.Totals.Recomposition.Equal(rp(tc.recomp)) {
				t.Errorf("totals %+v", b.Totals)
			}
		})
	}
	// The engine gives the same JKP line for rows without dates.
	e, err := NewEngine(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		m      regulation.Month
		choice JKPChoice
		jkp    int64
	}{{month(2026, 3), JKPAuto, 14_400}, {month(2021, 3), JKPAuto, 18_400}, {month(2021, 2), JKPAuto, 0}, {month(2026, 3), JKPExclude, 0}} {
		r := Row{Month: tc.m, Segment: membership.PU, Programs: puAll, Basis: 4_000_000, RiskGroup: VeryLowRisk, Scale: membership.Medium, JKP: tc.choice}
		got := e.One(r)
		if got.Err != nil || got.Amount[membership.JKP-1] != tc.jkp || got.Billed != 369_600 || got.Has.Has(membership.JKP) != (tc.jkp != 0) {
			t.Errorf("engine %s %s: JKP %d billed %d (%v), want %d", tc.m, tc.choice, got.Amount[membership.JKP-1], got.Billed, got.Err, tc.jkp)
		}
	}
	// Not for non-wage participants: BPU take no JKP.
	b, err := c.Bill(Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000)}, month(2026, 3))
	if _, ok := b.Line(membership.JKP); err != nil || ok {
		t.Errorf("BPU bill: %v, JKP line %v", err, ok)
	}
}

// TestJKPBadInput: JKP excluded and named at once, one date without the
// other, JKP named for a worker registered at 54, and a code outside the
// list are each a typed problem, all at once.
func TestJKPBadInput(t *testing.T) {
	c := calc(t, Options{})
	base := Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(4_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium}
	for _, tc := range []struct {
		name     string
		f        func(*Input)
		sentinel error
		code     problem.Code
	}{
		{"excluded and named", func(in *Input) { in.JKP = JKPExclude }, ErrInvalidInput, "input.jkp"},
		{"unknown choice", func(in *Input) { in.JKP = 7 }, ErrInvalidInput, "input.jkp"},
		{"birth date alone", func(in *Input) { in.BirthDate = date(1980, 1, 1) }, membership.ErrRequired, "registered.required"},
		{"registration alone", func(in *Input) { in.Registered = date(2020, 1, 1) }, membership.ErrRequired, "birth_date.required"},
		{"born after registering", func(in *Input) { in.BirthDate, in.Registered = date(2021, 1, 1), date(2020, 1, 1) }, membership.ErrInvalidBirthDate, "birth_date.after_registration"},
		{"PP 6/2025 Pasal 4(2)b: JKP named at 54", func(in *Input) { in.BirthDate, in.Registered = date(1970, 1, 10), date(2024, 1, 10) }, membership.ErrNotEligible, "eligibility.jkp_age"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := base
			tc.f(&in)
			_, err := c.Bill(in, month(2026, 3))
			var l problem.List
			if !errors.Is(err, tc.sentinel) || !errors.As(err, &l) {
				t.Fatalf("err = %v, want %v", err, tc.sentinel)
			}
			found := false
			for _, e := range l {
				found = found || e.Code == tc.code
			}
			if !found {
				t.Errorf("codes %v, want %s", l.Codes(), tc.code)
			}
		})
	}
}

// TestJKPChoiceJSON: the choice travels as "AUTO" or "EXCLUDE"; AUTO, the
// zero value, is left out.
func TestJKPChoiceJSON(t *testing.T) {
	var in Input
	if err := json.Unmarshal([]byte(`{"segment":"PU","jkp":"exclude","birth_date":"1980-02-03","registered":"2021-05-06"}`), &in); err != nil {
		t.Fatal(err)
	}
	if in.JKP != JKPExclude || in.BirthDate != date(1980, 2, 3) || in.Registered != date(2021, 5, 6) {
		t.Errorf("decoded %+v", in)
	}
	if err := json.Unmarshal([]byte(`{"jkp":"SOMETIMES"}`), &in); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("unknown choice: %v", err)
	}
	out, err := json.Marshal(Input{Segment: membership.PU})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	if _, ok := m["jkp"]; ok {
		t.Errorf("AUTO is written: %s", out)
	}
}

func ExampleJKPChoice() {
	c, err := NewCalculator(DefaultParams(), Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A village official registered at 40: JKK and JKM asked for, JKP
	// follows on its own, paid by the government and recomposition.
	in := Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis: decimal.NewFromInt(2_500_000), RiskGroup: VeryLowRisk, Scale: membership.Micro,
		Payer: membership.PayerVillage, BirthDate: regulation.MustDate(1980, 4, 1), Registered: regulation.MustDate(2020, 4, 1)}
	b, err := c.Bill(in, regulation.MustMonth(2026, 3))
	if err != nil {
		fmt.Println(err)
		return
	}
	ln, _ := b.Line(membership.JKP)
	fmt.Println("billed", b.Billed, "JKP government", ln.Shares.Government, "recomposition", ln.Shares.Recomposition)
	in.JKP = JKPExclude
	b, _ = c.Bill(in, regulation.MustMonth(2026, 3))
	_, ok := b.Line(membership.JKP)
	fmt.Println("excluded:", !ok, "billed", b.Billed)
	// Output:
	// billed 13500 JKP government 5500 recomposition 3500
	// excluded: true billed 13500
}
