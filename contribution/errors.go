package contribution

import "errors"

// Sentinel errors. Every error this package returns is a *problem.Error, or a
// problem.List of them, wrapping one of these or a sentinel of the packages
// below (regulation.ErrNoRuleInForce, membership.ErrProgramNotAllowed, ...).
var (
	// ErrInvalidRate means a rate is not a percentage from 0% to 100%.
	ErrInvalidRate = errors.New("contribution: invalid rate")
	// ErrInvalidInput means an input field is missing, malformed or out of range.
	ErrInvalidInput = errors.New("contribution: invalid input")
	// ErrUnknownRiskGroup means a wage earner's risk group is missing or unknown.
	ErrUnknownRiskGroup = errors.New("contribution: unknown risk group")
	// ErrInvalidBasis means the wage, income or contract value is negative,
	// zero or absurd.
	ErrInvalidBasis = errors.New("contribution: invalid basis")
	// ErrIncomeOutOfRange means a declared income is outside the range the
	// law allows and the calculation is strict.
	ErrIncomeOutOfRange = errors.New("contribution: declared income out of range")
	// ErrReliefNotApplicable means a relief was claimed for a participant or
	// month outside its conditions.
	ErrReliefNotApplicable = errors.New("contribution: relief not applicable")
	// ErrInvalidParams means a parameter set is incomplete or an override
	// names an unknown parameter.
	ErrInvalidParams = errors.New("contribution: invalid parameters")
	// ErrDueDateUncertain marks a warning on a due date: the calendar does
	// not list the holidays of a year the date was looked for in (weekends
	// only were skipped), or the date moved past a cuti bersama day, which
	// BPJS has not confirmed is a holiday.
	ErrDueDateUncertain = errors.New("contribution: due date uncertain")
)
