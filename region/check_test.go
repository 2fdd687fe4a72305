package region

import (
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

// bekasi is a small directory: Kabupaten Bekasi with two of its districts
// and four villages of Tarumajaya, and Kota Bekasi.
func bekasi(t *testing.T) *Table {
	t.Helper()
	tab, err := LoadCSV(strings.NewReader(`kode,nama
32.16,Kabupaten Bekasi
32.16.01,Tarumajaya
32.16.02,Babelan
32.16.01.2001,Sagara Makmur
32.16.01.2002,Pusaka Rakyat
32.16.01.2005,Setia Mulya
32.16.01.2008,Pantai Makmur
32.75,Kota Bekasi
`))
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// sourced is a Directory that names its list.
type sourced struct{ *Table }

func (sourced) Source() Source { return Source{Instrument: "Kepmendagri 300.2.2-2138/2025"} }

func TestCheckCode(t *testing.T) {
	dir := sourced{bekasi(t)}
	for _, tc := range []struct {
		name, code string
		strict     bool
		pcode      problem.Code
		near       string // the suggestions, in order
	}{
		{"listed village", "32.16.01.2001", false, "", ""},
		{"listed district", "32.16.02", true, "", ""},
		{"province from the built-in table", "33", true, "", ""},
		{"unlisted village: nearest first", "32.16.01.2006", false, "region.unlisted_village", "32.16.01.2005 Setia Mulya, 32.16.01.2008 Pantai Makmur, 32.16.01.2002 Pusaka Rakyat"},
		{"unlisted village, strict", "32.16.01.2003", true, "region.unlisted_village", "32.16.01.2002 Pusaka Rakyat, 32.16.01.2001 Sagara Makmur, 32.16.01.2005 Setia Mulya"},
		{"a kelurahan code where only desa exist", "32.16.01.1001", false, "region.unlisted_village", "32.16.01.2001 Sagara Makmur, 32.16.01.2002 Pusaka Rakyat, 32.16.01.2005 Setia Mulya"},
		{"unlisted district: the district is named", "32.16.09.2001", false, "region.unlisted_district", "32.16.02 Babelan, 32.16.01 Tarumajaya"},
		{"unlisted regency: regencies suggested", "32.18", true, "region.unlisted_regency", "32.16 Kabupaten Bekasi"},
		{"unlisted city: cities suggested", "32.76.01", false, "region.unlisted_regency", "32.75 Kota Bekasi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			warns, err := CheckCode(dir, MustParse(tc.code), CheckOptions{Strict: tc.strict})
			var got *problem.Error
			switch {
			case tc.pcode == "":
				if warns != nil || err != nil {
					t.Fatalf("CheckCode(%s) = %v, %v", tc.code, warns, err)
				}
				return
			case tc.strict:
				if warns != nil || !errors.As(err, &got) {
					t.Fatalf("strict CheckCode(%s) = %v, %v; want an error", tc.code, warns, err)
				}
			default:
				if err != nil || len(warns) != 1 {
					t.Fatalf("CheckCode(%s) = %v, %v; want one warning", tc.code, warns, err)
				}
				got = warns[0]
			}
			if got.Code != tc.pcode || !errors.Is(got, ErrUnlisted) || got.Value != tc.code || got.Field != "code" {
				t.Errorf("problem %+v", got)
			}
			msg := got.Message(problem.English)
			if !strings.Contains(msg, "nearest existing codes: "+tc.near+" (") || !strings.Contains(msg, "Kepmendagri 300.2.2-2138/2025 list") {
				t.Errorf("message %q, want suggestions %q", msg, tc.near)
			}
		})
	}
}

func TestCheckCodeOptions(t *testing.T) {
	tab := bekasi(t)
	if _, err := CheckCode(tab, Code{}, CheckOptions{}); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("zero code: %v", err)
	}
	if w, err := CheckCode(nil, MustParse("32.16.99"), CheckOptions{Strict: true}); w != nil || err != nil {
		t.Errorf("nil dir: %v, %v", w, err)
	}
	w, _ := CheckCode(tab, MustParse("32.16.01.2006"), CheckOptions{Suggest: -1})
	if len(w) != 1 || strings.Contains(w[0].EN, "nearest") || !strings.Contains(w[0].EN, "the area list in use") {
		t.Errorf("no suggestions: %v", w)
	}
	w, _ = CheckCode(tab, MustParse("32.16.01.2006"), CheckOptions{Suggest: 1})
	if len(w) != 1 || !strings.HasSuffix(w[0].EN, "nearest existing codes: 32.16.01.2005 Setia Mulya") {
		t.Errorf("one suggestion: %v", w[0].EN)
	}
	if n := testing.AllocsPerRun(10, func() { _, _ = CheckCode(tab, MustParse("32.16.01.2001"), CheckOptions{}) }); n != 0 {
		t.Errorf("CheckCode of a listed code allocates %v times", n)
	}
}

func TestCheckIssuingDistrict(t *testing.T) {
	dir := sourced{bekasi(t)}
	if p := CheckIssuingDistrict(dir, MustParse("32.16.01")); p != nil {
		t.Errorf("listed district: %v", p)
	}
	p := CheckIssuingDistrict(dir, MustParse("32.16.24"))
	if p == nil || p.Code != "region.nik_district_unlisted" || !errors.Is(p, ErrUnlisted) || p.Field != "nik.district" {
		t.Fatalf("unlisted district: %+v", p)
	}
	if !strings.Contains(p.EN, "not in the Kepmendagri 300.2.2-2138/2025 list") || !strings.Contains(p.EN, "still valid") {
		t.Errorf("note %q", p.EN)
	}
	for _, c := range []Code{{}, MustParse("32.16"), MustParse("32.16.24.2001")} {
		if p := CheckIssuingDistrict(dir, c); p != nil {
			t.Errorf("CheckIssuingDistrict(%v) = %v; want nil for a code that is not a district", c, p)
		}
	}
	if CheckIssuingDistrict(nil, MustParse("32.16.24")) != nil {
		t.Error("nil dir gives a note")
	}
}

func TestCheckList(t *testing.T) {
	tab := bekasi(t)
	if err := CheckList(tab.All()); err != nil {
		t.Errorf("complete table: %v", err)
	}
	list := []Entry{
		{MustParse("32.16"), "Kabupaten Bekasi"},
		{MustParse("32.16.01.2001"), "Sagara Makmur"}, // district missing
		{MustParse("32.16"), "Bekasi"},                // duplicate
		{Code{}, "x"},                                 // no code
		{MustParse("32.75.01"), " "},                  // no name, and Kota Bekasi missing
	}
	err := CheckList(func(yield func(Code, string) bool) {
		for _, e := range list {
			if !yield(e.Code, e.Name) {
				return
			}
		}
	})
	var probs problem.List
	if !errors.As(err, &probs) {
		t.Fatalf("err = %v", err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, string(p.Code)+" "+p.Field+" "+p.Value)
	}
	want := []string{
		"region.duplicate [2].code 32.16",
		"region.required [3].code ",
		"region.name_required [4].name 32.75.01",
		"region.orphan [1].code 32.16.01.2001",
		"region.orphan [4].code 32.75.01",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(probs[3].EN, "the district 32.16.01 is not in the list") {
		t.Errorf("orphan message %q", probs[3].EN)
	}
}
