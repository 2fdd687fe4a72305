package village

import (
	"slices"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Status is the outcome of one desa-sadar criterion.
type Status string

// The outcomes of a criterion.
const (
	// Met means every person of the criterion's groups is covered, and
	// there is at least one.
	Met Status = "met"
	// NotMet means someone of the groups is not covered, or the roster has
	// no one in them.
	NotMet Status = "not_met"
	// NotAssessed means a plan cannot tell, as for active socialisation.
	NotAssessed Status = "not_assessed"
)

// Progress is a plan's progress to the coverage target and the desa-sadar
// criteria.
type Progress struct {
	// Target is the number of covered workers aimed for in the fiscal year
	// (0 when no target is in force), and Citation its source.
	Target   int                 `json:"target"`
	Citation regulation.Citation `json:"citation,omitzero"`
	// Covered is the number of different people (by NIK) the target
	// counts: by default those [Coverage.Protected] calls protected over
	// the fiscal year (every month paid, still active when December is
	// over); with [Options.CountActive], everyone still active then.
	// Remaining is how many more the target asks.
	Covered   int `json:"covered"`
	Remaining int `json:"remaining"`
	// CountActive says the target counted everyone active at the year end
	// rather than the protected only.
	CountActive bool `json:"count_active,omitempty"`
	// Protected, Active and Partial count the people protected over the
	// year, active at its end, and paid for some month but not protected;
	// Unpaid those with no month paid.
	Protected int `json:"protected"`
	Active    int `json:"active"`
	Partial   int `json:"partial"`
	Unpaid    int `json:"unpaid"`
	// Criteria are the desa-sadar criteria in force and how the plan meets
	// them.
	Criteria []CriterionResult `json:"criteria"`
}

// TargetMet reports whether a target is in force and reached.
func (p Progress) TargetMet() bool { return p.Target > 0 && p.Remaining == 0 }

// DesaSadar reports whether every criterion a plan can judge is met. The
// criteria a plan cannot judge (such as socialisation) still have to be
// checked by people.
func (p Progress) DesaSadar() bool {
	judged := false
	for _, c := range p.Criteria {
		switch c.Status {
		case NotMet:
			return false
		case Met:
			judged = true
		}
	}
	return judged
}

// CriterionResult is how a plan meets one criterion.
type CriterionResult struct {
	// Criterion is the criterion judged.
	Criterion Criterion `json:"criterion"`
	// Status is whether the plan meets it, or that a plan cannot tell.
	Status Status `json:"status"`
	// People is the number of different people in the criterion's groups,
	// and Uncovered how many of them the target would not count.
	People    int `json:"people"`
	Uncovered int `json:"uncovered"`
}

// forEachPerson calls f with each run of s.byNIK that is one person (one
// NIK).
func forEachPerson(s *scratch, f func(run []int32)) {
	for i := 0; i+1 < len(s.persons); i++ {
		f(s.byNIK[s.persons[i]:s.persons[i+1]])
	}
}

// coverKey is the shape of a person's year: segment, first month and the
// months paid (bit m-1 for month m). People of one shape have one coverage.
type coverKey struct {
	seg   membership.Segment
	start regulation.Month
	paid  uint16
}

// packed returns k in one word, for the cache's map: the first month in
// the low 32 bits, the months paid above them, the segment above those.
func (k coverKey) packed() uint64 {
	return uint64(uint32(k.start.Sub(regulation.Month{}))) | uint64(k.paid)<<32 | uint64(k.seg)<<48
}

// maxCovers bounds the coverage cache of a batch: a fiscal year has at
// most 2 segments × 12 first months × 4096 patterns of paid months.
const maxCovers = 1 << 16

// cover measures every person's coverage over the fiscal year with
// [MeasureCoverage] and gives it to each of their items: the months paid
// are the covered months of all their enrolments, the segment that of the
// last one. Each shape of year is measured once per plan.
func (p *Planner) cover(s *scratch, fy fiscal, errs *problem.List) {
	// A person's coverage depends only on the key (whose first month
	// names the fiscal year) and the planner's membership parameters, so
	// the cache is kept across the plans of a batch, within a bound.
	if s.covers == nil || len(s.covers) > maxCovers {
		s.covers, s.coverages = map[uint64]int32{}, s.coverages[:0]
	}
	s.people = slices.Grow(s.people[:0], max(len(s.persons)-1, 0))
	forEachPerson(s, func(run []int32) {
		var key coverKey
		for _, k := range run {
			it := &s.items[k]
			if key.start.IsZero() || it.from.Before(key.start) {
				key.start = it.from
			}
			key.seg = it.seg // run is in order of first month
			key.paid |= uint16(1<<it.covered-1) << it.from.Sub(fy.months.From)
		}
		c, ok := s.covers[key.packed()]
		if !ok {
			var cov Coverage
			h := membership.History{Segment: key.seg, Start: key.start}
			for m := range 12 {
				if key.paid&(1<<m) != 0 {
					h.Paid = append(h.Paid, fy.months.From.Add(m))
				}
			}
			var err error
			if cov, err = MeasureCoverage(p.member, h, fy.months); err != nil {
				first := &s.items[run[0]]
				errs.AddField(s.where(first), err)
				return
			}
			c = int32(len(s.coverages))
			s.coverages = append(s.coverages, cov)
			s.covers[key.packed()] = c
		}
		var gs GroupSet
		for _, k := range run {
			s.items[k].cov = c
			gs |= 1 << s.items[k].group // resolve checked the group
		}
		s.people = append(s.people, personGroups{groups: gs, cov: c})
	})
}

// personGroups is one person of a plan, as cover finds them and progress
// counts them: the groups of their enrolments, their coverage (an index
// in scratch.coverages), and whether the target counts them.
type personGroups struct {
	groups  GroupSet
	cov     int32
	counted bool
}

// counts reports whether the target counts a person with coverage c.
func (p *Planner) counts(c *Coverage) bool {
	if p.opts.CountActive {
		return c.Active()
	}
	return c.Protected()
}

// progress measures the plan against the target in force on the last day
// of the fiscal year and the criteria in force on its first day. People
// are told apart by NIK: cover lists them in s.people, in order of NIK,
// each with their coverage.
func (p *Planner) progress(fy fiscal, s *scratch) Progress {
	pr := Progress{Criteria: []CriterionResult{}, CountActive: p.opts.CountActive}
	for i := range s.people {
		pg := &s.people[i]
		c := &s.coverages[pg.cov]
		counted := p.counts(c)
		pg.counted = counted
		switch {
		case c.Protected():
			pr.Protected++
		case c.Partial():
			pr.Partial++
		default:
			pr.Unpaid++
		}
		if c.Active() {
			pr.Active++
		}
		if counted {
			pr.Covered++
		}
	}
	if ent, ok := p.params.Target.Find(fy.last); ok {
		pr.Target, pr.Citation = ent.Value, ent.Citation
		pr.Remaining = max(ent.Value-pr.Covered, 0)
	}
	ent, ok := p.params.Criteria.Find(fy.first)
	if !ok {
		return pr
	}
	pr.Criteria = make([]CriterionResult, 0, len(ent.Value))
	for _, c := range ent.Value {
		res := CriterionResult{Criterion: c, Status: NotAssessed}
		if len(c.Groups) > 0 {
			groups := SetOfGroups(c.Groups...)
			for _, pg := range s.people {
				if pg.groups&groups != 0 { // one of the person's enrolments is in the groups
					res.People++
					if !pg.counted {
						res.Uncovered++
					}
				}
			}
			res.Status = Met
			if res.People == 0 || res.Uncovered > 0 {
				res.Status = NotMet
			}
		}
		pr.Criteria = append(pr.Criteria, res)
	}
	return pr
}
