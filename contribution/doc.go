// Package contribution computes exact monthly BPJS Ketenagakerjaan
// contributions (iuran) for every segment — wage earners (PU), non-wage
// workers (BPU), construction projects (Jakon) and migrant workers (PMI) — as
// the law stood in each month since the programs began in July 2015.
//
// # Parameters
//
// Every rate, flat amount, cap, bound and discount is a dated, cited value on
// a regulation.Timeline, gathered in [Params]. [DefaultParams] is the law as
// this module knows it, each value with its instrument, article and
// confidence; callers replace or extend any of it from Go values or a JSON
// override document ([Params.WithOverrides]), for example a JP wage cap
// announced after this release. A month outside every rule — before July 2015,
// or after [Params.Through] — is an error wrapping regulation.ErrNoRuleInForce
// that names the parameter and the month, never a silent zero.
//
// Notable values (see each parameter's citation for the source and the
// confidence):
//
//   - PU: JKK 0.24% to 1.74% by risk group, JKM 0.30%, JHT 3.7% + 2%, JP
//     2% + 1% of the wage up to the yearly cap, JKP 0.46% (PP 37/2021) then
//     0.36% (PP 6/2025) on a wage capped at Rp5,000,000, paid by the
//     government and recomposition, never billed to employer or worker.
//   - BPU: JKK 1% and optional JHT 2% of a declared income from Rp1,000,000
//     to Rp20,700,000, JKM Rp6,800 flat: Rp16,800 a month at the bottom.
//   - PMI: per-placement packages (Permenaker 4/2023).
//   - Jakon: a rate of the wages, or marginal rates of the contract value.
//   - Reliefs, each applied only within its months and conditions:
//     PP 49/2020 (JKK and JKM −99%, JP deferrable), its construction relief
//     (every JKK and JKM rate of a project at 1%, Pasal 11–12), PP 7/2025 with
//     PP 36/2025 (JKK −50% for six labour-intensive industries), PP 50/2025
//     (BPU JKK and JKM −50%, by sector, unless paid from APBN or APBD —
//     whether a village budget counts is a policy parameter, excluded by
//     default).
//
// Each parameter is declared once (params.go), with its name, its built-in
// entries, its field and the check of its values; defaults, names
// ([Params.Names]), listings ([Params.Timelines]), overrides and the checks
// of [NewCalculator] derive from that list.
//
// # Reliefs
//
// A relief is one [ReliefRule] in a file of its own (relief_pp49_2020.go,
// relief_pp49_2020_jakon.go, relief_pp7_2025.go, relief_pp50_2025.go) and
// one line in the registry: its id, its parameter's timeline with citations,
// its [Terms] (whom it is for, what it cuts or defers per program, a due day
// or late fee of its own), its conditions on a [Case], and its messages in
// Indonesian and English. The calculator, claims (Input.Reliefs) and their
// errors, due dates, late fees, overrides, listings and the batch engine
// derive from it; [ReliefIDs] lists the ids. Where two reliefs in force cut
// the same program, the later one in the registry takes it. A caller adds a
// relief of its own with [Params.WithRelief].
//
// [NewCalculator] checks the values as well as their dates: a rate outside
// 0%–100%, a negative or absurd amount, income steps or contract-value tiers
// out of order are refused, naming the parameter and the entry.
//
// # Bills
//
// [Calculator.Bill] takes an [Input] and a month and returns a [Bill]: one
// [Line] per program with the basis used (after caps and bounds), the rate or
// flat amount, the amount before and after relief, each [Party]'s share and
// the citation of every value used, and the totals per party. [Bill.Explain]
// writes it out for people in Indonesian or English.
//
// Every problem with an input is reported at once, each a problem.Error with
// a stable code, the field at fault and the offending value, wrapping a
// sentinel of this package or of membership and regulation. An amount whose
// decimal exponent is beyond ±30 (such as 1e-100000000) is refused before it
// is compared or printed, since shopspring would build a power of ten of
// that many digits to do either.
//
// # Rounding
//
// No regulation sets a rounding rule. By default each party's share of each
// line is rounded half up to whole rupiah, a line is the sum of its shares and
// the totals are sums of lines, so a bill always adds up. A discount applies
// to the rounded normal share ("50% of the normal contribution") and is
// rounded again. Other modes ([HalfEven], [Down], [Up]) are options of the
// [Calculator], never a global.
//
// # Periods, due dates and arrears
//
// [Calculator.Statement] bills a range of months and [Calculator.Prepay] N
// months ahead. [Calculator.Due] gives the day a month is due (BPU the
// 15th of the month, PU the 15th of the next month, moved to the next
// working day; under PP 49/2020 the 30th of the next month, moved to the
// working day before), with the unshifted safe day, the holidays it went
// past and their decrees, and a warning for a year the calendar does not
// cover. The default [Calendar] is package holiday's national calendar of
// 2015 to 2027, cuti bersama counted as non-working (an unconfirmed,
// overridable policy); any Calendar can be plugged in.
// [Calculator.Arrears] lists unpaid months, the PU late fee (2% per month of
// delay, 0.5% under PP 49/2020; none for BPU) and BPU lapse after three
// consecutive unpaid months.
//
// # The batch engine
//
// [Engine] computes millions of participant-months ([Row] in, [Result] out)
// in int64 rupiah with rates held as whole parts per million, no heap
// allocation per row, safe for concurrent use and optionally spread over
// cores ([Engine.ComputeParallel]). Its numbers equal the decimal
// calculator's on every input: a differential test and a fuzz target compare
// the two across every month and segment, and rows the fast path does not
// take (anything invalid) are handed to the calculator, so errors are the
// same too. The engine knows no relief by name: for each month it asks every
// relief in force about every [Case] and keeps a table of what is left to pay
// of each program; a row whose month's reliefs do not fit that table goes
// to the calculator.
package contribution
