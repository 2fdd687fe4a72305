package holiday

import "errors"

// ErrInvalidFile means a calendar file or list of days is malformed: a bad
// header, a date that is malformed, impossible or listed twice, an unknown
// kind, or a missing name, decree or confidence. Every problem is a
// *problem.Error wrapping it, naming the line and field.
var ErrInvalidFile = errors.New("holiday: invalid calendar file")
