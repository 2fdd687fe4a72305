// Package holiday is Indonesia's calendar of non-working days for due dates:
// the national holidays (hari libur nasional) and the collective leave days
// (cuti bersama) that the government sets each year, shipped as data with
// the decree and the confidence of every date.
//
// # The data
//
// The built-in calendar ([Default]) lists every national holiday and cuti
// bersama day of 2015 to 2027 in their final state, after mid-year
// amendments, from the project's file holidays.csv (columns date, kind,
// name, instrument, confidence), embedded in the package. Each [Day] keeps
// its decree (an SKB of the ministers of religion, manpower and
// administrative reform, or a Keppres for an election day) as a
// regulation.Citation. No decree appendix was read, so no date is marked
// [regulation.Text]: the dates come from consistent press reports and public
// holiday libraries ([regulation.Secondary]), one from disagreeing sources
// ([regulation.Unconfirmed]: 24 December 2015, non-working under either
// reading).
//
// # Working days
//
// Saturdays and Sundays are never working days. A listed holiday is not
// one. Whether a cuti bersama day is one is a dated, cited policy
// ([CutiBersamaParam], see [DefaultPolicy]): no BPJS Ketenagakerjaan text
// says, the SKBs call it leave taken from annual leave, but Bank Indonesia
// closes its settlement systems on those days, so by default a cuti bersama
// day is not a working day and moves a due date, and the caller shows the
// unshifted date as the safe one. [Calendar.WithPolicy] puts another reading
// in place.
//
// # Years not covered
//
// A calendar covers the years it lists. For a year it does not cover it
// knows weekends only, and says so: [Calendar.Covers] reports it, and the
// due-date code of package contribution turns it into a warning that names
// the year, never silence.
//
// # Adding years
//
// [Read] decodes a calendar file in the same CSV form; [Calendar.WithYears]
// adds its years to a calendar or replaces years already there. A malformed,
// impossible or duplicated date, an unknown kind, a missing name, decree or
// confidence are reported all at once as problems wrapping [ErrInvalidFile],
// each naming the line and field ("line[3].date") and the value.
//
// The package imports regulation and problem only. A Calendar is immutable
// and safe for concurrent use.
package holiday
