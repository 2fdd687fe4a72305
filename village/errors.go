package village

import (
	"errors"

	"github.com/desasadar/jamsos/problem"
)

// Sentinel errors. Every error this package returns is a *problem.Error or
// a problem.List wrapping one of these (or a sentinel of the packages
// below, such as regulation.ErrNoRuleInForce), so callers test with
// errors.Is. The problem's Code tells the rules of one sentinel apart.
var (
	// ErrUnknownGroup means a group name is not one of [Groups].
	ErrUnknownGroup = errors.New("village: unknown group")
	// ErrUnknownSource means a funding source is not one of [Sources].
	ErrUnknownSource = errors.New("village: unknown funding source")
	// ErrNotDesa means an area code is not a village, or is a kelurahan
	// (urban ward) where a desa is required: a kelurahan has no village
	// budget, officials or Dana Desa.
	ErrNotDesa = errors.New("village: not a desa")
	// ErrInvalidEnrolment means a roster entry is missing a field or has
	// one that cannot be used: no NIK or name, no siltap for an official,
	// a program set the law does not allow, a start after the end.
	ErrInvalidEnrolment = errors.New("village: invalid enrolment")
	// ErrOverlap means two enrolments of the same person share a month.
	ErrOverlap = errors.New("village: overlapping enrolments")
	// ErrOutsideYear means an enrolment has months outside the fiscal year
	// planned, or the year reaches past the contribution parameters.
	ErrOutsideYear = errors.New("village: months outside the fiscal year")
	// ErrSourceNotAllowed means the funding policy does not let a source
	// pay for a group in the fiscal year. It is an error in strict mode and
	// a warning otherwise.
	ErrSourceNotAllowed = errors.New("village: funding source not allowed")
	// ErrInvalidCeiling means a budget ceiling is negative.
	ErrInvalidCeiling = errors.New("village: invalid budget ceiling")
	// ErrBelowMinimum means an official's siltap is below the minimum of
	// PP 11/2019. It is only ever a warning: the contribution is computed
	// on the siltap actually paid.
	ErrBelowMinimum = errors.New("village: siltap below the minimum")
	// ErrMalformedRoster means a roster file cannot be read as CSV or JSON,
	// or has a column or field this package does not know.
	ErrMalformedRoster = errors.New("village: malformed roster")
	// ErrInvalidParams means a parameter set is incomplete or an override
	// names an unknown parameter.
	ErrInvalidParams = errors.New("village: invalid parameters")
)

// Stable problem codes, one per rule. Problems about program choices keep
// the membership package's codes (such as "programs.required").
const (
	CodeUnknownGroup     problem.Code = "village.group"                // a group that is not one of Groups
	CodeUnknownSource    problem.Code = "village.source"               // a source that is not one of Sources
	CodeWorkerShare      problem.Code = "village.worker_share"         // a worker-share choice that is not known
	CodeNotVillage       problem.Code = "village.not_village"          // an area code above the village level
	CodeKelurahan        problem.Code = "village.kelurahan"            // a kelurahan where a desa is required
	CodeRequired         problem.Code = "village.required"             // a required field is empty
	CodeNIK              problem.Code = "village.nik"                  // a placeholder NIK
	CodeWage             problem.Code = "village.wage"                 // a missing, negative, fractional or absurd wage
	CodeRank             problem.Code = "village.rank"                 // a negative or unreadable rank
	CodeSector           problem.Code = "village.sector"               // an unknown sector
	CodeMonths           problem.Code = "village.months"               // an unreadable month, or the last before the first
	CodeSelfPaidEmployer problem.Code = "village.self_paid_employer"   // an official paying the employer's share
	CodeShareIgnored     problem.Code = "village.worker_share_ignored" // a worker share given for a non-wage participant (warning)
	CodeOverlap          problem.Code = "village.overlap"              // two enrolments of one NIK in the same month
	CodeOutsideYear      problem.Code = "village.outside_year"         // months outside the fiscal year
	CodeBeyondParams     problem.Code = "village.beyond_parameters"    // months after the contribution parameters' Through
	CodeYear             problem.Code = "village.year"                 // a fiscal year before 2015, or plans of different years
	CodeSourceNotAllowed problem.Code = "village.source_not_allowed"   // a source the funding policy does not allow for a group
	CodeNoPolicy         problem.Code = "village.no_policy"            // a source with no known policy for the year
	CodeCeiling          problem.Code = "village.ceiling"              // a negative or absurd ceiling or budget
	CodeBelowMinimum     problem.Code = "village.siltap_below_minimum" // a siltap below the PP 11/2019 minimum (warning)
	CodeIncomeAdjusted   problem.Code = "village.income_adjusted"      // a declared income brought into the legal range (warning)
	CodeCSV              problem.Code = "village.csv"                  // a CSV line that cannot be read, or text not in UTF-8
	CodeColumn           problem.Code = "village.column"               // an unknown, repeated or missing CSV column
	CodeJSON             problem.Code = "village.json"                 // malformed JSON, a wrong type or a repeated member
	CodeUnknownField     problem.Code = "village.unknown_field"        // a JSON member this package does not know
	CodeParams           problem.Code = "village.params"               // an incomplete package or an unknown parameter
	CodeCarryIn          problem.Code = "village.carry_in"             // a payment carried in that is not of an earlier month due within the year
)
