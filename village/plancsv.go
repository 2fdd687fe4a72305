package village

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"

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
	if c.started {
		return p.WriteCSV(&afterFirstLine{w: c.w}, c.comma)
	}
	c.started = true
	return p.WriteCSV(c.w, c.comma)
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

// afterFirstLine passes on what is written to it from the byte after its
// first newline on: it drops the header [Plan.WriteCSV] writes, which holds
// no newline of its own.
type afterFirstLine struct {
	w    io.Writer
	past bool
}

func (a *afterFirstLine) Write(b []byte) (int, error) {
	n := len(b)
	if !a.past {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return n, nil
		}
		a.past, b = true, b[i+1:]
	}
	if len(b) == 0 {
		return n, nil
	}
	if _, err := a.w.Write(b); err != nil {
		return 0, err
	}
	return n, nil
}

// amountText is d.String() for the CSV of a plan, without the work of
// formatting a big.Int for the whole rupiah that nearly every amount is.
func amountText(d decimal.Decimal) string {
	if d.Exponent() == 0 && d.NumDigits() <= 18 {
		return strconv.FormatInt(d.CoefficientInt64(), 10)
	}
	return d.String()
}
