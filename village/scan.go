package village

import (
	"context"
	"errors"
	"io"
	"iter"

	"github.com/desasadar/jamsos/internal/tabular"
	"github.com/desasadar/jamsos/problem"
)

// ScanCSV reads a roster from CSV as [ReadCSV] does, but yields each
// enrolment as its row is read and keeps none of them: planned with
// [Planner.PlanDetailFrom], a roster of half a million people is never
// held as a []Enrolment, only as the plan's own record of each person.
//
// The sequence may be ranged over once. When it has been read to its end,
// problems returns what ReadCSV would return as its error: nil, or every
// problem of the file, each bad row's enrolment not yielded. When the file
// cannot be read at all or is over [MaxRosterSize], problems returns that
// one problem and ReadCSV would return no enrolments: those already
// yielded must then be dropped.
func ScanCSV(r io.Reader) (roster iter.Seq[Enrolment], problems func() error) {
	c := new(csvRows)
	seq, result := tabular.Values(r, csvOptions, c.parse)
	return seq, func() error {
		err := result()
		if err != nil && !errors.As(err, new(problem.List)) {
			return unreadable(err)
		}
		return err
	}
}

// PlanDetailFrom is [Planner.PlanDetail] for a roster planned as it is
// read: the enrolments roster yields take the place of r.Roster, which
// must be empty, and each is let go once the plan has its record of it.
// The plan, its problems and its warnings are those PlanDetail gives for
// the same enrolments in r.Roster; an enrolment's place in the roster
// (the i of "roster[i]" in a problem, for one without a line) counts the
// enrolments yielded.
//
// size is about how many enrolments roster will yield, or 0 when that is
// not known: the plan's records of them are then made at once rather than
// grown as they come (a wrong size changes nothing but memory). It counts
// at most [MaxRosterSize]/16 enrolments, as many as a roster file can
// hold.
func (p *Planner) PlanDetailFrom(ctx context.Context, r Request, roster iter.Seq[Enrolment], size int) (*Detail, error) {
	if len(r.Roster) > 0 {
		return nil, problem.New(ErrInvalidParams, CodeParams, "roster", "",
			"Diberikan dua kali: dalam permintaan dan sebagai urutan.",
			"Given twice: in the request and as a sequence.")
	}
	return p.detail(ctx, r, roster, min(max(size, 0), MaxRosterSize/16))
}
