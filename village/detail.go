package village

import (
	"context"
	"io"
	"iter"
	"slices"
)

// Detail is the plan of one roster whose per-person detail is made as it is
// read, never held: [Detail.Plan] has every total, breakdown and summary
// of the plan, and [Detail.People] and [Detail.ReliefPeople] make its
// People and each relief's People one at a time, each time they are asked
// for, from what the plan needs of each enrolment anyway. A plan of a
// roster of a million people then takes no memory for the million Person
// values (nor for the reports' rows), which the roster itself does not.
//
// A Detail is not safe for concurrent use: its iterators share a cache.
type Detail struct {
	plan   Plan
	s      *scratch
	acctOf [numGroups]Account
}

// PlanDetail plans one roster as [Planner.PlanContext] does, with the same
// problems, and returns its plan as a Detail: the same plan, its People
// and those of its reliefs made when they are read.
func (p *Planner) PlanDetail(ctx context.Context, r Request) (*Detail, error) {
	roster, n := slices.Values(r.Roster), len(r.Roster)
	r.Roster = nil // the items hold what the plan needs of it
	return p.detail(ctx, r, roster, n)
}

// detail plans the enrolments of roster (about n of them; 0: not known)
// for r as a Detail.
func (p *Planner) detail(ctx context.Context, r Request, roster iter.Seq[Enrolment], n int) (*Detail, error) {
	s := &scratch{ctx: orBackground(ctx), once: true}
	pl, err := p.planFrom(r, roster, n, s, false)
	if err != nil {
		return nil, err
	}
	// What the detail needs is the items in order, their coverages and
	// the relief runs.
	s.ctx, s.byNIK, s.bills, s.billIdx, s.kinds, s.kindRelief, s.covers, s.programs = nil, nil, nil, nil, nil, nil, nil, nil
	return &Detail{plan: pl, s: s, acctOf: p.accounts(fiscal{first: pl.Months.From.FirstDay()})}, nil
}

// Plan returns the plan without its per-person detail: People is nil, and
// so is the People of each of its Reliefs (whose number
// [Detail.ReliefCount] gives). Everything else is as [Planner.Plan]
// returns it.
func (d *Detail) Plan() *Plan { return &d.plan }

// Len returns the number of the plan's People.
func (d *Detail) Len() int { return len(d.s.order) }

// People yields the plan's People in order, as [Plan.People] lists them.
// The Person yielded is valid until the next; each is made when yielded.
func (d *Detail) People() iter.Seq[*Person] {
	return func(yield func(*Person) bool) {
		var pe Person
		for _, it := range d.s.order {
			pe = d.s.person(it, &d.acctOf)
			if !yield(&pe) {
				return
			}
		}
	}
}

// ReliefCount returns the number of People of the plan's relief i (an
// index in Plan().Reliefs).
func (d *Detail) ReliefCount(i int) int {
	if i < 0 || i >= len(d.s.sum.reliefPeople) {
		return 0
	}
	return d.s.sum.reliefPeople[i]
}

// ReliefPeople yields the People of the plan's relief i (an index in
// Plan().Reliefs) in order, as [ReliefTotal.People] lists them. The
// ReliefPerson yielded is valid until the next.
func (d *Detail) ReliefPeople(i int) iter.Seq[*ReliefPerson] {
	return func(yield func(*ReliefPerson) bool) {
		var rp ReliefPerson
		for k := range d.s.sum.runs {
			r := &d.s.sum.runs[k]
			if int(r.relief) != i {
				continue
			}
			rp = d.s.reliefPerson(r, d.plan.Months.From)
			if !yield(&rp) {
				return
			}
		}
	}
}

// WriteReport writes the plan for people as [Plan.WriteReport] writes the
// whole plan, byte for byte, making each row of its per-person tables as
// it is written.
func (d *Detail) WriteReport(w io.Writer, o ReportOptions) error {
	return d.plan.writeReport(w, o, d)
}

// WriteCSV writes one line per enrolment of the plan as [Plan.WriteCSV]
// writes the whole plan, byte for byte, each line made as it is written.
func (d *Detail) WriteCSV(w io.Writer, comma rune) error {
	return writeCSV(w, comma, d.People(), true)
}

// detail is where a report finds the per-person detail of a plan: in the
// plan, or made by a Detail.
type detail interface {
	People() iter.Seq[*Person]
	ReliefCount(i int) int
	ReliefPeople(i int) iter.Seq[*ReliefPerson]
}

// held is the detail a whole plan holds.
type held struct{ p *Plan }

func (h held) People() iter.Seq[*Person] {
	return func(yield func(*Person) bool) {
		for i := range h.p.People {
			if !yield(&h.p.People[i]) {
				return
			}
		}
	}
}

func (h held) ReliefCount(i int) int { return len(h.p.Reliefs[i].People) }

func (h held) ReliefPeople(i int) iter.Seq[*ReliefPerson] {
	return func(yield func(*ReliefPerson) bool) {
		ps := h.p.Reliefs[i].People
		for k := range ps {
			if !yield(&ps[k]) {
				return
			}
		}
	}
}
