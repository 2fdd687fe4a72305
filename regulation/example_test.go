package regulation_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// A citation worded for each reader: the instrument's Indonesian wording
// and the confidence mark in the reader's language; String is the form for
// logs.
func ExampleCitation_Format() {
	c := regulation.Citation{Instrument: "PP 44/2015 (as amended), BPU JKM", Confidence: regulation.Secondary}.
		WithIndonesian("PP 44/2015 (beserta perubahannya), JKM BPU", "")
	fmt.Println(c.Format(problem.Indonesian))
	fmt.Println(c.Format(problem.English))
	fmt.Println(regulation.Citation{Instrument: "PP 45/2015", Article: "Pasal 29 ayat (2)", Confidence: regulation.Text}.Format(problem.Indonesian))
	fmt.Println(c)
	// Output:
	// PP 44/2015 (beserta perubahannya), JKM BPU [sekunder]
	// PP 44/2015 (as amended), BPU JKM [secondary]
	// PP 45/2015 Pasal 29 ayat (2) [naskah]
	// PP 44/2015 (as amended), BPU JKM [secondary]
}

func ExampleNewTimeline() {
	jpCap, err := regulation.NewTimeline("pu.jp.wage_cap", []regulation.Entry[int64]{
		{
			From:     regulation.MustDate(2015, 7, 1),
			Until:    regulation.MustDate(2016, 2, 29),
			Value:    7_000_000,
			Citation: regulation.Citation{Instrument: "PP 45/2015", Article: "Pasal 29 ayat (2)", Confidence: regulation.Text},
		},
		{
			From:     regulation.MustDate(2016, 3, 1),
			Value:    7_335_300,
			Citation: regulation.Citation{Instrument: "BPJS announcement", Confidence: regulation.Secondary},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	e, _ := jpCap.InMonth(regulation.MustMonth(2016, 1))
	fmt.Println(e.Value, e.Citation)
	_, err = jpCap.InMonth(regulation.MustMonth(2015, 6))
	fmt.Println(errors.Is(err, regulation.ErrNoRuleInForce))
	// Output:
	// 7000000 PP 45/2015 Pasal 29 ayat (2) [text]
	// true
}

func ExampleNewTimeline_gap() {
	cite := regulation.Citation{Instrument: "PP 44/2015", Confidence: regulation.Text}
	_, err := regulation.NewTimeline("bpu.jkm.amount", []regulation.Entry[int64]{
		{From: regulation.MustDate(2015, 7, 1), Until: regulation.MustDate(2019, 12, 31), Value: 6800, Citation: cite},
		{From: regulation.MustDate(2020, 2, 1), Value: 6800, Citation: cite},
	})
	fmt.Println(errors.Is(err, regulation.ErrInvalidTimeline))
	fmt.Println(err)
	// Output:
	// true
	// bpu.jkm.amount[1].from: ada hari tanpa aturan antara 2020-01-01 dan 2020-01-31 (2020-02-01)
}

func ExampleApply() {
	jpCap := regulation.MustTimeline("pu.jp.wage_cap", []regulation.Entry[int64]{{
		From:     regulation.MustDate(2026, 3, 1),
		Value:    11_086_300,
		Citation: regulation.Citation{Instrument: "BPJS letter B/1226/022026", Confidence: regulation.Secondary},
	}})
	doc := `{"overrides": [{"parameter": "pu.jp.wage_cap", "from": "2027-03-01", "value": 11600000,
	  "citation": {"instrument": "BPJS letter (2027)", "confidence": "unconfirmed"}}]}`
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	next, err := regulation.Apply(jpCap, o)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range []regulation.Month{regulation.MustMonth(2027, 2), regulation.MustMonth(2027, 3)} {
		e, _ := next.InMonth(m)
		fmt.Println(m, e.Value, e.Citation.Confidence)
	}
	// Output:
	// 2027-02 11086300 secondary
	// 2027-03 11600000 unconfirmed
}

func ExampleMonthRange() {
	r := regulation.Months(regulation.MustMonth(2025, 11), regulation.MustMonth(2026, 2))
	for m := range r.All() {
		fmt.Println(m, m.LastDay())
	}
	fmt.Println(r.Len())
	// Output:
	// 2025-11 2025-11-30
	// 2025-12 2025-12-31
	// 2026-01 2026-01-31
	// 2026-02 2026-02-28
	// 4
}

func ExampleParseMonth() {
	m, err := regulation.ParseMonth("03/2026") // as on Indonesian payment slips
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m, m.FirstDay(), m.LastDay())
	fmt.Println(m.Add(-3), m.Sub(regulation.MustMonth(2015, 7)))
	_, err = regulation.ParseMonth("2026-13")
	fmt.Println(err)
	// Output:
	// 2026-03 2026-03-01 2026-03-31
	// 2025-12 128
	// bulan: tidak ada di kalender (2026-13)
}

func ExampleTimeline_With() {
	cite := regulation.Citation{Instrument: "BPJS letter B/726/022025", Confidence: regulation.Secondary}
	jpCap := regulation.MustTimeline("pu.jp.wage_cap", []regulation.Entry[int64]{
		{From: regulation.MustDate(2025, 3, 1), Value: 10_547_400, Citation: cite},
	})
	next, err := jpCap.With(regulation.Entry[int64]{
		From:     regulation.MustDate(2026, 3, 1),
		Value:    11_086_300,
		Citation: regulation.Citation{Instrument: "BPJS letter B/1226/022026", Confidence: regulation.Secondary},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range next.Entries() {
		fmt.Printf("%s..%s %d %s\n", e.From, e.Until, e.Value, e.Citation)
	}
	// Output:
	// 2025-03-01..2026-02-28 10547400 BPJS letter B/726/022025 [secondary]
	// 2026-03-01.. 11086300 BPJS letter B/1226/022026 [secondary]
}

func ExampleFullYears() {
	born := regulation.MustDate(1965, 7, 16)
	fmt.Println(regulation.FullYears(born, regulation.MustDate(2023, 7, 15)))
	fmt.Println(regulation.FullYears(born, regulation.MustDate(2023, 7, 16)))
	// Output:
	// 57
	// 58
}
