// Package plansheet writes village plans as Excel workbooks (.xlsx) that a
// village treasurer opens directly in Excel, LibreOffice Calc or Google
// Sheets: [Write] for one village's plan, [WriteRegency] for the plans of a
// regency.
//
// # One village
//
// The workbook of one plan has a summary sheet (the village, the fiscal
// year, the totals and the total in Indonesian words) and one sheet per
// section of the plan's text report ([village.Plan.WriteReport]): by
// group, by program, by funding source (with the ceilings and the funding
// policy of the year), by village budget account, the payment schedule,
// the people not or not fully covered, every person, the target and the
// desa-sadar criteria, and the warnings. Sheets that have nothing to list
// are still written, with their headers, so that a workbook always has the
// same sheets. Sheet names, headers and labels are in Indonesian (the
// default) or English ([Options.Lang]).
//
// # Totals are formulas
//
// Each table ends with a total row whose amounts are formulas summing the
// rows above it ("=SUM(F2:F8)"), and the summary's totals refer to those
// cells, so a treasurer who corrects a row sees the totals follow. Each
// formula is written with its value, the sum of the rows, so a program that
// does not recalculate shows the right figure too; the values equal the
// plan's totals exactly (the sum of the groups, programs, sources,
// payments and people is Total.Amount; of the accounts,
// Total.VillageBudget). A table with no rows has 0 as its total, not a
// formula.
//
// # Rupiah
//
// Amounts are numbers, whole rupiah, with the number format "Rp"#,##0, so
// they add up, sort and filter as numbers. An xlsx file stores a format
// code in one notation (ECMA-376 Part 1, the numFmt element), in which ","
// stands for the thousands separator whatever the reader's language; Excel
// and LibreOffice Calc then show the separator of the user's locale (the
// system's, or the one set in the program's options). A treasurer whose
// computer is set to Indonesian (id-ID, where "." groups thousands) sees
// Rp3.226.740, the way [rupiah.Format] and the text report write it; one
// set to English sees Rp3,226,740. The literal "Rp" is used rather than
// Excel's locale-tagged currency [$Rp-421] (0x421 is the Indonesian
// locale), because LibreOffice may give such a format the tagged locale's
// separators rather than the user's (not verified), so the same figure
// could look different in the two programs. This describes the programs, not a test:
// the tests read the file back with excelize, which shows formats as
// en-US. Dates are real dates formatted yyyy-mm-dd, as in the text report. Rupiah amounts are written as integers, never through floating
// point; an amount that is not whole rupiah, or too large for a
// spreadsheet to hold exactly (beyond 2^53 − 1), is refused with
// [ErrAmount].
//
// # Personal data
//
// NIKs are masked ("6112••••••••0001"), as in every output of this
// module, since such workbooks travel as budget documents. Only
// [Options.FullNIK], an explicit choice, writes them in full; the
// workbook is then personal data (UU 27/2022).
//
// # Regencies
//
// The workbook of many plans ([WriteRegency]) has a summary sheet with one
// row per village (its enrolments, covered people, target, contributions
// and village budget part) and a total row, then the sections of the
// regency's text report ([village.Rollup.WriteReport]): by funding source,
// by regency and by district, each with formulas for its totals.
//
// # Dependencies
//
// This package is apart from package village so that programs that only
// compute bills or plans do not carry the spreadsheet library
// (github.com/xuri/excelize/v2) and what it imports.
package plansheet
