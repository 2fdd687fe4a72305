package benefit

import (
	"errors"
	"testing"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
)

func rp(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

func decimalRate(s string) contribution.Rate { return contribution.MustRate(s) }

func bpuFarmer(income int64) contribution.Input {
	return contribution.Input{Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis: rp(income), Sector: contribution.Agriculture}
}

func eq(t *testing.T, what string, got decimal.Decimal, want int64) {
	t.Helper()
	if !got.Equal(rp(want)) {
		t.Errorf("%s = %s, want %d", what, got, want)
	}
}

func item(t *testing.T, r Result, key string) Item {
	t.Helper()
	it, ok := r.Item(key)
	if !ok {
		t.Fatalf("no item %s in %+v", key, r.Items)
	}
	return it
}

// wantProblem checks that err wraps sentinel and has a problem on field
// (with value, when value is not "").
func wantProblem(t *testing.T, err, sentinel error, field, value string) {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Fatalf("err = %v, want one wrapping %v", err, sentinel)
	}
	var l problem.List
	l.Add(err)
	for _, p := range l {
		if p.Field == field && (value == "" || p.Value == value) && errors.Is(p, sentinel) {
			if p.ID == "" || p.EN == "" || p.Code == "" {
				t.Errorf("problem %+v lacks a code or a message", p)
			}
			return
		}
	}
	t.Errorf("no problem on field %q with value %q among %v", field, value, l)
}

func timeMonth(m int) time.Month { return time.Month(m) }
