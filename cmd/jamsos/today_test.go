package main

import (
	"strings"
	"testing"

	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/service"
)

// A NIK whose two-digit birth year could be 2030 or 1930 (day 17, month 08,
// year 30) is read on today's date without -on: 2030-08-17 is after today
// (this module was written in 2026; the 20yy reading needs a birth date not
// after the day it is read), so it is born in 1930. With -on 2035-12-31,
// the library's default reference, it would be 2030.
func TestNIKReadOnToday(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "nik", "-json", "3216011708300001")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := `"birth_date": "1930-08-17"`
	if !service.Today().Before(regulation.MustDate(2030, 8, 17)) {
		want = `"birth_date": "2030-08-17"` // from that day on, 2030 is no longer in the future
	}
	if !strings.Contains(stdout, want) {
		t.Errorf("want %s on today's date:\n%s", want, stdout)
	}
	code, stdout, _ = runCLI(t, "", "nik", "-json", "-on", "2035-12-31", "3216011708300001")
	if code != exitOK || !strings.Contains(stdout, `"birth_date": "2030-08-17"`) {
		t.Errorf("exit %d; want born 2030-08-17 on 2035-12-31:\n%s", code, stdout)
	}
}
