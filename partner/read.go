package partner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/internal/tabular"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
)

// The columns of an activity file, by their English names (which are also
// the JSON field names) and their Indonesian aliases.
var columns = []tabular.Column{
	colKind:        {Name: "kind", Aliases: []string{"jenis"}, Required: true},
	colDate:        {Name: "date", Aliases: []string{"tanggal"}, Required: true},
	colPartner:     {Name: "partner", Aliases: []string{"mitra"}, Required: true},
	colVillage:     {Name: "village", Aliases: []string{"desa"}, Required: true},
	colParticipant: {Name: "participant", Aliases: []string{"peserta", "nik"}},
	colAttendance:  {Name: "attendance", Aliases: []string{"hadir"}},
	colAmount:      {Name: "amount", Aliases: []string{"jumlah", "iuran"}},
	colMonth:       {Name: "month", Aliases: []string{"bulan"}},
}

// The index of each column in columns.
const (
	colKind = iota
	colDate
	colPartner
	colVillage
	colParticipant
	colAttendance
	colAmount
	colMonth
)

// csvOptions describe an activity file to the tabular reader: its problems
// have the reader's default codes.
var csvOptions = tabular.Options{
	Columns:      columns,
	StrictHeader: true,
	MaxSize:      MaxInputSize,
	Sentinel:     ErrMalformedInput,
}

// MaxInputSize is the largest document ReadActivitiesCSV,
// ReadActivitiesJSON and DecodeNetwork accept: 32 MiB, some hundred
// thousand activities. A larger one is an error with code "input.too_large".
const MaxInputSize = 32 << 20

// readInput reads all of r, up to MaxInputSize. An error from r is returned
// wrapped, naming what was being read.
func readInput(r io.Reader, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		return nil, fmt.Errorf("partner: reading %s: %w", what, err)
	}
	if len(data) > MaxInputSize {
		return nil, problem.List{malformed("input.too_large", "",
			fmt.Sprintf("dokumen lebih besar dari %d MiB", MaxInputSize>>20),
			fmt.Sprintf("the document is larger than %d MiB", MaxInputSize>>20))}
	}
	return data, nil
}

// ReadActivitiesCSV reads activities from a CSV file whose first row names
// its columns, in any order:
//
//	kind,date,partner,village,participant,attendance,amount,month
//	SOCIALISATION,2026-01-12,BHB-01,32.16.01.2001,,45,,
//	REFERRAL,2026-01-12,BHB-01,32.16.01.2001,3216011708900001,,,
//	COLLECTION,2026-02-03,AG-01,32.16.01.2001,3216011708900001,,Rp16.800,2026-02
//
// kind, date, partner and village are required columns; the others may be
// left out. Column names may also be Indonesian (jenis, tanggal, mitra, desa,
// peserta or nik, hadir, jumlah or iuran, bulan), in any case. The separator
// is "," or ";" (the one the header row uses more); the file is UTF-8, with
// or without a byte order mark; blank lines are skipped. Values:
//
//   - kind: a code as [ParseKind] reads it;
//   - date: "2026-01-12" or "12/01/2026" (day first);
//   - village: an area code, dotted or compact;
//   - participant: a 16-digit NIK (placeholders are read, and rejected
//     later by [Activity.Check]);
//   - attendance: a whole number;
//   - amount: rupiah as rupiah.Parse reads them, "16800" or "Rp16.800";
//   - month: "2026-02" or "02/2026".
//
// Every good row becomes an activity whose Line is its line in the file;
// every bad row is reported, with all of its problems, in a problem.List
// whose fields name the line and column ("line[7].amount"). The good
// activities are returned even when some rows are bad, so that nothing
// readable is lost. A missing header (csv.not_header, csv.empty) or an
// unknown, repeated or missing column is an error for the whole file, and
// so is a file over MaxInputSize (input.too_large); a line over 64 KiB
// (csv.row_too_large) ends the reading. An error from r itself is returned
// wrapped.
func ReadActivitiesCSV(r io.Reader) ([]Activity, error) {
	acts, err := tabular.Read(r, csvOptions, func(row tabular.Row, probs *problem.List) (Activity, bool) {
		a, err := parseRow(row)
		probs.Add(err)
		return a, err == nil
	})
	if err != nil && !errors.As(err, new(problem.List)) {
		return nil, fmt.Errorf("partner: reading activities: %w", err)
	}
	return acts, err
}

// parseRow reads the activity of one row, reporting every field it cannot
// read. The date comes first: a NIK is read against it.
func parseRow(row tabular.Row) (Activity, error) {
	a := Activity{Line: row.Line()}
	var l problem.List
	l.Add(setField(&a, colDate, strings.TrimSpace(row.Get(colDate)), row.Line()))
	for c := range row.Columns() {
		if c != colDate {
			l.Add(setField(&a, c, strings.TrimSpace(row.Get(c)), row.Line()))
		}
	}
	if err := l.Err(); err != nil {
		return Activity{}, err
	}
	return a, nil
}

// setField reads one text value into the activity's field col (an index
// in columns). Empty text
// leaves the field zero, for Activity.Check to judge.
func setField(a *Activity, col int, v string, line int) error {
	if v == "" {
		return nil
	}
	var err error
	switch col {
	case colKind:
		a.Kind, err = ParseKind(v)
	case colDate:
		a.Date, err = parseDay(v)
	case colPartner:
		a.Partner = v
	case colVillage:
		a.Village, err = region.Parse(v)
	case colParticipant:
		a.Participant, err = membership.ParseNIK(v, membership.NIKOptions{Reference: a.Date, AllowPlaceholder: true})
	case colAttendance:
		a.Attendance, err = strconv.Atoi(v)
		if err != nil {
			err = problem.New(ErrMalformedInput, "csv.number", "", problem.Clip(v),
				"harus bilangan bulat", "must be a whole number")
		}
	case colAmount:
		a.Amount, err = rupiah.Parse(v)
	case colMonth:
		a.Month, err = regulation.ParseMonth(v)
	}
	return relabel(err, tabular.Field(line, columns[col].Name))
}

// parseDay reads "2026-01-12" or the day-first "12/01/2026".
func parseDay(s string) (regulation.Date, error) {
	if d, m, ok := strings.Cut(s, "/"); ok {
		m, y, ok := strings.Cut(m, "/")
		dd, e1 := strconv.Atoi(d)
		mm, e2 := strconv.Atoi(m)
		yy, e3 := strconv.Atoi(y)
		if ok && len(y) == 4 && e1 == nil && e2 == nil && e3 == nil {
			return regulation.NewDate(yy, time.Month(mm), dd)
		}
	}
	return regulation.ParseDate(s)
}

// ReadActivitiesJSON reads activities from a JSON array of objects with the
// fields of [Activity]:
//
//	[{"kind": "REFERRAL", "date": "2026-01-12", "partner": "BHB-01",
//	  "village": "32.16.01.2001", "participant": "3216011708900001"},
//	 {"kind": "COLLECTION", "date": "2026-02-03", "partner": "AG-01",
//	  "village": "32.16.01.2001", "participant": "3216011708900001",
//	  "amount": "16800", "month": "2026-02"}]
//
// Fields are read strictly: an unknown or repeated field and a value of the
// wrong type are problems. A "line" field is ignored: each activity's Line
// is set to the line its object starts on. A leading byte order mark is
// ignored.
//
// As with [ReadActivitiesCSV], the good activities are returned together
// with a problem.List of the bad ones, each field named by its line
// ("line[12].village"). A document that is not a JSON array, or breaks off, is
// reported at the line where reading stopped, with the activities read
// before it.
func ReadActivitiesJSON(r io.Reader) ([]Activity, error) {
	data, err := readInput(r, "activities")
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	lines := jsonerr.NewLines(data)
	o := jsonerr.Options{Sentinel: ErrMalformedInput, Data: data}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		o.Codes = map[jsonerr.Fault]problem.Code{jsonerr.Type: "json.array"}
		return nil, problem.List{jsonerr.New(o, jsonerr.Type, tabular.Field(lines.At(dec.InputOffset()), ""), "",
			"dokumen harus berupa larik JSON berisi kegiatan", "the document must be a JSON array of activities")}
	}
	var acts []Activity
	var probs problem.List
	for dec.More() {
		start := lines.At(skipSpace(data, dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			o.Offset = dec.InputOffset()
			probs.Add(jsonerr.Problem(err, o))
			return acts, probs
		}
		a, err := decodeActivity(raw, start)
		if err != nil {
			probs.Add(err)
			continue
		}
		acts = append(acts, a)
	}
	if _, err := dec.Token(); err != nil {
		o.Offset = dec.InputOffset()
		probs.Add(jsonerr.Problem(err, o))
		return acts, probs
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		probs.Add(jsonerr.TrailingData(o, dec.InputOffset()))
	}
	return acts, probs.Err()
}

// decodeActivity decodes one JSON object, reporting every field at fault.
func decodeActivity(raw json.RawMessage, line int) (Activity, error) {
	a := Activity{Line: line}
	o := jsonerr.Options{Sentinel: ErrMalformedInput, At: tabular.Field(line, "")}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		return Activity{}, jsonerr.New(o, jsonerr.Type, o.At, "", "kegiatan harus berupa objek JSON", "an activity must be a JSON object")
	}
	var l problem.List
	values := make([]json.RawMessage, len(columns))
	var order []int
	for dec.More() {
		tok, _ := dec.Token() // raw is valid JSON, so this is a key
		key, _ := tok.(string)
		var val json.RawMessage
		_ = dec.Decode(&val)
		c := tabular.Index(columns, key)
		switch {
		case key == "line":
		case c < 0 || columns[c].Name != key:
			l.Add(jsonerr.Unknown(o, key))
		case values[c] != nil:
			l.Add(jsonerr.Repeated(o, key))
		default:
			values[c] = val
			order = append(order, c)
		}
	}
	if v := values[colDate]; v != nil {
		l.Add(decodeField(&a, colDate, v, line))
	}
	for _, c := range order {
		if c != colDate {
			l.Add(decodeField(&a, c, values[c], line))
		}
	}
	if err := l.Err(); err != nil {
		return Activity{}, err
	}
	return a, nil
}

// decodeField decodes one JSON value into the activity's field col (an
// index in columns). A JSON null leaves the field zero.
func decodeField(a *Activity, col int, v json.RawMessage, line int) error {
	if string(v) == "null" {
		return nil
	}
	o := jsonerr.Options{Sentinel: ErrMalformedInput}
	field := tabular.Field(line, columns[col].Name)
	// The value as given, for a message: a participant's is a NIK.
	given := problem.Clip(string(v))
	if col == colParticipant {
		given = problem.MaskInput(string(v), 4)
	}
	wrongType := func(id, en string) error {
		return jsonerr.New(o, jsonerr.Type, field, given, id, en)
	}
	switch col {
	case colAttendance:
		if err := json.Unmarshal(v, &a.Attendance); err != nil {
			return wrongType("harus bilangan bulat", "must be a whole number")
		}
		return nil
	case colAmount:
		var d decimal.Decimal
		if err := d.UnmarshalJSON(v); err != nil {
			return wrongType("harus angka atau teks angka, \"16800\"", "must be a number or a numeric string, \"16800\"")
		}
		a.Amount = d
		return nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return wrongType("nilai harus berupa teks", "the value must be a string")
	}
	return setField(a, col, strings.TrimSpace(s), line)
}

// skipSpace returns the offset of the first byte at or after off that is
// neither JSON white space nor a comma.
func skipSpace(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// relabel returns err with the field of every problem in it set to field;
// an error that is not a problem becomes one wrapping ErrMalformedInput.
func relabel(err error, field string) error {
	if err == nil {
		return nil
	}
	var in problem.List
	in.Add(err)
	out := make(problem.List, len(in))
	for i, e := range in {
		c := *e
		c.Field = field
		if c.Code == "internal" {
			c.Err, c.Code = ErrMalformedInput, "input.value"
		}
		out[i] = &c
	}
	return out
}
