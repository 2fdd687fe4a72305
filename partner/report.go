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
	"github.com/desasadar/jamsos/regulation"
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

// roleNames joins the names of roles in l, for the text report (the CSV
// keeps their codes).
func roleNames(rs []Role, l problem.Lang) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.Name(l)
	}
	return strings.Join(s, ", ")
}

// paramNames names for people the parameters a fee statement lists, by
// their code.
var paramNames = map[string][2]string{
	FeeSchemeParam:      {"skema fee yang berlaku", "the fee scheme in force"},
	FeeRateParam:        {"fee agen skema 2018", "the 2018 scheme's agent fee"},
	WadahShareParam:     {"bagian wadah skema 2018", "the 2018 scheme's wadah share"},
	BonusParam:          {"bonus agen skema 2018", "the 2018 scheme's agent bonus"},
	BonusSplitParam:     {"bagian wadah dari bonus", "the wadah's part of the bonus"},
	BPUIncentiveParam:   {"insentif iuran BPU skema 2022", "the 2022 scheme's BPU contribution incentive"},
	PUIncentiveParam:    {"insentif iuran PU skema 2022", "the 2022 scheme's PU contribution incentive"},
	AcquisitionParam:    {"insentif akuisisi skema 2022", "the 2022 scheme's acquisition incentive"},
	WadahIncentiveParam: {"insentif wadah skema 2022", "the 2022 scheme's wadah incentive"},
	SuspensionParam:     {"skors agen", "agent suspension"},
	WadahMinAgentsParam: {"jumlah agen paling sedikit per wadah", "the fewest agents per wadah"},
}

// paramName returns the name of parameter code in l, or the code itself
// for a parameter paramNames lacks.
func paramName(code string, l problem.Lang) string {
	if n, ok := paramNames[code]; ok {
		return tr(l, n[0], n[1])
	}
	return code
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
		tr(l, "pekerja terlindungi (aktif) per desa", "covered (active) workers per village"), p.TargetRule.Parameter, p.TargetRule.Citation.Format(l))
	ew.printf("%s\n", tr(l,
		"Istilah: terdaftar = peserta yang pendaftarannya tercatat; dikreditkan = pendaftaran yang diatribusikan kepada mitra menurut aturan atribusi, siapa pun yang mencatatnya; membayar = peserta dengan sedikitnya satu iuran terkumpul atau dibayar sampai tanggal laporan; aktif = peserta yang kepesertaannya aktif pada akhir tanggal laporan.",
		"Terms: registered = participants whose registration is recorded; credited = registrations attributed to the partner by the attribution rule, whoever recorded them; paying = participants with at least one contribution collected or paid up to the day of the report; active = participants whose membership is active at the close of the day of the report."))
	ew.printf(tr(l, "Aktif menurut aturan nonaktif: BPU nonaktif setelah %d bulan berturut-turut tanpa iuran (%s: %s); status bulan %s. Peserta tanpa data kepesertaan dianggap BPU.\n",
		"Active by the lapse rule: a BPU membership is non-active after %d consecutive unpaid months (%s: %s); status of %s. Participants with no enrolment count as BPU.\n"),
		p.LapseMonths, p.LapseRule.Parameter, p.LapseRule.Citation.Format(l), contribution.MonthName(p.StatusMonth, l))
	ew.printf("%s\n", tr(l,
		"Cakupan = aktif / target; cakupan membayar = membayar / target; konversi = peserta dirujuk yang membayar / dirujuk (\"-\" bila tidak ada rujukan).",
		"Coverage = active / target; paying coverage = paying / target; conversion = referred participants who are paying / referred (\"-\" when nobody was referred)."))

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
		head := tr(l, "Wilayah\tDesa\tKegiatan\tHadir\tDirujuk\tTerdaftar\tMembayar\tAktif\tTarget\tCakupan\tCakupan membayar\tKonversi\tIuran\t",
			"Area\tVillages\tEvents\tAttendance\tReferred\tRegistered\tPaying\tActive\tTarget\tCoverage\tPaying coverage\tConversion\tCollected\t")
		if i == 2 {
			head += tr(l, "Pilar kurang\t", "Missing pillars\t")
		}
		fmt.Fprintln(tw, head)
		for _, a := range lv.rows {
			row := fmt.Sprintf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t",
				areaName(a.Area, names), a.Villages, a.Events, a.Attendance, a.Referred, a.Registered, a.Paying, a.Active,
				a.Target, pct(a.Coverage, l), pct(a.PayingCoverage, l), conversion(a.Conversion, l), rupiah.Format(a.Collected, l))
			if i == 2 {
				missing := roleNames(a.MissingPillars, l)
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
		"Terdaftar = pendaftaran yang dicatat mitra; dikreditkan = pendaftaran yang dikreditkan kepada mitra; dikreditkan membayar dan dikreditkan aktif = peserta yang dikreditkan kepada mitra yang membayar dan yang aktif.",
		"Registered = registrations the partner recorded; credited = registrations credited to the partner; credited paying and credited active = the participants credited to the partner who are paying and who are active."))
	ew.printf("%s\n", tr(l,
		"Urutan: dikreditkan aktif, lalu dikreditkan membayar, dikreditkan, dirujuk, jumlah hadir.",
		"Order: credited active, then credited paying, credited, referred, attendance."))
	tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, tr(l, "Peringkat\tMitra\tPeran\tKegiatan\tHadir\tDirujuk\tTerdaftar\tDikreditkan\tDikreditkan membayar\tDikreditkan aktif\tKonversi\tIuran\t",
		"Rank\tPartner\tRole\tEvents\tAttendance\tReferred\tRegistered\tCredited\tCredited paying\tCredited active\tConversion\tCollected\t"))
	for _, s := range p.Leaderboard {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t\n", s.Rank, s.Partner, s.Role.Name(l), s.Events, s.Attendance,
			s.Referred, s.Registered, s.Credited, s.CreditedPaying, s.CreditedActive, conversion(s.Conversion, l), rupiah.Format(s.Collected, l))
	}
	ew.err = cmpErr(ew.err, tw.Flush())
	return ew.err
}

// conversion writes a conversion percentage, or "-" when there is none
// (nobody was referred).
func conversion(d *decimal.Decimal, l problem.Lang) string {
	if d == nil {
		return "-"
	}
	return pct(*d, l)
}

// plainPct writes a percentage for CSV, or "" when there is none.
func plainPct(d *decimal.Decimal) string {
	if d == nil {
		return ""
	}
	return d.StringFixed(1)
}

// WriteCSV writes one row per area — regencies, then districts, then
// villages — with a header row in the given language. Numbers are written
// plainly (16.7, 672000) so that any spreadsheet reads them; a conversion
// with no referrals is an empty cell, not 0; missing pillars are role codes
// joined by "+".
func (p Progress) WriteCSV(w io.Writer, l problem.Lang) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(strings.Split(tr(l,
		"tingkat,wilayah,desa,kegiatan,hadir,dirujuk,terdaftar,membayar,aktif,dirujuk_membayar,target,cakupan_persen,cakupan_membayar_persen,konversi_persen,iuran,pilar_kurang",
		"level,area,villages,events,attendance,referred,registered,paying,active,referred_paying,target,coverage_pct,paying_coverage_pct,conversion_pct,collected,missing_pillars"), ","))
	for _, lv := range []struct {
		level string
		rows  []AreaProgress
	}{{"regency", p.Regencies}, {"district", p.Districts}, {"village", p.Villages}} {
		for _, a := range lv.rows {
			_ = cw.Write([]string{lv.level, a.Area.String(), itoa(a.Villages), itoa(a.Events), itoa(a.Attendance),
				itoa(a.Referred), itoa(a.Registered), itoa(a.Paying), itoa(a.Active), itoa(a.ReferredPaying), itoa(a.Target),
				a.Coverage.StringFixed(1), a.PayingCoverage.StringFixed(1), plainPct(a.Conversion), a.Collected.String(), roleList(a.MissingPillars)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteLeaderboardCSV writes the leaderboard, one row per partner, with a
// header row in the given language; a conversion with no referrals is an
// empty cell.
func (p Progress) WriteLeaderboardCSV(w io.Writer, l problem.Lang) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(strings.Split(tr(l,
		"peringkat,mitra,peran,kegiatan,hadir,dirujuk,dirujuk_membayar,terdaftar,dikreditkan,dikreditkan_membayar,dikreditkan_aktif,konversi_persen,iuran",
		"rank,partner,role,events,attendance,referred,referred_paying,registered,credited,credited_paying,credited_active,conversion_pct,collected"), ","))
	for _, s := range p.Leaderboard {
		_ = cw.Write([]string{itoa(s.Rank), s.Partner, s.Role.String(), itoa(s.Events), itoa(s.Attendance),
			itoa(s.Referred), itoa(s.ReferredPaying), itoa(s.Registered), itoa(s.Credited), itoa(s.CreditedPaying),
			itoa(s.CreditedActive), plainPct(s.Conversion), s.Collected.String()})
	}
	cw.Flush()
	return cw.Error()
}

// WriteText writes the fee statements for people, in the given language:
// the scheme of the month and the switch month, the rounding, how many
// contributions were checked against their bill, the rules and their
// sources, one statement per agent with a line per scheme, kind and rate,
// one statement per wadah, the contributions that differ from their bill
// (like ones grouped on one line) and the warnings, such as a wadah with
// too few agents.
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
	ew.printf(tr(l, "Tagihan: %d iuran yang dikumpulkan atau dibayar bulan ini diperiksa terhadap tagihan bulan iurannya, %d tidak dapat diperiksa (PU); fee hanya dihitung atas yang terutang menurut tagihan.\n",
		"Bills: %d contributions collected or paid this month checked against the bill of their contribution month, %d could not be checked (PU); fees count only what the bill made due.\n"),
		f.Checked, f.Unchecked)
	ew.printf("%s\n", tr(l, "Aturan:", "Rules:"))
	for _, r := range f.Rules {
		ew.printf("  %s (%s), %s %s: %s\n", paramName(r.Parameter, l), r.Parameter, tr(l, "sejak", "from"), r.From, r.Citation.Format(l))
	}
	for _, s := range f.Agents {
		ew.printf("\n%s %s (wadah %s), %s %s\n", tr(l, "Agen", "Agent"), s.Agent, s.Wadah, tr(l, "status", "status"), s.Status.Name(l))
		tw := tabwriter.NewWriter(ew, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  %s\t%d (%s %d)\n", tr(l, "Rekrutan baru terdaftar", "New recruits registered"), s.NewParticipants,
			tr(l, "BPU baru untuk insentif akuisisi", "new BPU for the acquisition incentive"), s.NewBPU)
		fmt.Fprintf(tw, "  %s\t%s (%s, %s)\n", tr(l, "Iuran dari peserta agen", "Collected from own participants"),
			rupiah.Format(s.Collected, l), quantity(l, s.Collections, "kali", "collection"),
			quantity(l, s.Participants, "peserta", "participant"))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Tidak terutang menurut tagihan, tanpa fee", "Not due by the bill, no fee"), rupiah.Format(s.NotDue, l))
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
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Tidak terutang menurut tagihan, tanpa fee", "Not due by the bill, no fee"), rupiah.Format(s.NotDue, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Fee dan insentif iuran", "Contribution fee and incentives"), rupiah.Format(s.Fee, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Bonus agen", "Agents' bonuses"), rupiah.Format(s.Bonuses, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Insentif akuisisi", "Acquisition incentives"), rupiah.Format(s.Acquisition, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Diterima agen", "Payable to the agents"), rupiah.Format(s.Payable, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Bagian wadah", "Wadah's share"), rupiah.Format(s.WadahShare, l))
		fmt.Fprintf(tw, "  %s\t%s\n", tr(l, "Jumlah", "Total"), rupiah.Format(s.Total, l))
		ew.err = cmpErr(ew.err, tw.Flush())
	}
	ew.printf("\n%s\n", tr(l, "Iuran yang tidak sesuai tagihan bulan iurannya", "Contributions that differ from the bill of their contribution month"))
	if len(f.Discrepancies) == 0 {
		ew.printf("  %s\n", tr(l, "Tidak ada.", "None."))
	}
	for _, g := range groupChecks(f.Discrepancies) {
		ew.printf("- %s\n", discrepancyText(g.check, g.n, l))
	}
	if len(f.Warnings) > 0 {
		ew.printf("\n%s\n", tr(l, "Peringatan", "Warnings"))
		for _, p := range f.Warnings {
			ew.printf("- %s [%s]\n", p.Message(l), p.Code)
		}
	}
	return ew.err
}

// checkGroup is a run of like discrepancies: same partner, month, finding,
// amount and bill.
type checkGroup struct {
	check BillCheck
	n     int
}

// groupChecks groups like discrepancies, in the order each group first
// appears, so that fifty collections at the same wrong amount read as one
// line.
func groupChecks(cs []BillCheck) []checkGroup {
	type key struct {
		partner         string
		month           regulation.Month
		finding         Finding
		collected, bill string
		assumed         bool
	}
	var out []checkGroup
	at := make(map[key]int)
	for _, c := range cs {
		k := key{c.Partner, c.Month, c.Finding, c.Collected.String(), c.Bill.String(), c.Assumed}
		if i, ok := at[k]; ok {
			out[i].n++
			continue
		}
		at[k] = len(out)
		out = append(out, checkGroup{check: c, n: 1})
	}
	return out
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
// row names its scheme and kind, and its base is what was due; a total row
// has the kind "TOTAL", the amount collected as its base and the part of it
// not due by the bill in its last column.
func (f Fees) WriteCSV(w io.Writer, l problem.Lang) error {
	cw := csv.NewWriter(w)
	_ = cw.Write(strings.Split(tr(l,
		"bulan,jenis,kode,wadah,status,skema,baris,bulan_kepesertaan,jumlah_item,dasar,tarif,jumlah,bagian_agen,bagian_wadah,total,tidak_terutang",
		"month,type,id,wadah,status,scheme,line,membership_months,count,base,rate,amount,agent_share,wadah_share,total,not_due"), ","))
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
				line.WadahShare.String(), line.AgentShare.Add(line.WadahShare).String(), ""})
		}
		_ = cw.Write([]string{m, "agent", s.Agent, s.Wadah, s.Status.String(), "", "TOTAL", "", itoa(s.Collections),
			s.Collected.String(), "", s.Fee.Add(s.Bonus).Add(s.Acquisition).String(), s.Payable.String(), s.WadahShare.String(), s.Total.String(),
			s.NotDue.String()})
	}
	for _, s := range f.Wadahs {
		_ = cw.Write([]string{m, "wadah", s.Wadah, "", "", "", "TOTAL", "", "", s.Collected.String(), "",
			s.Fee.Add(s.Bonuses).Add(s.Acquisition).String(), s.Payable.String(), s.WadahShare.String(), s.Total.String(),
			s.NotDue.String()})
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
		ew.printf("- %s: %s\n", where, activityText(o.Activity, lang))
		for _, p := range o.Problems {
			ew.printf("    %s [%s]\n", p.Message(lang), p.Code)
		}
	}
	return ew.err
}

// activityText writes an activity for people in lang: its day, the name of
// its kind, the partner and village, the masked NIK, the attendance of an
// event and the amount of a collection or payment.
func activityText(a Activity, lang problem.Lang) string {
	s := fmt.Sprintf("%s %s %s %s", a.Date, a.Kind.Name(lang), a.Partner, a.Village)
	if a.Participant.IsValid() {
		s += " " + a.Participant.String()
	}
	if a.Kind.event() {
		s += ", " + tr(lang, itoa(a.Attendance)+" orang hadir", itoa(a.Attendance)+" attending")
	}
	if !a.Amount.IsZero() {
		s += " " + rupiah.Format(a.Amount, lang)
	}
	return s
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
