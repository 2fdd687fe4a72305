package village

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

func readFile(t *testing.T, name string, read func(*os.File) ([]Enrolment, error)) ([]Enrolment, problem.List) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := read(f)
	var l problem.List
	l.Add(err)
	return rows, l
}

func readCSVFile(f *os.File) ([]Enrolment, error)  { return ReadCSV(f) }
func readJSONFile(f *os.File) ([]Enrolment, error) { return ReadJSON(f) }

func TestReadCSV(t *testing.T) {
	rows, errs := readFile(t, "roster_semicolon_bom.csv", readCSVFile)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	want := []Enrolment{
		{NIK: nik(1), Name: "Kepala Contoh", Group: Head, Wage: dec("2426640"), Line: 2},
		{NIK: nik(2), Name: "Sekretaris Contoh", Group: Secretary, Wage: dec("2224420"), Source: ADD,
			From: month(2026, 1), To: month(2026, 12), Line: 3},
		{NIK: nik(3), Name: "Rentan; Contoh", Group: Informal, Source: PADes, From: month(2026, 4), To: month(2026, 12), Rank: 1, Line: 5},
	}
	for i, w := range want {
		if !sameEnrolment(rows[i], w) {
			t.Errorf("row %d: %+v\nwant %+v", i, rows[i], w)
		}
	}

	rows, errs = readFile(t, "roster_comma.csv", readCSVFile)
	if len(errs) > 0 || len(rows) != 2 {
		t.Fatalf("%d rows, %v", len(rows), errs)
	}
	if r := rows[0]; r.WorkerShare != EmployerPays || !r.Wage.Equal(dec("2426640")) || !r.Programs.Has(membership.JHT) {
		t.Errorf("row 0: %+v", r)
	}
	if r := rows[1]; r.Sector != contribution.Transport || r.Source != CSR || r.Rank != 2 || r.Line != 3 {
		t.Errorf("row 1: %+v", r)
	}
}

func sameEnrolment(a, b Enrolment) bool {
	return a.NIK == b.NIK && a.Name == b.Name && a.Group == b.Group && a.Programs == b.Programs && a.Wage.Equal(b.Wage) &&
		a.From == b.From && a.To == b.To && a.Source == b.Source && a.WorkerShare == b.WorkerShare &&
		a.Sector == b.Sector && a.Rank == b.Rank && a.Line == b.Line
}

// A bad row is reported with its line and field; every good row is kept.
func TestReadCSVBadRows(t *testing.T) {
	rows, errs := readFile(t, "roster_bad.csv", readCSVFile)
	var lines []int
	for _, r := range rows {
		lines = append(lines, r.Line)
	}
	if len(rows) != 3 || lines[0] != 2 || lines[1] != 8 || lines[2] != 12 {
		t.Errorf("good rows at lines %v, want 2, 8 and 12", lines)
	}
	for _, w := range []struct {
		field    string
		sentinel error
	}{
		{"line[1]", ErrMalformedRoster},           // the unknown column "remarks"
		{"line[3].group", ErrUnknownGroup},        // lurah
		{"line[4].nik", membership.ErrInvalidNIK}, // 15 digits
		{"line[5].wage", nil},                     // "16,800" is English notation
		{"line[6].from", ErrInvalidEnrolment},     // month 13
		{"line[7].source", ErrUnknownSource},      // APBN
		{"line[7].rank", ErrInvalidEnrolment},     // -1
		{"line[9]", ErrMalformedRoster},           // too few fields
		{"line[10].nik", ErrInvalidEnrolment},     // no NIK
		{"line[10].name", ErrInvalidEnrolment},    // no name
		{"line[11]", ErrMalformedRoster},          // a bare quote
	} {
		found := false
		for _, e := range errs {
			if e.Field == w.field && (w.sentinel == nil || errors.Is(e, w.sentinel)) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem at %s wrapping %v; got:\n%s", w.field, w.sentinel, errs.Message(problem.English))
		}
	}
	for _, e := range errs {
		if strings.Contains(e.Value, "61120101018000") {
			t.Errorf("a NIK in a message: %q", e.Value)
		}
	}
}

func TestReadCSVFileProblems(t *testing.T) {
	for _, tc := range []struct{ name, in, field string }{
		{"empty", "", "line[1]"},
		{"only a BOM", "\uFEFF", "line[1]"},
		{"no nik column", "name,group\nA,head\n", "line[1].nik"},
		{"not UTF-8", "nik,name,group\n6112010101800001,Bu\xffdi,head\n", "line[2].name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := ReadCSV(strings.NewReader(tc.in))
			var l problem.List
			l.Add(err)
			if len(rows) != 0 || len(l) == 0 || l[0].Field != tc.field {
				t.Errorf("rows %v, problems %v", rows, l)
			}
		})
	}
	big := strings.NewReader(strings.Repeat("x", MaxRosterSize+1))
	if _, err := ReadCSV(big); !errors.Is(err, ErrMalformedRoster) {
		t.Errorf("an oversized file: %v", err)
	}
}

func TestReadJSON(t *testing.T) {
	rows, errs := readFile(t, "roster.json", readJSONFile)
	if len(errs) > 0 || len(rows) != 2 {
		t.Fatalf("%d rows, %v", len(rows), errs)
	}
	if r := rows[0]; !r.Wage.Equal(dec("2426640")) || r.WorkerShare != WorkerPays || r.Line != 2 {
		t.Errorf("row 0: %+v", r)
	}
	if r := rows[1]; r.Sector != contribution.Transport || r.Rank != 1 || r.From != month(2026, 4) || !r.Wage.IsZero() || r.Line != 4 {
		t.Errorf("row 1: %+v", r)
	}

	rows, errs = readFile(t, "roster_bad.json", readJSONFile)
	if len(rows) != 2 || rows[0].Line != 2 || rows[1].Line != 8 {
		t.Errorf("good rows: %+v", rows)
	}
	for _, w := range []struct {
		field string
		code  problem.Code
	}{
		{"roster[1].nama", CodeUnknownField},
		{"roster[2].nik", CodeJSON},
		{"roster[3]", CodeJSON},
		{"roster[4].group", CodeJSON},
		{"roster[5].wage", CodeWage},
	} {
		found := false
		for _, e := range errs {
			found = found || (e.Field == w.field && e.Code == w.code)
		}
		if !found {
			t.Errorf("no problem %s at %s; got:\n%s", w.code, w.field, errs.Message(problem.English))
		}
	}
	// A NIK given as a JSON number is shown masked; a wrong type is named.
	for _, e := range errs {
		if e.Field == "roster[2].nik" && e.Value != "6112••••••••0003" {
			t.Errorf("roster[2].nik: value %q", e.Value)
		}
	}
	_, err := ReadJSON(strings.NewReader(`[{"nik": "6112010101800001", "name": "A", "group": ["head"], "rank": true}]`))
	var l problem.List
	l.Add(err)
	if len(l) != 2 || l[0].Value != "[…]" || l[1].Value != "true" {
		t.Errorf("wrong types: %v", l)
	}
}

func TestReadJSONMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		rows     int
		field    string // the line where reading stopped
		message  string
	}{
		{"not an array", `{"nik": "1"}`, 0, "", "must be an array"},
		{"empty", ``, 0, "line[1]", "malformed JSON: the document is empty"},
		{"cut short", "[\n{\"nik\": \"6112010101800001\", \"name\": \"A\", \"group\": \"bpd\"},\n{\"nik\": ", 1, "line[3]", "malformed JSON"},
		{"trailing data", "[]\n[]", 0, "line[2]", "there is more data"},
		{"a syntax error", "[\n\n{\"nik\": x}\n]", 0, "line[3]", "malformed JSON"},
		// encoding/json's own message would repeat this number in full.
		{"a number too large for float64", strings.Repeat("3216012001900001", 25), 0, "", "must be an array"},
		{"a number after the array", "[]\n3216012001900001.5", 0, "line[2]", "there is more data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := ReadJSON(strings.NewReader(tc.in))
			var l problem.List
			l.Add(err)
			if len(rows) != tc.rows || len(l) != 1 || l[0].Field != tc.field || l[0].Code != CodeJSON ||
				!strings.Contains(l[0].Message(problem.English), tc.message) || !errors.Is(err, ErrMalformedRoster) {
				t.Errorf("rows %d, problems %v", len(rows), l)
			}
			masktest.Check(t, err)
		})
	}
}

// A roster read from a file keeps its lines in the plan's messages.
func TestRosterLinesInPlanErrors(t *testing.T) {
	rows, err := ReadCSV(strings.NewReader("nik;name;group;from;to\n" +
		"6112010101800001;A;rentan;2026-01;2026-06\n" +
		"6112010101800001;A;padat_karya;2026-06;2026-08\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = planner(t, Params{}, Options{}).Plan(Request{Village: testVillage, Year: 2026, Roster: rows})
	var l problem.List
	l.Add(err)
	if len(l) != 1 || l[0].Field != "line[3].from" || !strings.Contains(l[0].Message(problem.English), "line[2]") {
		t.Errorf("overlap: %v", l)
	}
}

// A NIK or a mobile number typed into another column is masked in the
// problem, written together or in groups.
func TestRosterMasksNumbersInWrongColumns(t *testing.T) {
	_, csvErr := ReadCSV(strings.NewReader("nik;name;group;wage;rank\n" +
		"6112010101800001;A;bpd;3216 0117 0890 0001;0812 3456 7890\n"))
	_, jsonErr := ReadJSON(strings.NewReader(`[{"nik": "6112010101800001", "name": "A", "group": "bpd",
		"wage": "32.16.01.170890.0001", "rank": "0812-3456-7890"}]`))
	for name, c := range map[string]struct {
		err  error
		want map[string]string // field: value
	}{
		"csv":  {csvErr, map[string]string{"line[2].wage": "3216 •••• •••• 0001", "line[2].rank": "08•• •••• ••90"}},
		"json": {jsonErr, map[string]string{"roster[0].wage": "32.16.••.••••••.0001", "roster[0].rank": "08••-••••-••90"}},
	} {
		var l problem.List
		l.Add(c.err)
		got := map[string]string{}
		for _, e := range l {
			got[e.Field] = e.Value
		}
		if !maps.Equal(got, c.want) {
			t.Errorf("%s: problems %v, want values %v", name, got, c.want)
		}
	}
}

// BenchmarkReadCSV reads a roster of 10,000 people, as a village or a
// regency exports it, and reports the time and allocations per row.
func BenchmarkReadCSV(b *testing.B) {
	var in strings.Builder
	in.WriteString("nik;nama;kelompok;siltap;mulai;sumber\n")
	const rows = 10_000
	for i := range rows {
		fmt.Fprintf(&in, "611201010180%04d;Nama Contoh %d;perangkat_desa;2.426.640;2026-01;dana_desa\n", i%9999+1, i)
	}
	data := in.String()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadCSV(strings.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	b.ReportMetric(testing.AllocsPerRun(1, func() { _, _ = ReadCSV(strings.NewReader(data)) })/rows, "allocs/row")
}
