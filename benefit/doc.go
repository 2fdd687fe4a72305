// Package benefit says what each BPJS Ketenagakerjaan program pays out
// (manfaat), dated and cited, and answers the question a village worker asks
// at the door: "what do I get for Rp16.800 a month?".
//
// # Programs and entry points
//
// An [Estimator] (built with [New], or [Default] for the module's defaults)
// has one entry point per event:
//
//   - [Estimator.Death]: JKM (Jaminan Kematian), a death not from a work
//     accident: lump sum, periodic benefit paid at once and funeral cost,
//     Rp24,000,000 before PP 82/2019 and Rp42,000,000 from 2 December 2019,
//     the same for PU and BPU; with the scholarship when the contribution
//     period allows.
//   - [Estimator.Scholarship]: the children's scholarship (beasiswa), per
//     level per year for up to two children within Rp174,000,000 (PP 82/2019
//     jo. Permenaker 5/2021), or the old Rp12,000,000 lump sum; at least 3
//     years of contributions through JKM, none through JKK.
//   - [Estimator.Accident]: JKK (Jaminan Kecelakaan Kerja): death (48 × the
//     wage), total and partial permanent disability (56 × and percentage ×
//     80 × the wage), temporary incapacity (the monthly schedule), transport
//     ceilings, and medical care with no cost ceiling, which every result
//     says.
//   - [Estimator.JHTBalance] and [Estimator.JHTClaim]: JHT (Jaminan Hari
//     Tua): a balance projection with the declared yield of each past year
//     and the caller's assumption for the others, and "can this person claim
//     now, and how much".
//   - [Estimator.Pension] and [Estimator.RetirementDay]: JP (Jaminan Pensiun):
//     the first-year monthly pension, its yearly floor and ceiling, the
//     15-year condition and the lump sum below it, and the retirement age.
//   - [Estimator.JobLoss]: JKP (Jaminan Kehilangan Pekerjaan): the cash
//     benefit before and after PP 6/2025, its wage cap and eligibility.
//   - [Estimator.Protection]: cost against protection for one participant
//     and month: the bill (from package contribution) and the headline
//     benefits with their conditions, as one sentence in both languages.
//   - [Estimator.Leaflet]: a one-page leaflet for a socialisation day, with
//     [TypicalWorkers] as its default workers; [Estimator.NewDeathTally]: the
//     death benefits a group's coverage protects, folded bill by bill.
//
// [DecodeRequest] and [Estimator.Estimate] serve a command line or a web
// service: one JSON [Request] naming the event and its input, one
// [Response] that round-trips through JSON.
//
// # Dated, cited, overridable
//
// Every amount, multiple, ceiling, age and condition is a
// regulation.Timeline in [Params] with its citation and confidence;
// [DefaultParams] holds the law as this module knows it, and
// [Params.WithOverrides] loads an override document (a declared JHT yield,
// next year's JP floor, the official anatomical-loss table). The rules in
// force on the event's date apply: PP 82/2019 amounts apply to a death or
// accident on or after 2 December 2019, not to the day the claim is filed.
//
// Where the sources give no value, none is invented: the JKK total
// disability multiple before PP 82/2019, the JP floor and ceiling of
// 2017–2022 and 2025, the declared JHT yields of most years are left out, so
// asking for them is an error wrapping regulation.ErrNoRuleInForce or
// [ErrValueUnknown], and the anatomical-loss table is empty until loaded.
// Values the sources report without confirmation carry
// regulation.Unconfirmed, and every result reports its weakest confidence.
// For a non-wage (BPU) participant the declared income is the wage of every
// wage-based formula, which BPJS's statements support but no article text
// seen confirms; results say so.
//
// # Results
//
// A [Result] lists its parts ([Item]: amount, arithmetic, parameter,
// citation), what is paid at once and in instalments, the schedule, the
// conditions, the assumptions and, when the benefit is not owed, why. Its
// [Result.Explain] writes it in Indonesian or English, like a contribution
// bill's. Amounts are whole rupiah (decimal.Decimal), rounded half up where
// a percentage makes a fraction.
//
// # Bad input
//
// Every problem is reported at once, as typed problems naming the field and
// the value: an event before the membership started ([ErrBeforeStart]), a
// percentage outside 0–100% ([ErrInvalidPercentage]), a child who cannot
// receive the scholarship ([ErrNoScholarship]), an assumed JHT yield outside
// [MinAssumedYield]–[MaxAssumedYield] ([ErrImplausibleYield]), a date no rule
// covers (regulation.ErrNoRuleInForce). A benefit is never a zero in silence.
package benefit
