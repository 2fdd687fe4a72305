package village

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// readBoth reads data with the one-pass reader and with encoding/json and
// fails when the one-pass reader takes the document but gives anything
// else than encoding/json's reading; it reports whether it took it.
func readBoth(t *testing.T, data []byte) bool {
	t.Helper()
	rows, errs, ok := readJSONPlain(data)
	if !ok {
		return false
	}
	want, werr := readJSONDecoder(data)
	if !reflect.DeepEqual(rows, want) {
		t.Fatalf("%q:\n rows %#v\n want %#v", data, rows, want)
	}
	var wl problem.List
	wl.Add(werr)
	values := func(l problem.List) []problem.Error {
		var v []problem.Error
		for _, e := range l {
			v = append(v, *e)
		}
		return v
	}
	if got, w := values(errs), values(wl); !reflect.DeepEqual(got, w) {
		t.Fatalf("%q:\n problems %+v\n want     %+v", data, got, w)
	}
	return true
}

// A plain roster document, read in one pass, gives the enrolments, lines
// and problems that reading it with encoding/json gives; a document that
// is not plain is left to encoding/json.
func TestReadJSONPlainIsReadAsEncodingJSONReadsIt(t *testing.T) {
	for _, c := range []struct {
		doc   string
		plain bool
	}{
		{`[]`, true},
		{" \n[ ]\r\n\t", true},
		{`[{}]`, true},
		{`[{"nik": "6112010101800001", "name": "Budi", "group": "head", "wage": 2426640}]`, true},
		{"[\n {\"nik\":\"6112010101800001\",\"name\":\"Budi  Santoso \",\"group\":\"kepala_desa\",\"wage\":\"2.426.640\",\"from\":\"2026-03\"},\n" +
			" {\"nik\":\"6112010101800002\",\"name\":\"Siti\",\"group\":\"informal\",\"rank\":2,\"source\":null,\"programs\":\"JKK+JKM\"},\n" +
			" {\"nik\":\"6112010101800003\",\"name\":\"Ani\",\"group\":\"bogus\",\"wage\":-5}\n]", true},
		{`[{"nik": "6112010101800001", "name": "B\u00fcdi \"B\"", "group": "head"}]`, true},
		{"[{\"nik\": \"6112010101800001\", \"name\": \"B\xffdi\", \"group\": \"head\"}]", true},
		{`[{"nik": "6112010101800001", "name": "Bu\\di", "group": "head", "wage": 1e3}]`, true},
		{`[{"nik": "6112010101800001", "name": "Budi", "group": "head", "wage": 1.5}]`, true},
		{`[{"nik": 6112010101800001, "name": "Budi", "group": "head"}]`, false},
		{`[{"nik": "6112010101800001", "nik": "6112010101800001"}]`, false},
		{`[{"NIK": "6112010101800001"}]`, false},
		{`[{"extra": "x"}]`, false},
		{`[{"name": true}]`, false},
		{`[{"name": ["x"]}]`, false},
		{`[1]`, false},
		{`{}`, false},
		{``, false},
		{`[{"name": "x"},]`, false},
		{`[{"name": "x"}] x`, false},
		{`[{"name": "x"}`, false},
		{`[{"name": "x\q"}]`, false},
		{"[{\"name\": \"x\ny\"}]", false},
		{`[{"wage": 01}]`, false},
		{`[{"wage": -}]`, false},
		{`[{"wage": nul}]`, false},
	} {
		if got := readBoth(t, []byte(c.doc)); got != c.plain {
			t.Errorf("%q: read in one pass %v, want %v", c.doc, got, c.plain)
		}
	}
}

// FuzzReadJSONPlain: whatever the one-pass reader takes, it reads as
// encoding/json reads it.
func FuzzReadJSONPlain(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzReadJSON/*")
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		if v, ok := strings.CutPrefix(string(data), "go test fuzz v1\n[]byte("); ok {
			var b []byte
			if _, err := fmt.Sscanf(strings.TrimSuffix(strings.TrimSpace(v), ")"), "%q", &b); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(`[{"nik": "6112010101800001", "name": "Budi", "group": "head", "wage": 2426640, "rank": null}]`))
	f.Fuzz(func(t *testing.T, data []byte) { readBoth(t, data) })
}

// BenchmarkReadJSON reads a roster of 10,000 people from JSON, in one pass
// and with encoding/json (the reading of a document that is not plain), in
// the same run.
func BenchmarkReadJSON(b *testing.B) {
	var in strings.Builder
	in.WriteString("[\n")
	const rows = 10_000
	for i := range rows {
		if i > 0 {
			in.WriteString(",\n")
		}
		fmt.Fprintf(&in, `  {"nik": "611201010180%04d", "name": "Nama Contoh %d", "group": "perangkat_desa", "wage": "2.426.640", "from": "2026-01", "source": "dana_desa"}`, i%9999+1, i)
	}
	in.WriteString("\n]\n")
	data := []byte(in.String())
	for _, r := range []struct {
		name string
		read func([]byte) ([]Enrolment, error)
	}{
		{"plain", func(d []byte) ([]Enrolment, error) { rows, errs, _ := readJSONPlain(d); return rows, errs.Err() }},
		{"decoder", readJSONDecoder},
	} {
		b.Run(r.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.read(data); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
		})
	}
}
