package rupiah

import (
	"strings"
	"unicode"

	"github.com/shopspring/decimal"
)

// Parse reads an amount written the Indonesian way, as on receipts, invoices
// and budget documents: "." groups thousands and "," is the decimal mark.
// All of these are 16800:
//
//	Rp16.800   Rp 16.800   Rp. 16.800   Rp16.800,00   Rp16.800,-
//	16800      16.800      IDR 16.800   rp16.800
//
// Spaces around the text and between its parts (sign, currency sign, number)
// may be any Unicode space, including the non-breaking space. The currency
// sign, Rp, Rp. or IDR in any letter case, is optional. A minus sign ("-" or
// U+2212 "−") may stand before or after the currency sign: -Rp16.800 and
// Rp-16.800 are both -16800. After the decimal comma come one or two digits
// (sen), or "-" meaning no sen.
//
// Parse rejects anything it would have to guess at, with an error wrapping
// one of the sentinels:
//
//   - [ErrEmpty]: nothing but spaces;
//   - [ErrSyntax]: letters or other marks, spaces inside the number, more
//     than one sign, a leading zero ("016.800"), a comma without digits;
//   - [ErrGrouping]: a dot that does not separate groups of exactly three
//     digits ("16.80", "1.6800", "1234.567"), or a comma followed by exactly
//     three digits in an ungrouped number ("16,800", "1,234,567"), which is
//     English notation for thousands, not sixteen point eight;
//   - [ErrPrecision]: more than two digits after the decimal comma
//     ("0,125", "1.234,567").
//
// Amounts in English notation (Rp16,800.50), as written by [Format] in
// English, are not read back: the same marks mean opposite things in the two
// languages, and money must not be guessed. The value returned keeps the sen
// that were written ("16.800,50" has exponent -2) and is exact for any number
// of digits.
func Parse(s string) (decimal.Decimal, error) {
	t := strings.TrimFunc(s, unicode.IsSpace)
	if t == "" {
		return decimal.Zero, fail(ErrEmpty, "rupiah.empty", s,
			"Kosong.",
			"Is empty.")
	}
	t, neg := cutSign(t)
	t = strings.TrimLeftFunc(t, unicode.IsSpace)
	if rest, ok := cutSymbol(t); ok {
		t = strings.TrimLeftFunc(rest, unicode.IsSpace)
		var again bool
		if t, again = cutSign(t); again {
			if neg {
				return decimal.Zero, errSigns(s)
			}
			neg = true
			t = strings.TrimLeftFunc(t, unicode.IsSpace)
		}
	}
	if _, again := cutSign(t); again {
		return decimal.Zero, errSigns(s)
	}

	whole, frac, err := parseNumber(s, t)
	if err != nil {
		return decimal.Zero, err
	}
	text := whole
	if frac != "" {
		text += "." + frac
	}
	if neg {
		text = "-" + text
	}
	d, derr := decimal.NewFromString(text)
	if derr != nil {
		// parseNumber only lets ASCII digits through; this cannot happen.
		return decimal.Zero, errSyntax(s)
	}
	return d, nil
}

// parseNumber reads the number itself, t, from the text s, returning the
// digits before the decimal comma (separators removed) and the digits after
// it.
func parseNumber(s, t string) (whole, frac string, err error) {
	i := digitsEnd(t, 0)
	if i == 0 {
		return "", "", errSyntax(s)
	}
	whole = t[:i]
	grouped := i < len(t) && t[i] == '.'
	switch {
	case grouped:
		if i > 3 || t[0] == '0' {
			return "", "", errGrouping(s)
		}
		var b strings.Builder
		b.WriteString(whole)
		for i < len(t) && t[i] == '.' {
			j := digitsEnd(t, i+1)
			if j-i-1 != 3 {
				return "", "", errGrouping(s)
			}
			b.WriteString(t[i+1 : j])
			i = j
		}
		whole = b.String()
	case len(whole) > 1 && whole[0] == '0':
		return "", "", fail(ErrSyntax, "rupiah.syntax", s,
			"Diawali angka nol yang berlebih.",
			"Starts with a superfluous zero.")
	}
	if i == len(t) {
		return whole, "", nil
	}
	if t[i] != ',' {
		return "", "", errSyntax(s)
	}
	rest := t[i+1:]
	if rest == "-" {
		return whole, "", nil
	}
	j := digitsEnd(rest, 0)
	switch {
	case j == 0:
		return "", "", errSyntax(s)
	case j == 3 && !grouped && whole != "0":
		return "", "", fail(ErrGrouping, "rupiah.grouping", s,
			"Koma adalah tanda desimal dalam bahasa Indonesia; pisahkan ribuan dengan titik, misalnya Rp16.800.",
			"In Indonesian the comma is the decimal mark; separate thousands with a dot, as in Rp16.800.")
	case j > 2:
		return "", "", fail(ErrPrecision, "rupiah.precision", s,
			"Paling banyak dua angka (sen) boleh ada di belakang koma.",
			"At most two digits (sen) may follow the decimal comma.")
	case j < len(rest):
		return "", "", errSyntax(s)
	}
	return whole, rest, nil
}

// digitsEnd returns the index of the first byte at or after i in t that is
// not an ASCII digit.
func digitsEnd(t string, i int) int {
	for i < len(t) && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	return i
}

// cutSign removes a leading minus sign, ASCII or U+2212.
func cutSign(t string) (rest string, found bool) {
	if rest, ok := strings.CutPrefix(t, "-"); ok {
		return rest, true
	}
	return strings.CutPrefix(t, "\u2212")
}

// cutSymbol removes a leading currency sign: Rp., Rp or IDR, in any case.
func cutSymbol(t string) (rest string, found bool) {
	for _, sym := range [...]string{"rp.", "rp", "idr"} {
		if len(t) >= len(sym) && strings.EqualFold(t[:len(sym)], sym) {
			return t[len(sym):], true
		}
	}
	return t, false
}

func errSyntax(s string) error {
	return fail(ErrSyntax, "rupiah.syntax", s,
		"Tidak dapat dibaca; tulislah seperti Rp16.800 atau Rp16.800,50.",
		"Cannot be read; write it like Rp16.800 or Rp16.800,50.")
}

func errSigns(s string) error {
	return fail(ErrSyntax, "rupiah.syntax", s,
		"Memiliki lebih dari satu tanda minus.",
		"Has more than one minus sign.")
}

func errGrouping(s string) error {
	return fail(ErrGrouping, "rupiah.grouping", s,
		"Titik hanya boleh memisahkan ribuan, tiga angka per kelompok, misalnya Rp1.234.567.",
		"A dot may only separate thousands, three digits per group, as in Rp1.234.567.")
}
