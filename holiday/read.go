package holiday

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// MaxFileSize is the largest calendar file [Read] accepts: 1 MiB, some
// thirty times the thirteen years shipped.
const MaxFileSize = 1 << 20

// Columns are the columns of a calendar file, in the order [Read] wants
// them on the header line.
var Columns = []string{"date", "kind", "name", "instrument", "confidence"}

// Read decodes a calendar file: UTF-8 CSV (an optional byte-order mark is
// skipped) with the header line date,kind,name,instrument,confidence and one
// listed day a line, as in the embedded holidays.csv:
//
//	2026-02-16,cuti_bersama,Cuti Bersama Tahun Baru Imlek 2577 Kongzili,"SKB 1497/2025, 2/2025, 5/2025 (2025-09-19)",[secondary]
//
// date is YYYY-MM-DD; kind is holiday or cuti_bersama; name and instrument
// (the decree) are required; confidence is text, secondary or unconfirmed,
// with or without brackets. The days are returned in the order of the file.
//
// Every problem is reported at once, wrapping [ErrInvalidFile], each naming
// the line and field ("line[3].date") and quoting the value: a malformed or
// impossible date, a date listed twice (the second line is at fault, its
// message names the first), an unknown kind, a missing name, decree or
// confidence, a wrong number of fields, a wrong header. The good days are
// returned with the problems, so a caller may show what was read. A file
// over [MaxFileSize] is refused whole; an error of r itself is returned
// wrapped.
func Read(r io.Reader) ([]Day, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("holiday: reading a calendar file: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, problem.List{bad("holiday.size", "", fmt.Sprintf("> %d bytes", MaxFileSize),
			"berkas kalender lebih dari 1 MiB", "the calendar file is over 1 MiB")}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	var (
		days   []Day
		l      problem.List
		header bool
		seen   = make(map[regulation.Date]int) // date → line
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, fmt.Errorf("holiday: reading a calendar file: %w", err)
			}
			l = append(l, bad("holiday.csv_syntax", lineField(pe.StartLine, ""), "",
				"baris CSV tidak sah: "+pe.Err.Error(), "malformed CSV row: "+pe.Err.Error()))
			if !header {
				return nil, l
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if !header {
			if !isHeader(rec) {
				return nil, problem.List{bad("holiday.header", lineField(line, ""), problem.Clip(strings.Join(rec, ",")),
					"baris judul harus date,kind,name,instrument,confidence",
					"the header line must be date,kind,name,instrument,confidence")}
			}
			header = true
			continue
		}
		if len(rec) != len(Columns) {
			l = append(l, bad("holiday.field_count", lineField(line, ""), fmt.Sprint(len(rec)),
				fmt.Sprintf("baris harus berisi %d kolom", len(Columns)), fmt.Sprintf("a line must have %d fields", len(Columns))))
			continue
		}
		d, err := parseLine(rec, line)
		if err != nil {
			l.Add(err)
			continue
		}
		if first, dup := seen[d.Date]; dup {
			l = append(l, bad("holiday.duplicate", lineField(line, "date"), d.Date.String(),
				fmt.Sprintf("sudah tercantum di baris %d", first),
				fmt.Sprintf("already listed on line %d", first)))
			continue
		}
		seen[d.Date] = line
		days = append(days, d)
	}
	if !header {
		return nil, problem.List{bad("holiday.header", lineField(1, ""), "",
			"berkas tidak berisi baris judul", "the file has no header line")}
	}
	if days == nil {
		days = []Day{}
	}
	return days, l.Err()
}

func isHeader(rec []string) bool {
	if len(rec) != len(Columns) {
		return false
	}
	for i, c := range Columns {
		if strings.ToLower(strings.TrimSpace(rec[i])) != c {
			return false
		}
	}
	return true
}

func parseLine(rec []string, line int) (Day, error) {
	var (
		l problem.List
		d Day
	)
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	date, err := regulation.ParseDate(rec[0])
	if err != nil {
		l = append(l, bad("holiday.date", lineField(line, "date"), problem.Clip(rec[0]),
			"harus berbentuk TTTT-BB-HH dan ada di kalender", "must be YYYY-MM-DD and exist in the calendar"))
	}
	d.Date = date
	kind, ok := parseKind(strings.ToLower(rec[1]))
	if !ok {
		l = append(l, bad("holiday.kind", lineField(line, "kind"), problem.Clip(rec[1]),
			"harus holiday atau cuti_bersama", "must be holiday or cuti_bersama"))
	}
	d.Kind = kind
	if d.Name = rec[2]; d.Name == "" {
		l = append(l, bad("holiday.name", lineField(line, "name"), "",
			"wajib diisi", "is required"))
	}
	if d.Citation.Instrument = rec[3]; d.Citation.Instrument == "" {
		l = append(l, bad("holiday.instrument", lineField(line, "instrument"), "",
			"keputusan yang menetapkan hari ini wajib diisi", "the decree that sets the day is required"))
	}
	conf := strings.TrimSuffix(strings.TrimPrefix(rec[4], "["), "]")
	if err := d.Citation.Confidence.UnmarshalText([]byte(conf)); err != nil {
		l = append(l, bad("holiday.confidence", lineField(line, "confidence"), problem.Clip(rec[4]),
			"tingkat keyakinan harus text, secondary atau unconfirmed", "the confidence must be text, secondary or unconfirmed"))
	}
	return d, l.Err()
}

func bad(code problem.Code, field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidFile, code, field, value, id, en)
}

func lineField(line int, col string) string {
	return problem.Join(fmt.Sprintf("line[%d]", line), col)
}
