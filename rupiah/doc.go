// Package rupiah writes amounts of Indonesian rupiah for people and reads
// them back: figures such as Rp16.800 in Indonesian or English, amounts in
// Indonesian words ("terbilang") as printed on receipts and village budget
// documents, and the ways people write amounts on receipts and forms.
//
// Amounts are [decimal.Decimal] values (github.com/shopspring/decimal), as
// everywhere in jamsos. No amount ever passes through a binary floating
// point number: every function works on the decimal's own digits, so amounts
// of any size are exact.
//
// # Formatting
//
// [Format] writes an amount in Indonesian or English:
//
//	Indonesian  Rp16.800   Rp1.234.568   -Rp16.800   Rp16.800,50
//	English     Rp16,800   Rp1,234,568   -Rp16,800   Rp16,800.50
//
// [Options] adds two decimal places (sen) or leaves out the sign, for table
// columns headed "Rp"; its zero value behaves like [Format] in Indonesian.
//
// The sign is written "Rp", straight before the number with no space and no
// dot, as the Indonesian spelling guide (EYD) writes it: Rp16.800. English
// text uses the same sign with English separators, Rp16,800, rather than
// the ISO code (IDR 16,800) that CLDR uses as the standard English symbol.
// English output of this package is read by people dealing with Indonesian
// programmes, for whom Rp is the familiar sign of the rupiah, and keeping the
// sign the same means a bilingual document differs only in its separators.
// Rp is CLDR's narrow symbol for the rupiah in both languages.
//
// The separators come from golang.org/x/text (CLDR data for the language),
// but the digits are grouped by this package. x/text formats Go numeric
// types, and the only exact ones, integers, stop at int64, while an amount
// here may be any decimal. So the package asks x/text, once at start-up, how
// each language writes a known int64 with two fraction digits, reads the
// thousands separator and decimal mark off the result, and groups the
// decimal's digits with them itself. Nothing is changed afterwards, so every
// function is safe for concurrent use.
//
// # Words
//
// [Words] says an amount in Indonesian words: 16800 is "enam belas ribu
// delapan ratus rupiah". It uses the standard forms: sepuluh, sebelas,
// seratus and seribu for a single ten, eleven, hundred and thousand, but
// "satu juta" (never "sejuta"), "satu miliar" and so on; "nol rupiah" for
// zero; "minus" in front of a negative amount; sen after the rupiah
// ("... rupiah lima puluh sen"). The scales are ribu (10^3), juta (10^6),
// miliar (10^9), triliun (10^12) and kuadriliun (10^15), so the largest
// amount said is 999,999,999,999,999,999.99 rupiah; beyond it Words returns
// an error wrapping [ErrTooLarge].
//
// # Parsing
//
// [Parse] reads amounts written the Indonesian way, where "." groups
// thousands and "," is the decimal mark: Rp16.800, Rp 16.800, Rp. 16.800,
// Rp16.800,00, Rp16.800,- (as on receipts), 16800, IDR 16.800, with a leading
// minus and any surrounding spaces. It refuses to guess: "16.80" and
// "1.6800" have misplaced groups, "16,800" is English notation for sixteen
// thousand eight hundred but three decimals in Indonesian, and more than two
// decimals is finer than money goes. Each of these is an error.
//
// # Rounding
//
// [Format] rounds half away from zero to whole rupiah, or to whole sen with
// [Options.Sen]: 1,234,567.5 is Rp1.234.568 and -1,234,567.5 is
// -Rp1.234.568, the same rule as [decimal.Decimal.Round]. For positive
// amounts this is the familiar "half-up". An amount that rounds to zero is
// written without a minus sign. Formatting rounds only what is shown: money
// that has to add up (bills, shares, budget lines) is rounded by the package
// that computes it, before it is formatted.
//
// [Words] and [Parse] never round. Words refuses an amount finer than one sen
// and Parse refuses more than two decimals, both with [ErrPrecision], because
// the words on a receipt and the amount read from one are the amount itself.
//
// # Errors
//
// Every error is a [*problem.Error] on the field "amount", with a stable
// code, the offending input, messages in Indonesian and English, and one of
// the sentinels [ErrEmpty], [ErrSyntax], [ErrGrouping], [ErrPrecision] and
// [ErrTooLarge] for [errors.Is]. No input makes any function panic.
package rupiah
