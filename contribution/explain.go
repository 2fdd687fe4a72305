package contribution

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

var monthsID = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

// MonthName returns a contribution month as people write it: "Februari 2026"
// in Indonesian, "February 2026" in English.
func MonthName(m regulation.Month, l problem.Lang) string {
	if m.IsZero() {
		return ""
	}
	if l == problem.English {
		return fmt.Sprintf("%s %d", m.Month(), m.Year())
	}
	return fmt.Sprintf("%s %d", monthsID[m.Month()], m.Year())
}

// Explain returns a readable account of the bill in the given language: each
// line with its basis, rate or flat amount, any relief, who carries it and
// its legal sources, then the totals, the billed amount in words
// (Indonesian) and any warnings.
func (b Bill) Explain(l problem.Lang) string {
	en := l == problem.English
	t := func(id, eng string) string {
		if en {
			return eng
		}
		return id
	}
	money := func(d decimal.Decimal) string { return rupiah.Format(d, l) }
	var s strings.Builder
	fmt.Fprintf(&s, t("Iuran %s (%s), bulan %s\n", "%s contribution (%s), %s\n"),
		b.Segment, b.Segment.Name(l), MonthName(b.Month, l))
	for _, ln := range b.Lines {
		code, name := ln.Program.String(), ln.Program.Name(l)
		if ln.Covers.Len() > 1 {
			// A migrant worker's package covers JKK and JKM in one amount.
			var names []string
			for p := range ln.Covers.All() {
				names = append(names, p.Name(l))
			}
			code, name = ln.Covers.String(), strings.Join(names, " + ")
		}
		fmt.Fprintf(&s, "\n%s — %s\n", code, name)
		switch {
		case !ln.Flat.IsZero():
			fmt.Fprintf(&s, t("  jumlah tetap %s\n", "  flat amount %s\n"), money(ln.Flat))
		case !ln.Rate.IsZero():
			fmt.Fprintf(&s, "  %s × %s = %s\n", ln.Rate.Format(l), money(ln.Basis), money(ln.Normal))
		default:
			fmt.Fprintf(&s, t("  tarif bertingkat atas nilai kontrak %s = %s\n", "  tiered rates on a contract value of %s = %s\n"),
				money(ln.Basis), money(ln.Normal))
		}
		if ln.Relief != nil {
			fmt.Fprintf(&s, t("  keringanan %s: potongan %s, menjadi %s\n", "  relief %s: %s off, giving %s\n"),
				ln.Relief.Relief.Name(l), ln.Relief.Discount.Format(l), money(ln.Amount))
		}
		for p := range numParties {
			if v := ln.Shares.Of(p); !v.IsZero() {
				note := ""
				if p == Government || p == Recomposition {
					note = t(" (tidak ditagihkan)", " (not billed)")
				}
				fmt.Fprintf(&s, "  %s: %s%s\n", p.Name(l), money(v), note)
			}
		}
		if !ln.Deferred.IsZero() {
			fmt.Fprintf(&s, t("  ditunda: %s\n", "  deferred: %s\n"), money(ln.Deferred))
		}
		for _, c := range ln.Citations {
			fmt.Fprintf(&s, t("  dasar: %s\n", "  source: %s\n"), c.Format(l))
		}
	}
	s.WriteString(t("\nJumlah per pihak\n", "\nTotals by party\n"))
	for p := range numParties {
		if v := b.Totals.Of(p); !v.IsZero() {
			fmt.Fprintf(&s, "  %s: %s\n", p.Name(l), money(v))
		}
	}
	fmt.Fprintf(&s, t("Ditagihkan: %s\n", "Billed: %s\n"), money(b.Billed))
	if !en {
		if w, err := rupiah.Words(b.Billed); err == nil {
			fmt.Fprintf(&s, "Terbilang: %s\n", w)
		}
	}
	if !b.Deferred.IsZero() {
		fmt.Fprintf(&s, t("Di antaranya ditunda: %s\n", "Of which deferred: %s\n"), money(b.Deferred))
	}
	for _, w := range b.Warnings {
		fmt.Fprintf(&s, t("Peringatan: %s\n", "Warning: %s\n"), w.Message(l))
	}
	fmt.Fprintf(&s, t("Pembulatan: %s, per bagian tiap pihak\n", "Rounding: %s, on each party's share\n"), b.Rounding.Name(l))
	return s.String()
}
