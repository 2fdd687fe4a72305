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

// Stable problem codes, one per rule.
const (
	CodeUnknownGroup      problem.Code = "village.group"
	CodeUnknownSource     problem.Code = "village.source"
	CodeWorkerShare       problem.Code = "village.worker_share"
	CodeNotVillage        problem.Code = "village.not_village"
	CodeKelurahan         problem.Code = "village.kelurahan"
	CodeRequired          problem.Code = "village.required"
	CodeNIK               problem.Code = "village.nik"
	CodeWage              problem.Code = "village.wage"
	CodePrograms          problem.Code = "village.programs"
	CodeRank              problem.Code = "village.rank"
	CodeSector            problem.Code = "village.sector"
	CodeMonths            problem.Code = "village.months"
	CodeSelfPaidEmployer  problem.Code = "village.self_paid_employer"
	CodeShareIgnored      problem.Code = "village.worker_share_ignored"
	CodeOverlap           problem.Code = "village.overlap"
	CodeOutsideYear       problem.Code = "village.outside_year"
	CodeBeyondParams      problem.Code = "village.beyond_parameters"
	CodeYear              problem.Code = "village.year"
	CodeSourceNotAllowed  problem.Code = "village.source_not_allowed"
	CodeNoPolicy          problem.Code = "village.no_policy"
	CodePolicyUnconfirmed problem.Code = "village.policy_unconfirmed"
	CodeCeiling           problem.Code = "village.ceiling"
	CodeBelowMinimum      problem.Code = "village.siltap_below_minimum"
	CodeIncomeAdjusted    problem.Code = "village.income_adjusted"
	CodeCSV               problem.Code = "village.csv"
	CodeColumn            problem.Code = "village.column"
	CodeJSON              problem.Code = "village.json"
	CodeUnknownField      problem.Code = "village.unknown_field"
	CodeParams            problem.Code = "village.params"
)
