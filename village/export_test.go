package village

// The checks of the internal tests, for the external tests (package
// village_test) that plan rosters made by package jamsostest, which an
// internal test cannot import: it imports this package. This file is
// compiled into the tests only; the package's API is unchanged.
var (
	CheckTotals    = checkTotals
	CheckReference = checkReference
	CheckRollup    = checkRollup
)
