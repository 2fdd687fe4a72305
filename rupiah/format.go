package rupiah

import (
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Options says how [Options.Format] writes an amount. The zero value writes
// whole rupiah in Indonesian with the sign Rp, exactly like [Format].
type Options struct {
	// Lang picks the separators: Indonesian groups thousands with "." and
	// marks decimals with ","; English does the opposite. Any value other
	// than problem.English is Indonesian.
	Lang problem.Lang

	// Sen shows two decimal places (sen), rounded half-up: Rp16.800,50.
	// Without it the amount is rounded half-up to whole rupiah.
	Sen bool

	// NoSymbol leaves out the sign Rp, for table columns whose heading
	// already says "Rp" (as village budget tables do): 16.800.
	NoSymbol bool
}

// Format writes amount for people in the given language, rounded half-up to
// whole rupiah: Rp16.800 in Indonesian, Rp16,800 in English, -Rp16.800 for a
// negative amount. Use [Options] for sen or to leave out the sign.
func Format(amount decimal.Decimal, lang problem.Lang) string {
	return Options{Lang: lang}.Format(amount)
}

// Format writes amount as o says. Amounts of any size are written in full,
// from the decimal's own digits; an amount that rounds to zero is written
// without a minus sign.
func (o Options) Format(amount decimal.Decimal) string {
	places := int32(0)
	if o.Sen {
		places = 2
	}
	r := round(amount, places)
	digits := r.Abs().StringFixed(places)
	whole, frac, _ := strings.Cut(digits, ".")
	loc := locales[localeIndex(o.Lang)]

	var b strings.Builder
	b.Grow(len(digits) + len(digits)/3*len(loc.group) + len(loc.symbol) + 2)
	if r.Sign() < 0 {
		b.WriteByte('-')
	}
	if !o.NoSymbol {
		b.WriteString(loc.symbol)
	}
	lead := len(whole) % 3
	if lead == 0 {
		lead = 3
	}
	b.WriteString(whole[:lead])
	for i := lead; i < len(whole); i += 3 {
		b.WriteString(loc.group)
		b.WriteString(whole[i : i+3])
	}
	if frac != "" {
		b.WriteString(loc.decimal)
		b.WriteString(frac)
	}
	return b.String()
}

// round rounds d half away from zero to the given number of decimal places.
// An amount far smaller than the last place is zero at once, so that an
// exponent such as -2,000,000,000 costs nothing.
func round(d decimal.Decimal, places int32) decimal.Decimal {
	// |d| < 10^(NumDigits+Exponent); at or below 10^-(places+1) it rounds to 0.
	if d.Sign() == 0 || int64(d.NumDigits())+int64(d.Exponent()) <= -int64(places)-1 {
		return decimal.Zero
	}
	return d.Round(places)
}

// locale holds how one language writes an amount.
type locale struct {
	symbol  string // currency sign, "Rp"
	group   string // thousands separator
	decimal string // decimal mark
}

// locales is indexed by localeIndex. It is filled once, when the package is
// initialised, and only read afterwards.
var locales = [...]locale{
	newLocale(language.Indonesian),
	newLocale(language.English),
}

// localeIndex maps a language to its entry in locales.
func localeIndex(l problem.Lang) int {
	if l == problem.English {
		return 1
	}
	return 0
}

// newLocale asks golang.org/x/text (its CLDR data) how the language writes
// numbers and the rupiah sign. The separators are read off an integer
// formatted with two fraction digits, 1234567 → "1.234.567,00", so no
// fractional number is ever handed to x/text. The sign is CLDR's narrow
// symbol for IDR, which is "Rp" in both languages.
func newLocale(tag language.Tag) locale {
	p := message.NewPrinter(tag)
	s := p.Sprint(number.Decimal(int64(1234567), number.MinFractionDigits(2)))
	g := strings.Index(s, "234")
	d := strings.Index(s, "567")
	if g < 1 || d < g || len(s) < d+5 {
		// Not the shape CLDR has for any language this package knows.
		return locale{symbol: "Rp", group: ".", decimal: ","}
	}
	return locale{
		symbol:  p.Sprint(currency.NarrowSymbol(currency.IDR)),
		group:   s[1:g],
		decimal: s[d+3 : len(s)-2],
	}
}
