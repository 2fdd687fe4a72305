package contribution

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

func amounts(ns ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ns))
	for i, n := range ns {
		out[i] = decimal.RequireFromString(n)
	}
	return out
}

// TestMonthlyWage: regulations.md §3.1 (BPJS Perdir 22/PERDIR.02/072022):
//
//	daily Rp95,000 × 25 = Rp2,375,000
//	daily Rp88,500.50 × 25 = Rp2,212,512.50 (sen kept: the product is exact)
//	piece rate, months 2,100,000 / 2,400,000 / 2,700,000: (7,200,000) / 3 = 2,400,000
//	piece rate, the last 3 of 1,000,000 / 2,000,000 / 2,000,000 / 2,000,001:
//	  6,000,001 / 3 = 2,000,000.33… → Rp2,000,000 (half-up to whole rupiah)
//	piece rate 1,000,000 / 1,000,000 / 1,000,001.50: 3,000,002.50 / 3 = 1,000,000.83… → Rp1,000,001
//	weather piece work, 12 months 6 × 1,500,000 + 6 × 3,100,000 = 27,600,000 / 12 = 2,300,000
func TestMonthlyWage(t *testing.T) {
	p := DefaultParams()
	m := month(2026, 5)
	season := append(amounts("1500000", "1500000", "1500000", "1500000", "1500000", "1500000"),
		amounts("3100000", "3100000", "3100000", "3100000", "3100000", "3100000")...)
	for _, tc := range []struct {
		name string
		kind PayKind
		in   []decimal.Decimal
		want string
		used int
	}{
		{"Perdir 22/2022: monthly wage as reported", MonthlyPay, amounts("3250000"), "3250000", 1},
		{"Perdir 22/2022: daily wage × 25", DailyPay, amounts("95000"), "2375000", 1},
		{"Perdir 22/2022: daily wage with sen × 25", DailyPay, amounts("88500.50"), "2212512.5", 1},
		{"Perdir 22/2022: piece rate, 3 months", PieceRatePay, amounts("2100000", "2400000", "2700000"), "2400000", 3},
		{"Perdir 22/2022: piece rate, the last 3 of 4", PieceRatePay, amounts("1000000", "2000000", "2000000", "2000001"), "2000000", 3},
		{"Perdir 22/2022: piece rate, average rounded half-up", PieceRatePay, amounts("1000000", "1000000", "1000001.50"), "1000001", 3},
		{"Perdir 22/2022: weather-dependent piece work, 12 months", WeatherPieceRatePay, season, "2300000", 12},
	} {
		w, err := p.MonthlyWage(tc.kind, m, tc.in...)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !w.Monthly.Equal(decimal.RequireFromString(tc.want)) || w.Used != tc.used || w.Kind != tc.kind {
			t.Errorf("%s: %s (used %d), want %s (%d)", tc.name, w.Monthly, w.Used, tc.want, tc.used)
		}
		if w.Citation.Instrument != "BPJS Ketenagakerjaan Perdir 22/PERDIR.02/072022" {
			t.Errorf("%s: cites %s", tc.name, w.Citation)
		}
	}
	// Before July 2022 the same numbers, cited as an assumption.
	w, err := p.MonthlyWage(DailyPay, month(2020, 1), amounts("80000")...)
	if err != nil || !w.Monthly.Equal(rp(2_000_000)) || w.Citation.Confidence != regulation.Unconfirmed {
		t.Errorf("daily wage in 2020: %s %v %v", w.Monthly, w.Citation, err)
	}
	if _, err := p.MonthlyWage(DailyPay, month(2015, 6), amounts("80000")...); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("June 2015: %v", err)
	}
}

// TestMonthlyWageBadInput: too few months, more than one daily wage, and
// amounts that are not positive or have fractions of a sen, all at once.
func TestMonthlyWageBadInput(t *testing.T) {
	p := DefaultParams()
	_, err := p.MonthlyWage(PieceRatePay, month(2026, 5), amounts("0", "-5", "1.005")[:2]...)
	var l problem.List
	if !errors.Is(err, ErrInvalidWage) || !errors.As(err, &l) || len(l) != 3 {
		t.Fatalf("err = %v", err)
	}
	if l[0].Field != "amounts" || l[1].Field != "amounts[0]" || l[2].Field != "amounts[1]" || l[2].Value != "-5" {
		t.Errorf("fields %v", l)
	}
	if _, err := p.MonthlyWage(DailyPay, month(2026, 5), amounts("1", "2")...); !errors.Is(err, ErrInvalidWage) {
		t.Errorf("two daily wages: %v", err)
	}
	if _, err := p.MonthlyWage(MonthlyPay, month(2026, 5), amounts("1.005")...); !errors.Is(err, ErrInvalidWage) {
		t.Errorf("a fraction of a sen: %v", err)
	}
	if _, err := p.MonthlyWage(PayKind(9), month(2026, 5), amounts("1")...); !errors.Is(err, ErrInvalidWage) {
		t.Errorf("unknown kind: %v", err)
	}
}

// TestMinimumWageCheck: the regency's UMK when the table has it, else the
// province's UMP (regulations.md §3.1). A caller's table: Kab. Bekasi
// (32.16) UMK 2026 Rp5,938,885 (Kompas); Jawa Barat UMP 2026 Rp2,317,601.
//
//	Rp5,000,000 in a village of Kab. Bekasi, 2026-05: below the UMK (5,938,885) — warning
//	Rp5,000,000 in Kab. Bogor (32.01), no UMK in the table: the UMP 2,317,601 — fine
//	Rp2,317,600 in Kab. Bogor: one rupiah below the UMP — warning
//	Rp2,317,601 in Kab. Bogor: at the UMP — fine
//	any wage in Bali (51), 2026: no figure — a warning that says so
func TestMinimumWageCheck(t *testing.T) {
	tbl, err := ReadMinimumWages(strings.NewReader("kode_wilayah;tahun;upah_minimum;sumber;keyakinan\n" +
		"32.16;2026;Rp5.938.885;UMK 2026 Kab. Bekasi (Kompas);secondary\n" +
		"32;2026;2317601;UMP 2026 Jawa Barat;secondary\n"))
	if err != nil {
		t.Fatal(err)
	}
	village, bogor := region.MustParse("32.16.01.2001"), region.MustParse("32.01")
	for _, tc := range []struct {
		name     string
		wage     int64
		area     region.Code
		below    bool
		min      int64
		warnCode problem.Code
	}{
		{"UMK Kab. Bekasi 2026: below", 5_000_000, village, true, 5_938_885, "wage.below_minimum"},
		{"UMP Jawa Barat 2026 where no UMK: above", 5_000_000, bogor, false, 2_317_601, ""},
		{"UMP Jawa Barat 2026: one rupiah below", 2_317_600, bogor, true, 2_317_601, "wage.below_minimum"},
		{"UMP Jawa Barat 2026: at it", 2_317_601, bogor, false, 2_317_601, ""},
		{"no figure for Bali", 2_000_000, region.MustParse("51"), false, 0, "wage.no_minimum"},
	} {
		c, err := tbl.Check(rp(tc.wage), tc.area, month(2026, 5))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if c.Below != tc.below || !c.Minimum.Amount.Equal(rp(tc.min)) && tc.min != 0 {
			t.Errorf("%s: below %v, minimum %s", tc.name, c.Below, c.Minimum.Amount)
		}
		switch {
		case tc.warnCode == "" && c.Warning != nil:
			t.Errorf("%s: warning %v", tc.name, c.Warning)
		case tc.warnCode != "" && (c.Warning == nil || c.Warning.Code != tc.warnCode || !errors.Is(c.Warning, ErrBelowMinimumWage)):
			t.Errorf("%s: warning %v, want %s", tc.name, c.Warning, tc.warnCode)
		}
	}
	c, _ := tbl.Check(rp(5_000_000), village, month(2026, 5))
	if !strings.Contains(c.Warning.EN, "UMK of 32.16 for 2026, Rp5,938,885") || !strings.Contains(c.Warning.ID, "UMK 32.16 tahun 2026") {
		t.Errorf("messages: %q / %q", c.Warning.EN, c.Warning.ID)
	}
	if _, err := tbl.Check(rp(0), region.Code{}, regulation.Month{}); !errors.Is(err, ErrInvalidWage) || !errors.Is(err, ErrInvalidMinimumWage) {
		t.Errorf("bad check input: %v", err)
	}
}

// TestMinimumWageTableBadInput: a negative amount, a missing amount, a
// district code, a year out of range, a repeated area and year and a
// citation without confidence are each a typed problem naming the field and
// value, all at once.
func TestMinimumWageTableBadInput(t *testing.T) {
	cite := regulation.Citation{Instrument: "x", Confidence: regulation.Secondary}
	_, err := NewMinimumWages([]MinimumWage{
		{Area: region.MustParse("32"), Year: 2026, Amount: rp(-2_317_601), Citation: cite},
		{Area: region.MustParse("33"), Year: 2026, Citation: cite},
		{Area: region.MustParse("32.16.01"), Year: 2026, Amount: rp(1), Citation: cite},
		{Area: region.MustParse("34"), Year: 1999, Amount: rp(1), Citation: cite},
		{Area: region.MustParse("33"), Year: 2026, Amount: rp(2), Citation: cite},
		{Area: region.MustParse("35"), Year: 2026, Amount: rp(2), Citation: regulation.Citation{Instrument: "x"}},
	})
	var l problem.List
	if !errors.As(err, &l) || !errors.Is(err, ErrInvalidMinimumWage) {
		t.Fatalf("err = %v", err)
	}
	want := []string{
		"minimum_wages[0].amount minimum_wage.amount_negative -2317601",
		"minimum_wages[1].amount minimum_wage.amount_missing ",
		"minimum_wages[2].area minimum_wage.area 32.16.01",
		"minimum_wages[3].year minimum_wage.year 1999",
		"minimum_wages[5].citation.confidence citation.confidence ",
		// Repeated areas and years come after the entries' own problems.
		"minimum_wages[4].area minimum_wage.duplicate 33 2026",
	}
	var got []string
	for _, p := range l {
		got = append(got, fmt.Sprintf("%s %s %s", p.Field, p.Code, p.Value))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadMinimumWagesBadInput: problems of a CSV file name their line.
func TestReadMinimumWagesBadInput(t *testing.T) {
	_, err := ReadMinimumWages(strings.NewReader("area,year,amount\n" +
		"32,2026,-5\n" + // line 2: negative
		"33,2026,\n" + // line 3: missing
		"34,dua ribu,100\n" + // line 4: not a year
		"99,2026,100\n" + // line 5: no such province
		"35,2026,1000,extra\n")) // line 6: too many cells
	var l problem.List
	if !errors.As(err, &l) || !errors.Is(err, ErrInvalidMinimumWage) && !errors.Is(err, region.ErrInvalidCode) {
		t.Fatalf("err = %v", err)
	}
	var got []string
	for _, p := range l {
		got = append(got, p.Field+" "+string(p.Code)+" "+p.Value)
	}
	for _, w := range []string{"line[2].amount minimum_wage.amount_negative -5", "line[3].amount minimum_wage.amount_missing ",
		"line[4].year minimum_wage.year dua ribu", "line[5].area"} {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("no problem %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(l) != 5 {
		t.Errorf("%d problems, want 5:\n%s", len(l), strings.Join(got, "\n"))
	}
}

// TestDefaultMinimumWages pins shipped figures to their published values
// (regulations.md §3.1 asks for them as cited data): UMP 2026 DKI Jakarta
// Rp5,729,876 and Jawa Barat Rp2,317,601 (the highest and lowest, the
// minister to DPR, 21 January 2026), Jawa Tengah 2025 Rp2,169,349. Every
// entry cites a source with a URL and a confidence; no province is listed
// twice for a year; the provinces not found (Bali among them) are absent.
func TestDefaultMinimumWages(t *testing.T) {
	tbl := DefaultMinimumWages()
	for _, tc := range []struct {
		area string
		year int
		want string
		conf regulation.Confidence
	}{
		{"31", 2026, "5729876", regulation.Secondary},
		{"32", 2026, "2317601", regulation.Secondary},
		{"33", 2025, "2169349", regulation.Secondary},
		{"33", 2026, "2327386.07", regulation.Secondary},
		{"31", 2025, "5396761", regulation.Unconfirmed},
	} {
		e, ok := tbl.For(region.MustParse(tc.area), tc.year)
		if !ok || !e.Amount.Equal(decimal.RequireFromString(tc.want)) || e.Citation.Confidence != tc.conf {
			t.Errorf("UMP %s %d = %v %s %v, want %s [%v]", tc.area, tc.year, ok, e.Amount, e.Citation, tc.want, tc.conf)
		}
	}
	if _, ok := tbl.For(region.MustParse("51.03"), 2026); ok {
		t.Error("Bali 2026 is shipped, but no figure was found")
	}
	for _, e := range tbl.Entries() {
		if e.Area.Level() != region.Province || e.Year < 2025 || e.Year > 2026 || e.Citation.URL == "" || e.Citation.Check() != nil {
			t.Errorf("shipped entry %+v", e)
		}
	}
}

func ExampleMinimumWages_Check() {
	tbl := DefaultMinimumWages()
	// A village official in Kab. Bandung (32.04), where the table has no
	// UMK: the Jawa Barat UMP applies.
	c, err := tbl.Check(decimal.NewFromInt(2_200_000), region.MustParse("32.04.01.2001"), regulation.MustMonth(2026, 3))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Below, c.Minimum.Amount, c.Minimum.Citation.Confidence)
	msg, _, _ := strings.Cut(c.Warning.Message(problem.English), " (")
	fmt.Println(msg)
	// Output:
	// true 2317601 secondary
	// wage: below the UMP of 32 for 2026, Rp2,317,601
}

func ExampleParams_MonthlyWage() {
	w, err := DefaultParams().MonthlyWage(DailyPay, regulation.MustMonth(2026, 5), decimal.NewFromInt(95_000))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(w.Monthly, w.Citation)
	// Output:
	// 2375000 BPJS Ketenagakerjaan Perdir 22/PERDIR.02/072022 [secondary]
}

// FuzzReadMinimumWages checks that ReadMinimumWages never panics, that
// every problem is a typed one (of the table, an area code or a citation),
// and that whatever it accepts is a table NewMinimumWages accepts too, with
// no amount that is not positive.
func FuzzReadMinimumWages(f *testing.F) {
	for _, s := range []string{
		"area,year,amount\n32,2026,2317601\n",
		"kode_wilayah;tahun;upah_minimum;sumber;keyakinan\n32.16;2026;Rp5.938.885;UMK;secondary\n",
		"area,year,amount\n32,2026,-1\n33,2026,\n",
		"area,year,amount\n32,2026,1\n32,2026,2\n",
		"area,year,amount,confidence\n32,2026,1e100000000,sure\n",
		"\"area\",year,amount\n\"32\",2026,\"2,5\"\n",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tbl, err := ReadMinimumWages(strings.NewReader(s))
		if err != nil {
			var l problem.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("%q: untyped error %v", s, err)
			}
			for _, p := range l {
				if !errors.Is(p, ErrInvalidMinimumWage) && !errors.Is(p, region.ErrInvalidCode) && !errors.Is(p, regulation.ErrInvalidCitation) {
					t.Fatalf("%q: problem %v wraps no sentinel of the reader", s, p)
				}
			}
			return
		}
		if _, err := NewMinimumWages(tbl.Entries()); err != nil {
			t.Fatalf("%q: read a table NewMinimumWages refuses: %v", s, err)
		}
		for _, e := range tbl.Entries() {
			if !e.Amount.IsPositive() {
				t.Fatalf("%q: accepted amount %s", s, e.Amount)
			}
		}
	})
}
