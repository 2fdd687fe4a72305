package partner

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// ProgressOptions says what [Ledger.Progress] reports on.
type ProgressOptions struct {
	// On is the day of the report: only activities up to and including it
	// count, and the coverage target is the one in force on it. Required.
	On regulation.Date
	// Villages are villages to report on even without any activity, so that
	// their target counts and their missing pillars show. Villages with
	// activity are always reported.
	Villages []region.Code
	// Enrolments give participants' segments: only a BPU membership lapses
	// through unpaid months, and a participant without an enrolment counts
	// as BPU (each [Coverage] says so). Their other fields are not used
	// here.
	Enrolments []Enrolment
	// Membership holds the lapse rule ("bpu.lapse_months") and the
	// reactivation policy ("bpu.reactivation") of package membership; the
	// zero value means membership.DefaultParams.
	Membership membership.Params
}

// Progress is where coverage stands on a day, per village, district,
// regency and partner, with a leaderboard of partners.
//
// Participants are counted once, in one village: the village of their
// registration, or without one the village of their first referral, or of
// their first contribution. Events and money are counted where they
// happened.
//
// Four words count participants and mean the same in every table, field and
// language (see the package documentation, "Vocabulary"): registered
// (terdaftar), credited (dikreditkan), paying (membayar: at least one
// contribution collected or paid up to the day) and active (aktif: active
// at the close of the day by the lapse rule of package membership).
// Coverage counts active participants; paying coverage, beside it, counts
// every participant who ever paid.
type Progress struct {
	// On is the day of the report.
	On regulation.Date `json:"on"`
	// Target is the number of covered workers each village aims for, and
	// TargetRule its source.
	Target     int  `json:"target_per_village"`
	TargetRule Rule `json:"target_rule"`
	// StatusMonth is the month whose membership status counts as the
	// status at the close of On: the month of the day after On (a report on
	// 30 June sees a lapse that takes effect on 1 July). LapseRule is the
	// lapse rule in force in it ("bpu.lapse_months"): a BPU membership is
	// non-active after LapseMonths consecutive unpaid months.
	StatusMonth regulation.Month `json:"status_month"`
	LapseMonths int              `json:"lapse_months"`
	LapseRule   Rule             `json:"lapse_rule"`
	// Regencies, Districts and Villages are sorted by area code.
	Regencies []AreaProgress `json:"regencies"`
	Districts []AreaProgress `json:"districts"`
	Villages  []AreaProgress `json:"villages"`
	// Partners are the partners with an accepted activity or a credit, by ID.
	Partners []PartnerProgress `json:"partners"`
	// Leaderboard ranks the same partners (see [Ledger.Progress]).
	Leaderboard []Standing `json:"leaderboard"`
}

// AreaProgress is the progress of a village, a district or a regency.
type AreaProgress struct {
	// Area is the area's code: a regency, a district or a village.
	Area region.Code `json:"area"`
	// Villages is the number of villages reported in the area.
	Villages int `json:"villages"`
	// Events and Attendance count socialisation and education events.
	Events     int `json:"events"`
	Attendance int `json:"attendance"`
	// Referred, Registered, Paying and Active count participants: referred
	// at least once, registered, with at least one contribution collected or
	// paid up to the day, and active at the close of the day (see
	// [Coverage]). Every active participant is paying.
	Referred   int `json:"referred"`
	Registered int `json:"registered"`
	Paying     int `json:"paying"`
	Active     int `json:"active"`
	// ReferredPaying counts the referred participants who are paying.
	ReferredPaying int `json:"referred_paying"`
	// Target is the number of covered workers the area aims for: its
	// villages times the target per village.
	Target int `json:"target"`
	// Coverage is Active as a percentage of Target: the participants
	// protected at the close of the day. PayingCoverage is Paying as a
	// percentage of Target: everyone who paid at least once, lapsed or not.
	// Conversion is ReferredPaying as a percentage of Referred, null (nil)
	// when nobody was referred. All are rounded half up to one decimal.
	Coverage       decimal.Decimal  `json:"coverage_pct"`
	PayingCoverage decimal.Decimal  `json:"paying_coverage_pct"`
	Conversion     *decimal.Decimal `json:"conversion_pct"`
	// Collected is the total of contributions collected or paid in the area.
	Collected decimal.Decimal `json:"collected"`
	// MissingPillars are, for a village, the pillars it lacks on the day.
	MissingPillars []Role `json:"missing_pillars,omitempty"`
}

// PartnerProgress is what one partner achieved.
type PartnerProgress struct {
	// Partner and Role are the partner's ID and role.
	Partner string `json:"partner"`
	Role    Role   `json:"role"`
	// Events and Attendance count the partner's socialisation and education
	// events.
	Events     int `json:"events"`
	Attendance int `json:"attendance"`
	// Referred counts the participants the partner referred, and
	// ReferredPaying those of them who are paying.
	Referred       int `json:"referred"`
	ReferredPaying int `json:"referred_paying"`
	// Registered counts the registrations the partner recorded, whoever is
	// credited with them.
	Registered int `json:"registered"`
	// Credited counts the registrations credited to the partner (see
	// [Credit]), whoever recorded them; CreditedPaying and CreditedActive
	// those of the credited participants who are paying and active.
	Credited       int `json:"credited"`
	CreditedPaying int `json:"credited_paying"`
	CreditedActive int `json:"credited_active"`
	// Collected is the total the partner collected or paid.
	Collected decimal.Decimal `json:"collected"`
	// Conversion is ReferredPaying as a percentage of Referred, rounded half
	// up to one decimal; null (nil) when the partner referred nobody.
	Conversion *decimal.Decimal `json:"conversion_pct"`
}

// Standing is a partner's place on the leaderboard.
type Standing struct {
	// Rank is the place on the board, from 1; partners equal on every
	// criterion share it.
	Rank int `json:"rank"`
	PartnerProgress
}

// participant is what a progress report knows of one participant.
type participant struct {
	nik                        string
	id                         membership.NIK
	home                       region.Code
	homeRank                   int // 1 contribution, 2 referral, 3 registration
	referred, registered, paid bool
	active                     bool
	credited                   string
	referrers                  []string
	regMonth                   regulation.Month   // month of the registration, if any
	months                     []regulation.Month // contribution months paid
}

// Progress reports coverage on opts.On: per village, district and regency,
// and per partner, counting the accepted activities up to that day. Coverage
// is measured against the village target of Params.Target (100 covered
// workers per village by default, package village), and a covered worker
// is a participant active at the close of the day by the lapse rule of
// package membership ([Ledger.Coverage]); the participants who paid at least
// once are reported beside it as paying coverage.
//
// The leaderboard ranks partners by the credited participants who are
// active, then those who are paying, then credited registrations, then
// participants referred, then attendance at their events, all descending.
// Partners equal on all five share a rank (1, 2, 2, 4) and are listed by ID,
// so the order never depends on the input.
//
// A zero opts.On, a village in opts.Villages that is not a village code or a
// malformed enrolment is an error wrapping [ErrInvalidOptions]; a day the
// target or the lapse rule does not cover is an error wrapping
// regulation.ErrNoRuleInForce.
func (l *Ledger) Progress(opts ProgressOptions) (Progress, error) {
	return l.ProgressContext(context.Background(), opts)
}

// ProgressContext is [Ledger.Progress] that stops once ctx ends: it looks
// at ctx every thousand or so activities and participants and then returns
// its cause (context.Cause: ctx.Err() unless a cause was given).
func (l *Ledger) ProgressContext(ctx context.Context, opts ProgressOptions) (Progress, error) {
	if opts.On.IsZero() {
		return Progress{}, problem.New(ErrInvalidOptions, "progress.on", "on", "",
			"wajib diisi: hari laporannya", "is required: the day of the report")
	}
	target, err := l.params.Target.At(opts.On)
	if err != nil {
		return Progress{}, err
	}
	villages := make(map[region.Code]*AreaProgress)
	village := func(c region.Code) *AreaProgress {
		v := villages[c]
		if v == nil {
			v = &AreaProgress{Area: c, Villages: 1}
			villages[c] = v
		}
		return v
	}
	var bad problem.List
	for i, c := range opts.Villages {
		if c.Level() != region.Village {
			bad.Add(problem.New(ErrInvalidOptions, "progress.village", "villages["+itoa(i)+"]", c.String(),
				"bukan kode desa atau kelurahan", "not the code of a village"))
			continue
		}
		village(c)
	}
	if err := bad.Err(); err != nil {
		return Progress{}, err
	}
	enrol, err := l.enrolments(opts.Enrolments)
	if err != nil {
		return Progress{}, err
	}
	mp := membershipParams(opts.Membership)
	statusMonth := opts.On.AddDays(1).ContributionMonth()
	lapse, err := mp.BPULapseMonths.InMonth(statusMonth)
	if err != nil {
		return Progress{}, err
	}

	partners := make(map[string]*PartnerProgress)
	partnerOf := func(id string) *PartnerProgress {
		p := partners[id]
		if p == nil {
			q, _ := l.net.Partner(id)
			p = &PartnerProgress{Partner: id, Role: q.Role}
			partners[id] = p
		}
		return p
	}
	collectedBy := make(map[string]int64)
	collectedIn := make(map[region.Code]int64)
	people := make(map[string]*participant)
	person := func(nik string, id membership.NIK) *participant {
		p := people[nik]
		if p == nil {
			p = &participant{nik: nik, id: id}
			people[nik] = p
		}
		return p
	}
	for i, o := range l.outcomes {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return Progress{}, context.Cause(ctx)
		}
		a := o.Activity
		if !o.Accepted() || a.Date.After(opts.On) {
			continue
		}
		v, by := village(a.Village), partnerOf(a.Partner)
		f := l.facts[i]
		switch a.Kind {
		case Socialisation, Education:
			v.Events++
			v.Attendance += a.Attendance
			by.Events++
			by.Attendance += a.Attendance
		case Referral:
			p := person(f.nik, a.Participant)
			p.referred = true
			if !slices.Contains(p.referrers, a.Partner) {
				p.referrers = append(p.referrers, a.Partner)
			}
			p.setHome(a.Village, 2)
		case Registration:
			p := person(f.nik, a.Participant)
			p.registered = true
			p.credited = o.Credited
			p.regMonth = a.Date.ContributionMonth()
			p.setHome(a.Village, 3)
			by.Registered++
			partnerOf(o.Credited).Credited++
		case Collection, Payment:
			p := person(f.nik, a.Participant)
			p.paid = true
			p.months = append(p.months, f.month)
			p.setHome(a.Village, 1)
			collectedIn[a.Village] += f.amount
			collectedBy[a.Partner] += f.amount
		}
	}
	k := 0
	for _, p := range people {
		if k++; k%checkEvery == 0 && ctx.Err() != nil {
			return Progress{}, context.Cause(ctx)
		}
		c, err := coverageOf(p, enrol, mp, statusMonth)
		if err != nil {
			return Progress{}, err
		}
		p.active = c.Active()
	}
	for _, p := range people {
		v := village(p.home)
		count(&v.Referred, p.referred)
		count(&v.Registered, p.registered)
		count(&v.Paying, p.paid)
		count(&v.Active, p.active)
		count(&v.ReferredPaying, p.referred && p.paid)
		for _, r := range p.referrers {
			q := partnerOf(r)
			q.Referred++
			count(&q.ReferredPaying, p.paid)
		}
		if p.credited != "" {
			q := partnerOf(p.credited)
			count(&q.CreditedPaying, p.paid)
			count(&q.CreditedActive, p.active)
		}
	}

	out := Progress{
		On: opts.On, Target: target.Value, TargetRule: ruleOf(l.params.Target.Name(), target),
		StatusMonth: statusMonth, LapseMonths: lapse.Value, LapseRule: ruleOf(mp.BPULapseMonths.Name(), lapse),
		Villages: make([]AreaProgress, 0, len(villages)), Partners: make([]PartnerProgress, 0, len(partners)),
	}
	codes := make([]region.Code, 0, len(villages))
	for c := range villages {
		codes = append(codes, c)
	}
	slices.SortFunc(codes, region.Code.Compare)
	pillars := l.net.Pillars(codes, opts.On)
	districts := make(map[region.Code]*AreaProgress)
	regencies := make(map[region.Code]*AreaProgress)
	for i, c := range codes {
		v := villages[c]
		v.Collected = decimal.NewFromInt(collectedIn[c])
		v.MissingPillars = pillars[i].Missing
		out.Villages = append(out.Villages, *v)
		rollUp(districts, c.District(), v)
		rollUp(regencies, c.Regency(), v)
	}
	for i := range out.Villages {
		out.Villages[i].finish(target.Value)
	}
	out.Districts = finishAll(districts, target.Value)
	out.Regencies = finishAll(regencies, target.Value)

	for id, p := range partners {
		p.Collected = decimal.NewFromInt(collectedBy[id])
		p.Conversion = ratio(p.ReferredPaying, p.Referred)
		out.Partners = append(out.Partners, *p)
	}
	slices.SortFunc(out.Partners, func(a, b PartnerProgress) int { return strings.Compare(a.Partner, b.Partner) })
	out.Leaderboard = leaderboard(out.Partners)
	return out, nil
}

func (p *participant) setHome(v region.Code, rank int) {
	if rank > p.homeRank {
		p.home, p.homeRank = v, rank
	}
}

func count(n *int, ok bool) {
	if ok {
		*n++
	}
}

func rollUp(m map[region.Code]*AreaProgress, c region.Code, v *AreaProgress) {
	a := m[c]
	if a == nil {
		a = &AreaProgress{Area: c, Collected: decimal.Zero}
		m[c] = a
	}
	a.Villages++
	a.Events += v.Events
	a.Attendance += v.Attendance
	a.Referred += v.Referred
	a.Registered += v.Registered
	a.Paying += v.Paying
	a.Active += v.Active
	a.ReferredPaying += v.ReferredPaying
	a.Collected = a.Collected.Add(v.Collected)
}

func (a *AreaProgress) finish(target int) {
	a.Target = a.Villages * target
	a.Coverage = percent(a.Active, a.Target)
	a.PayingCoverage = percent(a.Paying, a.Target)
	a.Conversion = ratio(a.ReferredPaying, a.Referred)
}

func finishAll(m map[region.Code]*AreaProgress, target int) []AreaProgress {
	out := make([]AreaProgress, 0, len(m))
	for _, a := range m {
		a.finish(target)
		out = append(out, *a)
	}
	slices.SortFunc(out, func(a, b AreaProgress) int { return a.Area.Compare(b.Area) })
	return out
}

// percent returns num as a percentage of den, rounded half up to one
// decimal, computed in integers; zero when den is zero.
func percent(num, den int) decimal.Decimal {
	if den <= 0 {
		return decimal.New(0, -1)
	}
	tenths := (int64(num)*2000 + int64(den)) / (2 * int64(den))
	return decimal.New(tenths, -1)
}

// ratio is percent, or nil when den is zero: a ratio of nothing is not 0%.
func ratio(num, den int) *decimal.Decimal {
	if den <= 0 {
		return nil
	}
	d := percent(num, den)
	return &d
}

func leaderboard(ps []PartnerProgress) []Standing {
	out := make([]Standing, len(ps))
	for i, p := range ps {
		out[i] = Standing{PartnerProgress: p}
	}
	score := func(a, b *Standing) int {
		return cmp.Or(
			cmp.Compare(b.CreditedActive, a.CreditedActive),
			cmp.Compare(b.CreditedPaying, a.CreditedPaying),
			cmp.Compare(b.Credited, a.Credited),
			cmp.Compare(b.Referred, a.Referred),
			cmp.Compare(b.Attendance, a.Attendance),
		)
	}
	slices.SortFunc(out, func(a, b Standing) int {
		return cmp.Or(score(&a, &b), strings.Compare(a.Partner, b.Partner))
	})
	for i := range out {
		if i > 0 && score(&out[i-1], &out[i]) == 0 {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}
