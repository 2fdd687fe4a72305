package tabular

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
)

var errTest = errors.New("test: malformed file")

// roster is a schema like a village roster's: three required columns,
// aliases with spaces and underscores.
var roster = Options{
	Columns: []Column{
		{Name: "nik", Required: true},
		{Name: "name", Aliases: []string{"nama"}, Required: true},
		{Name: "group", Aliases: []string{"kelompok"}, Required: true},
		{Name: "from", Aliases: []string{"bulan_mulai"}},
		{Name: "source", Aliases: []string{"sumber_dana"}},
	},
	SkipBlank: true,
	Sentinel:  errTest,
}

// read reads in with opt and returns each row as "line: cell|cell|..."
// (every column of opt, "-" for one the file does not have) and each
// problem as "field code".
func read(t *testing.T, in string, opt Options) (rows, probs []string) {
	t.Helper()
	rd := NewReader(strings.NewReader(in), opt)
	for row, err := range rd.All() {
		if err != nil {
			var pe *problem.Error
			if !errors.As(err, &pe) {
				t.Fatalf("not a problem: %v", err)
			}
			if !errors.Is(err, opt.Sentinel) {
				t.Errorf("%v does not wrap the sentinel", err)
			}
			if pe.ID == "" || pe.EN == "" {
				t.Errorf("%s: a message is missing", pe.Code)
			}
			probs = append(probs, pe.Field+" "+string(pe.Code))
			continue
		}
		var cells []string
		for c := range opt.Columns {
			v := row.Get(c)
			if !row.Has(c) {
				v = "-"
			}
			cells = append(cells, v)
		}
		rows = append(rows, fmt.Sprintf("%d: %s", row.Line(), strings.Join(cells, "|")))
	}
	return rows, probs
}

func TestSeparator(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     rune
	}{
		{"commas", "a,b,c\n1;2;3;4\n", ','},
		{"semicolons", "a;b;c\n1,2,3,4\n", ';'},
		{"a tie is a comma", "a;b,c\n", ','},
		{"semicolons inside quotes do not count", `nik,"nama; lengkap; sekali",group` + "\n", ','},
		{"commas inside quotes do not count", `nik;"name, full, really";group` + "\n", ';'},
		{"a quoted line break does not end the line", "\"a\n,,,\";b;c\n", ';'},
		{"empty first lines are skipped", "\n\r\n\na;b;c\n", ';'},
		{"no line end", "a;b", ';'},
		{"nothing", "", ','},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Separator([]byte(tt.in)); got != tt.want {
				t.Errorf("Separator(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadQuotesBOMAndCRLF(t *testing.T) {
	in := "\uFEFFNIK ; Nama ; Kelompok ; Bulan Mulai\r\n" +
		"6112010101800001;\"Rentan; Contoh\";informal;2026-04\r\n" +
		"6112010101800002;\"Kutip \"\"Dua\"\"\";bpd;\r\n" +
		"\r\n" +
		";;;\r\n" + // blank cells: skipped with SkipBlank
		"6112010101800003;\"Dua\r\nBaris\";rt_rw;2026-01\r\n" +
		"6112010101800004;Akhir;head;2026-02" // no line end
	rows, probs := read(t, in, roster)
	want := []string{
		"2: 6112010101800001|Rentan; Contoh|informal|2026-04|-",
		`3: 6112010101800002|Kutip "Dua"|bpd||-`,
		"6: 6112010101800003|Dua\nBaris|rt_rw|2026-01|-",
		"8: 6112010101800004|Akhir|head|2026-02|-",
	}
	if !slices.Equal(rows, want) || len(probs) != 0 {
		t.Errorf("rows\n%s\nwant\n%s\nproblems %v", strings.Join(rows, "\n"), strings.Join(want, "\n"), probs)
	}
}

// Header cells name columns by name or alias, in any case, with spaces,
// hyphens or slashes for underscores, in any order.
func TestAliases(t *testing.T) {
	for _, header := range []string{
		"nik,name,group,from,source",
		"NIK,NAMA,KELOMPOK,BULAN MULAI,SUMBER-DANA",
		" nik , Nama , group , bulan_mulai , sumber/dana ",
	} {
		rows, probs := read(t, header+"\n1,2,3,4,5\n", roster)
		if !slices.Equal(rows, []string{"2: 1|2|3|4|5"}) || len(probs) != 0 {
			t.Errorf("%q: rows %v, problems %v", header, rows, probs)
		}
	}
	rows, _ := read(t, "source,group,name,nik\n5,3,2,1\n", roster)
	if !slices.Equal(rows, []string{"2: 1|2|3|-|5"}) {
		t.Errorf("columns out of order: %v", rows)
	}
	if Key(" Bulan-Mulai/Akhir ") != "bulan_mulai_akhir" || Index(roster.Columns, "SUMBER DANA") != 4 || Index(roster.Columns, "sumber") != -1 {
		t.Error("Key or Index")
	}
}

func TestCellCount(t *testing.T) {
	in := "nik,name,group\n" +
		"1,A,head\n" +
		"2,B\n" + // too few
		"3,C,bpd,extra\n" + // too many
		"4,D,bpd\n"
	rows, probs := read(t, in, roster)
	if !slices.Equal(rows, []string{"2: 1|A|head|-|-", "5: 4|D|bpd|-|-"}) ||
		!slices.Equal(probs, []string{"line[3] csv.field_count", "line[4] csv.field_count"}) {
		t.Errorf("rows %v, problems %v", rows, probs)
	}
}

// Every problem of a file is reported, in the order of the file, and every
// good row is still handed out.
func TestEveryProblemAtOnce(t *testing.T) {
	in := "nik,name,remarks,nama,group\n" + // 1: an unknown and a repeated column
		"1,A,x,y,head\n" + // 2: good
		"2,B,x\n" + // 3: too few cells
		"3,\"C\"x,x,y,bpd\n" + // 4: a quote inside a quoted cell
		"4,D\xff,x,y,bpd\n" + // 5: not UTF-8
		"5,E\"e,x,y,bpd\n" + // 6: a bare quote
		"6,F,x,y,bpd\n" // 7: good
	rows, probs := read(t, in, roster)
	wantRows := []string{"2: 1|A|head|-|-", "7: 6|F|bpd|-|-"}
	wantProbs := []string{
		"line[1] csv.unknown_column",
		"line[1].name csv.duplicate_column",
		"line[3] csv.field_count",
		"line[4] csv.syntax",
		"line[5].name csv.utf8",
		"line[6] csv.syntax",
	}
	// The row with a cell that is not UTF-8 is handed out, flagged.
	if len(rows) != 3 || rows[1] != "5: 4||bpd|-|-" {
		t.Fatalf("rows %v", rows)
	}
	rows = slices.Delete(rows, 1, 2)
	if !slices.Equal(rows, wantRows) || !slices.Equal(probs, wantProbs) {
		t.Errorf("rows\n%s\nproblems\n%s\nwant\n%s", strings.Join(rows, "\n"), strings.Join(probs, "\n"), strings.Join(wantProbs, "\n"))
	}
	rd := NewReader(strings.NewReader("nik,name,group\n1,A\xff,head\n"), roster)
	for row, err := range rd.All() {
		if err == nil && (row.OK() || row.Valid(1) || !row.Valid(0) || !row.Valid(3)) {
			t.Error("a row with a cell that is not UTF-8 is OK")
		}
	}
}

func TestHeaderProblems(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		opt      func(*Options)
		probs    []string
		rows     int
	}{
		{"empty", "", nil, []string{"line[1] csv.empty"}, 0},
		{"only a BOM", "\uFEFF", nil, []string{"line[1] csv.empty"}, 0},
		{"not a header", "a,b,c\n1,2,3\n", nil, []string{"line[1] csv.not_header"}, 0},
		{"missing columns stop the reading", "nik\n1\n", nil, []string{"line[1].name csv.missing_column", "line[1].group csv.missing_column"}, 0},
		{"an unknown column is not read", "nik,name,group,x\n1,2,3,4\n", nil, []string{"line[1] csv.unknown_column"}, 1},
		{"a strict header stops at an unknown column", "nik,name,group,x\n1,2,3,4\n",
			func(o *Options) { o.StrictHeader = true }, []string{"line[1] csv.unknown_column"}, 0},
		{"a syntax error in the header stops the reading", "nik,\"name\"x,group\n1,2,3\n", nil, []string{"line[1] csv.syntax"}, 0},
		{"an optional header may be absent", "1,2,3,4,5\n", func(o *Options) { o.HeaderOptional = true }, nil, 1},
		{"an empty file needs no header", "", func(o *Options) { o.HeaderOptional = true }, nil, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			opt := roster
			if tt.opt != nil {
				tt.opt(&opt)
			}
			rows, probs := read(t, tt.in, opt)
			if len(rows) != tt.rows || !slices.Equal(probs, tt.probs) {
				t.Errorf("rows %v, problems %v, want %d rows and %v", rows, probs, tt.rows, tt.probs)
			}
		})
	}
}

// A problem quotes a header cell masked and short: it may be a number typed
// into the wrong line.
func TestHeaderCellMasked(t *testing.T) {
	rd := NewReader(strings.NewReader("nik,name,group,0812 3456 7890,"+strings.Repeat("x", 100)+"\n"), roster)
	var values []string
	for _, err := range rd.All() {
		var pe *problem.Error
		if errors.As(err, &pe) {
			values = append(values, pe.Value)
			masktest.Check(t, err)
		}
	}
	if len(values) != 2 || values[0] != "08•• •••• ••90" || len([]rune(values[1])) != 41 {
		t.Errorf("values %q", values)
	}
}

func TestCodesAndSentinel(t *testing.T) {
	opt := roster
	opt.Codes = map[Kind]problem.Code{FieldCount: "x.count"}
	_, probs := read(t, "nik,name,group\n1\n\"", opt)
	if !slices.Equal(probs, []string{"line[2] x.count", "line[3] csv.syntax"}) {
		t.Errorf("problems %v", probs)
	}
	opt.Sentinel = nil
	for _, err := range NewReader(strings.NewReader(""), opt).All() {
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%v does not wrap ErrMalformed", err)
		}
	}
	if DefaultCode(TooLarge) != "input.too_large" || DefaultCode(numKinds) != "" {
		t.Error("DefaultCode")
	}
}

// An input over the size cap is refused; one at the cap is read. Both
// readings stop after at most the cap and a buffer.
func TestSizeCap(t *testing.T) {
	file := "nik,name,group\n" + strings.Repeat("6112010101800001,Nama,head\n", 100)
	for _, tt := range []struct {
		max      int64
		tooLarge bool
	}{{int64(len(file)), false}, {int64(len(file)) - 1, true}, {10, true}} {
		opt := roster
		opt.MaxSize = tt.max
		rd := NewReader(strings.NewReader(file), opt)
		var last error
		rows := 0
		for _, err := range rd.All() {
			if err != nil {
				last = err
			} else {
				rows++
			}
		}
		var pe *problem.Error
		switch {
		case tt.tooLarge && (!rd.TooLarge() || !errors.As(last, &pe) || pe.Code != "input.too_large" || pe.Field != ""):
			t.Errorf("cap %d: last %v", tt.max, last)
		case !tt.tooLarge && (rd.TooLarge() || last != nil || rows != 100):
			t.Errorf("cap %d: %d rows, %v", tt.max, rows, last)
		}
	}
	// The message names the cap.
	opt := roster
	opt.MaxSize = 2 << 20
	for _, err := range NewReader(io.LimitReader(zeros{}, 3<<20), opt).All() {
		if err == nil || !strings.Contains(err.(*problem.Error).Message(problem.English), "larger than 2 MiB") {
			t.Errorf("%v", err)
		}
	}
}

// A row over the row cap ends the reading with a problem at its line; an
// input over the size cap is refused as a whole even when a row of it is
// too long.
func TestRowCap(t *testing.T) {
	opt := roster
	opt.MaxRowSize = 100
	in := "nik,name,group\n1,A,head\n2,\"" + strings.Repeat("x", 3*bufferSize) + "\",bpd\n3,C,bpd\n"
	rows, probs := read(t, in, opt)
	if !slices.Equal(rows, []string{"2: 1|A|head|-|-"}) || !slices.Equal(probs, []string{"line[3] csv.row_too_large"}) {
		t.Errorf("rows %v, problems %v", rows, probs)
	}
	// A row at the cap is read.
	opt.MaxRowSize = 4 * bufferSize
	if rows, probs := read(t, in, opt); len(rows) != 3 || len(probs) != 0 {
		t.Errorf("rows %v, problems %v", rows, probs)
	}
	opt.MaxRowSize, opt.MaxSize = 100, int64(len(in))-1
	if _, probs := read(t, in, opt); !slices.Equal(probs, []string{" input.too_large"}) {
		t.Errorf("problems %v", probs)
	}
}

// An error of the underlying reader is handed on as it is, not as a
// problem, and ends the reading.
func TestReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	for name, r := range map[string]io.Reader{
		"at once":    iotest.ErrReader(boom),
		"after rows": io.MultiReader(strings.NewReader("nik,name,group\n1,A,head\n"+strings.Repeat("2,B,bpd\n", 4000)), iotest.ErrReader(boom)),
	} {
		var last error
		n := 0
		for _, err := range NewReader(r, roster).All() {
			n++
			last = err
		}
		if !errors.Is(last, boom) || errors.As(last, new(*problem.Error)) {
			t.Errorf("%s: last of %d is %v", name, n, last)
		}
	}
}

func TestStopEarly(t *testing.T) {
	n := 0
	for range NewReader(strings.NewReader("nik,name,group\n1,A,head\n2,B,bpd\n"), roster).All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%d rows after break", n)
	}
}

func TestRowAccessors(t *testing.T) {
	for row, err := range NewReader(strings.NewReader("group;nik;name\n  ;;\nbpd;1;A\n"), Options{Columns: roster.Columns}).All() {
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Collect(row.Columns()); !slices.Equal(got, []int{2, 0, 1}) {
			t.Errorf("Columns = %v", got)
		}
		if row.Line() == 2 && !row.Blank() || row.Line() == 3 && row.Blank() {
			t.Errorf("line %d: Blank = %v", row.Line(), row.Blank())
		}
		if got := row.Field(3); got != fmt.Sprintf("line[%d].from", row.Line()) {
			t.Errorf("Field = %q", got)
		}
	}
	if Field(7, "amount") != "line[7].amount" || Field(7, "") != "line[7]" {
		t.Error("Field")
	}
}

// zeros reads as an endless run of '0' bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}

// Read keeps the values of good rows and every problem, in the order of the
// file; an input over the cap gives only its problem; an error of the
// reader comes back as it is.
func TestRead(t *testing.T) {
	parse := func(row Row, probs *problem.List) (string, bool) {
		if row.Get(0) == "bad" {
			probs.Add(problem.New(errTest, "x.bad", row.Field(0), "", "buruk", "bad"))
			return "", false
		}
		return row.Get(1), true
	}
	got, err := Read(strings.NewReader("nik,name,group\n1,A,head\nbad,B,bpd\n2,C\xff,bpd\n3,D\n4,E,bpd\n"), roster, parse)
	var l problem.List
	errors.As(err, &l)
	var codes []string
	for _, p := range l {
		codes = append(codes, p.Field+" "+string(p.Code))
	}
	if !slices.Equal(got, []string{"A", "E"}) || !slices.Equal(codes, []string{"line[3].nik x.bad", "line[4].name csv.utf8", "line[5] csv.field_count"}) {
		t.Errorf("values %q, problems %q", got, codes)
	}
	opt := roster
	opt.MaxSize = 20
	got, err = Read(strings.NewReader("nik,name,group\n1,A,head\n2,B,bpd\n"), opt, parse)
	if l, ok := err.(problem.List); got != nil || !ok || len(l) != 1 || l[0].Code != "input.too_large" {
		t.Errorf("values %q, %v", got, err)
	}
	boom := errors.New("disk on fire")
	if got, err := Read(iotest.ErrReader(boom), roster, parse); got != nil || err != boom {
		t.Errorf("values %q, %v", got, err)
	}
}
