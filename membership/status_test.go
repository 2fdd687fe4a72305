package membership

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func months(ss ...string) []regulation.Month {
	out := make([]regulation.Month, len(ss))
	for i, s := range ss {
		m, err := regulation.ParseMonth(s)
		if err != nil {
			panic(err)
		}
		out[i] = m
	}
	return out
}

func TestStatusAt(t *testing.T) {
	m := func(s string) regulation.Month { return months(s)[0] }
	bpu := History{Segment: BPU, Start: m("2024-01"), Paid: months("2024-01", "2024-06")}
	for _, tt := range []struct {
		name  string
		h     History
		month string
		want  Status
	}{
		{"before the start", bpu, "2023-12", Registered},
		{"paid first month", bpu, "2024-01", Active},
		{"one unpaid month", bpu, "2024-02", Active},
		{"third unpaid month is still active", bpu, "2024-04", Active},
		{"BPU lapse after 3 consecutive unpaid months (secondary)", bpu, "2024-05", NonActive},
		{"PAY_AGAIN default: paying again reactivates", bpu, "2024-06", Active},
		{"never paid: registered at first", History{Segment: BPU, Start: m("2024-01")}, "2024-03", Registered},
		{"never paid: non-active after 3 months", History{Segment: BPU, Start: m("2024-01")}, "2024-04", NonActive},
		{"registered until the first payment", History{Segment: BPU, Start: m("2024-01"), Paid: months("2024-02")}, "2024-01", Registered},
		{"payments in any order", History{Segment: BPU, Start: m("2024-01"), Paid: months("2024-03", "2024-01", "2024-02")}, "2024-03", Active},
		{"PU does not lapse here", History{Segment: PU, Start: m("2024-01"), Paid: months("2024-01")}, "2025-12", Active},
		{"ended", History{Segment: BPU, Start: m("2024-01"), Paid: months("2024-01"), End: m("2024-03")}, "2024-03", Ended},
		{"ended stays ended", History{Segment: PU, Start: m("2024-01"), Paid: months("2024-01"), End: m("2024-03")}, "2030-01", Ended},
		{"active before the end", History{Segment: PU, Start: m("2024-01"), Paid: months("2024-01", "2024-02"), End: m("2024-03")}, "2024-02", Active},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := StatusAt(tt.h, m(tt.month))
			if err != nil || got != tt.want {
				t.Errorf("StatusAt(%s) = %s, %v; want %s", tt.month, got, err, tt.want)
			}
		})
	}
}

func TestStatusAtInvalidHistory(t *testing.T) {
	m := func(s string) regulation.Month { return months(s)[0] }
	for _, tt := range []struct {
		name   string
		h      History
		codes  string
		fields string
	}{
		{"paid before the start", History{Segment: BPU, Start: m("2024-03"), Paid: months("2024-02")}, "[history.paid_before_start]", "[paid[0]]"},
		{"Ended back to Active", History{Segment: BPU, Start: m("2024-01"), Paid: months("2024-01", "2024-05"), End: m("2024-04")}, "[history.paid_after_end]", "[paid[1]]"},
		{"paid in the end month", History{Segment: PU, Start: m("2024-01"), Paid: months("2024-04"), End: m("2024-04")}, "[history.paid_after_end]", "[paid[0]]"},
		{"a month paid twice names the first", History{Segment: BPU, Start: m("2024-01"), Paid: months("2024-01", "2024-02", "2024-01")}, "[history.paid_twice]", "[paid[2]]"},
		{"end before start", History{Segment: BPU, Start: m("2024-05"), End: m("2024-04")}, "[history.end_before_start]", "[end]"},
		{"every problem at once", History{Start: m("2024-03"), Paid: months("2024-01", "2024-01")}, "[segment.unknown history.paid_before_start history.paid_twice]", "[segment paid[0] paid[1]]"},
		{"no start", History{Segment: BPU}, "[history.start]", "[start]"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := StatusAt(tt.h, m("2024-06"))
			var l problem.List
			if !errors.As(err, &l) {
				t.Fatalf("err = %v, want a problem.List", err)
			}
			var fields []string
			for _, e := range l {
				fields = append(fields, e.Field)
			}
			if fmt.Sprint(l.Codes()) != tt.codes || fmt.Sprint(fields) != tt.fields {
				t.Errorf("codes %v fields %v, want %s %s", l.Codes(), fields, tt.codes, tt.fields)
			}
		})
	}
}

func TestStatusReregisterPolicy(t *testing.T) {
	o, err := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{"parameter": "bpu.reactivation",
	  "from": "2015-07-01", "value": "REREGISTER",
	  "citation": {"instrument": "Branch circular (example)", "confidence": "unconfirmed"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	h := History{Segment: BPU, Start: months("2024-01")[0], Paid: months("2024-01", "2024-06")}
	if s, err := p.StatusAt(h, months("2024-05")[0]); err == nil || s != 0 {
		t.Fatalf("REREGISTER: a payment after the lapse must be an invalid history, got %s, %v", s, err)
	}
	_, err = p.StatusAt(h, months("2024-05")[0])
	var pe *problem.Error
	if !errors.Is(err, ErrInvalidHistory) || !errors.As(err, &pe) || pe.Code != "history.reactivation" || pe.Field != "paid[1]" {
		t.Errorf("err = %v", err)
	}
	h.Paid = h.Paid[:1]
	if s, err := p.StatusAt(h, months("2030-01")[0]); err != nil || s != NonActive {
		t.Errorf("REREGISTER without payment: %s, %v", s, err)
	}
}

func TestStatusText(t *testing.T) {
	for s := Registered; s <= Ended; s++ {
		b, err := s.MarshalText()
		var back Status
		if err != nil || back.UnmarshalText(b) != nil || back != s || s.Name(problem.English) == "" || s.Name(problem.Indonesian) == "" {
			t.Errorf("%d: %s %v", s, b, err)
		}
	}
	var s Status
	if _, err := s.MarshalText(); err == nil {
		t.Error("the zero Status has no text")
	}
	if err := s.UnmarshalText([]byte("DORMANT")); !errors.Is(err, ErrInvalidField) {
		t.Errorf("UnmarshalText(DORMANT) = %v", err)
	}
}
