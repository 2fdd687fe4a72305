package village

import (
	"fmt"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Protection is what a plan's coverage protects on one day: the death
// benefits of the people the plan covers in that day's month, added up by
// a benefit.DeathTally. It is what a plan report says beside its cost: "on
// 1 June 2026, 3 workers are covered: on death, their families receive
// JKM of Rp126.000.000 in all; ...".
type Protection struct {
	// Date is the day whose rules and coverage apply.
	Date regulation.Date `json:"date"`
	// Covered is the number of enrolments covered in the month of Date.
	Covered int `json:"covered"`
	// NotCovered is the number of the plan's other enrolments: planned
	// for other months, or left out that month by a budget ceiling.
	NotCovered int `json:"not_covered"`
	// Tally is the death benefits of the covered enrolments, with its
	// sources.
	Tally *benefit.DeathTally `json:"tally"`
	// Text says it in a sentence or two, in both languages.
	Text benefit.Text `json:"text"`
}

// Protection returns what plan's coverage protects on day d, which must
// lie in the plan's fiscal year: for each enrolment covered in d's month,
// its bill for that month (as [Planner.Bill] gives it, so a declared income
// is brought into range as in the plan) added to a death tally of est on
// the rules in force on d. The plan must be one this planner made. An
// enrolment is covered in a month when the month is among its first
// Covered months from its From; a day outside the fiscal year is an error
// wrapping [ErrOutsideYear], and a day whose benefit rules are unknown one
// wrapping regulation.ErrNoRuleInForce. Memory does not grow with the plan.
func (p *Planner) Protection(plan Plan, est *benefit.Estimator, d regulation.Date) (Protection, error) {
	if est == nil {
		return Protection{}, problem.New(benefit.ErrInvalidParams, "params.missing", "estimator", "",
			"Penaksir manfaat wajib diisi.", "The benefit estimator is required.")
	}
	if !d.IsZero() && (d.ContributionMonth().Before(plan.Months.From) || d.ContributionMonth().After(plan.Months.To)) {
		return Protection{}, problem.New(ErrOutsideYear, CodeOutsideYear, "date", d.String(),
			fmt.Sprintf("Tanggal ini di luar tahun anggaran %d rencana.", plan.Year),
			fmt.Sprintf("This day is outside the plan's fiscal year %d.", plan.Year))
	}
	tally, err := est.NewDeathTally(d)
	if err != nil {
		return Protection{}, err
	}
	m := d.ContributionMonth()
	out := Protection{Date: d, Tally: tally}
	var l problem.List
	for i, person := range plan.People {
		from := person.Enrolment.From
		if person.Covered == 0 || m.Before(from) || !m.Before(from.Add(person.Covered)) {
			out.NotCovered++
			continue
		}
		b, err := p.Bill(person.Enrolment, m)
		if err != nil {
			l.AddField(fmt.Sprintf("people[%d]", i), err)
			continue
		}
		out.Covered++
		tally.Add(b)
	}
	if err := l.Err(); err != nil {
		return Protection{}, err
	}
	out.Text = benefit.Text{ID: out.sentence(problem.Indonesian), EN: out.sentence(problem.English)}
	return out, nil
}

// sentence is the protection in one language.
func (pr Protection) sentence(l problem.Lang) string {
	s := pr.Tally.Explain(l)
	if pr.NotCovered > 0 {
		s += tr(l, fmt.Sprintf(" %d peserta lain dalam rencana tidak terlindungi pada bulan itu.", pr.NotCovered),
			fmt.Sprintf(" %d other enrolments of the plan are not covered that month.", pr.NotCovered))
	}
	return s
}
