package village

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

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
			fmt.Sprintf("Di luar tahun anggaran %d rencana.", plan.Year),
			fmt.Sprintf("Outside the plan's fiscal year %d.", plan.Year))
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
		verb := "are"
		if pr.NotCovered == 1 {
			verb = "is"
		}
		s += tr(l, fmt.Sprintf(" %d peserta lain dalam rencana tidak terlindungi pada bulan itu.", pr.NotCovered),
			fmt.Sprintf(" %s of the plan %s not covered that month.", enrolments(pr.NotCovered, "other "), verb))
	}
	return s
}

// WriteText writes the protection as a section of a plan report, in the
// given language: a heading, the workers and death benefits by program,
// the enrolments not covered that month, the sentence and the sources.
// [Plan.WriteReport] can print it after its progress section.
func (pr Protection) WriteText(w io.Writer, l problem.Lang) error {
	if pr.Tally == nil {
		return nil
	}
	bw := bufio.NewWriter(w)
	heading(bw, fmt.Sprintf(tr(l, "Perlindungan pada %s", "Protection on %s"), pr.Date))
	t := newTable(1, 2)
	t.add(tr(l, "Bila meninggal dunia", "On death"), tr(l, "Pekerja", "Workers"), tr(l, "Santunan seluruhnya", "Benefits in all"))
	t.add(tr(l, "bukan karena kecelakaan kerja (JKM)", "not from a work accident (JKM)"), strconv.Itoa(pr.Tally.JKMWorkers), money(pr.Tally.JKM, l))
	t.add(tr(l, "karena kecelakaan kerja (JKK)", "from a work accident (JKK)"), strconv.Itoa(pr.Tally.JKKWorkers), money(pr.Tally.WorkDeath, l))
	t.write(bw)
	bw.WriteString(tr(l, fmt.Sprintf("Terlindungi bulan itu: %d peserta; tidak terlindungi bulan itu: %d\n", pr.Covered, pr.NotCovered),
		fmt.Sprintf("Covered that month: %s; not covered that month: %d\n", enrolments(pr.Covered, ""), pr.NotCovered)))
	if pr.Tally.Skipped > 0 {
		fmt.Fprintf(bw, tr(l, "Tidak dihitung (segmen lain): %d\n", "Not counted (other segments): %d\n"), pr.Tally.Skipped)
	}
	bw.WriteString(pr.Text.In(l) + "\n")
	bw.WriteString(tr(l, "Dasar:\n", "Sources:\n"))
	for _, c := range pr.Tally.Citations {
		bw.WriteString("  - " + c.Format(l) + "\n")
	}
	return bw.Flush()
}

// enrolments counts enrolments in English: "1 enrolment", "2 other enrolments".
func enrolments(n int, adj string) string {
	if n == 1 {
		return "1 " + adj + "enrolment"
	}
	return strconv.Itoa(n) + " " + adj + "enrolments"
}
