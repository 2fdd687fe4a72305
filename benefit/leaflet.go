package benefit

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// LeafletWorker is one typical worker on a leaflet.
type LeafletWorker struct {
	// Label names the worker, such as "Petani" / "Farmer".
	Label Text `json:"label"`
	// Contribution is the worker as the contribution calculator sees them.
	Contribution contribution.Input `json:"contribution"`
}

// TypicalWorkers returns the five workers of a village socialisation day:
// a farmer, a fisherman, a trader, a motorcycle-taxi driver (non-wage, BPU)
// and a village official (a wage earner paid by the village). Their incomes
// and programs are examples, not law: the farmer and the driver on the
// lowest declared income (Rp1,000,000) and Rp2,000,000 with the two
// mandatory programs, the fisherman on Rp1,500,000, the trader on
// Rp2,000,000 with JHT too, and the official on the PP 11/2019 Pasal 81
// minimum siltap for officials, Rp2,022,200, with JKK at the lowest risk
// group and JKM, paid by the village. The official's JKP is left out: job-loss
// insurance is for workers whose employer is a business (PP 37/2021), and a
// village government is not one by this module's reading (unconfirmed:
// regulations.md §3.3 and §6.2 do not settle it), so the leaflet promises no
// job-loss benefit to officials.
func TypicalWorkers() []LeafletWorker {
	jkkJKM := membership.SetOf(membership.JKK, membership.JKM)
	bpu := func(income int64, s contribution.Sector, p membership.ProgramSet) contribution.Input {
		return contribution.Input{Segment: membership.BPU, Programs: p, Basis: idr(income), Sector: s}
	}
	return []LeafletWorker{
		{Text{"Petani", "Farmer"}, bpu(1_000_000, contribution.Agriculture, jkkJKM)},
		{Text{"Nelayan", "Fisherman"}, bpu(1_500_000, contribution.Fisheries, jkkJKM)},
		{Text{"Pedagang", "Trader"}, bpu(2_000_000, contribution.Trade, jkkJKM.With(membership.JHT))},
		{Text{"Pengemudi ojek", "Motorcycle-taxi driver"}, bpu(2_000_000, contribution.Transport, jkkJKM)},
		{Text{"Perangkat desa", "Village official"}, contribution.Input{Segment: membership.PU, Programs: jkkJKM,
			Basis: idr(2_022_200), RiskGroup: contribution.VeryLowRisk, Scale: membership.Micro, Payer: membership.PayerVillage,
			JKP: contribution.JKPExclude}},
	}
}

// LeafletInput is a socialisation day.
type LeafletInput struct {
	// Title is the leaflet's title; empty for the default.
	Title Text `json:"title,omitzero"`
	// Place is where the day is held, such as "Desa Sukamaju".
	Place string `json:"place"`
	// Date is the day; the contribution month it falls in is the one shown.
	Date regulation.Date `json:"date"`
	// Workers are the typical workers; empty for [TypicalWorkers].
	Workers []LeafletWorker `json:"workers,omitempty"`
}

// LeafletEntry is one worker's offer.
type LeafletEntry struct {
	// Label names the worker.
	Label Text `json:"label"`
	// Offer is what the worker pays and is protected for.
	Offer Offer `json:"offer"`
}

// Leaflet is a one-page leaflet for a socialisation day: each typical
// worker's monthly contribution against what it protects.
type Leaflet struct {
	// Title is the leaflet's title.
	Title Text `json:"title"`
	// Place is where the day is held.
	Place string `json:"place"`
	// Date is the day.
	Date regulation.Date `json:"date"`
	// Entries are the workers, in order.
	Entries []LeafletEntry `json:"entries"`
	// Notes are what to remember, from the rules in force on Date.
	Notes []Text `json:"notes"`
}

// maxLeafletWorkers bounds a leaflet: it is one page.
const maxLeafletWorkers = 12

// Leaflet builds a socialisation day's leaflet: the offer of each worker
// for the month of the day. Every problem is reported at once, each
// worker's under "workers[i]".
func (e *Estimator) Leaflet(in LeafletInput) (Leaflet, error) {
	var l problem.List
	checkDate(&l, "date", in.Date)
	if len(in.Workers) == 0 {
		in.Workers = TypicalWorkers()
	}
	if len(in.Workers) > maxLeafletWorkers {
		l.Add(invalid("workers", fmt.Sprint(len(in.Workers)), "selebaran memuat paling banyak 12 pekerja", "a leaflet holds at most 12 workers"))
	}
	if in.Title.IsZero() {
		in.Title = Text{"JAMINAN SOSIAL KETENAGAKERJAAN UNTUK PEKERJA DESA", "EMPLOYMENT SOCIAL SECURITY FOR VILLAGE WORKERS"}
	}
	if err := l.Err(); err != nil {
		return Leaflet{}, err
	}
	lf := Leaflet{Title: in.Title, Place: problem.Clip(in.Place), Date: in.Date}
	for i, w := range in.Workers {
		o, err := e.Protection(ProtectionInput{Contribution: w.Contribution, Month: in.Date.ContributionMonth()})
		if err != nil {
			l.AddField(fmt.Sprintf("workers[%d]", i), err)
			continue
		}
		lf.Entries = append(lf.Entries, LeafletEntry{Label: w.Label, Offer: o})
	}
	lapses := e.members().BPULapseMonths
	if lapses == nil {
		lapses = membership.DefaultParams().BPULapseMonths
	}
	lapse, _ := at(&l, lapses, in.Date)
	sch, _ := at(&l, e.p.Scholarship, in.Date)
	if err := l.Err(); err != nil {
		return Leaflet{}, err
	}
	lf.Notes = []Text{
		bi("Perlindungan berlaku selama kepesertaan aktif. Peserta BPU yang %d bulan berturut-turut tidak membayar menjadi tidak aktif.",
			"Protection holds while the membership is active. A BPU participant who leaves %d months in a row unpaid becomes non-active.", lapse.Value),
		{"Iuran BPU dibayar paling lambat tanggal 15 bulan itu sendiri; tidak ada denda keterlambatan bagi BPU.",
			"BPU contributions are due by the 15th of the month itself; BPU pay no late fee."},
		scholarshipNote(sch.Value),
		{"Bagi BPU, manfaat yang dihitung dari upah memakai penghasilan yang dilaporkan (belum dikonfirmasi dengan teks pasal).",
			"For BPU, wage-based benefits use the declared income (not yet confirmed in article text)."},
	}
	return lf, nil
}

// scholarshipNote says what the scholarship needs on each route.
func scholarshipNote(s ScholarshipRule) Text {
	period := func(n int) Text {
		switch {
		case n == 0:
			return Text{"tanpa masa iur minimal", "with no minimum contribution period"}
		case n%12 == 0:
			return bi("dengan masa iur %d tahun", "after %d years of contributions", n/12)
		}
		return bi("dengan masa iur %d bulan", "after %d contribution months", n)
	}
	return bi("Santunan kematian JKM tidak memerlukan masa iur minimal; beasiswa dibayar lewat JKM %s, lewat JKK %s.",
		"The JKM death benefit needs no minimum contribution period; the scholarship is paid through JKM %s, through JKK %s.",
		period(s.JKMMinMonths), period(s.JKKMinMonths))
}

var weekdaysID = [...]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}

// Text returns the leaflet as plain text in the given language, within 80
// columns: the title, the day, each worker's contribution and benefits,
// what to remember, and the sources.
func (lf Leaflet) Text(l problem.Lang) string {
	en := l == problem.English
	t := func(id, eng string) string {
		if en {
			return eng
		}
		return id
	}
	var s strings.Builder
	s.WriteString(lf.Title.In(l))
	s.WriteByte('\n')
	day := weekdaysID[lf.Date.Weekday()]
	if en {
		day = lf.Date.Weekday().String()
	}
	where := lf.Place
	if where != "" {
		where += ", "
	}
	fmt.Fprintf(&s, t("Sosialisasi %s%s %s\n", "Socialisation day, %s%s %s\n"), where, day, dateName(lf.Date, l))
	s.WriteString(strings.Repeat("=", 78))
	s.WriteByte('\n')
	fmt.Fprintf(&s, t("Berapa iurannya, dan apa perlindungannya (bulan %s)\n", "What it costs, and what it protects (%s)\n"),
		contribution.MonthName(lf.Date.ContributionMonth(), l))
	var cites []regulation.Citation
	for i, e := range lf.Entries {
		o := e.Offer
		in := o.Bill
		var progs []string
		for _, ln := range in.Lines {
			progs = append(progs, ln.Program.String())
		}
		basis := decimal.Zero
		if ln, ok := in.Line(membership.JKK); ok {
			basis = ln.Basis
		}
		what := t("penghasilan", "income")
		if in.Segment == membership.PU {
			what = t("upah", "wage")
		}
		fmt.Fprintf(&s, "\n%d. %s — %s, %s %s, %s\n", i+1, e.Label.In(l), in.Segment, what, rupiah.Format(basis, l), strings.Join(progs, " + "))
		fmt.Fprintf(&s, t("   Iuran: %s\n", "   Cost: %s\n"), costLine(o, l))
		for _, h := range o.Headlines {
			wrap(&s, "   - ", "     ", h.Short.In(l), 78)
		}
		for _, c := range o.Citations {
			if !containsCitation(cites, c) {
				cites = append(cites, c)
			}
		}
	}
	s.WriteString("\n")
	s.WriteString(strings.Repeat("-", 78))
	s.WriteString(t("\nYang perlu diingat\n", "\nGood to know\n"))
	for _, line := range lf.Notes {
		wrap(&s, "- ", "  ", line.In(l), 78)
	}
	s.WriteString(t("\nSumber\n", "\nSources\n"))
	for _, c := range cites {
		wrap(&s, "- ", "  ", c.Format(l), 78)
	}
	return s.String()
}

// costLine is an offer's cost: what is billed, any relief, and who pays.
func costLine(o Offer, l problem.Lang) string {
	b := o.Bill
	normal := decimal.Zero
	relief := false
	for _, ln := range b.Lines {
		normal = normal.Add(ln.Normal)
		relief = relief || ln.Relief != nil
	}
	en := l == problem.English
	s := rupiah.Format(b.Billed, l)
	if en {
		s += " a month"
	} else {
		s += " sebulan"
	}
	if relief {
		if en {
			s += fmt.Sprintf(" (with the relief in force; normally %s)", rupiah.Format(normal, l))
		} else {
			s += fmt.Sprintf(" (dengan keringanan yang berlaku; normal %s)", rupiah.Format(normal, l))
		}
	}
	if !b.Totals.Worker.Equal(b.Billed) {
		if en {
			s += fmt.Sprintf(", of which the worker pays %s", rupiah.Format(b.Totals.Worker, l))
		} else {
			s += fmt.Sprintf(", pekerja sendiri membayar %s", rupiah.Format(b.Totals.Worker, l))
		}
	}
	return s
}

// wrap writes text in lines of at most width columns, the first after
// first and the others after rest.
func wrap(s *strings.Builder, first, rest, text string, width int) {
	line := first
	fresh := true
	for _, w := range strings.Fields(text) {
		if !fresh && len([]rune(line))+1+len([]rune(w)) > width {
			s.WriteString(line)
			s.WriteByte('\n')
			line, fresh = rest, true
		}
		if !fresh {
			line += " "
		}
		line += w
		fresh = false
	}
	s.WriteString(line)
	s.WriteByte('\n')
}
