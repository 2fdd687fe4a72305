package village_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
)

// scan collects what ScanCSV yields for data, and its problems.
func scan(data []byte) ([]village.Enrolment, error) {
	roster, problems := village.ScanCSV(bytes.NewReader(data))
	got := slices.Collect(roster)
	return got, problems()
}

// sameAsReadCSV fails t unless ScanCSV yields for data the enrolments
// ReadCSV returns, in order, with the same problems; where ReadCSV returns
// none for a file it refuses whole, ScanCSV's problem is that one.
func sameAsReadCSV(t *testing.T, name string, data []byte) {
	t.Helper()
	want, wantErr := village.ReadCSV(bytes.NewReader(data))
	got, err := scan(data)
	if fmt.Sprint(err) != fmt.Sprint(wantErr) {
		t.Fatalf("%s: ScanCSV's problems\n%v\nReadCSV's\n%v", name, err, wantErr)
	}
	if want == nil && wantErr != nil {
		return // refused whole: what was yielded is to be dropped
	}
	if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) { // no enrolments: nil or empty alike
		t.Fatalf("%s: ScanCSV yields %d enrolments, ReadCSV returns %d, or they differ", name, len(got), len(want))
	}
}

// ScanCSV yields what ReadCSV returns, with the same problems, for the
// test rosters (good, bad, either separator, a byte-order mark), a
// generated roster, a file over the size cap and a reader that fails.
func TestScanCSVIsReadCSV(t *testing.T) {
	for _, name := range []string{"roster_comma.csv", "roster_semicolon_bom.csv", "roster_bad.csv"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		sameAsReadCSV(t, name, data)
	}
	g := jamsostest.MustNew(5, jamsostest.Options{})
	r, err := g.Roster(jamsostest.RosterSpec{Size: 500})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := jamsostest.WriteRosterCSV(&buf, r.Enrolments); err != nil {
		t.Fatal(err)
	}
	sameAsReadCSV(t, "generated", buf.Bytes())
	if got, _ := scan(buf.Bytes()); len(got) != 500 {
		t.Errorf("generated roster of 500: %d enrolments yielded", len(got))
	}

	big := append([]byte("nik,name,group\n"), bytes.Repeat([]byte("6112010101800001,Budi Santoso,informal\n"), village.MaxRosterSize/39+1)...)
	sameAsReadCSV(t, "over the cap", big)
	if _, err := scan(big); !errors.Is(err, village.ErrMalformedRoster) {
		t.Errorf("over the cap: %v, want ErrMalformedRoster", err)
	}

	broken := errors.New("disk gone")
	roster, problems := village.ScanCSV(io.MultiReader(strings.NewReader("nik,name,group\n6112010101800001,Budi,informal\n"), failing{broken}))
	for range roster {
	}
	if err := problems(); !errors.Is(err, village.ErrMalformedRoster) || !strings.Contains(err.Error(), "disk gone") {
		t.Errorf("a failing reader: %v", err)
	}
}

type failing struct{ err error }

func (f failing) Read([]byte) (int, error) { return 0, f.err }

// Stopping early leaves no problem behind and reads no further.
func TestScanCSVStops(t *testing.T) {
	roster, problems := village.ScanCSV(strings.NewReader("nik,name,group\n6112010101800001,Satu,informal\n6112010101800002,Dua,lurah\n"))
	for e := range roster {
		if e.Name != "Satu" {
			t.Errorf("first enrolment %q", e.Name)
		}
		break
	}
	if err := problems(); err != nil {
		t.Errorf("stopped before the bad row: %v", err)
	}
}

func FuzzScanCSV(f *testing.F) {
	for _, name := range []string{"roster_comma.csv", "roster_semicolon_bom.csv", "roster_bad.csv"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("nik;nama;kelompok\n\"6112010101800001\";\"Budi\nSantoso\";kepala_desa\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsReadCSV(t, "fuzz", data)
	})
}

// A roster planned as it is read is the plan PlanDetail makes of the
// roster ReadCSV returns: the same report, every person listed, and the
// same CSV, whatever size the caller guesses.
func TestPlanDetailFromIsPlanDetail(t *testing.T) {
	pl := generatedPlanner(t)
	g := jamsostest.MustNew(23, jamsostest.Options{})
	r, err := g.Roster(jamsostest.RosterSpec{Size: 400})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := jamsostest.WriteRosterCSV(&buf, r.Enrolments); err != nil {
		t.Fatal(err)
	}
	req := village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026}
	roster, err := village.ReadCSV(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	want, err := pl.PlanDetail(context.Background(), village.Request{Village: req.Village, Year: req.Year, Roster: roster})
	if err != nil {
		t.Fatal(err)
	}
	var wantReport, wantCSV bytes.Buffer
	if err := want.WriteReport(&wantReport, village.ReportOptions{People: true}); err != nil {
		t.Fatal(err)
	}
	if err := want.WriteCSV(&wantCSV, ','); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{0, 3, 400, 1 << 40} {
		seq, problems := village.ScanCSV(bytes.NewReader(buf.Bytes()))
		d, err := pl.PlanDetailFrom(context.Background(), req, seq, size)
		if err != nil {
			t.Fatal(err)
		}
		if err := problems(); err != nil {
			t.Fatal(err)
		}
		var report, csv bytes.Buffer
		if err := d.WriteReport(&report, village.ReportOptions{People: true}); err != nil {
			t.Fatal(err)
		}
		if err := d.WriteCSV(&csv, ','); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(report.Bytes(), wantReport.Bytes()) || !bytes.Equal(csv.Bytes(), wantCSV.Bytes()) {
			t.Errorf("size %d: the plan made as the roster is read differs from PlanDetail's", size)
		}
	}
}

// PlanDetailFrom refuses what PlanDetail refuses, with the same problems
// (an enrolment without a line counted by its place in the sequence), a
// roster given both ways, and stops on a done context with its cause.
func TestPlanDetailFromProblems(t *testing.T) {
	pl := generatedPlanner(t)
	g := jamsostest.MustNew(29, jamsostest.Options{})
	r, err := g.Roster(jamsostest.RosterSpec{Size: 3})
	if err != nil {
		t.Fatal(err)
	}
	roster := append(r.Enrolments, r.Enrolments[1]) // the same months twice: an overlap
	roster[0].Name = ""                             // required
	req := village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026}
	_, want := pl.PlanDetail(context.Background(), village.Request{Village: req.Village, Year: req.Year, Roster: roster})
	d, err := pl.PlanDetailFrom(context.Background(), req, slices.Values(roster), 0)
	if want == nil || d != nil || fmt.Sprint(err) != fmt.Sprint(want) {
		t.Fatalf("PlanDetailFrom = %v, %v; PlanDetail's error %v", d, err, want)
	}
	var l problem.List
	if !errors.Is(err, village.ErrOverlap) || !errors.As(err, &l) || l[0].Field != "roster[0].name" {
		t.Errorf("PlanDetailFrom's problems %q name no overlap, or not roster[0].name first", err)
	}

	twice := req
	twice.Roster = roster[1:2]
	if _, err := pl.PlanDetailFrom(context.Background(), twice, slices.Values(roster[2:3]), 1); !errors.Is(err, village.ErrInvalidParams) {
		t.Errorf("a roster given twice: %v, want ErrInvalidParams", err)
	}

	cause := errors.New("nobody waits")
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(cause)
	if _, err := pl.PlanDetailFrom(ctx, req, slices.Values(roster[1:2]), 1); !errors.Is(err, cause) {
		t.Errorf("PlanDetailFrom on a done context: %v, want %v", err, cause)
	}
}

func ExamplePlanner_PlanDetailFrom() {
	planner := newPlanner()
	// The roster of ExamplePlanner_PlanDetail as a CSV file: an official
	// on Rp2,022,200 (Rp131,040 a year) and a sponsored farmer (Rp126,000
	// after the PP 50/2025 relief from April).
	file := strings.NewReader("nik,name,group,wage,source\n" +
		"6112010101800001,Perangkat Contoh,official,2022200,\n" +
		"6112010101800002,Petani Contoh,informal,,csr\n")
	roster, problems := village.ScanCSV(file)
	d, err := planner.PlanDetailFrom(context.Background(), village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026}, roster, 2)
	if err := errors.Join(problems(), err); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("total", rupiah.Format(d.Plan().Total.Amount, problem.English))
	for pe := range d.People() {
		fmt.Println(pe.Enrolment.NIK, pe.Enrolment.Line, rupiah.Format(pe.Amount, problem.English))
	}
	// Output:
	// total Rp257,040
	// 6112••••••••0001 2 Rp131,040
	// 6112••••••••0002 3 Rp126,000
}
