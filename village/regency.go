package village

import (
	"context"
	"fmt"
	"slices"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/shopspring/decimal"
)

// PlanMany computes the plans of many villages, such as every village of a
// regency, with one planner, reusing memory from one village to the next.
// Each village is planned exactly as [Planner.Plan] plans it. Every
// village's problems are reported at once, their fields prefixed with the
// village's position ("villages[3].line[12].wage"); then no plan is
// returned.
func (p *Planner) PlanMany(reqs []Request) ([]Plan, error) {
	return p.PlanManyContext(context.Background(), reqs)
}

// PlanManyContext is [Planner.PlanMany] that stops when ctx is done, as
// [Planner.PlanContext] does, within a village as between them; it then
// returns ctx's error and no plans.
func (p *Planner) PlanManyContext(ctx context.Context, reqs []Request) ([]Plan, error) {
	ctx = orBackground(ctx)
	s := scratch{ctx: ctx}
	var errs problem.List
	plans := make([]Plan, 0, len(reqs))
	for i, r := range reqs {
		pl, err := p.plan(r, &s, true)
		if err != nil && ctx.Err() != nil {
			return nil, err
		}
		if err != nil {
			errs.AddField(fmt.Sprintf("villages[%d]", i), err)
			continue
		}
		plans = append(plans, pl)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return plans, nil
}

// Summary is the plans of several villages added up: a district's, a
// regency's, or all of them. Its totals are the exact sums of the plans'.
type Summary struct {
	// Area is the district or regency summarised; the zero Code for the
	// summary of every village.
	Area region.Code `json:"area"`
	// Name is the area's name as the plans' villages give it.
	Name string `json:"name,omitempty"`
	// Villages is the number of plans, Enrolled their enrolments, Covered
	// the people their targets count and Partial those paid for some month
	// but not counted (both counted per village; see [Progress]).
	Villages int `json:"villages"`
	Enrolled int `json:"enrolled"`
	Covered  int `json:"covered"`
	Partial  int `json:"partial"`
	// TargetMet is the number of villages that reach the coverage target,
	// DesaSadar the number that meet every criterion a plan can judge.
	TargetMet int `json:"target_met"`
	DesaSadar int `json:"desa_sadar"`
	// Groups and Programs are the plans' group and program totals added
	// up, in the order of their types.
	Groups   []GroupTotal   `json:"groups"`
	Programs []ProgramTotal `json:"programs"`
	// Sources are the amounts by source, with the funding policy of the
	// year; ceilings are per village and are not added up.
	Sources []SourceTotal `json:"sources"`
	// Total is the plans' grand totals added up.
	Total Totals `json:"total"`
}

// Rollup is a regency view: the plans of many villages summarised by
// district, by regency and in all.
type Rollup struct {
	// Year is the fiscal year of the plans.
	Year int `json:"year"`
	// Total is the summary of every plan.
	Total Summary `json:"total"`
	// Regencies and Districts are the summaries of each regency and each
	// district with a plan, in order of area code.
	Regencies []Summary `json:"regencies"`
	Districts []Summary `json:"districts"`
}

// Summarise adds up plans of one fiscal year by district and by regency
// (in order of area code) and in all. Plans of different years are an
// error.
func Summarise(plans []Plan) (Rollup, error) {
	var t Tally
	for i := range plans {
		if err := t.Add(&plans[i]); err != nil {
			return Rollup{}, err
		}
	}
	return t.Rollup(), nil
}

// newSummary returns the empty summary of an area, its lists empty rather
// than nil so that they encode as JSON arrays.
func newSummary(area region.Code) Summary {
	return Summary{Area: area, Groups: []GroupTotal{}, Programs: []ProgramTotal{}, Sources: []SourceTotal{}}
}

func (s *Summary) add(pl *Plan) {
	s.Villages++
	if s.Name == "" {
		s.Name = regionName(pl, s.Area)
	}
	for _, g := range pl.Groups {
		s.Enrolled += g.Enrolled
	}
	s.Covered += pl.Progress.Covered
	s.Partial += pl.Progress.Partial
	if pl.Progress.TargetMet() {
		s.TargetMet++
	}
	if pl.Progress.DesaSadar() {
		s.DesaSadar++
	}
	for _, g := range pl.Groups {
		i := slices.IndexFunc(s.Groups, func(t GroupTotal) bool { return t.Group == g.Group })
		if i < 0 {
			s.Groups = append(s.Groups, GroupTotal{Group: g.Group, Normal: decimal.Zero, Amount: decimal.Zero,
				VillageBudget: decimal.Zero, Deducted: decimal.Zero})
			i = len(s.Groups) - 1
		}
		t := &s.Groups[i]
		t.Enrolled += g.Enrolled
		t.Covered += g.Covered
		t.Partial += g.Partial
		t.PersonMonths += g.PersonMonths
		t.Normal = t.Normal.Add(g.Normal)
		t.Amount = t.Amount.Add(g.Amount)
		t.VillageBudget = t.VillageBudget.Add(g.VillageBudget)
		t.Deducted = t.Deducted.Add(g.Deducted)
	}
	slices.SortFunc(s.Groups, func(a, b GroupTotal) int { return int(a.Group) - int(b.Group) })
	for _, p := range pl.Programs {
		i := slices.IndexFunc(s.Programs, func(t ProgramTotal) bool { return t.Program == p.Program })
		if i < 0 {
			s.Programs = append(s.Programs, ProgramTotal{Program: p.Program, Normal: decimal.Zero, Amount: decimal.Zero})
			i = len(s.Programs) - 1
		}
		t := &s.Programs[i]
		t.Normal = t.Normal.Add(p.Normal)
		t.Amount = t.Amount.Add(p.Amount)
	}
	slices.SortFunc(s.Programs, func(a, b ProgramTotal) int { return int(a.Program) - int(b.Program) })
	for _, src := range pl.Sources {
		i := slices.IndexFunc(s.Sources, func(t SourceTotal) bool { return t.Source == src.Source })
		if i < 0 {
			s.Sources = append(s.Sources, SourceTotal{Source: src.Source, Amount: decimal.Zero, Allowed: src.Allowed, Citation: src.Citation})
			i = len(s.Sources) - 1
		}
		s.Sources[i].Amount = s.Sources[i].Amount.Add(src.Amount)
	}
	slices.SortFunc(s.Sources, func(a, b SourceTotal) int { return int(a.Source) - int(b.Source) })
	s.Total.Normal = s.Total.Normal.Add(pl.Total.Normal)
	s.Total.Amount = s.Total.Amount.Add(pl.Total.Amount)
	s.Total.VillageBudget = s.Total.VillageBudget.Add(pl.Total.VillageBudget)
	s.Total.Deducted = s.Total.Deducted.Add(pl.Total.Deducted)
}

// regionName is the name a plan's village gives the area a.
func regionName(pl *Plan, a region.Code) string {
	switch a.Level() {
	case region.District:
		return pl.Village.District
	case region.Regency:
		return pl.Village.Regency
	}
	return ""
}
