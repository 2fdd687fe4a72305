package village

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// MaxStreamProblems is the most problems [Planner.Stream] keeps: past it,
// only their number is reported, so that a run over thousands of broken
// rosters still takes bounded memory.
const MaxStreamProblems = 1000

// ErrTooManyProblems is the sentinel of the problem that stands for the
// problems of a stream past [MaxStreamProblems].
var ErrTooManyProblems = errors.New("village: too many problems")

// CodeTooManyProblems is the code of the problem that counts the problems
// of a stream past [MaxStreamProblems].
const CodeTooManyProblems problem.Code = "village.too_many_problems"

// Tally adds up plans one at a time into the [Rollup] that [Summarise]
// gives for the same plans, holding only the summaries, never a plan: a
// regency, province or national run is a fold over its villages. The zero
// Tally is empty and ready to use.
type Tally struct {
	r      Rollup
	n      int
	byArea map[region.Code]*Summary
	order  []region.Code
}

// Add adds a plan. A plan of another fiscal year than the first one added
// is an error (its field "plans[i].year", i counting the plans added) and
// is not added.
func (t *Tally) Add(pl *Plan) error { return t.add(pl, nil) }

// add is Add of a plan whose amounts are sums, in whole rupiah, when not
// nil (a plan made for a roll-up only; see planSums), and its decimals
// otherwise.
func (t *Tally) add(pl *Plan, sums *planSums) error {
	if t.n == 0 {
		t.r = Rollup{Year: pl.Year, Total: newSummary(region.Code{})}
		t.byArea = map[region.Code]*Summary{}
	} else if pl.Year != t.r.Year {
		return problem.New(ErrOutsideYear, CodeYear, fmt.Sprintf("plans[%d].year", t.n), fmt.Sprint(pl.Year),
			fmt.Sprintf("Semua rencana harus untuk tahun anggaran yang sama (%d).", t.r.Year),
			fmt.Sprintf("Every plan must be for the same fiscal year (%d).", t.r.Year))
	}
	t.n++
	t.r.Total.add(pl, sums)
	t.area(pl.Village.Code.Regency()).add(pl, sums)
	t.area(pl.Village.Code.District()).add(pl, sums)
	return nil
}

func (t *Tally) area(a region.Code) *Summary {
	s, ok := t.byArea[a]
	if !ok {
		sm := newSummary(a)
		s = &sm
		t.byArea[a] = s
		t.order = append(t.order, a)
	}
	return s
}

// Plans returns the number of plans added.
func (t *Tally) Plans() int { return t.n }

// Rollup returns the roll-up of the plans added so far, by district and
// regency in order of area code and in all. It shares no memory with the
// Tally, which may go on adding.
func (t *Tally) Rollup() Rollup {
	if t.n == 0 {
		return Rollup{Total: newSummary(region.Code{}), Regencies: []Summary{}, Districts: []Summary{}}
	}
	r := Rollup{Year: t.r.Year, Total: cloneSummary(t.r.Total), Regencies: []Summary{}, Districts: []Summary{}}
	order := slices.SortedFunc(slices.Values(t.order), region.Code.Compare)
	for _, a := range order {
		s := cloneSummary(*t.byArea[a])
		if a.Level() == region.Regency {
			r.Regencies = append(r.Regencies, s)
		} else {
			r.Districts = append(r.Districts, s)
		}
	}
	return r
}

func cloneSummary(s Summary) Summary { return s.settled() }

// NamedRequest is a request of a stream with the name its problems are
// reported under, such as the path of the roster file.
type NamedRequest struct {
	// Name prefixes the fields of the request's problems; when empty, they
	// are prefixed with "villages[i]" as [Planner.PlanMany] prefixes them, i
	// counting the requests of the stream.
	Name    string
	Request Request
}

// Stream plans the villages reqs yields one at a time, as [Planner.Plan]
// plans each, and adds them up as [Summarise] does: memory holds one
// village's roster and plan at a time, however many villages there are,
// and the roll-up equals Summarise's of the same plans exactly.
//
// Each plan is handed to each (when not nil) as soon as it is made, for
// the caller to write its detail (with a [CSVWriter], say); the plan is
// the caller's, and Stream keeps none of it. An error from each stops the
// stream and is returned as it is, with the roll-up so far. With a nil
// each, no plan is shown to anyone, and each village is planned only as
// far as the roll-up needs (no People, cash flow or warnings): the
// roll-up and the problems are those of the same stream with an each.
//
// A problem reqs yields (a roster that cannot be read), a village that
// cannot be planned (its problems' fields prefixed with the request's
// name) and a plan of another year are kept and the stream goes on, so that every
// problem is reported at once, as a problem.List returned with the roll-up
// of the villages that could be planned. Past [MaxStreamProblems] problems
// only their number is kept.
func (p *Planner) Stream(reqs iter.Seq2[NamedRequest, error], each func(*Plan) error) (Rollup, error) {
	return p.StreamContext(context.Background(), reqs, each)
}

// StreamContext is [Planner.Stream] that stops when ctx is done, within a
// village as between them (see [Planner.PlanContext]): it then returns the
// roll-up of the villages planned so far and ctx's error, as it is.
func (p *Planner) StreamContext(ctx context.Context, reqs iter.Seq2[NamedRequest, error], each func(*Plan) error) (Rollup, error) {
	ctx = orBackground(ctx)
	var (
		s     = scratch{ctx: ctx, rollup: each == nil} // a plan no one sees is only added up
		t     Tally
		errs  problem.List
		extra int
	)
	keep := func(prefix string, err error) {
		var l problem.List
		l.AddField(prefix, err)
		room := max(MaxStreamProblems-len(errs), 0)
		errs = append(errs, l[:min(room, len(l))]...)
		extra += len(l) - min(room, len(l))
	}
	i := 0
	for r, err := range reqs {
		if ctx.Err() != nil {
			return t.Rollup(), context.Cause(ctx)
		}
		if err != nil {
			keep("", err)
			continue
		}
		at := r.Name
		if at == "" {
			at = fmt.Sprintf("villages[%d]", i)
		}
		i++
		pl, err := p.plan(r.Request, &s, true)
		if err != nil && ctx.Err() != nil {
			return t.Rollup(), err
		}
		if err != nil {
			keep(at, err)
			continue
		}
		var sums *planSums
		if s.rollup {
			sums = &s.roll
		}
		if err := t.add(&pl, sums); err != nil {
			keep(at, err)
			continue
		}
		if each != nil {
			if err := each(&pl); err != nil {
				return t.Rollup(), err
			}
		}
	}
	if extra > 0 {
		errs = append(errs, problem.New(ErrTooManyProblems, CodeTooManyProblems, "", fmt.Sprint(extra),
			fmt.Sprintf("%d masalah lain tidak ditampilkan.", extra),
			fmt.Sprintf("%d more problems are not shown.", extra)))
	}
	return t.Rollup(), errs.Err()
}

// RostersIn yields a request, named by its file's path, for each roster file in dir, in order of file
// name, for [Planner.Stream]: every file named by a village code with the
// extension .csv or .json (6112012001.csv, 61.12.01.2001.json), read with
// [ReadCSV] or [ReadJSON] when it is its turn, for the fiscal year year. A
// file that cannot be read, or whose name is not a village code, is
// yielded as its problems, their fields prefixed with the file's name, and
// no request. Other files and directories in dir are left alone.
func RostersIn(dir string, year int) iter.Seq2[NamedRequest, error] {
	return func(yield func(NamedRequest, error) bool) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			yield(NamedRequest{}, unreadable(err))
			return
		}
		for _, en := range entries {
			ext := strings.ToLower(filepath.Ext(en.Name()))
			if en.IsDir() || (ext != ".csv" && ext != ".json") {
				continue
			}
			name := filepath.Join(dir, en.Name())
			code, err := region.Parse(strings.TrimSuffix(en.Name(), filepath.Ext(en.Name())))
			if err != nil {
				if !yield(NamedRequest{}, problem.Relabel(err, name)) {
					return
				}
				continue
			}
			roster, err := readRosterFile(name, ext == ".json")
			if err != nil {
				var l problem.List
				l.AddField(name, err)
				if !yield(NamedRequest{}, l.Err()) {
					return
				}
				continue
			}
			if !yield(NamedRequest{Name: name, Request: Request{Village: code, Year: year, Roster: roster}}, nil) {
				return
			}
		}
	}
}

func readRosterFile(name string, json bool) ([]Enrolment, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, unreadable(err)
	}
	defer f.Close()
	var r io.Reader = f
	if json {
		return ReadJSON(r)
	}
	return ReadCSV(r)
}
