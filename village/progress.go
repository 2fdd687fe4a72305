package village

import "github.com/desasadar/jamsos/regulation"

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
	// Covered is the number of different people (by NIK) covered for at
	// least one month of the year; Remaining how many more the target asks.
	Covered   int `json:"covered"`
	Remaining int `json:"remaining"`
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
	// and Uncovered how many of them have no month covered.
	People    int `json:"people"`
	Uncovered int `json:"uncovered"`
}

// progress measures the plan against the target in force on the last day
// of the fiscal year and the criteria in force on its first day. People
// are told apart by NIK: s.byNIK lists the items in order of NIK.
func (p *Planner) progress(fy fiscal, s *scratch) Progress {
	pr := Progress{Criteria: []CriterionResult{}}
	// Each run of items with one NIK is one person.
	forEachPerson := func(f func(run []int)) {
		for i := 0; i < len(s.byNIK); {
			j := i + 1
			for j < len(s.byNIK) && s.items[s.byNIK[j]].nik == s.items[s.byNIK[i]].nik {
				j++
			}
			f(s.byNIK[i:j])
			i = j
		}
	}
	forEachPerson(func(run []int) {
		for _, k := range run {
			if s.items[k].covered > 0 {
				pr.Covered++
				return
			}
		}
	})
	if ent, ok := p.params.Target.Find(fy.last); ok {
		pr.Target, pr.Citation = ent.Value, ent.Citation
		pr.Remaining = max(ent.Value-pr.Covered, 0)
	}
	ent, ok := p.params.Criteria.Find(fy.first)
	if !ok {
		return pr
	}
	for _, c := range ent.Value {
		res := CriterionResult{Criterion: c, Status: NotAssessed}
		if len(c.Groups) > 0 {
			groups := SetOfGroups(c.Groups...)
			forEachPerson(func(run []int) {
				member, covered := false, false
				for _, k := range run {
					if it := &s.items[k]; groups.Has(it.e.Group) {
						member = true
						covered = covered || it.covered > 0
					}
				}
				if member {
					res.People++
					if !covered {
						res.Uncovered++
					}
				}
			})
			res.Status = Met
			if res.People == 0 || res.Uncovered > 0 {
				res.Status = NotMet
			}
		}
		pr.Criteria = append(pr.Criteria, res)
	}
	return pr
}
