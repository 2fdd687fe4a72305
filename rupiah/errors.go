package rupiah

import (
	"errors"

	"github.com/desasadar/jamsos/problem"
)

// The sentinel errors below are what [errors.Is] matches. Every error this
// package returns is a [*problem.Error] on the field "amount" that wraps one of
// them, carries its stable code (given with each sentinel) and the offending
// input, and has a message in Indonesian and English.
var (
	// ErrEmpty reports text with no amount in it: empty or only spaces.
	// Code "rupiah.empty".
	ErrEmpty = errors.New("rupiah: empty amount")

	// ErrSyntax reports text that is not an amount: letters, stray marks,
	// more than one sign, an unneeded leading zero, a missing digit.
	// Code "rupiah.syntax".
	ErrSyntax = errors.New("rupiah: malformed amount")

	// ErrGrouping reports thousands grouped wrongly: a dot that does not
	// separate groups of exactly three digits ("16.80", "1.6800"), or commas
	// used to group thousands the English way ("16,800").
	// Code "rupiah.grouping".
	ErrGrouping = errors.New("rupiah: misplaced thousands separator")

	// ErrPrecision reports an amount finer than one sen (two decimal places):
	// more than two digits after the decimal comma, or an amount whose
	// fraction cannot be said in sen.
	// Code "rupiah.precision".
	ErrPrecision = errors.New("rupiah: more precise than one sen")

	// ErrTooLarge reports an amount too large to say in words: [Words] stops
	// below one kuintiliun (10^18) rupiah.
	// Code "rupiah.too_large".
	ErrTooLarge = errors.New("rupiah: amount too large for words")
)

// field is the field path of every error this package returns.
const field = "amount"

// maxValueRunes is how much of the offending input an error repeats; see
// [problem.Clip].
const maxValueRunes = 40

// fail builds the error for one broken rule, quoting the input cut short
// with [problem.Clip].
func fail(sentinel error, code problem.Code, value, id, en string) *problem.Error {
	return problem.New(sentinel, code, field, problem.Clip(value), id, en)
}
