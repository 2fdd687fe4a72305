package village

import (
	"errors"

	"github.com/desasadar/jamsos/problem"
)

// Sentinel errors. Every error this package returns is a *problem.Error or
// a problem.List wrapping one of these, so callers test with errors.Is.
var (
	// ErrUnknownGroup means a group name is not one of [Groups].
	ErrUnknownGroup = errors.New("village: unknown group")
)

// Stable problem codes.
const (
	CodeUnknownGroup problem.Code = "village.group"
)
