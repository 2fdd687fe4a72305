package benefit

import (
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// DeathAmounts is the JKM death benefit (non-work death): three cash parts.
type DeathAmounts struct {
	// LumpSum is the santunan sekaligus (santunan kematian).
	LumpSum decimal.Decimal `json:"lump_sum"`
	// Periodic is the santunan berkala, paid at once.
	Periodic decimal.Decimal `json:"periodic"`
	// PeriodicMonths is the number of monthly amounts Periodic stands for.
	PeriodicMonths int `json:"periodic_months"`
	// Funeral is the biaya pemakaman.
	Funeral decimal.Decimal `json:"funeral"`
}

// Total returns the cash total.
func (a DeathAmounts) Total() decimal.Decimal { return a.LumpSum.Add(a.Periodic).Add(a.Funeral) }

// LevelRule is what the scholarship pays for one level of education.
type LevelRule struct {
	// Level is the level of education.
	Level Level `json:"level"`
	// PerYear is the amount per child per year.
	PerYear decimal.Decimal `json:"per_year"`
	// Years is the most years the level is paid.
	Years int `json:"years"`
}

// ScholarshipRule is the scholarship (beasiswa) of JKM and JKK.
type ScholarshipRule struct {
	// LumpSum, when not zero, is the rule before PP 82/2019: one amount per
	// participant, paid once, whatever the children's levels.
	LumpSum decimal.Decimal `json:"lump_sum,omitzero"`
	// MaxChildren is the most children paid for.
	MaxChildren int `json:"max_children"`
	// Levels are the amounts per level, in order of level, when LumpSum is zero.
	Levels []LevelRule `json:"levels,omitempty"`
	// Ceiling is the most paid for all children together.
	Ceiling decimal.Decimal `json:"ceiling,omitzero"`
	// StopAge is the age at which payment stops (the child's birthday
	// ends it); zero when the rule sets none.
	StopAge int `json:"stop_age,omitempty"`
	// JKMMinMonths is the contribution period (masa iur) a non-work death
	// needs for the scholarship.
	JKMMinMonths int `json:"jkm_min_months"`
	// JKKMinMonths is the contribution period a work death or total
	// permanent disability needs.
	JKKMinMonths int `json:"jkk_min_months"`
	// PaidFrom is the first day payments could be made, when the
	// implementing rule came later than the entitlement.
	PaidFrom regulation.Date `json:"paid_from,omitzero"`
}

// level returns the rule of one level, and whether there is one.
func (s ScholarshipRule) level(l Level) (LevelRule, bool) {
	for _, r := range s.Levels {
		if r.Level == l {
			return r, true
		}
	}
	return LevelRule{}, false
}

// WorkDeathRule is the JKK death benefit: a multiple of the monthly wage
// with a floor.
type WorkDeathRule struct {
	// Multiple is the number of monthly wages paid, 48.
	Multiple decimal.Decimal `json:"multiple"`
	// Floor is the least paid, zero when no floor is known.
	Floor decimal.Decimal `json:"floor"`
}

// DisabilityEntry is one line of the anatomical-loss table (PP 44/2015
// Lampiran III): a body part or function and its percentage.
type DisabilityEntry struct {
	// Code is the caller's key for the line, such as "III.A.12".
	Code string `json:"code"`
	// Name is the line's text as the annex gives it.
	Name string `json:"name"`
	// Percent is the percentage of the table, from 0% to 100%.
	Percent contribution.Rate `json:"percent"`
}

// PartialDisabilityRule is the JKK partial permanent disability formula:
// percentage × Multiple × monthly wage, the percentage from the table (or
// given by the caller).
type PartialDisabilityRule struct {
	// Multiple is the number of monthly wages of a 100% loss, 80.
	Multiple decimal.Decimal `json:"multiple"`
	// Table is the anatomical-loss table; empty until a caller loads the
	// official Lampiran III.
	Table []DisabilityEntry `json:"table"`
}

// IncapacityStep is one step of a schedule paid month by month: a share of
// the wage for a number of months.
type IncapacityStep struct {
	// Months is the number of months of the step; zero for the last step,
	// which runs until recovery (or, for JKP, is never used).
	Months int `json:"months"`
	// Percent is the share of the wage paid in each month of the step.
	Percent contribution.Rate `json:"percent"`
}

// JKKAmounts is the flat JKK amounts on a death or total permanent
// disability from a work accident.
type JKKAmounts struct {
	// Periodic is the periodic benefit (santunan berkala), paid at once.
	Periodic decimal.Decimal `json:"periodic"`
	// Funeral is the funeral cost on a death.
	Funeral decimal.Decimal `json:"funeral"`
}

// TransportCeilings is the most JKK pays for transporting the injured.
type TransportCeilings struct {
	// Land is by land, river or lake.
	Land decimal.Decimal `json:"land"`
	// Sea is by sea.
	Sea decimal.Decimal `json:"sea"`
	// Air is by air.
	Air decimal.Decimal `json:"air"`
}

// MedicalRule is JKK medical care.
type MedicalRule struct {
	// Unlimited says that care is paid by medical need, with no cost ceiling.
	Unlimited bool `json:"unlimited"`
	// HomeCareMonths is the most months of home care, zero when none.
	HomeCareMonths int `json:"home_care_months"`
	// HomeCareMax is the most paid for home care.
	HomeCareMax decimal.Decimal `json:"home_care_max"`
}

// JHTRule is the JHT payout rule of PP 46/2015 Pasal 22.
type JHTRule struct {
	// Age is the age at which the whole balance is paid.
	Age int `json:"age"`
	// PartialMinYears is the membership a partial claim needs.
	PartialMinYears int `json:"partial_min_years"`
	// PartialRetirement is the most of the balance a partial claim to
	// prepare for retirement takes.
	PartialRetirement contribution.Rate `json:"partial_retirement"`
	// PartialHousing is the most of the balance a partial claim for housing
	// takes. A participant makes one partial claim only.
	PartialHousing contribution.Rate `json:"partial_housing"`
}

// JHTExitRule is when a participant who stops working before the JHT age
// may take the whole balance (Permenaker 4/2022).
type JHTExitRule struct {
	// WaitMonths is the wait after a resignation or dismissal.
	WaitMonths int `json:"wait_months"`
}

// PensionRule is the JP old-age pension formula (PP 45/2015 Pasal 17).
type PensionRule struct {
	// Accrual is the share of the average wage earned per year of
	// contributions, 1%.
	Accrual contribution.Rate `json:"accrual"`
	// MinMonths is the contribution period a monthly pension needs.
	MinMonths int `json:"min_months"`
	// MaxDeferYears is the most years after the retirement age the pension
	// may start for someone still working.
	MaxDeferYears int `json:"max_defer_years"`
}

// PensionLimits is the least and most monthly pension of one year.
type PensionLimits struct {
	// Min is the least monthly pension.
	Min decimal.Decimal `json:"min"`
	// Max is the most monthly pension.
	Max decimal.Decimal `json:"max"`
}

// JKPRule is the JKP cash benefit.
type JKPRule struct {
	// Steps is the share of the wage paid in each month.
	Steps []IncapacityStep `json:"steps"`
	// ClaimMonths is how many months after the dismissal the claim must be
	// made.
	ClaimMonths int `json:"claim_months"`
}

// JKPEligibility is who may claim JKP. The enrolment age limit (54) is
// membership's "jkp.registration_age_limit".
type JKPEligibility struct {
	// MinMonths is the contribution months needed within WindowMonths.
	MinMonths int `json:"min_months"`
	// WindowMonths is the window before the dismissal MinMonths count in.
	WindowMonths int `json:"window_months"`
	// MinConsecutive is how many of them must be paid in a row.
	MinConsecutive int `json:"min_consecutive"`
}

// Params is the whole set of dated, cited benefit parameters. The rules
// that membership already holds are not repeated here: the JP retirement
// age ("jp.retirement_age"), the JKP enrolment age limit
// ("jkp.registration_age_limit") and the BPU lapse ("bpu.lapse_months")
// come from the membership parameters of the contribution calculator the
// [Estimator] is built with.
// [DefaultParams]
// returns the law as this module knows it; a caller replaces a timeline
// (regulation.Timeline.With) or applies a JSON override document with
// [Params.WithOverrides]. Each field's doc names the parameter as override
// documents name it.
type Params struct {
	// Death is "benefit.jkm.death": the JKM cash amounts.
	Death *regulation.Timeline[DeathAmounts]
	// Scholarship is "benefit.scholarship": the scholarship rule.
	Scholarship *regulation.Timeline[ScholarshipRule]
	// WorkDeath is "benefit.jkk.death": the JKK death multiple and floor.
	WorkDeath *regulation.Timeline[WorkDeathRule]
	// TotalDisability is "benefit.jkk.total_disability": the wage multiple
	// of total permanent disability.
	TotalDisability *regulation.Timeline[decimal.Decimal]
	// PartialDisability is "benefit.jkk.partial_disability": the partial
	// permanent disability formula and table.
	PartialDisability *regulation.Timeline[PartialDisabilityRule]
	// Incapacity is "benefit.jkk.temporary_incapacity": the STMB schedule.
	Incapacity *regulation.Timeline[[]IncapacityStep]
	// JKKAmounts is "benefit.jkk.amounts": periodic benefit and funeral cost.
	JKKAmounts *regulation.Timeline[JKKAmounts]
	// Transport is "benefit.jkk.transport": transport ceilings.
	Transport *regulation.Timeline[TransportCeilings]
	// Medical is "benefit.jkk.medical": medical care and home care.
	Medical *regulation.Timeline[MedicalRule]
	// ClaimLapse is "benefit.jkk.claim_lapse_years": the years after the
	// accident within which a JKK claim must be made.
	ClaimLapse *regulation.Timeline[int]
	// Yield is "benefit.jht.yield", a sparse timeline with one entry per
	// year: the declared JHT development yield.
	Yield *regulation.Timeline[contribution.Rate]
	// JHT is "benefit.jht.claim": the JHT payout rule.
	JHT *regulation.Timeline[JHTRule]
	// JHTExit is "benefit.jht.exit": the claim on leaving work.
	JHTExit *regulation.Timeline[JHTExitRule]
	// Pension is "benefit.jp.formula": the JP formula.
	Pension *regulation.Timeline[PensionRule]
	// PensionLimits is "benefit.jp.limits", a sparse timeline with one entry
	// per year: the least and most monthly pension.
	PensionLimits *regulation.Timeline[PensionLimits]
	// JKP is "benefit.jkp.cash": the JKP cash benefit.
	JKP *regulation.Timeline[JKPRule]
	// JKPWageCap is "benefit.jkp.wage_cap": the highest wage JKP pays on.
	JKPWageCap *regulation.Timeline[decimal.Decimal]
	// JKPEligibility is "benefit.jkp.eligibility": who may claim JKP.
	JKPEligibility *regulation.Timeline[JKPEligibility]
}

func day(y int, m time.Month, d int) regulation.Date { return regulation.MustDate(y, m, d) }

func idr(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

func cite(instrument, article string, c regulation.Confidence, note string) regulation.Citation {
	return regulation.Citation{Instrument: instrument, Article: article, Confidence: c, Note: note,
		Indonesian: regulation.Wording{Instrument: instrumentsID[instrument]}}
}

// instrumentsID words in Indonesian the instruments of this package's
// citations whose English wording has descriptive words; an instrument
// that is a bare name (PP 44/2015) reads the same in both languages.
var instrumentsID = map[string]string{
	"BPJS Ketenagakerjaan, declared JHT yield 2016": "BPJS Ketenagakerjaan, hasil pengembangan JHT yang diumumkan untuk 2016",
	"BPJS Ketenagakerjaan, declared JHT yield 2020": "BPJS Ketenagakerjaan, hasil pengembangan JHT yang diumumkan untuk 2020",
}

// The days the benefit rules change on.
var (
	programStart = day(2015, 7, 1)  // PP 44/2015, PP 45/2015, PP 46/2015
	pp82         = day(2019, 12, 2) // PP 82/2019, promulgated and in force (Pasal II)
	beforePP82   = day(2019, 12, 1)
	jkpStart     = day(2021, 2, 2) // PP 37/2021
	pp6          = day(2025, 2, 7) // PP 6/2025
	permenaker4  = day(2022, 4, 28)
)

const (
	pp82Note  = "PP 82/2019 applies to a death or accident on or after 2 December 2019, the day it was promulgated (Pasal II), not to the day the claim is filed"
	levelNote = "amounts per level reported from bpjsketenagakerjaan.go.id; the per-child maximum of Rp87,000,000 and the Rp174,000,000 for two children are their sums; payment stops at the child's 23rd birthday (reported as \"under 23\", encoded as stopping on the birthday), on marriage or work; a year pays the amount of the level the child is in that year"
)

// DefaultParams returns the benefit parameters as this module knows the law;
// every value carries its citation and confidence. Values the domain sources
// did not find are left out (a lookup is then an error wrapping
// regulation.ErrNoRuleInForce) or marked unconfirmed.
func DefaultParams() Params {
	var p Params
	params.Init(&p)
	return p
}

// params declares every benefit parameter once, in the order of its
// listings: its name, where [Params] keeps it, and its built-in entries with
// their citations. Names, defaults, the listing and overrides derive from it.
var params = regulation.Params[Params]{
	regulation.Param[Params, DeathAmounts]{
		Name:  "benefit.jkm.death",
		Field: func(p *Params) **regulation.Timeline[DeathAmounts] { return &p.Death },
		Entries: func() []regulation.Entry[DeathAmounts] {
			return []regulation.Entry[DeathAmounts]{
				{
					From: programStart, Until: beforePP82,
					Value:    DeathAmounts{LumpSum: idr(16_200_000), Periodic: idr(4_800_000), PeriodicMonths: 24, Funeral: idr(3_000_000)},
					Citation: cite("PP 44/2015", "Pasal 34", regulation.Secondary, "original amounts: Rp16,200,000 + 24 × Rp200,000 + Rp3,000,000 = Rp24,000,000, for deaths up to 1 December 2019"),
				},
				{
					From:     pp82,
					Value:    DeathAmounts{LumpSum: idr(20_000_000), Periodic: idr(12_000_000), PeriodicMonths: 24, Funeral: idr(10_000_000)},
					Citation: cite("PP 44/2015 jo. PP 82/2019", "Pasal 34", regulation.Secondary, "Rp20,000,000 + Rp12,000,000 + Rp10,000,000 = Rp42,000,000, the same for PU and BPU; the split of the periodic benefit into 24 × Rp500,000 is unconfirmed; "+pp82Note),
				},
			}
		},
	},
	regulation.Param[Params, ScholarshipRule]{
		Name:  "benefit.scholarship",
		Field: func(p *Params) **regulation.Timeline[ScholarshipRule] { return &p.Scholarship },
		Entries: func() []regulation.Entry[ScholarshipRule] {
			return []regulation.Entry[ScholarshipRule]{
				{
					From: programStart, Until: beforePP82,
					Value:    ScholarshipRule{LumpSum: idr(12_000_000), MaxChildren: 1, JKMMinMonths: 60, JKKMinMonths: 0},
					Citation: cite("PP 44/2015", "", regulation.Secondary, "Rp12,000,000 per participant, once; through JKM it needs 5 years of contributions; for the JKK route no minimum was found and none is applied (unconfirmed)"),
				},
				{
					From: pp82,
					Value: ScholarshipRule{
						MaxChildren: 2,
						Levels: []LevelRule{
							{TK, idr(1_500_000), 2}, {SD, idr(1_500_000), 6}, {SMP, idr(2_000_000), 3},
							{SMA, idr(3_000_000), 3}, {PT, idr(12_000_000), 5},
						},
						Ceiling: idr(174_000_000), StopAge: 23, JKMMinMonths: 36, JKKMinMonths: 0,
						PaidFrom: day(2021, 4, 1),
					},
					Citation: cite("PP 82/2019 jo. Permenaker 5/2021", "", regulation.Secondary, levelNote+"; JKM route: at least 3 years of contributions; JKK route (death or total permanent disability): no minimum; payments became possible with Permenaker 5/2021, reported in force 1 April 2021"),
				},
			}
		},
	},
	regulation.Param[Params, WorkDeathRule]{
		Name:  "benefit.jkk.death",
		Field: func(p *Params) **regulation.Timeline[WorkDeathRule] { return &p.WorkDeath },
		Entries: func() []regulation.Entry[WorkDeathRule] {
			return []regulation.Entry[WorkDeathRule]{
				{
					From: programStart, Until: beforePP82,
					Value:    WorkDeathRule{Multiple: idr(48)},
					Citation: cite("PP 44/2015", "Pasal 25; Lampiran III", regulation.Unconfirmed, "48 × monthly wage is reported for the new rule; that the original rule was the same is unconfirmed; no floor was found for it and none is applied"),
				},
				{
					From:     pp82,
					Value:    WorkDeathRule{Multiple: idr(48), Floor: idr(20_000_000)},
					Citation: cite("PP 44/2015 jo. PP 82/2019", "Pasal 25; Lampiran III", regulation.Secondary, "48 × monthly wage (commonly written 60% × 80 × wage, unconfirmed); the floor of the JKM lump sum (Rp20,000,000) is unconfirmed; "+pp82Note),
				},
			}
		},
	},
	regulation.Param[Params, decimal.Decimal]{
		Name:  "benefit.jkk.total_disability",
		Field: func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.TotalDisability },
		Entries: func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: pp82, Value: idr(56),
				Citation: cite("PP 44/2015 jo. PP 82/2019", "Lampiran III", regulation.Secondary, "56 × monthly wage (commonly written 70% × 80 × wage, unconfirmed); the multiple before PP 82/2019 was not found, so no rule is given before 2 December 2019"),
			}}
		},
	},
	regulation.Param[Params, PartialDisabilityRule]{
		Name:  "benefit.jkk.partial_disability",
		Field: func(p *Params) **regulation.Timeline[PartialDisabilityRule] { return &p.PartialDisability },
		Entries: func() []regulation.Entry[PartialDisabilityRule] {
			return []regulation.Entry[PartialDisabilityRule]{{
				From: programStart, Value: PartialDisabilityRule{Multiple: idr(80)},
				Citation: cite("PP 44/2015", "Lampiran III", regulation.Unconfirmed, "percentage × 80 × monthly wage, the form seen in the text of the civil-servant analogue (Perban BKN 4/2020 Pasal 19), not in BPJS's; the anatomical-loss table was not found and is empty: the caller passes the percentage or loads the official table"),
			}}
		},
	},
	regulation.Param[Params, []IncapacityStep]{
		Name:  "benefit.jkk.temporary_incapacity",
		Field: func(p *Params) **regulation.Timeline[[]IncapacityStep] { return &p.Incapacity },
		Entries: func() []regulation.Entry[[]IncapacityStep] {
			return []regulation.Entry[[]IncapacityStep]{
				{
					From: programStart, Until: beforePP82,
					Value:    []IncapacityStep{{6, contribution.MustRate("100%")}, {6, contribution.MustRate("75%")}, {0, contribution.MustRate("50%")}},
					Citation: cite("PP 44/2015", "Lampiran III", regulation.Unconfirmed, "100% for the first 6 months is reported; the 75% step for the next 6 months and 50% after are unconfirmed"),
				},
				{
					From:     pp82,
					Value:    []IncapacityStep{{12, contribution.MustRate("100%")}, {0, contribution.MustRate("50%")}},
					Citation: cite("PP 44/2015 jo. PP 82/2019", "Lampiran III", regulation.Secondary, "100% of the wage for months 1–12, then 50% until recovery; "+pp82Note),
				},
			}
		},
	},
	regulation.Param[Params, JKKAmounts]{
		Name:  "benefit.jkk.amounts",
		Field: func(p *Params) **regulation.Timeline[JKKAmounts] { return &p.JKKAmounts },
		Entries: func() []regulation.Entry[JKKAmounts] {
			return []regulation.Entry[JKKAmounts]{
				{
					From: programStart, Until: beforePP82,
					Value:    JKKAmounts{Periodic: idr(4_800_000), Funeral: idr(3_000_000)},
					Citation: cite("PP 44/2015", "Pasal 25", regulation.Secondary, "periodic benefit Rp4,800,000; funeral cost Rp3,000,000"),
				},
				{
					From:     pp82,
					Value:    JKKAmounts{Periodic: idr(12_000_000), Funeral: idr(10_000_000)},
					Citation: cite("PP 44/2015 jo. PP 82/2019", "Pasal 25", regulation.Secondary, "periodic benefit Rp12,000,000 paid at once on death or total permanent disability; funeral cost Rp10,000,000; "+pp82Note),
				},
			}
		},
	},
	regulation.Param[Params, TransportCeilings]{
		Name:  "benefit.jkk.transport",
		Field: func(p *Params) **regulation.Timeline[TransportCeilings] { return &p.Transport },
		Entries: func() []regulation.Entry[TransportCeilings] {
			return []regulation.Entry[TransportCeilings]{
				{
					From: programStart, Until: beforePP82,
					Value:    TransportCeilings{Land: idr(1_000_000), Sea: idr(1_500_000), Air: idr(2_500_000)},
					Citation: cite("PP 44/2015", "Pasal 25", regulation.Secondary, ""),
				},
				{
					From:     pp82,
					Value:    TransportCeilings{Land: idr(5_000_000), Sea: idr(2_000_000), Air: idr(10_000_000)},
					Citation: cite("PP 44/2015 jo. PP 82/2019", "Pasal 25", regulation.Secondary, "land, river or lake Rp5,000,000; sea Rp2,000,000; air Rp10,000,000"),
				},
			}
		},
	},
	regulation.Param[Params, MedicalRule]{
		Name:  "benefit.jkk.medical",
		Field: func(p *Params) **regulation.Timeline[MedicalRule] { return &p.Medical },
		Entries: func() []regulation.Entry[MedicalRule] {
			return []regulation.Entry[MedicalRule]{
				{
					From: programStart, Until: beforePP82,
					Value:    MedicalRule{Unlimited: true},
					Citation: cite("PP 44/2015", "Pasal 25", regulation.Secondary, "care by medical need; no home care"),
				},
				{
					From:     pp82,
					Value:    MedicalRule{Unlimited: true, HomeCareMonths: 12, HomeCareMax: idr(20_000_000)},
					Citation: cite("PP 44/2015 jo. PP 82/2019", "Pasal 25 ayat (2)", regulation.Secondary, "care by medical need with no cost ceiling; home care for those who cannot continue treatment in hospital, at most 1 year and Rp20,000,000"),
				},
			}
		},
	},
	regulation.Param[Params, int]{
		Name:  "benefit.jkk.claim_lapse_years",
		Field: func(p *Params) **regulation.Timeline[int] { return &p.ClaimLapse },
		Entries: func() []regulation.Entry[int] {
			return []regulation.Entry[int]{
				{From: programStart, Until: beforePP82, Value: 2, Citation: cite("PP 44/2015", "Pasal 26", regulation.Text, "")},
				{From: pp82, Value: 5, Citation: cite("PP 44/2015 jo. PP 82/2019", "Pasal 26", regulation.Text, "5 years after the accident or the diagnosis of the occupational disease")},
			}
		},
	},
	regulation.Param[Params, contribution.Rate]{
		Name:  "benefit.jht.yield",
		Field: func(p *Params) **regulation.Timeline[contribution.Rate] { return &p.Yield },
		Entries: func() []regulation.Entry[contribution.Rate] {
			return []regulation.Entry[contribution.Rate]{
				{
					From: day(2016, 1, 1), Until: day(2016, 12, 31), Value: contribution.MustRate("7.19%"),
					Citation: cite("BPJS Ketenagakerjaan, declared JHT yield 2016", "", regulation.Secondary, "against an average 12-month state-bank deposit rate of 4.88%"),
				},
				{
					From: day(2020, 1, 1), Until: day(2020, 12, 31), Value: contribution.MustRate("5.63%"),
					Citation: cite("BPJS Ketenagakerjaan, declared JHT yield 2020", "", regulation.Secondary, "against an average state-bank deposit rate of 3.87%; the declared yields of 2015, 2017–2019 and 2021–2025 were not found (2022's 6.81% is a yield on investment, not necessarily the rate credited, and is not used)"),
				},
			}
		},
		Sparse: true,
	},
	regulation.Param[Params, JHTRule]{
		Name:  "benefit.jht.claim",
		Field: func(p *Params) **regulation.Timeline[JHTRule] { return &p.JHT },
		Entries: func() []regulation.Entry[JHTRule] {
			return []regulation.Entry[JHTRule]{{
				From:     programStart,
				Value:    JHTRule{Age: 56, PartialMinYears: 10, PartialRetirement: contribution.MustRate("10%"), PartialHousing: contribution.MustRate("30%")},
				Citation: cite("PP 46/2015 jo. PP 60/2015", "Pasal 22", regulation.Text, "the whole balance at 56, on death or total permanent disability; after 10 years of membership, once, at most 10% to prepare for retirement or 30% for housing"),
			}}
		},
	},
	regulation.Param[Params, JHTExitRule]{
		Name:  "benefit.jht.exit",
		Field: func(p *Params) **regulation.Timeline[JHTExitRule] { return &p.JHTExit },
		Entries: func() []regulation.Entry[JHTExitRule] {
			return []regulation.Entry[JHTExitRule]{{
				From: permenaker4, Value: JHTExitRule{WaitMonths: 1},
				Citation: cite("Permenaker 4/2022", "Pasal 4–10", regulation.Secondary, "whole balance one month after a resignation or dismissal, at the end of a fixed-term contract, when a non-wage participant stops working, or on leaving Indonesia for good; in force from about 28 April 2022 (issued and reported that day); the rule before it is not encoded"),
			}}
		},
	},
	regulation.Param[Params, PensionRule]{
		Name:  "benefit.jp.formula",
		Field: func(p *Params) **regulation.Timeline[PensionRule] { return &p.Pension },
		Entries: func() []regulation.Entry[PensionRule] {
			return []regulation.Entry[PensionRule]{{
				From: programStart, Value: PensionRule{Accrual: contribution.MustRate("1%"), MinMonths: 180, MaxDeferYears: 3},
				Citation: cite("PP 45/2015", "Pasal 15 ayat (4); Pasal 17", regulation.Text, "first-year pension = 1% × contribution months ÷ 12 × average indexed wage; the 15-year (180-month) condition for a monthly pension is secondary; below it a lump sum of contributions and yield"),
			}}
		},
	},
	regulation.Param[Params, PensionLimits]{
		Name:  "benefit.jp.limits",
		Field: func(p *Params) **regulation.Timeline[PensionLimits] { return &p.PensionLimits },
		Entries: func() []regulation.Entry[PensionLimits] {
			return []regulation.Entry[PensionLimits]{
				{
					From: programStart, Until: day(2016, 12, 31), Value: PensionLimits{Min: idr(300_000), Max: idr(3_600_000)},
					Citation: cite("PP 45/2015", "Pasal 18", regulation.Secondary, "the initial floor and ceiling; the figures of 2017–2022 were not found"),
				},
				{
					From: day(2023, 1, 1), Until: day(2023, 12, 31), Value: PensionLimits{Min: idr(383_400), Max: idr(4_598_100)},
					Citation: cite("BPJS Ketenagakerjaan, 2023 (PP 45/2015 Pasal 18 ayat (3))", "", regulation.Secondary, "reported by BPJS public relations, 25 October 2023"),
				},
				{
					From: day(2024, 1, 1), Until: day(2024, 12, 31), Value: PensionLimits{Min: idr(393_500), Max: idr(4_718_200)},
					Citation: cite("BPJS Ketenagakerjaan, 2024 (PP 45/2015 Pasal 18 ayat (3))", "", regulation.Secondary, "the 2025 figures were not found"),
				},
			}
		},
		Sparse: true,
	},
	regulation.Param[Params, JKPRule]{
		Name:  "benefit.jkp.cash",
		Field: func(p *Params) **regulation.Timeline[JKPRule] { return &p.JKP },
		Entries: func() []regulation.Entry[JKPRule] {
			return []regulation.Entry[JKPRule]{
				{
					From: jkpStart, Until: pp6.AddDays(-1),
					Value:    JKPRule{Steps: []IncapacityStep{{3, contribution.MustRate("45%")}, {3, contribution.MustRate("25%")}}, ClaimMonths: 3},
					Citation: cite("PP 37/2021", "Pasal 21", regulation.Secondary, "45% of the wage for months 1–3, 25% for months 4–6; claim within 3 months of the dismissal"),
				},
				{
					From:     pp6,
					Value:    JKPRule{Steps: []IncapacityStep{{6, contribution.MustRate("60%")}}, ClaimMonths: 6},
					Citation: cite("PP 37/2021 jo. PP 6/2025", "Pasal 21 ayat (1)", regulation.Secondary, "60% of the wage for up to 6 months; claim within 6 months; one report names Pasal 22 ayat (1); keyed on the dismissal date, which is unconfirmed for a dismissal just before 7 February 2025 (no transition text found)"),
				},
			}
		},
	},
	regulation.Param[Params, decimal.Decimal]{
		Name:  "benefit.jkp.wage_cap",
		Field: func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.JKPWageCap },
		Entries: func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: jkpStart, Value: idr(5_000_000),
				Citation: cite("PP 37/2021 jo. PP 6/2025", "Pasal 21 ayat (2)", regulation.Secondary, "the last wage reported to BPJS, capped at Rp5,000,000"),
			}}
		},
	},
	regulation.Param[Params, JKPEligibility]{
		Name:  "benefit.jkp.eligibility",
		Field: func(p *Params) **regulation.Timeline[JKPEligibility] { return &p.JKPEligibility },
		Entries: func() []regulation.Entry[JKPEligibility] {
			return []regulation.Entry[JKPEligibility]{{
				From: jkpStart, Value: JKPEligibility{MinMonths: 12, WindowMonths: 24, MinConsecutive: 6},
				Citation: cite("PP 37/2021 jo. PP 6/2025", "Pasal 4 ayat (2)", regulation.Secondary, "Indonesian citizen enrolled before age 54 (text of PP 6/2025 Pasal 4(2)b), in the programs of the business scale; at least 12 contribution months in the 24 before the dismissal, 6 of them in a row; not on resignation, total permanent disability, retirement, death or the plain end of a fixed-term contract"),
			}}
		},
	},
}
