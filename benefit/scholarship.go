package benefit

import (
	"fmt"
	"strconv"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Child is a child who may receive the scholarship, as things stand when
// the participant dies or becomes disabled.
type Child struct {
	// Level is the level of education the child is in.
	Level Level `json:"level"`
	// Grade is the year of the level the child is in, from 1 (SD grade 3
	// is Level SD, Grade 3). Zero means 1. It may not exceed the years the
	// level is paid.
	Grade int `json:"grade,omitempty"`
	// Age is the child's age in whole years.
	Age int `json:"age"`
	// Married says the child is married: no scholarship.
	Married bool `json:"married,omitempty"`
	// Working says the child works: no scholarship.
	Working bool `json:"working,omitempty"`
}

// ScholarshipInput is the scholarship of one family.
type ScholarshipInput struct {
	// Route is the program the scholarship comes through: JKM (a death not
	// from a work accident) or JKK (a death or total permanent disability
	// from one).
	Route membership.Program `json:"route,omitzero"`
	// Participant is the participant, for the contribution period.
	Participant Participant `json:"participant"`
	// Date is the day of the death or accident.
	Date regulation.Date `json:"date"`
	// Children are the children, at most the rule's number.
	Children []Child `json:"children"`
}

// Scholarship returns what the scholarship pays a family: under PP 82/2019,
// for each child (at most two) the amount of each year's level, year by
// year from the event, until the end of higher education or the child's
// 23rd birthday, within the ceiling; before it, one lump sum. A child who
// cannot receive it (23 or older, married, working, a grade beyond the
// level) is an error wrapping [ErrNoScholarship] naming the child's field.
// A contribution period below the route's minimum is a result that is not
// eligible, with the reason.
func (e *Estimator) Scholarship(in ScholarshipInput) (Result, error) {
	var l problem.List
	if in.Route != membership.JKM && in.Route != membership.JKK {
		l.Add(invalid("route", in.Route.String(), "harus JKM atau JKK", "must be JKM or JKK"))
	}
	in.Participant.check(&l, in.Date, false)
	sch, ok := at(&l, e.p.Scholarship, in.Date)
	if ok {
		checkChildren(&l, sch.Value, in.Children)
		if len(in.Children) == 0 {
			l.Add(problem.New(ErrNoScholarship, "scholarship.children", "children", "0",
				"tidak ada anak yang disebut", "no child is given"))
		}
	}
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	r := newResult(Scholarship, in.Route, in.Date)
	months, counted := in.Participant.months(in.Date)
	if in.Participant.Inactive {
		r.refuse(Text{"kepesertaan tidak aktif pada tanggal peristiwa", "the membership was not active on the day of the event"})
	}
	if !e.scholarship(&r, sch, in.Route, months, counted, in.Date, in.Children) {
		r.refuse(Text{"masa iur kurang dari yang disyaratkan jalur ini, atau tidak diberikan", "the contribution period is shorter than this route needs, or not given"})
	}
	return r, nil
}

// checkChildren reports every child who cannot receive the scholarship.
func checkChildren(l *problem.List, s ScholarshipRule, children []Child) {
	if s.MaxChildren > 0 && len(children) > s.MaxChildren {
		l.Add(problem.New(ErrNoScholarship, "scholarship.children", "children", strconv.Itoa(len(children)),
			fmt.Sprintf("beasiswa dibayar untuk paling banyak %d anak; sebutkan anak yang menerimanya", s.MaxChildren),
			fmt.Sprintf("the scholarship is paid for at most %d children; name the ones who receive it", s.MaxChildren)))
	}
	for i, c := range children {
		f := fmt.Sprintf("children[%d]", i)
		if !c.Level.IsValid() {
			l.Add(problem.New(ErrNoScholarship, "scholarship.level", f+".level", strconv.Itoa(int(c.Level)),
				"tidak dikenal", "unknown"))
			continue
		}
		switch {
		case c.Age < 0 || c.Age > 100:
			l.Add(invalid(f+".age", strconv.Itoa(c.Age), "umur anak harus 0 sampai 100 tahun", "a child's age must be 0 to 100"))
		case s.StopAge > 0 && c.Age >= s.StopAge:
			l.Add(problem.New(ErrNoScholarship, "scholarship.age", f+".age", strconv.Itoa(c.Age),
				fmt.Sprintf("beasiswa berhenti saat anak berumur %d tahun", s.StopAge),
				fmt.Sprintf("the scholarship stops when the child turns %d", s.StopAge)))
		}
		if c.Married {
			l.Add(problem.New(ErrNoScholarship, "scholarship.married", f+".married", "true",
				"anak yang sudah menikah tidak menerima beasiswa", "a married child receives no scholarship"))
		}
		if c.Working {
			l.Add(problem.New(ErrNoScholarship, "scholarship.working", f+".working", "true",
				"anak yang sudah bekerja tidak menerima beasiswa", "a working child receives no scholarship"))
		}
		if c.Grade < 0 {
			l.Add(problem.New(ErrNoScholarship, "scholarship.grade", f+".grade", strconv.Itoa(c.Grade),
				"tahun jenjang harus 1 atau lebih", "the year of the level must be 1 or more"))
		} else if len(s.Levels) > 0 && c.Level != NotInSchool {
			lr, ok := s.level(c.Level)
			switch {
			case !ok:
				l.Add(problem.New(ErrNoScholarship, "scholarship.level", f+".level", c.Level.String(),
					"jenjang ini tidak dibiayai beasiswa", "this level is not paid by the scholarship"))
			case c.Grade > lr.Years:
				l.Add(problem.New(ErrNoScholarship, "scholarship.grade", f+".grade", strconv.Itoa(c.Grade),
					fmt.Sprintf("jenjang %s dibayar paling lama %d tahun", c.Level, lr.Years),
					fmt.Sprintf("level %s is paid for at most %d years", c.Level, lr.Years)))
			}
		}
	}
}

// scholarship adds the scholarship of a family to r, and reports whether
// the contribution period allows it. The children have been checked.
func (e *Estimator) scholarship(r *Result, entry regulation.Entry[ScholarshipRule], route membership.Program,
	months int, counted bool, d regulation.Date, children []Child) bool {
	s, c, name := entry.Value, entry.Citation, e.p.Scholarship.Name()
	r.cite(c)
	min := s.JKMMinMonths
	routeText := Text{"jalur JKM", "JKM route"}
	if route == membership.JKK {
		min = s.JKKMinMonths
		routeText = Text{"jalur JKK", "JKK route"}
	}
	if counted {
		r.assume(bi("masa iur dihitung dari awal kepesertaan: %d bulan, dengan anggapan setiap bulan dibayar",
			"contribution period counted from the start of membership: %d months, assuming every month was paid", months))
	}
	if months < 0 && min > 0 {
		r.condition(bi("beasiswa (%s) memerlukan masa iur paling sedikit %d bulan; masa iur dan awal kepesertaan tidak diberikan",
			"the scholarship (%s) needs at least %d contribution months; neither the period nor the start of membership is given", routeText, min))
		return false
	}
	months = max(months, 0)
	if months < min {
		r.condition(bi("beasiswa (%s) tidak dibayar: masa iur %d bulan, kurang dari %d bulan",
			"no scholarship (%s): a contribution period of %d months, less than %d", routeText, months, min))
		return false
	}
	if min > 0 {
		r.condition(bi("beasiswa %s: masa iur paling sedikit %d bulan (terpenuhi: %d bulan)",
			"scholarship through the %s: at least %d contribution months (met: %d months)", routeText, min, months))
	} else {
		r.condition(bi("beasiswa %s: tanpa masa iur minimal", "scholarship through the %s: no minimum contribution period", routeText))
	}
	if len(children) == 0 {
		r.condition(Text{"beasiswa dibayar bila ada anak yang memenuhi syarat; tidak ada anak yang disebut",
			"the scholarship is paid when there is a child who qualifies; no child is given"})
		return true
	}
	if !s.LumpSum.IsZero() {
		r.add(Item{Key: "scholarship", Label: Text{"Beasiswa, sekaligus", "Scholarship, at once"}, Kind: Cash, Amount: s.LumpSum,
			Working: bi("satu kali untuk satu anak", "once, for one child"), Parameter: name, Citation: c})
		return true
	}
	total := decimal.Zero
	for i, ch := range children {
		if ch.Level == NotInSchool {
			r.condition(bi("anak %d belum bersekolah: beasiswa dibayar mulai tahun anak masuk sekolah, menurut jenjangnya",
				"child %d is not yet at school: the scholarship is paid from the year the child enters school, by level", i+1))
			continue
		}
		total = total.Add(e.childSchedule(r, s, i+1, ch))
	}
	if !s.Ceiling.IsZero() && total.GreaterThan(s.Ceiling) {
		r.assume(bi("jumlah beasiswa dibatasi plafon %s", "the scholarship total is held to the ceiling of %s", s.Ceiling))
		total = s.Ceiling
	}
	r.add(Item{Key: "scholarship", Label: Text{"Beasiswa, dibayar tiap tahun", "Scholarship, paid yearly"}, Kind: OverTime, Amount: total,
		Working:   bi("paling banyak %d anak, plafon %s; diajukan setiap tahun", "at most %d children, ceiling %s; claimed every year", s.MaxChildren, s.Ceiling),
		Parameter: name, Citation: c})
	r.condition(bi("beasiswa berhenti saat anak berumur %d tahun, menikah atau bekerja", "the scholarship stops when the child turns %d, marries or works", s.StopAge))
	r.assume(Text{"anak naik satu tahun jenjang setiap tahun dan menempuh jenjang berikutnya sampai perguruan tinggi; tahun yang tidak ditempuh tidak dibayar kemudian",
		"the child moves up one year every year and goes on to the next level up to higher education; a year not attended is not paid later"})
	if !s.PaidFrom.IsZero() && d.Before(s.PaidFrom) {
		r.condition(bi("pembayaran baru dapat dilakukan mulai %s (Permenaker 5/2021); hak untuk peristiwa sejak 2 Desember 2019 tetap ada",
			"payments could be made only from %s (Permenaker 5/2021); the entitlement for events from 2 December 2019 stands", s.PaidFrom))
	}
	return true
}

// childSchedule adds one child's years to the schedule and returns their sum.
func (e *Estimator) childSchedule(r *Result, s ScholarshipRule, n int, ch Child) decimal.Decimal {
	grade := max(ch.Grade, 1)
	year, age := 1, ch.Age
	sum := decimal.Zero
	for li := range s.Levels {
		lr := s.Levels[li]
		if lr.Level < ch.Level {
			continue
		}
		first := 1
		if lr.Level == ch.Level {
			first = grade
		}
		years := 0
		for g := first; g <= lr.Years && (s.StopAge == 0 || age < s.StopAge); g++ {
			years++
			age++
		}
		if years == 0 {
			break
		}
		amount := lr.PerYear.Mul(decimalInt(years))
		r.pay(Payment{
			Label: bi("anak %d, %s, tahun ke-%d–%d: %d × %s", "child %d, %s, years %d–%d: %d × %s",
				n, lr.Level, year, year+years-1, years, lr.PerYear),
			Amount: amount,
		})
		sum = sum.Add(amount)
		year += years
	}
	return sum
}

func decimalInt(n int) decimal.Decimal { return decimal.NewFromInt(int64(n)) }
