package village

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
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
// carry it), then the costs by group, program, funding source, budget
// account and due date, who the budget does not fully cover and why, the
// progress to the target and the desa-sadar criteria, and the warnings.
// Amounts are written with rupiah.Format; NIKs are masked.
func (p Plan) WriteReport(w io.Writer, o ReportOptions) error {
	l := o.Lang
	bw := bufio.NewWriter(w)
	bw.WriteString(tr(l, "RENCANA JAMINAN SOSIAL KETENAGAKERJAAN DESA", "VILLAGE EMPLOYMENT SOCIAL SECURITY PLAN") + "\n")
	p.Village.write(bw, l)
	fmt.Fprintf(bw, "%s %d (%s)\n", tr(l, "Tahun anggaran", "Fiscal year"), p.Year, monthRange(p.Months, l))

	heading(bw, tr(l, "Jumlah", "Totals"))
	t := newTable(1)
	t.add(tr(l, "Iuran normal", "Normal contributions"), money(p.Total.Normal, l))
	t.add(tr(l, "Potongan iuran (keringanan)", "Relief (discounts)"), money(p.Total.Relief(), l))
	t.add(tr(l, "Iuran yang ditagih", "Contributions billed"), money(p.Total.Amount, l))
	t.add(tr(l, "  dari APBDes", "  from the village budget (APBDes)"), money(p.Total.VillageBudget, l))
	t.write(bw)
	wordsLine(bw, p.Total.Amount, l)

	heading(bw, tr(l, "Per kelompok", "By group"))
	t = newTable(1, 2, 3, 4)
	t.add(tr(l, "Kelompok", "Group"), tr(l, "Peserta", "Enrolled"), tr(l, "Terlindungi", "Covered"),
		tr(l, "Orang-bulan", "Person-months"), tr(l, "Iuran", "Contributions"))
	for _, g := range p.Groups {
		t.add(g.Group.Label(l), strconv.Itoa(g.Enrolled), strconv.Itoa(g.Covered), strconv.Itoa(g.PersonMonths), money(g.Amount, l))
	}
	t.add(tr(l, "Jumlah", "Total"), "", "", "", money(p.Total.Amount, l))
	t.write(bw)

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
	t.write(bw)
	bw.WriteString(tr(l, "Kebijakan sumber dana TA ", "Funding policy for fiscal year ") + strconv.Itoa(p.Year) + ":\n")
	for _, s := range p.Sources {
		if s.Citation.Instrument == "" {
			fmt.Fprintf(bw, "- %s: %s\n", s.Source.Label(l), tr(l, "tidak ada kebijakan yang diketahui", "no known policy"))
			continue
		}
		fmt.Fprintf(bw, "- %s: %s %s (%s)\n", s.Source.Label(l), tr(l, "boleh untuk", "allowed for"), s.Allowed.Labels(l), s.Citation)
	}

	if len(p.Accounts) > 0 {
		heading(bw, tr(l, "Per kode rekening APBDes", "By village budget account"))
		t = newTable(3)
		t.add(tr(l, "Kegiatan", "Activity"), tr(l, "Rekening", "Account"), tr(l, "Kelompok", "Groups"), tr(l, "Jumlah", "Amount"))
		for _, a := range p.Accounts {
			act, obj := a.Account.Activity, a.Account.Object
			if a.Account.IsZero() {
				act, obj = "–", tr(l, "(belum ditetapkan)", "(not assigned)")
			}
			t.add(act, obj, a.Groups.Labels(l), money(a.Amount, l))
		}
		t.write(bw)
	}

	heading(bw, tr(l, "Jadwal pembayaran", "Payment schedule"))
	t = newTable(3)
	t.add(tr(l, "Jatuh tempo", "Due"), tr(l, "Bulan iuran", "Contribution month"), tr(l, "Segmen", "Segment"), tr(l, "Jumlah", "Amount"))
	for _, c := range cashByDue(p.CashFlow) {
		t.add(c.Due.String(), contribution.MonthName(c.Month, l), c.Segment.String(), money(c.Amount, l))
	}
	t.write(bw)

	var short []Person
	for _, pe := range p.People {
		if pe.Shortfall != nil {
			short = append(short, pe)
		}
	}
	if len(short) > 0 {
		heading(bw, tr(l, "Tidak atau tidak penuh terlindungi", "Not or not fully covered"))
		t = newTable(3, 4, 5)
		t.add(tr(l, "Nama", "Name"), "NIK", tr(l, "Kelompok", "Group"), tr(l, "Bulan", "Months"),
			tr(l, "Kurang", "Missing"), tr(l, "Dibutuhkan", "Needed"), tr(l, "Sebab", "Reason"))
		for _, pe := range short {
			reason := tr(l, "pagu "+pe.Shortfall.Source.Label(l)+" habis", pe.Shortfall.Source.Label(l)+" ceiling reached")
			t.add(pe.Enrolment.Name, pe.Enrolment.NIK.String(), pe.Enrolment.Group.Label(l),
				fmt.Sprintf("%d/%d", pe.Covered, pe.Months), strconv.Itoa(pe.Shortfall.Months), money(pe.Shortfall.Needed, l), reason)
		}
		t.write(bw)
	}

	if o.People {
		heading(bw, tr(l, "Peserta", "People"))
		t = newTable(5, 6)
		t.add(tr(l, "Nama", "Name"), "NIK", tr(l, "Kelompok", "Group"), tr(l, "Program", "Programs"),
			tr(l, "Sumber", "Source"), tr(l, "Bulan", "Months"), tr(l, "Iuran", "Contributions"))
		for _, pe := range p.People {
			t.add(pe.Enrolment.Name, pe.Enrolment.NIK.String(), pe.Enrolment.Group.Label(l), pe.Enrolment.Programs.String(),
				pe.Enrolment.Source.Label(l), fmt.Sprintf("%d/%d", pe.Covered, pe.Months), money(pe.Amount, l))
		}
		t.write(bw)
	}

	heading(bw, tr(l, "Target", "Target"))
	p.Progress.write(bw, l)

	if len(p.Warnings) > 0 {
		heading(bw, tr(l, "Peringatan", "Warnings"))
		for _, e := range p.Warnings {
			bw.WriteString("- " + e.Message(l) + "\n")
		}
	}
	return bw.Flush()
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
	if pr.Target > 0 {
		fmt.Fprintf(w, tr(l, "Pekerja terlindungi: %d dari target %d per desa (%s)\n", "Covered workers: %d of the target of %d per village (%s)\n"),
			pr.Covered, pr.Target, pr.Citation)
		if pr.Remaining > 0 {
			fmt.Fprintf(w, tr(l, "Kurang %d orang lagi.\n", "%d more needed.\n"), pr.Remaining)
		} else {
			w.WriteString(tr(l, "Target tercapai.\n", "Target reached.\n"))
		}
	} else {
		fmt.Fprintf(w, tr(l, "Pekerja terlindungi: %d (tidak ada target yang berlaku)\n", "Covered workers: %d (no target in force)\n"), pr.Covered)
	}
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
				status = fmt.Sprintf(tr(l, "belum: %d dari %d belum terlindungi", "not met: %d of %d not covered"), c.Uncovered, c.People)
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
// tag documents. NIKs are written in full: the JSON is personal data.
func (p Plan) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(p)
}

// CSVHeader is the header line [Plan.WriteCSV] writes.
var CSVHeader = []string{
	"nik", "name", "group", "segment", "programs", "source", "worker_share", "account",
	"wage", "from", "to", "months", "covered", "normal", "amount", "from_source", "from_worker",
	"shortfall_months", "shortfall_source",
}

// WriteCSV writes one line per enrolment of the plan, under [CSVHeader],
// for spreadsheets: amounts as plain whole rupiah, months as "2026-01".
// NIKs are masked, since such sheets travel as budget documents; the JSON
// encoding carries them in full. comma is the separator, ',' when zero (use
// ';' for spreadsheets set to Indonesian).
func (p Plan) WriteCSV(w io.Writer, comma rune) error {
	cw := csv.NewWriter(w)
	if comma != 0 {
		cw.Comma = comma
	}
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, pe := range p.People {
		e := pe.Enrolment
		sm, ss := "0", ""
		if pe.Shortfall != nil {
			sm, ss = strconv.Itoa(pe.Shortfall.Months), pe.Shortfall.Source.String()
		}
		share := ""
		if pe.Segment == membership.PU {
			share = e.WorkerShare.String()
		}
		if err := cw.Write([]string{
			e.NIK.String(), e.Name, e.Group.String(), pe.Segment.String(), e.Programs.String(), e.Source.String(),
			share, pe.Account.String(), e.Wage.String(), e.From.String(), e.To.String(),
			strconv.Itoa(pe.Months), strconv.Itoa(pe.Covered), pe.Normal.String(), pe.Amount.String(),
			pe.FromSource.String(), pe.FromWorker.String(), sm, ss,
		}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteReport writes the regency view for people: the totals, then one
// line per regency and per district with its villages, enrolments, covered
// people, villages reaching the target and contributions.
func (r Rollup) WriteReport(w io.Writer, l problem.Lang) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s %d\n", tr(l, "RINGKASAN RENCANA JAMINAN SOSIAL KETENAGAKERJAAN DESA, TAHUN ANGGARAN", "SUMMARY OF VILLAGE EMPLOYMENT SOCIAL SECURITY PLANS, FISCAL YEAR"), r.Year)
	heading(bw, tr(l, "Jumlah", "Totals"))
	t := newTable(1)
	t.add(tr(l, "Desa", "Villages"), strconv.Itoa(r.Total.Villages))
	t.add(tr(l, "Peserta", "Enrolled"), strconv.Itoa(r.Total.Enrolled))
	t.add(tr(l, "Terlindungi", "Covered"), strconv.Itoa(r.Total.Covered))
	t.add(tr(l, "Desa mencapai target", "Villages reaching the target"), strconv.Itoa(r.Total.TargetMet))
	t.add(tr(l, "Desa memenuhi kriteria desa sadar", "Villages meeting the desa-sadar criteria"), strconv.Itoa(r.Total.DesaSadar))
	t.add(tr(l, "Iuran yang ditagih", "Contributions billed"), money(r.Total.Total.Amount, l))
	t.add(tr(l, "  dari APBDes", "  from village budgets (APBDes)"), money(r.Total.Total.VillageBudget, l))
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
		t = newTable(2, 3, 4, 5, 6)
		t.add(tr(l, "Kode", "Code"), tr(l, "Nama", "Name"), tr(l, "Desa", "Villages"), tr(l, "Peserta", "Enrolled"),
			tr(l, "Terlindungi", "Covered"), tr(l, "Target", "Target"), tr(l, "Iuran", "Contributions"))
		for _, s := range part.rows {
			t.add(s.Area.String(), s.Name, strconv.Itoa(s.Villages), strconv.Itoa(s.Enrolled), strconv.Itoa(s.Covered),
				fmt.Sprintf("%d/%d", s.TargetMet, s.Villages), money(s.Total.Amount, l))
		}
		t.write(bw)
	}
	return bw.Flush()
}
