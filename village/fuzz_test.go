package village

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
)

// checkRoster checks what a roster reader returned: every row is usable,
// no problem names the line of a returned row when byLine (a CSV row is
// either returned or reported, never both), and no problem shows a full
// NIK.
func checkRoster(t *testing.T, rows []Enrolment, err error, byLine bool) {
	var l problem.List
	l.Add(err)
	lines := map[int]bool{}
	for _, r := range rows {
		if !r.NIK.IsValid() || r.Name == "" || !r.Group.IsValid() || r.Line < 1 || r.Rank < 0 {
			t.Fatalf("an unusable row: %+v", r)
		}
		lines[r.Line] = true
	}
	for _, e := range l {
		if e.Code == "internal" {
			t.Fatalf("an internal problem: %v", e)
		}
		if n := position(e.Field); byLine && lines[n] {
			t.Fatalf("line %d is both returned and reported: %v", n, e)
		}
	}
	masktest.Check(t, err)
}

// checkPlan plans what a roster reader returned, as a program would: the
// plan either adds up, or fails with problems that each name a line of the
// file (or the request) and show no full NIK.
func checkPlan(t *testing.T, pl *Planner, rows []Enrolment) {
	p, err := pl.Plan(Request{Village: testVillage, Year: 2026, Roster: rows})
	if err == nil {
		checkTotals(t, p)
		if len(p.People) != len(rows) {
			t.Fatalf("%d rows planned as %d people", len(rows), len(p.People))
		}
		return
	}
	var l problem.List
	l.Add(err)
	for _, e := range l {
		if e.Code == "internal" || (!strings.HasPrefix(e.Field, "line[") && e.Field != "source") {
			t.Fatalf("a plan problem that names no line: %v", e)
		}
	}
	masktest.Check(t, err)
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("nik,name,group\n6112010101800001,Budi,head\n"))
	pl := planner(f, Params{}, Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadCSV(bytes.NewReader(data))
		checkRoster(t, rows, err, true)
		checkPlan(t, pl, rows)
	})
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"nik": "6112010101800001", "name": "Budi", "group": "head", "wage": 2426640}]`))
	pl := planner(f, Params{}, Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadJSON(bytes.NewReader(data))
		checkRoster(t, rows, err, false)
		checkPlan(t, pl, rows)
		// Every element of the array is either returned or reported.
		var l problem.List
		l.Add(err)
		reported := map[int]bool{}
		for _, e := range l {
			if strings.HasPrefix(e.Field, "roster[") {
				reported[position(e.Field)] = true
			}
		}
		var all []json.RawMessage
		if json.Unmarshal(data, &all) == nil && len(rows)+len(reported) != len(all) {
			t.Fatalf("%d elements, %d returned and %d reported", len(all), len(rows), len(reported))
		}
	})
}

// FuzzCarryIn plans a small roster with payments carried in from JSON: any
// input either plans, with a cash view that reconciles, or fails with
// problems; nothing panics.
func FuzzCarryIn(f *testing.F) {
	f.Add(`[{"month":"2026-12","segment":"PU","source":"add","due":"2027-01-15","amount":"10920","account":{"activity":"1.1.03","object":"5.1.3.04"}}]`)
	f.Add(`[{"month":"2027-01","segment":"BPU","source":"self","due":"2028-01-15","amount":"-1"}]`)
	f.Add(`[{"month":"2026-12","segment":"PU","source":"csr","due":"2027-01-15","amount":"1e999999"}]`)
	pl := planner(f, Params{}, Options{})
	f.Fuzz(func(t *testing.T, data string) {
		var in []Payment
		if json.Unmarshal([]byte(data), &in) != nil {
			return
		}
		p, err := pl.Plan(Request{Village: testVillage, Year: 2027, CarryIn: in, Roster: []Enrolment{
			{NIK: nik(1), Name: "Perangkat", Group: Official, Wage: decimal.NewFromInt(2_022_200)},
		}})
		if err != nil {
			masktest.Check(t, err)
			return
		}
		checkTotals(t, p)
	})
}
