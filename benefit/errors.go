package benefit

import "errors"

// Sentinel errors. Every error this package returns is a *problem.Error or a
// problem.List of them, wrapping one of these or a sentinel of the packages
// below (regulation.ErrNoRuleInForce above all: a date no rule covers is
// never a zero benefit).
var (
	// ErrInvalidInput means an input field is missing, malformed or out of
	// range.
	ErrInvalidInput = errors.New("benefit: invalid input")
	// ErrBeforeStart means an event (a death, an accident, a dismissal) is
	// dated before the participant's membership started.
	ErrBeforeStart = errors.New("benefit: event before membership start")
	// ErrInvalidPercentage means a disability percentage is outside 0–100%.
	ErrInvalidPercentage = errors.New("benefit: percentage out of range")
	// ErrNoScholarship means a child's age, level or grade cannot receive a
	// scholarship, or a family has more children than the rule pays for.
	ErrNoScholarship = errors.New("benefit: child cannot receive a scholarship")
	// ErrImplausibleYield means an assumed JHT development yield is outside
	// the plausible range, [MinAssumedYield] to [MaxAssumedYield].
	ErrImplausibleYield = errors.New("benefit: implausible yield assumption")
	// ErrValueUnknown means the law's value is not known to this module (the
	// domain sources mark it not found) and the caller gave none.
	ErrValueUnknown = errors.New("benefit: value not known")
	// ErrInvalidParams means a parameter set is incomplete, holds a value no
	// rule could have, or an override names an unknown parameter.
	ErrInvalidParams = errors.New("benefit: invalid parameters")
	// ErrInvalidJSON means a request document is not well-formed JSON of the
	// expected shape.
	ErrInvalidJSON = errors.New("benefit: invalid JSON")
)
