package problem

// Flatten returns every problem in err as one List, each once, in the order
// found. err may be an *Error, a List, an error wrapping either (fmt.Errorf
// with %w), errors joined by [errors.Join] or by several %w, in any nesting,
// or nil (which gives a nil List). Joined errors are walked in full, not only
// to the first problem as [errors.As] would. A branch holding no problem at
// all (a foreign error, such as one from io or strconv) is kept as one *Error
// with code "internal" and the branch's own message, so nothing is lost.
//
// A problem met twice (the same *Error, or one with the same code, field,
// value and messages, as when a list is joined with itself or a problem is
// both wrapped and listed) is kept once, where it was first found.
func Flatten(err error) List {
	var all List
	walk(&all, err)
	if len(all) < 2 {
		return all
	}
	type key struct {
		code                 Code
		field, value, id, en string
	}
	seen := make(map[key]bool, len(all))
	out := all[:0:0]
	for _, e := range all {
		k := key{e.Code, e.Field, e.Value, e.ID, e.EN}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// walk appends the problems of err to l, keeping each branch of a join that
// holds no problem as an "internal" one.
func walk(l *List, err error) {
	if err != nil && !collect(l, err) {
		*l = append(*l, internal(err))
	}
}

// collect appends every *Error and List in the tree of err to l and reports
// whether it found any. It does not look inside an *Error, whose Unwrap gives
// its sentinel.
func collect(l *List, err error) bool {
	switch x := err.(type) {
	case *Error:
		if x != nil { // a nil *Error is no problem and no foreign error
			*l = append(*l, x)
		}
		return true
	case List:
		*l = append(*l, x...)
		return true
	case interface{ Unwrap() []error }:
		// A join of foreign errors only is kept whole, as one, by the caller.
		n, found := len(*l), false
		for _, e := range x.Unwrap() {
			if e == nil {
				continue
			}
			if collect(l, e) {
				found = true
			} else {
				*l = append(*l, internal(e))
			}
		}
		if !found {
			*l = (*l)[:n]
		}
		return found
	case interface{ Unwrap() error }:
		if inner := x.Unwrap(); inner != nil {
			return collect(l, inner)
		}
	}
	return false
}

// internal keeps an error that is not a problem as one, with code "internal".
func internal(err error) *Error {
	return &Error{Code: "internal", Err: err, ID: maskID(err.Error()), EN: maskID(err.Error())}
}
