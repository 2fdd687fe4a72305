package partner

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/rupiah"
)

// tr picks the Indonesian or the English text.
func tr(l problem.Lang, id, en string) string {
	if l == problem.English {
		return en
	}
	return id
}

// pct writes a percentage with one decimal: "16,7%" or "16.7%".
func pct(d decimal.Decimal, l problem.Lang) string {
	s := d.StringFixed(1)
	if l != problem.English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "%"
}

// rateText writes a fraction as a percentage without trailing zeros:
// 0.075 is "7,5%" or "7.5%".
func rateText(d decimal.Decimal, l problem.Lang) string {
	s := d.Shift(2).String()
	if l != problem.English {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "%"
}

// areaName writes an area code with its name from names, when known.
func areaName(c region.Code, names region.Directory) string {
	if names != nil {
		if n, ok := names.Name(c); ok {
			return c.String() + " " + n
		}
	}
	return c.String()
}

func roleList(rs []Role) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	return strings.Join(s, "+")
}

// WriteText writes the progress report for people, in the given language:
// the target and its source, a table per level (regencies, districts,
// villages, the last with the pillars each village lacks) and the
// leaderboard. Area names come from names when it knows them; names may be
// nil. Partners appear by ID and role, never by name.
func (p Progress) WriteText(w io.Writer, l problem.Lang, names region.Directory) error {
	ew := &errWriter{w: w}
	ew.printf("%s %s\n", tr(l, "Laporan kemajuan kepesertaan per", "Coverage progress report as of"), p.On)
	ew.printf("%s: %d %s (%s: %s)\n", tr(l, "Target", "Target"), p.Target,
		tr(l, "pekerja terlindungi per desa", "covered workers per village"), p.TargetRule.Parameter, p.TargetRule.Citation)
	ew.printf("%s\n", tr(l,
		"Terlindungi = peserta dengan sedikitnya satu iuran terkumpul atau dibayar; konversi = peserta dirujuk yang sudah membayar.",
		"Covered = participants with at least one contribution collected or paid; conversion = referred participants who have paid."))

	levels := []struct {
		id, en string
		rows   []AreaProgress
	}{
		{"Kabupaten/kota", "Regencies and cities", p.Regencies},
		{"Kecamatan", "Districts", p.Districts},
		{"Desa/kelurahan", "Villages", p.Villages},
	}
	for i, lv := range levels {
		ew.printf("\n%s\n", tr(l, lv.id, lv.en))
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
		head := tr(l, "Wilayah\tDesa\tKegiatan\tHadir\tDirujuk\tTerdaftar\tMembayar\tTarget\tCakupan\tKonversi\tIuran\t",
			"Area\tVillages\tEvents\tAttendance\tReferred\tRegistered\tPaying\tTarget\tCoverage\tConversion\tCollected\t")
		if i == 2 {
			head += tr(l, "Pilar kurang\t", "Missing pillars\t")
		}
		fmt.Fprintln(tw, head)
		for _, a := range lv.rows {
			row := fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t",
				areaName(a.Area, names), a.Villages, a.Events, a.Attendance, a.Referred, a.Registered, a.Paying,
				a.Target, pct(a.Coverage, l), conversion(a.Conversion, a.Referred, l), rupiah.Format(a.Collected, l))
			if i == 2 {
				missing := roleList(a.MissingPillars)
				if missing == "" {
					missing = "-"
				}
				row += missing + "\t"
			}
			fmt.Fprintln(tw, row)
		}
		ew.err = cmpErr(ew.err, tw.Flush())
	}

	ew.printf("\n%s\n", tr(l, "Peringkat mitra", "Partner leaderboard"))
	ew.printf("%s\n", tr(l,
		"Urutan: peserta rekrutan yang membayar, lalu pendaftaran yang dikreditkan, peserta dirujuk, jumlah hadir.",
		"Order: credited participants who paid, then credited registrations, participants referred, attendance."))
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, tr(l, "Peringkat\tMitra\tPeran\tKegiatan\tHadir\tDirujuk\tDikreditkan\tMembayar\tKonversi\tIuran\t",
		"Rank\tPartner\tRole\tEvents\tAttendance\tReferred\tCredited\tPaying\tConversion\tCollected\t"))
	for _, s := range p.Leaderboard {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", s.Rank, s.Partner, s.Role, s.Events, s.Attendance,
			s.Referred, s.Credited, s.CreditedPaying, conversion(s.Conversion, s.Referred, l), rupiah.Format(s.Collected, l))
	}
	ew.err = cmpErr(ew.err, tw.Flush())
	return ew.err
}

// conversion writes a conversion percentage, or "-" when nobody was
// referred.
func conversion(d decimal.Decimal, referred int, l problem.Lang) string {
	if referred == 0 {
		return "-"
	}
	return pct(d, l)
}

// WriteCSV writes one row per area — regencies, then districts, then
// villages — with a header row in the given language. Numbers are written
// plainly (16.7, 672000) so that any spreadsheet reads them; missing
// pillars are role codes joined by "+".
func (p Progress) WriteCSV(w io.Writer, l problem.Lang) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(strings.Split(tr(l,
		"tingkat,wilayah,desa,kegiatan,hadir,dirujuk,terdaftar,membayar,dirujuk_membayar,target,cakupan_persen,konversi_persen,iuran,pilar_kurang",
		"level,area,villages,events,attendance,referred,registered,paying,referred_paying,target,coverage_pct,conversion_pct,collected,missing_pillars"), ","))
	for _, lv := range []struct {
		level string
		rows  []AreaProgress
	}{{"regency", p.Regencies}, {"district", p.Districts}, {"village", p.Villages}} {
		for _, a := range lv.rows {
			_ = cw.Write([]string{lv.level, a.Area.String(), itoa(a.Villages), itoa(a.Events), itoa(a.Attendance),
				itoa(a.Referred), itoa(a.Registered), itoa(a.Paying), itoa(a.ReferredPaying), itoa(a.Target),
				a.Coverage.StringFixed(1), a.Conversion.StringFixed(1), a.Collected.String(), roleList(a.MissingPillars)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteLeaderboardCSV writes the leaderboard, one row per partner, with a
// header row in the given language.
func (p Progress) WriteLeaderboardCSV(w io.Writer, l problem.Lang) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(strings.Split(tr(l,
		"peringkat,mitra,peran,kegiatan,hadir,dirujuk,dirujuk_membayar,didaftarkan,dikreditkan,dikreditkan_membayar,konversi_persen,iuran",
		"rank,partner,role,events,attendance,referred,referred_paying,registered,credited,credited_paying,conversion_pct,collected"), ","))
	for _, s := range p.Leaderboard {
		_ = cw.Write([]string{itoa(s.Rank), s.Partner, s.Role.String(), itoa(s.Events), itoa(s.Attendance),
			itoa(s.Referred), itoa(s.ReferredPaying), itoa(s.Registered), itoa(s.Credited), itoa(s.CreditedPaying),
			s.Conversion.StringFixed(1), s.Collected.String()})
	}
	cw.Flush()
	return cw.Error()
}

// WriteText writes the fee statements for people, in the given language:
// the scheme of the month and the switch month, the rounding, the rules and
// their sources, one statement per agent with a line per scheme, kind and
// rate, and one statement per wadah.
func (f Fees) WriteText(w io.Writer, l problem.Lang) error {
	ew := &errWriter{w: w}
	ew.printf("%s %s\n", tr(l, "Laporan fee Agen Perisai, bulan", "Agen Perisai fee statement,"), contribution.MonthName(f.Month, l))
	if f.Switch.IsZero() {
		ew.printf(tr(l, "Skema bulan ini: %s. Skema 2022 tidak berlaku untuk bulan mana pun (parameter %s).\n",
			"Scheme of the month: %s. The 2022 scheme applies to no month (parameter %s).\n"), f.Scheme.Name(l), FeeSchemeParam)
	} else {
		ew.printf(tr(l, "Skema bulan ini: %s. Skema 2022 berlaku untuk bulan iuran mulai %s (asumsi, parameter %s); iuran untuk bulan sebelumnya memakai skema 2018.\n",
			"Scheme of the month: %s. The 2022 scheme applies to contribution months from %s (an assumption, parameter %s); contributions for earlier months use the 2018 scheme.\n"),
			f.Scheme.Name(l), contribution.MonthName(f.Switch, l), FeeSchemeParam)
	}
	ew.printf("%s\n", tr(l,
		"Pembulatan: jumlah tiap baris dibulatkan setengah ke atas ke rupiah penuh; skema 2018: bagian agen dibulatkan, bagian wadah = jumlah − bagian agen; skema 2022: agen menerima seluruhnya, bagian wadah di atasnya dibulatkan.",
		"Rounding: each line's amount is rounded half up to whole rupiah; 2018 scheme: the agent's share is rounded, the wadah's = amount − agent's; 2022 scheme: the agent keeps it all, the wadah's share on top is rounded."))
	ew.printf("%s\n", tr(l, "Aturan:", "Rules:"))
	for _, r := range f.Rules {
		ew.printf("  %s (%s %s): %s\n", r.Parameter, tr(l, "sejak", "from"), r.From, r.Citation)
	}
	for _, s := range f.Agents {
		ew.printf("\n%s %s (wadah %s), %s %s\n", tr(l, "Agen", "Agent"), s.Agent, s.Wadah, tr(l, "status", "status"), s.Status.Name(l))
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\t%d (%s %d)\n", tr(l, "Peserta baru", "New participants"), s.NewParticipants,
			tr(l, "BPU baru untuk insentif akuisisi", "new BPU for the acquisition incentive"), s.NewBPU)
		fmt.Fprintf(tw, "  %s\t%s (%s, %s)\n", tr(l, "Iuran dari peserta agen", "Collected from own participants"),
			rupiah.Format(s.Collected, l), quantity(l, s.Collections, "kali", "collection"),
			quantity(l, s.Participants, "peserta", "participant"))
		fmt.Fprintf(tw, "  %s\t%s (%s)\n", tr(l, "Iuran dari peserta lain, tanpa fee", "Collected from others, no fee"),
			rupiah.Format(s.OtherCollected, l), quantity(l, s.OtherCollections, "kali", "collection"))
		ew.err = cmpErr(ew.err, tw.Flush())
		for _, line := range s.Lines {
			ew.printf("  [%s] %s\n      %s %s, %s %s, %s %s\n", line.Scheme.Name(l), lineText(line, l),
				tr(l, "jumlah", "amount"), rupiah.Format(line.Amount, l), tr(l, "agen", "agent"), rupiah.Format(line.AgentShare, l),
				"wadah", rupiah.Format(line.WadahShare, l))
		}
		tw = tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Fee dan insentif iuran", "Contribution fee and incentives"), rupiah.Format(s.Fee, l))
		fmt.Fprintf(tw, "  %s\t%s\n", "Bonus", rupiah.Format(s.Bonus, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Insentif akuisisi", "Acquisition incentive"), rupiah.Format(s.Acquisition, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Diterima agen", "Payable to the agent"), rupiah.Format(s.Payable, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Bagian wadah", "Wadah's share"), rupiah.Format(s.WadahShare, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Jumlah", "Total"), rupiah.Format(s.Total, l))
		ew.err = cmpErr(ew.err, tw.Flush())
	}
	for _, s := range f.Wadahs {
		ew.printf("\nWadah %s %s: %s\n", s.Wadah, s.Name, quantity(l, s.Agents, "agen", "agent"))
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Iuran dari peserta agen", "Collected from the agents' participants"), rupiah.Format(s.Collected, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Fee dan insentif iuran", "Contribution fee and incentives"), rupiah.Format(s.Fee, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Bonus agen", "Agents' bonuses"), rupiah.Format(s.Bonuses, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Insentif akuisisi", "Acquisition incentives"), rupiah.Format(s.Acquisition, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Diterima agen", "Payable to the agents"), rupiah.Format(s.Payable, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Bagian wadah", "Wadah's share"), rupiah.Format(s.WadahShare, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Jumlah", "Total"), rupiah.Format(s.Total, l))
		ew.err = cmpErr(ew.err, tw.Flush())
	}
	return ew.err
}

// lineText describes a fee line: its kind, band or package, rate and base.
func lineText(line FeeLine, l problem.Lang) string {
	var b strings.Builder
	b.WriteString(line.Kind.Name(l))
	switch line.Kind {
	case LineBPUIncentive:
		if line.Tier.To == 0 {
			fmt.Fprintf(&b, tr(l, " bulan %d dst.", " months %d on"), line.Tier.From)
		} else {
			fmt.Fprintf(&b, tr(l, " bulan %d–%d", " months %d–%d"), line.Tier.From, line.Tier.To)
		}
	case LineAcquisition:
		b.WriteString(" " + line.Programs.String())
	}
	switch line.Kind {
	case LineBonus:
		fmt.Fprintf(&b, ", %s", quantity(l, line.Count, "peserta baru", "new participant"))
	case LineAcquisition:
		fmt.Fprintf(&b, ", %s × %s", quantity(l, line.Count, "peserta", "participant"), rupiah.Format(line.Rate, l))
	default:
		fmt.Fprintf(&b, tr(l, ", %s dari %s (%s)", ", %s of %s (%s)"), rateText(line.Rate, l), rupiah.Format(line.Base, l),
			quantity(l, line.Count, "kali", "collection"))
	}
	if line.Assumed > 0 {
		fmt.Fprintf(&b, tr(l, "; %d tanpa data kepesertaan, dianggap BPU JKK+JKM", "; %d with no enrolment, assumed BPU on JKK+JKM"), line.Assumed)
	}
	return b.String()
}

// WriteCSV writes one row per fee line of each agent, then one total row per
// agent and one per wadah, with a header row in the given language. A line
// row names its scheme and kind; a total row has the kind "TOTAL".
func (f Fees) WriteCSV(w io.Writer, l problem.Lang) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(strings.Split(tr(l,
		"bulan,jenis,kode,wadah,status,skema,baris,bulan_kepesertaan,jumlah_item,dasar,tarif,jumlah,bagian_agen,bagian_wadah,total",
		"month,type,id,wadah,status,scheme,line,membership_months,count,base,rate,amount,agent_share,wadah_share,total"), ","))
	m := f.Month.String()
	for _, s := range f.Agents {
		for _, line := range s.Lines {
			months := ""
			if line.Tier != nil {
				months = itoa(line.Tier.From) + "-"
				if line.Tier.To > 0 {
					months += itoa(line.Tier.To)
				}
			}
			_ = cw.Write([]string{m, "agent", s.Agent, s.Wadah, s.Status.String(), line.Scheme.String(), line.Kind.String(), months,
				itoa(line.Count), line.Base.String(), line.Rate.String(), line.Amount.String(), line.AgentShare.String(),
				line.WadahShare.String(), line.AgentShare.Add(line.WadahShare).String()})
		}
		_ = cw.Write([]string{m, "agent", s.Agent, s.Wadah, s.Status.String(), "", "TOTAL", "", itoa(s.Collections),
			s.Collected.String(), "", s.Fee.Add(s.Bonus).Add(s.Acquisition).String(), s.Payable.String(), s.WadahShare.String(), s.Total.String()})
	}
	for _, s := range f.Wadahs {
		_ = cw.Write([]string{m, "wadah", s.Wadah, "", "", "", "TOTAL", "", "", s.Collected.String(), "",
			s.Fee.Add(s.Bonuses).Add(s.Acquisition).String(), s.Payable.String(), s.WadahShare.String(), s.Total.String()})
	}
	cw.Flush()
	return cw.Error()
}

// WriteRejected writes every rejected activity with its reasons, in the
// given language: where it came from (its line, or its position in the
// input), what it was, and each rule it broke. NIKs are masked.
func (l *Ledger) WriteRejected(w io.Writer, lang problem.Lang) error {
	ew := &errWriter{w: w}
	rejected := l.Rejected()
	ew.printf("%s: %d %s %d\n", tr(lang, "Kegiatan ditolak", "Rejected activities"), len(rejected),
		tr(lang, "dari", "of"), len(l.outcomes))
	for _, o := range rejected {
		where := tr(lang, "urutan ", "item ") + itoa(o.Index)
		if o.Activity.Line > 0 {
			where = tr(lang, "baris ", "line ") + itoa(o.Activity.Line)
		}
		ew.printf("- %s: %s\n", where, o.Activity)
		for _, p := range o.Problems {
			ew.printf("    %s [%s]\n", p.Message(lang), p.Code)
		}
	}
	return ew.err
}

// errWriter remembers the first error of a run of writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) { fmt.Fprintf(e, format, args...) }

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// quantity writes a number with its noun: "2 collections" in English, where a
// noun takes an "s" unless the number is 1, and "2 kali" in Indonesian,
// where a noun after a number keeps its form.
func quantity(l problem.Lang, n int, id, en string) string {
	if l != problem.English {
		return itoa(n) + " " + id
	}
	if n != 1 {
		en += "s"
	}
	return itoa(n) + " " + en
}

func itoa(i int) string { return strconv.Itoa(i) }
