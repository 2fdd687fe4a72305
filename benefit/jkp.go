package benefit

import (
	"strconv"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// JobLossCause is why a job ended, for JKP.
type JobLossCause string

// The causes JKP distinguishes.
const (
	// Dismissal is a dismissal by the employer (PHK): JKP pays.
	Dismissal JobLossCause = "dismissal"
	// Resignation is the worker's own resignation: no JKP.
	Resignation JobLossCause = "resignation"
	// ContractEnd is the plain end of a fixed-term contract (PKWT): no JKP.
	ContractEnd JobLossCause = "contract_end"
	// RetirementCause is retirement: no JKP.
	RetirementCause JobLossCause = "retirement"
	// DisabilityCause is total permanent disability: no JKP.
	DisabilityCause JobLossCause = "total_disability"
	// DeathCause is death: no JKP.
	DeathCause JobLossCause = "death"
)

var jkpExcluded = map[JobLossCause]Text{
	Resignation:     {"mengundurkan diri", "resignation"},
	ContractEnd:     {"berakhirnya PKWT", "the end of a fixed-term contract"},
	RetirementCause: {"pensiun", "retirement"},
	DisabilityCause: {"cacat total tetap", "total permanent disability"},
	DeathCause:      {"meninggal dunia", "death"},
}

// JobLossInput is a dismissal and what JKP needs to know about it.
type JobLossInput struct {
	// Participant is the worker: a wage earner (PU) with Wage the last wage
	// reported to BPJS; BirthDate and Start give the enrolment age.
	Participant Participant `json:"participant"`
	// Date is the day of the dismissal: the rules in force on it apply.
	Date regulation.Date `json:"date"`
	// Cause is why the job ended. Required.
	Cause JobLossCause `json:"cause"`
	// PaidMonths is the number of contribution months paid in the window
	// before the dismissal (24 months).
	PaidMonths int `json:"paid_months"`
	// ConsecutiveMonths is the longest run of months paid in a row before
	// the dismissal.
	ConsecutiveMonths int `json:"consecutive_months"`
	// NotCitizen says the worker is not an Indonesian citizen.
	NotCitizen bool `json:"not_citizen,omitempty"`
}

// JobLoss returns the JKP cash benefit on a dismissal: each month's share of
// the last wage, capped, under PP 37/2021 (45% for three months, 25% for
// three) or from 7 February 2025 under PP 6/2025 (60% for six), keyed on the
// dismissal date; and whether the worker is eligible. A dismissal before JKP
// began (February 2021) is an error wrapping regulation.ErrNoRuleInForce.
func (e *Estimator) JobLoss(in JobLossInput) (Result, error) {
	var l problem.List
	p := in.Participant
	p.check(&l, in.Date, true)
	if in.Cause != Dismissal {
		if _, ok := jkpExcluded[in.Cause]; !ok {
			l.Add(invalid("cause", problem.Clip(string(in.Cause)), "tidak dikenal", "unknown"))
		}
	}
	if in.PaidMonths < 0 || in.PaidMonths > maxMonths {
		l.Add(invalid("paid_months", strconv.Itoa(in.PaidMonths), "harus 0 sampai 1200", "must be 0 to 1200"))
	}
	if in.ConsecutiveMonths < 0 || in.ConsecutiveMonths > in.PaidMonths {
		l.Add(invalid("consecutive_months", strconv.Itoa(in.ConsecutiveMonths), "harus 0 sampai jumlah bulan iuran",
			"must be 0 to the paid months"))
	}
	cash, _ := at(&l, e.p.JKP, in.Date)
	capE, _ := at(&l, e.p.JKPWageCap, in.Date)
	el, _ := at(&l, e.p.JKPEligibility, in.Date)
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	r := newResult(JobLoss, membership.JKP, in.Date)
	wage := decimal.Min(p.Wage, capE.Value)
	if p.Wage.GreaterThan(capE.Value) {
		r.condition(bi("upah %s dibatasi %s", "the wage of %s is capped at %s", p.Wage, capE.Value))
	}
	r.cite(capE.Citation)
	total := scheduleSteps(&r, cash.Value.Steps, stepMonths(cash.Value.Steps), wage, false)
	r.add(Item{Key: "jkp.cash", Label: Text{"Uang tunai JKP", "JKP cash benefit"}, Kind: OverTime, Amount: total,
		Working: bi("atas upah %s", "on a wage of %s", wage), Parameter: e.p.JKP.Name(), Citation: cash.Citation})
	r.cite(el.Citation)
	v := el.Value
	r.condition(bi("diajukan paling lambat %d bulan setelah PHK; hak hilang bila tidak diajukan, bila bekerja lagi atau meninggal dunia",
		"claimed within %d months of the dismissal; lost if not claimed, on a new job, or on death", cash.Value.ClaimMonths))
	r.condition(Text{"manfaat lain: informasi pasar kerja dan pelatihan kerja", "also: labour-market information and job training"})
	if p.Segment != membership.PU {
		r.refuse(Text{"JKP hanya untuk pekerja penerima upah (PU)", "JKP is for wage earners (PU) only"})
	}
	if t, ok := jkpExcluded[in.Cause]; ok {
		r.refuse(bi("JKP tidak dibayar bila kerja berakhir karena %s", "JKP is not paid when the job ends by %s", t))
	}
	if in.NotCitizen {
		r.refuse(Text{"JKP hanya untuk warga negara Indonesia", "JKP is for Indonesian citizens only"})
	}
	if in.PaidMonths < v.MinMonths {
		r.refuse(bi("iuran %d bulan dalam %d bulan terakhir, kurang dari %d", "%d months paid in the last %d, fewer than %d", in.PaidMonths, v.WindowMonths, v.MinMonths))
	}
	if in.ConsecutiveMonths < v.MinConsecutive {
		r.refuse(bi("hanya %d bulan iuran berturut-turut, kurang dari %d", "only %d months paid in a row, fewer than %d", in.ConsecutiveMonths, v.MinConsecutive))
	}
	// The age limit in force on the dismissal day (membership's
	// "jkp.registration_age_limit") applies to the age at enrolment, which
	// may be before JKP began.
	limits := e.members().JKPAgeLimit
	if limits == nil {
		limits = membership.DefaultParams().JKPAgeLimit
	}
	lim, err := limits.At(in.Date)
	if err != nil {
		return Result{}, err
	}
	r.cite(lim.Citation)
	if !p.BirthDate.IsZero() && !p.Start.IsZero() {
		if age := regulation.FullYears(p.BirthDate, p.Start); age >= lim.Value {
			r.refuse(bi("terdaftar pada usia %d tahun, tidak sebelum %d tahun (%s)", "enrolled at age %d, not before %d (%s)", age, lim.Value, lim.Citation))
		}
	} else {
		r.condition(bi("terdaftar sebelum berusia %d tahun (%s); tanggal lahir dan awal kepesertaan tidak diberikan",
			"enrolled before age %d (%s); the birth date and the start of membership are not given", lim.Value, lim.Citation))
	}
	r.condition(Text{"terdaftar dalam program sesuai skala usaha (menengah/besar: JKN, JKK, JKM, JHT, JP; kecil/mikro: paling sedikit JKN, JKK, JKM, JHT) dan bersedia mencari kerja",
		"enrolled in the programs of the business scale (medium/large: JKN, JKK, JKM, JHT, JP; small/micro: at least JKN, JKK, JKM, JHT) and willing to look for work"})
	return r, nil
}

func stepMonths(steps []IncapacityStep) int {
	n := 0
	for _, s := range steps {
		n += s.Months
	}
	return n
}
