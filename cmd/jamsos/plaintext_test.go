package main

import (
	"bytes"
	"testing"
)

// A CSV file is plain text when each of its lines is a plain line: the
// word-at-a-time check agrees with cutting the file into lines and
// checking each, for every byte value at every position of files of every
// length up to three words.
func TestPlainTextAgreesLineByLine(t *testing.T) {
	slow := func(data []byte) bool {
		for _, line := range bytes.Split(data, []byte("\n")) {
			if !plainLine(line) {
				return false
			}
		}
		return true
	}
	for c := range 256 {
		for n := 0; n <= 24; n++ {
			for at := 0; at < n; at++ {
				data := bytes.Repeat([]byte("a\n b;\t\r"), 4)[:n]
				data[at] = byte(c)
				if got, want := plainText(data), slow(data); got != want {
					t.Errorf("plainText(%q) = %v, want %v", data, got, want)
				}
			}
		}
	}
}
