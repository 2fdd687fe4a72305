package village

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// CSVWriter writes the plans of many villages as one CSV document, for a
// regency's spreadsheet: [CSVHeader] once, then the lines of each plan in
// the order given, in the encoding of [Plan.WriteCSV] (NIKs masked). It
// holds no plan: each is written when given, so a caller may plan and write
// one village at a time.
type CSVWriter struct {
	w       io.Writer
	comma   rune
	started bool
}

// NewCSVWriter returns a CSVWriter writing to w with the separator comma
// (',' when zero; ';' for spreadsheets set to Indonesian).
func NewCSVWriter(w io.Writer, comma rune) *CSVWriter {
	return &CSVWriter{w: w, comma: comma}
}

// Write writes the lines of p, under the header when p is the first plan.
func (c *CSVWriter) Write(p Plan) error {
	first := !c.started
	c.started = true
	return writeCSV(c.w, c.comma, held{&p}.People(), first)
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
	if s == `\.` || strings.ContainsAny(s, "\"\r\n") || strings.ContainsRune(s, comma) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// amountText is d.String() for the CSV of a plan, without the work of
// formatting a big.Int for the whole rupiah that nearly every amount is.
func amountText(d decimal.Decimal) string {
	if d.Exponent() == 0 && d.NumDigits() <= 18 {
		return strconv.FormatInt(d.CoefficientInt64(), 10)
	}
	return d.String()
}
