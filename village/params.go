package village

import (
	"fmt"
	"maps"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// SiltapMinimum is the lowest monthly fixed income (penghasilan tetap,
// siltap) a village may pay its head, its secretary and its other
// officials.
type SiltapMinimum struct {
	// Head is the minimum for the village head (120% of the base).
	Head decimal.Decimal `json:"head"`
	// Secretary is the minimum for the village secretary (110%).
	Secretary decimal.Decimal `json:"secretary"`
	// Official is the minimum for the other officials (100%).
	Official decimal.Decimal `json:"official"`
}

// For returns the minimum for a group, and false for a group that is not
// an official.
func (m SiltapMinimum) For(g Group) (decimal.Decimal, bool) {
	switch g {
	case Head:
		return m.Head, true
	case Secretary:
		return m.Secretary, true
	case Official:
		return m.Official, true
	}
	return decimal.Decimal{}, false
}

// Account is a line of the village budget (APBDes) in the chart of
// accounts of Permendagri 20/2018: the activity (kegiatan) and the object
// of expense (objek belanja).
type Account struct {
	// Activity is the activity code, such as "1.1.03" (Penyediaan Jaminan
	// Sosial bagi Kepala Desa dan Perangkat Desa).
	Activity string `json:"activity,omitempty"`
	// Object is the object-of-expense code, such as "5.1.3.03" (employment
	// social security for the village head).
	Object string `json:"object,omitempty"`
}

// IsZero reports whether the account is unassigned.
func (a Account) IsZero() bool { return a == Account{} }

// String returns the account as "1.1.03/5.1.3.03", or "" when unassigned.
func (a Account) String() string {
	if a.IsZero() {
		return ""
	}
	return a.Activity + "/" + a.Object
}

// Accounts maps each group to its budget account.
type Accounts map[Group]Account

// Params holds the dated, cited parameters of village planning. Each is a
// regulation.Timeline, so a caller can replace any of it (a regency's own
// policy, a new circular on Dana Desa) with regulation.Timeline.With or a
// JSON override document ([Params.WithOverrides]) without changing code.
//
// A fiscal year's funding policy, siltap minimum and accounts are looked up
// on its first day (1 January); its target on its last day (31 December).
type Params struct {
	// Target is the number of covered workers a village aims for
	// (TargetParam); see [DefaultTarget].
	Target *regulation.Timeline[int]
	// Criteria are the desa-sadar criteria (CriteriaParam); see
	// [DefaultCriteria].
	Criteria *regulation.Timeline[Criteria]
	// Siltap is the minimum fixed income of officials
	// ("village.siltap.minimum"). A plan warns about an official paid less;
	// a year with no minimum in force is not checked.
	Siltap *regulation.Timeline[SiltapMinimum]
	// Accounts are the default budget accounts by group
	// ("village.budget.accounts"). A group with no account here and none in
	// its [Package] is planned under an unassigned account.
	Accounts *regulation.Timeline[Accounts]
	// Funding says, for each source, which groups it may pay for
	// ("village.funding.<source>", such as "village.funding.dana_desa").
	// A source with no timeline, or no entry in force for the fiscal year,
	// has no known policy: strict plans refuse it, others warn.
	Funding map[Source]*regulation.Timeline[GroupSet]
}

func date(y int, m time.Month, d int) regulation.Date { return regulation.MustDate(y, m, d) }

func cite(instrument, article string, c regulation.Confidence, note string) regulation.Citation {
	return regulation.Citation{Instrument: instrument, Article: article, Confidence: c, Note: note,
		Indonesian: regulation.Wording{Instrument: instrumentsID[instrument], Note: notesID[note]}}
}

// instrumentsID words in Indonesian the instruments of this package's
// citations whose English wording has descriptive words; an instrument
// that is a bare name (Permendagri 20/2018) reads the same in both
// languages.
var instrumentsID = map[string]string{
	"BPJS Ketenagakerjaan statement, 15 February 2023": "pernyataan BPJS Ketenagakerjaan, 15 Februari 2023",
	"no rule found (default of this module)":           "tidak ditemukan aturan (bawaan modul ini)",
	"Inpres 2/2021; Permendagri 27/2021 and 15/2023":   "Inpres 2/2021; Permendagri 27/2021 dan 15/2023",
}

// FundingParam returns the name of a source's funding-policy parameter,
// "village.funding.dana_desa" and so on.
func FundingParam(s Source) string { return "village.funding." + s.String() }

// Parameter names of the siltap minimum and the budget accounts.
const (
	SiltapParam   = "village.siltap.minimum"
	AccountsParam = "village.budget.accounts"
)

// DefaultParams returns the parameters as this module knows them. Every
// value carries its citation and confidence; where the law is unknown the
// default is a documented policy choice marked unconfirmed:
//
//   - Dana Desa: 2023 allowed for RT/RW heads, community, cash-for-work and
//     vulnerable workers (secondary: a BPJS statement that does not name the
//     article; officials and BPD members are left out, since their siltap
//     and allowances come from ADD); 2024 not allowed for any group (text:
//     Kemendes circular 4/PRI.00/I/2024); 2025 not allowed (unconfirmed: no
//     rule found, so the 2024 prohibition is kept as the safe default); from
//     2026 allowed for cash-for-work workers only (secondary: Permendes
//     16/2025 allows "at least" them; other groups stay not allowed until
//     confirmed). Before 2023 there is no entry: a plan using Dana Desa then
//     has no known policy.
//   - ADD: every group (secondary for officials, whose siltap it pays).
//   - PADes, province and regency assistance, CSR: every group (unconfirmed:
//     no rule restricting them was found).
//   - APBD: every group (secondary from Inpres 2/2021 on; unconfirmed before).
//   - The worker paying their own contribution: every group but the
//     officials, whose employer's share no worker can pay (secondary).
//   - Siltap minimum from January 2020: Rp2,426,640, Rp2,224,420 and
//     Rp2,022,200 (secondary; PP 11/2019 Pasal 81).
//   - Accounts from fiscal year 2019: activity 1.1.03 with object 5.1.3.03
//     for the village head and 5.1.3.04 for the secretary and officials
//     (secondary; Permendagri 20/2018). Other groups have no default.
//
// DefaultParams returns new timelines on each call; they are immutable and
// safe for concurrent use.
func DefaultParams() Params {
	var p Params
	params.Init(&p)
	return p
}

// params declares every parameter of [Params] once, in the order of
// [Params.Names]: the target, the criteria, the siltap minimum, the
// accounts, then one funding policy per source in the order of [Sources],
// each with its entries from [fundingPolicies]. The defaults, the names,
// the listing and the overrides all come from this list.
var params = declareParams()

func declareParams() regulation.Params[Params] {
	ps := regulation.Params[Params]{
		regulation.Param[Params, int]{
			Name:    TargetParam,
			Field:   func(p *Params) **regulation.Timeline[int] { return &p.Target },
			Entries: func() []regulation.Entry[int] { return DefaultTarget().Entries() },
		},
		regulation.Param[Params, Criteria]{
			Name:    CriteriaParam,
			Field:   func(p *Params) **regulation.Timeline[Criteria] { return &p.Criteria },
			Entries: func() []regulation.Entry[Criteria] { return DefaultCriteria().Entries() },
		},
		regulation.Param[Params, SiltapMinimum]{
			Name:  SiltapParam,
			Field: func(p *Params) **regulation.Timeline[SiltapMinimum] { return &p.Siltap },
			Entries: func() []regulation.Entry[SiltapMinimum] {
				return []regulation.Entry[SiltapMinimum]{{
					From: date(2020, time.January, 1),
					Value: SiltapMinimum{
						Head: decimal.NewFromInt(2_426_640), Secretary: decimal.NewFromInt(2_224_420), Official: decimal.NewFromInt(2_022_200),
					},
					Citation: cite("PP 11/2019", "Pasal 81", regulation.Secondary,
						"120%, 110% and 100% of the basic pay of a civil servant in grade II/a (Rp2,022,200 in the pay scale of PP 15/2019); reported to apply from January 2020; whether later civil-service pay rises raised these amounts is unconfirmed"),
				}}
			},
		},
		regulation.Param[Params, Accounts]{
			Name:  AccountsParam,
			Field: func(p *Params) **regulation.Timeline[Accounts] { return &p.Accounts },
			Entries: func() []regulation.Entry[Accounts] {
				return []regulation.Entry[Accounts]{{
					From: date(2019, time.January, 1),
					Value: Accounts{
						Head:      {Activity: "1.1.03", Object: "5.1.3.03"},
						Secretary: {Activity: "1.1.03", Object: "5.1.3.04"},
						Official:  {Activity: "1.1.03", Object: "5.1.3.04"},
					},
					Citation: cite("Permendagri 20/2018", "Lampiran (kode rekening)", regulation.Secondary,
						"expense type 5.1.3 Jaminan Sosial Kepala Desa dan Perangkat Desa; activity 1.1.03; the codes agree across village-finance software; assumed to apply from fiscal year 2019; regions add local codes"),
				}}
			},
		},
	}
	for _, s := range Sources {
		ps = append(ps, fundingParam{s})
	}
	return ps
}

var programStart = date(2015, time.July, 1)

// fundingPolicies are the built-in entries of each source's funding
// policy ([FundingParam]), with their citations. A source added to the
// table of sources needs its entries here; its table test fails otherwise.
var fundingPolicies = map[Source]func() []regulation.Entry[GroupSet]{
	DanaDesa: func() []regulation.Entry[GroupSet] {
		villageGroups := SetOfGroups(Neighbourhood, Community, CashForWork, Informal)
		return []regulation.Entry[GroupSet]{
			{
				From: date(2023, time.January, 1), Until: date(2023, time.December, 31), Value: villageGroups,
				Citation: cite("BPJS Ketenagakerjaan statement, 15 February 2023", "", regulation.Secondary,
					"BPJS said village workers may be covered from Dana Desa under rules of the home affairs, finance and villages ministries, without naming an article; officials and BPD members are not included because their siltap and allowances, and the contributions on them, come from ADD"),
			},
			{
				From: date(2024, time.January, 1), Until: date(2024, time.December, 31), Value: 0,
				Citation: cite("Surat Edaran Kemendes 4/PRI.00/I/2024", "", regulation.Text,
					"5 January 2024, based on Permendagri 15/2023: contributions for village officials, RT/RW and vulnerable workers are the regional government's (APBD), not Dana Desa"),
			},
			{
				From: date(2025, time.January, 1), Until: date(2025, time.December, 31), Value: 0,
				Citation: cite("Permendes 2/2024", "", regulation.Unconfirmed,
					"the 2025 Dana Desa priorities were found to say nothing of contributions; this default keeps the 2024 prohibition; override it when the rule is confirmed"),
			},
			{
				From: date(2026, time.January, 1), Value: SetOfGroups(CashForWork),
				Citation: cite("Permendes 16/2025", "", regulation.Secondary,
					"allowed again at least for Padat Karya Tunai Desa (cash-for-work) workers; other groups are not allowed by default until confirmed"),
			},
		}
	},
	ADD: func() []regulation.Entry[GroupSet] {
		return []regulation.Entry[GroupSet]{{
			From: programStart, Value: AllGroups,
			Citation: cite("PP 43/2014 jo. PP 11/2019", "Pasal 81; Pasal 100", regulation.Secondary,
				"ADD pays officials' siltap and allowances and is the usual source of their contributions; its use for other groups is decided in the village budget and no rule against it was found"),
		}}
	},
	PADes: func() []regulation.Entry[GroupSet] {
		return []regulation.Entry[GroupSet]{{
			From: programStart, Value: AllGroups,
			Citation: cite("Permendagri 20/2018", "", regulation.Unconfirmed, "a village's own revenue; no rule restricting it for contributions was found"),
		}}
	},
	ProvinceAid: func() []regulation.Entry[GroupSet] {
		return []regulation.Entry[GroupSet]{{
			From: programStart, Value: AllGroups,
			Citation: cite("Permendagri 20/2018", "", regulation.Unconfirmed, "financial assistance is spent as the granting province specifies; this default allows every group"),
		}}
	},
	RegencyAid: func() []regulation.Entry[GroupSet] {
		return []regulation.Entry[GroupSet]{{
			From: programStart, Value: AllGroups,
			Citation: cite("Permendagri 20/2018", "", regulation.Unconfirmed, "financial assistance is spent as the granting regency specifies; this default allows every group"),
		}}
	},
	APBD: func() []regulation.Entry[GroupSet] {
		return []regulation.Entry[GroupSet]{
			{
				From: programStart, Until: date(2021, time.March, 24), Value: AllGroups,
				Citation: cite("no rule found (default of this module)", "", regulation.Unconfirmed, "no rule on regencies paying contributions before Inpres 2/2021 was found; allowed by default"),
			},
			{
				From: date(2021, time.March, 25), Value: AllGroups,
				Citation: cite("Inpres 2/2021; Permendagri 27/2021 and 15/2023", "", regulation.Secondary,
					"regional heads budget contributions for non-civil-servant staff, village officials, RT/RW and vulnerable workers"),
			},
		}
	},
	CSR: func() []regulation.Entry[GroupSet] {
		return []regulation.Entry[GroupSet]{{
			From: programStart, Value: AllGroups,
			Citation: cite("no rule found (default of this module)", "", regulation.Unconfirmed, "no rule restricting a sponsor was found"),
		}}
	},
	SelfPaid: func() []regulation.Entry[GroupSet] {
		nonOfficials := SetOfGroups(BPD, Neighbourhood, Community, CashForWork, Informal)
		return []regulation.Entry[GroupSet]{{
			From: programStart, Value: nonOfficials,
			Citation: cite("PP 44/2015 jo. PP 49/2023", "Pasal 5 ayat (3)", regulation.Secondary,
				"a non-wage participant pays their own contribution; an official's employer share is the village government's and cannot be paid by the official"),
		}}
	},
}

// fundingParam declares the funding policy of one source, held in the map
// [Params.Funding] rather than in a field of its own.
type fundingParam struct{ s Source }

func (f fundingParam) ParamName() string { return FundingParam(f.s) }

// Init puts the source's built-in policy in p; a source without entries in
// [fundingPolicies] gets none, which its table test reports.
func (f fundingParam) Init(p *Params) {
	entries, ok := fundingPolicies[f.s]
	if !ok {
		return
	}
	if p.Funding == nil {
		p.Funding = make(map[Source]*regulation.Timeline[GroupSet])
	}
	p.Funding[f.s] = regulation.MustTimeline(f.ParamName(), entries())
}

func (f fundingParam) Timeline(p Params) (regulation.Describer, bool) {
	t := p.Funding[f.s]
	if t == nil {
		return nil, false
	}
	return t, true
}

// Apply puts the override entries for the source in place; a source that
// p has no policy for gets one built from them alone (with gaps allowed).
// p's map is cloned before it is changed.
func (f fundingParam) Apply(p *Params, o regulation.Overrides) error {
	t := p.Funding[f.s]
	var err error
	if t == nil {
		t, err = newFundingFrom(f.s, o)
	} else {
		t, err = regulation.Apply(t, o)
	}
	if err != nil || t == nil || t == p.Funding[f.s] {
		return err
	}
	p.Funding = maps.Clone(p.Funding)
	if p.Funding == nil {
		p.Funding = make(map[Source]*regulation.Timeline[GroupSet])
	}
	p.Funding[f.s] = t
	return nil
}

func (f fundingParam) Set(p *Params, d regulation.Describer) bool {
	t, ok := d.(*regulation.Timeline[GroupSet])
	if !ok || t == nil || t.Name() != f.ParamName() {
		return false
	}
	p.Funding = maps.Clone(p.Funding)
	if p.Funding == nil {
		p.Funding = make(map[Source]*regulation.Timeline[GroupSet])
	}
	p.Funding[f.s] = t
	return true
}

func (f fundingParam) CheckValues(Params) error { return nil }

// Names returns the name of every parameter of p, in a fixed order.
func (p Params) Names() []string { return params.Names() }

// Timelines returns every parameter of p in a form that does not depend on
// its Go type, in the order of [Params.Names], for listings such as "the
// rules in force on a date". Missing timelines are left out.
func (p Params) Timelines() []regulation.Describer { return params.Timelines(p) }

// WithOverrides returns a copy of p with the entries of an override
// document put in place (see regulation.Apply). A parameter name that is not
// one of [Params.Names] is an error wrapping ErrInvalidParams, so a
// misspelt name never passes silently; so is a value that does not decode.
// Every problem is reported at once.
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	var l problem.List
	for _, name := range o.Unknown(p.Names()...) {
		l.Add(problem.New(ErrInvalidParams, CodeParams, "overrides", name,
			"Parameter tidak dikenal oleh paket village.", "The village package has no such parameter."))
	}
	if err := l.Err(); err != nil {
		return p, err
	}
	// Every parameter but a source's funding policy is required.
	for _, q := range params {
		if _, funding := q.(fundingParam); funding {
			continue
		}
		if _, ok := q.Timeline(p); !ok {
			l.Add(problem.New(ErrInvalidParams, CodeParams, "params", "",
				"Parameter kosong.", "A parameter is missing."))
		}
	}
	out := p
	for _, q := range params {
		l.Add(q.Apply(&out, o))
	}
	if err := l.Err(); err != nil {
		return p, err
	}
	return out, nil
}

// newFundingFrom builds the funding timeline of a source that p lacks from
// the override entries naming it, or returns nil when there are none.
func newFundingFrom(s Source, o regulation.Overrides) (*regulation.Timeline[GroupSet], error) {
	name := FundingParam(s)
	var entries []regulation.Entry[GroupSet]
	for i, ov := range o.Overrides {
		if ov.Parameter != name {
			continue
		}
		var v GroupSet
		if err := v.UnmarshalText(trimQuotes(ov.Value)); err != nil {
			return nil, problem.New(ErrInvalidParams, CodeParams, fmt.Sprintf("overrides[%d].value", i), string(ov.Value),
				"Nilai kelompok tidak dapat dibaca.", "The group set cannot be read.")
		}
		entries = append(entries, regulation.Entry[GroupSet]{From: ov.From, Until: ov.Until, Value: v, Citation: ov.Citation})
	}
	if len(entries) == 0 {
		return nil, nil
	}
	return regulation.NewTimeline(name, entries, regulation.AllowGaps())
}

func trimQuotes(b []byte) []byte {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		return b[1 : len(b)-1]
	}
	return b
}

// Package is what a group is enrolled in by default: its segment, programs,
// declared income, funding source, who pays a wage earner's own share, and
// its budget account. Each field of an [Enrolment] that is left empty takes
// the group's package value.
type Package struct {
	// Segment is PU (wage earner) for the officials and BPU (non-wage) for
	// everyone else by default.
	Segment membership.Segment `json:"segment"`
	// Scale is the business scale of the employer, for PU. The village
	// government is registered as a micro employer by default (see
	// [DefaultPackages]).
	Scale membership.BusinessScale `json:"business_scale,omitzero"`
	// RiskGroup is the employer's JKK risk group, for PU: very low (0.24%)
	// for a village government.
	RiskGroup contribution.RiskGroup `json:"risk_group,omitzero"`
	// Programs are the programs taken.
	Programs membership.ProgramSet `json:"programs"`
	// Basis is the default declared income of a BPU participant. Wage
	// earners have no default: their siltap is given per person.
	Basis decimal.Decimal `json:"basis,omitzero"`
	// Source is the default funding source.
	Source Source `json:"source"`
	// WorkerShare is who pays a wage earner's own share by default.
	WorkerShare WorkerShare `json:"worker_share,omitzero"`
	// Account, when set, is the budget account of the group in place of
	// the one in [Params.Accounts].
	Account Account `json:"account,omitzero"`
}

// DefaultPackages returns the package of each group:
//
//   - Head, Secretary, Official: PU employed by the village government, JKK
//     and JKM, at the very-low risk group (JKK 0.24%), paid from ADD, the
//     worker paying their own share of any JHT or JP. The village government
//     is registered as a micro employer: Perpres 109/2013 Pasal 6 then
//     requires JKK and JKM only, which is the package secondary sources
//     report as usual for officials, and leaves JHT and JP as options a
//     village or regency may add (as Kab. Semarang requires for its heads).
//   - BPD, Neighbourhood, Community, Informal: BPU with JKK and JKM on the
//     lowest declared income, Rp1,000,000 (the bottom of the income list of
//     PP 44/2015 Lampiran II, secondary: the contribution parameter
//     "bpu.income.range"; Rp16,800 a month at normal rates), paid from ADD.
//   - CashForWork: the same, paid from Dana Desa, whose cash-for-work
//     projects they work on.
//
// A caller replaces any group's package with [Options.Packages].
func DefaultPackages() map[Group]Package {
	official := Package{
		Segment: membership.PU, Scale: membership.Micro, RiskGroup: contribution.VeryLowRisk,
		Programs: membership.SetOf(membership.JKK, membership.JKM), Source: ADD, WorkerShare: WorkerPays,
	}
	bpu := Package{
		Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM),
		// The lowest declared income (PP 44/2015 Lampiran II, secondary), as
		// the contribution parameter bpu.income.range has it.
		Basis: decimal.NewFromInt(1_000_000), Source: ADD,
	}
	pkt := bpu
	pkt.Source = DanaDesa
	return map[Group]Package{
		Head: official, Secretary: official, Official: official,
		BPD: bpu, Neighbourhood: bpu, Community: bpu, CashForWork: pkt, Informal: bpu,
	}
}
