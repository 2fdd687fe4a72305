// Package village plans and funds employment social security (BPJS
// Ketenagakerjaan) for the people a village covers: its head and officials,
// the members of its consultative body (BPD), RT/RW heads, community
// workers, cash-for-work labourers and vulnerable informal workers. It
// answers the questions a village or a regency asks when it budgets for the
// coming fiscal year: what does covering these people cost, from which
// source and on which budget line, when is each amount due, who is left out
// when money is short, and how far is the village from its target.
//
// # Villages
//
// A plan is for one village, named by its Kemendagri area code (see the
// region package). Only a desa (or a desa adat) has a village budget
// (APBDes), officials under the village law and Dana Desa, so [Identify]
// and [Planner.Plan] refuse a kelurahan (an urban ward) unless
// [Options.AllowKelurahan] is set. The names of the village, its district
// and its regency come from a region.Directory when one is given.
//
// # Groups and packages
//
// Each [Enrolment] of a roster covers one person, as one of the [Groups],
// for some months of the fiscal year, paid from one [Source]. What is left
// empty comes from the group's [Package] ([DefaultPackages], replaceable
// per group with [Options.Packages]):
//
//   - The village head, the secretary and the other officials are wage
//     earners (PU) whose employer is the village government and whose wage
//     is their fixed income (siltap). The village government is registered
//     as a micro employer at the very-low risk group: JKK 0.24% and JKM
//     0.30% are then the legal minimum (Perpres 109/2013 Pasal 6), the
//     package secondary sources report as usual; JHT and JP may be
//     added, and [WorkerShare] says whether the official or the funding
//     source pays the official's own 2% of JHT and 1% of JP. A siltap below
//     the PP 11/2019 minimum (Rp2,426,640 head, Rp2,224,420 secretary,
//     Rp2,022,200 other officials; [Params.Siltap]) is a warning, never an
//     error: contributions are computed on what is actually paid.
//   - Everyone else (BPD members included, who receive an allowance rather
//     than a wage from an employer) is a non-wage participant (BPU) with JKK
//     and JKM on the lowest declared income, Rp1,000,000: Rp16,800 a month
//     at normal rates.
//
// # Funding sources and policy
//
// The sources are Dana Desa, ADD, PADes, province and regency financial
// assistance, APBD paid directly by the regency, CSR or another sponsor,
// and the worker. Each maps to a payer and a budget for the contribution
// package ([Source.Payer], [Source.Budget]): the five village-budget
// sources to the village and APBDes, APBD to the regency and APBD, CSR to a
// sponsor outside any public budget, the worker to the worker. A wage
// earner's own share of JHT and JP is no source: it is deducted from their
// pay ([Totals.Deducted]).
//
// # PP 50/2025 and village budgets
//
// PP 50/2025 halves BPU contributions (April to December 2026, and for
// transport workers January 2026 to March 2027) but excludes those paid
// from APBN or APBD (Pasal 3). Whether money a village pays from APBDes is
// excluded is not said, and no ruling was found, so [Reading] is a planner
// option ([Options.Reading]). The default, [StatutoryReading], follows the
// wording: APBDes is the village's own budget, not APBD, and village-paid
// BPU contributions get the discount (Rp8,400 a month on the lowest income).
// [SourceOfFundsReading] treats Dana Desa as APBN and ADD and financial
// assistance as APBD money (UU 6/2014 Pasal 72(1)): no discount on them
// (Rp16,800), while PADes keeps it. Every plan says which reading it used
// and, when any amount depends on it, what the other would cost
// ([Plan.Reading], [Person.OtherReading]; a report's "jika APBDes dihitung
// sebagai APBD: +Rp…"): the higher figure is the safe ceiling for a budget
// until the question is settled. The planner applies the reading itself and
// plans with the contribution parameter
// policy.pp50_2025.village_budget_excluded set to false, whatever the
// calculator it is given says.
//
// Which source may pay for which group changed by year ([Params.Funding],
// one dated, cited timeline per source, looked up on 1 January of the
// fiscal year). For Dana Desa: allowed in 2023 (secondary), not allowed in
// 2024 (Kemendes circular 4/PRI.00/I/2024, text), unknown for 2025 (the
// default keeps the prohibition and is marked unconfirmed), allowed from
// 2026 for cash-for-work workers (Permendes 16/2025, secondary; other groups
// stay not allowed until confirmed). A plan that uses a source the policy
// does not allow gets an error in strict mode ([Options.Strict]) and a
// warning otherwise; so does a source with no known policy for the year.
//
// # Plans and the fiscal year
//
// [Planner.Plan] computes a [Plan] for a [Request]: the village, the fiscal
// year, the roster and any ceilings. Every participant-month goes through
// the contribution package's batch engine (contribution.Engine), so the law
// of each month applies — rates, caps, discounts and their exclusions —
// exactly as contribution.Calculator.Bill would compute it, in int64 rupiah
// with no allocation per row. The plan gives the cost per person, group,
// program, source, budget account and contribution month (with the due
// date: the 15th of the month for BPU, of the next month for PU, moved to a
// working day by [Options.Calendar]). Amounts are decimal.Decimal whole
// rupiah; every breakdown adds up exactly to the total.
//
// A village's fiscal year runs from 1 January to 31 December and its
// budget is kept on a cash basis (Permendagri 20/2018, secondary: the
// village-finance guidance describes its accounting standard as cash-based,
// and the year as 1 January – 31 December). A plan therefore shows two
// exact, reconciled views of the year: its contribution months, January to
// December (the totals and breakdowns, the cost of covering the year), and
// the cash paid within it ([Plan.Cash]): wage earners' contributions are
// due on the 15th of the next month, so the previous December's comes in
// ([Request.CarryIn], the previous plan's [CashYear] Out) and this
// December's goes out. The budget per account follows the cash view
// ([CashYear.Accounts]); that is the default for what the village budget
// must hold, and the contribution months stay the default for what the
// coverage costs.
//
// Budget accounts follow Permendagri 20/2018 ([Params.Accounts],
// secondary): activity 1.1.03 with object 5.1.3.03 for the village head and
// 5.1.3.04 for the secretary and officials. Other groups have no default
// (their contributions are not under expense type 5.1): give them codes
// with [Package.Account]; a report names every group whose account is not
// set. Only what the village budget pays is put on an account, so an
// official's row (the whole bill) exceeds the account by the share deducted
// from their pay, and a report says so.
//
// # Ceilings
//
// A [Request] may cap what each source spends in the year. When a source's
// enrolments cost more, the money is shared out in a fixed order: the head,
// the secretary and the other officials first; then everyone else by
// [Enrolment.Rank] (1 first, unranked last), then by group, then by NIK and
// first month. Each enrolment in turn is covered month by month from its
// first month while the source can pay a whole month; the rest is its
// [Shortfall]; [Plan.Shortfall] adds them up. The order of the roster
// never changes the result. [Planner.Capacity] answers the reverse
// question: how many workers a budget covers with one package over some
// months. Given a whole ceiling it answers "from zero"; given what a plan
// leaves of it ([SourceTotal.Left]) it answers "after this plan".
//
// Each relief a plan's amounts include is listed with the people and the
// months it applied to ([Plan.Reliefs]).
//
// # Targets
//
// [Progress] measures a plan against the target of 100 covered workers per
// village ([DefaultTarget], a BPJS statement of 15 February 2023, looked up
// on 31 December of the fiscal year) and the Desa Sadar Jaminan Sosial
// Ketenagakerjaan criteria ([DefaultCriteria]): the head covered, the
// secretary and officials covered, and active socialisation, which no plan
// can judge and is reported as such.
//
// "Covered" means protected, defined once in [Coverage] and measured with
// [MeasureCoverage] (which other reports, such as a partner's, use too):
// every month of the year paid and the membership still active when
// December is over, by the lapse rule of the membership package (a BPU
// membership is non-active after 3 consecutive unpaid months). A worker
// paid January to September, or a cash-for-work worker paid for three
// months, is partly covered: reported beside the target, not counted by
// it. [Options.CountActive] counts everyone active at the year end
// instead.
//
// # Regencies
//
// [Planner.PlanMany] plans many villages with one planner, reusing memory;
// [Summarise] adds their plans up by district and regency with the same
// exact totals. A regency of 136 villages (about 15,000 enrolments and
// 170,000 participant-months) is planned in tens of milliseconds on one
// core; see BenchmarkRegencyPlan.
//
// # National runs and large rosters
//
// [Planner.Stream] plans villages one at a time as a sequence yields them
// ([RostersIn] reads a directory) and folds them into a [Rollup] equal to
// [Summarise]'s, holding one village at a time; with no callback to show
// the plans to, it makes of each only what the roll-up reads. A national
// year (75,000 desa of 110 people) is planned from its files in seconds on
// one core and a few hundred megabytes; see BENCHMARKS.md.
//
// One large roster is planned as a [Detail], whose per-person lines are made
// as a report writes them ([Planner.PlanDetail]); [ScanCSV] and
// [Planner.PlanDetailFrom] plan a CSV file as it is read, so that the
// roster is never held as a []Enrolment either.
//
// # Rosters and reports
//
// [ReadCSV] reads a roster as village spreadsheets export it (UTF-8 with or
// without a byte-order mark, ";" or "," separated, Indonesian or English
// column names) and [ReadJSON] a JSON array, rejecting unknown fields. Both
// return every good row together with a problem.List naming the line (or
// position) and field of every bad one: nothing is dropped silently.
// [Plan.WriteReport] writes a plan for people in Indonesian (the default) or
// English, amounts with rupiah.Format and the total also in Indonesian
// words; [Plan.WriteJSON] and [Plan.WriteCSV] write it for programs and
// spreadsheets; [Rollup.WriteReport] writes a regency view.
//
// # Errors and personal data
//
// Every error is a *problem.Error or a problem.List with a stable code, the
// field at fault ("line[12].wage", "roster[3].source", "ceilings.pades"), a
// masked value and messages in Indonesian and English, wrapping one of this
// package's sentinels (or one of the packages below) for errors.Is. A plan
// either computes, with its warnings, or fails with every problem at once.
// A NIK is personal data: messages, reports, CSV exports and log/slog
// values show it masked ("6112••••••••0001"); only the JSON encoding, meant
// for storage, carries it in full.
//
// # Parameters
//
// Every value in [Params] is a regulation.Timeline with a citation and a
// confidence, replaceable without code changes ([Params.WithOverrides]).
// A planner also depends on the contribution parameters it is built with,
// whose Through month bounds the months a plan may reach: with this
// module's defaults that is December 2027, so next year's budget can be
// planned. A plan applies the law of each month as it stands in those
// parameters, and a value announced each year is not carried forward: the
// JP wage cap is known up to the February 2027 contribution month, so a
// plan with JP in a later month fails, one problem per month wrapping
// regulation.ErrNoRuleInForce ("line[2].2027-03.pu.jp.wage_cap"), until
// the next yearly cap is loaded as an override.
package village
