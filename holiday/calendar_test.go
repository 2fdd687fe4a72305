package holiday

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func day(y int, m time.Month, d int) regulation.Date { return regulation.MustDate(y, m, d) }

// TestDefaultCountsPerYear checks the embedded calendar against the summary
// table of the project's holiday notes, counted there from the decrees'
// press reports: national holidays, cuti bersama and Monday-to-Friday days
// per year.
func TestDefaultCountsPerYear(t *testing.T) {
	want := map[int][3]int{ // holidays, cuti bersama, of which Mon–Fri
		2015: {17, 3, 16}, 2016: {15, 4, 15}, 2017: {17, 7, 21}, 2018: {17, 8, 22},
		2019: {17, 4, 15}, 2020: {17, 5, 19}, 2021: {15, 1, 13}, 2022: {16, 4, 14},
		2023: {16, 11, 21}, 2024: {19, 10, 24}, 2025: {17, 11, 24}, 2026: {17, 8, 21},
		2027: {18, 8, 19},
	}
	c := Default()
	if got := c.Years(); len(got) != 13 || got[0] != 2015 || got[12] != 2027 {
		t.Fatalf("years %v, want 2015 to 2027", got)
	}
	for y, w := range want {
		var got [3]int
		for _, d := range c.Days(y) {
			if d.Kind == Holiday {
				got[0]++
			} else {
				got[1]++
			}
			if !IsWeekend(d.Date) {
				got[2]++
			}
			if d.Citation.Instrument == "" || !d.Citation.Confidence.IsValid() || d.Name == "" {
				t.Errorf("%s: incomplete %+v", d.Date, d)
			}
		}
		if got != w {
			t.Errorf("%d: %v holidays, cuti bersama, weekdays; want %v", y, got, w)
		}
	}
	if c.Covers(2014) || c.Covers(2028) || !c.Covers(2026) {
		t.Error("coverage is not 2015 to 2027")
	}
}

func TestDefaultDays(t *testing.T) {
	c := Default()
	tests := []struct {
		name       string
		d          regulation.Date
		kind       Kind
		instrument string
		conf       regulation.Confidence
	}{
		{"SKB 1497/2025: cuti bersama before Imlek 2577", day(2026, 2, 16), CutiBersama, "SKB 1497/2025, 2/2025, 5/2025 (2025-09-19)", regulation.Secondary},
		{"SKB 1497/2025: Imlek 2577", day(2026, 2, 17), Holiday, "SKB 1497/2025, 2/2025, 5/2025 (2025-09-19)", regulation.Secondary},
		{"Keppres 22/2020: Pilkada voting day", day(2020, 12, 9), Holiday, "Keppres 22/2020", regulation.Secondary},
		{"SKB 2015 as revised: 24 December 2015, kind disputed", day(2015, 12, 24), Holiday, "SKB 2015 as revised (revision not found) / original SKB 2015", regulation.Unconfirmed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := c.Lookup(tc.d)
			if !ok || d.Kind != tc.kind || d.Citation.Instrument != tc.instrument || d.Citation.Confidence != tc.conf {
				t.Errorf("%s: %+v, %v", tc.d, d, ok)
			}
		})
	}
	// IDX-only closure, not a national holiday (holidays.md scope notes).
	if _, ok := c.Lookup(day(2026, 12, 31)); ok {
		t.Error("31 December 2026 is listed")
	}
}

func TestWorkingDays(t *testing.T) {
	c := Default()
	open := c.WithPolicy(regulation.MustTimeline(CutiBersamaParam, []regulation.Entry[Policy]{{
		From: day(2015, 1, 1), Value: CutiBersamaWorking,
		Citation: regulation.Citation{Instrument: "test reading", Confidence: regulation.Unconfirmed},
	}}))
	tests := []struct {
		name        string
		d           regulation.Date
		def, cbOpen bool
	}{
		{"a Wednesday with nothing listed", day(2026, 2, 18), true, true},
		{"a Sunday", day(2026, 2, 15), false, false},
		{"cuti bersama Imlek: non-working by default, working under the other reading", day(2026, 2, 16), false, true},
		{"Imlek itself: a holiday under both", day(2026, 2, 17), false, false},
		{"a year not covered: weekdays work", day(2030, 1, 1), true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := c.IsWorkingDay(tc.d); got != tc.def {
				t.Errorf("default: %v", got)
			}
			if got := open.IsWorkingDay(tc.d); got != tc.cbOpen {
				t.Errorf("cuti bersama working: %v", got)
			}
		})
	}
	var none *Calendar
	if none.IsWorkingDay(day(2026, 2, 15)) || !none.IsWorkingDay(day(2026, 2, 16)) || none.Covers(2026) {
		t.Error("a nil calendar is not weekends only")
	}
}

func TestNextPrevious(t *testing.T) {
	c := Default()
	// Sunday 15 February 2026 → Monday 16 cuti bersama → Tuesday 17 Imlek →
	// Wednesday 18.
	next, past := c.Next(day(2026, 2, 15))
	if next != day(2026, 2, 18) || len(past) != 2 || past[0].Date != day(2026, 2, 16) || past[1].Date != day(2026, 2, 17) {
		t.Errorf("next %s past %v", next, past)
	}
	// Friday 30 October 2020 cuti bersama (SKB 174/2020) → Thursday 29 Maulid
	// → Wednesday 28 cuti bersama (SKB 391/2020) → Tuesday 27.
	prev, past := c.Previous(day(2020, 10, 30))
	if prev != day(2020, 10, 27) || len(past) != 3 || past[0].Date != day(2020, 10, 30) {
		t.Errorf("previous %s past %v", prev, past)
	}
	if d, past := c.Next(day(2026, 2, 18)); d != day(2026, 2, 18) || past != nil {
		t.Errorf("a working day moves: %s %v", d, past)
	}
}

func TestWithYears(t *testing.T) {
	cite := regulation.Citation{Instrument: "SKB 2028 (test)", Confidence: regulation.Secondary}
	c, err := Default().WithYears([]Day{
		{Date: day(2028, 1, 3), Kind: Holiday, Name: "test", Citation: cite},
		{Date: day(2026, 2, 19), Kind: CutiBersama, Name: "replacement", Citation: cite},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Covers(2028) || c.IsWorkingDay(day(2028, 1, 3)) {
		t.Error("2028 not added")
	}
	if len(c.Days(2026)) != 1 || !c.IsWorkingDay(day(2026, 2, 17)) || c.IsWorkingDay(day(2026, 2, 19)) {
		t.Errorf("2026 not replaced: %v", c.Days(2026))
	}
	if len(c.Days(2025)) != 28 || len(Default().Days(2026)) != 25 {
		t.Error("other years or the default changed")
	}
	_, err = Default().WithYears([]Day{
		{Date: day(2028, 1, 3), Kind: Holiday, Name: "a", Citation: cite},
		{Date: day(2028, 1, 3), Kind: Holiday, Name: "b", Citation: cite},
		{Date: day(2028, 1, 4), Kind: 9, Name: "", Citation: regulation.Citation{}},
	})
	var l problem.List
	if !errors.As(err, &l) || !errors.Is(err, ErrInvalidFile) {
		t.Fatalf("bad days: %v", err)
	}
	fields := map[string]bool{}
	for _, e := range l {
		fields[e.Field] = true
	}
	for _, f := range []string{"days[1].date", "days[2].kind", "days[2].name", "days[2].citation.instrument", "days[2].citation.confidence"} {
		if !fields[f] {
			t.Errorf("no problem for %s in %v", f, l)
		}
	}
}

func TestRead(t *testing.T) {
	const header = "date,kind,name,instrument,confidence\n"
	good := header + "2028-01-03,holiday,Tahun Baru,SKB 2028,[secondary]\n" + `2028-01-04,cuti_bersama,"Cuti, Bersama",SKB 2028,unconfirmed` + "\n"
	days, err := Read(strings.NewReader("\uFEFF" + good))
	if err != nil || len(days) != 2 || days[1].Name != "Cuti, Bersama" || days[1].Citation.Confidence != regulation.Unconfirmed {
		t.Fatalf("%v %+v", err, days)
	}
	tests := []struct {
		name, file, code, field, value string
	}{
		{"malformed date", header + "2028-1-3,holiday,x,SKB,[secondary]\n", "holiday.date", "line[2].date", "2028-1-3"},
		{"impossible date", header + "2028-02-30,holiday,x,SKB,[secondary]\n", "holiday.date", "line[2].date", "2028-02-30"},
		{"duplicated date", header + "2028-01-03,holiday,x,SKB,[secondary]\n2028-01-03,holiday,y,SKB,[secondary]\n", "holiday.duplicate", "line[3].date", "2028-01-03"},
		{"unknown kind", header + "2028-01-03,libur,x,SKB,[secondary]\n", "holiday.kind", "line[2].kind", "libur"},
		{"no decree", header + "2028-01-03,holiday,x,,[secondary]\n", "holiday.instrument", "line[2].instrument", ""},
		{"bad confidence", header + "2028-01-03,holiday,x,SKB,[sure]\n", "holiday.confidence", "line[2].confidence", "[sure]"},
		{"no name", header + "2028-01-03,holiday,,SKB,text\n", "holiday.name", "line[2].name", ""},
		{"fields missing", header + "2028-01-03,holiday\n", "holiday.field_count", "line[2]", "2"},
		{"wrong header", "tanggal,jenis\n", "holiday.header", "line[1]", "tanggal,jenis"},
		{"empty file", "", "holiday.header", "line[1]", ""},
		{"bad quoting", header + "2028-01-03,\"holiday,x,SKB,text\n", "holiday.csv_syntax", "line[2]", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.file))
			var l problem.List
			if !errors.Is(err, ErrInvalidFile) || !errors.As(err, &l) {
				t.Fatalf("%v", err)
			}
			for _, e := range l {
				if e.Code == problem.Code(tc.code) && e.Field == tc.field && e.Value == tc.value {
					return
				}
			}
			t.Errorf("no %s at %s (%q) in %v", tc.code, tc.field, tc.value, l)
		})
	}
	// Every problem at once, the good line kept.
	days, err = Read(strings.NewReader(header + "2028-13-01,x,,,\n2028-01-05,holiday,ok,SKB,text\n"))
	var l problem.List
	if !errors.As(err, &l) || len(l) != 5 || len(days) != 1 {
		t.Errorf("%d problems, %d days: %v", len(l), len(days), err)
	}
	if _, err := Read(strings.NewReader(header + strings.Repeat("x", MaxFileSize))); !errors.Is(err, ErrInvalidFile) {
		t.Errorf("oversized file: %v", err)
	}
}

func TestPolicyText(t *testing.T) {
	var p Policy
	if err := p.UnmarshalText([]byte("working")); err != nil || p != CutiBersamaWorking {
		t.Error(p, err)
	}
	if err := p.UnmarshalText([]byte("closed")); !errors.Is(err, ErrInvalidFile) {
		t.Error(err)
	}
	e, err := DefaultPolicy().At(day(2026, 2, 16))
	if err != nil || e.Value != CutiBersamaNonWorking || e.Citation.Confidence != regulation.Unconfirmed {
		t.Errorf("default policy: %+v %v", e, err)
	}
}

func TestWithOverrides(t *testing.T) {
	doc := `{"overrides": [{"parameter": "due_date.cuti_bersama", "from": "2027-01-01", "value": "working",
	  "citation": {"instrument": "test reading", "confidence": "unconfirmed"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Default().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	// 2026: the default still; 2027: cuti bersama before Imlek is a working day.
	if c.IsWorkingDay(day(2026, 2, 16)) || !c.IsWorkingDay(day(2027, 2, 5)) || Default().IsWorkingDay(day(2027, 2, 5)) {
		t.Error("the override does not apply from its day only, or changed the default")
	}
	bad := `{"overrides": [{"parameter": "due_date.cuti_bersamaa", "from": "2027-01-01", "value": "working",
	  "citation": {"instrument": "x", "confidence": "text"}}]}`
	o, _ = regulation.ParseOverrides(strings.NewReader(bad))
	if _, err := Default().WithOverrides(o); !errors.Is(err, regulation.ErrInvalidOverride) {
		t.Errorf("a misspelt parameter: %v", err)
	}
	wrong := `{"overrides": [{"parameter": "due_date.cuti_bersama", "from": "2027-01-01", "value": "sometimes",
	  "citation": {"instrument": "x", "confidence": "text"}}]}`
	o, _ = regulation.ParseOverrides(strings.NewReader(wrong))
	if _, err := Default().WithOverrides(o); err == nil {
		t.Error("an unknown policy value is accepted")
	}
}

// The default calendar is read from many goroutines at once.
func TestConcurrent(t *testing.T) {
	c := Default()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for d := day(2025, 1, 1); d.Before(day(2027, 1, 1)); d = d.AddDays(1) {
				_ = c.IsWorkingDay(d)
				_, _ = c.Next(d)
				_, _ = Default().Lookup(d)
			}
		})
	}
	wg.Wait()
}

func TestPolicyName(t *testing.T) {
	for _, c := range []struct {
		p      Policy
		id, en string
	}{
		{CutiBersamaNonWorking, "hari tidak bekerja", "a non-working day"},
		{CutiBersamaWorking, "hari kerja", "a working day"},
		{0, "", ""},
	} {
		if got := c.p.Name(problem.Indonesian); got != c.id {
			t.Errorf("%v.Name(id) = %q, want %q", c.p, got, c.id)
		}
		if got := c.p.Name(problem.English); got != c.en {
			t.Errorf("%v.Name(en) = %q, want %q", c.p, got, c.en)
		}
	}
}
