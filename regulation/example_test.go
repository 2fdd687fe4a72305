package regulation_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/regulation"
)

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
