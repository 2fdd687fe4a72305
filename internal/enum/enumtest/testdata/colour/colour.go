// Package colour is a sample enumeration for the enumtest tests. It imports
// a package that is never loaded, as real packages do.
package colour

import "example.com/not/loaded"

// Colour is a sample enumeration.
type Colour uint8

const (
	Red Colour = iota + 1
	Green
	_
	Blue
	other = 9 // untyped: not a Colour
)

// Typed is a constant of the type outside the iota block.
const Typed Colour = 7

var _ = loaded.Thing
