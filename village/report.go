package village

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// ReportOptions says how a plan is written for people.
type ReportOptions struct {
	// Lang is the language: Indonesian (the default) or English.
	Lang problem.Lang
	// People adds the list of every enrolment, with NIKs masked. Without it
	// only the people the budget does not fully cover are listed.
	People bool
}

// tr picks the Indonesian or English text.
func tr(l problem.Lang, id, en string) string {
	if l == problem.English {
		return en
	}
	return id
}

func money(d decimal.Decimal, l problem.Lang) string { return rupiah.Format(d, l) }

// memo remembers the text made of each key, up to maxMemo keys (past it,
// it starts again): the values that repeat down a long table or CSV are
// then formatted once, not once a line.
type memo[K comparable] map[K]string

// maxMemo bounds a memo.
const maxMemo = 4096

// text returns the text of k, made by format the first time.
func (m *memo[K]) text(k K, format func(K) string) string {
	if s, ok := (*m)[k]; ok {
		return s
	}
	if *m == nil || len(*m) >= maxMemo {
		*m = memo[K]{}
	}
	s := format(k)
	(*m)[k] = s
	return s
}

// cellMemo remembers the text of the cells that repeat down the long
// tables of a report (people, reliefs, shortfalls): month ranges, amounts
// and counts of months, which a roster of half a million people shares
// among a few hundred values. Each table is written twice (see stream),
// so each value would otherwise be formatted a million times.
type cellMemo struct {
	l      problem.Lang
	months memo[regulation.MonthRange]
	money  memo[int64]
	counts memo[[2]int]
}

func newCellMemo(l problem.Lang) *cellMemo { return &cellMemo{l: l} }

// monthRange is monthRange(r, m.l).
func (m *cellMemo) monthRange(r regulation.MonthRange) string {
	return m.months.text(r, func(r regulation.MonthRange) string { return monthRange(r, m.l) })
}

// amount is money(d, m.l).
func (m *cellMemo) amount(d decimal.Decimal) string {
	if d.Exponent() != 0 || !d.Coefficient().IsInt64() {
		return money(d, m.l)
	}
	return m.money.text(d.CoefficientInt64(), func(int64) string { return money(d, m.l) })
}

// fraction is "a/b".
func (m *cellMemo) fraction(a, b int) string {
	return m.counts.text([2]int{a, b}, func(k [2]int) string { return strconv.Itoa(k[0]) + "/" + strconv.Itoa(k[1]) })
}

// table writes rows as aligned columns; columns whose index is in right are
// aligned to the right.
type table struct {
	rows  [][]string
	right map[int]bool
}

func newTable(right ...int) *table {
	t := &table{right: map[int]bool{}}
	for _, i := range right {
		t.right[i] = true
	}
	return t
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w *bufio.Writer) {
	var width []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range t.rows {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			if i > 0 {
				line.WriteString("  ")
			}
			if t.right[i] {
				line.WriteString(pad + c)
			} else if i < len(r)-1 {
				line.WriteString(c + pad)
			} else {
				line.WriteString(c)
			}
		}
		w.WriteString(strings.TrimRight(line.String(), " "))
		w.WriteByte('\n')
	}
}

// textWidth is utf8.RuneCountInString(s), the width of a cell, without
// decoding its ASCII start (most cells are ASCII; a masked NIK turns to
// "•" after four digits).
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// stream writes rows as table.write writes them without holding them:
// rows is called twice, and calls row for each row in turn, the first time
// to measure the columns and the second to write them.
func stream(w *bufio.Writer, right []int, rows func(row func(cells ...string))) {
	var width []int
	rows(func(cells ...string) {
		for i, c := range cells {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], textWidth(c))
		}
	})
	var line []byte
	rows(func(cells ...string) {
		line = line[:0]
		for i, c := range cells {
			pad := width[i] - textWidth(c)
			if i > 0 {
				line = append(line, "  "...)
			}
			switch {
			case slices.Contains(right, i):
				line = appendSpaces(line, pad)
				line = append(line, c...)
			case i < len(cells)-1:
				line = append(line, c...)
				line = appendSpaces(line, pad)
			default:
				line = append(line, c...)
			}
		}
		w.Write(bytes.TrimRight(line, " "))
		w.WriteByte('\n')
	})
}

func appendSpaces(b []byte, n int) []byte {
	for range n {
		b = append(b, ' ')
	}
	return b
}

func heading(w *bufio.Writer, s string) {
	w.WriteString("\n" + s + "\n" + strings.Repeat("-", utf8.RuneCountInString(s)) + "\n")
}

func monthRange(r regulation.MonthRange, l problem.Lang) string {
	return contribution.MonthName(r.From, l) + " – " + contribution.MonthName(r.To, l)
}

func wordsLine(w *bufio.Writer, d decimal.Decimal, l problem.Lang) {
	words, err := rupiah.Words(d)
	if err != nil {
		return
	}
	w.WriteString(tr(l, "Terbilang: ", "In words (Indonesian): ") + words + "\n")
}

// WriteReport writes the plan for people: its village and year, the
// totals (with the grand total in Indonesian words, as budget documents
// carry it), the fiscal year as cash paid within it, the reading of
// PP 50/2025 for village budgets and what the other would cost, then the
// costs by group (with the village-budget part, the part deducted from pay
// and the budget account), program, funding source, budget account (in
// cash) and due date, each relief with whom and which months it covered,
// who the budget does not fully cover and why, with the total shortfall,
// the progress to the target and the desa-sadar criteria, and the warnings,
// each naming its person. Amounts are written with rupiah.Format; NIKs are
// masked.
func (p Plan) WriteReport(w io.Writer, o ReportOptions) error {
	return p.writeReport(w, o, held{&p})
}

// writeReport is [Plan.WriteReport] with the per-person detail of d.
func (p *Plan) writeReport(w io.Writer, o ReportOptions, d detail) error {
	l := o.Lang
	bw := bufio.NewWriter(w)
	memo := newCellMemo(l)
	bw.WriteString(tr(l, "RENCANA JAMINAN SOSIAL KETENAGAKERJAAN DESA", "VILLAGE EMPLOYMENT SOCIAL SECURITY PLAN") + "\n")
	p.Village.write(bw, l)
	fmt.Fprintf(bw, "%s %d (%s)\n", tr(l, "Tahun anggaran", "Fiscal year"), p.Year, monthRange(p.Months, l))

	heading(bw, tr(l, "Jumlah (bulan iuran ", "Totals (contribution months ")+monthRange(p.Months, l)+")")
	t := newTable(1)
	t.add(tr(l, "Iuran normal", "Normal contributions"), money(p.Total.Normal, l))
	t.add(tr(l, "Potongan iuran (keringanan)", "Relief (discounts)"), money(p.Total.Relief(), l))
	t.add(tr(l, "Iuran yang ditagih", "Contributions billed"), money(p.Total.Amount, l))
	t.add(tr(l, "  dari APBDes", "  from the village budget (APBDes)"), money(p.Total.VillageBudget, l))
	if p.Total.Deducted.IsPositive() {
		t.add(tr(l, "  bagian pekerja (dipotong)", "  workers' share (deducted)"), money(p.Total.Deducted, l))
	}
	t.write(bw)
	wordsLine(bw, p.Total.Amount, l)

	p.writeCash(bw, l)
	p.writeReading(bw, l)

	heading(bw, tr(l, "Per kelompok", "By group"))
	t = newTable(1, 2, 3, 4, 5, 6, 7)
	t.add(tr(l, "Kelompok", "Group"), tr(l, "Peserta", "Enrolled"), tr(l, "Terlindungi", "Protected"), tr(l, "Sebagian", "Partial"),
		tr(l, "Orang-bulan", "Person-months"), tr(l, "Iuran", "Contributions"), tr(l, "dari APBDes", "from APBDes"),
		tr(l, "dipotong dari penghasilan", "deducted from pay"), tr(l, "Rekening", "Account"))
	var unset GroupSet
	for _, g := range p.Groups {
		acct := g.Account.Object
		if g.VillageBudget.IsZero() {
			acct = "–"
		} else if g.Account.IsZero() {
			acct = tr(l, "belum ditetapkan", "not set")
			unset |= SetOfGroups(g.Group)
		}
		t.add(g.Group.Label(l), strconv.Itoa(g.Enrolled), strconv.Itoa(g.Covered), strconv.Itoa(g.Partial), strconv.Itoa(g.PersonMonths),
			money(g.Amount, l), money(g.VillageBudget, l), money(g.Deducted, l), acct)
	}
	t.add(tr(l, "Jumlah", "Total"), "", "", "", "", money(p.Total.Amount, l), money(p.Total.VillageBudget, l), money(p.Total.Deducted, l), "")
	t.write(bw)
	for _, g := range p.Groups {
		if !g.Deducted.IsPositive() {
			continue
		}
		where := ""
		if !g.Account.IsZero() && g.VillageBudget.IsPositive() {
			where = tr(l, " (rekening ", " (account ") + g.Account.Object + ")"
		}
		fmt.Fprintf(bw, tr(l, "%s: %s = %s dari APBDes%s + %s iuran bagian pekerja (JHT 2%%, JP 1%%) yang dipotong dari siltap, bukan belanja desa.\n",
			"%s: %s = %s from the village budget%s + %s, the workers' own share (JHT 2%%, JP 1%%) deducted from their siltap, not village spending.\n"),
			g.Group.Label(l), money(g.Amount, l), money(g.VillageBudget, l), where, money(g.Deducted, l))
	}
	if !unset.IsEmpty() {
		fmt.Fprintf(bw, tr(l, "Belum ada kode rekening untuk %s: Permendagri 20/2018 hanya memberi kode untuk kepala desa dan perangkat desa (5.1.3.03, 5.1.3.04); tetapkan kode rekening setempat untuk kelompok tersebut.\n",
			"No budget account is set for %s: Permendagri 20/2018 only gives codes for the village head and officials (5.1.3.03, 5.1.3.04); set a local code for them.\n"),
			unset.Labels(l))
	}

	heading(bw, tr(l, "Per program", "By program"))
	t = newTable(1, 2, 3)
	t.add(tr(l, "Program", "Program"), tr(l, "Normal", "Normal"), tr(l, "Potongan", "Relief"), tr(l, "Iuran", "Contributions"))
	for _, pr := range p.Programs {
		t.add(pr.Program.String()+" – "+pr.Program.Name(l), money(pr.Normal, l), money(pr.Normal.Sub(pr.Amount), l), money(pr.Amount, l))
	}
	t.write(bw)

	heading(bw, tr(l, "Per sumber dana", "By funding source"))
	t = newTable(1, 2, 3)
	t.add(tr(l, "Sumber", "Source"), tr(l, "Iuran", "Contributions"), tr(l, "Pagu", "Ceiling"), tr(l, "Sisa", "Left"))
	for _, s := range p.Sources {
		ceiling, left := "–", "–"
		if s.Limited {
			ceiling, left = money(s.Ceiling, l), money(s.Left(), l)
		}
		t.add(s.Source.Label(l), money(s.Amount, l), ceiling, left)
	}
	if p.Total.Deducted.IsPositive() {
		t.add(tr(l, "(dipotong dari penghasilan pekerja)", "(deducted from the workers' pay)"), money(p.Total.Deducted, l), "–", "–")
	}
	t.write(bw)
	bw.WriteString(tr(l, "Kebijakan sumber dana TA ", "Funding policy for fiscal year ") + strconv.Itoa(p.Year) + ":\n")
	for _, s := range p.Sources {
		if s.Citation.Instrument == "" {
			fmt.Fprintf(bw, "- %s: %s\n", s.Source.Label(l), tr(l, "tidak ada kebijakan yang diketahui", "no known policy"))
			continue
		}
		fmt.Fprintf(bw, "- %s: %s %s (%s)\n", s.Source.Label(l), tr(l, "boleh untuk", "allowed for"), s.Allowed.Labels(l), s.Citation.Format(l))
	}

	if len(p.Cash.Accounts) > 0 {
		heading(bw, tr(l, "Per kode rekening APBDes (kas TA ", "By village budget account (cash, fiscal year ")+strconv.Itoa(p.Year)+")")
		t = newTable(3, 4, 5, 6)
		t.add(tr(l, "Kegiatan", "Activity"), tr(l, "Rekening", "Account"), tr(l, "Kelompok", "Groups"),
			tr(l, "Bulan iuran", "Months"), tr(l, "− ke TA berikut", "− next year"), tr(l, "+ dari TA lalu", "+ last year"), tr(l, "Kas", "Cash"))
		for _, a := range p.Cash.Accounts {
			act, obj := a.Account.Activity, a.Account.Object
			if a.Account.IsZero() {
				act, obj = "–", tr(l, "(belum ditetapkan)", "(not set)")
			}
			t.add(act, obj, a.Groups.Labels(l), money(a.Months, l), money(a.Out, l), money(a.In, l), money(a.Cash, l))
		}
		t.write(bw)
	}

	heading(bw, tr(l, "Jadwal pembayaran", "Payment schedule"))
	t = newTable(3)
	t.add(tr(l, "Jatuh tempo", "Due"), tr(l, "Bulan iuran", "Contribution month"), tr(l, "Segmen", "Segment"), tr(l, "Jumlah", "Amount"))
	for _, c := range cashByDue(p.CashFlow) {
		due := c.Due.String()
		if !c.Safe.IsZero() {
			due += fmt.Sprintf(tr(l, " (aman: %s)", " (safe: %s)"), c.Safe)
		}
		t.add(due, contribution.MonthName(c.Month, l), c.Segment.String(), money(c.Amount, l))
	}
	t.write(bw)

	p.writeReliefs(bw, l, d, memo)

	if p.Shortfall.People > 0 {
		heading(bw, tr(l, "Tidak atau tidak penuh terlindungi", "Not or not fully covered"))
		stream(bw, []int{3, 4, 5}, func(row func(...string)) {
			row(tr(l, "Nama", "Name"), "NIK", tr(l, "Kelompok", "Group"), tr(l, "Bulan", "Months"),
				tr(l, "Kurang", "Missing"), tr(l, "Dibutuhkan", "Needed"), tr(l, "Sebab", "Reason"))
			for pe := range d.People() {
				if pe.Shortfall == nil {
					continue
				}
				reason := tr(l, "pagu "+pe.Shortfall.Source.Label(l)+" habis", pe.Shortfall.Source.Label(l)+" ceiling reached")
				row(pe.Enrolment.Name, pe.Enrolment.NIK.String(), pe.Enrolment.Group.Label(l),
					memo.fraction(pe.Covered, pe.Months), strconv.Itoa(pe.Shortfall.Months), memo.amount(pe.Shortfall.Needed), reason)
			}
			row(tr(l, "Jumlah", "Total"), fmt.Sprintf(tr(l, "%d peserta", "%d enrolments"), p.Shortfall.People), "", "",
				strconv.Itoa(p.Shortfall.Months), money(p.Shortfall.Needed, l), "")
		})
	}

	if o.People {
		heading(bw, tr(l, "Peserta", "People"))
		stream(bw, []int{5, 6}, func(row func(...string)) {
			row(tr(l, "Nama", "Name"), "NIK", tr(l, "Kelompok", "Group"), tr(l, "Program", "Programs"),
				tr(l, "Sumber", "Source"), tr(l, "Bulan", "Months"), tr(l, "Iuran", "Contributions"), tr(l, "Akhir tahun", "Year end"))
			for pe := range d.People() {
				row(pe.Enrolment.Name, pe.Enrolment.NIK.String(), pe.Enrolment.Group.Label(l), pe.Enrolment.Programs.String(),
					pe.Enrolment.Source.Label(l), memo.fraction(pe.Covered, pe.Months), memo.amount(pe.Amount), coverageLabel(pe.Coverage, l))
			}
		})
	}

	heading(bw, tr(l, "Target", "Target"))
	p.Progress.write(bw, l)

	if len(p.Warnings) > 0 {
		heading(bw, tr(l, "Peringatan", "Warnings"))
		for _, e := range p.Warnings {
			msg := tr(l, e.ID, e.EN)
			if e.Value != "" && !strings.HasPrefix(e.Field, "line[") && !strings.HasPrefix(e.Field, "roster[") {
				msg += " (" + e.Value + ")"
			}
			bw.WriteString("- " + msg + "\n")
		}
	}
	return bw.Flush()
}

// coverageLabel says what a person's coverage is at the year end.
func coverageLabel(c Coverage, l problem.Lang) string {
	switch {
	case c.Protected():
		return tr(l, "terlindungi", "protected")
	case c.Paid == 0:
		return tr(l, "belum dibayar", "unpaid")
	}
	return fmt.Sprintf("%s, %s %d/%d", c.Status.Name(l), tr(l, "dibayar", "paid"), c.Paid, c.Period.Len())
}

// writeCash writes the fiscal year as cash paid within it, reconciled with
// the contribution months.
func (p Plan) writeCash(bw *bufio.Writer, l problem.Lang) {
	heading(bw, tr(l, "Tahun anggaran sebagai kas (1 Januari – 31 Desember ", "The fiscal year in cash (1 January – 31 December ")+strconv.Itoa(p.Year)+")")
	sum := func(ps []Payment) decimal.Decimal {
		s := decimal.Zero
		for _, x := range ps {
			s = s.Add(x.Amount)
		}
		return s
	}
	months := func(ps []Payment) string {
		var names []string
		for _, x := range ps {
			n := contribution.MonthName(x.Month, l) + " " + x.Segment.String()
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	t := newTable(1)
	t.add(tr(l, "Iuran bulan ", "Contributions for ")+monthRange(p.Months, l), money(p.Total.Amount, l))
	out := tr(l, "− jatuh tempo pada TA berikut", "− due in the next fiscal year")
	if len(p.Cash.Out) > 0 {
		out += " (" + months(p.Cash.Out) + ")"
	}
	t.add(out, money(sum(p.Cash.Out), l))
	in := tr(l, "+ bulan iuran TA lalu yang jatuh tempo tahun ini", "+ last year's months due this year")
	switch {
	case !p.Cash.Given:
		t.add(in, tr(l, "tidak diberikan", "not given"))
	case len(p.Cash.In) > 0:
		t.add(in+" ("+months(p.Cash.In)+")", money(sum(p.Cash.In), l))
	default:
		t.add(in, money(decimal.Zero, l))
	}
	t.add(tr(l, "Dibayar dalam TA ", "Paid within fiscal year ")+strconv.Itoa(p.Year), money(p.Cash.Amount, l))
	t.add(tr(l, "  dari APBDes", "  from the village budget (APBDes)"), money(p.Cash.VillageBudget, l))
	t.write(bw)
	bw.WriteString(tr(l,
		"APBDes dikelola dengan basis kas dalam tahun anggaran 1 Januari – 31 Desember (Permendagri 20/2018 [sekunder]): iuran PU jatuh tempo tanggal 15 bulan berikutnya, jadi iuran Desember dibayar pada TA berikut. Anggaran per kode rekening di bawah mengikuti pandangan kas.\n",
		"Village budgets are kept on a cash basis over the fiscal year 1 January – 31 December (Permendagri 20/2018 [secondary]): PU contributions are due on the 15th of the next month, so December's is paid in the next fiscal year. The budget per account below follows the cash view.\n"))
	if !p.Cash.Given {
		bw.WriteString(tr(l,
			"Iuran Desember TA lalu tidak diberikan kepada perencana; kas tahun ini belum memuatnya.\n",
			"Last year's December contributions were not given to the planner; this year's cash leaves them out.\n"))
	}
}

// writeReading writes the reading of PP 50/2025 the plan used and what the
// other would cost.
func (p Plan) writeReading(bw *bufio.Writer, l problem.Lang) {
	r := p.Reading
	heading(bw, tr(l, "PP 50/2025 dan APBDes", "PP 50/2025 and village budgets"))
	fmt.Fprintf(bw, "%s: %s (%s)\n", tr(l, "Bacaan yang dipakai", "Reading used"), r.Reading.Label(l), r.Citation.Format(l))
	if !r.Depends() {
		bw.WriteString(tr(l, "Tidak ada jumlah dalam rencana ini yang bergantung pada bacaan ini.\n",
			"No amount in this plan depends on this reading.\n"))
		return
	}
	fmt.Fprintf(bw, tr(l, "%d orang-bulan dari %d peserta bergantung pada bacaan ini. %s (jumlah %s).\n",
		"%d person-months of %d enrolments depend on this reading. %s (total %s).\n"),
		r.PersonMonths, r.People, readingSentence(r, p.Total.Amount, l), money(r.OtherAmount, l))
	high := p.Total.Amount
	if r.OtherAmount.GreaterThan(high) {
		high = r.OtherAmount
	}
	fmt.Fprintf(bw, tr(l, "Sampai ada kepastian, %s adalah batas aman anggaran.\n", "Until the question is settled, %s is the safe budget ceiling.\n"), money(high, l))
}

// writeReliefs writes each relief with whom (from d) and which months it
// covered.
func (p *Plan) writeReliefs(bw *bufio.Writer, l problem.Lang, d detail, memo *cellMemo) {
	if len(p.Reliefs) == 0 {
		return
	}
	heading(bw, tr(l, "Potongan iuran (keringanan)", "Reliefs"))
	for i, r := range p.Reliefs {
		fmt.Fprintf(bw, tr(l, "%s: %s, %d orang-bulan, %d peserta (dasar: %s)\n", "%s: %s, %d person-months, %d enrolments (source: %s)\n"),
			r.Relief.Name(l), money(r.Amount, l), r.PersonMonths, d.ReliefCount(i), r.Citation.Format(l))
		stream(bw, []int{4, 5}, func(row func(...string)) {
			row(tr(l, "Nama", "Name"), "NIK", tr(l, "Kelompok", "Group"), tr(l, "Bulan", "Months"), tr(l, "Jumlah bulan", "Count"), tr(l, "Potongan", "Relief"))
			for pe := range d.ReliefPeople(i) {
				row(pe.Name, pe.NIK.String(), pe.Group.Label(l), memo.monthRange(pe.Months), strconv.Itoa(pe.Count), memo.amount(pe.Amount))
			}
		})
	}
}

func (v Village) write(w *bufio.Writer, l problem.Lang) {
	name := v.Name
	if name == "" {
		name = tr(l, "Desa", "Village")
	}
	fmt.Fprintf(w, "%s (%s)\n", name, v.Code)
	var parts []string
	for _, s := range []string{v.District, v.Regency, v.Province} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) > 0 {
		w.WriteString(strings.Join(parts, ", ") + "\n")
	}
}

func (pr Progress) write(w *bufio.Writer, l problem.Lang) {
	rule := tr(l, "dibayar setiap bulan dan aktif pada akhir tahun", "paid for every month and active at the year end")
	if pr.CountActive {
		rule = tr(l, "aktif pada akhir tahun", "active at the year end")
	}
	if pr.Target > 0 {
		fmt.Fprintf(w, tr(l, "Pekerja terlindungi (%s): %d dari target %d per desa (%s)\n", "Protected workers (%s): %d of the target of %d per village (%s)\n"),
			rule, pr.Covered, pr.Target, pr.Citation.Format(l))
		if pr.Remaining > 0 {
			fmt.Fprintf(w, tr(l, "Kurang %d orang lagi.\n", "%d more needed.\n"), pr.Remaining)
		} else {
			w.WriteString(tr(l, "Target tercapai.\n", "Target reached.\n"))
		}
	} else {
		fmt.Fprintf(w, tr(l, "Pekerja terlindungi (%s): %d (tidak ada target yang berlaku)\n", "Protected workers (%s): %d (no target in force)\n"), rule, pr.Covered)
	}
	fmt.Fprintf(w, tr(l, "Terlindungi sebagian (dibayar sebagian bulan, atau nonaktif pada akhir tahun setelah 3 bulan tidak dibayar): %d; belum dibayar: %d.\n",
		"Partly covered (some months paid, or non-active at the year end after 3 unpaid months): %d; unpaid: %d.\n"), pr.Partial, pr.Unpaid)
	w.WriteString(tr(l, "Kriteria Desa Sadar Jaminan Sosial Ketenagakerjaan:\n", "Desa Sadar Jaminan Sosial Ketenagakerjaan criteria:\n"))
	for _, c := range pr.Criteria {
		name := tr(l, c.Criterion.ID, c.Criterion.EN)
		var status string
		switch c.Status {
		case Met:
			status = tr(l, "terpenuhi", "met")
		case NotMet:
			if c.People == 0 {
				status = tr(l, "belum: tidak ada di roster", "not met: none in the roster")
			} else {
				status = fmt.Sprintf(tr(l, "belum: %d dari %d belum terlindungi", "not met: %d of %d not protected"), c.Uncovered, c.People)
			}
		default:
			status = tr(l, "tidak dapat dinilai dari rencana", "cannot be judged from a plan")
		}
		fmt.Fprintf(w, "- %s: %s\n", name, status)
	}
}

// cashByDue adds the cash flow up by due date, month and segment.
func cashByDue(ps []Payment) []Payment {
	var out []Payment
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].Due == p.Due && out[n-1].Month == p.Month && out[n-1].Segment == p.Segment {
			out[n-1].Amount = out[n-1].Amount.Add(p.Amount)
			continue
		}
		p.Source = 0
		out = append(out, p)
	}
	return out
}

// WriteJSON writes the plan as indented JSON, the encoding every field's
// tag documents, with every NIK masked ("6112••••••••0001"), as in every
// other output of a plan. An export that needs the NIKs in full, such as a
// roster sent to BPJS Ketenagakerjaan, asks for them with
// [Plan.WriteJSONFull].
func (p Plan) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, problem.MaskDigits(string(b), problem.IDDigits)+"\n")
	return err
}

// WriteJSONFull writes the plan as [Plan.WriteJSON] does, with the NIKs in
// full: the JSON is then personal data (UU 27/2022), for an export that
// needs it and never for display.
func (p Plan) WriteJSONFull(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(p)
}

// CSVHeader is the header line [Plan.WriteCSV] writes.
var CSVHeader = []string{
	"nik", "name", "group", "segment", "programs", "source", "worker_share", "account",
	"wage", "from", "to", "months", "covered", "normal", "amount", "from_source", "from_worker",
	"shortfall_months", "shortfall_source", "year_end_status", "protected", "other_reading",
}

// WriteCSV writes one line per enrolment of the plan, under [CSVHeader],
// for spreadsheets: amounts as plain whole rupiah, months as "2026-01";
// year_end_status and protected are the person's [Coverage] (the status in
// the January after the year, and whether the target counts them by
// default), other_reading what the other reading of PP 50/2025 would add.
// NIKs are masked, since such sheets travel as budget documents; the JSON
// encoding carries them in full. comma is the separator, ',' when zero (use
// ';' for spreadsheets set to Indonesian).
func (p Plan) WriteCSV(w io.Writer, comma rune) error {
	return writeCSV(w, comma, held{&p}.People(), true)
}

// writeCSV is [Plan.WriteCSV] of the people people yields; without
// header, the lines alone.
func writeCSV(w io.Writer, comma rune, people iter.Seq[*Person], header bool) error {
	if comma == 0 {
		comma = ','
	}
	// The header goes through encoding/csv, which also refuses a
	// separator it could not read back; the lines are written as it would
	// write them, a line at a time into one buffer.
	var line []byte
	if header {
		var b bytes.Buffer
		cw := csv.NewWriter(&b)
		cw.Comma = comma
		if err := cw.Write(CSVHeader); err != nil {
			return err
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		line = b.Bytes()
	} // else a CSVWriter wrote the header, with this separator
	bw, ok := w.(*bufio.Writer) // a CSVWriter's own, kept from plan to plan
	if !ok {
		bw = bufio.NewWriterSize(w, 64<<10)
	}
	bw.Write(line)
	sep := utf8.RuneLen(comma)
	var texts csvTexts
	// Numbers are digits, a sign and a point: quoted only when the
	// separator is one of them.
	plain := !strings.ContainsRune("0123456789-.", comma)
	for pe := range people {
		e := &pe.Enrolment
		line = line[:0]
		field := func(s string) { line = utf8.AppendRune(appendCSVField(line, s, comma), comma) }
		number := func(n int64) {
			if !plain {
				field(strconv.FormatInt(n, 10))
				return
			}
			line = utf8.AppendRune(strconv.AppendInt(line, n, 10), comma)
		}
		amount := func(d decimal.Decimal) {
			if !plain {
				field(string(appendAmount(nil, d)))
				return
			}
			line = utf8.AppendRune(appendAmount(line, d), comma)
		}
		field(e.NIK.String())
		field(e.Name)
		field(e.Group.String())
		field(pe.Segment.String())
		field(texts.programs(e.Programs))
		field(e.Source.String())
		share := ""
		if pe.Segment == membership.PU {
			share = e.WorkerShare.String()
		}
		field(share)
		field(texts.account(pe.Account))
		amount(e.Wage)
		field(texts.month(e.From))
		field(texts.month(e.To))
		number(int64(pe.Months))
		number(int64(pe.Covered))
		amount(pe.Normal)
		amount(pe.Amount)
		amount(pe.FromSource)
		amount(pe.FromWorker)
		if pe.Shortfall != nil {
			number(int64(pe.Shortfall.Months))
			field(pe.Shortfall.Source.String())
		} else {
			field("0")
			field("")
		}
		field(pe.Coverage.Status.String())
		field(strconv.FormatBool(pe.Coverage.Protected()))
		amount(pe.OtherReading)
		line = append(line[:len(line)-sep], '\n') // the separator after the last field
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// WriteReport writes the regency view for people: the totals, then one
// line per regency and per district with its villages, enrolments,
// protected and partly covered people (see [Progress]), villages reaching
// the target and contributions.
func (r Rollup) WriteReport(w io.Writer, l problem.Lang) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s %d\n", tr(l, "RINGKASAN RENCANA JAMINAN SOSIAL KETENAGAKERJAAN DESA, TAHUN ANGGARAN", "SUMMARY OF VILLAGE EMPLOYMENT SOCIAL SECURITY PLANS, FISCAL YEAR"), r.Year)
	heading(bw, tr(l, "Jumlah", "Totals"))
	t := newTable(1)
	t.add(tr(l, "Desa", "Villages"), strconv.Itoa(r.Total.Villages))
	t.add(tr(l, "Peserta", "Enrolled"), strconv.Itoa(r.Total.Enrolled))
	t.add(tr(l, "Terlindungi", "Protected"), strconv.Itoa(r.Total.Covered))
	t.add(tr(l, "Terlindungi sebagian", "Partly covered"), strconv.Itoa(r.Total.Partial))
	t.add(tr(l, "Desa mencapai target", "Villages reaching the target"), strconv.Itoa(r.Total.TargetMet))
	t.add(tr(l, "Desa memenuhi kriteria desa sadar", "Villages meeting the desa-sadar criteria"), strconv.Itoa(r.Total.DesaSadar))
	t.add(tr(l, "Iuran yang ditagih", "Contributions billed"), money(r.Total.Total.Amount, l))
	t.add(tr(l, "  dari APBDes", "  from village budgets (APBDes)"), money(r.Total.Total.VillageBudget, l))
	if r.Total.Total.Deducted.IsPositive() {
		t.add(tr(l, "  bagian pekerja (dipotong)", "  workers' share (deducted)"), money(r.Total.Total.Deducted, l))
	}
	t.write(bw)
	wordsLine(bw, r.Total.Total.Amount, l)

	heading(bw, tr(l, "Per sumber dana", "By funding source"))
	t = newTable(1)
	for _, s := range r.Total.Sources {
		t.add(s.Source.Label(l), money(s.Amount, l))
	}
	t.write(bw)

	for _, part := range []struct {
		title string
		rows  []Summary
	}{{tr(l, "Per kabupaten/kota", "By regency"), r.Regencies}, {tr(l, "Per kecamatan", "By district"), r.Districts}} {
		heading(bw, part.title)
		t = newTable(2, 3, 4, 5, 6, 7)
		t.add(tr(l, "Kode", "Code"), tr(l, "Nama", "Name"), tr(l, "Desa", "Villages"), tr(l, "Peserta", "Enrolled"),
			tr(l, "Terlindungi", "Protected"), tr(l, "Sebagian", "Partial"), tr(l, "Target", "Target"), tr(l, "Iuran", "Contributions"))
		for _, s := range part.rows {
			t.add(s.Area.String(), s.Name, strconv.Itoa(s.Villages), strconv.Itoa(s.Enrolled), strconv.Itoa(s.Covered),
				strconv.Itoa(s.Partial), fmt.Sprintf("%d/%d", s.TargetMet, s.Villages), money(s.Total.Amount, l))
		}
		t.write(bw)
	}
	return bw.Flush()
}
