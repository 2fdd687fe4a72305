package problem

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

var errRule = errors.New("rule broken")

func TestListCollectsAndUnwraps(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list is an error")
	}
	one := New(errRule, "x.bad", "nik", "3216••••••••0001", "salah", "wrong")
	var inner List
	inner.Add(New(errRule, "y.bad", "name", "", "kosong", "empty"))
	l.Add(nil, one, inner.Err(), fmt.Errorf("wrapped: %w", one), errors.New("plain"))
	if len(l) != 4 {
		t.Fatalf("len = %d, want 4 (nil skipped, list flattened, wrapped unwrapped, plain kept)", len(l))
	}
	if l[3].Code != "internal" || l[3].EN != "plain" {
		t.Errorf("plain error kept as %+v", l[3])
	}
	err := l.Err()
	if !errors.Is(err, errRule) {
		t.Error("errors.Is does not see inside the list")
	}
	var pe *Error
	if !errors.As(err, &pe) || pe.Code != "x.bad" {
		t.Errorf("errors.As found %+v", pe)
	}
	if got := l.Codes(); got[0] != "x.bad" || got[1] != "y.bad" {
		t.Errorf("Codes = %v", got)
	}
}

func TestMessages(t *testing.T) {
	e := New(errRule, "nik.length", "participant.nik", "3216••••0001", "harus 16 angka", "must have 16 digits")
	if got, want := e.Message(Indonesian), "peserta, NIK: harus 16 angka (3216••••0001)"; got != want {
		t.Errorf("Indonesian = %q, want %q", got, want)
	}
	if got, want := e.Message(English), "participant, NIK: must have 16 digits (3216••••0001)"; got != want {
		t.Errorf("English = %q, want %q", got, want)
	}
	if e.Error() != e.Message(Indonesian) {
		t.Error("Error() is not the Indonesian message")
	}
	e = New(errRule, "nik.length", "nik", "3216••••0001", "harus 16 angka", "must have 16 digits")
	if got := e.WithField("participant").Field; got != "participant.nik" {
		t.Errorf("WithField = %q", got)
	}
	if e.Field != "nik" {
		t.Error("WithField changed the original")
	}
	var l List
	l.AddField("roster[2]", e)
	if l[0].Field != "roster[2].nik" {
		t.Errorf("AddField = %q", l[0].Field)
	}
	for _, c := range []struct{ prefix, field, want string }{
		{"", "nik", "nik"}, {"p", "", "p"}, {"roster", "[3]", "roster[3]"}, {"a", "b", "a.b"},
	} {
		if got := Join(c.prefix, c.field); got != c.want {
			t.Errorf("Join(%q, %q) = %q, want %q", c.prefix, c.field, got, c.want)
		}
	}
}

func TestMask(t *testing.T) {
	for _, c := range []struct {
		in   string
		keep int
		want string
	}{
		{"3216011708900001", 4, "3216••••••••0001"},
		{"12345678", 4, "••••••••"},
		{"", 4, ""},
		{"081234567890", 2, "08••••••••90"},
		{"1234", 0, "••••"},
		{"1234", -1, "••••"},
	} {
		if got := Mask(c.in, c.keep); got != c.want {
			t.Errorf("Mask(%q, %d) = %q, want %q", c.in, c.keep, got, c.want)
		}
	}
}

func TestClipAndMaskInput(t *testing.T) {
	long := strings.Repeat("1234567890", 10)
	for _, c := range []struct{ name, got, want string }{
		{"short text is kept as it is", Clip(" Rp16.800 "), " Rp16.800 "},
		{"invalid UTF-8 becomes ?", Clip("a\xffb"), "a?b"},
		{"long text is cut to 40 characters and …", Clip(long), long[:40] + "…"},
		{"exactly 40 characters are kept whole", Clip(long[:40]), long[:40]},
		{"a NIK with separators is trimmed and masked", MaskInput(" 3216-0117-0890-0001 ", 4), "3216•••••••••••0001"},
		{"a long input is cut before masking", MaskInput(long, 2), "12" + strings.Repeat("•", 36) + "90"},
		{"a run of invalid bytes is one masked character", MaskInput("\xff\xff", 4), "•"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	// Whatever the input, the value stays short.
	if n := utf8.RuneCountInString(Clip(strings.Repeat("é", 1000))); n != 41 {
		t.Errorf("Clip keeps %d characters, want 41", n)
	}
}

func TestMaskDigits(t *testing.T) {
	for _, c := range []struct {
		name, in string
		minRun   int
		want     string
	}{
		{"a NIK alone", "3216011708900001", 16, "3216••••••••0001"},
		{"a NIK inside text", "NIK 3216011708900001 ditolak", 16, "NIK 3216••••••••0001 ditolak"},
		{"a NIK in groups of four", "3216 0117 0890 0001", 16, "3216 •••• •••• 0001"},
		{"a NIK with dots", "32.16.01.170890.0001", 16, "32.16.••.••••••.0001"},
		{"a NIK with dashes, then a comma", "3216-0117-0890-0001, lalu", 16, "3216-••••-••••-0001, lalu"},
		{"a NIK and a decimal", "3216011708900001.5", 16, "3216•••••••••001.5"},
		{"a KPJ card number (11 digits) is left to its own field", "kpj 12345678901", 16, "kpj 12345678901"},
		{"a mobile number, minRun 10", "hp 0812345678", 10, "hp 08••••••78"},
		{"a mobile number in groups, minRun 10", "hp 0812-3456-7890", 10, "hp 08••-••••-••90"},
		{"a dotted village code, minRun 10", "32.16.01.2001", 10, "32.••.••.••01"},
		{"a village code, dotted", "desa 32.16.01.2001", 16, "desa 32.16.01.2001"},
		{"a village code, compact, minRun 11", "desa 3216012001", 11, "desa 3216012001"},
		{"a large amount with separators (15 digits)", "Rp100.000.000.000.000", 16, "Rp100.000.000.000.000"},
		{"a contract value typed plain", "50000000000.555", 16, "50000000000.555"},
		{"a date range", "2026-01-01 – 2026-12-31", 16, "2026-01-01 – 2026-12-31"},
		{"two separators end a number", "3216 0117  0890 0001", 16, "3216 0117  0890 0001"},
		{"two NIKs", "3216011708900001/3216011708900002", 16, "3216••••••••0001/3216••••••••0002"},
		{"a huge run is cut to 40 characters", strings.Repeat("7", 400), 16, "7777" + strings.Repeat("•", 32) + "7777"},
		{"no digits", "tanpa angka", 16, "tanpa angka"},
		{"empty", "", 16, ""},
		{"non-ASCII text around a number", "é3216011708900001é", 16, "é3216••••••••0001é"},
	} {
		if got := MaskDigits(c.in, c.minRun); got != c.want {
			t.Errorf("%s: MaskDigits(%q, %d) = %q, want %q", c.name, c.in, c.minRun, got, c.want)
		}
	}
}

// New masks what a package quoted by mistake: a NIK that reached a message
// or a value without being masked.
func TestNewMasksLongNumbers(t *testing.T) {
	e := New(errRule, "x.y", "line[2].3216011708900001", "3216 0117 0890 0001",
		"upah 3216011708900001 tidak sah", "wage 32.16.01.170890.0001 is not valid")
	if e.Field != "line[2].3216••••••••0001" || e.Value != "3216 •••• •••• 0001" ||
		e.ID != "upah 3216••••••••0001 tidak sah" || e.EN != "wage 32.16.••.••••••.0001 is not valid" {
		t.Errorf("New kept a long number: %+v", e)
	}
	if e := New(errRule, "x.y", "village", "3216012001", "", ""); e.Value != "3216012001" {
		t.Errorf("New masked a village code: %q", e.Value)
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"id": Indonesian, "EN": English, " en ": English, "ind": Indonesian} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error("fr accepted")
	}
}

func ExampleList() {
	errTooYoung := errors.New("too young")
	var l List
	l.Add(New(errTooYoung, "age.min", "participant.birth_date", "2015-01-01",
		"belum cukup umur", "too young"))
	l.AddField("roster[2].participant", New(errTooYoung, "name.required", "name", "",
		"wajib diisi", "is required"))
	err := l.Err()
	fmt.Println(errors.Is(err, errTooYoung))
	fmt.Println(l.Message(English))
	fmt.Println(l[1].Field)
	fmt.Println(l[1].Message(Indonesian))
	// Output:
	// true
	// participant, birth date: too young (2015-01-01)
	// 3rd participant, name: is required
	// roster[2].participant.name
	// peserta ke-3, nama: wajib diisi
}

func ExampleNew() {
	errInvalidNIK := errors.New("invalid NIK")
	err := fmt.Errorf("reading row 3: %w", New(errInvalidNIK, "nik.birth_date", "nik",
		MaskInput("3216013002900001", 4),
		"tanggal lahir di dalamnya tidak ada", "the birth date in it does not exist"))

	fmt.Println(errors.Is(err, errInvalidNIK))
	var pe *Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Code)
		fmt.Println(pe.Message(Indonesian))
		fmt.Println(pe.Message(English))
	}
	// Output:
	// true
	// nik.birth_date
	// NIK: tanggal lahir di dalamnya tidak ada (3216••••••••0001)
	// NIK: the birth date in it does not exist (3216••••••••0001)
}

func ExampleMaskDigits() {
	fmt.Println(MaskDigits("NIK 3216 0117 0890 0001 di kolom upah", IDDigits))
	fmt.Println(MaskDigits("desa 32.16.01.2001, upah 2500000", IDDigits))
	fmt.Println(MaskDigits("ponsel 081234567890 di kolom upah", 10))
	// Output:
	// NIK 3216 •••• •••• 0001 di kolom upah
	// desa 32.16.01.2001, upah 2500000
	// ponsel 08••••••••90 di kolom upah
}

func ExampleMask() {
	fmt.Println(Mask("3216011708900001", 4))
	fmt.Println(Mask("12345678901", 2))
	fmt.Println(Clip("Rp" + strings.Repeat("9", 60)))
	// Output:
	// 3216••••••••0001
	// 12•••••••01
	// Rp99999999999999999999999999999999999999…
}

func TestRelabel(t *testing.T) {
	if Relabel(nil, "on") != nil {
		t.Fatal("Relabel(nil) is an error")
	}
	one := New(errRule, "month.range", "month", "2026-13", "bulan salah", "wrong month")
	var two List
	two.Add(one, New(errRule, "month.format", "[1].month", "", "format salah", "wrong format"))
	for _, tt := range []struct {
		name string
		err  error
		want int
	}{
		{"one problem", one, 1},
		{"a list", two.Err(), 2},
		{"wrapped", fmt.Errorf("reading: %w", one), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Relabel(tt.err, "fees")
			var l List
			if !errors.As(got, &l) || len(l) != tt.want {
				t.Fatalf("Relabel = %#v, want a list of %d", got, tt.want)
			}
			for _, e := range l {
				if e.Field != "fees" {
					t.Errorf("field %q, want fees", e.Field)
				}
			}
			if !errors.Is(got, errRule) {
				t.Error("the sentinel is lost")
			}
		})
	}
	if one.Field != "month" {
		t.Errorf("Relabel changed the original's field to %q", one.Field)
	}
	var l List
	l.Add(Relabel(errors.New("plain"), "on"))
	if len(l) != 1 || l[0].Code != "internal" || l[0].Field != "on" || l[0].EN != "plain" {
		t.Errorf("a plain error became %+v", l[0])
	}
}

// TestLabel pins how a field path reads in each language: the words are
// the Indonesian and English names of the inputs' fields, lists count from
// one as people do ("roster[2]" is the third), lines keep the number the
// file's reader gave.
func TestLabel(t *testing.T) {
	for _, c := range []struct{ field, id, en string }{
		{"", "", ""},
		{"nik", "NIK", "NIK"},
		{"line[4].wage", "baris 4, kolom upah", "line 4, column wage"},
		{"line[7]", "baris 7", "line 7"},
		{"participant.birth_date", "peserta, tanggal lahir", "participant, birth date"},
		// An element of a roster is a participant: said once.
		{"roster[2].participant.nik", "peserta ke-3, NIK", "3rd participant, NIK"},
		{"roster[0].kpj", "peserta ke-1, nomor KPJ", "1st participant, KPJ number"},
		{"children[1].age", "anak ke-2, usia", "2nd child, age"},
		{"wadahs[10].kind", "wadah ke-11, jenis", "11th wadah, kind"},
		{"partners[11].role", "mitra ke-12, peran", "12th partner, role"},
		{"villages[21].line[4].wage", "desa ke-22, baris 4, kolom upah", "22nd village, line 4, column wage"},
		{"[3].code", "entri ke-4, kode", "4th entry, code"},
		// A column the file named that the module does not know is quoted as the file has it.
		{"line[3].gaji_pokok", "baris 3, kolom gaji_pokok", "line 3, column gaji_pokok"},
		// Names of parameters, files and keys are identifiers: kept from the first unknown part.
		{"pu.jp.wage_cap", "pu.jp.wage_cap", "pu.jp.wage_cap"},
		{"line[2].2027-03.pu.jp.wage_cap", "baris 2, 2027-03.pu.jp.wage_cap", "line 2, 2027-03.pu.jp.wage_cap"},
		// A reader of many files puts the file's name in front.
		{"../desa/roster.csv.village", "berkas ../desa/roster.csv, desa", "file ../desa/roster.csv, village"},
		{"rosters/6112012001.CSV.line[4].wage", "berkas rosters/6112012001.CSV, baris 4, kolom upah", "file rosters/6112012001.CSV, line 4, column wage"},
		{"kantor.json", "berkas kantor.json", "file kantor.json"},
		{"-.line[2]", "masukan standar, baris 2", "standard input, line 2"},
		{"-", "masukan standar", "standard input"},
		{"../desa/roster.txt.village", "../desa/roster.txt.village", "../desa/roster.txt.village"},
		{"roster[1].Name", "peserta ke-2, Name", "2nd participant, Name"},
		{"month[1][2]", "month[1][2]", "month[1][2]"},
	} {
		if got := Label(c.field, Indonesian); got != c.id {
			t.Errorf("Label(%q, Indonesian) = %q, want %q", c.field, got, c.id)
		}
		if got := Label(c.field, English); got != c.en {
			t.Errorf("Label(%q, English) = %q, want %q", c.field, got, c.en)
		}
	}
}

// TestLabelMasks: a NIK that reached a path (as a column's name, as an
// index) is masked in the label as New masks it everywhere.
func TestLabelMasks(t *testing.T) {
	for _, f := range []string{"line[3].3216011708900001", "x[3216011708900001]", "roster[3216011708900001].nik"} {
		for _, l := range []Lang{Indonesian, English} {
			if got := Label(f, l); strings.Contains(got, "3216011708900001") || strings.Contains(got, "3216011708900002") {
				t.Errorf("Label(%q) = %q shows the NIK", f, got)
			}
		}
	}
	e := New(errRule, "x", "line[3].3216011708900001", "", "salah", "wrong")
	if got, want := e.Message(English), "line 3, column 3216••••••••0001: wrong"; got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
}

// Mask hides what []rune-based masking hides, character for character,
// for any text (invalid UTF-8 included: each bad byte is one character
// shown as U+FFFD) and any keep.
func FuzzMask(f *testing.F) {
	for _, s := range []string{"3216011708900001", "", "ab", "Budi Santoso", "32•16", "\xff\xfe1234567890"} {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, s string, keep int) {
		keep %= 64
		want := func() string { // the definition: kept runes, then "•" for each hidden one
			k := max(keep, 0)
			r := []rune(s)
			if len(r) <= 2*k {
				return strings.Repeat("•", len(r))
			}
			return string(r[:k]) + strings.Repeat("•", len(r)-2*k) + string(r[len(r)-k:])
		}()
		if got := Mask(s, keep); got != want {
			t.Errorf("Mask(%q, %d) = %q, want %q", s, keep, got, want)
		}
	})
}
