package contribution

import (
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Timelines returns every parameter of p in a form that does not depend on
// its Go type, in a fixed order, for listings such as "the rules in force on
// a date".
func (p Params) Timelines() []regulation.Describer {
	return []regulation.Describer{
		p.PUJKK, p.PUJKM, p.PUJHT, p.PUJP, p.PUJPCap, p.PUJKP, p.PUJKPCap, p.PULateFee,
		p.BPUJKK, p.BPUJKM, p.BPUJHT, p.BPUIncome, p.BPUSteps,
		p.PMI, p.Jakon,
		p.ReliefCovid, p.ReliefIndustry, p.ReliefBPU, p.VillageBudgetExcluded,
	}
}

// ParameterNames returns the name of every parameter, in the order of
// [Params.Timelines].
func ParameterNames() []string {
	return []string{
		"pu.jkk.rate", "pu.jkm.rate", "pu.jht.rate", "pu.jp.rate", "pu.jp.wage_cap", "pu.jkp.rate", "pu.jkp.wage_cap", "pu.late_fee",
		"bpu.jkk.rate", "bpu.jkm.amount", "bpu.jht.rate", "bpu.income.range", "bpu.income.steps",
		"pmi.package", "jakon.rate",
		"relief.pp49_2020", "relief.pp7_2025", "relief.pp50_2025", "policy.pp50_2025.village_budget_excluded",
	}
}

// WithOverrides returns a copy of p with the entries of an override document
// put in place (see regulation.Apply). An override naming a parameter that
// does not exist is an error wrapping [ErrInvalidParams], so a misspelt name
// never passes silently. Overrides that reach past [Params.Through] do not
// move it: set Through on the result to vouch for later months.
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	var l problem.List
	if unknown := o.Unknown(ParameterNames()...); len(unknown) > 0 {
		l = append(l, problem.New(ErrInvalidParams, "params.unknown", "overrides", strings.Join(unknown, ", "),
			"parameter tidak dikenal", "unknown parameter"))
		return p, l.Err()
	}
	l.Add(regulation.ApplyTo(&p.PUJKK, o))
	l.Add(regulation.ApplyTo(&p.PUJKM, o))
	l.Add(regulation.ApplyTo(&p.PUJHT, o))
	l.Add(regulation.ApplyTo(&p.PUJP, o))
	l.Add(regulation.ApplyTo(&p.PUJPCap, o))
	l.Add(regulation.ApplyTo(&p.PUJKP, o))
	l.Add(regulation.ApplyTo(&p.PUJKPCap, o))
	l.Add(regulation.ApplyTo(&p.PULateFee, o))
	l.Add(regulation.ApplyTo(&p.BPUJKK, o))
	l.Add(regulation.ApplyTo(&p.BPUJKM, o))
	l.Add(regulation.ApplyTo(&p.BPUJHT, o))
	l.Add(regulation.ApplyTo(&p.BPUIncome, o))
	l.Add(regulation.ApplyTo(&p.BPUSteps, o))
	l.Add(regulation.ApplyTo(&p.PMI, o))
	l.Add(regulation.ApplyTo(&p.Jakon, o))
	l.Add(regulation.ApplyTo(&p.ReliefCovid, o))
	l.Add(regulation.ApplyTo(&p.ReliefIndustry, o))
	l.Add(regulation.ApplyTo(&p.ReliefBPU, o))
	l.Add(regulation.ApplyTo(&p.VillageBudgetExcluded, o))
	return p, l.Err()
}

// check reports missing timelines and values no rule could have.
func (p Params) check() error {
	var l problem.List
	present := []bool{
		p.PUJKK != nil, p.PUJKM != nil, p.PUJHT != nil, p.PUJP != nil, p.PUJPCap != nil, p.PUJKP != nil, p.PUJKPCap != nil, p.PULateFee != nil,
		p.BPUJKK != nil, p.BPUJKM != nil, p.BPUJHT != nil, p.BPUIncome != nil, p.BPUSteps != nil,
		p.PMI != nil, p.Jakon != nil,
		p.ReliefCovid != nil, p.ReliefIndustry != nil, p.ReliefBPU != nil, p.VillageBudgetExcluded != nil,
	}
	for i, ok := range present {
		if !ok {
			l = append(l, problem.New(ErrInvalidParams, "params.missing", ParameterNames()[i], "",
				"parameter tidak diisi", "the parameter is missing"))
		}
	}
	if p.Through.IsZero() {
		l = append(l, problem.New(ErrInvalidParams, "params.missing", "through", "",
			"bulan terakhir yang dijamin parameter tidak diisi", "the last month the parameters vouch for is missing"))
	}
	if len(l) == 0 {
		l.Add(p.checkValues())
	}
	return l.Err()
}
