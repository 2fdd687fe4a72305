package jsonerr

// NumberLength returns the length of the JSON number at the start of b (RFC
// 8259 §6: an optional minus, 0 or digits without a leading zero, an
// optional fraction, an optional exponent), or 0 when b does not start with
// one. It is the number rule of this module's one-pass JSON readers (the
// service's strict check and village's roster reader).
func NumberLength(b []byte) int {
	i := 0
	digits := func() int {
		n := 0
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case digits() == 0:
		return 0
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return 0
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return 0
		}
	}
	return i
}
