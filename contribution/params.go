package contribution

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// RiskRates is the JKK rate of each of the five risk groups, indexed by
// RiskGroup-1.
type RiskRates [5]Rate

// Split is a rate shared between employer and worker.
type Split struct {
	// Employer is the employer's rate.
	Employer Rate `json:"employer"`
	// Worker is the worker's own rate.
	Worker Rate `json:"worker"`
}

// JKPRates is how the JKP contribution is funded. Neither employer nor
// worker pays anything extra: the government pays its part, and part of the
// employer's JKK (and, before PP 6/2025, JKM) contribution is recomposed
// (moved) into JKP.
type JKPRates struct {
	// Government is the central government's rate.
	Government Rate `json:"government"`
	// Recomposition is the rate moved from the employer's JKK (and JKM).
	Recomposition Rate `json:"recomposition"`
}

// IncomeRange is the lowest and highest declared monthly income a non-wage
// participant may pay on.
type IncomeRange struct {
	// Min is the lowest declared income, Rp1,000,000.
	Min decimal.Decimal `json:"min"`
	// Max is the highest declared income, Rp20,700,000.
	Max decimal.Decimal `json:"max"`
}

// IncomeSteps is the list of declared incomes of PP 44/2015 Lampiran II, in
// increasing order. An empty list means the steps are not known and any
// income within the [IncomeRange] is used as declared; see [StepPolicy].
type IncomeSteps []decimal.Decimal

// PMIRates is the contribution of Indonesian migrant workers, paid per
// placement rather than per month (Permenaker 4/2023 Pasal 18).
type PMIRates struct {
	// PrePlacement is JKK+JKM before departure.
	PrePlacement decimal.Decimal `json:"pre_placement"`
	// Placement is JKK+JKM during and after work, by contract length in months.
	Placement map[int]decimal.Decimal `json:"placement"`
	// ExtraMonth is JKK+JKM for each month worked beyond the contract.
	ExtraMonth decimal.Decimal `json:"extra_month"`
	// JHTOptions are the monthly JHT amounts a migrant worker may choose.
	JHTOptions []decimal.Decimal `json:"jht_options"`
}

// JakonTier is one band of the contract-value rates for construction
// projects: the rates apply to the part of the contract value above Above.
type JakonTier struct {
	// Above is the contract value the tier starts above; the first tier's is 0.
	Above decimal.Decimal `json:"above"`
	// JKK is the JKK rate of the part of the value inside the tier.
	JKK Rate `json:"jkk"`
	// JKM is the JKM rate of the part of the value inside the tier.
	JKM Rate `json:"jkm"`
}

// JakonRates is the contribution for construction projects (Jasa
// Konstruksi): a rate of the wages when they are known, otherwise marginal
// rates of the contract value before VAT.
type JakonRates struct {
	// WageJKK is the JKK rate of the wages, when they are known.
	WageJKK Rate `json:"wage_jkk"`
	// WageJKM is the JKM rate of the wages, when they are known.
	WageJKM Rate `json:"wage_jkm"`
	// Tiers are the marginal rates of the contract value, in increasing
	// order of Above, the first from Rp0.
	Tiers []JakonTier `json:"tiers"`
}

// Params is the whole set of dated, cited parameters a [Calculator] uses.
// [DefaultParams] returns the law as this module knows it; a caller who knows
// better replaces a timeline (see regulation.Timeline.With and [Params.With]),
// applies a JSON override document with [Params.WithOverrides], or adds a
// relief with [Params.WithRelief]. A Params is a plain value: the Calculator
// built from it keeps its own copy, so changing a Params later changes no
// Calculator.
//
// Each field's doc names the parameter as override documents and listings
// name it; each is declared once, in the list of declarations below
// DefaultParams. The reliefs' parameters are held with their declarations
// (see [ReliefRule]) rather than in fields, so that a new relief adds no
// field here. Start from DefaultParams: a Params built field by field has no
// reliefs, and a calculator refuses it.
type Params struct {
	// PUJKK is "pu.jkk.rate": a wage earner's JKK rate by risk group.
	PUJKK *regulation.Timeline[RiskRates]
	// PUJKM is "pu.jkm.rate": a wage earner's JKM rate.
	PUJKM *regulation.Timeline[Rate]
	// PUJHT is "pu.jht.rate": a wage earner's JHT rates.
	PUJHT *regulation.Timeline[Split]
	// PUJP is "pu.jp.rate": a wage earner's JP rates.
	PUJP *regulation.Timeline[Split]
	// PUJPCap is "pu.jp.wage_cap": the highest wage JP is paid on.
	PUJPCap *regulation.Timeline[decimal.Decimal]
	// JPCapStart is "assumption.pu.jp.wage_cap.first_month": the first
	// contribution month of a yearly JP cap whose month is disputed. Over
	// each entry's days, the months from the entry's first to the month
	// before its Value keep the cap in force on the day before the entry
	// starts (the previous year's); from Value on, PUJPCap's own entry
	// applies. Every JP line in a month the entry covers cites it. The
	// built-in entry is the 2021 cap (Rp8,754,600): reported from February
	// 2021, while every other year's cap starts in March; the default is
	// February, and an override with "2021-03" takes the other reading.
	JPCapStart *regulation.Timeline[regulation.Month]
	// PUJKP is "pu.jkp.rate": how JKP is funded.
	PUJKP *regulation.Timeline[JKPRates]
	// PUJKPCap is "pu.jkp.wage_cap": the highest wage JKP is counted on.
	PUJKPCap *regulation.Timeline[decimal.Decimal]
	// PULateFee is "pu.late_fee": an employer's late fee per month of delay.
	PULateFee *regulation.Timeline[Rate]
	// WageBasis is "pu.wage_basis": how a daily or piece-rate wage becomes
	// the monthly wage contributions are reckoned on (see [Params.MonthlyWage]).
	WageBasis *regulation.Timeline[WageRules]

	// BPUJKK is "bpu.jkk.rate": a non-wage participant's JKK rate.
	BPUJKK *regulation.Timeline[Rate]
	// BPUJKM is "bpu.jkm.amount": a non-wage participant's flat JKM.
	BPUJKM *regulation.Timeline[decimal.Decimal]
	// BPUJHT is "bpu.jht.rate": a non-wage participant's optional JHT rate.
	BPUJHT *regulation.Timeline[Rate]
	// BPUIncome is "bpu.income.range": the lowest and highest declared income.
	BPUIncome *regulation.Timeline[IncomeRange]
	// BPUSteps is "bpu.income.steps": the Lampiran II income list, empty
	// until a caller loads it.
	BPUSteps *regulation.Timeline[IncomeSteps]

	// PMI is "pmi.package": a migrant worker's packages.
	PMI *regulation.Timeline[PMIRates]
	// Jakon is "jakon.rate": a construction project's rates.
	Jakon *regulation.Timeline[JakonRates]

	// VillageBudgetExcluded says whether a contribution paid from a village
	// budget (APBDes) is excluded from PP 50/2025 the way APBN and APBD are.
	// The regulation names only APBN and APBD; see [DefaultParams].
	VillageBudgetExcluded *regulation.Timeline[bool] // policy.pp50_2025.village_budget_excluded

	// reliefs are the reliefs, each with its declaration and its timeline
	// ("relief.pp49_2020", ...), in order of precedence; see relief.go,
	// [Params.WithRelief] and [Params.With].
	reliefs []reliefSlot

	// Membership holds the program-choice rules and the membership
	// parameters (such as the BPU lapse) that bills and arrears follow.
	Membership membership.Params

	// Through is the last contribution month this parameter set vouches for.
	// A bill for a later month is refused with ErrNoRuleInForce even where a
	// rate is open-ended. Within it, a rate in force stays in force until a
	// regulation changes it, but a value that is announced each year is never
	// carried forward: the JP wage cap ends with the last month it is known
	// for (February 2027), so a JP line after it is refused until the next
	// cap is loaded.
	//
	// The default is December 2027, the end of the fiscal year after this
	// release's: village and regency budgets for next year are drafted in the
	// last months of this one, on the law as it stands.
	Through regulation.Month
}

func day(y, m, d int) regulation.Date { return regulation.MustDate(y, timeMonth(m), d) }

func idr(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

// DefaultParams returns the parameters as this module knows the law; every
// value carries its citation and confidence. The tables are checked like any
// timeline (order, gaps, overlaps, citations); the tests of this package
// prove they are valid, so DefaultParams never fails.
func DefaultParams() Params {
	var p Params
	params.Init(&p)
	p.reliefs = builtinReliefs()
	p.Membership = membership.DefaultParams()
	p.Through = regulation.MustMonth(2027, 12)
	return p
}

// params declares every parameter of [Params] that is not a relief's, once:
// its name, its field, its check and its built-in entries, each with its
// citation and confidence. Defaults, names, listings, overrides and checks
// all come from this list (and from the reliefs' own declarations, see
// relief.go).
var params = regulation.Params[Params]{
	dense("pu.jkk.rate", func(p *Params) **regulation.Timeline[RiskRates] { return &p.PUJKK }, checkRiskRates,
		func() []regulation.Entry[RiskRates] {
			return []regulation.Entry[RiskRates]{{
				From:     day(2015, 7, 1),
				Value:    RiskRates{MustRate("0.24%"), MustRate("0.54%"), MustRate("0.89%"), MustRate("1.27%"), MustRate("1.74%")},
				Citation: cite("PP 44/2015", "Pasal 16 ayat (1)", regulation.Text, "rates unchanged by PP 82/2019, which replaced the risk-group list of Lampiran I; from February 2021 part of the employer's JKK is recomposed into JKP without changing the bill"),
			}}
		}),
	dense("pu.jkm.rate", func(p *Params) **regulation.Timeline[Rate] { return &p.PUJKM }, checkRate,
		func() []regulation.Entry[Rate] {
			return []regulation.Entry[Rate]{{
				From: day(2015, 7, 1), Value: MustRate("0.30%"),
				Citation: cite("PP 44/2015", "Pasal 18 ayat (1)", regulation.Text, ""),
			}}
		}),
	dense("pu.jht.rate", func(p *Params) **regulation.Timeline[Split] { return &p.PUJHT }, checkSplit,
		func() []regulation.Entry[Split] {
			return []regulation.Entry[Split]{{
				From: day(2015, 7, 1), Value: Split{Employer: MustRate("3.7%"), Worker: MustRate("2%")},
				Citation: cite("PP 46/2015", "Pasal 16 ayat (1)", regulation.Text, ""),
			}}
		}),
	dense("pu.jp.rate", func(p *Params) **regulation.Timeline[Split] { return &p.PUJP }, checkSplit,
		func() []regulation.Entry[Split] {
			return []regulation.Entry[Split]{{
				From: day(2015, 7, 1), Value: Split{Employer: MustRate("2%"), Worker: MustRate("1%")},
				Citation: cite("PP 45/2015", "Pasal 28 ayat (3)", regulation.Text, ""),
			}}
		}),
	dense("pu.jp.wage_cap", func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.PUJPCap }, checkCap,
		func() []regulation.Entry[decimal.Decimal] {
			return jpCaps()
		}),
	regulation.Param[Params, regulation.Month]{
		Name:  "assumption.pu.jp.wage_cap.first_month",
		Field: func(p *Params) **regulation.Timeline[regulation.Month] { return &p.JPCapStart },
		Entries: func() []regulation.Entry[regulation.Month] {
			return []regulation.Entry[regulation.Month]{{
				From: day(2021, 2, 1), Until: day(2021, 3, 31), Value: regulation.MustMonth(2021, 2),
				Citation: cite("assumption: the 2021 JP cap from February 2021 as reported (BPJS Ketenagakerjaan letter B/0246/022021), not March as in every other year", "", regulation.Unconfirmed,
					"the 2021 cap (Rp8,754,600) is reported to apply from February 2021 (the letter is dated 16 February 2021), "+
						"while the March switch of every other year (2016–2020, 2022–2026) is confirmed by BPJS letters; "+
						"the default reads February; an override with the value \"2021-03\" keeps the 2020 cap (Rp8,939,700) "+
						"for February 2021, up to Rp5,553 (3% × Rp185,100) more JP on a wage above both caps"),
			}}
		},
		Check: checkCapStart,
	},
	dense("pu.jkp.rate", func(p *Params) **regulation.Timeline[JKPRates] { return &p.PUJKP }, checkJKP,
		func() []regulation.Entry[JKPRates] {
			return []regulation.Entry[JKPRates]{
				{
					From: day(2021, 2, 2), Until: day(2025, 2, 6),
					Value:    JKPRates{Government: MustRate("0.22%"), Recomposition: MustRate("0.24%")},
					Citation: cite("PP 37/2021", "Pasal 11", regulation.Secondary, "0.46% of wage: 0.22% central government, 0.24% recomposed from the employer's JKK (0.14%) and JKM (0.10%); the 0.14/0.10 split is unconfirmed; in force 2 February 2021, so (as for every rule not in force on a month's first day) the first JKP contribution month here is March 2021, an assumption"),
				},
				{
					From:     day(2025, 2, 7),
					Value:    JKPRates{Government: MustRate("0.22%"), Recomposition: MustRate("0.14%")},
					Citation: cite("PP 6/2025", "Pasal 11 ayat (2)–(5)", regulation.Text, "0.36% of wage: 0.22% central government, 0.14% recomposed from the employer's JKK only (article text seen on pasal.id, December 2026 source check); in force 7 February 2025, so the February 2025 contribution month keeps 0.46% and March 2025 is the first at 0.36%, an assumption"),
				},
			}
		}),
	dense("pu.jkp.wage_cap", func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.PUJKPCap }, checkCap,
		func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: day(2021, 2, 2), Value: idr(5_000_000),
				Citation: cite("PP 6/2025", "Pasal 21 ayat (3)", regulation.Secondary, "PP 6/2025 Pasal 21 ayat (3) caps at Rp5,000,000 the wage the benefit is paid on [text]; the same cap for the contribution basis is in BPJS Perdir 22/PERDIR.02/072022 (excerpt cut off) [secondary], and is assumed from the start of JKP under PP 37/2021"),
			}}
		}),
	dense("pu.late_fee", func(p *Params) **regulation.Timeline[Rate] { return &p.PULateFee }, checkRate,
		func() []regulation.Entry[Rate] {
			return []regulation.Entry[Rate]{{
				From: day(2015, 7, 1), Value: MustRate("2%"),
				Citation: cite("PP 44/2015 jo. PP 46/2015", "", regulation.Secondary, "2% per month of delay on the unpaid contribution, borne by the employer; no cap on the number of months is confirmed"),
			}}
		}),
	dense("pu.wage_basis", func(p *Params) **regulation.Timeline[WageRules] { return &p.WageBasis }, checkWageRules, wageRules),
	dense("bpu.jkk.rate", func(p *Params) **regulation.Timeline[Rate] { return &p.BPUJKK }, checkRate,
		func() []regulation.Entry[Rate] {
			return []regulation.Entry[Rate]{{
				From: day(2015, 7, 1), Value: MustRate("1%"),
				Citation: cite("PP 44/2015", "Lampiran II", regulation.Text, "1% of the declared income, as quoted by PP 50/2025 Pasal 4"),
			}}
		}),
	dense("bpu.jkm.amount", func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.BPUJKM }, checkFlat,
		func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: day(2015, 7, 1), Value: idr(6_800),
				Citation: cite("PP 44/2015 (as amended), BPU JKM", "", regulation.Secondary, "flat Rp6,800 per month, confirmed by the PP 50/2025 reports and by PP 49/2020's arithmetic (1% × Rp6,800 = Rp68); the article for non-wage participants (Pasal 19 or 20 are the candidates) is not seen, so none is cited; not Pasal 18, which is the wage earners' 0.30%"),
			}}
		}),
	dense("bpu.jht.rate", func(p *Params) **regulation.Timeline[Rate] { return &p.BPUJHT }, checkRate,
		func() []regulation.Entry[Rate] {
			return []regulation.Entry[Rate]{{
				From: day(2015, 7, 1), Value: MustRate("2%"),
				Citation: cite("PP 46/2015", "", regulation.Secondary, "optional; 2% of the declared income"),
			}}
		}),
	dense("bpu.income.range", func(p *Params) **regulation.Timeline[IncomeRange] { return &p.BPUIncome }, checkIncomeRange,
		func() []regulation.Entry[IncomeRange] {
			return []regulation.Entry[IncomeRange]{{
				From: day(2015, 7, 1), Value: IncomeRange{Min: idr(1_000_000), Max: idr(20_700_000)},
				Citation: cite("PP 44/2015", "Lampiran II", regulation.Secondary, "published JKK range Rp10,000–Rp207,000 at 1%; that the 2015 list had the same ends is unconfirmed"),
			}}
		}),
	dense("bpu.income.steps", func(p *Params) **regulation.Timeline[IncomeSteps] { return &p.BPUSteps }, checkIncomeSteps,
		func() []regulation.Entry[IncomeSteps] {
			return []regulation.Entry[IncomeSteps]{{
				From: day(2015, 7, 1), Value: nil,
				Citation: cite("PP 44/2015", "Lampiran II", regulation.Unconfirmed, "only the lowest (Rp1,000,000) and highest (Rp20,700,000) steps are confirmed; load the official list to use steps"),
			}}
		}),
	dense("pmi.package", func(p *Params) **regulation.Timeline[PMIRates] { return &p.PMI }, checkPMI,
		func() []regulation.Entry[PMIRates] {
			return []regulation.Entry[PMIRates]{{
				From: day(2023, 2, 21),
				Value: PMIRates{
					PrePlacement: idr(37_500),
					Placement:    map[int]decimal.Decimal{6: idr(108_000), 12: idr(189_000), 24: idr(332_500)},
					ExtraMonth:   idr(13_500),
					JHTOptions: []decimal.Decimal{idr(50_000), idr(100_000), idr(200_000), idr(300_000),
						idr(400_000), idr(500_000), idr(600_000)},
				},
				Citation: cite("Permenaker 4/2023", "Pasal 18", regulation.Text, "set 21 February 2023, so the first contribution month here is March 2023; the amounts of Permenaker 18/2018 before it are not encoded"),
			}}
		}),
	dense("jakon.rate", func(p *Params) **regulation.Timeline[JakonRates] { return &p.Jakon }, checkJakon,
		func() []regulation.Entry[JakonRates] {
			return []regulation.Entry[JakonRates]{{
				From: day(2015, 7, 1),
				Value: JakonRates{
					WageJKK: MustRate("1.74%"), WageJKM: MustRate("0.30%"),
					Tiers: []JakonTier{
						{Above: idr(0), JKK: MustRate("0.21%"), JKM: MustRate("0.03%")},
						{Above: idr(100_000_000), JKK: MustRate("0.17%"), JKM: MustRate("0.02%")},
						{Above: idr(500_000_000), JKK: MustRate("0.13%"), JKM: MustRate("0.02%")},
						{Above: idr(1_000_000_000), JKK: MustRate("0.11%"), JKM: MustRate("0.01%")},
						{Above: idr(5_000_000_000), JKK: MustRate("0.09%"), JKM: MustRate("0.01%")},
					},
				},
				Citation: cite("PP 44/2015 (as amended by PP 82/2019), Jasa Konstruksi", "", regulation.Secondary, "the wage rates (the very-high-risk JKK rate and the JKM rate) and the JKK contract-value tiers are reported by secondary sources (GridStar quoting the regulation, Kemnaker e-kliping); the first two JKM tiers are in the text of PP 49/2020 Pasal 12 ayat (2) restated ×1% [text], all five in the table of BPJS Perdir 22/PERDIR.02/072022 (PROBIS Kepesertaan p.98) [secondary]; the base article of PP 44/2015 is not seen, so none is cited"),
			}}
		}),
	dense("policy.pp50_2025.village_budget_excluded", func(p *Params) **regulation.Timeline[bool] { return &p.VillageBudgetExcluded }, nil,
		func() []regulation.Entry[bool] {
			return []regulation.Entry[bool]{{
				From: day(2025, 12, 22), Value: false,
				Citation: cite("PP 50/2025", "Pasal 3", regulation.Unconfirmed, "the regulation excludes contributions paid from APBN or APBD and names no village budget; APBDes is the village's own budget set by Peraturan Desa (UU 6/2014), not the regional APBD, so by the statutory reading (Reading A, regulations.md §2.2.1) a contribution paid from APBDes keeps the discount; BPJS has not ruled, and the other reading (Dana Desa and ADD as APBN/APBD money) is this parameter set to true"),
			}}
		}),
}

// jpCaps is the JP wage cap history: the base of PP 45/2015 Pasal 29(2),
// then the yearly caps BPJS Ketenagakerjaan announced under Pasal 29(3).
func jpCaps() []regulation.Entry[decimal.Decimal] {
	type step struct {
		from, until regulation.Date
		cap         int64
		instrument  string
		conf        regulation.Confidence
		note        string
	}
	const march = jpCapMarch
	steps := []step{
		{day(2015, 7, 1), day(2016, 2, 29), 7_000_000, "PP 45/2015", regulation.Text, "base cap from the start of the program"},
		{day(2016, 3, 1), day(2017, 2, 28), 7_335_300, "BPJS Ketenagakerjaan announcement 2016", regulation.Secondary, march},
		{day(2017, 3, 1), day(2018, 2, 28), 7_703_500, "BPJS Ketenagakerjaan announcement 2017", regulation.Secondary, march},
		{day(2018, 3, 1), day(2019, 2, 28), 8_094_000, "BPJS Ketenagakerjaan announcement 2018", regulation.Secondary, march},
		{day(2019, 3, 1), day(2020, 2, 29), 8_512_400, "BPJS Ketenagakerjaan announcement 2019", regulation.Secondary, march},
		{day(2020, 3, 1), day(2021, 1, 31), 8_939_700, "BPJS Ketenagakerjaan announcement 2020", regulation.Secondary, march},
		{day(2021, 2, 1), day(2022, 2, 28), 8_754_600, "BPJS Ketenagakerjaan letter B/0246/022021", regulation.Secondary, "the only fall (2020 GDP -2.07%); its first month, February as reported or March as every other year, is the assumption assumption.pu.jp.wage_cap.first_month [unconfirmed]"},
		{day(2022, 3, 1), day(2023, 2, 28), 9_077_600, "BPJS Ketenagakerjaan letter B/77/022023", regulation.Secondary, "named as the 2022 cap; " + march},
		{day(2023, 3, 1), day(2024, 2, 29), 9_559_600, "BPJS Ketenagakerjaan letter B/77/022023", regulation.Secondary, march},
		{day(2024, 3, 1), day(2025, 2, 28), 10_042_300, "BPJS Ketenagakerjaan letter B/1387/022024", regulation.Secondary, march},
		{day(2025, 3, 1), day(2026, 2, 28), 10_547_400, "BPJS Ketenagakerjaan letter B/726/022025", regulation.Secondary, march + "; one report prints 10,547,000, a typo"},
		{day(2026, 3, 1), day(2027, 2, 28), 11_086_300, "BPJS Ketenagakerjaan letter B/1226/022026", regulation.Secondary, march + "; applies until the next yearly cap, expected from March 2027"},
	}
	out := make([]regulation.Entry[decimal.Decimal], len(steps))
	for i, s := range steps {
		article := "Pasal 29 ayat (3)"
		if i == 0 {
			article = "Pasal 29 ayat (2)"
		}
		c := cite(s.instrument, article, s.conf, s.note)
		if i > 0 {
			c.Instrument += " (PP 45/2015 " + article + ")"
			if c.Indonesian.Instrument != "" { // no wording: InstrumentIn falls back to the English
				c.Indonesian.Instrument += " (PP 45/2015 " + article + ")"
			}
			c.Article = ""
		}
		out[i] = regulation.Entry[decimal.Decimal]{From: s.from, Until: s.until, Value: idr(s.cap), Citation: c}
	}
	return out
}

func cite(instrument, article string, c regulation.Confidence, note string) regulation.Citation {
	return regulation.Citation{Instrument: instrument, Article: article, Confidence: c, Note: note,
		Indonesian: regulation.Wording{Instrument: instrumentsID[instrument], Note: notesID[note]}}
}

// instrumentsID words in Indonesian the instruments of this package's
// citations whose English wording has descriptive words; an instrument
// that is a bare name (PP 44/2015) reads the same in both languages.
var instrumentsID = map[string]string{
	"PP 44/2015 (as amended), BPU JKM":                       "PP 44/2015 (beserta perubahannya), JKM BPU",
	"PP 44/2015 (as amended by PP 82/2019), Jasa Konstruksi": "PP 44/2015 (diubah dengan PP 82/2019), Jasa Konstruksi",
	"assumption: the 2021 JP cap from February 2021 as reported (BPJS Ketenagakerjaan letter B/0246/022021), not March as in every other year": "asumsi: batas upah JP 2021 berlaku mulai Februari 2021 sebagaimana diberitakan (surat BPJS Ketenagakerjaan B/0246/022021), bukan mulai Maret seperti tahun-tahun lainnya",
	"BPJS Ketenagakerjaan announcement 2016":    "pengumuman BPJS Ketenagakerjaan 2016",
	"BPJS Ketenagakerjaan announcement 2017":    "pengumuman BPJS Ketenagakerjaan 2017",
	"BPJS Ketenagakerjaan announcement 2018":    "pengumuman BPJS Ketenagakerjaan 2018",
	"BPJS Ketenagakerjaan announcement 2019":    "pengumuman BPJS Ketenagakerjaan 2019",
	"BPJS Ketenagakerjaan announcement 2020":    "pengumuman BPJS Ketenagakerjaan 2020",
	"BPJS Ketenagakerjaan letter B/0246/022021": "surat BPJS Ketenagakerjaan B/0246/022021",
	"BPJS Ketenagakerjaan letter B/77/022023":   "surat BPJS Ketenagakerjaan B/77/022023",
	"BPJS Ketenagakerjaan letter B/1387/022024": "surat BPJS Ketenagakerjaan B/1387/022024",
	"BPJS Ketenagakerjaan letter B/726/022025":  "surat BPJS Ketenagakerjaan B/726/022025",
	"BPJS Ketenagakerjaan letter B/1226/022026": "surat BPJS Ketenagakerjaan B/1226/022026",
}

// dense declares a parameter whose entries leave no gaps.
func dense[T any](name string, field func(*Params) **regulation.Timeline[T], check func(*Checker, T), entries func() []regulation.Entry[T]) regulation.Param[Params, T] {
	return regulation.Param[Params, T]{Name: name, Field: field, Entries: entries, Check: checkEach(check)}
}

// jpWageCap returns the JP wage cap for contribution month m with its
// citation, and the citation of the assumption on its first month when one
// covers m (see [Params.JPCapStart]). The calculator and the engine both
// take the cap from here.
func (p Params) jpWageCap(m regulation.Month) (regulation.Entry[decimal.Decimal], *regulation.Citation, error) {
	a, ok := p.JPCapStart.Find(m.FirstDay())
	if !ok {
		e, err := p.PUJPCap.InMonth(m)
		return e, nil, err
	}
	var (
		e   regulation.Entry[decimal.Decimal]
		err error
	)
	if m.Before(a.Value) {
		// The previous cap still applies.
		e, err = p.PUJPCap.At(a.From.AddDays(-1))
	} else {
		e, err = p.PUJPCap.InMonth(m)
	}
	return e, &a.Citation, err
}

// checkCapStart checks that an assumption on a cap's first month names a
// month the entry covers.
func checkCapStart(e regulation.Entry[regulation.Month]) error {
	var l problem.List
	first := e.From.ContributionMonth()
	if e.Value.IsZero() || e.Value.Before(first) || (!e.Until.IsZero() && e.Value.After(e.Until.ContributionMonth())) {
		c := Checker{l: &l, from: e.From}
		c.Bad("", e.Value.String(), "bulan pertama batas upah harus dalam masa berlaku asumsinya",
			"the cap's first month must be within the assumption's own days")
	}
	return l.Err()
}
