package benefit

import (
	"reflect"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Timelines returns every parameter of p in a form that does not depend on
// its Go type, in the order of [ParameterNames].
func (p Params) Timelines() []regulation.Describer {
	return []regulation.Describer{
		p.Death, p.Scholarship, p.WorkDeath, p.TotalDisability, p.PartialDisability, p.Incapacity,
		p.JKKAmounts, p.Transport, p.Medical, p.ClaimLapse,
		p.Yield, p.JHT, p.JHTExit,
		p.Pension, p.PensionLimits,
		p.JKP, p.JKPWageCap, p.JKPEligibility,
	}
}

// ParameterNames returns the name of every benefit parameter.
func ParameterNames() []string {
	return []string{
		"benefit.jkm.death", "benefit.scholarship", "benefit.jkk.death", "benefit.jkk.total_disability",
		"benefit.jkk.partial_disability", "benefit.jkk.temporary_incapacity",
		"benefit.jkk.amounts", "benefit.jkk.transport", "benefit.jkk.medical", "benefit.jkk.claim_lapse_years",
		"benefit.jht.yield", "benefit.jht.claim", "benefit.jht.exit",
		"benefit.jp.formula", "benefit.jp.limits",
		"benefit.jkp.cash", "benefit.jkp.wage_cap", "benefit.jkp.eligibility",
	}
}

// WithOverrides returns a copy of p with the entries of an override document
// put in place (see regulation.Apply): a declared JHT yield found in a BPJS
// annual report, next year's JP floor and ceiling, the official
// anatomical-loss table. An override naming a parameter that does not exist
// is an error wrapping [ErrInvalidParams]; so is a value no rule could have.
//
// A document may mix benefit, contribution and membership parameters: the
// names of contribution.ParameterNames and membership's are accepted and
// left to those packages' own WithOverrides.
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	var l problem.List
	known := append(ParameterNames(), contributionNames()...)
	if unknown := o.Unknown(known...); len(unknown) > 0 {
		l = append(l, problem.New(ErrInvalidParams, "params.unknown", "overrides", strings.Join(unknown, ", "),
			"parameter tidak dikenal", "unknown parameter"))
		return p, l.Err()
	}
	l.Add(regulation.ApplyTo(&p.Death, o))
	l.Add(regulation.ApplyTo(&p.Scholarship, o))
	l.Add(regulation.ApplyTo(&p.WorkDeath, o))
	l.Add(regulation.ApplyTo(&p.TotalDisability, o))
	l.Add(regulation.ApplyTo(&p.PartialDisability, o))
	l.Add(regulation.ApplyTo(&p.Incapacity, o))
	l.Add(regulation.ApplyTo(&p.JKKAmounts, o))
	l.Add(regulation.ApplyTo(&p.Transport, o))
	l.Add(regulation.ApplyTo(&p.Medical, o))
	l.Add(regulation.ApplyTo(&p.ClaimLapse, o))
	l.Add(regulation.ApplyTo(&p.Yield, o))
	l.Add(regulation.ApplyTo(&p.JHT, o))
	l.Add(regulation.ApplyTo(&p.JHTExit, o))
	l.Add(regulation.ApplyTo(&p.Pension, o))
	l.Add(regulation.ApplyTo(&p.PensionLimits, o))
	l.Add(regulation.ApplyTo(&p.JKP, o))
	l.Add(regulation.ApplyTo(&p.JKPWageCap, o))
	l.Add(regulation.ApplyTo(&p.JKPEligibility, o))
	if err := l.Err(); err != nil {
		return p, err
	}
	return p, p.check()
}

// check reports missing timelines and values no rule could have.
func (p Params) check() error {
	var l problem.List
	for i, d := range p.Timelines() {
		if isNil(d) {
			l = append(l, problem.New(ErrInvalidParams, "params.missing", ParameterNames()[i], "",
				"parameter tidak diisi", "the parameter is missing"))
		}
	}
	if len(l) > 0 {
		return l.Err()
	}
	bad := func(name string, e regulation.Date, id, en string) {
		l = append(l, problem.New(ErrInvalidParams, "params.value", name, e.String(), id, en))
	}
	const negID, negEN = "jumlah manfaat tidak boleh negatif", "a benefit amount may not be negative"
	for _, e := range p.Death.Entries() {
		v := e.Value
		if v.LumpSum.IsNegative() || v.Periodic.IsNegative() || v.Funeral.IsNegative() || v.PeriodicMonths < 0 {
			bad("benefit.jkm.death", e.From, negID, negEN)
		}
	}
	for _, e := range p.Scholarship.Entries() {
		v := e.Value
		ok := !v.LumpSum.IsNegative() && !v.Ceiling.IsNegative() && v.MaxChildren >= 0 && v.MaxChildren <= 20 &&
			v.JKMMinMonths >= 0 && v.JKKMinMonths >= 0 && v.StopAge >= 0 && v.StopAge <= 100
		prev := NotInSchool
		for _, r := range v.Levels {
			if r.Level <= prev || !r.Level.IsValid() || r.PerYear.IsNegative() || r.Years < 1 || r.Years > 20 {
				ok = false
			}
			prev = r.Level
		}
		if !ok {
			bad("benefit.scholarship", e.From, "aturan beasiswa tidak sah (jenjang berurutan, jumlah dan tahun positif)",
				"invalid scholarship rule (levels in order, amounts and years positive)")
		}
	}
	for _, e := range p.WorkDeath.Entries() {
		if !e.Value.Multiple.IsPositive() || e.Value.Floor.IsNegative() {
			bad("benefit.jkk.death", e.From, negID, negEN)
		}
	}
	for _, e := range p.TotalDisability.Entries() {
		if !e.Value.IsPositive() {
			bad("benefit.jkk.total_disability", e.From, negID, negEN)
		}
	}
	for _, e := range p.PartialDisability.Entries() {
		ok := e.Value.Multiple.IsPositive()
		for _, t := range e.Value.Table {
			ok = ok && t.Percent.PPM() >= 0 && t.Percent.PPM() <= 1_000_000 && t.Code != ""
		}
		if !ok {
			bad("benefit.jkk.partial_disability", e.From, "tabel cacat tidak sah (persentase 0–100%, kode wajib)",
				"invalid disability table (percentages 0–100%, a code on each line)")
		}
	}
	checkSteps := func(name string, from regulation.Date, steps []IncapacityStep, openEnd bool) {
		ok := len(steps) > 0
		for i, s := range steps {
			last := i == len(steps)-1
			ok = ok && s.Percent.PPM() >= 0 && s.Percent.PPM() <= 1_000_000 && s.Months >= 0 && s.Months <= 120 &&
				(s.Months > 0 || (last && openEnd))
		}
		if !ok {
			bad(name, from, "jadwal bulanan tidak sah", "invalid monthly schedule")
		}
	}
	for _, e := range p.Incapacity.Entries() {
		checkSteps("benefit.jkk.temporary_incapacity", e.From, e.Value, true)
	}
	for _, e := range p.JKP.Entries() {
		checkSteps("benefit.jkp.cash", e.From, e.Value.Steps, false)
		if e.Value.ClaimMonths < 0 {
			bad("benefit.jkp.cash", e.From, negID, negEN)
		}
	}
	for _, e := range p.Yield.Entries() {
		if r := e.Value.PPM(); r < -1_000_000 || r > 1_000_000 {
			bad("benefit.jht.yield", e.From, "hasil pengembangan di luar -100%–100%", "yield outside -100%–100%")
		}
	}
	for _, e := range p.PensionLimits.Entries() {
		if e.Value.Min.IsNegative() || e.Value.Max.LessThan(e.Value.Min) {
			bad("benefit.jp.limits", e.From, "batas bawah pensiun di atas batas atas", "pension floor above its ceiling")
		}
	}
	for _, e := range p.JHT.Entries() {
		if e.Value.Age < 40 || e.Value.Age > 80 || e.Value.PartialMinYears < 0 {
			bad("benefit.jht.claim", e.From, "usia JHT di luar 40–80 tahun", "JHT age outside 40–80")
		}
	}
	return l.Err()
}

func isNil(d regulation.Describer) bool {
	v := reflect.ValueOf(d)
	return d == nil || (v.Kind() == reflect.Pointer && v.IsNil())
}

func contributionNames() []string {
	names := contribution.ParameterNames()
	for _, d := range membership.DefaultParams().Timelines() {
		names = append(names, d.Name())
	}
	return names
}
