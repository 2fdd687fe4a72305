package regulation

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
)

var cite = Citation{Instrument: "PP 45/2015", Article: "Pasal 29 ayat (2)", Confidence: Text}

// jpCap is the start of the JP wage cap history: the PP 45/2015 base and
// the caps BPJS Ketenagakerjaan announced for 2016 and 2017.
func jpCap(t *testing.T) *Timeline[int64] {
	t.Helper()
	tl, err := NewTimeline("pu.jp.wage_cap", []Entry[int64]{
		{From: MustDate(2015, 7, 1), Until: MustDate(2016, 2, 29), Value: 7_000_000, Citation: cite},
		{From: MustDate(2016, 3, 1), Until: MustDate(2017, 2, 28), Value: 7_335_300, Citation: Citation{Instrument: "BPJS announcement 2016", Confidence: Secondary}},
		{From: MustDate(2017, 3, 1), Value: 7_703_500, Citation: Citation{Instrument: "BPJS announcement 2017", Confidence: Secondary}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func TestTimelineLookup(t *testing.T) {
	tl := jpCap(t)
	tests := []struct {
		name string
		on   Date
		want int64
	}{
		{"PP 45/2015 Pasal 29(2): program start", MustDate(2015, 7, 1), 7_000_000},
		{"PP 45/2015 Pasal 29(2): last day of the base cap", MustDate(2016, 2, 29), 7_000_000},
		{"March 2016 raise", MustDate(2016, 3, 1), 7_335_300},
		{"open-ended last entry", MustDate(2030, 1, 1), 7_703_500},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := tl.At(tc.on)
			if err != nil {
				t.Fatal(err)
			}
			if e.Value != tc.want {
				t.Errorf("At(%s) = %d, want %d", tc.on, e.Value, tc.want)
			}
			if e.Citation.Instrument == "" {
				t.Error("entry without citation")
			}
		})
	}
}

func TestLookupBeforeJuly2015(t *testing.T) {
	tl := jpCap(t)
	_, err := tl.At(MustDate(2015, 6, 30))
	if !errors.Is(err, ErrNoRuleInForce) {
		t.Fatalf("At(2015-06-30) error = %v, want ErrNoRuleInForce", err)
	}
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Field != "pu.jp.wage_cap" || pe.Value != "2015-06-30" {
		t.Fatalf("error does not name parameter and date: %#v", pe)
	}
	_, err = tl.InMonth(MustMonth(2015, 6))
	if !errors.Is(err, ErrNoRuleInForce) || !strings.Contains(err.Error(), "2015-06") {
		t.Fatalf("InMonth(2015-06) = %v", err)
	}
	if _, err := tl.InMonth(Month{}); !errors.Is(err, ErrNoRuleInForce) {
		t.Fatalf("InMonth(zero) = %v", err)
	}
}

func TestInMonthUsesFirstDay(t *testing.T) {
	// PP 6/2025 took effect on 7 February 2025: the February month still
	// falls under the earlier rule, March under the new one.
	tl := MustTimeline("pu.jkp.rate", []Entry[string]{
		{From: MustDate(2021, 2, 2), Until: MustDate(2025, 2, 6), Value: "0.46%", Citation: Citation{Instrument: "PP 37/2021", Confidence: Secondary}},
		{From: MustDate(2025, 2, 7), Value: "0.36%", Citation: Citation{Instrument: "PP 6/2025", Article: "Pasal 11", Confidence: Secondary}},
	})
	for m, want := range map[Month]string{MustMonth(2025, 1): "0.46%", MustMonth(2025, 2): "0.46%", MustMonth(2025, 3): "0.36%"} {
		e, err := tl.InMonth(m)
		if err != nil || e.Value != want {
			t.Errorf("InMonth(%s) = %q, %v; want %q", m, e.Value, err, want)
		}
	}
	// The day lookup sees the switch.
	if e, _ := tl.At(MustDate(2025, 2, 7)); e.Value != "0.36%" {
		t.Errorf("At(2025-02-07) = %q", e.Value)
	}
}

func TestTimelineRejectsBadTables(t *testing.T) {
	d := MustDate
	tests := []struct {
		name    string
		entries []Entry[int]
		code    problem.Code
	}{
		{"gap between entries", []Entry[int]{
			{From: d(2015, 7, 1), Until: d(2016, 2, 28), Citation: cite},
			{From: d(2016, 3, 1), Citation: cite}, // 2016 is a leap year: 29 Feb is uncovered
		}, "timeline.gap"},
		{"overlap", []Entry[int]{
			{From: d(2015, 7, 1), Until: d(2016, 3, 1), Citation: cite},
			{From: d(2016, 3, 1), Citation: cite},
		}, "timeline.overlap"},
		{"open entry before another", []Entry[int]{
			{From: d(2015, 7, 1), Citation: cite},
			{From: d(2016, 3, 1), Citation: cite},
		}, "timeline.overlap"},
		{"out of order", []Entry[int]{
			{From: d(2016, 3, 1), Citation: cite},
			{From: d(2015, 7, 1), Until: d(2016, 2, 29), Citation: cite},
		}, "timeline.order"},
		{"until before from", []Entry[int]{{From: d(2016, 3, 1), Until: d(2016, 2, 1), Citation: cite}}, "timeline.until"},
		{"missing citation", []Entry[int]{{From: d(2016, 3, 1)}}, "citation.instrument"},
		{"missing confidence", []Entry[int]{{From: d(2016, 3, 1), Citation: Citation{Instrument: "PP 1/2000"}}}, "citation.confidence"},
		{"missing from", []Entry[int]{{Citation: cite}}, "timeline.from"},
		{"no entries", nil, "timeline.empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewTimeline("p", tc.entries)
			if err == nil {
				t.Fatal("accepted")
			}
			var l problem.List
			if !errors.As(err, &l) {
				t.Fatalf("error %T is not a problem.List", err)
			}
			found := false
			for _, c := range l.Codes() {
				found = found || c == tc.code
			}
			if !found {
				t.Errorf("codes %v, want %s", l.Codes(), tc.code)
			}
		})
	}
}

func TestOverrideUntilBeforeFrom(t *testing.T) {
	_, err := ParseOverrides(strings.NewReader(`{"overrides":[{"parameter":"p","from":"2025-02-01","until":"2025-01-31",
	  "value":1,"citation":{"instrument":"x","confidence":"text"}}]}`))
	var pe *problem.Error
	if !errors.Is(err, ErrInvalidOverride) || !errors.As(err, &pe) || pe.Code != "override.until" ||
		pe.Field != "overrides[0].until" || pe.Value != "2025-01-31" {
		t.Errorf("err = %v (%+v)", err, pe)
	}
}

func TestCoverage(t *testing.T) {
	from, until := jpCap(t).Coverage()
	if from != MustDate(2015, 7, 1) || !until.IsZero() {
		t.Errorf("Coverage = %s, %s; want 2015-07-01 and open-ended", from, until)
	}
	closed := MustTimeline("p", []Entry[int]{{From: MustDate(2020, 8, 1), Until: MustDate(2021, 1, 31), Citation: cite}})
	if from, until := closed.Coverage(); from != MustDate(2020, 8, 1) || until != MustDate(2021, 1, 31) {
		t.Errorf("Coverage = %s, %s", from, until)
	}
	var zero Timeline[int]
	if from, until := zero.Coverage(); !from.IsZero() || !until.IsZero() {
		t.Errorf("zero Timeline covers %s..%s", from, until)
	}
	if _, err := zero.At(MustDate(2020, 1, 1)); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("zero Timeline At = %v", err)
	}
}

func TestErrorValuesStayShort(t *testing.T) {
	long := strings.Repeat("2026-03", 100)
	for name, err := range map[string]error{
		"date":  func() error { _, err := ParseDate(long); return err }(),
		"month": func() error { _, err := ParseMonth(long); return err }(),
		"confidence": func() error {
			var c Confidence
			return c.UnmarshalText([]byte(long))
		}(),
	} {
		var pe *problem.Error
		if !errors.As(err, &pe) || len([]rune(pe.Value)) > 41 {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestSparseTimeline(t *testing.T) {
	// PP 49/2020 relief: a window with nothing before or after it.
	tl, err := NewTimeline("pu.relief.pp49_2020", []Entry[bool]{
		{From: MustDate(2020, 8, 1), Until: MustDate(2021, 1, 31), Value: true, Citation: Citation{Instrument: "PP 49/2020", Confidence: Text}},
		{From: MustDate(2025, 2, 1), Until: MustDate(2025, 7, 31), Value: true, Citation: Citation{Instrument: "PP 7/2025", Confidence: Secondary}},
	}, AllowGaps())
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tl.Find(MustDate(2022, 1, 1)); ok {
		t.Error("Find in a gap reported an entry")
	}
	if _, err := tl.At(MustDate(2022, 1, 1)); !errors.Is(err, ErrNoRuleInForce) {
		t.Errorf("At in a gap = %v", err)
	}
	if e, ok := tl.Find(MustDate(2020, 12, 15)); !ok || e.Citation.Instrument != "PP 49/2020" {
		t.Errorf("Find(2020-12-15) = %v, %v", e, ok)
	}
}

func TestWithReplacesAndExtends(t *testing.T) {
	tl := jpCap(t)
	next := Citation{Instrument: "BPJS letter B/0000/022018", Confidence: Secondary}
	got, err := tl.With(Entry[int64]{From: MustDate(2018, 3, 1), Value: 8_094_000, Citation: next})
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := got.At(MustDate(2018, 2, 28)); e.Value != 7_703_500 || e.Until != MustDate(2018, 2, 28) {
		t.Errorf("open entry not cut: %+v", e)
	}
	if e, _ := got.At(MustDate(2019, 1, 1)); e.Value != 8_094_000 {
		t.Errorf("extension not applied: %+v", e)
	}
	// The original is untouched.
	if e, _ := tl.At(MustDate(2019, 1, 1)); e.Value != 7_703_500 {
		t.Errorf("With changed the original: %+v", e)
	}
	// A replacement inside an entry splits it in three.
	mid, err := tl.With(Entry[int64]{From: MustDate(2016, 6, 1), Until: MustDate(2016, 6, 30), Value: 1, Citation: next})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		on   Date
		want int64
	}{{MustDate(2016, 5, 31), 7_335_300}, {MustDate(2016, 6, 15), 1}, {MustDate(2016, 7, 1), 7_335_300}} {
		if e, _ := mid.At(c.on); e.Value != c.want {
			t.Errorf("after split At(%s) = %d, want %d", c.on, e.Value, c.want)
		}
	}
	if n := len(mid.Entries()); n != 5 {
		t.Errorf("split gives %d entries, want 5", n)
	}
	// Extending a closed dense timeline with a gap is refused.
	closed := MustTimeline("p", []Entry[int64]{{From: MustDate(2015, 7, 1), Until: MustDate(2015, 12, 31), Citation: cite}})
	if _, err := closed.With(Entry[int64]{From: MustDate(2016, 2, 1), Citation: cite}); !errors.Is(err, ErrInvalidTimeline) {
		t.Errorf("gap extension = %v", err)
	}
}

func TestOverridesFromJSON(t *testing.T) {
	doc := `{"overrides":[{"parameter":"pu.jp.wage_cap","from":"2027-03-01","value":11650000,
	  "citation":{"instrument":"BPJS letter (announced)","confidence":"unconfirmed","note":"expected"}}]}`
	o, err := ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if u := o.Unknown("pu.jp.wage_cap"); len(u) != 0 {
		t.Errorf("Unknown = %v", u)
	}
	if u := o.Unknown("other"); len(u) != 1 || u[0] != "pu.jp.wage_cap" {
		t.Errorf("Unknown = %v", u)
	}
	got, err := Apply(jpCap(t), o)
	if err != nil {
		t.Fatal(err)
	}
	e, err := got.InMonth(MustMonth(2027, 3))
	if err != nil || e.Value != 11_650_000 || e.Citation.Confidence != Unconfirmed {
		t.Errorf("InMonth(2027-03) = %+v, %v", e, err)
	}
	if e, _ := got.InMonth(MustMonth(2027, 2)); e.Value != 7_703_500 {
		t.Errorf("InMonth(2027-02) = %d", e.Value)
	}
}

func TestOverridesRejectBadDocuments(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown field":     `{"overrides":[],"extra":1}`,
		"wrong type":        `{"overrides":{}}`,
		"trailing data":     `{"overrides":[]} {}`,
		"impossible date":   `{"overrides":[{"parameter":"p","from":"2025-02-30","value":1,"citation":{"instrument":"x","confidence":"text"}}]}`,
		"bad confidence":    `{"overrides":[{"parameter":"p","from":"2025-02-01","value":1,"citation":{"instrument":"x","confidence":"sure"}}]}`,
		"missing citation":  `{"overrides":[{"parameter":"p","from":"2025-02-01","value":1}]}`,
		"missing parameter": `{"overrides":[{"from":"2025-02-01","value":1,"citation":{"instrument":"x","confidence":"text"}}]}`,
		"until before from": `{"overrides":[{"parameter":"p","from":"2025-02-01","until":"2025-01-31","value":1,"citation":{"instrument":"x","confidence":"text"}}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseOverrides(strings.NewReader(doc)); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	// A value of the wrong type for the parameter is reported when applied.
	o, err := ParseOverrides(strings.NewReader(`{"overrides":[{"parameter":"pu.jp.wage_cap","from":"2027-03-01","value":"many","citation":{"instrument":"x","confidence":"text"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Apply(jpCap(t), o); !errors.Is(err, ErrInvalidOverride) {
		t.Errorf("Apply with wrong type = %v", err)
	}
}

func TestDate(t *testing.T) {
	if _, err := NewDate(2025, time.February, 30); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("30 February accepted: %v", err)
	}
	if _, err := NewDate(2024, time.February, 29); err != nil {
		t.Errorf("29 February 2024 rejected: %v", err)
	}
	if _, err := NewDate(2100, time.February, 29); err == nil {
		t.Error("29 February 2100 accepted (not a leap year)")
	}
	for _, s := range []string{"", "2025-2-07", "2025/02/07", "2025-02-0x", "20250207"} {
		if _, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) accepted", s)
		}
	}
	d := MustDate(2025, 2, 7)
	if d.Weekday() != time.Friday {
		t.Errorf("7 Feb 2025 is a Friday, got %s", d.Weekday())
	}
	if got := d.AddDays(22); got != MustDate(2025, 3, 1) {
		t.Errorf("AddDays = %s", got)
	}
	// A late evening in Jakarta keeps its own day.
	wib := time.FixedZone("WIB", 7*3600)
	if got := DateOf(time.Date(2025, 2, 7, 23, 30, 0, 0, wib)); got != d {
		t.Errorf("DateOf = %s", got)
	}
	var z Date
	if !z.IsZero() || z.String() != "" {
		t.Error("zero Date")
	}
	// Ages: the JP enrolment example of a BPJS Ketenagakerjaan training Q&A,
	// born 16 July 1965.
	born := MustDate(1965, 7, 16)
	for _, c := range []struct {
		on   Date
		want int
	}{{MustDate(2023, 7, 15), 57}, {MustDate(2023, 7, 16), 58}, {MustDate(1965, 7, 15), -1}} {
		if got := FullYears(born, c.on); got != c.want {
			t.Errorf("FullYears(%s, %s) = %d, want %d", born, c.on, got, c.want)
		}
	}
	leap := MustDate(2000, 2, 29)
	if FullYears(leap, MustDate(2001, 2, 28)) != 0 || FullYears(leap, MustDate(2001, 3, 1)) != 1 {
		t.Error("29 February birthday")
	}
}

func TestMonth(t *testing.T) {
	m, err := ParseMonth("2026-03")
	if err != nil || m.Year() != 2026 || m.Month() != time.March {
		t.Fatalf("ParseMonth = %v, %v", m, err)
	}
	if m2, _ := ParseMonth("03/2026"); m2 != m {
		t.Errorf("MM/YYYY form = %v", m2)
	}
	for _, s := range []string{"2026-13", "2026-00", "26-03", "2026-3", "", "abcd-ef"} {
		if _, err := ParseMonth(s); !errors.Is(err, ErrInvalidMonth) {
			t.Errorf("ParseMonth(%q) = %v", s, err)
		}
	}
	if got := MustMonth(2025, 12).Add(3); got != MustMonth(2026, 3) {
		t.Errorf("Add = %s", got)
	}
	if got := MustMonth(2026, 1).Add(-1); got != MustMonth(2025, 12) {
		t.Errorf("Add(-1) = %s", got)
	}
	if got := MustMonth(2026, 3).Sub(MustMonth(2015, 7)); got != 128 {
		t.Errorf("Sub = %d, want 128", got)
	}
	if got := MustMonth(2024, 2).LastDay(); got != MustDate(2024, 2, 29) {
		t.Errorf("LastDay = %s", got)
	}
	r := Months(MustMonth(2015, 7), MustMonth(2026, 12))
	n := 0
	for range r.All() {
		n++
	}
	if n != 138 || r.Len() != 138 {
		t.Errorf("July 2015..December 2026 has %d/%d months, want 138", n, r.Len())
	}
	if Months(MustMonth(2026, 2), MustMonth(2026, 1)).Len() != 0 {
		t.Error("reversed range not empty")
	}
	b, _ := json.Marshal(struct{ M Month }{m})
	if string(b) != `{"M":"2026-03"}` {
		t.Errorf("JSON = %s", b)
	}
	var back struct{ M Month }
	if err := json.Unmarshal(b, &back); err != nil || back.M != m {
		t.Errorf("round trip = %v, %v", back.M, err)
	}
	if MustDate(2026, 3, 31).ContributionMonth() != m {
		t.Error("ContributionMonth")
	}
}

func TestTimelineConcurrentUse(t *testing.T) {
	tl := jpCap(t)
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				m := MustMonth(2015, 7).Add((g + i) % 40)
				if _, err := tl.InMonth(m); err != nil {
					t.Error(err)
					return
				}
				if _, err := tl.With(Entry[int64]{From: MustDate(2020, 3, 1), Value: int64(i), Citation: cite}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestOverrideJSONProblems: a document that cannot be read is reported
// through internal/jsonerr: code "override.json", the field at fault, and
// none of encoding/json's own text (which may quote the input).
func TestOverrideJSONProblems(t *testing.T) {
	for _, tc := range []struct{ doc, field string }{
		{`{"overrides":[{"parameter":1}]}`, "overrides.parameter"},
		{`{"overrides":[],"extra":1}`, "extra"},
		{`{"overrides":[`, ""},
		{``, ""},
		{`{"overrides":[]} {}`, ""},
	} {
		_, err := ParseOverrides(strings.NewReader(tc.doc))
		var pe *problem.Error
		if !errors.Is(err, ErrInvalidOverride) || !errors.As(err, &pe) || pe.Code != "override.json" || pe.Field != tc.field ||
			strings.Contains(pe.EN, "json:") {
			t.Errorf("%q: err = %v (%+v), want override.json at %q", tc.doc, err, pe, tc.field)
		}
	}
	o, err := ParseOverrides(strings.NewReader(`{"overrides":[{"parameter":"pu.jp.wage_cap","from":"2027-03-01","value":{"a":1},"citation":{"instrument":"x","confidence":"text"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Apply(jpCap(t), o)
	var pe *problem.Error
	if !errors.Is(err, ErrInvalidOverride) || !errors.As(err, &pe) || pe.Code != "override.value" || pe.Field != "overrides[0].value" {
		t.Errorf("wrong value type: err = %v (%+v)", err, pe)
	}
}

// TestCitationWording: each confidence level has a mark in each language,
// the zero value none; a citation without an Indonesian wording reads the
// same in both languages but for the mark; a note falls back to English.
func TestCitationWording(t *testing.T) {
	for _, tt := range []struct {
		c      Confidence
		id, en string
	}{{Text, "naskah", "text"}, {Secondary, "sekunder", "secondary"}, {Unconfirmed, "belum pasti", "unconfirmed"}, {0, "", ""}} {
		if got := tt.c.Label(problem.Indonesian); got != tt.id {
			t.Errorf("%v.Label(id) = %q, want %q", tt.c, got, tt.id)
		}
		if got := tt.c.Label(problem.English); got != tt.en {
			t.Errorf("%v.Label(en) = %q, want %q", tt.c, got, tt.en)
		}
	}
	c := Citation{Instrument: "PP 50/2025", Article: "Pasal 3", Confidence: Unconfirmed, Note: "no ruling yet"}
	if got := c.Format(problem.Indonesian); got != "PP 50/2025 Pasal 3 [belum pasti]" {
		t.Errorf("Format(id) = %q", got)
	}
	if got := c.Format(problem.English); got != "PP 50/2025 Pasal 3 [unconfirmed]" || got != c.String() {
		t.Errorf("Format(en) = %q, String = %q", got, c.String())
	}
	if c.NoteIn(problem.Indonesian) != "no ruling yet" {
		t.Errorf("a note without Indonesian wording: %q", c.NoteIn(problem.Indonesian))
	}
	w := c.WithIndonesian("", "belum ada putusan")
	if w.InstrumentIn(problem.Indonesian) != "PP 50/2025" || w.NoteIn(problem.Indonesian) != "belum ada putusan" || w.NoteIn(problem.English) != "no ruling yet" {
		t.Errorf("WithIndonesian: %+v", w)
	}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	var back Citation
	if err := json.Unmarshal(b, &back); err != nil || back != w {
		t.Errorf("JSON round trip: %s gives %+v, %v", b, back, err)
	}
	if b, _ := json.Marshal(c); strings.Contains(string(b), "indonesian") {
		t.Errorf("a citation without Indonesian wording writes it: %s", b)
	}
}
