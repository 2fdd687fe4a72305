package tabular

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
)

// events reads data with opt, one byte at a time when oneByte is set, and
// returns what the reader handed out, one line of text each.
func events(t *testing.T, data []byte, opt Options, oneByte bool) []string {
	r := bytes.NewReader(data)
	rd := NewReader(r, opt)
	if oneByte {
		rd = NewReader(iotest.OneByteReader(r), opt)
	}
	var out []string
	lastLine := 0
	for row, err := range rd.All() {
		if err != nil {
			var pe *problem.Error
			if !errors.As(err, &pe) || !errors.Is(err, opt.Sentinel) {
				t.Fatalf("not a problem of the reader: %v", err)
			}
			masktest.Check(t, err)
			if pe.Field == "" && pe.Code != DefaultCode(TooLarge) || pe.Field != "" && !strings.HasPrefix(pe.Field, "line[") {
				t.Fatalf("problem %s at %q", pe.Code, pe.Field)
			}
			if pe.Field != "" && lineOf(pe.Field) < lastLine {
				t.Fatalf("problem at %s after line %d", pe.Field, lastLine)
			}
			out = append(out, pe.Field+" "+string(pe.Code))
			continue
		}
		if row.Line() <= lastLine {
			t.Fatalf("row at line %d after line %d", row.Line(), lastLine)
		}
		lastLine = row.Line()
		s := strconv.Itoa(row.Line())
		for c := range row.Columns() {
			if !utf8.ValidString(row.Get(c)) {
				t.Fatalf("line %d: a cell that is not UTF-8: %q", row.Line(), row.Get(c))
			}
			s += "|" + row.Get(c)
		}
		out = append(out, s)
	}
	return out
}

func lineOf(field string) int {
	n, _ := strconv.Atoi(field[len("line["):strings.IndexByte(field, ']')])
	return n
}

// FuzzReader checks that the reader never panics, that it hands out only
// problems of its own and rows of valid UTF-8 in the order of the file, and
// that what it hands out does not depend on how the input arrives: read one
// byte at a time, the same rows and problems come out.
func FuzzReader(f *testing.F) {
	f.Add([]byte("nik;nama;kelompok\n6112010101800001;\"Rentan; Contoh\";informal\n"), false)
	f.Add([]byte("\uFEFFNIK,Nama,Bulan Mulai\r\n1,\"a,b\",2026-01\r\n\r\n,,\r\n"), false)
	f.Add([]byte("1,2,3\n4,5\n\"6\",\"7\"\"\",8\n"), true)
	f.Add([]byte("nik,name,group,x,nama\n1,A\xff,bpd,x,y\n2,\"B,bpd\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, optional bool) {
		opt := roster
		opt.HeaderOptional = optional
		opt.MaxSize, opt.MaxRowSize = 4<<10, 64
		whole := events(t, data, opt, false)
		bytewise := events(t, data, opt, true)
		if !slices.Equal(whole, bytewise) {
			t.Fatalf("read whole:\n%s\nread a byte at a time:\n%s", strings.Join(whole, "\n"), strings.Join(bytewise, "\n"))
		}
		if len(data) > int(opt.MaxSize) && (len(whole) == 0 || !strings.HasSuffix(whole[len(whole)-1], " "+string(DefaultCode(TooLarge)))) {
			t.Fatalf("%d bytes read without a size problem: %v", len(data), whole)
		}
	})
}

// BenchmarkReader reads a roster of 10,000 rows of five columns as the
// village reader does, and reports the allocations per row.
func BenchmarkReader(b *testing.B) {
	var in bytes.Buffer
	in.WriteString("nik;nama;kelompok;bulan_mulai;sumber_dana\n")
	const rows = 10_000
	for i := range rows {
		fmt.Fprintf(&in, "61120101018%05d;\"Nama; Contoh %d\";informal;2026-01;dana_desa\n", i, i)
	}
	data := in.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for row, err := range NewReader(bytes.NewReader(data), roster).All() {
			if err != nil {
				b.Fatal(err)
			}
			n += len(row.Get(1))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/row")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for range NewReader(bytes.NewReader(data), roster).All() {
		}
	}))/rows, "allocs/row")
}
