package plansheet

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// Options says how a workbook is written.
type Options struct {
	// Lang is the language of sheet names, headers and labels: Indonesian
	// (the default) or English.
	Lang problem.Lang
	// FullNIK writes every NIK in full instead of masked. The workbook is
	// then personal data: ask for it only where the law allows it.
	FullNIK bool
}

// ErrAmount is the sentinel of an amount a workbook cannot hold exactly: not
// whole rupiah, or beyond 2^53 − 1.
var ErrAmount = errors.New("plansheet: amount not whole rupiah or too large for a spreadsheet")

// CodeAmount is the problem code of [ErrAmount].
const CodeAmount problem.Code = "plansheet.amount"

// maxExact is the largest integer a spreadsheet's number (an IEEE 754
// double) holds exactly.
const maxExact = 1<<53 - 1

// numFmtRupiah is the number format of amounts; see the package doc.
const numFmtRupiah = `"Rp"#,##0`

// book is a workbook being written.
type book struct {
	f    *excelize.File
	lang problem.Lang
	st   styles
	errs problem.List // amounts that cannot be written
	err  error        // the first error of the spreadsheet library
}

// styles are the cell styles of a workbook.
type styles struct {
	title, bold, header, rupiah, rupiahTotal, countTotal, date int
}

func newBook(l problem.Lang) *book {
	b := &book{f: excelize.NewFile(), lang: l}
	bold := &excelize.Font{Bold: true}
	fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}
	top := []excelize.Border{{Type: "top", Color: "000000", Style: 1}}
	rp := numFmtRupiah
	ymd := "yyyy-mm-dd"
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&b.st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&b.st.bold, &excelize.Style{Font: bold}},
		{&b.st.header, &excelize.Style{Font: bold, Fill: fill, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&b.st.rupiah, &excelize.Style{CustomNumFmt: &rp}},
		{&b.st.rupiahTotal, &excelize.Style{CustomNumFmt: &rp, Font: bold, Border: top}},
		{&b.st.countTotal, &excelize.Style{NumFmt: 1, Font: bold, Border: top}},
		{&b.st.date, &excelize.Style{CustomNumFmt: &ymd}},
	} {
		id, err := b.f.NewStyle(s.style)
		b.fail(err)
		*s.id = id
	}
	return b
}

// fail keeps the first error of the spreadsheet library.
func (b *book) fail(err error) {
	if b.err == nil && err != nil {
		b.err = err
	}
}

// tr picks the Indonesian or English text.
func (b *book) tr(id, en string) string {
	if b.lang == problem.English {
		return en
	}
	return id
}

// rupiah is an amount as whole rupiah, or a problem naming field.
func (b *book) rupiah(d decimal.Decimal, field string) int64 {
	if !d.IsInteger() || d.Abs().GreaterThan(decimal.NewFromInt(maxExact)) {
		b.errs.Add(problem.New(ErrAmount, CodeAmount, field, d.String(),
			"Jumlah harus rupiah bulat dan paling banyak 2^53 − 1 (sekitar sembilan ribu triliun) agar lembar kerja menyimpannya dengan tepat.",
			"An amount must be whole rupiah and at most 2^53 − 1 (about nine thousand trillion) for a spreadsheet to hold it exactly."))
		return 0
	}
	return d.IntPart()
}

// sheetName is a sheet's name in the workbook's language.
type sheetName struct{ id, en string }

func (n sheetName) in(l problem.Lang) string {
	if l == problem.English {
		return n.en
	}
	return n.id
}

// sheet is one worksheet, written row by row.
type sheet struct {
	b    *book
	name string
	sw   *excelize.StreamWriter
	row  int // the last row written
}

// newSheet adds a sheet; the first replaces the new file's default sheet.
// widths are the widths of the first columns, in characters.
func (b *book) newSheet(name string, widths ...float64) *sheet {
	s := &sheet{b: b, name: name}
	if len(b.f.GetSheetList()) == 1 && b.f.GetSheetList()[0] == "Sheet1" {
		b.fail(b.f.SetSheetName("Sheet1", name))
	} else {
		_, err := b.f.NewSheet(name)
		b.fail(err)
	}
	sw, err := b.f.NewStreamWriter(name)
	b.fail(err)
	s.sw = sw
	if sw != nil {
		for i, w := range widths {
			b.fail(sw.SetColWidth(i+1, i+1, w))
		}
	}
	return s
}

// freeze keeps the first rows in view while scrolling.
func (s *sheet) freeze(rows int) {
	if s.sw == nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(1, rows+1)
	s.b.fail(s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: rows, TopLeftCell: cell, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cell, ActiveCell: cell, Pane: "bottomLeft"}}}))
}

// add writes the next row.
func (s *sheet) add(cells ...any) {
	s.row++
	if s.sw == nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(1, s.row)
	s.b.fail(s.sw.SetRow(cell, cells))
}

// skip leaves a row empty.
func (s *sheet) skip() { s.row++ }

// header writes a header row.
func (s *sheet) header(names ...string) {
	cells := make([]any, len(names))
	for i, n := range names {
		cells[i] = excelize.Cell{StyleID: s.b.st.header, Value: n}
	}
	s.add(cells...)
}

// flush finishes the sheet.
func (s *sheet) flush() {
	if s.sw != nil {
		s.b.fail(s.sw.Flush())
	}
}

// ref is a reference to a cell of the sheet from another sheet.
func (s *sheet) ref(col, row int) string {
	return "'" + strings.ReplaceAll(s.name, "'", "''") + "'!" + cellName(col, row)
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// money is an amount cell.
func (b *book) money(v int64) excelize.Cell { return excelize.Cell{StyleID: b.st.rupiah, Value: v} }

// total is the total cell of column col over rows from to to, with its
// value sum: a SUM formula, or the constant 0 when there are no rows.
func (b *book) total(col, from, to int, sum int64, rupiah bool) excelize.Cell {
	style := b.st.countTotal
	if rupiah {
		style = b.st.rupiahTotal
	}
	c := excelize.Cell{StyleID: style, Value: sum}
	if to >= from {
		c.Formula = fmt.Sprintf("SUM(%s:%s)", cellName(col, from), cellName(col, to))
	}
	return c
}

// column adds up one column of a table as its rows are written.
type column struct{ sum decimal.Decimal }

// add counts v in the column and returns it.
func (c *column) add(v int64) int64 {
	c.sum = c.sum.Add(decimal.NewFromInt(v))
	return v
}

// total is the total cell of the column over rows from to to (see
// [book.total]); field names the total in a problem when it is too large.
func (c *column) total(b *book, col, from, to int, rupiah bool, field string) excelize.Cell {
	return b.total(col, from, to, b.rupiah(c.sum, field), rupiah)
}

// write finishes the workbook and writes it to w, or returns every problem
// of its amounts, or the first error of the spreadsheet library or of w.
func (b *book) write(w io.Writer) error {
	defer b.f.Close()
	if err := b.errs.Err(); err != nil {
		return err
	}
	if b.err != nil {
		return fmt.Errorf("plansheet: %w", b.err)
	}
	if _, err := b.f.WriteTo(w); err != nil {
		return fmt.Errorf("plansheet: writing the workbook: %w", err)
	}
	return nil
}
