package regulation

import "errors"

// Sentinel errors. Every error this package returns is a *problem.Error or a
// problem.List that wraps one of these, so callers test with errors.Is.
var (
	// ErrNoRuleInForce means no entry of a timeline covers the date asked
	// about: the library has no law for it, and will not guess.
	ErrNoRuleInForce = errors.New("regulation: no rule in force")
	// ErrInvalidTimeline means the entries of a timeline are out of order,
	// overlap, leave a gap or lack a citation.
	ErrInvalidTimeline = errors.New("regulation: invalid timeline")
	// ErrInvalidCitation means a citation lacks its instrument or confidence.
	ErrInvalidCitation = errors.New("regulation: invalid citation")
	// ErrInvalidDate means a date does not exist or is malformed.
	ErrInvalidDate = errors.New("regulation: invalid date")
	// ErrInvalidMonth means a contribution month is malformed.
	ErrInvalidMonth = errors.New("regulation: invalid month")
	// ErrInvalidOverride means an override document is malformed or names a
	// parameter that does not exist.
	ErrInvalidOverride = errors.New("regulation: invalid override")
)
