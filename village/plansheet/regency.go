package plansheet

import (
	"fmt"
	"io"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/xuri/excelize/v2"
)

// The sheets of a regency's workbook, in order. A sheet name may not hold
// "/", hence "kabupaten-kota".
var (
	sheetVillages  = sheetName{"Ringkasan", "Summary"}
	sheetRSources  = sheetName{"Per sumber dana", "By funding source"}
	sheetRegencies = sheetName{"Per kabupaten-kota", "By regency"}
	sheetDistricts = sheetName{"Per kecamatan", "By district"}

	regencySheets = []sheetName{sheetVillages, sheetRSources, sheetRegencies, sheetDistricts}
)

// RegencySheetNames returns the names of the sheets [WriteRegency] writes,
// in order, in language l.
func RegencySheetNames(l problem.Lang) []string { return names(regencySheets, l) }

// WriteRegency writes the workbook of the plans of many villages of one
// fiscal year to w: a summary sheet with one row per village, in the order
// given, and a total row; then the amounts by funding source and the
// summaries by regency and by district of [village.Summarise], every total
// a formula over its rows. Plans of different years are an error, as for
// [village.Summarise]; so is an amount a workbook cannot hold exactly.
func WriteRegency(w io.Writer, plans []village.Plan, o Options) error {
	r, err := village.Summarise(plans)
	if err != nil {
		return err
	}
	b := newBook(o.Lang)
	b.regencyVillages(r, plans)
	b.regencySources(r)
	b.regencyAreas(sheetRegencies, r.Regencies, "regencies")
	b.regencyAreas(sheetDistricts, r.Districts, "districts")
	return b.write(w)
}

// yesNo is "Ya" or "Tidak" (Yes or No).
func (b *book) yesNo(ok bool) string {
	if ok {
		return b.tr("Ya", "Yes")
	}
	return b.tr("Tidak", "No")
}

// regencyVillages writes one row per village and the totals.
func (b *book) regencyVillages(r village.Rollup, plans []village.Plan) {
	l := b.lang
	s := b.newSheet(sheetVillages.in(l), 15, 26, 24, 26, 10, 12, 9, 15, 15, 16, 16, 16, 16)
	s.freeze(4)
	s.add(excelize.Cell{StyleID: b.st.title, Value: b.tr("RINGKASAN RENCANA JAMINAN SOSIAL KETENAGAKERJAAN DESA", "SUMMARY OF VILLAGE EMPLOYMENT SOCIAL SECURITY PLANS")})
	s.add(b.tr("Tahun anggaran", "Fiscal year"), r.Year)
	s.skip()
	s.header(b.tr("Kode desa", "Village code"), b.tr("Desa", "Village"), b.tr("Kecamatan", "District"), b.tr("Kabupaten/kota", "Regency"),
		b.tr("Peserta", "Enrolled"), b.tr("Terlindungi", "Covered"), b.tr("Target", "Target"),
		b.tr("Target tercapai", "Target reached"), b.tr("Desa sadar", "Desa sadar"),
		b.tr("Iuran normal", "Normal contributions"), b.tr("Potongan", "Relief"), b.tr("Iuran", "Contributions"), b.tr("dari APBDes", "from APBDes"))
	var enrolled, covered, normal, relief, amount, budget column
	from := s.row + 1
	for i, p := range plans {
		f := fmt.Sprintf("plans[%d].total.", i)
		n, a := b.rupiah(p.Total.Normal, f+"normal"), b.rupiah(p.Total.Amount, f+"amount")
		var people int
		for _, g := range p.Groups {
			people += g.Enrolled
		}
		var target any
		if p.Progress.Target > 0 {
			target = p.Progress.Target
		}
		s.add(p.Village.Code.String(), p.Village.Name, p.Village.District, p.Village.Regency,
			enrolled.add(int64(people)), covered.add(int64(p.Progress.Covered)), target,
			b.yesNo(p.Progress.TargetMet()), b.yesNo(p.Progress.DesaSadar()),
			b.money(normal.add(n)), b.money(relief.add(n-a)), b.money(amount.add(a)),
			b.money(budget.add(b.rupiah(p.Total.VillageBudget, f+"village_budget"))))
	}
	to := s.row
	// count counts the rows of column col: those saying yes, or (when yes
	// is false) those not empty.
	count := func(col, n int, yes bool) excelize.Cell {
		c := excelize.Cell{StyleID: b.st.countTotal, Value: n}
		if to >= from && yes {
			c.Formula = fmt.Sprintf(`COUNTIF(%s:%s,"%s")`, cellName(col, from), cellName(col, to), b.yesNo(true))
		} else if to >= from {
			c.Formula = fmt.Sprintf(`COUNTA(%s:%s)`, cellName(col, from), cellName(col, to))
		}
		return c
	}
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, count(1, len(plans), false), nil, nil,
		enrolled.total(b, 5, from, to, false, "total.enrolled"), covered.total(b, 6, from, to, false, "total.covered"), nil,
		count(8, r.Total.TargetMet, true), count(9, r.Total.DesaSadar, true),
		normal.total(b, 10, from, to, true, "total.normal"), relief.total(b, 11, from, to, true, "total.relief"),
		amount.total(b, 12, from, to, true, "total.amount"), budget.total(b, 13, from, to, true, "total.village_budget"))
	s.skip()
	if words, err := rupiah.Words(r.Total.Total.Amount); err == nil {
		s.add(b.tr("Terbilang", "In words (Indonesian)"), words)
	}
	s.flush()
}

// regencySources writes the amounts by funding source of every plan.
func (b *book) regencySources(r village.Rollup) {
	s := b.newSheet(sheetRSources.in(b.lang), 32, 12, 16)
	s.freeze(1)
	s.header(b.tr("Sumber", "Source"), b.tr("Kode", "Code"), b.tr("Iuran", "Contributions"))
	var amount column
	for i, src := range r.Total.Sources {
		s.add(src.Source.Label(b.lang), src.Source.String(), b.money(amount.add(b.rupiah(src.Amount, fmt.Sprintf("sources[%d].amount", i)))))
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil, amount.total(b, 3, from, to, true, "sources.amount"))
	s.flush()
}

// regencyAreas writes the summaries of regencies or districts.
func (b *book) regencyAreas(name sheetName, areas []village.Summary, field string) {
	s := b.newSheet(name.in(b.lang), 12, 30, 8, 10, 12, 15, 15, 16, 16, 16)
	s.freeze(1)
	s.header(b.tr("Kode", "Code"), b.tr("Nama", "Name"), b.tr("Desa", "Villages"), b.tr("Peserta", "Enrolled"),
		b.tr("Terlindungi", "Covered"), b.tr("Desa mencapai target", "Villages reaching the target"),
		b.tr("Desa sadar", "Desa sadar villages"), b.tr("Iuran normal", "Normal contributions"), b.tr("Iuran", "Contributions"), b.tr("dari APBDes", "from APBDes"))
	var villages, enrolled, covered, target, sadar, normal, amount, budget column
	for i, a := range areas {
		f := fmt.Sprintf("%s[%d].total.", field, i)
		s.add(a.Area.String(), a.Name, villages.add(int64(a.Villages)), enrolled.add(int64(a.Enrolled)), covered.add(int64(a.Covered)),
			target.add(int64(a.TargetMet)), sadar.add(int64(a.DesaSadar)),
			b.money(normal.add(b.rupiah(a.Total.Normal, f+"normal"))), b.money(amount.add(b.rupiah(a.Total.Amount, f+"amount"))),
			b.money(budget.add(b.rupiah(a.Total.VillageBudget, f+"village_budget"))))
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil,
		villages.total(b, 3, from, to, false, field+".villages"), enrolled.total(b, 4, from, to, false, field+".enrolled"),
		covered.total(b, 5, from, to, false, field+".covered"), target.total(b, 6, from, to, false, field+".target_met"),
		sadar.total(b, 7, from, to, false, field+".desa_sadar"),
		normal.total(b, 8, from, to, true, field+".normal"), amount.total(b, 9, from, to, true, field+".amount"),
		budget.total(b, 10, from, to, true, field+".village_budget"))
	s.flush()
}
