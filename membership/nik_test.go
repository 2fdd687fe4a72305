package membership

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

var ref2026 = NIKOptions{Reference: regulation.MustDate(2026, time.January, 1)}

func TestParseNIKDecodes(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		opts     NIKOptions
		district string
		birth    regulation.Date
		sex      Sex
		serial   int
	}{
		{"man: DDMMYY as written, 17 Aug 1990", "3216011708900001", ref2026, "32.16.01", regulation.MustDate(1990, 8, 17), Male, 1},
		{"woman: day + 40, 57 is the 17th", "3216015708900002", ref2026, "32.16.01", regulation.MustDate(1990, 8, 17), Female, 2},
		{"woman: day 41 is the 1st", "3216014101900003", ref2026, "32.16.01", regulation.MustDate(1990, 1, 1), Female, 3},
		{"woman: day 71 is the 31st", "3216017112859999", ref2026, "32.16.01", regulation.MustDate(1985, 12, 31), Female, 9999},
		{"29 February in a leap year", "3216012902960001", ref2026, "32.16.01", regulation.MustDate(1996, 2, 29), Male, 1},
		{"century: 05 is 2005 when that is not after the reference", "3216010101050001", ref2026, "32.16.01", regulation.MustDate(2005, 1, 1), Male, 1},
		{"century: 05 is 1905 when 2005 is after the reference", "3216010101050001", NIKOptions{Reference: regulation.MustDate(2004, 12, 31)}, "32.16.01", regulation.MustDate(1905, 1, 1), Male, 1},
		{"century: the reference day itself is not after it", "3216010101260001", ref2026, "32.16.01", regulation.MustDate(2026, 1, 1), Male, 1},
		{"century: a day after the reference goes back 100 years", "3216010201260001", ref2026, "32.16.01", regulation.MustDate(1926, 1, 2), Male, 1},
		{"zero reference: 35 is 2035", "3216010101350001", NIKOptions{}, "32.16.01", regulation.MustDate(2035, 1, 1), Male, 1},
		{"zero reference: 36 is 1936", "3216010101360001", NIKOptions{}, "32.16.01", regulation.MustDate(1936, 1, 1), Male, 1},
		{"spaces tolerated", " 3216 0117 0890 0001 ", ref2026, "32.16.01", regulation.MustDate(1990, 8, 17), Male, 1},
		{"dots and hyphens tolerated", "32.16.01-170890-0001", ref2026, "32.16.01", regulation.MustDate(1990, 8, 17), Male, 1},
		{"city in Papua Pegunungan", "9571011708900001", ref2026, "95.71.01", regulation.MustDate(1990, 8, 17), Male, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ParseNIK(tt.in, tt.opts)
			if err != nil {
				t.Fatalf("ParseNIK(%q): %v", tt.in, err)
			}
			if got := n.District(); got != region.MustParse(tt.district) {
				t.Errorf("District() = %s, want %s", got, tt.district)
			}
			if got := n.BirthDate(); got != tt.birth {
				t.Errorf("BirthDate() = %s, want %s", got, tt.birth)
			}
			if got := n.Sex(); got != tt.sex {
				t.Errorf("Sex() = %s, want %s", got, tt.sex)
			}
			if got := n.Serial(); got != tt.serial {
				t.Errorf("Serial() = %d, want %d", got, tt.serial)
			}
			want := strings.NewReplacer(" ", "", ".", "", "-", "").Replace(tt.in)
			if got := n.Digits(); got != want {
				t.Errorf("Digits() = %q, want %q", got, want)
			}
			if !n.IsValid() || n.IsPlaceholder() {
				t.Errorf("IsValid() = %v, IsPlaceholder() = %v", n.IsValid(), n.IsPlaceholder())
			}
		})
	}
}

func TestParseNIKRejects(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		opts  NIKOptions
		codes []problem.Code
		also  error
	}{
		{"empty", "", ref2026, []problem.Code{"nik.length"}, nil},
		{"15 digits", "321601170890000", ref2026, []problem.Code{"nik.length"}, nil},
		{"17 digits", "32160117089000011", ref2026, []problem.Code{"nik.length"}, nil},
		{"a letter", "3216011708900O01", ref2026, []problem.Code{"nik.syntax"}, nil},
		{"a full-width digit", "３216011708900001", ref2026, []problem.Code{"nik.syntax"}, nil},
		{"30 February does not exist", "3216013002900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"29 February 1990 does not exist", "3216012902900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"day 00", "3216010008900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"day 32 is neither a man's nor a woman's", "3216013208900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"day 40 is neither a man's nor a woman's", "3216014008900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"day 89: 89 − 40 = 49 is impossible", "3216018908900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"month 13", "3216011713900001", ref2026, []problem.Code{"nik.birth_date"}, nil},
		{"Kepmendagri 300.2.2-2138/2025: province 99 does not exist", "9916011708900001", ref2026, []problem.Code{"nik.province"}, region.ErrUnknownProvince},
		{"province 20 does not exist", "2016011708900001", ref2026, []problem.Code{"nik.province"}, region.ErrUnknownProvince},
		{"regency 00", "3200011708900001", ref2026, []problem.Code{"nik.district"}, region.ErrInvalidCode},
		{"district 00", "3216001708900001", ref2026, []problem.Code{"nik.district"}, region.ErrInvalidCode},
		{"serial 0000", "3216011708900000", ref2026, []problem.Code{"nik.serial"}, nil},
		{"born after the reference in both centuries", "3216011708900001", NIKOptions{Reference: regulation.MustDate(1950, 1, 1)}, []problem.Code{"nik.birth_future"}, nil},
		{"every problem at once", "9900003002900000", ref2026, []problem.Code{"nik.province", "nik.birth_date", "nik.serial"}, nil},
		{"placeholder rejected by default", "0216011708900001", ref2026, []problem.Code{"nik.placeholder"}, ErrPlaceholderNIK},
		{"all zeros even when placeholders are allowed", "0000000000000000", NIKOptions{AllowPlaceholder: true}, []problem.Code{"nik.zero"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ParseNIK(tt.in, tt.opts)
			if err == nil {
				t.Fatalf("ParseNIK(%q) = %v, want an error", tt.in, n)
			}
			if n != (NIK{}) {
				t.Errorf("ParseNIK returned %v with its error, want the zero NIK", n)
			}
			var l problem.List
			if !errors.As(err, &l) {
				t.Fatalf("error %T is not a problem.List", err)
			}
			if got := fmt.Sprint(l.Codes()); got != fmt.Sprint(tt.codes) {
				t.Errorf("codes = %v, want %v", got, tt.codes)
			}
			for _, e := range l {
				if !errors.Is(e, ErrInvalidNIK) || e.Field != "nik" {
					t.Errorf("%v: want field nik wrapping ErrInvalidNIK", e)
				}
			}
			if tt.also != nil && !errors.Is(err, tt.also) {
				t.Errorf("errors.Is(err, %v) = false", tt.also)
			}
			digits := strings.TrimSpace(tt.in)
			if len(digits) == 16 && strings.Contains(err.Error(), digits) {
				t.Errorf("error shows the full NIK: %v", err)
			}
		})
	}
}

func TestNIKPlaceholder(t *testing.T) {
	const s = "0216011708900001"
	n, err := ParseNIK(s, NIKOptions{AllowPlaceholder: true})
	if err != nil {
		t.Fatal(err)
	}
	if !n.IsValid() || !n.IsPlaceholder() || n.Digits() != s {
		t.Errorf("IsValid %v, IsPlaceholder %v, Digits %q", n.IsValid(), n.IsPlaceholder(), n.Digits())
	}
	if n.District().IsValid() || !n.BirthDate().IsZero() || n.Sex() != 0 || n.Serial() != 0 {
		t.Errorf("a placeholder's parts mean nothing, got %v %v %v %v", n.District(), n.BirthDate(), n.Sex(), n.Serial())
	}
	if got := n.String(); got != "0216••••••••0001" {
		t.Errorf("String() = %q", got)
	}
}

func TestNIKZero(t *testing.T) {
	var n NIK
	if n.IsValid() || n.IsPlaceholder() || n.Digits() != "" || n.String() != "" || n.Serial() != 0 || n.Sex() != 0 {
		t.Errorf("zero NIK: %v %v %q %q", n.IsValid(), n.IsPlaceholder(), n.Digits(), n.String())
	}
	if b, err := n.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("MarshalText() = %q, %v", b, err)
	}
	var m NIK
	if err := m.UnmarshalText(nil); err != nil || m != (NIK{}) {
		t.Errorf("UnmarshalText(empty) = %v, %v", m, err)
	}
}

const fullNIK = "3216011708900001"

func TestNIKMaskedEverywhere(t *testing.T) {
	n := MustParseNIK(fullNIK)
	const masked = "3216••••••••0001"
	for _, tt := range []struct{ format, want string }{
		{"%v", masked},
		{"%+v", masked},
		{"%s", masked},
		{"%q", `"` + masked + `"`},
		{"%#v", `membership.NIK("` + masked + `")`},
		{"%d", masked},
		{"%20s", "    " + masked},
		{"%x", fmt.Sprintf("%x", masked)},
	} {
		if got := fmt.Sprintf(tt.format, n); got != tt.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
	p := Participant{NIK: n, Name: "Budi"}
	for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
		if got := fmt.Sprintf(format, p); strings.Contains(got, fullNIK) {
			t.Errorf("Sprintf(%q, participant) shows the NIK: %s", format, got)
		}
	}
	// The name, birth date, phone and income of a participant stay out of
	// fmt, alone or inside a registration.
	full := budi()
	want := "{nik:3216••••••••0001 kpj:12•••••••01 phone:+628••••••7890 segment:BPU domicile:32.16.01.2001}"
	if got := fmt.Sprint(full); got != want {
		t.Errorf("Sprint(participant) = %s, want %s", got, want)
	}
	if got := fmt.Sprintf("%#v", full); got != "membership.Participant"+want {
		t.Errorf("Sprintf(%%#v, participant) = %s", got)
	}
	for _, format := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		got := fmt.Sprintf(format, Registration{Participant: full})
		if containsAny(got, fullNIK, "Budi", "1990", "81234567890", "2500000") {
			t.Errorf("Sprintf(%q, registration) shows personal data: %s", format, got)
		}
	}
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("registered", "nik", n, "participant", p, "registration", Registration{Participant: p})
	if strings.Contains(buf.String(), fullNIK) || !strings.Contains(buf.String(), masked) {
		t.Errorf("slog output: %s", buf.String())
	}
	_, err := ParseNIK("3216011708900001", NIKOptions{Reference: regulation.MustDate(1950, 1, 1)})
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		if msg := err.(problem.List).Message(lang); strings.Contains(msg, fullNIK) || !strings.Contains(msg, masked) {
			t.Errorf("error message: %s", msg)
		}
	}
}

func TestNIKText(t *testing.T) {
	n := MustParseNIK(fullNIK)
	b, err := json.Marshal(struct {
		NIK NIK `json:"nik"`
	}{n})
	if err != nil || string(b) != `{"nik":"`+fullNIK+`"}` {
		t.Fatalf("json = %s, %v; the storage encoding is the full value", b, err)
	}
	var back struct {
		NIK NIK `json:"nik"`
	}
	if err := json.Unmarshal(b, &back); err != nil || back.NIK != n {
		t.Errorf("round trip = %v, %v", back.NIK, err)
	}
	var p NIK
	if err := p.UnmarshalText([]byte("0216011708900001")); err != nil || !p.IsPlaceholder() {
		t.Errorf("UnmarshalText accepts stored placeholders: %v, %v", p, err)
	}
	if err := p.UnmarshalText([]byte("3216013002900001")); !errors.Is(err, ErrInvalidNIK) {
		t.Errorf("UnmarshalText(30 Feb) = %v", err)
	}
}

func TestParseNIKAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := ParseNIK(fullNIK, ref2026); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("ParseNIK allocates %v times, want 0", allocs)
	}
}

func BenchmarkParseNIK(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseNIK(fullNIK, ref2026); err != nil {
			b.Fatal(err)
		}
	}
}

// TestNIKCompare: NIKs order as their 16 digits do as text; the zero NIK,
// whose Digits is "", comes first.
func TestNIKCompare(t *testing.T) {
	a := MustParseNIK("3216011708900001")
	b := MustParseNIK("3216011708900002") // same person's day, next serial
	c := MustParseNIK("3216015708900001") // a woman born the same day: day + 40
	var zero NIK
	for _, tc := range []struct {
		name string
		n, m NIK
		want int
	}{
		{"same NIK", a, a, 0},
		{"serial 0001 before 0002", a, b, -1},
		{"serial 0002 after 0001", b, a, 1},
		{"day 17 before day 57", b, c, -1},
		{"zero before any", zero, a, -1},
		{"any after zero", a, zero, 1},
		{"zero equals zero", zero, zero, 0},
	} {
		if got := tc.n.Compare(tc.m); got != tc.want {
			t.Errorf("%s: Compare = %d, want %d", tc.name, got, tc.want)
		}
	}
}
