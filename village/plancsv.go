package village

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"

	"github.com/shopspring/decimal"
)

// CSVWriter writes the plans of many villages as one CSV document, for a
// regency's spreadsheet: [CSVHeader] once, then the lines of each plan in
// the order given, in the encoding of [Plan.WriteCSV] (NIKs masked). It
// holds no plan: each is written when given, so a caller may plan and write
// one village at a time.
type CSVWriter struct {
	w       io.Writer
	bw      *bufio.Writer // over w, flushed after each plan
	comma   rune
	started bool
}

// NewCSVWriter returns a CSVWriter writing to w with the separator comma
// (',' when zero; ';' for spreadsheets set to Indonesian).
func NewCSVWriter(w io.Writer, comma rune) *CSVWriter {
	return &CSVWriter{w: w, comma: comma}
}

// Write writes the lines of p, under the header when p is the first plan.
// They are all written to the underlying writer when it returns.
func (c *CSVWriter) Write(p Plan) error {
	first := !c.started
	c.started = true
	if c.bw == nil {
		c.bw = bufio.NewWriterSize(c.w, 32<<10)
	}
	return writeCSV(c.bw, c.comma, held{&p}.People(), first)
}

// Close writes the header if no plan was written, so that even an empty
// document names its columns. It does not close the underlying writer.
func (c *CSVWriter) Close() error {
	if c.started {
		return nil
	}
	c.started = true
	cw := csv.NewWriter(c.w)
	if c.comma != 0 {
		cw.Comma = c.comma
	}
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// WritePlansCSV writes plans to w as one CSV document (see [CSVWriter]).
func WritePlansCSV(w io.Writer, comma rune, plans []Plan) error {
	c := NewCSVWriter(w, comma)
	for _, p := range plans {
		if err := c.Write(p); err != nil {
			return err
		}
	}
	return c.Close()
}

// appendCSVField appends s to line as encoding/csv writes a field with
// the separator comma (and no CRLF): as it is, unless it holds the
// separator, a double quote, a carriage return or a line feed, starts
// with a space (any Unicode space) or is the two characters \. ; then
// between double quotes, each double quote in it doubled.
func appendCSVField(line []byte, s string, comma rune) []byte {
	if !csvNeedsQuotes(s, comma) {
		return append(line, s...)
	}
	line = append(line, '"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		line = append(line, s[:i+1]...)
		line = append(line, '"')
		s = s[i+1:]
	}
	line = append(line, s...)
	return append(line, '"')
}

// csvNeedsQuotes reports whether encoding/csv would quote the field s.
func csvNeedsQuotes(s string, comma rune) bool {
	if s == "" {
		return false
	}
	if comma < utf8.RuneSelf { // one pass over the bytes, as the fields are short
		sep := byte(comma)
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == sep || c == '"' || c == '\r' || c == '\n' {
				return true
			}
		}
	} else if strings.ContainsRune(s, comma) || strings.ContainsAny(s, "\"\r\n") {
		return true
	}
	if s == `\.` {
		return true
	}
	if s[0] < utf8.RuneSelf {
		return unicode.IsSpace(rune(s[0]))
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// csvTexts remembers the text of the values that repeat down a plan's CSV
// (program sets, months, budget accounts), each made once per document
// rather than once per line.
type csvTexts struct {
	progs    memo[membership.ProgramSet]
	months   memo[regulation.Month]
	accounts memo[Account]
}

func (t *csvTexts) programs(s membership.ProgramSet) string {
	return t.progs.text(s, membership.ProgramSet.String)
}

func (t *csvTexts) month(m regulation.Month) string { return t.months.text(m, regulation.Month.String) }

func (t *csvTexts) account(a Account) string { return t.accounts.text(a, Account.String) }

// appendAmount appends d as d.String() writes it, for the CSV of a plan,
// without the work of formatting a big.Int for the whole rupiah that
// nearly every amount is.
func appendAmount(line []byte, d decimal.Decimal) []byte {
	if d.Exponent() == 0 && d.NumDigits() <= 18 {
		return strconv.AppendInt(line, d.CoefficientInt64(), 10)
	}
	return append(line, d.String()...)
}
