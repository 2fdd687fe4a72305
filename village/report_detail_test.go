package village_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"reflect"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/village"
)

// largeDetail is the plan, as a Detail, of BenchmarkLargeRoster's
// 100,000 generated people.
func largeDetail(b *testing.B) *village.Detail {
	b.Helper()
	r, err := jamsostest.MustNew(11, jamsostest.Options{}).Roster(jamsostest.RosterSpec{Size: jamsostest.MaxItems})
	if err != nil {
		b.Fatal(err)
	}
	d, err := generatedPlanner(b).PlanDetail(context.Background(), village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: r.Enrolments})
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkWriteReportDetail writes the text report, every person listed,
// of largeDetail, made once: the report alone, as `jamsos rencana -people`
// writes it for a single roster.
func BenchmarkWriteReportDetail(b *testing.B) {
	d := largeDetail(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := d.WriteReport(io.Discard, village.ReportOptions{People: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteCSVDetail writes the CSV of the same plan, one line per
// person, as `jamsos rencana -format csv` writes a single roster.
func BenchmarkWriteCSVDetail(b *testing.B) {
	d := largeDetail(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := d.WriteCSV(io.Discard, ';'); err != nil {
			b.Fatal(err)
		}
	}
}

// A plan's CSV reads back, with encoding/csv and the same separator, as
// the same records whatever the separator, even one that appears in its
// numbers, codes or names (a point, a digit, a letter, a bullet, which a
// masked NIK holds): each field is quoted exactly when it must be.
func TestPlanCSVAnySeparator(t *testing.T) {
	pl := generatedPlanner(t)
	r, err := jamsostest.MustNew(3, jamsostest.Options{}).Roster(jamsostest.RosterSpec{Size: 60})
	if err != nil {
		t.Fatal(err)
	}
	r.Enrolments[0].Name = `Budi, "Ucok" Santoso`
	r.Enrolments[1].Name = "Siti.Aminah a1"
	p, err := pl.Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026, Roster: r.Enrolments})
	if err != nil {
		t.Fatal(err)
	}
	read := func(comma rune) [][]string {
		t.Helper()
		var b bytes.Buffer
		if err := p.WriteCSV(&b, comma); err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(&b)
		cr.Comma = comma
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("separator %q: %v", comma, err)
		}
		return recs
	}
	want := read(',')
	if len(want) != len(p.People)+1 || len(want[0]) != len(village.CSVHeader) {
		t.Fatalf("%d records of %d fields for %d people", len(want), len(want[0]), len(p.People))
	}
	for _, comma := range []rune{';', '\t', '|', '.', '1', '-', 'a', 'S', '•', '；'} {
		if got := read(comma); !reflect.DeepEqual(got, want) {
			t.Errorf("separator %q: the records differ from those with a comma", comma)
		}
	}
}
