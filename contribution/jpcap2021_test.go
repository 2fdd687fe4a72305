package contribution

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// march2021 is the other reading of the 2021 JP cap's first month, as an
// override document gives it.
func march2021(t *testing.T) Params {
	t.Helper()
	o, err := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{
		"parameter": "assumption.pu.jp.wage_cap.first_month", "from": "2021-02-01", "until": "2021-03-31",
		"value": "2021-03",
		"citation": {"instrument": "BPJS Ketenagakerjaan letter B/0246/022021", "confidence": "unconfirmed",
		             "note": "read as every other year: the 2021 cap from March"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestJPCap2021BothReadings: regulations.md §3.2 — the 2021 cap
// (Rp8,754,600, BPJS letter B/0246/022021 of 16 February 2021) is reported
// from February 2021, while every other year's cap starts in March. A worker
// of a large employer earning Rp10,000,000, above both caps:
//
//	February reading (default), February 2021: cap 8,754,600
//	  employer 2% × 8,754,600 = 175,092; worker 1% × 8,754,600 = 87,546; JP 262,638
//	March reading, February 2021: the 2020 cap 8,939,700 still applies
//	  employer 2% × 8,939,700 = 178,794; worker 1% × 8,939,700 = 89,397; JP 268,191
//	difference 268,191 − 262,638 = 5,553 = 3% × (8,939,700 − 8,754,600 = 185,100)
//	March 2021: both readings 8,754,600, JP 262,638.
//
// January 2021 (8,939,700) and April 2021 (8,754,600) are outside the
// assumption and cite nothing of it.
func TestJPCap2021BothReadings(t *testing.T) {
	in := Input{Segment: membership.PU, Programs: puAll, Basis: rp(10_000_000), RiskGroup: VeryLowRisk, Scale: membership.Large}
	readings := []struct {
		name string
		p    Params
	}{{"February (default)", DefaultParams()}, {"March (override)", march2021(t)}}
	for _, rd := range readings {
		c, err := NewCalculator(rd.p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		e, err := NewEngine(c)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			m                 regulation.Month
			employer, worker  int64
			cites, assumption bool
		}{
			{month(2021, 1), 178_794, 89_397, false, false},
			{month(2021, 2), 175_092, 87_546, true, false},
			{month(2021, 3), 175_092, 87_546, true, false},
			{month(2021, 4), 175_092, 87_546, false, false},
		} {
			if rd.name == "March (override)" && tc.m == month(2021, 2) {
				tc.employer, tc.worker = 178_794, 89_397
			}
			b, err := c.Bill(in, tc.m)
			if err != nil {
				t.Fatalf("%s %s: %v", rd.name, tc.m, err)
			}
			ln, _ := b.Line(membership.JP)
			if !ln.Shares.Employer.Equal(rp(tc.employer)) || !ln.Shares.Worker.Equal(rp(tc.worker)) {
				t.Errorf("PP 45/2015 Pasal 29, %s reading, %s: JP employer %s worker %s, want %d and %d",
					rd.name, tc.m, ln.Shares.Employer, ln.Shares.Worker, tc.employer, tc.worker)
			}
			cited := false
			for _, ct := range ln.Citations {
				if ct.Confidence == regulation.Unconfirmed && strings.Contains(ct.Instrument, "B/0246/022021") && ct.Note != "" {
					cited = true
				}
			}
			if cited != tc.cites {
				t.Errorf("%s %s: the assumption is cited %v, want %v (%v)", rd.name, tc.m, cited, tc.cites, ln.Citations)
			}
			r := Row{Month: tc.m, Segment: in.Segment, Programs: in.Programs, Basis: 10_000_000, RiskGroup: in.RiskGroup, Scale: in.Scale}
			if got := e.One(r); got.Amount[membership.JP-1] != tc.employer+tc.worker {
				t.Errorf("engine, %s reading, %s: JP %d, want %d", rd.name, tc.m, got.Amount[membership.JP-1], tc.employer+tc.worker)
			}
		}
	}
	// The two readings differ by Rp5,553 in February 2021, as regulations.md says.
	a, _ := calc(t, Options{}).Bill(in, month(2021, 2))
	c2, _ := NewCalculator(march2021(t), Options{})
	b, _ := c2.Bill(in, month(2021, 2))
	if d := b.Billed.Sub(a.Billed); !d.Equal(rp(5_553)) {
		t.Errorf("March minus February reading = %s, want 5553", d)
	}
}

// TestJPCapStartChecked: the assumption must name a month within its own
// days; anything else is refused when the calculator is built.
func TestJPCapStartChecked(t *testing.T) {
	for _, v := range []string{"2021-01", "2021-04"} {
		o, err := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{
			"parameter": "assumption.pu.jp.wage_cap.first_month", "from": "2021-02-01", "until": "2021-03-31",
			"value": "` + v + `", "citation": {"instrument": "x", "confidence": "unconfirmed"}}]}`))
		if err != nil {
			t.Fatal(err)
		}
		p, err := DefaultParams().WithOverrides(o)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := NewCalculator(p, Options{}); !errors.Is(err, ErrInvalidParams) {
			t.Errorf("first month %s accepted: %v", v, err)
		}
	}
}
