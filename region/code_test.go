package region

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestParseValid(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  string // dotted
		level Level
	}{
		{"Kepmendagri format: province, 2 digits", "32", "32", Province},
		{"Kepmendagri format: regency, dotted", "32.16", "32.16", Regency},
		{"Kepmendagri format: regency, compact", "3216", "32.16", Regency},
		{"Kepmendagri format: district, dotted", "32.16.01", "32.16.01", District},
		{"Kepmendagri format: district, compact (NIK prefix)", "321601", "32.16.01", District},
		{"Kepmendagri format: village, dotted (Bekasi example)", "32.16.01.2001", "32.16.01.2001", Village},
		{"Kepmendagri format: village, compact (Bekasi example)", "3216012001", "32.16.01.2001", Village},
		{"surrounding white space is ignored", " \t32.16.01.2001\n", "32.16.01.2001", Village},
		{"city 71-99: Kota Bekasi", "32.75", "32.75", Regency},
		{"regency 69 is the last regency number", "32.69", "32.69", Regency},
		{"city 99 is the last city number", "32.99", "32.99", Regency},
		{"kelurahan: first village digit 1", "31.71.01.1001", "31.71.01.1001", Village},
		{"desa adat: first village digit 3", "51.03.01.3001", "51.03.01.3001", Village},
		{"village serial 999 is the last", "32.16.01.2999", "32.16.01.2999", Village},
		{"Papua Barat Daya (96) since 2022", "96.01", "96.01", Regency},
		{"Aceh (11) is the first province", "11", "11", Province},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.in)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if !c.IsValid() {
				t.Errorf("Parse(%q).IsValid() = false", tt.in)
			}
			if got := c.String(); got != tt.want {
				t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
			}
			if got, want := c.Compact(), strings.ReplaceAll(tt.want, ".", ""); got != want {
				t.Errorf("Parse(%q).Compact() = %q, want %q", tt.in, got, want)
			}
			if got := c.Level(); got != tt.level {
				t.Errorf("Parse(%q).Level() = %v, want %v", tt.in, got, tt.level)
			}
		})
	}
}

func TestParseCompactEqualsDotted(t *testing.T) {
	dotted, err := Parse("32.16.01.2001")
	if err != nil {
		t.Fatal(err)
	}
	compact, err := Parse("3216012001")
	if err != nil {
		t.Fatal(err)
	}
	if dotted != compact {
		t.Errorf("Parse(dotted) = %v, Parse(compact) = %v; want equal", dotted, compact)
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		sentinel error
		code     problem.Code
	}{
		{"empty", "", ErrInvalidCode, "region.required"},
		{"only spaces", "   ", ErrInvalidCode, "region.required"},
		{"one digit", "3", ErrInvalidCode, "region.syntax"},
		{"three digits", "321", ErrInvalidCode, "region.syntax"},
		{"eight digits", "32160120", ErrInvalidCode, "region.syntax"},
		{"eleven digits", "32160120011", ErrInvalidCode, "region.syntax"},
		{"NIK is not an area code", "3216010101900001", ErrInvalidCode, "region.syntax"},
		{"letter", "32.1A", ErrInvalidCode, "region.syntax"},
		{"sign", "+32", ErrInvalidCode, "region.syntax"},
		{"non-ASCII digits", "٣٢", ErrInvalidCode, "region.syntax"},
		{"inner space", "32. 16", ErrInvalidCode, "region.syntax"},
		{"mixed dotted and compact", "32.1601", ErrInvalidCode, "region.syntax"},
		{"mixed compact then dotted", "3216.01", ErrInvalidCode, "region.syntax"},
		{"misplaced dot", "321.6", ErrInvalidCode, "region.syntax"},
		{"leading dot", ".32.16", ErrInvalidCode, "region.syntax"},
		{"trailing dot", "32.16.", ErrInvalidCode, "region.syntax"},
		{"double dot", "32..16", ErrInvalidCode, "region.syntax"},
		{"village part too short", "32.16.01.201", ErrInvalidCode, "region.syntax"},
		{"five parts", "32.16.01.2001.01", ErrInvalidCode, "region.syntax"},
		{"dash separators", "32-16-01-2001", ErrInvalidCode, "region.syntax"},
		{"Kepmendagri: province 99 does not exist", "99", ErrUnknownProvince, "region.unknown_province"},
		{"Kepmendagri: province 00 does not exist", "00.16", ErrUnknownProvince, "region.unknown_province"},
		{"Kepmendagri: province 20 does not exist", "2001", ErrUnknownProvince, "region.unknown_province"},
		{"Kepmendagri: province 97 does not exist", "97.01.01.2001", ErrUnknownProvince, "region.unknown_province"},
		{"Kepmendagri: regency 00", "32.00", ErrOutOfRange, "region.range"},
		{"Kepmendagri: regency 70 is neither regency nor city", "32.70", ErrOutOfRange, "region.range"},
		{"Kepmendagri: district 00", "32.16.00", ErrOutOfRange, "region.range"},
		{"Kepmendagri: district 00, compact", "321600", ErrOutOfRange, "region.range"},
		{"Kepmendagri: village serial 000 (desa)", "32.16.01.2000", ErrOutOfRange, "region.range"},
		{"Kepmendagri: village 0000", "32.16.01.0000", ErrVillageKind, "region.village_kind"},
		{"Kepmendagri: village kind 0", "32.16.01.0001", ErrVillageKind, "region.village_kind"},
		{"Kepmendagri: village kind 4", "32.16.01.4001", ErrVillageKind, "region.village_kind"},
		{"Kepmendagri: village kind 9", "3216019001", ErrVillageKind, "region.village_kind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, want error", tt.in, c)
			}
			if c != (Code{}) {
				t.Errorf("Parse(%q) returned %v with its error, want the zero Code", tt.in, c)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("Parse(%q) error %v is not %v", tt.in, err, tt.sentinel)
			}
			if !errors.Is(err, ErrInvalidCode) {
				t.Errorf("Parse(%q) error %v is not ErrInvalidCode", tt.in, err)
			}
			var pe *problem.Error
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q) error %T is not a *problem.Error", tt.in, err)
			}
			if pe.Code != tt.code {
				t.Errorf("Parse(%q) code = %q, want %q", tt.in, pe.Code, tt.code)
			}
			if pe.Field != "code" {
				t.Errorf("Parse(%q) field = %q, want \"code\"", tt.in, pe.Field)
			}
			// An area code is public and quoted as given; sixteen digits
			// may be a NIK, and are masked.
			want := strings.TrimSpace(tt.in)
			if masked, ok := maskedInputs[want]; ok {
				want = masked
			}
			if pe.Value != want {
				t.Errorf("Parse(%q) value = %q, want %q", tt.in, pe.Value, want)
			}
			if pe.ID == "" || pe.EN == "" || pe.ID == pe.EN {
				t.Errorf("Parse(%q) messages: id %q, en %q; want two distinct messages", tt.in, pe.ID, pe.EN)
			}
		})
	}
}

// maskedInputs are the inputs of TestParseInvalid that an error shows
// masked, as problem.MaskDigits masks them.
var maskedInputs = map[string]string{
	"3216010101900001": "3216••••••••0001",
}

func TestParseErrorValueStaysShort(t *testing.T) {
	_, err := Parse(strings.Repeat("32.16.01.2001", 100))
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Code != "region.syntax" {
		t.Fatalf("err = %v", err)
	}
	// Cut to 40 characters, which hold 28 digits in dotted groups: as many
	// as a NIK could be written in, so all but the first and last four
	// digits are masked.
	if want := "32.16.••.••••••.••.••.••••••.••.••.•0013…"; pe.Value != want {
		t.Errorf("value = %q, want %q", pe.Value, want)
	}
}

func TestParseErrorMessages(t *testing.T) {
	_, err := Parse("99.01")
	var pe *problem.Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %T is not a *problem.Error", err)
	}
	wantID := "kode: kode provinsi 99 tidak termasuk 38 provinsi menurut Kepmendagri 300.2.2-2138/2025 (99.01)"
	wantEN := "code: province code 99 is not one of the 38 provinces of Kepmendagri 300.2.2-2138/2025 (99.01)"
	if got := pe.Message(problem.Indonesian); got != wantID {
		t.Errorf("Indonesian message\n got %q\nwant %q", got, wantID)
	}
	if got := pe.Message(problem.English); got != wantEN {
		t.Errorf("English message\n got %q\nwant %q", got, wantEN)
	}
	if err.Error() != wantID {
		t.Errorf("Error() = %q, want the Indonesian message", err.Error())
	}
}

func TestMustParse(t *testing.T) {
	if got := MustParse("32.16"); got.String() != "32.16" {
		t.Errorf("MustParse(\"32.16\") = %v", got)
	}
	defer func() {
		r := recover()
		if r == nil {
			t.Fatal("MustParse(\"99\") did not panic")
		}
		if s, ok := r.(string); !ok || !strings.Contains(s, "region.MustParse") {
			t.Errorf("panic value %v does not name region.MustParse", r)
		}
	}()
	MustParse("99")
}

func TestZeroCode(t *testing.T) {
	var z Code
	if z.IsValid() {
		t.Error("zero Code is valid")
	}
	if z.Level() != 0 {
		t.Errorf("zero Code level = %v, want 0", z.Level())
	}
	if s := z.String(); s != "" {
		t.Errorf("zero Code String() = %q, want \"\"", s)
	}
	if s := z.Compact(); s != "" {
		t.Errorf("zero Code Compact() = %q, want \"\"", s)
	}
	if b, err := z.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Code MarshalText() = %q, %v; want empty", b, err)
	}
	for _, c := range []Code{z.Parent(), z.Province(), z.Regency(), z.District()} {
		if c != z {
			t.Errorf("a truncation of the zero Code is %v, want the zero Code", c)
		}
	}
	if z.Contains(z) || z.Contains(MustParse("32")) || MustParse("32").Contains(z) {
		t.Error("the zero Code contains or is contained in something")
	}
	if z.IsCity() || z.IsRegency() || z.VillageKind() != 0 {
		t.Error("the zero Code is a city, a regency or a village")
	}
	if _, ok := ProvinceName(z); ok {
		t.Error("ProvinceName(zero Code) ok = true")
	}
}

func TestHierarchy(t *testing.T) {
	v := MustParse("32.16.01.2001")
	tests := []struct {
		name string
		got  Code
		want string
	}{
		{"village's district", v.District(), "32.16.01"},
		{"village's regency", v.Regency(), "32.16"},
		{"village's province", v.Province(), "32"},
		{"village's parent is its district", v.Parent(), "32.16.01"},
		{"district's parent is its regency", v.Parent().Parent(), "32.16"},
		{"regency's parent is its province", v.Regency().Parent(), "32"},
		{"province has no parent", v.Province().Parent(), ""},
		{"province has no regency", v.Province().Regency(), ""},
		{"regency has no district", v.Regency().District(), ""},
		{"district's own district is itself", v.District().District(), "32.16.01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := v.Province().Level(); got != Province {
		t.Errorf("Province().Level() = %v", got)
	}
	// Truncating equals parsing the shorter code.
	if v.Regency() != MustParse("3216") {
		t.Error("32.16.01.2001 Regency() != Parse(\"3216\")")
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		name  string
		outer string
		inner string
		want  bool
	}{
		{"province contains its village", "32", "32.16.01.2001", true},
		{"regency contains its village", "32.16", "32.16.01.2001", true},
		{"district contains its village", "32.16.01", "32.16.01.2001", true},
		{"a code contains itself", "32.16.01.2001", "32.16.01.2001", true},
		{"a village does not contain its district", "32.16.01.2001", "32.16.01", false},
		{"Kab. Bekasi does not contain Kota Bekasi", "32.16", "32.75", false},
		{"Jawa Barat does not contain Banten", "32", "36.01", false},
		{"sibling villages", "32.16.01.2001", "32.16.01.2002", false},
		{"same district number in another regency", "32.16.01", "32.17.01.2001", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MustParse(tt.outer).Contains(MustParse(tt.inner)); got != tt.want {
				t.Errorf("%s.Contains(%s) = %v, want %v", tt.outer, tt.inner, got, tt.want)
			}
		})
	}
}

func TestCityOrRegency(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		city, kab  bool
		regencyStr string
	}{
		{"regency part 01-69 is a kabupaten: Kab. Bekasi", "32.16", false, true, "32.16"},
		{"a village inherits kabupaten: Bekasi desa", "32.16.01.2001", false, true, "32.16"},
		{"regency part 01 is a kabupaten", "11.01", false, true, "11.01"},
		{"regency part 71-99 is a kota: Kota Bekasi", "32.75", true, false, "32.75"},
		{"a kelurahan in Jakarta Pusat is in a kota", "31.71.01.1001", true, false, "31.71"},
		{"regency part 71 is a kota", "32.71", true, false, "32.71"},
		{"a province is neither", "32", false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := MustParse(tt.in)
			if c.IsCity() != tt.city || c.IsRegency() != tt.kab {
				t.Errorf("%s: IsCity %v, IsRegency %v; want %v, %v", tt.in, c.IsCity(), c.IsRegency(), tt.city, tt.kab)
			}
			if got := c.Regency().String(); got != tt.regencyStr {
				t.Errorf("%s.Regency() = %q, want %q", tt.in, got, tt.regencyStr)
			}
		})
	}
}

func TestVillageKind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want VillageKind
		str  string
	}{
		{"first digit 1 is a kelurahan", "31.71.01.1001", Kelurahan, "kelurahan"},
		{"first digit 2 is a desa: Bekasi example", "32.16.01.2001", Desa, "desa"},
		{"first digit 3 is a desa adat", "51.03.01.3001", DesaAdat, "desa adat"},
		{"a district is not a village", "32.16.01", 0, "VillageKind(0)"},
		{"a province is not a village", "32", 0, "VillageKind(0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MustParse(tt.in).VillageKind()
			if got != tt.want {
				t.Errorf("%s.VillageKind() = %v, want %v", tt.in, got, tt.want)
			}
			if got.String() != tt.str {
				t.Errorf("%s.VillageKind().String() = %q, want %q", tt.in, got.String(), tt.str)
			}
		})
	}
}

func TestLevelString(t *testing.T) {
	want := map[Level]string{
		0:        "Level(0)",
		Province: "province",
		Regency:  "regency",
		District: "district",
		Village:  "village",
		9:        "Level(9)",
	}
	for l, s := range want {
		if l.String() != s {
			t.Errorf("Level(%d).String() = %q, want %q", uint8(l), l.String(), s)
		}
	}
	if !(Province < Regency && Regency < District && District < Village) {
		t.Error("levels are not ordered coarsest first")
	}
}

func TestCompare(t *testing.T) {
	in := []string{"32.75", "32.16.01.2001", "11", "32", "32.16.01", "32.16", "31.71.01.1001", "32.16.02"}
	var codes []Code
	for _, s := range in {
		codes = append(codes, MustParse(s))
	}
	codes = append(codes, Code{})
	slices.SortFunc(codes, Code.Compare)
	var got []string
	for _, c := range codes {
		got = append(got, c.String())
	}
	want := []string{"", "11", "31.71.01.1001", "32", "32.16", "32.16.01", "32.16.01.2001", "32.16.02", "32.75"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted codes = %q, want %q", got, want)
	}
	c := MustParse("32.16")
	if c.Compare(c) != 0 {
		t.Error("c.Compare(c) != 0")
	}
}

func TestTextRoundTrip(t *testing.T) {
	for _, s := range []string{"", "32", "32.16", "32.16.01", "32.16.01.2001", "31.71.01.1001"} {
		var c Code
		if err := c.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", s, err)
		}
		b, err := c.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", c, err)
		}
		if string(b) != s {
			t.Errorf("text round trip of %q gave %q", s, b)
		}
		if b, _ := c.AppendText([]byte("x=")); string(b) != "x="+s {
			t.Errorf("AppendText = %q, want %q", b, "x="+s)
		}
	}
	// Compact text is accepted and marshals back dotted.
	var c Code
	if err := c.UnmarshalText([]byte("3216012001")); err != nil || c.String() != "32.16.01.2001" {
		t.Errorf("UnmarshalText(compact) = %v, %v", c, err)
	}
	// A failed unmarshal leaves the code unchanged.
	if err := c.UnmarshalText([]byte("99")); !errors.Is(err, ErrUnknownProvince) {
		t.Errorf("UnmarshalText(\"99\") error = %v, want ErrUnknownProvince", err)
	}
	if c.String() != "32.16.01.2001" {
		t.Errorf("failed UnmarshalText changed the code to %v", c)
	}
}

func TestJSON(t *testing.T) {
	type domicile struct {
		Village Code `json:"village"`
		Issuer  Code `json:"issuer"`
	}
	in := domicile{Village: MustParse("32.16.01.2001")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"village":"32.16.01.2001","issuer":""}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var out domicile
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("json round trip = %+v, want %+v", out, in)
	}
	if err := json.Unmarshal([]byte(`{"village":"32.70"}`), &out); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("unmarshal of regency 70: error %v, want ErrOutOfRange", err)
	}
}

func TestJSONMapKey(t *testing.T) {
	in := map[Code]int{
		MustParse("32.16.01.2001"): 12,
		MustParse("32.16"):         3,
		MustParse("31.71.01.1001"): 7,
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"31.71.01.1001":7,"32.16":3,"32.16.01.2001":12}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var out map[Code]int
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("round trip has %d keys, want %d", len(out), len(in))
	}
	for k, v := range in {
		if out[k] != v {
			t.Errorf("out[%v] = %d, want %d", k, out[k], v)
		}
	}
	// Compact keys are read too.
	if err := json.Unmarshal([]byte(`{"3216012001":1}`), &out); err != nil {
		t.Fatal(err)
	}
	if out[MustParse("32.16.01.2001")] != 1 {
		t.Error("compact map key not read")
	}
}

func TestParseDoesNotAllocate(t *testing.T) {
	for _, s := range []string{"32.16.01.2001", "3216012001", " 32.16 "} {
		allocs := testing.AllocsPerRun(100, func() {
			c, err := Parse(s)
			if err != nil || !c.IsValid() {
				panic("parse failed")
			}
			_ = c.Contains(c.Province().Parent())
		})
		if allocs != 0 {
			t.Errorf("Parse(%q) allocates %v times, want 0", s, allocs)
		}
	}
}

var sinkCode Code

func BenchmarkParse(b *testing.B) {
	for _, in := range []string{"32.16.01.2001", "3216012001", "32.16"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c, err := Parse(in)
				if err != nil {
					b.Fatal(err)
				}
				sinkCode = c
			}
		})
	}
}

var sinkString string

func BenchmarkString(b *testing.B) {
	c := MustParse("32.16.01.2001")
	b.ReportAllocs()
	for b.Loop() {
		sinkString = c.String()
	}
}

func BenchmarkAppendText(b *testing.B) {
	c := MustParse("32.16.01.2001")
	buf := make([]byte, 0, 16)
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = c.AppendText(buf[:0])
	}
}
