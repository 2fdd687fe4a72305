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

	sums *rupiahSums // the part of the amounts being added up in int64; nil once settled
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

// planSums are the amounts of a plan made for a roll-up only (a stream
// without a callback, see scratch.rollup), in whole rupiah: those of its
// Groups, Programs and Sources, in their order, and of its Total, whose
// decimals the plan leaves zero. A summary adds them up exactly as it adds
// up the decimals of the same plan made in full.
type planSums struct {
	groups   [][4]int64 // Normal, Amount, VillageBudget, Deducted
	programs [][2]int64 // Normal, Amount
	sources  []int64
	total    [4]int64 // Normal, Amount, VillageBudget, Deducted
}

func (r *planSums) reset() {
	r.groups, r.programs, r.sources, r.total = r.groups[:0], r.programs[:0], r.sources[:0], [4]int64{}
}

// add adds up plan pl, whose amounts are in sums when it is not nil (see
// planSums) and in its decimals otherwise.
func (s *Summary) add(pl *Plan, sums *planSums) {
	s.Villages++
	if s.Name == "" {
		s.Name = regionName(pl, s.Area)
	}
	if s.sums == nil {
		s.sums = new(rupiahSums)
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
	for gi, g := range pl.Groups {
		i := slices.IndexFunc(s.Groups, func(t GroupTotal) bool { return t.Group == g.Group })
		if i < 0 {
			s.Groups = append(s.Groups, GroupTotal{Group: g.Group, Normal: decimal.Zero, Amount: decimal.Zero,
				VillageBudget: decimal.Zero, Deducted: decimal.Zero})
			slices.SortFunc(s.Groups, func(a, b GroupTotal) int { return int(a.Group) - int(b.Group) })
			i = slices.IndexFunc(s.Groups, func(t GroupTotal) bool { return t.Group == g.Group })
		}
		t := &s.Groups[i]
		t.Enrolled += g.Enrolled
		t.Covered += g.Covered
		t.Partial += g.Partial
		t.PersonMonths += g.PersonMonths
		switch {
		case sums != nil:
			n := &sums.groups[gi]
			if int(g.Group) < len(s.sums.groups) {
				sh := &s.sums.groups[g.Group]
				sh[0].addInt(&t.Normal, n[0])
				sh[1].addInt(&t.Amount, n[1])
				sh[2].addInt(&t.VillageBudget, n[2])
				sh[3].addInt(&t.Deducted, n[3])
			} else {
				t.Normal, t.Amount = t.Normal.Add(rp(n[0])), t.Amount.Add(rp(n[1]))
				t.VillageBudget, t.Deducted = t.VillageBudget.Add(rp(n[2])), t.Deducted.Add(rp(n[3]))
			}
		case int(g.Group) < len(s.sums.groups):
			sh := &s.sums.groups[g.Group]
			sh[0].add(&t.Normal, g.Normal)
			sh[1].add(&t.Amount, g.Amount)
			sh[2].add(&t.VillageBudget, g.VillageBudget)
			sh[3].add(&t.Deducted, g.Deducted)
		default:
			t.Normal, t.Amount = t.Normal.Add(g.Normal), t.Amount.Add(g.Amount)
			t.VillageBudget, t.Deducted = t.VillageBudget.Add(g.VillageBudget), t.Deducted.Add(g.Deducted)
		}
	}
	for pi, p := range pl.Programs {
		i := slices.IndexFunc(s.Programs, func(t ProgramTotal) bool { return t.Program == p.Program })
		if i < 0 {
			s.Programs = append(s.Programs, ProgramTotal{Program: p.Program, Normal: decimal.Zero, Amount: decimal.Zero})
			slices.SortFunc(s.Programs, func(a, b ProgramTotal) int { return int(a.Program) - int(b.Program) })
			i = slices.IndexFunc(s.Programs, func(t ProgramTotal) bool { return t.Program == p.Program })
		}
		t := &s.Programs[i]
		switch {
		case sums != nil:
			n := &sums.programs[pi]
			if int(p.Program) < len(s.sums.programs) {
				sh := &s.sums.programs[p.Program]
				sh[0].addInt(&t.Normal, n[0])
				sh[1].addInt(&t.Amount, n[1])
			} else {
				t.Normal, t.Amount = t.Normal.Add(rp(n[0])), t.Amount.Add(rp(n[1]))
			}
		case int(p.Program) < len(s.sums.programs):
			sh := &s.sums.programs[p.Program]
			sh[0].add(&t.Normal, p.Normal)
			sh[1].add(&t.Amount, p.Amount)
		default:
			t.Normal, t.Amount = t.Normal.Add(p.Normal), t.Amount.Add(p.Amount)
		}
	}
	for si, src := range pl.Sources {
		i := slices.IndexFunc(s.Sources, func(t SourceTotal) bool { return t.Source == src.Source })
		if i < 0 {
			s.Sources = append(s.Sources, SourceTotal{Source: src.Source, Amount: decimal.Zero, Allowed: src.Allowed, Citation: src.Citation})
			slices.SortFunc(s.Sources, func(a, b SourceTotal) int { return int(a.Source) - int(b.Source) })
			i = slices.IndexFunc(s.Sources, func(t SourceTotal) bool { return t.Source == src.Source })
		}
		switch {
		case sums != nil && int(src.Source) < len(s.sums.sources):
			s.sums.sources[src.Source].addInt(&s.Sources[i].Amount, sums.sources[si])
		case sums != nil:
			s.Sources[i].Amount = s.Sources[i].Amount.Add(rp(sums.sources[si]))
		case int(src.Source) < len(s.sums.sources):
			s.sums.sources[src.Source].add(&s.Sources[i].Amount, src.Amount)
		default:
			s.Sources[i].Amount = s.Sources[i].Amount.Add(src.Amount)
		}
	}
	if sums != nil {
		s.sums.total[0].addInt(&s.Total.Normal, sums.total[0])
		s.sums.total[1].addInt(&s.Total.Amount, sums.total[1])
		s.sums.total[2].addInt(&s.Total.VillageBudget, sums.total[2])
		s.sums.total[3].addInt(&s.Total.Deducted, sums.total[3])
		return
	}
	s.sums.total[0].add(&s.Total.Normal, pl.Total.Normal)
	s.sums.total[1].add(&s.Total.Amount, pl.Total.Amount)
	s.sums.total[2].add(&s.Total.VillageBudget, pl.Total.VillageBudget)
	s.sums.total[3].add(&s.Total.Deducted, pl.Total.Deducted)
}

// rupiahSums are the amounts a Summary adds up, in whole rupiah, beside its
// decimals: adding up a national run's plans adds int64s, not decimals.
// Each amount of the summary is its decimal plus its sum here; an amount
// that is no whole number of rupiah in int64 range, or a sum that would
// overflow, is added to the decimal instead, so the total is exact in
// every case. [Summary.settled] makes them decimals.
type rupiahSums struct {
	groups   [16][4]rupiahSum // by Group: Normal, Amount, VillageBudget, Deducted
	programs [8][2]rupiahSum  // by Program: Normal, Amount
	sources  [numSources]rupiahSum
	total    [4]rupiahSum // Normal, Amount, VillageBudget, Deducted
}

// rupiahSum is a sum of whole rupiah.
type rupiahSum int64

// maxWhole bounds the amounts a rupiahSum takes: 18 digits.
const maxWhole = 999_999_999_999_999_999

// add adds v to the sum when it is a whole number of rupiah and the sum
// stays in range, and to *d otherwise.
func (r *rupiahSum) add(d *decimal.Decimal, v decimal.Decimal) {
	if v.Exponent() == 0 && v.NumDigits() <= 18 {
		n := v.CoefficientInt64()
		if sum := int64(*r) + n; sum <= maxWhole && sum >= -maxWhole {
			*r = rupiahSum(sum)
			return
		}
	}
	*d = d.Add(v)
}

// addInt is add of the whole amount n, as add adds rp(n): to the sum when
// n has at most 18 digits and the sum stays in range, to *d otherwise.
func (r *rupiahSum) addInt(d *decimal.Decimal, n int64) {
	if n <= maxWhole && n >= -maxWhole {
		if sum := int64(*r) + n; sum <= maxWhole && sum >= -maxWhole {
			*r = rupiahSum(sum)
			return
		}
	}
	*d = d.Add(rp(n))
}

// settle adds the sum to d.
func (r rupiahSum) settle(d *decimal.Decimal) {
	if r != 0 {
		*d = d.Add(decimal.NewFromInt(int64(r)))
	}
}

// settled returns s with its sums added to its decimals, and lists of its
// own: s itself, and the Summary it is a copy of, are left as they are.
func (s Summary) settled() Summary {
	s.Groups, s.Programs, s.Sources = slices.Clone(s.Groups), slices.Clone(s.Programs), slices.Clone(s.Sources)
	sm := s.sums
	s.sums = nil
	if sm == nil {
		return s
	}
	for i := range s.Groups {
		t := &s.Groups[i]
		if int(t.Group) < len(sm.groups) {
			sh := sm.groups[t.Group]
			sh[0].settle(&t.Normal)
			sh[1].settle(&t.Amount)
			sh[2].settle(&t.VillageBudget)
			sh[3].settle(&t.Deducted)
		}
	}
	for i := range s.Programs {
		t := &s.Programs[i]
		if int(t.Program) < len(sm.programs) {
			sm.programs[t.Program][0].settle(&t.Normal)
			sm.programs[t.Program][1].settle(&t.Amount)
		}
	}
	for i := range s.Sources {
		if t := &s.Sources[i]; int(t.Source) < len(sm.sources) {
			sm.sources[t.Source].settle(&t.Amount)
		}
	}
	sm.total[0].settle(&s.Total.Normal)
	sm.total[1].settle(&s.Total.Amount)
	sm.total[2].settle(&s.Total.VillageBudget)
	sm.total[3].settle(&s.Total.Deducted)
	return s
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
