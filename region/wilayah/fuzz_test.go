package wilayah

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// FuzzSearch checks that lookups and searches never panic on any input,
// that every error is a typed problem that quotes at most 40 characters of
// its input, and that what a search finds lies within the area searched and
// reads back by its code.
func FuzzSearch(f *testing.F) {
	for _, s := range [][2]string{
		{"kubu raya", ""}, {"Kab. Bekasi", "32"}, {"Kota Adm. Jakarta Utara", "31"},
		{"Desa Adat Yoboi", "91.03"}, {"Ba''u", "11.01.02"}, {"", "32.16.99"},
		{"kabupaten", "61.12"}, {"desa adat", "3216012001"}, {"\xff\xfe", "x"},
	} {
		f.Add(s[0], s[1])
	}
	d := dir(f)
	f.Fuzz(func(t *testing.T, name, code string) {
		within, err := region.Parse(code)
		if err != nil {
			within = region.Code{}
		}
		_, _ = d.Name(within)
		_, _ = d.Chain(within)
		for range d.Children(within) {
		}
		found, err := d.Search(name, within)
		if err != nil {
			var pe *problem.Error
			if !errors.As(err, &pe) || !(errors.Is(err, ErrQuery) || errors.Is(err, region.ErrUnlisted)) {
				t.Fatalf("Search(%q, %v): %T %v", name, within, err, err)
			}
			if len([]rune(pe.Value)) > 41 {
				t.Fatalf("error quotes %d characters", len([]rune(pe.Value)))
			}
			return
		}
		for _, e := range found {
			if within.IsValid() && !within.Contains(e.Code) {
				t.Fatalf("Search(%q, %v) found %v outside", name, within, e.Code)
			}
			if n, ok := d.Name(e.Code); !ok || n != e.Name {
				t.Fatalf("found %v, but Name gives %q, %v", e, n, ok)
			}
		}
		if _, err := d.Find(name, within); err == nil && len(found) != 1 {
			t.Fatalf("Find(%q) succeeded with %d matches", name, len(found))
		}
	})
}
