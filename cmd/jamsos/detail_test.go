package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/service"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

// The JSON of a plan written a person at a time is the service's JSON of
// the whole plan, byte for byte, masked and in full: with reliefs and
// people short of a ceiling, and for an empty roster.
func TestDetailJSON(t *testing.T) {
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := village.NewPlanner(c, village.Params{}, village.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := jamsostest.MustNew(5, jamsostest.Options{}).Roster(jamsostest.RosterSpec{Size: 200})
	if err != nil {
		t.Fatal(err)
	}
	req := r.Request()
	req.Ceilings = map[village.Source]decimal.Decimal{village.ADD: decimal.NewFromInt(3_000_000)}
	empty := req
	empty.Roster, empty.Ceilings = nil, nil
	for _, rq := range []village.Request{req, empty} {
		want, err := pl.Plan(rq)
		if err != nil {
			t.Fatal(err)
		}
		if len(rq.Roster) > 0 && (len(want.Reliefs) == 0 || want.Shortfall.People == 0) {
			t.Fatal("the plan has no relief or no shortfall; the test proves little")
		}
		d, err := pl.PlanDetail(context.Background(), rq)
		if err != nil {
			t.Fatal(err)
		}
		for _, full := range []bool{false, true} {
			var a, b bytes.Buffer
			if err := writeDetailJSON(&a, d, full); err != nil {
				t.Fatal(err)
			}
			if err := service.WriteJSONIndent(&b, service.PlanReport{Plan: want, FullNIK: full}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%d people, full NIK %v: the JSON written a person at a time differs from the whole plan's (%d and %d bytes)",
					len(rq.Roster), full, a.Len(), b.Len())
			}
		}
	}
}
