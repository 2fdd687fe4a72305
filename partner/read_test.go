package partner

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

func TestReadActivitiesCSV(t *testing.T) {
	want := []Activity{
		{Kind: Socialisation, Date: day(2026, 1, 12), Partner: "BHB-01", Village: desa1, Attendance: 45, Line: 2},
		{Kind: Referral, Date: day(2026, 1, 12), Partner: "BHB-01", Village: desa1, Participant: nik(1), Line: 3},
		{Kind: Collection, Date: day(2026, 2, 3), Partner: "AG-01", Village: desa1, Participant: nik(1), Amount: rp(16_800), Month: month(2026, 2), Line: 5},
	}
	inputs := map[string]string{
		"comma": "kind,date,partner,village,participant,attendance,amount,month\n" +
			"SOCIALISATION,2026-01-12,BHB-01,32.16.01.2001,,45,,\n" +
			"referral,2026-01-12,BHB-01,3216012001,3216010101850001,,,\n" +
			"\n" +
			"COLLECTION,2026-02-03,AG-01,32.16.01.2001,3216010101850001,,16800,2026-02\n",
		// Indonesian column names in another order, ";" as separator, a
		// byte order mark, CRLF line ends, Indonesian dates and amounts.
		"semicolon, BOM, Indonesian": "\uFEFFTanggal;Jenis;Mitra;Desa;NIK;Hadir;Iuran;Bulan\r\n" +
			"12/01/2026;sosialisasi;BHB-01;32.16.01.2001;;45;;\r\n" +
			"12/01/2026;rujukan;BHB-01;32.16.01.2001;3216 0101 0185 0001;;;\r\n" +
			";;;;;;;\r\n" +
			"03/02/2026;Pengumpulan Iuran;AG-01;32.16.01.2001;3216010101850001;;Rp16.800;02/2026\r\n",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			got, err := ReadActivitiesCSV(strings.NewReader(in))
			if name == "semicolon, BOM, Indonesian" {
				// The row of empty fields is read, and its missing fields
				// are for Activity.Check to report.
				if len(got) != 4 || got[2].Line != 4 || got[2].Check() == nil {
					t.Fatalf("got %d activities: %v", len(got), err)
				}
				got = append(got[:2], got[3])
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) || got[1].Participant != want[1].Participant {
				t.Errorf("got\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// Every bad line is reported with its line number, and the good lines are
// still returned.
func TestReadActivitiesCSVProblems(t *testing.T) {
	in := "kind,date,partner,village,participant,amount\n" +
		"REFERRAL,2026-01-12,BHB-01,32.16.01.2001,3216010101850001,\n" + // 2: good
		"VISIT,2026-13-01,BHB-01,99.16.01.2001,12345,\n" + // 3: four bad fields
		"COLLECTION,2026-02-03,AG-01,32.16.01.2001,3216010101850001,16.80\n" + // 4: bad amount
		"REFERRAL,2026-01-12,BHB-01\n" + // 5: too few fields
		"REFERRAL,2026-01-12,\"BHB-01,32.16.01.2001,3216010101850001,\n" // 6: open quote
	got, err := ReadActivitiesCSV(strings.NewReader(in))
	if len(got) != 1 || got[0].Line != 2 {
		t.Errorf("good activities: %+v", got)
	}
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("want a problem list, got %v", err)
	}
	want := []string{
		"line[3].date date.invalid", // the date is read first: a NIK is read against it
		"line[3].kind activity.kind",
		"line[3].village region.unknown_province",
		"line[3].participant nik.length",
		"line[4].amount rupiah.grouping",
		"line[5] csv.field_count",
		"line[6] csv.syntax",
	}
	var gotCodes []string
	for _, e := range l {
		gotCodes = append(gotCodes, e.Field+" "+string(e.Code))
	}
	if strings.Join(gotCodes, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n got %s\nwant %s", strings.Join(gotCodes, "\n"), strings.Join(want, "\n"))
	}
	if strings.Contains(err.Error(), "12345") {
		t.Errorf("a malformed NIK is shown unmasked: %v", err)
	}
	// An attendance that is not a number is shown as given.
	_, err = ReadActivitiesCSV(strings.NewReader("kind,date,partner,village,attendance\nSOCIALISATION,2026-01-12,BHB-01,32.16.01.2001,banyak\n"))
	if e := wantProblem(t, err, ErrMalformedInput, "csv.number"); e.Field != "line[2].attendance" || e.Value != "banyak" {
		t.Errorf("attendance at %q, value %q", e.Field, e.Value)
	}
}

func TestReadActivitiesCSVHeader(t *testing.T) {
	cases := map[string][]string{
		"":                                     {"line[1] csv.empty"},
		"kind,date,partner\n":                  {"line[1].village csv.missing_column"},
		"kind,date,partner,village,colour\n":   {"line[1] csv.unknown_column"},
		"kind,date,partner,village,desa\n":     {"line[1].village csv.duplicate_column"},
		"kind,date,partner,village,amount\n\"": {"line[2] csv.syntax"},
	}
	for in, want := range cases {
		acts, err := ReadActivitiesCSV(strings.NewReader(in))
		var l problem.List
		errors.As(err, &l)
		var got []string
		for _, e := range l {
			got = append(got, e.Field+" "+string(e.Code))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) || len(acts) != 0 || !errors.Is(err, ErrMalformedInput) {
			t.Errorf("%q: %v, want %v", in, got, want)
		}
	}
	// Invalid UTF-8 in a field.
	_, err := ReadActivitiesCSV(strings.NewReader("kind,date,partner,village\nREFERRAL,2026-01-12,BHB\xff,32.16.01.2001\n"))
	wantProblem(t, err, ErrMalformedInput, "csv.utf8")
	// A failing reader is an error, not a problem.
	_, err = ReadActivitiesCSV(io.MultiReader(strings.NewReader("kind,"), failing{}))
	if err == nil || errors.As(err, new(problem.List)) {
		t.Errorf("reader error: %v", err)
	}
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadActivitiesJSON(t *testing.T) {
	in := "\uFEFF[\n" +
		`  {"kind": "REFERRAL", "date": "2026-01-12", "partner": "BHB-01",` + "\n" +
		`   "village": "32.16.01.2001", "participant": "3216010101850001"},` + "\n" +
		`  {"kind": "COLLECTION", "date": "2026-02-03", "partner": "AG-01", "village": "32.16.01.2001",` + "\n" +
		`   "participant": "3216010101850001", "amount": 16800, "month": "2026-02", "line": 99},` + "\n" +
		`  {"kind": "SOCIALISATION", "date": "2026-01-12", "partner": "BHB-01", "village": "32.16.01.2001", "attendance": 45, "amount": null}` + "\n" +
		"]\n"
	got, err := ReadActivitiesJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Activity{
		{Kind: Referral, Date: day(2026, 1, 12), Partner: "BHB-01", Village: desa1, Participant: nik(1), Line: 2},
		{Kind: Collection, Date: day(2026, 2, 3), Partner: "AG-01", Village: desa1, Participant: nik(1), Amount: rp(16_800), Month: month(2026, 2), Line: 4},
		{Kind: Socialisation, Date: day(2026, 1, 12), Partner: "BHB-01", Village: desa1, Attendance: 45, Line: 6},
	}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}

	// The JSON encoding of activities reads back.
	var b strings.Builder
	b.WriteString("[")
	for i, a := range want {
		if i > 0 {
			b.WriteString(",\n")
		}
		j, _ := json.Marshal(a)
		b.Write(j)
	}
	b.WriteString("]")
	back, err := ReadActivitiesJSON(strings.NewReader(b.String()))
	if err != nil || len(back) != 3 || back[1].Amount.String() != "16800" || back[1].Participant.Digits() != nik(1).Digits() {
		t.Errorf("round trip: %+v %v", back, err)
	}
}

func TestReadActivitiesJSONProblems(t *testing.T) {
	in := "[\n" +
		`{"kind": "REFERRAL", "date": "2026-01-12", "partner": "BHB-01", "village": "32.16.01.2001", "participant": "3216010101850001"},` + "\n" +
		`{"kind": "VISIT", "date": 20260112, "partner": "BHB-01", "village": "32.16", "colour": "red", "kind": "REFERRAL"},` + "\n" +
		`{"kind": "COLLECTION", "attendance": "many", "amount": "Rp16.800",` + "\n" +
		`  "participant": "3216010101850001", "date": "2026-02-30"},` + "\n" +
		`"not an object",` + "\n" +
		`{"kind": "REFERRAL", "date": "2026-01-12"` + "\n"
	got, err := ReadActivitiesJSON(strings.NewReader(in))
	if len(got) != 1 || got[0].Line != 2 {
		t.Errorf("good activities: %+v", got)
	}
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("want a problem list, got %v", err)
	}
	want := []string{
		"line[3].colour json.unknown_field",
		"line[3].kind json.duplicate_field",
		"line[3].date json.type",
		"line[3].kind activity.kind",
		"line[4].date date.invalid",
		"line[4].attendance json.type",
		"line[4].amount json.type",
		"line[6] json.type",
		"line[7] json.syntax",
	}
	var gotCodes []string
	for _, e := range l {
		gotCodes = append(gotCodes, e.Field+" "+string(e.Code))
	}
	if strings.Join(gotCodes, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n got %s\nwant %s", strings.Join(gotCodes, "\n"), strings.Join(want, "\n"))
	}

	// A value of the wrong type is shown as given; a participant's masked.
	_, err = ReadActivitiesJSON(strings.NewReader(`[{"kind": "REFERRAL", "date": "2026-01-12", "partner": "BHB-01",
		"village": "32.16.01.2001", "participant": 3216010101850001, "attendance": "many"}]`))
	for field, value := range map[string]string{"line[1].participant": "3216••••••••0001", "line[1].attendance": `"many"`} {
		var found bool
		for _, e := range err.(problem.List) {
			found = found || (e.Field == field && e.Value == value)
		}
		if !found {
			t.Errorf("no problem at %s with value %s: %v", field, value, err)
		}
	}
	// A NIK typed into another field is masked there too, in JSON and in CSV.
	_, err = ReadActivitiesJSON(strings.NewReader(`[{"kind": "SOCIALIZATION", "date": "2026-01-12", "partner": "BHB-01",
		"village": "32.16.01.2001", "attendance": 3216010101850001.5, "month": "3216010101850001"}]`))
	_, csvErr := ReadActivitiesCSV(strings.NewReader("kind,date,partner,village,attendance,month\n" +
		"SOCIALIZATION,2026-01-12,BHB-01,32.16.01.2001,3216010101850001,3216010101850001\n"))
	for _, c := range []struct {
		err    error
		fields []string
	}{
		{err, []string{"line[1].attendance", "line[1].month"}},
		{csvErr, []string{"line[2].month"}}, // a count that large is still a whole number
	} {
		var fields []string
		for _, p := range c.err.(problem.List) {
			fields = append(fields, p.Field)
		}
		if !slices.Equal(fields, c.fields) {
			t.Errorf("problems at %q, want %q: %v", fields, c.fields, c.err)
		}
		masktest.Check(t, c.err)
	}
	for doc, code := range map[string]problem.Code{
		`{"kind": "REFERRAL"}`: "json.array",
		``:                     "json.array",
		`[] []`:                "json.trailing",
	} {
		_, err := ReadActivitiesJSON(strings.NewReader(doc))
		wantProblem(t, err, ErrMalformedInput, code)
	}
	// A village code that is not a village parses, and Check rejects it.
	acts, err := ReadActivitiesJSON(strings.NewReader(`[{"kind": "REFERRAL", "date": "2026-01-12", "partner": "BHB-01", "village": "32.16"}]`))
	if err != nil || acts[0].Village != region.MustParse("32.16") {
		t.Fatal(err)
	}
	wantProblem(t, acts[0].Check(), ErrInvalidActivity, "activity.village_level")
}

// A document over MaxInputSize is refused as a whole, and never read into
// memory beyond the limit; one at the limit is read.
func TestReadersRefuseHugeInput(t *testing.T) {
	huge := func() io.Reader { return io.LimitReader(zeros{}, MaxInputSize+1) }
	for name, read := range map[string]func(io.Reader) error{
		"csv":     func(r io.Reader) error { _, err := ReadActivitiesCSV(r); return err },
		"json":    func(r io.Reader) error { _, err := ReadActivitiesJSON(r); return err },
		"network": func(r io.Reader) error { _, err := DecodeNetwork(r); return err },
	} {
		e := wantProblem(t, read(huge()), ErrMalformedInput, "input.too_large")
		if !strings.Contains(e.Message(problem.English), "32 MiB") {
			t.Errorf("%s: %v", name, e)
		}
	}
	// Exactly MaxInputSize bytes are read whole.
	if data, err := readInput(io.LimitReader(zeros{}, MaxInputSize), "test"); err != nil || len(data) != MaxInputSize {
		t.Errorf("a document of exactly MaxInputSize: %d bytes read, %v", len(data), err)
	}
}

// zeros reads as an endless run of '0' bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for n := 0; n < len(p); {
		n += copy(p[n:], zeroBlock)
	}
	return len(p), nil
}

var zeroBlock = []byte(strings.Repeat("0", 4096))

// A NIK written in groups, in a field that is not a NIK's, is masked too.
func TestReadersMaskNIKInGroups(t *testing.T) {
	_, csvErr := ReadActivitiesCSV(strings.NewReader("kind,date,partner,village,amount\n" +
		"COLLECTION,2026-01-12,BHB-01,32.16.01.170890.0001,3216 0117 0890 0001\n"))
	_, jsonErr := ReadActivitiesJSON(strings.NewReader(`[{"kind": "COLLECTION", "date": "2026-01-12", "partner": "BHB-01",
		"village": "3216-0117-0890-0001", "amount": "3216 0117 0890 0001"}]`))
	// An assignment to an unknown partner quotes the partner's id.
	_, netErr := DecodeNetwork(strings.NewReader(`{"partners": [{"id": "BHB-01", "role": "BHABINKAMTIBMAS", "name": "A", "nrp": "87050123"}],
		"assignments": [{"partner": "3216 0117 0890 0001", "area": "32.16.01.2001", "from": "2024-01-01"}]}`))
	for name, err := range map[string]error{"csv": csvErr, "json": jsonErr, "network": netErr} {
		if err == nil {
			t.Fatalf("%s: no error", name)
		}
		masktest.Check(t, err)
	}
}
