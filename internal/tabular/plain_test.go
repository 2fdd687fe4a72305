package tabular

import (
	"testing"
	"unicode/utf8"
)

// A line is plain when it has no quote, no carriage return and no byte
// outside ASCII: the word-at-a-time check agrees with the byte-at-a-time
// definition for each such byte, and for the bytes next to them, at every
// position of lines of every length up to three words.
func TestPlainAgreesByteByByte(t *testing.T) {
	slow := func(line []byte) bool {
		for _, c := range line {
			if c == '"' || c == '\r' || c >= utf8.RuneSelf {
				return false
			}
		}
		return true
	}
	for _, c := range []byte{'"', '\r', 0x80, 0xff, 0x7f, 0x00, '!', '#', '\f', '\x0e', '\x1f', 'a'} {
		for n := 0; n <= 24; n++ {
			for at := 0; at < n; at++ {
				line := make([]byte, n)
				for i := range line {
					line[i] = 'x'
				}
				line[at] = c
				if got, want := plain(line), slow(line); got != want {
					t.Errorf("plain(%q) = %v, want %v", line, got, want)
				}
			}
		}
	}
}
