package enumtest

import (
	"fmt"
	"maps"
	"strings"
	"testing"
)

func TestConstants(t *testing.T) {
	got := Constants(t, "testdata/colour", "Colour")
	want := map[uint64]string{1: "Red", 2: "Green", 4: "Blue", 7: "Typed"}
	if !maps.Equal(got, want) {
		t.Errorf("Constants = %v, want %v", got, want)
	}
}

// recorder is a testing.TB that records what fails instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestMatch(t *testing.T) {
	for name, c := range map[string]struct {
		values []uint8
		want   []string
	}{
		"every constant":              {[]uint8{1, 2, 4, 7}, nil},
		"a constant without an entry": {[]uint8{1, 2, 7}, []string{"the constant Blue has no entry"}},
		"an entry without a constant": {[]uint8{1, 2, 3, 4, 7}, []string{"value 3, which no constant names"}},
	} {
		r := &recorder{TB: t}
		Match(r, "testdata/colour", "Colour", c.values)
		if len(r.errs) != len(c.want) {
			t.Errorf("%s: %q", name, r.errs)
			continue
		}
		for i, w := range c.want {
			if !strings.Contains(r.errs[i], w) {
				t.Errorf("%s: %q, want %q", name, r.errs[i], w)
			}
		}
	}
}

// shade is an enumeration written by hand the way the packages were before
// their tables: its range check and its code list can disagree.
type shade uint8

var shadeCodes = map[shade]string{1: "LIGHT", 2: "DARK", 3: "DIM"}

func (s shade) IsValid() bool  { return s >= 1 && s <= 2 } // DIM was added to the codes only
func (s shade) String() string { return shadeCodes[s] }
func (s shade) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("invalid shade %d", s)
	}
	return []byte(s.String()), nil
}
func (s *shade) UnmarshalText(b []byte) error {
	for v, c := range shadeCodes {
		if strings.EqualFold(strings.TrimSpace(string(b)), c) {
			*s = v
			return nil
		}
	}
	return fmt.Errorf("unknown shade %q", b)
}

func TestValuesCatchesDisagreement(t *testing.T) {
	r := &recorder{TB: t}
	Values(r, []shade{1, 2, 3}, nil)
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], "value 3 is listed but invalid") {
		t.Errorf("listing DIM: %q", r.errs)
	}
	r = &recorder{TB: t}
	Values(r, []shade{1}, nil)
	// DARK is valid and DIM prints, though neither is listed.
	if len(r.errs) != 3 || !strings.Contains(r.errs[0], "value 2 is not listed but valid") ||
		!strings.Contains(r.errs[2], `value 3 is not listed but valid (false) or printed as "DIM"`) {
		t.Errorf("leaving DARK out: %q", r.errs)
	}
}
