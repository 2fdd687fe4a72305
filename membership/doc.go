// Package membership describes who is covered by BPJS Ketenagakerjaan,
// Indonesia's employment social security, and in what: participants and their
// identifiers, the programs each kind of participant must or may take, who
// pays, the age rules, and where a membership stands month by month. It is
// written for the village: farmers, fishermen, traders and drivers covered as
// non-wage earners, village officials covered as wage earners, workers on a
// village construction project.
//
// # Programs and segments
//
// BPJS Ketenagakerjaan runs five programs ([Program]): [JKK] (work-accident
// insurance), [JKM] (death benefit), [JHT] (old-age savings), [JP] (pension)
// and, from 2 February 2021, [JKP] (job-loss insurance). A [ProgramSet] holds
// a choice of them and reads and writes as "JKK+JKM+JHT".
//
// Which programs a participant takes depends on their [Segment]:
//
//   - [BPU] (non-wage earners): JKK and JKM are required, JHT may be added;
//     JP and JKP are not available.
//   - [PU] (wage earners): by the [BusinessScale] of the employer (Perpres
//     109/2013 Pasal 6): micro JKK and JKM; small also JHT; medium and large
//     also JHT and JP. The other programs are optional.
//   - [PMI] (migrant workers): JKK and JKM required, JHT optional
//     (Permenaker 18/2018, then Permenaker 4/2023).
//   - [Jakon] (construction projects): JKK and JKM only.
//
// [CheckPrograms] checks a choice on a date and reports each program at fault
// with the rule it breaks; [RequiredPrograms] and [AllowedPrograms] give the
// sets themselves. [Payer] records who pays: the participant, the employer,
// the village, the regency, or another sponsor.
//
// # Identifiers and personal data
//
// A [NIK] is the 16-digit population identity number. [ParseNIK] checks more
// than its shape: a known province and an issuing district in range, a birth
// date that exists (with 40 added to the day for women), and a serial other
// than 0000. The two-digit birth year is read against a reference date
// ([NIKOptions]): 20yy unless that is after the reference, else 19yy.
// Village information systems give residents without a known NIK a
// placeholder starting with 0 ([NIK.IsPlaceholder]); it is rejected unless
// the caller allows it. A [KPJ] is the 11-digit membership number (an
// unconfirmed rule). A [Phone] is an Indonesian number in E.164 form.
//
// These are personal data (UU 27/2022). Their String methods, every fmt verb,
// their slog values and every error of this package show them masked
// ("3216••••••••0001"); [Participant.LogValue] and [Participant.Format]
// leave the name, birth date and income out altogether. The full values leave only through explicit accessors
// ([NIK.Digits], [KPJ.Digits], [Phone.E164]) and the text and JSON encodings,
// which are meant for storage and for systems entitled to the data, never
// for logs.
//
// Names and occupations are stored in the form [NormalizeName] gives: Unicode
// NFC, trimmed, with single spaces.
//
// # Validation and errors
//
// Every error of this package is a *problem.Error, or a problem.List of
// them, with a stable code, the path of the field at fault
// ("participant.nik"), the offending value (masked when personal), and a
// message in Indonesian and in English; it wraps one of the sentinels
// ([ErrInvalidNIK], [ErrProgramNotAllowed], ...) for errors.Is.
//
// [Registration.Validate] and [Participant.Validate] return every problem at
// once. Struct tags check the shape of each field through one validator
// (go-playground/validator) built once for the process, with this package's
// own tags (nik, kpj, phone, area, village, enum, and dgt, dgte, dlt, dlte for
// decimals) and the validator's Indonesian and English messages. Rules that
// need a date or another field are Go code next to the type: the NIK agrees
// with the birth date and sex, the program choice suits the segment, the age
// rules hold. How strict to be is a [ValidateOpts] value passed in, never a
// global; the day of the check is part of it, because this package never
// reads the clock.
//
// [DecodeRegistration] reads JSON strictly: unknown or repeated fields and
// values of the wrong type are reported, all at once, with their paths.
// [CheckDuplicates] and [ValidateRoster] find the same NIK or KPJ twice in a
// roster.
//
// # Eligibility
//
// The age rules are dated parameters with citations ([Params]):
//
//   - JP retirement age (PP 45/2015 Pasal 15): 56 from July 2015, 57 from
//     2019, one more every three years up to 65 from 2043. JP enrolment ends
//     the month before a participant reaches the age in force
//     ([Params.LastJPMonth]): born 16 July 1965, June 2023.
//   - JKP covers those who registered before age 54 (PP 37/2021).
//   - No maximum age to register as BPU or PU was found in the law; a caller
//     may set one ([ValidateOpts.MaxRegistrationAge]).
//
// # Status
//
// A membership is [Registered] until its first contribution is paid,
// [Active] while contributions are paid, [NonActive] (BPU only) after three
// consecutive unpaid months, and [Ended] once the participant leaves.
// [StatusAt] computes the status for a month from a [History] of paid months
// and rejects histories that cannot be, such as a payment after the end.
// Whether paying again revives a non-active BPU membership or a new
// registration is needed is not settled; [Reactivation] is the policy, and
// its default, [ReactivateByPaying], keeps the membership.
//
// # Parameters
//
// Every rule above is a [regulation.Timeline] in [Params], each value with
// the days it applies and its citation, including how well the source was
// seen. [DefaultParams] returns the rules of this release; a caller who knows
// of a newer regulation applies it with [Params.WithOverrides] instead of
// waiting for a release. A date outside every rule's coverage is an error
// wrapping regulation.ErrNoRuleInForce, never a silent default: the PMI rules,
// for one, start on 10 December 2018.
package membership
