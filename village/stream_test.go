package village_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

// generatedRosters returns n generated rosters of size people each, one
// per desa of the generator's places (in code order, so that a directory
// of them lists in the same order; past the places' desa, the codes repeat),
// written as CSV.
func generatedRosters(t testing.TB, n, size int) (codes []region.Code, files [][]byte, months int) {
	t.Helper()
	g := jamsostest.MustNew(7, jamsostest.Options{})
	desa := g.Places().Desa()
	slices.SortFunc(desa, region.Code.Compare)
	for i := range n {
		c := desa[i%len(desa)] // codes repeat past the places' desa
		r, err := g.Roster(jamsostest.RosterSpec{Village: c, Size: size})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := jamsostest.WriteRosterCSV(&b, r.Enrolments); err != nil {
			t.Fatal(err)
		}
		codes, files = append(codes, c), append(files, b.Bytes())
		months += jamsostest.ParticipantMonths(r.Enrolments)
	}
	return codes, files, months
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A directory planned as a stream gives exactly the roll-up and the
// per-person CSV of reading every roster, planning them with PlanMany and
// adding them up with Summarise.
func TestStreamEqualsBatch(t *testing.T) {
	pl := generatedPlanner(t)
	codes, files, _ := generatedRosters(t, 30, 60)
	dir := t.TempDir()
	var reqs []village.Request
	for i, c := range codes {
		name := strings.ReplaceAll(c.String(), ".", "") + ".csv"
		if err := os.WriteFile(filepath.Join(dir, name), files[i], 0o644); err != nil {
			t.Fatal(err)
		}
		roster, err := village.ReadCSV(bytes.NewReader(files[i]))
		if err != nil {
			t.Fatal(err)
		}
		reqs = append(reqs, village.Request{Village: c, Year: 2026, Roster: roster})
	}
	if err := os.WriteFile(filepath.Join(dir, "README.txt"), []byte("not a roster"), 0o644); err != nil {
		t.Fatal(err)
	}
	plans, err := pl.PlanMany(reqs)
	if err != nil {
		t.Fatal(err)
	}
	want, err := village.Summarise(plans)
	if err != nil {
		t.Fatal(err)
	}
	var wantCSV bytes.Buffer
	if err := village.WritePlansCSV(&wantCSV, ';', plans); err != nil {
		t.Fatal(err)
	}

	var gotCSV bytes.Buffer
	cw := village.NewCSVWriter(&gotCSV, ';')
	got, err := pl.Stream(village.RostersIn(dir, 2026), func(p *village.Plan) error { return cw.Write(*p) })
	if err != nil {
		t.Fatal(err)
	}
	if err := cw.Close(); err != nil {
		t.Fatal(err)
	}
	if got.Total.Villages != len(codes) || len(got.Districts) < 2 {
		t.Fatalf("stream: %d villages in %d districts; want %d in several", got.Total.Villages, len(got.Districts), len(codes))
	}
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Errorf("stream roll-up differs from Summarise:\n got %s\nwant %s", g, w)
	}
	if !bytes.Equal(gotCSV.Bytes(), wantCSV.Bytes()) {
		t.Errorf("stream CSV (%d bytes) differs from WritePlansCSV (%d bytes)", gotCSV.Len(), wantCSV.Len())
	}
}

// A stream reports every problem of every village and goes on past them:
// a file whose name is not a village code, a roster line with a bad wage,
// a plan of another year; the good villages are still added up.
func TestStreamKeepsGoing(t *testing.T) {
	pl := generatedPlanner(t)
	codes, files, _ := generatedRosters(t, 3, 20)
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(strings.ReplaceAll(codes[0].String(), ".", "")+".csv", files[0])
	write("kantor.csv", files[1])
	bad := strings.Replace(string(files[2]), "\n", "\n6112010101800001,Warga,official,,-5,,,,,,\n", 1)
	write(strings.ReplaceAll(codes[2].String(), ".", "")+".csv", []byte(bad))

	r, err := pl.Stream(village.RostersIn(dir, 2026), nil)
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("err = %v, want a problem list", err)
	}
	fields := map[string]bool{}
	for _, p := range l {
		fields[p.Field] = true
	}
	wantFile := filepath.Join(dir, strings.ReplaceAll(codes[2].String(), ".", "")+".csv") + ".line[2].wage"
	if !fields[filepath.Join(dir, "kantor.csv")] || !fields[wantFile] {
		t.Errorf("problems %v; want the bad file name and %s", fields, wantFile)
	}
	if r.Total.Villages != 1 {
		t.Errorf("%d villages added up; want the 1 good one", r.Total.Villages)
	}
}

// Past MaxStreamProblems, a stream keeps only the number of the problems.
func TestStreamBoundsProblems(t *testing.T) {
	pl := generatedPlanner(t)
	reqs := func(yield func(village.NamedRequest, error) bool) {
		for range village.MaxStreamProblems + 10 {
			if !yield(village.NamedRequest{}, problem.New(village.ErrMalformedRoster, village.CodeCSV, "x", "", "rusak", "broken")) {
				return
			}
		}
	}
	_, err := pl.Stream(reqs, nil)
	var l problem.List
	if !errors.As(err, &l) || len(l) != village.MaxStreamProblems+1 {
		t.Fatalf("%d problems; want %d and one that counts the rest", len(l), village.MaxStreamProblems+1)
	}
	if last := l[len(l)-1]; last.Code != village.CodeTooManyProblems || last.Value != "10" {
		t.Errorf("last problem %s %q; want %s counting 10", last.Code, last.Value, village.CodeTooManyProblems)
	}
}

// memRosters yields the requests of in-memory CSV rosters, read when it is
// their turn, as a directory would be.
func memRosters(b testing.TB, codes []region.Code, files [][]byte) iter.Seq2[village.NamedRequest, error] {
	return func(yield func(village.NamedRequest, error) bool) {
		for i, c := range codes {
			roster, err := village.ReadCSV(bytes.NewReader(files[i]))
			if err != nil {
				b.Fatal(err)
			}
			if !yield(village.NamedRequest{Request: village.Request{Village: c, Year: 2026, Roster: roster}}, nil) {
				return
			}
		}
	}
}

// BenchmarkStream reads, plans and adds up 200 generated villages of 110
// people from CSV, one village at a time: the end-to-end rate of a regency
// or national run, without the file system.
func BenchmarkStream(b *testing.B) {
	pl := generatedPlanner(b)
	codes, files, months := generatedRosters(b, 200, 110)
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0, _ := cpuTime()
	for b.Loop() {
		if _, err := pl.Stream(memRosters(b, codes, files), nil); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, months, cpu0)
}

// BenchmarkBatch does what BenchmarkStream does the way a run did before
// streaming: every roster read, then PlanMany, then Summarise.
func BenchmarkBatch(b *testing.B) {
	pl := generatedPlanner(b)
	codes, files, months := generatedRosters(b, 200, 110)
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0, _ := cpuTime()
	for b.Loop() {
		var reqs []village.Request
		for r := range memRosters(b, codes, files) {
			reqs = append(reqs, r.Request)
		}
		plans, err := pl.PlanMany(reqs)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := village.Summarise(plans); err != nil {
			b.Fatal(err)
		}
	}
	reportRate(b, months, cpu0)
}

// reportRate reports the participant-months planned per second of the wall
// clock and, where the system tells, per second of CPU time since cpu0:
// with -cpu 1 the rate on one core, which other work on the machine
// changes less than the wall clock.
func reportRate(b *testing.B, months int, cpu0 time.Duration) {
	b.ReportMetric(float64(b.N*months)/b.Elapsed().Seconds()/1e6, "M-pm/s")
	if cpu1, ok := cpuTime(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(b.N*months)/(cpu1-cpu0).Seconds()/1e6, "M-pm/cpu-s")
	}
}

// A stream without a callback makes no plan for anyone to see, only the
// roll-up: it is exactly the roll-up, with exactly the problems, of the
// same stream with a callback, whatever the villages hold (ceilings that
// leave people out, reliefs of transport workers, a payment carried in,
// strict funding policy, broken rosters, a plan of another year, and bills
// with problems).
func TestStreamWithoutCallbackSameRollup(t *testing.T) {
	g := jamsostest.MustNew(3, jamsostest.Options{})
	var reqs []village.NamedRequest
	for i := range 24 {
		r, err := g.Roster(jamsostest.RosterSpec{Size: 40 + i,
			Sources: []village.Source{village.ADD, village.PADes, village.DanaDesa, village.CSR},
			Sectors: []contribution.Sector{contribution.OtherSector, contribution.Transport}})
		if err != nil {
			t.Fatal(err)
		}
		req := r.Request()
		switch i % 6 {
		case 1: // a ceiling that leaves people out
			req.Ceilings = map[village.Source]decimal.Decimal{village.ADD: decimal.NewFromInt(750_000)}
		case 2: // the previous December carried in
			req.CarryIn = []village.Payment{{Month: regulation.MustMonth(req.Year-1, time.December), Segment: membership.PU,
				Source: village.ADD, Due: regulation.MustDate(req.Year, time.January, 15), Amount: decimal.NewFromInt(123_456)}}
		case 3: // a broken line
			req.Roster[0].Wage = decimal.NewFromInt(-5)
		case 4: // another year
			if i == 10 {
				req.Year--
			}
		}
		reqs = append(reqs, village.NamedRequest{Request: req})
	}
	// Fiscal year 2027 with JP for officials: the bills from March on have
	// no JP wage cap to apply (PP 45/2015 Pasal 29 sets it yearly, and
	// none is known past February 2027), so these villages' problems come
	// from billing, listed in the order of service (unsorted NIKs below).
	jp := membership.SetOf(membership.JKK, membership.JKM, membership.JP)
	for v := range 2 {
		var roster []village.Enrolment
		for i, serial := range []int{9, 3, 7, 1} {
			roster = append(roster, village.Enrolment{
				NIK: membership.MustParseNIK(fmt.Sprintf("611201010180%04d", serial+10*v)), Name: "Perangkat", Group: village.Official,
				Wage: decimal.NewFromInt(int64(2_500_000 + 10_000*i)), Programs: jp, Line: 2 + i,
			})
		}
		reqs = append(reqs, village.NamedRequest{Name: fmt.Sprintf("jp%d", v), Request: village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2027, Roster: roster}})
	}
	seq := func(yield func(village.NamedRequest, error) bool) {
		for _, r := range reqs {
			if !yield(r, nil) {
				return
			}
		}
	}
	for _, strict := range []bool{false, true} {
		c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
		if err != nil {
			t.Fatal(err)
		}
		pl, err := village.NewPlanner(c, village.Params{}, village.Options{Strict: strict})
		if err != nil {
			t.Fatal(err)
		}
		plans := 0
		withEach, errEach := pl.Stream(seq, func(*village.Plan) error { plans++; return nil })
		without, errNil := pl.Stream(seq, nil)
		if withEach.Total.Villages == 0 || withEach.Total.Villages != plans {
			t.Fatalf("strict %v: %d villages added up, %d plans seen; want the same, more than none", strict, withEach.Total.Villages, plans)
		}
		if g, w := mustJSON(t, without), mustJSON(t, withEach); g != w {
			t.Errorf("strict %v: roll-up without a callback differs:\n got %s\nwant %s", strict, g, w)
		}
		if !strings.Contains(mustJSON(t, errEach), `"field":"jp1.line[5].2027-03.pu.jp.wage_cap"`) {
			t.Errorf("strict %v: no problem of the bills of 2027; want one per official and month from March", strict)
		}
		if g, w := mustJSON(t, errNil), mustJSON(t, errEach); errEach == nil || g != w {
			t.Errorf("strict %v: problems without a callback differ:\n got %s\nwant %s", strict, g, w)
		}
	}
}
