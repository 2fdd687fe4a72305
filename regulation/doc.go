// Package regulation holds the machinery for dated, cited values: every rate,
// amount, cap, age limit and policy in jamsos is a [Timeline] of [Entry]
// values, each with the days it applies and the [Citation] of the law behind it.
//
// # Dated values
//
// Indonesian social security law changes by regulation, by ministerial letter
// and by yearly announcement: the JP wage cap rises every March, a discount
// runs for a set of months, a rate is cut on the day a new regulation takes
// effect. A Timeline records each value with its From day and, optionally,
// its Until day (included). Looking up a day that no entry covers is an error
// wrapping [ErrNoRuleInForce] that names the parameter and the day, never a
// silent zero.
//
// # Checked when built
//
// [NewTimeline] rejects entries that are out of order, overlap, leave a gap
// (unless the timeline is built with [AllowGaps], as temporary overlays are),
// or lack a citation with an instrument and a [Confidence]. A bad table is an
// error when it is built, not months later when someone looks up a day.
//
// # Confidence
//
// Each citation says how well its source was seen: [Text] (the article
// itself), [Secondary] (consistent reports) or [Unconfirmed] (a default the
// caller should check). Unconfirmed values are still data, so they can be
// replaced without changing code.
//
// # Overrides without globals
//
// Nothing in jamsos reads package-level parameter state. A caller who knows a
// value this module does not (next year's JP cap, a regency's own policy)
// builds a new timeline from the shipped one with [Timeline.With], or from a
// JSON document with [ParseOverrides] and [Apply]; the packages that own
// parameters accept the result through their own parameter sets.
//
// # Days and months
//
// [Date] is a civil date with no time zone. [Month] is a contribution month
// (year and month) with arithmetic and ranges ([MonthRange]); a Timeline's
// [Timeline.InMonth] looks up the rule in force on the first day of a month.
package regulation
