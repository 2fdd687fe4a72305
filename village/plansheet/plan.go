package plansheet

import (
	"fmt"
	"io"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/xuri/excelize/v2"
)

// The sheets of a plan's workbook, in order.
var (
	sheetSummary   = sheetName{"Ringkasan", "Summary"}
	sheetGroups    = sheetName{"Per kelompok", "By group"}
	sheetPrograms  = sheetName{"Per program", "By program"}
	sheetSources   = sheetName{"Per sumber dana", "By funding source"}
	sheetAccounts  = sheetName{"Per kode rekening APBDes", "By village budget account"}
	sheetSchedule  = sheetName{"Jadwal pembayaran", "Payment schedule"}
	sheetShortfall = sheetName{"Tidak (penuh) terlindungi", "Not or not fully covered"}
	sheetPeople    = sheetName{"Peserta", "People"}
	sheetTarget    = sheetName{"Target", "Target"}
	sheetWarnings  = sheetName{"Peringatan", "Warnings"}

	planSheets = []sheetName{sheetSummary, sheetGroups, sheetPrograms, sheetSources, sheetAccounts,
		sheetSchedule, sheetShortfall, sheetPeople, sheetTarget, sheetWarnings}
)

// SheetNames returns the names of the sheets [Write] writes, in order, in
// language l.
func SheetNames(l problem.Lang) []string { return names(planSheets, l) }

func names(sheets []sheetName, l problem.Lang) []string {
	out := make([]string, len(sheets))
	for i, s := range sheets {
		out[i] = s.in(l)
	}
	return out
}

// Write writes the workbook of one village's plan to w: a summary sheet and
// one sheet per section of the plan's text report, amounts in rupiah
// format, every total a formula over its rows (see the package doc). NIKs
// are masked unless o.FullNIK is set. Nothing is written when an amount
// cannot be held exactly (every such problem is returned, wrapping
// [ErrAmount]); an error of w is returned as it comes.
func Write(w io.Writer, p village.Plan, o Options) error {
	b := newBook(o.Lang)
	l := o.Lang
	sum := b.newSheet(sheetSummary.in(l), 34, 22)
	groups := b.planGroups(p)
	b.planPrograms(p)
	b.planSources(p)
	accounts := b.planAccounts(p)
	b.planSchedule(p)
	b.planShortfall(p, o)
	b.planPeople(p, o)
	b.planTarget(p)
	b.planWarnings(p)

	// The summary refers to the totals of the group and account sheets.
	sum.add(excelize.Cell{StyleID: b.st.title, Value: b.tr("RENCANA JAMINAN SOSIAL KETENAGAKERJAAN DESA", "VILLAGE EMPLOYMENT SOCIAL SECURITY PLAN")})
	sum.skip()
	v := p.Village
	sum.add(b.tr("Desa", "Village"), v.Name)
	sum.add(b.tr("Kode desa", "Village code"), v.Code.String())
	sum.add(b.tr("Kecamatan", "District"), v.District)
	sum.add(b.tr("Kabupaten/kota", "Regency"), v.Regency)
	sum.add(b.tr("Provinsi", "Province"), v.Province)
	sum.add(b.tr("Tahun anggaran", "Fiscal year"), p.Year)
	sum.add(b.tr("Bulan", "Months"), contribution.MonthName(p.Months.From, l)+" – "+contribution.MonthName(p.Months.To, l))
	sum.skip()
	sum.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Totals")})
	normal := b.rupiah(p.Total.Normal, "total.normal")
	amount := b.rupiah(p.Total.Amount, "total.amount")
	budget := b.rupiah(p.Total.VillageBudget, "total.village_budget")
	first := sum.row + 1
	sum.add(b.tr("Iuran normal", "Normal contributions"),
		excelize.Cell{StyleID: b.st.rupiah, Formula: groups.ref(5, groups.row), Value: normal})
	sum.add(b.tr("Potongan iuran (keringanan)", "Relief (discounts)"),
		excelize.Cell{StyleID: b.st.rupiah, Formula: fmt.Sprintf("%s-%s", cellName(2, first), cellName(2, first+2)), Value: normal - amount})
	sum.add(b.tr("Iuran yang ditagih", "Contributions billed"),
		excelize.Cell{StyleID: b.st.rupiahTotal, Formula: groups.ref(6, groups.row), Value: amount})
	sum.add(b.tr("  dari APBDes", "  from the village budget (APBDes)"),
		excelize.Cell{StyleID: b.st.rupiah, Formula: accounts.ref(4, accounts.row), Value: budget})
	if words, err := rupiah.Words(p.Total.Amount); err == nil {
		sum.add(b.tr("Terbilang", "In words (Indonesian)"), words)
	}
	sum.flush()
	return b.write(w)
}

// planGroups writes the costs by group.
func (b *book) planGroups(p village.Plan) *sheet {
	s := b.newSheet(sheetGroups.in(b.lang), 30, 10, 12, 13, 16, 16)
	s.freeze(1)
	s.header(b.tr("Kelompok", "Group"), b.tr("Peserta", "Enrolled"), b.tr("Terlindungi", "Covered"),
		b.tr("Orang-bulan", "Person-months"), b.tr("Iuran normal", "Normal contributions"), b.tr("Iuran", "Contributions"))
	var enrolled, covered, months, normal, amount column
	for i, g := range p.Groups {
		f := fmt.Sprintf("groups[%d].", i)
		s.add(g.Group.Label(b.lang), enrolled.add(int64(g.Enrolled)), covered.add(int64(g.Covered)), months.add(int64(g.PersonMonths)),
			b.money(normal.add(b.rupiah(g.Normal, f+"normal"))), b.money(amount.add(b.rupiah(g.Amount, f+"amount"))))
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")},
		enrolled.total(b, 2, from, to, false, "groups.enrolled"), covered.total(b, 3, from, to, false, "groups.covered"),
		months.total(b, 4, from, to, false, "groups.person_months"),
		normal.total(b, 5, from, to, true, "groups.normal"), amount.total(b, 6, from, to, true, "groups.amount"))
	s.flush()
	return s
}

// planPrograms writes the costs by program.
func (b *book) planPrograms(p village.Plan) {
	s := b.newSheet(sheetPrograms.in(b.lang), 10, 32, 16, 16, 16)
	s.freeze(1)
	s.header(b.tr("Kode", "Code"), b.tr("Program", "Program"), b.tr("Normal", "Normal"), b.tr("Potongan", "Relief"), b.tr("Iuran", "Contributions"))
	var normal, relief, amount column
	for i, pr := range p.Programs {
		f := fmt.Sprintf("programs[%d].", i)
		n, a := b.rupiah(pr.Normal, f+"normal"), b.rupiah(pr.Amount, f+"amount")
		s.add(pr.Program.String(), pr.Program.Name(b.lang), b.money(normal.add(n)), b.money(relief.add(n-a)), b.money(amount.add(a)))
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil,
		normal.total(b, 3, from, to, true, "programs.normal"), relief.total(b, 4, from, to, true, "programs.relief"),
		amount.total(b, 5, from, to, true, "programs.amount"))
	s.flush()
}

// planSources writes the costs by funding source, with the ceilings and the
// funding policy of the year.
func (b *book) planSources(p village.Plan) {
	s := b.newSheet(sheetSources.in(b.lang), 32, 12, 16, 16, 16, 40, 50)
	s.freeze(1)
	s.header(b.tr("Sumber", "Source"), b.tr("Kode", "Code"), b.tr("Iuran", "Contributions"), b.tr("Pagu", "Ceiling"), b.tr("Sisa", "Left"),
		fmt.Sprintf(b.tr("Boleh untuk (TA %d)", "Allowed for (FY %d)"), p.Year), b.tr("Dasar", "Basis"))
	var amount column
	for i, src := range p.Sources {
		f := fmt.Sprintf("sources[%d].", i)
		var ceiling, left any
		if src.Limited {
			ceiling, left = b.money(b.rupiah(src.Ceiling, f+"ceiling")), b.money(b.rupiah(src.Left(), f+"left"))
		}
		allowed, basis := src.Allowed.Labels(b.lang), src.Citation.Format(b.lang)
		if src.Citation.Instrument == "" {
			allowed, basis = b.tr("tidak ada kebijakan yang diketahui", "no known policy"), ""
		}
		s.add(src.Source.Label(b.lang), src.Source.String(), b.money(amount.add(b.rupiah(src.Amount, f+"amount"))), ceiling, left, allowed, basis)
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil, amount.total(b, 3, from, to, true, "sources.amount"))
	s.flush()
}

// planAccounts writes what each village budget account carries.
func (b *book) planAccounts(p village.Plan) *sheet {
	s := b.newSheet(sheetAccounts.in(b.lang), 12, 20, 60, 16)
	s.freeze(1)
	s.header(b.tr("Kegiatan", "Activity"), b.tr("Rekening", "Account"), b.tr("Kelompok", "Groups"), b.tr("Jumlah", "Amount"))
	var amount column
	for i, a := range p.Accounts {
		act, obj := a.Account.Activity, a.Account.Object
		if a.Account.IsZero() {
			act, obj = "", b.tr("(belum ditetapkan)", "(not assigned)")
		}
		s.add(act, obj, a.Groups.Labels(b.lang), b.money(amount.add(b.rupiah(a.Amount, fmt.Sprintf("accounts[%d].amount", i)))))
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil, nil, amount.total(b, 4, from, to, true, "accounts.amount"))
	s.flush()
	return s
}

// planSchedule writes what is due when, one row per contribution month,
// segment and source.
func (b *book) planSchedule(p village.Plan) {
	s := b.newSheet(sheetSchedule.in(b.lang), 13, 18, 9, 32, 16)
	s.freeze(1)
	s.header(b.tr("Jatuh tempo", "Due"), b.tr("Bulan iuran", "Contribution month"), b.tr("Segmen", "Segment"),
		b.tr("Sumber", "Source"), b.tr("Jumlah", "Amount"))
	var amount column
	for i, c := range p.CashFlow {
		s.add(excelize.Cell{StyleID: b.st.date, Value: c.Due.Time()}, contribution.MonthName(c.Month, b.lang), c.Segment.String(),
			c.Source.Label(b.lang), b.money(amount.add(b.rupiah(c.Amount, fmt.Sprintf("cash_flow[%d].amount", i)))))
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil, nil, nil, amount.total(b, 5, from, to, true, "cash_flow.amount"))
	s.flush()
}

// personNIK is a person's NIK as the options allow.
func personNIK(pe village.Person, o Options) string {
	if o.FullNIK {
		return pe.Enrolment.NIK.Digits()
	}
	return pe.Enrolment.NIK.String()
}

// planShortfall writes the people a ceiling leaves out, wholly or partly.
func (b *book) planShortfall(p village.Plan, o Options) {
	s := b.newSheet(sheetShortfall.in(b.lang), 28, 19, 28, 12, 12, 12, 16, 44)
	s.freeze(1)
	s.header(b.tr("Nama", "Name"), "NIK", b.tr("Kelompok", "Group"), b.tr("Bulan direncanakan", "Months planned"),
		b.tr("Bulan terlindungi", "Months covered"), b.tr("Bulan kurang", "Months missing"), b.tr("Dibutuhkan", "Needed"), b.tr("Sebab", "Reason"))
	var missing, needed column
	for i, pe := range p.People {
		sf := pe.Shortfall
		if sf == nil {
			continue
		}
		reason := b.tr("pagu "+sf.Source.Label(b.lang)+" habis", sf.Source.Label(b.lang)+" ceiling reached")
		s.add(pe.Enrolment.Name, personNIK(pe, o), pe.Enrolment.Group.Label(b.lang), pe.Months, pe.Covered, missing.add(int64(sf.Months)),
			b.money(needed.add(b.rupiah(sf.Needed, fmt.Sprintf("people[%d].shortfall.needed", i)))), reason)
	}
	from, to := 2, s.row
	s.add(excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}, nil, nil, nil, nil,
		missing.total(b, 6, from, to, false, "shortfall.months"), needed.total(b, 7, from, to, true, "shortfall.needed"))
	s.flush()
}

// planPeople writes every enrolment.
func (b *book) planPeople(p village.Plan, o Options) {
	s := b.newSheet(sheetPeople.in(b.lang), 28, 19, 28, 6, 14, 32, 18, 16, 9, 9, 11, 11, 16, 16, 16, 16)
	s.freeze(1)
	s.header(b.tr("Nama", "Name"), "NIK", b.tr("Kelompok", "Group"), b.tr("Segmen", "Segment"), b.tr("Program", "Programs"),
		b.tr("Sumber", "Source"), b.tr("Rekening", "Account"), b.tr("Upah/penghasilan", "Wage/income"),
		b.tr("Dari", "From"), b.tr("Sampai", "To"), b.tr("Bulan direncanakan", "Months planned"), b.tr("Bulan terlindungi", "Months covered"),
		b.tr("Iuran normal", "Normal contributions"), b.tr("Iuran", "Contributions"),
		b.tr("Dari sumber dana", "From the source"), b.tr("Dari pekerja", "From the worker"))
	var normal, amount, fromSource, fromWorker column
	for i, pe := range p.People {
		e := pe.Enrolment
		f := fmt.Sprintf("people[%d].", i)
		s.add(e.Name, personNIK(pe, o), e.Group.Label(b.lang), pe.Segment.String(), e.Programs.String(), e.Source.Label(b.lang),
			pe.Account.String(), b.money(b.rupiah(e.Wage, f+"wage")), e.From.String(), e.To.String(), pe.Months, pe.Covered,
			b.money(normal.add(b.rupiah(pe.Normal, f+"normal"))), b.money(amount.add(b.rupiah(pe.Amount, f+"amount"))),
			b.money(fromSource.add(b.rupiah(pe.FromSource, f+"from_source"))), b.money(fromWorker.add(b.rupiah(pe.FromWorker, f+"from_worker"))))
	}
	from, to := 2, s.row
	cells := make([]any, 16)
	cells[0] = excelize.Cell{StyleID: b.st.bold, Value: b.tr("Jumlah", "Total")}
	cells[12] = normal.total(b, 13, from, to, true, "people.normal")
	cells[13] = amount.total(b, 14, from, to, true, "people.amount")
	cells[14] = fromSource.total(b, 15, from, to, true, "people.from_source")
	cells[15] = fromWorker.total(b, 16, from, to, true, "people.from_worker")
	s.add(cells...)
	s.flush()
}

// planTarget writes the progress to the target and the desa-sadar
// criteria.
func (b *book) planTarget(p village.Plan) {
	s := b.newSheet(sheetTarget.in(b.lang), 44, 36, 10, 16)
	pr := p.Progress
	s.add(b.tr("Pekerja terlindungi", "Covered workers"), pr.Covered)
	if pr.Target > 0 {
		s.add(b.tr("Target per desa", "Target per village"), pr.Target)
		s.add(b.tr("Kurang", "Still needed"), pr.Remaining)
		s.add(b.tr("Dasar", "Basis"), pr.Citation.Format(b.lang))
	} else {
		s.add(b.tr("Target per desa", "Target per village"), b.tr("tidak ada target yang berlaku", "no target in force"))
	}
	s.skip()
	s.header(b.tr("Kriteria Desa Sadar Jaminan Sosial Ketenagakerjaan", "Desa Sadar Jaminan Sosial Ketenagakerjaan criteria"),
		b.tr("Status", "Status"), b.tr("Orang", "People"), b.tr("Belum terlindungi", "Not covered"))
	for _, c := range pr.Criteria {
		status := b.tr("tidak dapat dinilai dari rencana", "cannot be judged from a plan")
		switch c.Status {
		case village.Met:
			status = b.tr("terpenuhi", "met")
		case village.NotMet:
			status = b.tr("belum terpenuhi", "not met")
		}
		var people, uncovered any
		if c.Status != village.NotAssessed {
			people, uncovered = c.People, c.Uncovered
		}
		s.add(b.tr(c.Criterion.ID, c.Criterion.EN), status, people, uncovered)
	}
	s.flush()
}

// planWarnings writes the plan's warnings, one per row: the code (for a
// program that sorts or filters them), the field as a person reads it in
// the workbook's language ([problem.Label]: "peserta ke-4, upah", not
// "people[3].wage"), the message and the value.
func (b *book) planWarnings(p village.Plan) {
	s := b.newSheet(sheetWarnings.in(b.lang), 22, 32, 90, 16)
	s.freeze(1)
	s.header(b.tr("Kode", "Code"), b.tr("Kolom", "Field"), b.tr("Pesan", "Message"), b.tr("Nilai", "Value"))
	for _, e := range p.Warnings {
		s.add(string(e.Code), problem.Label(e.Field, b.lang), b.tr(e.ID, e.EN), e.Value)
	}
	s.flush()
}
