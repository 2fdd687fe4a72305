package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

const manfaatSynopsisID = `manfaat [opsi]

Hitung manfaat yang dibayar program pada satu peristiwa, dengan dasar hukum setiap angka.

  jamsos manfaat -event death -segment BPU -basis 1000000 -start 2021-03-10 -date 2025-03-10 -child SD:3:8
  jamsos manfaat -event work_death -segment BPU -basis 2000000 -start 2024-09-01 -date 2025-03-10
  jamsos manfaat -event partial_disability -percent 10% -segment PU -basis 4000000 -date 2024-06-01
  jamsos manfaat -event retirement -segment PU -birth 1966-05-01 -contribution-months 240 -basis 8000000 -date 2024-06-01
  jamsos manfaat -event job_loss -segment PU -basis 7000000 -start 2022-01-03 -date 2025-03-03 -paid-months 24 -consecutive-months 24
  jamsos manfaat -event protection -segment BPU -programs JKK+JKM -basis 1000000 -month 2026-02 -sector AGRICULTURE
  jamsos manfaat -input request.json -json   (JSON: {"event": "death", "death": {...}}, seperti POST /v1/manfaat)

Peristiwa lewat opsi: death, work_death, total_disability, partial_disability,
temporary_incapacity, transport, retirement, job_loss, protection; yang lain
(scholarship, jht_balance, jht_claim) lewat -input. -basis adalah upah sebulan
(PU) atau penghasilan yang dilaporkan (BPU); untuk retirement, rata-rata upah
bulanan tertimbang. Masalah menyebut kolom permintaan JSON yang dibentuk opsi-opsinya.
`

const manfaatSynopsisEN = `manfaat [flags]

Computes what the programs pay on one event, with the source of every number.

  jamsos manfaat -event death -segment BPU -basis 1000000 -start 2021-03-10 -date 2025-03-10 -child SD:3:8
  jamsos manfaat -event work_death -segment BPU -basis 2000000 -start 2024-09-01 -date 2025-03-10
  jamsos manfaat -event partial_disability -percent 10% -segment PU -basis 4000000 -date 2024-06-01
  jamsos manfaat -event retirement -segment PU -birth 1966-05-01 -contribution-months 240 -basis 8000000 -date 2024-06-01
  jamsos manfaat -event job_loss -segment PU -basis 7000000 -start 2022-01-03 -date 2025-03-03 -paid-months 24 -consecutive-months 24
  jamsos manfaat -event protection -segment BPU -programs JKK+JKM -basis 1000000 -month 2026-02 -sector AGRICULTURE
  jamsos manfaat -input request.json -json   (JSON: {"event": "death", "death": {...}}, as POST /v1/manfaat)

Events from flags: death, work_death, total_disability, partial_disability,
temporary_incapacity, transport, retirement, job_loss, protection; the others
(scholarship, jht_balance, jht_claim) from -input. -basis is the monthly wage
(PU) or declared income (BPU); for retirement, the average indexed monthly wage.
Problems name the field of the JSON request the flags make.
`

// manfaatFlags are the flags of `jamsos manfaat` besides the shared ones.
type manfaatFlags struct {
	input, event                                *string
	segment, basis, start, birth, date          *string
	contribMonths                               *int
	inactive                                    *bool
	children                                    childFlag
	percent, tableCode, functionLoss            *string
	offMonths                                   *int
	mode, cost                                  *string
	cause                                       *string
	paidMonths, consecutive                     *int
	notCitizen                                  *bool
	month, programs, risk, scale, sector, payer *string
	share, budget                               *string
}

// eventFlags are the flags each event reads, besides -segment, -basis,
// -start, -birth, -contribution-months, -inactive and -date, which every
// event but protection reads.
var eventFlags = map[benefit.Event][]string{
	benefit.Death:               {"child"},
	benefit.WorkDeath:           {"child"},
	benefit.TotalDisability:     {"child"},
	benefit.PartialDisability:   {"percent", "table-code", "function-loss"},
	benefit.TemporaryIncapacity: {"off-months"},
	benefit.Transport:           {"mode", "cost"},
	benefit.Retirement:          {},
	benefit.JobLoss:             {"cause", "paid-months", "consecutive-months", "not-citizen"},
}

var participantFlags = []string{"segment", "basis", "start", "birth", "contribution-months", "inactive", "date"}

var protectionFlags = []string{"segment", "basis", "month", "date", "programs", "risk", "scale", "sector", "payer", "worker-share-payer", "budget"}

// childFlag collects -child LEVEL:GRADE:AGE, one a child.
type childFlag []string

func (c *childFlag) String() string     { return strings.Join(*c, ",") }
func (c *childFlag) Set(v string) error { *c = append(*c, v); return nil }

func runManfaat(e *env, args []string) int {
	fs, lang := e.flags("manfaat", e.t(manfaatSynopsisID, manfaatSynopsisEN))
	f := manfaatFlags{
		input:         fs.String("input", "", e.t("baca permintaan dari berkas JSON (- untuk masukan standar), bukan dari opsi", "read the request from a JSON file (- for standard input) instead of flags")),
		event:         fs.String("event", "", e.t("peristiwanya: "+flagEventsID(), "the event: death, work_death, total_disability, partial_disability, temporary_incapacity, transport, retirement, job_loss or protection")),
		segment:       fs.String("segment", "", e.t("segmen: PU atau BPU", "segment: PU or BPU")),
		basis:         fs.String("basis", "", e.t("upah sebulan (PU) atau penghasilan yang dilaporkan (BPU), dalam rupiah; untuk retirement rata-rata upah bulanan tertimbang", "monthly wage (PU) or declared income (BPU), in rupiah; for retirement the average indexed monthly wage")),
		start:         fs.String("start", "", e.t("hari pertama kepesertaan, TTTT-BB-HH", "first day of membership, YYYY-MM-DD")),
		birth:         fs.String("birth", "", e.t("tanggal lahir, TTTT-BB-HH (usia pensiun, usia daftar JKP)", "birth date, YYYY-MM-DD (retirement age, JKP enrolment age)")),
		date:          fs.String("date", "", e.t("hari peristiwa, TTTT-BB-HH (untuk retirement: hari pensiun mulai dibayar; untuk protection: satu hari dalam bulan itu)", "the event's day, YYYY-MM-DD (for retirement: the day the pension starts; for protection: a day of the month)")),
		contribMonths: fs.Int("contribution-months", 0, e.t("masa iuran dalam bulan (0: dihitung dari -start); wajib untuk retirement", "contribution period in months (0: counted from -start); for retirement, required")),
		inactive:      fs.Bool("inactive", false, e.t("kepesertaan tidak aktif pada hari peristiwa", "the membership was not active on the event's day")),
		percent:       fs.String("percent", "", e.t("partial_disability: persentase cacat, mis. 10%", "partial_disability: the disability percentage, e.g. 10%")),
		tableCode:     fs.String("table-code", "", e.t("partial_disability: baris tabel cacat anatomis yang dimuat", "partial_disability: the line of a loaded anatomical-loss table")),
		functionLoss:  fs.String("function-loss", "", e.t("partial_disability: bagian fungsi yang hilang, mis. 50%", "partial_disability: the share of the function lost, e.g. 50%")),
		offMonths:     fs.Int("off-months", 0, e.t("temporary_incapacity: bulan tidak mampu bekerja", "temporary_incapacity: months unable to work")),
		mode:          fs.String("mode", "", e.t("transport: land (darat), sea (laut) atau air (udara)", "transport: land, sea or air")),
		cost:          fs.String("cost", "", e.t("transport: biayanya, dalam rupiah", "transport: the cost, in rupiah")),
		cause:         fs.String("cause", string(benefit.Dismissal), e.t("job_loss: dismissal, resignation, contract_end, retirement, total_disability atau death", "job_loss: dismissal, resignation, contract_end, retirement, total_disability or death")),
		paidMonths:    fs.Int("paid-months", 0, e.t("job_loss: bulan iuran dibayar dalam 24 bulan sebelum PHK", "job_loss: months paid in the 24 before the dismissal")),
		consecutive:   fs.Int("consecutive-months", 0, e.t("job_loss: deret terpanjang bulan iuran dibayar berturut-turut", "job_loss: the longest run of months paid in a row")),
		notCitizen:    fs.Bool("not-citizen", false, e.t("job_loss: pekerja bukan warga negara Indonesia", "job_loss: the worker is not an Indonesian citizen")),
		month:         fs.String("month", "", e.t("protection: bulan iuran, TTTT-BB", "protection: contribution month, YYYY-MM")),
		programs:      fs.String("programs", "", e.t("protection: program, mis. JKK+JKM", "protection: programs, e.g. JKK+JKM")),
		risk:          fs.String("risk", "", e.t("protection, PU: kelompok risiko JKK VERY_LOW, LOW, MEDIUM, HIGH atau VERY_HIGH", "protection, PU: JKK risk group VERY_LOW, LOW, MEDIUM, HIGH or VERY_HIGH")),
		scale:         fs.String("scale", "", e.t("protection, PU: skala usaha MICRO, SMALL, MEDIUM atau LARGE", "protection, PU: business scale MICRO, SMALL, MEDIUM or LARGE")),
		sector:        fs.String("sector", "", e.t("protection, BPU: TRANSPORT, AGRICULTURE, FISHERIES, TRADE atau OTHER", "protection, BPU: TRANSPORT, AGRICULTURE, FISHERIES, TRADE or OTHER")),
		payer:         fs.String("payer", "", e.t("protection: pembayar SELF, EMPLOYER, VILLAGE, REGENCY atau SPONSOR", "protection: payer SELF, EMPLOYER, VILLAGE, REGENCY or SPONSOR")),
		share:         fs.String("worker-share-payer", "", e.t("protection, PU: siapa yang membayar bagian pekerja", "protection, PU: who pays the worker's share")),
		budget:        fs.String("budget", "", e.t("protection: anggaran negara yang membayar, APBN, APBD atau APBDES", "protection: public budget paying, APBN, APBD or APBDES")),
	}
	fs.Var(&f.children, "child", e.t("death, work_death, total_disability: seorang anak sebagai JENJANG:KELAS:UMUR (SD:3:8); ulangi untuk setiap anak", "death, work_death, total_disability: a child as LEVEL:GRADE:AGE (SD:3:8); repeat for each child"))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, e.t("jamsos manfaat: argumen tak terduga %q\n", "jamsos manfaat: unexpected argument %q\n"), masked(fs.Arg(0)))
		return exitUsage
	}
	var req benefit.Request
	if *f.input != "" {
		extra := ""
		fs.Visit(func(fl *flag.Flag) {
			if fl.Name != "input" && fl.Name != "json" && fl.Name != "lang" && extra == "" {
				extra = fl.Name
			}
		})
		if extra != "" {
			fmt.Fprintf(e.stderr, e.t("jamsos manfaat: -%s tidak dapat dipakai bersama -input\n", "jamsos manfaat: -%s cannot be used with -input\n"), extra)
			return exitUsage
		}
		r := e.stdin
		if *f.input != "-" {
			file, err := os.Open(*f.input)
			if err != nil {
				return e.report(fileProblem("input.file", "input", *f.input, false, err), exitUsage)
			}
			defer file.Close()
			r = file
		}
		var err error
		if req, err = benefit.DecodeRequest(r); err != nil {
			return e.fail(err)
		}
	} else {
		ev := benefit.Event(*f.event)
		allowed, ok := eventFlags[ev]
		switch {
		case ev == benefit.Protection:
			allowed, ok = protectionFlags, true
		case ok:
			allowed = append(slices.Clone(participantFlags), allowed...)
		}
		if !ok {
			if *f.event == "" {
				fmt.Fprintln(e.stderr, e.t("jamsos manfaat: -event wajib diisi (atau -input)", "jamsos manfaat: -event is required (or -input)"))
			} else {
				fmt.Fprintf(e.stderr, e.t("jamsos manfaat: -event %q bukan peristiwa lewat opsi; lihat -h, atau pakai -input\n", "jamsos manfaat: -event %q is not an event of the flags; see -h, or use -input\n"), masked(*f.event))
			}
			return exitUsage
		}
		bad := ""
		fs.Visit(func(fl *flag.Flag) {
			if !slices.Contains(allowed, fl.Name) && !slices.Contains([]string{"event", "json", "lang"}, fl.Name) && bad == "" {
				bad = fl.Name
			}
		})
		if bad != "" {
			fmt.Fprintf(e.stderr, e.t("jamsos manfaat: -%s bukan opsi untuk -event %s\n", "jamsos manfaat: -%s is not a flag of -event %s\n"), bad, ev)
			return exitUsage
		}
		var err error
		if req, err = f.request(ev); err != nil {
			return e.fail(err)
		}
	}
	resp, err := benefit.Default().Estimate(req)
	if err != nil {
		if *f.input == "" {
			err = flagFields(err)
		}
		return e.fail(err)
	}
	if e.json {
		return e.writeJSON(resp)
	}
	fmt.Fprint(e.stdout, resp.Explain(e.lang))
	return exitOK
}

// request builds the request of event ev from the flags, reporting every
// flag that cannot be read at once, each under its flag's name.
func (f *manfaatFlags) request(ev benefit.Event) (benefit.Request, error) {
	var l problem.List
	text := func(field, v string, into interface{ UnmarshalText([]byte) error }) {
		if v != "" {
			if err := into.UnmarshalText([]byte(v)); err != nil {
				l.Add(problem.Relabel(err, field))
			}
		}
	}
	amount := func(field, v string, to *decimal.Decimal) {
		if v == "" {
			return
		}
		d, err := decimal.NewFromString(v)
		if err != nil || d.Exponent() < -30 || d.Exponent() > 30 {
			l.Add(problem.New(benefit.ErrInvalidInput, "input.number", field, problem.Clip(v),
				"harus berupa angka rupiah, misalnya 1000000", "must be a number of rupiah, such as 1000000"))
			return
		}
		*to = d
	}
	rate := func(field, v string) *contribution.Rate {
		if v == "" {
			return nil
		}
		r, err := contribution.ParseRate(v)
		if err != nil {
			l.Add(problem.Relabel(err, field))
			return nil
		}
		return &r
	}
	req := benefit.Request{Event: ev}
	if ev == benefit.Protection {
		in := benefit.ProtectionInput{}
		c := &in.Contribution
		text("segment", *f.segment, &c.Segment)
		text("programs", *f.programs, &c.Programs)
		text("risk", *f.risk, &c.RiskGroup)
		text("scale", *f.scale, &c.Scale)
		text("sector", *f.sector, &c.Sector)
		text("payer", *f.payer, &c.Payer)
		text("worker-share-payer", *f.share, &c.WorkerSharePayer)
		text("budget", *f.budget, &c.Budget)
		amount("basis", *f.basis, &c.Basis)
		text("month", *f.month, &in.Month)
		if *f.month == "" && *f.date != "" {
			var d regulation.Date
			text("date", *f.date, &d)
			if !d.IsZero() {
				in.Month = d.ContributionMonth()
			}
		}
		req.Protection = &in
		return req, l.Err()
	}
	var p benefit.Participant
	var d regulation.Date
	text("segment", *f.segment, &p.Segment)
	amount("basis", *f.basis, &p.Wage)
	text("start", *f.start, &p.Start)
	text("birth", *f.birth, &p.BirthDate)
	text("date", *f.date, &d)
	p.Inactive = *f.inactive
	kids := f.kids(&l)
	switch ev {
	case benefit.Death:
		p.ContributionMonths = *f.contribMonths
		req.Death = &benefit.DeathInput{Participant: p, Date: d, Children: kids}
	case benefit.Retirement:
		// The pension's inputs are its own: the months and the average
		// wage; the participant gives the segment and the birth date.
		in := benefit.PensionInput{Participant: p, Months: *f.contribMonths, AverageWage: p.Wage, Start: d}
		in.Participant.Wage = decimal.Zero
		req.Pension = &in
	case benefit.JobLoss:
		p.ContributionMonths = *f.contribMonths
		req.JobLoss = &benefit.JobLossInput{Participant: p, Date: d, Cause: benefit.JobLossCause(*f.cause),
			PaidMonths: *f.paidMonths, ConsecutiveMonths: *f.consecutive, NotCitizen: *f.notCitizen}
	default: // the accident events
		p.ContributionMonths = *f.contribMonths
		in := benefit.AccidentInput{Event: ev, Participant: p, Date: d, Children: kids,
			Percent: rate("percent", *f.percent), TableCode: *f.tableCode, FunctionLoss: rate("function-loss", *f.functionLoss),
			Months: *f.offMonths, Mode: benefit.TransportMode(*f.mode)}
		amount("cost", *f.cost, &in.Cost)
		req.Accident = &in
	}
	return req, l.Err()
}

// kids reads the -child flags, LEVEL:GRADE:AGE each.
func (f *manfaatFlags) kids(l *problem.List) []benefit.Child {
	var out []benefit.Child
	for i, s := range f.children {
		field := fmt.Sprintf("child[%d]", i)
		parts := strings.Split(s, ":")
		if len(parts) != 3 {
			l.Add(problem.New(benefit.ErrInvalidInput, "input.child", field, problem.Clip(s),
				"anak ditulis JENJANG:KELAS:UMUR, misalnya SD:3:8", "a child is written LEVEL:GRADE:AGE, such as SD:3:8"))
			continue
		}
		var c benefit.Child
		if err := c.Level.UnmarshalText([]byte(strings.ToUpper(parts[0]))); err != nil {
			l.Add(problem.Relabel(err, field+".level"))
		}
		num := func(name, v string, to *int) {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 99 {
				l.Add(problem.New(benefit.ErrInvalidInput, "input.number", field+"."+name, problem.Clip(v),
					"harus bilangan bulat 0 sampai 99", "must be a whole number from 0 to 99"))
				return
			}
			*to = n
		}
		num("grade", parts[1], &c.Grade)
		num("age", parts[2], &c.Age)
		out = append(out, c)
	}
	return out
}

// flagNames are the flags of the request's fields, by the field's path
// after its section ("participant.wage" of "death.participant.wage").
var flagNames = map[string]string{
	"participant.segment": "segment", "participant.wage": "basis", "participant.start": "start",
	"participant.birth_date": "birth", "participant.contribution_months": "contribution-months",
	"date": "date", "percent": "percent", "table_code": "table-code", "function_loss": "function-loss",
	"months": "off-months", "mode": "mode", "cost": "cost", "cause": "cause", "paid_months": "paid-months",
	"consecutive_months": "consecutive-months", "average_wage": "basis", "start": "date", "month": "month",
	"contribution.segment": "segment", "contribution.programs": "programs", "contribution.basis": "basis",
	"contribution.risk_group": "risk", "contribution.business_scale": "scale", "contribution.sector": "sector",
	"contribution.payer": "payer", "contribution.worker_share_payer": "worker-share-payer", "contribution.budget": "budget",
}

// flagFields names each problem of a request built from flags by its flag,
// so that "death.participant.wage" reads "basis" and
// "death.children[1].age" reads "child[1].age"; a field with no flag keeps
// its path.
func flagFields(err error) error {
	var in problem.List
	in.Add(err)
	out := make(problem.List, len(in))
	for i, p := range in {
		c := *p
		_, rest, _ := strings.Cut(c.Field, ".")
		switch {
		case strings.HasPrefix(c.Field, "pension.months"):
			c.Field = "contribution-months"
		case strings.HasPrefix(rest, "children["):
			c.Field = "child" + strings.TrimPrefix(rest, "children")
		case flagNames[rest] != "":
			c.Field = flagNames[rest]
		}
		out[i] = &c
	}
	return out
}

// flagEventsID lists the events the flags take for the Indonesian help,
// each code glossed with its name ("death (meninggal dunia bukan karena
// kecelakaan kerja)"): the codes are English words, typed as they are.
func flagEventsID() string {
	events := []benefit.Event{benefit.Death, benefit.WorkDeath, benefit.TotalDisability, benefit.PartialDisability,
		benefit.TemporaryIncapacity, benefit.Transport, benefit.Retirement, benefit.JobLoss, benefit.Protection}
	parts := make([]string, len(events))
	for i, ev := range events {
		parts[i] = string(ev) + " (" + ev.Name(problem.Indonesian) + ")"
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " atau " + parts[len(parts)-1]
}
