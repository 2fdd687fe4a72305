package rupiah

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Words says amount in Indonesian words, as written on receipts and budget
// documents after "Terbilang:": 16800 is "enam belas ribu delapan ratus
// rupiah".
//
// The words follow standard Indonesian: "se-" for a single ten, eleven,
// hundred and thousand (sepuluh, sebelas, seratus, seribu) but "satu juta",
// "satu miliar" and so on; "nol rupiah" for zero; "minus" before a negative
// amount. Sen are said after the rupiah: 16800.50 is "enam belas ribu
// delapan ratus rupiah lima puluh sen", and 0.50 is "lima puluh sen".
//
// Words never rounds, because the words are the amount a document binds
// itself to. An amount finer than one sen is an error wrapping
// [ErrPrecision]. The largest scale word is kuadriliun (10^15), so the
// largest amount said is 999,999,999,999,999,999.99 rupiah, just under one
// kuintiliun; beyond it, either sign, Words returns an error wrapping
// [ErrTooLarge].
func Words(amount decimal.Decimal) (string, error) {
	if !wholeSen(amount) {
		return "", fail(ErrPrecision, "rupiah.precision", valueText(amount),
			"Lebih rinci dari satu sen dan tidak dapat ditulis dengan huruf.",
			"Is finer than one sen and cannot be written in words.")
	}
	// |amount| < 10^(NumDigits+Exponent): at most 18 digits before the
	// comma keeps it below 10^18, so the rupiah fit an int64.
	if amount.Sign() != 0 && int64(amount.NumDigits())+int64(amount.Exponent()) > 18 {
		return "", fail(ErrTooLarge, "rupiah.too_large", valueText(amount),
			"Terlalu besar untuk ditulis dengan huruf; batasnya di bawah satu kuintiliun (10^18) rupiah.",
			"Is too large to write in words; it must be below 10^18 (one quintillion) rupiah.")
	}
	abs := amount.Abs()
	rupiah := abs.Truncate(0)
	n := rupiah.IntPart()
	sen := abs.Sub(rupiah).Mul(decimal.New(1, 2)).IntPart()

	var w words
	if amount.Sign() < 0 {
		w.add("minus")
	}
	if n > 0 || sen == 0 {
		w.number(n)
		w.add("rupiah")
	}
	if sen > 0 {
		w.number(sen)
		w.add("sen")
	}
	return w.String(), nil
}

// valueText writes d for an error, in scientific notation when the plain
// form would be long (an exponent such as 10^2,000,000,000 must not be
// written out).
func valueText(d decimal.Decimal) string {
	exp := int64(d.Exponent())
	if exp > -maxValueRunes && int64(d.NumDigits())+exp < maxValueRunes {
		return d.String()
	}
	return d.Coefficient().String() + "e" + strconv.FormatInt(exp, 10)
}

// wholeSen reports whether d is a whole number of sen (at most two decimal
// places once trailing zeros are ignored), without scaling a huge exponent.
func wholeSen(d decimal.Decimal) bool {
	exp := d.Exponent()
	if exp >= -2 || d.Sign() == 0 {
		return true
	}
	// The coefficient must end in -exp-2 zeros; it cannot if it is shorter.
	if int64(d.NumDigits()) < -int64(exp)-2 {
		return false
	}
	return d.Equal(d.Truncate(2))
}

// Scale words for each group of three digits, from the ones upward.
var (
	digitWords = [...]string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
	scaleWords = [...]string{"", "ribu", "juta", "miliar", "triliun", "kuadriliun"}
)

// words builds a phrase one word at a time.
type words struct{ b strings.Builder }

func (w *words) add(word string) {
	if w.b.Len() > 0 {
		w.b.WriteByte(' ')
	}
	w.b.WriteString(word)
}

func (w *words) String() string { return w.b.String() }

// number says 0 ≤ n < 10^18.
func (w *words) number(n int64) {
	if n == 0 {
		w.add("nol")
		return
	}
	var groups [len(scaleWords)]int64
	for i := range groups {
		groups[i] = n % 1000
		n /= 1000
	}
	for i := len(groups) - 1; i >= 0; i-- {
		switch g := groups[i]; {
		case g == 0:
		case g == 1 && i == 1:
			w.add("seribu")
		default:
			w.hundreds(g)
			if i > 0 {
				w.add(scaleWords[i])
			}
		}
	}
}

// hundreds says 0 < n < 1000.
func (w *words) hundreds(n int64) {
	switch h := n / 100; h {
	case 0:
	case 1:
		w.add("seratus")
	default:
		w.add(digitWords[h])
		w.add("ratus")
	}
	switch r := n % 100; {
	case r == 0:
	case r < 10:
		w.add(digitWords[r])
	case r == 10:
		w.add("sepuluh")
	case r == 11:
		w.add("sebelas")
	case r < 20:
		w.add(digitWords[r-10])
		w.add("belas")
	default:
		w.add(digitWords[r/10])
		w.add("puluh")
		if r%10 != 0 {
			w.add(digitWords[r%10])
		}
	}
}
