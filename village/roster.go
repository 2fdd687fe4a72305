package village

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/internal/tabular"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// MaxRosterSize is the largest roster file ReadCSV and ReadJSON accept:
// 32 MiB, some hundred thousand lines.
const MaxRosterSize = 32 << 20

// columns are the fields of a roster, by their canonical name, with the
// other names a CSV header may use for them.
var columns = [...]tabular.Column{
	{Name: "nik", Required: true},
	{Name: "name", Aliases: []string{"nama"}, Required: true},
	{Name: "group", Aliases: []string{"kelompok"}, Required: true},
	{Name: "programs", Aliases: []string{"program"}},
	{Name: "wage", Aliases: []string{"siltap", "penghasilan", "upah"}},
	{Name: "from", Aliases: []string{"mulai", "bulan_mulai"}},
	{Name: "to", Aliases: []string{"sampai", "selesai", "bulan_akhir"}},
	{Name: "source", Aliases: []string{"sumber", "sumber_dana"}},
	{Name: "worker_share", Aliases: []string{"iuran_pekerja"}},
	{Name: "sector", Aliases: []string{"sektor"}},
	{Name: "rank", Aliases: []string{"peringkat", "prioritas"}},
}

// csvOptions describe a roster file to the tabular reader.
var csvOptions = tabular.Options{
	Columns:   columns[:],
	SkipBlank: true,
	MaxSize:   MaxRosterSize,
	Sentinel:  ErrMalformedRoster,
	Codes: map[tabular.Kind]problem.Code{
		tabular.Syntax: CodeCSV, tabular.FieldCount: CodeCSV, tabular.Empty: CodeCSV, tabular.TooLarge: CodeCSV,
		tabular.RowTooLarge: CodeCSV, tabular.NotUTF8: CodeCSV,
		tabular.UnknownColumn: CodeColumn, tabular.DuplicateColumn: CodeColumn, tabular.MissingColumn: CodeColumn,
		tabular.NotHeader: CodeColumn,
	},
}

// isMember reports whether name is the JSON name of a roster field.
func isMember(name string) bool {
	i := tabular.Index(columns[:], name)
	return i >= 0 && columns[i].Name == name
}

// cells are the fields of one roster row, by their index in columns.
type cells [len(columns)]cell

// The index of each field in columns.
const (
	colNIK = iota
	colName
	colGroup
	colPrograms
	colWage
	colFrom
	colTo
	colSource
	colWorkerShare
	colSector
	colRank
)

// ReadCSV reads a roster from CSV, as village spreadsheets export it:
// UTF-8 with or without a byte-order mark, fields separated by ";" or ","
// (whichever the header line uses more), quoted as RFC 4180 quotes them.
//
// The first line is a header naming the columns, in any order, in any
// letter case:
//
//	nik           required: the 16-digit NIK
//	name          required: the person's name (also "nama")
//	group         required: head, secretary, official, bpd, neighbourhood,
//	              community, cash_for_work, informal, or an Indonesian name
//	              such as kepala_desa, perangkat_desa, rt_rw, kader,
//	              padat_karya, pekerja_rentan (also "kelompok")
//	programs      "JKK+JKM+JHT"; empty for the group's (also "program")
//	wage          siltap or declared income, "2.426.640" or "Rp2.426.640"
//	              or "2426640"; empty for the group's (also "siltap",
//	              "penghasilan", "upah")
//	from, to      first and last month, "2026-01" or "01/2026"; empty for
//	              the whole fiscal year (also "mulai", "sampai")
//	source        dana_desa, add, pades, province_aid, regency_aid, apbd,
//	              csr, self or an alias; empty for the group's (also
//	              "sumber_dana")
//	worker_share  worker or employer, for officials (also "iuran_pekerja")
//	sector        TRANSPORT, AGRICULTURE, FISHERIES, TRADE (also "sektor")
//	rank          1, 2, ... for who is served first when money is short
//	              (also "peringkat")
//
// Only nik, name and group must be present. Blank lines are skipped.
//
// Every bad row is reported with its line number and field ("line[7].wage")
// in a problem.List, and every good row is returned along with it: a bad
// row never hides the good ones, and no row is dropped without a problem
// saying why. An unknown or repeated column is a problem of line 1; its
// cells are not read. A file over MaxRosterSize is refused whole, and a
// line over 64 KiB ends the reading.
func ReadCSV(r io.Reader) ([]Enrolment, error) {
	var c csvRows
	rows, err := tabular.ReadInto(r, csvOptions, c.parseInto)
	if err != nil && !errors.As(err, new(problem.List)) {
		return nil, unreadable(err)
	}
	return rows, err
}

// csvRows makes the enrolments of a CSV roster's rows.
type csvRows struct {
	wages decimals // wages repeat: one decimal each, not one a row
}

// parse makes the enrolment of row, adding its problems to errs, and
// reports whether it is one.
func (c *csvRows) parse(row tabular.Row, errs *problem.List) (Enrolment, bool) {
	var e Enrolment
	ok := c.parseInto(row, errs, &e)
	return e, ok
}

// parseInto is parse, making the enrolment in e, which it expects zero.
//
// It reads the cells first as views of the reader's line ([tabular.Row.View]),
// which cost nothing and which a well-formed row keeps nothing of but a
// copy of its name. A row with a problem is read again from cells that may
// be kept ([tabular.Row.Get]), since its problems quote them: the same
// parseFields, the same problems.
func (c *csvRows) parseInto(row tabular.Row, errs *problem.List, e *Enrolment) bool {
	var fields cells
	for col := range fields {
		if row.Has(col) {
			// Field by field: a cell literal copied in whole is read
			// back before its parts are written (a stall, on x86).
			f := &fields[col]
			if f.text = row.View(col); untrimmed(f.text) {
				f.text = strings.TrimSpace(f.text)
			}
			f.set, f.utf8, f.trimmed = true, true, true // the reader checked it
		}
	}
	at := place{"line", row.Line()}
	n0 := len(*errs)
	ok := parseInto(e, &fields, at, &c.wages, errs)
	if !ok {
		clear((*errs)[n0:])
		*errs = (*errs)[:n0]
		for col := range fields {
			fields[col].text = trim(row.Get(col))
		}
		*e = Enrolment{}
		ok = parseInto(e, &fields, at, &c.wages, errs)
	}
	e.Name = strings.Clone(e.Name) // its own string, not a piece of its line
	e.Line = row.Line()
	return ok
}

// unreadable is the problem of a file that cannot be read at all.
func unreadable(err error) error {
	return problem.New(ErrMalformedRoster, CodeCSV, "", "",
		"Berkas tidak dapat dibaca: "+err.Error(), "The file cannot be read: "+err.Error())
}

func readAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRosterSize+1))
	if err != nil {
		return nil, unreadable(err)
	}
	if len(data) > MaxRosterSize {
		return nil, problem.New(ErrMalformedRoster, CodeCSV, "", "",
			fmt.Sprintf("Berkas lebih besar dari %d MiB.", MaxRosterSize>>20),
			fmt.Sprintf("The file is larger than %d MiB.", MaxRosterSize>>20))
	}
	return data, nil
}

// cleanValue makes a cell fit to appear in a message: what is not valid
// UTF-8 replaced, any number that may be a NIK or a mobile number in the
// wrong column (ten digits written together, or a NIK written in groups)
// masked, and the whole cut to n characters.
func cleanValue(s string, n int) string {
	s = problem.MaskDigits(strings.ToValidUTF8(s, "\uFFFD"), 10)
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n]) + "…"
	}
	return s
}

// ReadJSON reads a roster from JSON: an array of objects whose members are
// named as the JSON encoding of [Enrolment] names them (nik, name, group,
// programs, wage, from, to, source, worker_share, sector, rank). Values are
// strings; wage and rank may also be numbers; null is the same as absent.
//
// Each element is read on its own. An element with a member this package
// does not know, a member given twice, a value of the wrong type or a value
// its field rejects is reported with its position in the array and its
// field ("roster[12].wage") and left out; every good element is returned
// along with the problems, with Line set to the line where it starts (so
// that a plan's messages can point into the file). Malformed JSON stops
// the reading at that point, with the elements read so far returned; its
// problem's field names the line where reading stopped ("line[3]").
func ReadJSON(r io.Reader) ([]Enrolment, error) {
	data, err := readAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if out, errs, ok := readJSONPlain(data); ok {
		return out, errs.Err()
	}
	return readJSONDecoder(data)
}

// readJSONDecoder reads a roster as ReadJSON does, with encoding/json: a
// document that is not plain to readJSONPlain, whose problems it says.
func readJSONDecoder(data []byte) ([]Enrolment, error) {
	var errs problem.List
	var wages decimals // wages repeat: one decimal each, not one an enrolment
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a number where the array belongs is not read as float64
	lines := jsonerr.NewLines(data)
	o := jsonOptions
	o.Data = data
	jsonErr := func(err error) {
		o.Offset = dec.InputOffset()
		errs.Add(jsonerr.Problem(err, o))
	}
	tok, err := dec.Token()
	if err != nil {
		jsonErr(err)
		return nil, errs.Err()
	}
	if tok != json.Delim('[') {
		errs.Add(jsonerr.New(o, jsonerr.Type, "", "",
			"Roster JSON harus berupa larik (array) objek.", "A JSON roster must be an array of objects."))
		return nil, errs.Err()
	}
	var out []Enrolment
	for i := 0; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			jsonErr(err)
			return out, errs.Err()
		}
		line := lines.At(dec.InputOffset() - int64(len(raw)))
		at := place{"roster", i}
		fields, ok := jsonFields(raw, at.String(), &errs)
		if !ok {
			continue
		}
		if e, ok := parseFields(fields, at, &wages, &errs); ok {
			e.Line = line
			out = append(out, e)
		}
	}
	if _, err := dec.Token(); err != nil {
		jsonErr(err)
		return out, errs.Err()
	}
	if _, err := dec.Token(); err != io.EOF {
		errs.Add(jsonerr.TrailingData(o, dec.InputOffset()))
	}
	return out, errs.Err()
}

// jsonOptions name the problems of a JSON roster: all are CodeJSON but an
// unknown member's.
var jsonOptions = jsonerr.Options{
	Sentinel: ErrMalformedRoster,
	Codes: map[jsonerr.Fault]problem.Code{
		jsonerr.Syntax: CodeJSON, jsonerr.Empty: CodeJSON, jsonerr.Trailing: CodeJSON, jsonerr.Type: CodeJSON,
		jsonerr.UnknownField: CodeUnknownField, jsonerr.DuplicateField: CodeJSON, jsonerr.TooLarge: CodeJSON,
		jsonerr.Value: CodeJSON,
	},
}

// jsonFields reads one roster element into its fields as text, reporting
// what is not an object, unknown or repeated members and wrong types.
func jsonFields(raw json.RawMessage, at string, errs *problem.List) (*cells, bool) {
	o := jsonOptions
	o.At = at
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if tok, _ := dec.Token(); tok != json.Delim('{') {
		errs.Add(jsonerr.New(o, jsonerr.Type, at, "",
			"Setiap anggota roster harus berupa objek JSON.", "Each roster element must be a JSON object."))
		return nil, false
	}
	var fields cells
	n0 := len(*errs)
	for dec.More() {
		tok, _ := dec.Token() // raw is valid JSON: this is a key
		name, _ := tok.(string)
		var v any
		_ = dec.Decode(&v)
		field := problem.Join(at, name)
		if !isMember(name) {
			errs.Add(jsonerr.New(o, jsonerr.UnknownField, field, "", "Kolom tidak dikenal.", "Unknown field."))
			continue
		}
		col := tabular.Index(columns[:], name)
		if fields[col].set {
			errs.Add(jsonerr.New(o, jsonerr.DuplicateField, field, "",
				"Kolom muncul lebih dari sekali.", "The field appears more than once."))
			continue
		}
		switch x := v.(type) {
		case nil:
			fields[col] = cell{set: true}
		case string:
			fields[col] = cell{text: x, set: true}
		case json.Number:
			if name != "wage" && name != "rank" {
				errs.Add(wrongType(o, field, cleanValue(x.String(), 40)))
				continue
			}
			fields[col] = cell{text: x.String(), number: true, set: true}
		default:
			errs.Add(wrongType(o, field, jsonKind(x)))
		}
	}
	return &fields, len(*errs) == n0
}

// wrongType reports a member whose value has the wrong JSON type; value is
// the value as given (a number, with any long run of digits masked) or its
// kind.
func wrongType(o jsonerr.Options, field, value string) error {
	return jsonerr.New(o, jsonerr.Type, field, value,
		"Jenis nilai salah: seharusnya string JSON.", "Wrong type: a JSON string is expected.")
}

// jsonKind names the kind of a decoded JSON value that is neither a
// string, a number nor null: "true", "false", "{…}" or "[…]".
func jsonKind(v any) string {
	switch x := v.(type) {
	case bool:
		return fmt.Sprint(x)
	case []any:
		return "[…]"
	}
	return "{…}"
}

// plainAmount is an amount written as a plain decimal with a point, as
// spreadsheets in English locales export it: "2426640.00".
var plainAmount = regexp.MustCompile(`^[0-9]+\.[0-9]{1,2}$`)

// plainNumber is a JSON number without an exponent and of sane length.
var plainNumber = regexp.MustCompile(`^-?[0-9]{1,18}(\.[0-9]{1,18})?$`)

// cell is one field of a roster row as read: its text, whether it was a
// JSON number, whether it was given at all, whether its text is known to
// be UTF-8 (the tabular reader checks every cell it gives), and whether it
// is known to be UTF-8 and trimmed already.
type cell struct {
	text    string
	number  bool
	set     bool
	utf8    bool
	trimmed bool
}

// place is where a roster element is, for the fields of its problems:
// line 7 of a file ("line[7]") or element 3 of a JSON array ("roster[3]").
// Its text is made only when a problem needs it.
type place struct {
	kind string
	n    int
}

func (p place) String() string { return p.kind + "[" + strconv.Itoa(p.n) + "]" }

// fieldError adds err, a problem of field name, to errs under at; a value
// it quotes is cleaned unless it is the NIK's, which the NIK's own problems
// mask.
func fieldError(errs *problem.List, at place, name string, err error) {
	var l problem.List
	l.Add(err)
	for _, pe := range l {
		c := *pe
		c.Field = problem.Join(at.String(), name)
		if name != "nik" {
			c.Value = cleanValue(c.Value, 40)
		}
		errs.Add(&c)
	}
}

// parseFields builds an enrolment from its fields as text, reporting every
// field it cannot read under at. It allocates nothing for a well-formed
// row but the values it keeps.
func parseFields(f *cells, at place, wages *decimals, errs *problem.List) (Enrolment, bool) {
	var e Enrolment
	ok := parseInto(&e, f, at, wages, errs)
	return e, ok
}

// parseInto is parseFields, into e, which it expects zero: a roster
// row's enrolment is made in place, not copied out of it.
func parseInto(e *Enrolment, f *cells, at place, wages *decimals, errs *problem.List) bool {
	n0 := len(*errs)
	if v := f.text(colNIK, at, errs); v == "" {
		fieldError(errs, at, "nik", problem.New(ErrInvalidEnrolment, CodeRequired, "", "", "Wajib diisi.", "Required."))
	} else if n, err := membership.ParseNIK(v, membership.NIKOptions{}); err != nil {
		fieldError(errs, at, "nik", err)
	} else {
		e.NIK = n
	}
	e.Name = normalName(f.text(colName, at, errs))
	if e.Name == "" {
		fieldError(errs, at, "name", problem.New(ErrInvalidEnrolment, CodeRequired, "", "", "Wajib diisi.", "Required."))
	}
	if v := f.text(colGroup, at, errs); v == "" {
		fieldError(errs, at, "group", problem.New(ErrUnknownGroup, CodeUnknownGroup, "", "", "Wajib diisi.", "Required."))
	} else if g, err := ParseGroup(v); err != nil {
		fieldError(errs, at, "group", err)
	} else {
		e.Group = g
	}
	if v := f.text(colPrograms, at, errs); v != "" {
		if ps, err := membership.ParseProgramSet(v); err != nil {
			fieldError(errs, at, "programs", err)
		} else {
			e.Programs = ps
		}
	}
	if v := f.text(colWage, at, errs); v != "" {
		if w, err := parseAmount(v, f[colWage].number, wages); err != nil {
			fieldError(errs, at, "wage", err)
		} else {
			e.Wage = w
		}
	}
	e.From = parseMonth(f, colFrom, at, errs)
	e.To = parseMonth(f, colTo, at, errs)
	if v := f.text(colSource, at, errs); v != "" {
		if src, err := ParseSource(v); err != nil {
			fieldError(errs, at, "source", err)
		} else {
			e.Source = src
		}
	}
	if v := f.text(colWorkerShare, at, errs); v != "" {
		if w, err := ParseWorkerShare(v); err != nil {
			fieldError(errs, at, "worker_share", err)
		} else {
			e.WorkerShare = w
		}
	}
	if v := f.text(colSector, at, errs); v != "" {
		var s contribution.Sector
		if err := s.UnmarshalText([]byte(v)); err != nil {
			fieldError(errs, at, "sector", err)
		} else {
			e.Sector = s
		}
	}
	if v := f.text(colRank, at, errs); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			fieldError(errs, at, "rank", problem.New(ErrInvalidEnrolment, CodeRank, "", cleanValue(v, 20),
				"Harus bilangan bulat 0 atau lebih.", "Must be a whole number, 0 or more."))
		} else {
			e.Rank = n
		}
	}
	return len(*errs) == n0
}

// text returns field col trimmed, or "" with a problem when it is not
// UTF-8.
func (f *cells) text(col int, at place, errs *problem.List) string {
	if f[col].trimmed {
		return f[col].text
	}
	return f.checkedText(col, at, errs)
}

// checkedText is text for a field not known to be trimmed.
func (f *cells) checkedText(col int, at place, errs *problem.List) string {
	v := f[col].text
	if !f[col].utf8 && !utf8.ValidString(v) {
		fieldError(errs, at, columns[col].Name, problem.New(ErrMalformedRoster, CodeCSV, "", "",
			"Teks bukan UTF-8; simpan berkas sebagai UTF-8.", "The text is not UTF-8; save the file as UTF-8."))
		return ""
	}
	return trim(v)
}

// trim is strings.TrimSpace, without its call for text it would not cut.
func trim(v string) string {
	if untrimmed(v) {
		return strings.TrimSpace(v)
	}
	return v
}

// untrimmed reports whether strings.TrimSpace may cut v: whether it starts
// or ends with a byte other than printable ASCII ("!" to "~").
func untrimmed(v string) bool {
	n := len(v)
	return n > 0 && (v[0]-'!' > '~'-'!' || v[n-1]-'!' > '~'-'!')
}

// parseMonth reads the month of field col, the zero Month when it is
// empty.
func parseMonth(f *cells, col int, at place, errs *problem.List) regulation.Month {
	v := f.text(col, at, errs)
	if v == "" {
		return regulation.Month{}
	}
	mo, err := regulation.ParseMonth(v)
	if err != nil {
		fieldError(errs, at, columns[col].Name, problem.New(ErrInvalidEnrolment, CodeMonths, "", cleanValue(v, 20),
			"Harus ditulis 2026-01 atau 01/2026.", "Must be written 2026-01 or 01/2026."))
		return regulation.Month{}
	}
	return mo
}

// parseAmount reads a wage as written in Indonesian ("2.426.640",
// "Rp2.426.640") or as a plain decimal ("2426640.00"); a JSON number is
// read as a plain decimal only.
func parseAmount(v string, number bool, wages *decimals) (decimal.Decimal, error) {
	if number {
		d, err := decimal.NewFromString(v)
		if err != nil || !plainNumber.MatchString(v) {
			return decimal.Decimal{}, problem.New(ErrInvalidEnrolment, CodeWage, "", cleanValue(v, 30),
				"Tidak dapat dibaca sebagai jumlah uang.", "Cannot be read as an amount.")
		}
		return d, nil
	}
	if n, ok := wholeRupiah(v); ok {
		if n != 0 && wages != nil {
			return wages.rp(n), nil
		}
		return decimal.NewFromInt(n), nil
	}
	d, err := rupiah.Parse(v)
	if err == nil {
		return d, nil
	}
	if plainAmount.MatchString(v) {
		return decimal.NewFromString(v)
	}
	var pe *problem.Error
	if errors.As(err, &pe) {
		c := *pe
		c.Value = cleanValue(v, 30)
		return decimal.Decimal{}, &c
	}
	return decimal.Decimal{}, err
}

// wholeRupiah reads the common forms of a whole amount without the work of
// rupiah.Parse, giving what it gives: digits with no superfluous leading
// zero ("2426640"), or grouped by dots in threes ("2.426.640"); at most 18
// digits. It is false for any other text, which rupiah.Parse then reads.
func wholeRupiah(v string) (int64, bool) {
	var n int64
	digits, group := 0, 0
	grouped := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int64(c-'0')
			digits++
			group++
		case c == '.' && group > 0 && (grouped && group == 3 || !grouped && group <= 3):
			grouped, group = true, 0
		default:
			return 0, false
		}
	}
	switch {
	case digits == 0 || digits > 18:
		return 0, false
	case grouped && group != 3:
		return 0, false
	case v[0] == '0' && len(v) > 1:
		return 0, false
	}
	return n, true
}
