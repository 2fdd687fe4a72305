package holiday

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzRead checks that no calendar file makes Read panic, that every
// problem wraps ErrInvalidFile, and that the days read build a calendar.
func FuzzRead(f *testing.F) {
	f.Add(builtin[:2000])
	f.Add([]byte("date,kind,name,instrument,confidence\n2026-02-16,cuti_bersama,x,SKB,[secondary]\n"))
	f.Add([]byte("date,kind,name,instrument,confidence\n2026-02-30,holiday,x,SKB,text\n2026-02-30,holiday,x,SKB,text\n"))
	f.Add([]byte("\uFEFFdate,kind,name,instrument,confidence\n\"2026-01-01,holiday\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		days, err := Read(bytes.NewReader(data))
		if err != nil && !errors.Is(err, ErrInvalidFile) {
			t.Fatalf("error not wrapping ErrInvalidFile: %v", err)
		}
		if _, err := New(days); err != nil {
			t.Fatalf("the days read do not build a calendar: %v", err)
		}
	})
}
