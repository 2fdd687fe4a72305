package partner

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
)

// The columns of an activity file, by their English names (which are also
// the JSON field names) and their Indonesian aliases.
var columns = map[string]string{
	"kind": "kind", "jenis": "kind",
	"date": "date", "tanggal": "date",
	"partner": "partner", "mitra": "partner",
	"village": "village", "desa": "village",
	"participant": "participant", "peserta": "participant", "nik": "participant",
	"attendance": "attendance", "hadir": "attendance",
	"amount": "amount", "jumlah": "amount", "iuran": "amount",
	"month": "month", "bulan": "month",
}

var requiredColumns = []string{"kind", "date", "partner", "village"}

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
// readable is lost. A missing header or an unknown or repeated column is an
// error for the whole file. An error from r itself is returned wrapped.
func ReadActivitiesCSV(r io.Reader) ([]Activity, error) {
	data, err := readInput(r, "activities")
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	var (
		acts  []Activity
		probs problem.List
		cols  []string // column position → field name
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, fmt.Errorf("partner: reading activities: %w", err)
			}
			probs.Add(malformed("csv.syntax", lineField(pe.StartLine, ""),
				"baris CSV tidak sah: "+pe.Err.Error(), "malformed CSV row: "+pe.Err.Error()))
			if cols == nil {
				return nil, probs
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if cols == nil {
			if cols, err = header(rec, line); err != nil {
				return nil, err
			}
			continue
		}
		if len(rec) != len(cols) {
			probs.Add(malformed("csv.field_count", lineField(line, ""),
				fmt.Sprintf("baris berisi %d kolom, judul berisi %d", len(rec), len(cols)),
				fmt.Sprintf("the row has %d fields, the header %d", len(rec), len(cols))))
			continue
		}
		a, err := parseRow(rec, cols, line)
		if err != nil {
			probs.Add(err)
			continue
		}
		acts = append(acts, a)
	}
	if cols == nil {
		return nil, problem.List{malformed("csv.empty", lineField(1, ""), "berkas tidak berisi baris judul", "the file has no header row")}
	}
	return acts, probs.Err()
}

// separator returns ';' when the first non-blank line has more semicolons
// than commas, and ',' otherwise.
func separator(data []byte) rune {
	for line := range bytes.Lines(data) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if bytes.Count(line, []byte(";")) > bytes.Count(line, []byte(",")) {
			return ';'
		}
		return ','
	}
	return ','
}

func header(rec []string, line int) ([]string, error) {
	var l problem.List
	cols := make([]string, len(rec))
	seen := make(map[string]bool)
	for i, name := range rec {
		key := strings.ToLower(strings.TrimSpace(name))
		col, ok := columns[key]
		switch {
		case !ok:
			l.Add(malformed("csv.unknown_column", lineField(line, problem.Clip(name)),
				"kolom tidak dikenal", "unknown column"))
		case seen[col]:
			l.Add(malformed("csv.duplicate_column", lineField(line, col),
				"kolom muncul lebih dari sekali", "the column appears more than once"))
		}
		seen[col] = true
		cols[i] = col
	}
	for _, c := range requiredColumns {
		if !seen[c] {
			l.Add(malformed("csv.missing_column", lineField(line, c), "kolom wajib tidak ada", "a required column is missing"))
		}
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	return cols, nil
}

func parseRow(rec, cols []string, line int) (Activity, error) {
	a := Activity{Line: line}
	var l problem.List
	// The date comes first: a NIK is read against it.
	for i, col := range cols {
		if col == "date" {
			l.Add(setField(&a, col, strings.TrimSpace(rec[i]), line))
		}
	}
	for i, col := range cols {
		v := strings.TrimSpace(rec[i])
		switch {
		case col == "date":
		case !utf8.ValidString(v):
			l.Add(malformed("csv.utf8", lineField(line, col), "teks bukan UTF-8 yang sah", "the text is not valid UTF-8"))
		default:
			l.Add(setField(&a, col, v, line))
		}
	}
	if err := l.Err(); err != nil {
		return Activity{}, err
	}
	return a, nil
}

// setField reads one text value into the activity's field col. Empty text
// leaves the field zero, for Activity.Check to judge.
func setField(a *Activity, col, v string, line int) error {
	if v == "" {
		return nil
	}
	var err error
	switch col {
	case "kind":
		a.Kind, err = ParseKind(v)
	case "date":
		a.Date, err = parseDay(v)
	case "partner":
		a.Partner = v
	case "village":
		a.Village, err = region.Parse(v)
	case "participant":
		a.Participant, err = membership.ParseNIK(v, membership.NIKOptions{Reference: a.Date, AllowPlaceholder: true})
	case "attendance":
		a.Attendance, err = strconv.Atoi(v)
		if err != nil {
			err = problem.New(ErrMalformedInput, "csv.number", "", problem.Clip(v),
				"jumlah hadir harus bilangan bulat", "the attendance must be a whole number")
		}
	case "amount":
		a.Amount, err = rupiah.Parse(v)
	case "month":
		a.Month, err = regulation.ParseMonth(v)
	}
	return relabel(err, lineField(line, col))
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
	lines := lineCounter{data: data, line: 1}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, problem.List{malformed("json.array", lineField(lines.at(int(dec.InputOffset())), ""),
			"dokumen harus berupa larik JSON berisi kegiatan", "the document must be a JSON array of activities")}
	}
	var acts []Activity
	var probs problem.List
	for dec.More() {
		start := lines.at(skipSpace(data, int(dec.InputOffset())))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			probs.Add(malformed("json.syntax", lineField(start, ""), "JSON tidak sah: "+jsonerr.Reason(err), "malformed JSON: "+jsonerr.Reason(err)))
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
		probs.Add(malformed("json.syntax", lineField(lines.at(int(dec.InputOffset())), ""),
			"larik JSON tidak ditutup", "the JSON array is not closed"))
		return acts, probs
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		probs.Add(malformed("json.trailing", lineField(lines.at(int(dec.InputOffset())), ""),
			"ada data lain setelah larik", "there is more data after the array"))
	}
	return acts, probs.Err()
}

// decodeActivity decodes one JSON object, reporting every field at fault.
func decodeActivity(raw json.RawMessage, line int) (Activity, error) {
	a := Activity{Line: line}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		return Activity{}, malformed("json.type", lineField(line, ""), "kegiatan harus berupa objek JSON", "an activity must be a JSON object")
	}
	var l problem.List
	seen := make(map[string]bool)
	values := make(map[string]json.RawMessage)
	var order []string
	for dec.More() {
		tok, _ := dec.Token() // raw is valid JSON, so this is a key
		key, _ := tok.(string)
		var val json.RawMessage
		_ = dec.Decode(&val)
		_, known := columns[key]
		switch {
		case key == "line":
		case !known || columns[key] != key:
			l.Add(malformed("json.unknown_field", lineField(line, problem.Clip(key)), "kolom tidak dikenal", "unknown field"))
		case seen[key]:
			l.Add(malformed("json.duplicate_field", lineField(line, key), "kolom muncul lebih dari sekali", "the field appears more than once"))
		default:
			seen[key] = true
			values[key] = val
			order = append(order, key)
		}
	}
	if v, ok := values["date"]; ok {
		l.Add(decodeField(&a, "date", v, line))
	}
	for _, key := range order {
		if key != "date" {
			l.Add(decodeField(&a, key, values[key], line))
		}
	}
	if err := l.Err(); err != nil {
		return Activity{}, err
	}
	return a, nil
}

// decodeField decodes one JSON value into the activity's field key. A JSON
// null leaves the field zero.
func decodeField(a *Activity, key string, v json.RawMessage, line int) error {
	if string(v) == "null" {
		return nil
	}
	field := lineField(line, key)
	// The value as given, for a message: a participant's is a NIK.
	given := problem.Clip(string(v))
	if key == "participant" {
		given = problem.MaskInput(string(v), 4)
	}
	wrongType := func(id, en string) error {
		return problem.New(ErrMalformedInput, "json.type", field, given, id, en)
	}
	switch key {
	case "attendance":
		if err := json.Unmarshal(v, &a.Attendance); err != nil {
			return wrongType("jumlah hadir harus bilangan bulat", "the attendance must be a whole number")
		}
		return nil
	case "amount":
		var d decimal.Decimal
		if err := d.UnmarshalJSON(v); err != nil {
			return wrongType("jumlah harus angka atau teks angka, \"16800\"", "the amount must be a number or a numeric string, \"16800\"")
		}
		a.Amount = d
		return nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return wrongType("nilai harus berupa teks", "the value must be a string")
	}
	return setField(a, key, strings.TrimSpace(s), line)
}

// lineCounter maps byte offsets to line numbers, for offsets asked in
// increasing order.
type lineCounter struct {
	data []byte
	pos  int
	line int
}

func (c *lineCounter) at(off int) int {
	off = min(off, len(c.data))
	if off > c.pos {
		c.line += bytes.Count(c.data[c.pos:off], []byte("\n"))
		c.pos = off
	}
	return c.line
}

// skipSpace returns the offset of the first byte at or after off that is
// neither JSON white space nor a comma.
func skipSpace(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// lineField names a line of an input, and a field of it if field is not
// empty, as a field path: "line[7]", "line[7].amount".
func lineField(line int, field string) string {
	return problem.Join("line["+strconv.Itoa(line)+"]", field)
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
