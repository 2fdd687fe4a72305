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
// sponsor outside any public budget, the worker to the worker. This
// matters: PP 50/2025 halves BPU contributions (April to December 2026, and
// for transport workers January 2026 to March 2027) but excludes those
// paid from APBN or APBD, and — by the contribution parameters' default
// policy, since the regulation does not say — from APBDes too.
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
// # Plans
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
// Budget accounts follow Permendagri 20/2018 ([Params.Accounts],
// secondary): activity 1.1.03 with object 5.1.3.03 for the village head and
// 5.1.3.04 for the secretary and officials. Other groups have no default
// (their contributions are not under expense type 5.1): give them codes
// with [Package.Account]. Only what the village budget pays is put on an
// account.
//
// # Ceilings
//
// A [Request] may cap what each source spends in the year. When a source's
// enrolments cost more, the money is shared out in a fixed order: the head,
// the secretary and the other officials first; then everyone else by
// [Enrolment.Rank] (1 first, unranked last), then by group, then by NIK and
// first month. Each enrolment in turn is covered month by month from its
// first month while the source can pay a whole month; the rest is its
// [Shortfall]. The order of the roster never changes the result.
// [Planner.Capacity] answers the reverse question: how many workers a
// budget covers with one package over some months.
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
// # Regencies
//
// [Planner.PlanMany] plans many villages with one planner, reusing memory;
// [Summarise] adds their plans up by district and regency with the same
// exact totals. A regency of 136 villages (about 15,000 enrolments and
// 170,000 participant-months) is planned in tens of milliseconds on one
// core; see BenchmarkRegencyPlan.
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
