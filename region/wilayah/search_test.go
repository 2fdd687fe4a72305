package wilayah

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

func codes(es []region.Entry) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Code.String()
	}
	return strings.Join(s, " ")
}

func TestSearch(t *testing.T) {
	d := dir(t)
	for _, tc := range []struct {
		name, query, within string
		want                string // codes, or "contains:" codes
	}{
		{"issue 13: kubu raya finds 61.12", "kubu raya", "", "contains:61.12"},
		{"kubu raya among regencies", "Kabupaten Kubu Raya", "", "61.12"},
		{"case and spaces do not count", "  KUBU   raya ", "61", "61.12"},
		{"spaces inside do not count", "kuburaya", "61", "61.12"},
		{"Kab. is Kabupaten", "Kab. Bekasi", "", "32.16"},
		{"Kab without a dot", "kab bekasi", "", "32.16"},
		{"Kota is a city", "Kota Bekasi", "", "32.75"},
		{"no level word: both", "Bekasi", "32", "32.16 32.75"},
		{"Kota Administrasi", "Kota Administrasi Jakarta Utara", "", "31.72"},
		{"Kota Adm.", "kota adm. jakarta utara", "", "31.72"},
		{"Jakarta Utara without Kota", "jakarta utara", "31", "31.72"},
		{"district within a regency", "Tarumajaya", "32.16", "32.16.01"},
		{"Kecamatan word", "Kecamatan Tarumajaya", "", "32.16.01"},
		{"Kec. word", "kec. tarumajaya", "32", "32.16.01"},
		{"Desa word", "Desa Sagara Makmur", "32.16.01", "32.16.01.2001"},
		{"a desa is not a kelurahan", "Kelurahan Sagara Makmur", "", ""},
		{"kelurahan Gambir", "Kelurahan Gambir", "31.71", "31.71.01.1001"},
		{"district named Kota Juang (Bireuen)", "Kota Juang", "11", "11.11.13"},
		{"desa adat by its whole name", "Desa Adat Yoboi", "", "91.03.01.3007"},
		{"desa adat without the words", "yoboi", "91.03", "91.03.01.3007"},
		{"province by list name", "Daerah Khusus Ibukota Jakarta", "", "31"},
		{"province by short name", "DKI Jakarta", "", "31"},
		{"Provinsi word", "Provinsi Jawa Barat", "", "32"},
		{"apostrophe optional", "Pasi Kuala Bau", "11.01", "11.01.02.2018"},
		{"apostrophe kept", "Pasi Kuala Ba'u", "11.01", "11.01.02.2018"},
		{"Kep. is Kepulauan (71.09 is Kep. in the list)", "Kabupaten Kepulauan Siau Tagulandang Biaro", "", "71.09"},
		{"Kep. in the query", "Kab. Kep. Seribu", "31", "31.01"},
		{"letters written apart in the list (53.03.11.2005 \"N i a n\")", "Nian", "53.03.11", "53.03.11.2005"},
		{"nothing", "Xyzzy Plugh", "", ""},
		{"punctuation only", "...", "", ""},
		{"outside the area", "Kubu Raya", "32", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var within region.Code
			if tc.within != "" {
				within = region.MustParse(tc.within)
			}
			got, err := d.Search(tc.query, within)
			if err != nil {
				t.Fatal(err)
			}
			if w, ok := strings.CutPrefix(tc.want, "contains:"); ok {
				if !strings.Contains(" "+codes(got)+" ", " "+w+" ") {
					t.Errorf("Search(%q) = %s, want it to include %s", tc.query, codes(got), w)
				}
				return
			}
			if codes(got) != tc.want {
				t.Errorf("Search(%q, %q) = %q, want %q", tc.query, tc.within, codes(got), tc.want)
			}
		})
	}
}

func TestFind(t *testing.T) {
	d := dir(t)
	e, err := d.Find("kubu raya", region.MustParse("61"))
	if err != nil || e.Code != region.MustParse("61.12") {
		t.Errorf("Find(kubu raya in 61) = %v, %v", e, err)
	}
	for _, tc := range []struct {
		name, query, within string
		sentinel            error
		code                problem.Code
		mentions            string
	}{
		{"a name of several places", "Bekasi", "", ErrAmbiguous, "wilayah.ambiguous", "32.16 Kabupaten Bekasi; 32.75 Kota Bekasi"},
		{"a common village name", "Sidomulyo", "", ErrAmbiguous, "wilayah.ambiguous", " more; "},
		{"no such name", "Xyzzy", "32.16", ErrNoMatch, "wilayah.no_match", "32.16 Kabupaten Bekasi"},
		{"empty", "   ", "", ErrQuery, "wilayah.name_required", ""},
		{"too long", strings.Repeat("a", MaxQuery+1), "", ErrQuery, "wilayah.name_too_long", ""},
		{"unlisted district", "Tarumajaya", "32.16.99", region.ErrUnlisted, "region.unlisted_district", "32.16.23"},
		{"unlisted regency", "Tarumajaya", "32.69", region.ErrUnlisted, "region.unlisted_regency", "32.18"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var within region.Code
			if tc.within != "" {
				within = region.MustParse(tc.within)
			}
			_, err := d.Find(tc.query, within)
			var pe *problem.Error
			if !errors.Is(err, tc.sentinel) || !errors.As(err, &pe) || pe.Code != tc.code {
				t.Fatalf("Find(%q) = %v, want %s", tc.query, err, tc.code)
			}
			if !strings.Contains(pe.Message(problem.English), tc.mentions) || len([]rune(pe.Value)) > 41 {
				t.Errorf("Find(%q) message %q, value %q", tc.query, pe.Message(problem.English), pe.Value)
			}
		})
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct{ code, name, want string }{
		{"32", "Jawa Barat", "Provinsi Jawa Barat"},
		{"32.16", "Kabupaten Bekasi", "Kabupaten Bekasi"},
		{"32.16", "Bekasi", "Kabupaten Bekasi"},
		{"32.75", "Bekasi", "Kota Bekasi"},
		{"32.16.01", "Tarumajaya", "Kecamatan Tarumajaya"},
		{"32.16.01.2001", "Sagara Makmur", "Desa Sagara Makmur"},
		{"31.71.01.1001", "Gambir", "Kelurahan Gambir"},
		{"91.03.01.3007", "Desa Adat Yoboi", "Desa Adat Yoboi"},
		{"91.03.01.3007", "Yoboi", "Desa Adat Yoboi"},
	} {
		if got := Label(region.Entry{Code: region.MustParse(tc.code), Name: tc.name}); got != tc.want {
			t.Errorf("Label(%s %q) = %q, want %q", tc.code, tc.name, got, tc.want)
		}
	}
}
