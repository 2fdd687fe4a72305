package contribution

import (
	"bytes"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/desasadar/jamsos/internal/tabular"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// MinimumWage is the minimum wage of one area for one calendar year: a
// province's UMP (upah minimum provinsi) or a regency's or city's UMK
// (upah minimum kabupaten/kota), each set by the governor and in force from
// 1 January.
type MinimumWage struct {
	// Area is a province (UMP) or a regency or city (UMK).
	Area region.Code `json:"area"`
	// Year is the calendar year the minimum applies in.
	Year int `json:"year"`
	// Amount is the monthly minimum, in rupiah.
	Amount decimal.Decimal `json:"amount"`
	// Citation is the source of the amount.
	Citation regulation.Citation `json:"citation"`
}

// MinimumWages is a checked table of minimum wages. Build it with
// [NewMinimumWages] (or [ReadMinimumWages] and then NewMinimumWages); it is
// immutable and safe for concurrent use.
type MinimumWages struct {
	entries []MinimumWage // by area, then year
}

// Bounds of a minimum-wage entry: no minimum wage comes near them.
const (
	minWageYear = 2000
	maxWageYear = 2100
)

// NewMinimumWages checks entries and builds the table. Every problem is
// reported at once, wrapping [ErrInvalidMinimumWage], with field
// "minimum_wages[i]" and below: a missing area or one that is not a
// province or regency ("area"), a year outside 2000–2100 ("year"), a
// missing, zero or negative amount, one with more than two decimal places,
// or one above Rp1,000,000,000 ("amount", with the value), a citation
// without an instrument or confidence ("citation"), and an area and year
// given twice.
func NewMinimumWages(entries []MinimumWage) (*MinimumWages, error) {
	var l problem.List
	for i, e := range entries {
		checkMinimumWage(&l, e, fmt.Sprintf("minimum_wages[%d]", i))
	}
	duplicateWages(&l, entries, func(i int) string { return fmt.Sprintf("minimum_wages[%d]", i) })
	if err := l.Err(); err != nil {
		return nil, err
	}
	return buildMinimumWages(entries), nil
}

func buildMinimumWages(entries []MinimumWage) *MinimumWages {
	out := slices.Clone(entries)
	slices.SortFunc(out, func(a, b MinimumWage) int {
		return cmp.Or(strings.Compare(a.Area.String(), b.Area.String()), cmp.Compare(a.Year, b.Year))
	})
	return &MinimumWages{entries: out}
}

// checkMinimumWage adds the problems of one entry, whose field path is f.
func checkMinimumWage(l *problem.List, e MinimumWage, f string) {
	bad := func(field, code, value, id, en string) {
		*l = append(*l, problem.New(ErrInvalidMinimumWage, problem.Code("minimum_wage."+code), problem.Join(f, field), value, id, en))
	}
	if lv := e.Area.Level(); lv != region.Province && lv != region.Regency {
		bad("area", "area", e.Area.String(), "harus provinsi (UMP) atau kabupaten/kota (UMK)",
			"must be a province (UMP) or a regency or city (UMK)")
	}
	if e.Year < minWageYear || e.Year > maxWageYear {
		bad("year", "year", strconv.Itoa(e.Year), "harus antara 2000 dan 2100", "must be from 2000 to 2100")
	}
	switch {
	case !tame(e.Amount):
		bad("amount", "amount", text(e.Amount), "upah minimum paling banyak Rp1.000.000.000 dengan paling banyak dua angka desimal",
			"a minimum wage is at most Rp1,000,000,000 with at most two decimal places")
	case e.Amount.Sign() == 0:
		bad("amount", "amount_missing", "", "upah minimum wajib diisi dan lebih dari nol",
			"the minimum wage is required and must be more than zero")
	case e.Amount.IsNegative():
		bad("amount", "amount_negative", text(e.Amount), "upah minimum tidak boleh negatif",
			"the minimum wage cannot be negative")
	case e.Amount.GreaterThan(defaultMaxBasis) || !e.Amount.Equal(e.Amount.Truncate(2)):
		bad("amount", "amount", text(e.Amount), "upah minimum paling banyak Rp1.000.000.000 dengan paling banyak dua angka desimal",
			"a minimum wage is at most Rp1,000,000,000 with at most two decimal places")
	}
	if err := e.Citation.Check(); err != nil {
		l.AddField(problem.Join(f, "citation"), err)
	}
}

// duplicateWages adds a problem for each entry whose area and year an
// earlier entry has; field names an entry.
func duplicateWages(l *problem.List, entries []MinimumWage, field func(i int) string) {
	seen := map[[2]string]int{}
	for i, e := range entries {
		if !e.Area.IsValid() {
			continue
		}
		k := [2]string{e.Area.String(), strconv.Itoa(e.Year)}
		if j, dup := seen[k]; dup {
			*l = append(*l, problem.New(ErrInvalidMinimumWage, "minimum_wage.duplicate", problem.Join(field(i), "area"), k[0]+" "+k[1],
				"wilayah dan tahun yang sama sudah ada pada "+problem.Label(field(j), problem.Indonesian),
				"the same area and year are already given at "+problem.Label(field(j), problem.English)))
			continue
		}
		seen[k] = i
	}
}

// Entries returns a copy of the table's entries, by area and then year.
func (t *MinimumWages) Entries() []MinimumWage { return slices.Clone(t.entries) }

// find returns the entry of exactly area and year.
func (t *MinimumWages) find(area region.Code, year int) (MinimumWage, bool) {
	key := area.String()
	i, ok := slices.BinarySearchFunc(t.entries, key, func(e MinimumWage, k string) int {
		return cmp.Or(strings.Compare(e.Area.String(), k), cmp.Compare(e.Year, year))
	})
	if !ok {
		return MinimumWage{}, false
	}
	return t.entries[i], true
}

// For returns the minimum wage that applies in area (a regency, district or
// village, or a province) in year: the regency's or city's UMK when the
// table has it, otherwise the province's UMP; false when it has neither.
func (t *MinimumWages) For(area region.Code, year int) (MinimumWage, bool) {
	if t == nil || !area.IsValid() {
		return MinimumWage{}, false
	}
	if r := area.Regency(); r.IsValid() {
		if e, ok := t.find(r, year); ok {
			return e, true
		}
	}
	return t.find(area.Province(), year)
}

// WageCheck is what [MinimumWages.Check] found.
type WageCheck struct {
	// Minimum is the minimum wage that applies, when Found.
	Minimum MinimumWage `json:"minimum"`
	// Found says the table has a minimum for the area and year.
	Found bool `json:"found"`
	// Below says the wage is below Minimum.
	Below bool `json:"below"`
	// Warning is the warning to show when Below, wrapping
	// [ErrBelowMinimumWage]; it names the minimum, its area, year and
	// source. When the table has no minimum for the area and year, it is a
	// warning saying so, wrapping the same sentinel, and Below is false.
	Warning *problem.Error `json:"warning,omitempty"`
}

// Check compares a reported monthly wage for contribution month m with the
// minimum wage that applies in area in m's year (see [MinimumWages.For]).
// A wage below it gives a warning, not an error: the BPJS wage rule
// (Perdir 22/PERDIR.02/072022, regulations.md §3.1) allows a wage below the
// UMK or UMP only where a regulation sets minimum-wage rules for certain
// workers (micro and small businesses, for example), which this package
// cannot see; whether BPJS then reckons contributions on the minimum is
// unconfirmed, so the wage is not raised. A wage that is not positive is an
// error wrapping [ErrInvalidWage]; an invalid area one wrapping
// [ErrInvalidMinimumWage].
func (t *MinimumWages) Check(wage decimal.Decimal, area region.Code, m regulation.Month) (WageCheck, error) {
	var l problem.List
	if !tame(wage) || !wage.IsPositive() {
		l = append(l, problem.New(ErrInvalidWage, "wage.amount", "wage", text(wage),
			"harus lebih dari nol", "must be more than zero"))
	}
	if !area.IsValid() {
		l = append(l, problem.New(ErrInvalidMinimumWage, "minimum_wage.area", "area", "",
			"wajib diisi", "is required"))
	}
	if m.IsZero() {
		l = append(l, invalid("month", "", "wajib diisi", "is required"))
	}
	if err := l.Err(); err != nil {
		return WageCheck{}, err
	}
	mw, ok := t.For(area, m.Year())
	if !ok {
		return WageCheck{Warning: problem.New(ErrBelowMinimumWage, "wage.no_minimum", "area", area.String(),
			fmt.Sprintf("tabel upah minimum tidak memuat UMK atau UMP wilayah ini untuk tahun %d; upah tidak dapat dibandingkan", m.Year()),
			fmt.Sprintf("the minimum-wage table has no UMK or UMP of this area for %d; the wage cannot be compared", m.Year()))}, nil
	}
	out := WageCheck{Minimum: mw, Found: true}
	if wage.LessThan(mw.Amount) {
		out.Below = true
		out.Warning = belowMinimum(wage, mw)
	}
	return out, nil
}

// belowMinimum is the warning that wage is below the minimum mw.
func belowMinimum(wage decimal.Decimal, mw MinimumWage) *problem.Error {
	kind := "UMK"
	if mw.Area.Level() == region.Province {
		kind = "UMP"
	}
	return problem.New(ErrBelowMinimumWage, "wage.below_minimum", "wage", text(wage),
		fmt.Sprintf("di bawah %s %s tahun %d, %s (%s); upah di bawah upah minimum hanya boleh bila suatu peraturan mengatur upah minimum bagi pekerja tertentu",
			kind, mw.Area, mw.Year, rupiah.Format(mw.Amount, problem.Indonesian), mw.Citation.Format(problem.Indonesian)),
		fmt.Sprintf("below the %s of %s for %d, %s (%s); a wage below the minimum is allowed only where a regulation sets minimum-wage rules for certain workers",
			kind, mw.Area, mw.Year, rupiah.Format(mw.Amount, problem.English), mw.Citation.Format(problem.English)))
}

// minWageColumns are the columns of a minimum-wage CSV file.
var minWageColumns = []tabular.Column{
	{Name: "area", Aliases: []string{"kode_wilayah", "wilayah", "kode"}, Required: true},
	{Name: "year", Aliases: []string{"tahun"}, Required: true},
	{Name: "amount", Aliases: []string{"upah_minimum", "jumlah", "nilai"}, Required: true},
	{Name: "instrument", Aliases: []string{"sumber", "source", "dasar"}},
	{Name: "article", Aliases: []string{"pasal"}},
	{Name: "url"},
	{Name: "confidence", Aliases: []string{"keyakinan"}},
	{Name: "note", Aliases: []string{"catatan"}},
}

const (
	colArea = iota
	colYear
	colAmount
	colInstrument
	colArticle
	colURL
	colConfidence
	colNote
)

var minWageCSV = tabular.Options{Columns: minWageColumns, SkipBlank: true, Sentinel: ErrInvalidMinimumWage, MaxSize: 4 << 20}

// ReadMinimumWages reads a caller's table of UMK and UMP figures from CSV
// (internal/tabular: "," or ";", a header naming the columns in any order,
// Indonesian aliases accepted, at most 4 MiB): area (a province or regency
// code, "32" or "32.16"), year, amount (a plain decimal, "2317601", or
// rupiah text, "Rp2.317.601"), and optionally the source: instrument,
// article, url, confidence (text, secondary or unconfirmed) and note. A row
// without an instrument cites "caller's minimum-wage table" and, without a
// confidence, is unconfirmed. Every problem of the file is reported at once
// with its line ("line[7].amount"), wrapping [ErrInvalidMinimumWage]; the
// rows are then checked by [NewMinimumWages], whose problems name the rows
// by line too.
func ReadMinimumWages(r io.Reader) (*MinimumWages, error) {
	var lines []int
	rows, err := tabular.Read(r, minWageCSV, func(row tabular.Row, probs *problem.List) (MinimumWage, bool) {
		var e MinimumWage
		bad := func(col int, code, value, id, en string) {
			*probs = append(*probs, problem.New(ErrInvalidMinimumWage, problem.Code("minimum_wage."+code), row.Field(col), problem.Clip(value), id, en))
		}
		ok := true
		if s := strings.TrimSpace(row.Get(colArea)); s == "" {
			bad(colArea, "area", "", "wajib diisi", "is required")
			ok = false
		} else if c, perr := region.Parse(s); perr != nil {
			probs.AddField(row.Field(colArea), perr)
			ok = false
		} else {
			e.Area = c
		}
		if y, yerr := strconv.Atoi(strings.TrimSpace(row.Get(colYear))); yerr != nil {
			bad(colYear, "year", row.Get(colYear), "harus bilangan bulat, misalnya 2026", "must be a whole number, such as 2026")
			ok = false
		} else {
			e.Year = y
		}
		switch s := strings.TrimSpace(row.Get(colAmount)); {
		case s == "":
			bad(colAmount, "amount_missing", "", "upah minimum wajib diisi", "the minimum wage is required")
			ok = false
		default:
			a, aerr := parseAmount(s)
			if aerr != nil {
				bad(colAmount, "amount", s, "upah minimum bukan jumlah uang, misalnya 2317601 atau Rp2.317.601",
					"the minimum wage is not an amount, such as 2317601 or Rp2,317,601")
				ok = false
			} else {
				e.Amount = a
			}
		}
		e.Citation = regulation.Citation{
			Instrument: strings.TrimSpace(row.Get(colInstrument)), Article: strings.TrimSpace(row.Get(colArticle)),
			URL: strings.TrimSpace(row.Get(colURL)), Note: strings.TrimSpace(row.Get(colNote)), Confidence: regulation.Unconfirmed,
		}
		if e.Citation.Instrument == "" {
			e.Citation.Instrument = "caller's minimum-wage table"
			e.Citation.Indonesian.Instrument = "tabel upah minimum dari pengguna"
		}
		if s := strings.TrimSpace(row.Get(colConfidence)); s != "" {
			if cerr := e.Citation.Confidence.UnmarshalText([]byte(s)); cerr != nil {
				probs.AddField(row.Field(colConfidence), cerr)
				ok = false
			}
		}
		if ok {
			n := len(*probs)
			checkMinimumWage(probs, e, tabular.Field(row.Line(), ""))
			ok = len(*probs) == n
		}
		if ok {
			lines = append(lines, row.Line())
		}
		return e, ok
	})
	var l problem.List
	if err != nil {
		var pe *problem.Error
		if !errors.As(err, &pe) {
			return nil, err
		}
		l.Add(err)
	}
	duplicateWages(&l, rows, func(i int) string { return tabular.Field(lines[i], "") })
	if err := l.Err(); err != nil {
		return nil, err
	}
	return buildMinimumWages(rows), nil
}

// parseAmount reads a plain decimal ("2327386.07") or rupiah text
// ("Rp2.317.601").
func parseAmount(s string) (decimal.Decimal, error) {
	if d, err := decimal.NewFromString(s); err == nil && tame(d) {
		return d, nil
	}
	return rupiah.Parse(s)
}

//go:embed minimum_wages.csv
var shippedMinimumWages []byte

// DefaultMinimumWages returns the provincial minimum wages (UMP) of 2025
// and 2026 that this release ships, each with its source and confidence
// (regulations.md §3.1 leaves the table to the caller; these are the
// figures published in the press and by the manpower ministry that could
// be cited). Provinces whose figures were not found are left out: for them,
// load the governor's decree (Keputusan Gubernur) with [ReadMinimumWages].
// Regency minimums (UMK) are not shipped. The table is the same on every
// call and safe for concurrent use.
func DefaultMinimumWages() *MinimumWages { return defaultMinimumWages() }

var defaultMinimumWages = sync.OnceValue(func() *MinimumWages {
	t, err := ReadMinimumWages(bytes.NewReader(shippedMinimumWages))
	if err != nil {
		panic("contribution: the shipped minimum wages do not read: " + err.Error())
	}
	return t
})
