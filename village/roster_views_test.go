package village

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"
	"testing/iotest"
	"unsafe"

	"github.com/desasadar/jamsos/internal/tabular"
	"github.com/desasadar/jamsos/problem"
)

// readCSVKept reads a roster as ReadCSV does but from cells that may be
// kept ([tabular.Row.Get]) alone, through tabular.Read: the reading that
// ReadCSV's views and its making of enrolments in place must not change.
func readCSVKept(data []byte) ([]Enrolment, error) {
	var wages decimals
	rows, err := tabular.Read(bytes.NewReader(data), csvOptions, func(row tabular.Row, errs *problem.List) (Enrolment, bool) {
		var fields cells
		for col := range fields {
			if row.Has(col) {
				fields[col] = cell{text: row.Get(col), set: true, utf8: true}
			}
		}
		e, ok := parseFields(&fields, place{"line", row.Line()}, &wages, errs)
		e.Line = row.Line()
		return e, ok
	})
	if err != nil && !errorsAsList(err) {
		return nil, unreadable(err)
	}
	return rows, err
}

func errorsAsList(err error) bool {
	_, ok := err.(problem.List)
	return ok
}

// sameRoster fails unless two readings of a roster gave the same
// enrolments and the same problems.
func sameRoster(t *testing.T, what string, got []Enrolment, gotErr error, want []Enrolment, wantErr error) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: enrolments\n%+v\nwant\n%+v", what, got, want)
	}
	if g, w := fmt.Sprintf("%q", problems(gotErr)), fmt.Sprintf("%q", problems(wantErr)); g != w {
		t.Fatalf("%s: problems\n%s\nwant\n%s", what, g, w)
	}
}

// problems lists err's problems with every field a caller sees, the
// sentinel by its text.
func problems(err error) []string {
	var l problem.List
	l.Add(err)
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = fmt.Sprintf("%s|%s|%s|%s|%s|%v", e.Code, e.Field, e.Value, e.ID, e.EN, e.Err)
	}
	return out
}

// FuzzReadCSVViews checks that ReadCSV, which parses a row from views of
// the reader's line and reads a row with a problem again from strings that
// may be kept, gives what reading every cell as a kept string gives: the
// same enrolments and the same problems, read whole or a byte at a time
// (every line then encoding/csv's); and that no enrolment's name shares
// memory with another's (each is its own copy, not a piece of its line).
func FuzzReadCSVViews(f *testing.F) {
	f.Add([]byte("nik,name,group,programs,wage,from,to,source,worker_share,sector,rank\n" +
		"3324206604004625,Maria Simanjuntak,head,,2776640,,,,,,\n" +
		"3324200901950549,Ahmad Simanjuntak,secretary,JKK+JKM+JHT,2404420,,,,employer,,\n" +
		"3324205902988253,Yuliana Halim,informal,,,,,,,,4\n"))
	f.Add([]byte("nik;nama;kelompok;siltap;mulai;sumber\n" +
		"6112010101800001; Budi  Santoso ;perangkat_desa;Rp2.426.640;01/2026;DD\n" +
		"6112010101800002;Siti;kepala desa;2426640.00;2026-13;apbn\n" +
		"6112010101800000;\"Ani; A\";bpd;x;;\n" +
		"1;;rt;;;\n"))
	f.Add([]byte("nik,name,group,programs,rank,sector\r\n3216011708900001,Budi,bpd,JKK+jkm+XYZ,-1,TRANSPORT\r\n3216011708900001,Budi,bpd,JKK,2,FARM\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		want, wantErr := readCSVKept(data)
		got, err := ReadCSV(bytes.NewReader(data))
		sameRoster(t, "ReadCSV", got, err, want, wantErr)
		slow, slowErr := ReadCSV(iotest.OneByteReader(bytes.NewReader(data)))
		sameRoster(t, "ReadCSV a byte at a time", slow, slowErr, want, wantErr)
		ends := map[uintptr]bool{}
		for _, e := range got {
			if e.Name == "" {
				continue
			}
			p := uintptr(unsafe.Pointer(unsafe.StringData(e.Name)))
			if ends[p] {
				t.Fatalf("two names share memory: %q", e.Name)
			}
			ends[p] = true
		}
	})
}

// TestCSVRowsParse: csvRows.parse, the row parser that a reader yielding
// enrolments as they are read (tabular.Values) uses, gives what ReadCSV
// gives.
func TestCSVRowsParse(t *testing.T) {
	data := []byte("nik;nama;kelompok;siltap;mulai;sumber\n" +
		"6112010101800001;Budi Santoso;perangkat_desa;2.426.640;2026-01;dana_desa\n" +
		"6112010101800002;Siti;kepala_desa;x;2026-13;apbn\n" +
		"6112014101800003;\"Ani, A\";bpd;;;\n")
	var c csvRows
	seq, result := tabular.Values(bytes.NewReader(data), csvOptions, c.parse)
	var got []Enrolment
	for e := range seq {
		got = append(got, e)
	}
	want, wantErr := ReadCSV(bytes.NewReader(data))
	if len(want) != 2 || wantErr == nil {
		t.Fatalf("ReadCSV gave %d enrolments and %v, want 2 and the problems of line 3", len(want), wantErr)
	}
	sameRoster(t, "csvRows.parse", got, result(), want, wantErr)
}
