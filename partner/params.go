package partner

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// Parameter names of the fee rules, as override documents name them. The
// capability parameter of each role is "capabilities." followed by the role's
// code in lower case, such as "capabilities.bhabinkamtibmas"; the coverage
// target is village.TargetParam.
const (
	FeeRateParam    = "agent.fee_rate"
	WadahShareParam = "agent.wadah_share"
	BonusParam      = "agent.bonus"
	SuspensionParam = "agent.suspension"
)

// Bonus is the Agen Perisai bonus: Amount in a month in which the agent is
// credited with at least MinNewParticipants new participants. The whole bonus
// is the agent's; the wadah does not share in it.
type Bonus struct {
	// MinNewParticipants is the number of new participants in a month that
	// earns the bonus.
	MinNewParticipants int `json:"min_new_participants"`
	// Amount is the bonus, in whole rupiah.
	Amount decimal.Decimal `json:"amount"`
}

// Suspension is the rule that cuts off an idle Agen Perisai: after
// IdleMonths whole months with no acquisition and no collection the agent is
// suspended for RejoinAfterMonths months, and may act again after that (see
// [Ledger.AgentStatus] for the exact months).
type Suspension struct {
	// IdleMonths is the number of months without acquisitions or
	// collections after which an agent is suspended.
	IdleMonths int `json:"idle_months"`
	// RejoinAfterMonths is the length of the suspension in months.
	RejoinAfterMonths int `json:"rejoin_after_months"`
}

// Params holds every dated rule of this package, each a [regulation.Timeline]
// whose entries carry their citation:
//
//   - the role policy: for each role, the capabilities it has on each day;
//   - the Agen Perisai fee rules: the fee rate, the wadah's share, the
//     monthly bonus and the suspension of idle agents;
//   - the coverage target of a village, from package village.
//
// [DefaultParams] returns the rules built into this release. A caller who
// knows better derives new Params with [Params.WithOverrides] (from a JSON
// override document) or puts a timeline of their own in a field. A nil
// field, or a role missing from Capabilities, stands for the built-in
// timeline, so the zero Params behaves like DefaultParams. Params holds only
// immutable timelines and is safe for concurrent use; do not change the
// Capabilities map of a Params in use.
type Params struct {
	// Capabilities is the role policy, one timeline per role.
	Capabilities map[Role]*regulation.Timeline[CapabilitySet]
	// FeeRate is the Agen Perisai fee, as a fraction of the contributions
	// collected from the participants the agent recruited ("agent.fee_rate").
	FeeRate *regulation.Timeline[decimal.Decimal]
	// WadahShare is the fraction of that fee the wadah keeps
	// ("agent.wadah_share"); the agent gets the rest.
	WadahShare *regulation.Timeline[decimal.Decimal]
	// Bonus is the monthly bonus for many new participants ("agent.bonus").
	Bonus *regulation.Timeline[Bonus]
	// Suspension is the rule for idle agents ("agent.suspension").
	Suspension *regulation.Timeline[Suspension]
	// Target is the number of covered workers a village aims for
	// (village.TargetParam, from village.DefaultTarget).
	Target *regulation.Timeline[int]
}

// DefaultParams returns the rules built into this release. Every call
// returns the same immutable timelines in a new Params.
func DefaultParams() Params {
	p := defaultParams()
	p.Capabilities = cloneCaps(p.Capabilities)
	return p
}

var defaultParams = sync.OnceValue(func() Params {
	d := regulation.MustDate
	programStart := d(2015, time.July, 1)
	desaSadar := d(2017, time.August, 1)
	// Agen Perisai was launched in 2017–2018 alongside Desa Sadar; its fee
	// rules were reported in 2018. Every Perisai parameter is assumed in
	// force from the same day, so that an agent who may act may also be paid
	// and suspended.
	perisaiStart := desaSadar

	caps := func(cs ...Capability) CapabilitySet { return CapabilitiesOf(cs...) }
	one := func(r Role, from regulation.Date, set CapabilitySet, c regulation.Citation) *regulation.Timeline[CapabilitySet] {
		return regulation.MustTimeline(r.param(), []regulation.Entry[CapabilitySet]{{From: from, Value: set, Citation: c}})
	}
	outreach := caps(Socialise, Educate, Refer, Report)

	perisai := func(note string) regulation.Citation {
		return regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan, Agen Perisai (Penggerak Jaminan Sosial Indonesia) scheme",
			Confidence: regulation.Secondary,
			Note:       note,
		}
	}
	regencyCaps := caps(Socialise, Educate, PayOnBehalf, Report)

	return Params{
		Capabilities: map[Role]*regulation.Timeline[CapabilitySet]{
			VillageHead: one(VillageHead, desaSadar, caps(Socialise, Educate, Refer, Register, PayOnBehalf, Report), regulation.Citation{
				Instrument: "BPJS Ketenagakerjaan, program Desa Sadar Jaminan Sosial Ketenagakerjaan",
				Confidence: regulation.Secondary,
				Note: "the village head socialises to village workers (Desa Sadar, since August 2017); the village government " +
					"registers the officials it employs and pays for the enrolments on its budget (Kemendagri and BPJS " +
					"Ketenagakerjaan guide for village governments, 6 March 2023; Permendagri 20/2018 budget objects " +
					"5.1.3.03–5.1.3.04); " +
					"which budget may pay for whom in which year is the village package's funding policy",
			}),
			VillageOfficial: one(VillageOfficial, desaSadar, outreach, regulation.Citation{
				Instrument: "BPJS Ketenagakerjaan, program Desa Sadar Jaminan Sosial Ketenagakerjaan",
				Confidence: regulation.Secondary,
				Note: "officials socialise and educate village workers (Desa Sadar, since August 2017); an official who " +
					"becomes an Agen Perisai acts as a separate partner with that role (village officials trained as agents in West Sumatra and Riau, press report of 30 October 2017)",
			}),
			Bhabinkamtibmas: one(Bhabinkamtibmas, d(2022, time.January, 1), outreach, regulation.Citation{
				Instrument: "MoU Polri – BPJS Ketenagakerjaan",
				Confidence: regulation.Secondary,
				Note: "MoU reported in January 2022, its day assumed 1 January 2022; the February 2023 follow-up has " +
					"Bhabinkamtibmas socialise and educate village workers with the Babinsa and the village head; nothing " +
					"found says they register members or handle money",
			}),
			Babinsa: one(Babinsa, d(2023, time.February, 15), outreach, regulation.Citation{
				Instrument: "BPJS Ketenagakerjaan membership director statement, 15 February 2023",
				Confidence: regulation.Unconfirmed,
				Note: "named one of the three pillars of the village asked to coordinate socialisation; no BPJS–TNI " +
					"agreement was found, and nothing says a Babinsa registers members or handles money",
			}),
			Agent: one(Agent, desaSadar, caps(Socialise, Educate, Refer, Register, Collect, Report),
				perisai("launched 2017–2018, assumed from 1 August 2017 with Desa Sadar; agents socialise, acquire "+
					"participants, administer membership and make sure contributions are paid, and may collect them")),
			BranchOfficer: one(BranchOfficer, programStart, caps(Socialise, Educate, Refer, Register, Verify, Report), regulation.Citation{
				Instrument: "UU 24/2011",
				Article:    "Pasal 10",
				Confidence: regulation.Secondary,
				Note:       "BPJS registers participants and manages their data; its branch verifies what partners bring in",
			}),
			RegencyOffice: regulation.MustTimeline(RegencyOffice.param(), []regulation.Entry[CapabilitySet]{{
				From: programStart, Until: d(2021, time.March, 24), Value: regencyCaps,
				Citation: regulation.Citation{
					Instrument: "cooperation agreements between regencies and BPJS Ketenagakerjaan",
					Confidence: regulation.Unconfirmed,
					Note: "regencies paid for village officials and vulnerable workers from their budget under cooperation " +
						"agreements (Kab. Kubu Raya: 1,300 officials of 136 villages, press report); no instrument found, start day assumed",
				},
			}, {
				From: d(2021, time.March, 25), Value: regencyCaps,
				Citation: regulation.Citation{
					Instrument: "Inpres 2/2021",
					Confidence: regulation.Secondary,
					Note:       "regional heads must budget contributions for non-civil-servant staff and vulnerable workers; Permendagri 27/2021 and 15/2023 repeat it",
				},
			}}),
			CollectionPartner: one(CollectionPartner, programStart, caps(Collect, Report), regulation.Citation{
				Instrument: "BPJS Ketenagakerjaan payment channels",
				Confidence: regulation.Secondary,
				Note:       "BPU may pay individually or through a group; banks and village-owned enterprises collect and pay in",
			}),
		},
		FeeRate: regulation.MustTimeline(FeeRateParam, []regulation.Entry[decimal.Decimal]{{
			From: perisaiStart, Value: decimal.RequireFromString("0.075"),
			Citation: perisai("7.5% of the contributions collected from the participants the agent recruited, reported " +
				"in 2018; the day it took effect is not known, assumed 1 August 2017 with the launch"),
		}}),
		WadahShare: regulation.MustTimeline(WadahShareParam, []regulation.Entry[decimal.Decimal]{{
			From: perisaiStart, Value: decimal.RequireFromString("0.10"),
			Citation: perisai("the wadah keeps 10% of the fee and the agent 90%, reported in 2018; assumed from the launch, 1 August 2017"),
		}}),
		Bonus: regulation.MustTimeline(BonusParam, []regulation.Entry[Bonus]{{
			From: perisaiStart, Value: Bonus{MinNewParticipants: 50, Amount: decimal.NewFromInt(500_000)},
			Citation: perisai("Rp500,000 in a month in which the agent recruits at least 50 new participants, reported in 2018; assumed from the launch, 1 August 2017"),
		}}),
		Suspension: regulation.MustTimeline(SuspensionParam, []regulation.Entry[Suspension]{{
			From: perisaiStart, Value: Suspension{IdleMonths: 3, RejoinAfterMonths: 6},
			Citation: perisai("an agent with no new participants and no collections for 3 months is cut off and may rejoin " +
				"after 6 months; reported by one branch in 2018, assumed from the launch, 1 August 2017"),
		}}),
		Target: village.DefaultTarget(),
	}
})

func cloneCaps(m map[Role]*regulation.Timeline[CapabilitySet]) map[Role]*regulation.Timeline[CapabilitySet] {
	out := make(map[Role]*regulation.Timeline[CapabilitySet], len(m))
	for r, t := range m {
		out[r] = t
	}
	return out
}

// orDefault returns p with every nil timeline replaced by the built-in one,
// in a Capabilities map of its own.
func (p Params) orDefault() Params {
	d := defaultParams()
	caps := make(map[Role]*regulation.Timeline[CapabilitySet], roles.Len())
	for _, r := range Roles() {
		if t := p.Capabilities[r]; t != nil {
			caps[r] = t
		} else if t := d.Capabilities[r]; t != nil {
			caps[r] = t
		}
	}
	p.Capabilities = caps
	fill(&p.FeeRate, d.FeeRate)
	fill(&p.WadahShare, d.WadahShare)
	fill(&p.Bonus, d.Bonus)
	fill(&p.Suspension, d.Suspension)
	fill(&p.Target, d.Target)
	return p
}

func fill[T any](t **regulation.Timeline[T], d *regulation.Timeline[T]) {
	if *t == nil {
		*t = d
	}
}

// ParameterNames returns the name of every parameter of this package, as
// override documents name them: the capabilities of each role in role order,
// then the fee rules and the target.
func ParameterNames() []string {
	var names []string
	for _, t := range DefaultParams().Timelines() {
		names = append(names, t.Name())
	}
	return names
}

// Timelines returns every parameter of p in the order of [ParameterNames],
// for listings such as "the rules in force on a date".
func (p Params) Timelines() []regulation.Describer {
	p = p.orDefault()
	var out []regulation.Describer
	for _, r := range Roles() {
		if t := p.Capabilities[r]; t != nil {
			out = append(out, t)
		}
	}
	return append(out, p.FeeRate, p.WadahShare, p.Bonus, p.Suspension, p.Target)
}

// CapabilitiesOf returns the capabilities of role r on day on, with the
// rule that grants them. A day before the role's first rule gives an error
// wrapping regulation.ErrNoRuleInForce that names the parameter and the day;
// so does every day for a role that has no timeline at all, neither in p nor
// built in.
func (p Params) CapabilitiesOf(r Role, on regulation.Date) (regulation.Entry[CapabilitySet], error) {
	if !r.IsValid() {
		return regulation.Entry[CapabilitySet]{}, problem.New(ErrUnknownRole, "role.unknown", "role", fmt.Sprint(uint8(r)),
			"peran tidak dikenal", "unknown role")
	}
	t := p.Capabilities[r]
	if t == nil {
		t = defaultParams().Capabilities[r]
	}
	if t == nil {
		// A role with no policy at all may do nothing on any day.
		return regulation.Entry[CapabilitySet]{}, problem.New(regulation.ErrNoRuleInForce, "regulation.no_rule_in_force", r.param(), on.String(),
			"tidak ada aturan yang berlaku untuk parameter ini pada tanggal tersebut",
			"no rule covers this parameter on that date")
	}
	return t.At(on)
}

// Permit reports whether role r may exercise capability c on day on. It
// returns nil when it may; otherwise an error wrapping [ErrNotPermitted]
// whose message names the role, the capability, the day and the rule in
// force (its parameter and citation), or the error of
// [Params.CapabilitiesOf].
func (p Params) Permit(r Role, c Capability, on regulation.Date) error {
	e, err := p.CapabilitiesOf(r, on)
	if err != nil {
		return err
	}
	if e.Value.Has(c) {
		return nil
	}
	rule := r.param() + ": " + e.Citation.String()
	return problem.New(ErrNotPermitted, "activity.not_permitted", "kind", c.String(),
		fmt.Sprintf("%s tidak boleh %s pada %s (aturan %s)", r.Name(problem.Indonesian), c.Name(problem.Indonesian), on, rule),
		fmt.Sprintf("%s may not %s on %s (rule %s)", withArticle(r.Name(problem.English)), c.Name(problem.English), on, rule))
}

// WithOverrides returns p with the entries of o put in place (see
// regulation.Apply). A parameter name that p does not have is an error, so
// that a misspelt name cannot be silently ignored; so is a value that does
// not decode into the parameter's type or breaks [Params.Validate]. Every
// problem is reported at once, wrapping regulation.ErrInvalidOverride or
// [ErrInvalidOptions].
//
// A capability override gives the role's whole set from its day on, such as
// "SOCIALISE+EDUCATE+REFER+REPORT"; a fee rate or share is a fraction
// written as a string, "0.075".
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	p = p.orDefault()
	var l problem.List
	for _, name := range o.Unknown(ParameterNames()...) {
		for i, e := range o.Overrides {
			if e.Parameter == name {
				l = append(l, problem.New(regulation.ErrInvalidOverride, "override.unknown_parameter",
					fmt.Sprintf("overrides[%d].parameter", i), name,
					"parameter tidak dikenal oleh paket partner", "the partner package has no parameter of this name"))
				break
			}
		}
	}
	if len(l) > 0 {
		return Params{}, l
	}
	for _, r := range Roles() {
		if t := p.Capabilities[r]; t != nil {
			l.Add(regulation.ApplyTo(&t, o))
			p.Capabilities[r] = t
		}
	}
	l.Add(regulation.ApplyTo(&p.FeeRate, o))
	l.Add(regulation.ApplyTo(&p.WadahShare, o))
	l.Add(regulation.ApplyTo(&p.Bonus, o))
	l.Add(regulation.ApplyTo(&p.Suspension, o))
	l.Add(regulation.ApplyTo(&p.Target, o))
	l.Add(p.Validate())
	if len(l) > 0 {
		return Params{}, l
	}
	return p, nil
}

// Validate checks every value of every entry of p: fee rate and wadah share
// from 0 to 1, a bonus of at least one new participant and a whole,
// non-negative amount, a suspension of at least one idle month and one month
// out, and a target of at least one worker. Every problem is reported at
// once, wrapping [ErrInvalidOptions], with the parameter and the entry's
// first day in the field ("agent.fee_rate[2017-08-01]").
func (p Params) Validate() error {
	p = p.orDefault()
	var l problem.List
	bad := func(name string, from regulation.Date, value, id, en string) {
		l = append(l, problem.New(ErrInvalidOptions, "params.range", name+"["+from.String()+"]", value, id, en))
	}
	one := decimal.NewFromInt(1)
	for _, t := range []*regulation.Timeline[decimal.Decimal]{p.FeeRate, p.WadahShare} {
		for _, e := range t.Entries() {
			if e.Value.IsNegative() || e.Value.GreaterThan(one) {
				bad(t.Name(), e.From, e.Value.String(), "nilai harus pecahan dari 0 sampai 1", "the value must be a fraction from 0 to 1")
			}
		}
	}
	for _, e := range p.Bonus.Entries() {
		if e.Value.MinNewParticipants < 1 || e.Value.Amount.IsNegative() || !e.Value.Amount.IsInteger() {
			bad(BonusParam, e.From, fmt.Sprintf("%d/%s", e.Value.MinNewParticipants, e.Value.Amount),
				"bonus perlu minimal 1 peserta baru dan jumlah rupiah bulat yang tidak negatif",
				"a bonus needs at least 1 new participant and a whole, non-negative amount of rupiah")
		}
	}
	for _, e := range p.Suspension.Entries() {
		if e.Value.IdleMonths < 1 || e.Value.RejoinAfterMonths < 1 {
			bad(SuspensionParam, e.From, fmt.Sprintf("%d/%d", e.Value.IdleMonths, e.Value.RejoinAfterMonths),
				"masa tanpa kegiatan dan masa skors minimal 1 bulan", "the idle months and the months out must each be at least 1")
		}
	}
	for _, e := range p.Target.Entries() {
		if e.Value < 1 {
			bad(p.Target.Name(), e.From, fmt.Sprint(e.Value), "target minimal 1 pekerja per desa", "the target must be at least 1 worker per village")
		}
	}
	return l.Err()
}

// withArticle puts "a" or "an" before an English noun phrase.
func withArticle(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}
