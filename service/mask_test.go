package service

import (
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/village"
)

// testNIK is the NIK every NIK field is filled with: a man born on
// 17 August 1990 in district 32.16.01, serial 0001.
var testNIK = membership.MustParseNIK("3216011708900001")

var nikType = reflect.TypeFor[membership.NIK]()

// fill sets every exported field of v reachable through structs, pointers,
// slices and arrays: each NIK to testNIK, each slice to one element, each
// pointer to a new value, so that every NIK-bearing type of a report holds
// a NIK. It returns how many NIKs it set. Types that encode themselves
// (json or text marshalers other than NIK) are left zero, like maps: none
// of those holds a NIK today, and a NIK field added to an ordinary struct
// of a report is found without a change here.
func fill(v reflect.Value, depth int) int {
	if depth > 12 {
		return 0
	}
	if v.Type() == nikType {
		v.Set(reflect.ValueOf(testNIK))
		return 1
	}
	if depth > 0 && v.Kind() != reflect.Pointer && v.Kind() != reflect.Slice && encodesItself(v.Type()) {
		validEnum(v)
		return 0
	}
	n := 0
	switch v.Kind() {
	case reflect.Pointer:
		if encodesItself(v.Type().Elem()) && v.Type().Elem() != nikType {
			return 0
		}
		v.Set(reflect.New(v.Type().Elem()))
		n += fill(v.Elem(), depth+1)
	case reflect.Slice:
		if encodesItself(v.Type().Elem()) && v.Type().Elem() != nikType {
			return 0
		}
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		n += fill(v.Index(0), depth+1)
	case reflect.Array:
		for i := range v.Len() {
			n += fill(v.Index(i), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() && f.Tag.Get("json") != "-" {
				n += fill(v.Field(i), depth+1)
			}
		}
	}
	return n
}

// validEnum sets an integer code whose zero value does not encode (an
// enumeration such as village.Group) to its first value that does.
func validEnum(v reflect.Value) {
	if !v.CanInt() && !v.CanUint() {
		return
	}
	for i := range 256 {
		if v.CanInt() {
			v.SetInt(int64(i))
		} else {
			v.SetUint(uint64(i))
		}
		if _, err := json.Marshal(v.Interface()); err == nil {
			return
		}
	}
}

func encodesItself(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	for _, i := range []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()} {
		if t.Implements(i) || p.Implements(i) {
			return true
		}
	}
	return false
}

var sixteenDigits = regexp.MustCompile(`[0-9]{16}`)

// TestNoNIKLeaks fills every NIK of a plan report and of a partner report,
// wherever its types hold one (enrolments, relief lists, rejected
// activities, fee discrepancies, ...), and checks that their JSON, compact
// and indented, by WriteJSON, WriteJSONIndent, json.Marshal and the
// service's own answer path, shows none of them in full, while the full
// form shows every one (so the filling reached them).
func TestNoNIKLeaks(t *testing.T) {
	var plan PlanReport
	nPlan := fill(reflect.ValueOf(&plan).Elem(), 0)
	var rep PartnerReport
	nPartner := fill(reflect.ValueOf(&rep).Elem(), 0)
	t.Logf("NIK fields filled: %d of a plan, %d of a partner report", nPlan, nPartner)
	// Enrolment and relief person at least; rejected activity and bill
	// check at least.
	if nPlan < 2 || nPartner < 2 {
		t.Fatalf("filled %d NIKs of a plan, %d of a partner report", nPlan, nPartner)
	}
	for _, c := range []struct {
		name   string
		masked any
		full   any
		n      int
	}{
		{"plan", plan, PlanReport{Plan: plan.Plan, Protection: plan.Protection, FullNIK: true}, nPlan},
		{"partner report", rep, func() PartnerReport { r := rep; r.FullNIK = true; return r }(), nPartner},
	} {
		encoders := []struct {
			name string
			enc  func(any) ([]byte, error)
		}{
			{"WriteJSON", func(v any) ([]byte, error) { var b bytes.Buffer; err := WriteJSON(&b, v); return b.Bytes(), err }},
			{"WriteJSONIndent", func(v any) ([]byte, error) { var b bytes.Buffer; err := WriteJSONIndent(&b, v); return b.Bytes(), err }},
			{"json.Marshal", json.Marshal},
			{"in a slice", func(v any) ([]byte, error) { return json.Marshal([]any{v}) }},
		}
		for _, e := range encoders {
			masked, err := e.enc(c.masked)
			if err != nil {
				t.Fatalf("%s, %s: %v", c.name, e.name, err)
			}
			if m := sixteenDigits.FindAll(masked, -1); len(m) > 0 {
				t.Errorf("%s, %s: %d full NIKs, such as %s", c.name, e.name, len(m), m[0])
			}
			if got := bytes.Count(masked, []byte(testNIK.String())); got != c.n {
				t.Errorf("%s, %s: %d masked NIKs, want %d", c.name, e.name, got, c.n)
			}
			full, err := e.enc(c.full)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(string(full), testNIK.Digits()); got != c.n {
				t.Errorf("%s, %s, full: %d NIKs in full, want %d", c.name, e.name, got, c.n)
			}
		}
	}
}

// A nil report encodes as null, as encoding/json writes a nil pointer.
func TestNilReport(t *testing.T) {
	for _, v := range []any{(*PlanReport)(nil), (*PartnerReport)(nil)} {
		var b bytes.Buffer
		if err := WriteJSON(&b, v); err != nil || b.String() != "null\n" {
			t.Errorf("%T: %q, %v", v, b.String(), err)
		}
	}
}

// TestPlanReportShape: a plan report is the plan as village encodes it,
// member for member and in the same order, with "protection" after; the
// masked form is the one village.Plan.WriteJSON writes, byte for byte.
func TestPlanReportShape(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[village.Plan](), reflect.TypeFor[*village.Plan]()} {
		if typ.Implements(reflect.TypeFor[json.Marshaler]()) {
			t.Fatalf("%v has a MarshalJSON method, which PlanReport's encoding would inherit, dropping protection", typ)
		}
	}
	var plan village.Plan
	fill(reflect.ValueOf(&plan).Elem(), 0)
	var want bytes.Buffer
	if err := plan.WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := WriteJSONIndent(&got, PlanReport{Plan: plan}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("PlanReport differs from village.Plan.WriteJSON:\n%s\nwant\n%s", got.String(), want.String())
	}
	var full bytes.Buffer
	if err := plan.WriteJSONFull(&full); err != nil {
		t.Fatal(err)
	}
	got.Reset()
	if err := WriteJSONIndent(&got, PlanReport{Plan: plan, FullNIK: true}); err != nil {
		t.Fatal(err)
	}
	if got.String() != full.String() {
		t.Errorf("PlanReport with full NIKs differs from village.Plan.WriteJSONFull")
	}
	got.Reset()
	if err := WriteJSON(&got, PlanReport{Plan: plan, Protection: &village.Protection{}}); err != nil {
		t.Fatal(err)
	}
	if s := got.String(); !strings.HasSuffix(s, "}}\n") || !strings.Contains(s, `,"protection":{`) {
		t.Errorf("protection is not the last member: %.200s", s[max(0, len(s)-200):])
	}
}

// TestPartnerReportFeeDiscrepancy: a collection of less than the bill is
// a discrepancy of the month's fee statement, which names the participant;
// the service's answer shows that NIK masked, as it shows the rejected
// activities', and in full only with ?nik=full.
func TestPartnerReportFeeDiscrepancy(t *testing.T) {
	h := testService(t)
	// Rp16,000 collected against the Rp16,800 bill of March 2026 (BPU
	// JKK+JKM on Rp1,000,000 at the default rates).
	acts := `[{"kind":"REGISTRATION","date":"2026-03-02","partner":"AG-01","village":"32.16.01.2001","participant":"3216015708900002"},
	 {"kind":"COLLECTION","date":"2026-03-10","partner":"AG-01","village":"32.16.01.2001","participant":"3216015708900002","amount":"16000","month":"2026-03"}]`
	body := `{"network":` + testNetwork + `,"activities":` + acts + `,"on":"2026-03-31","fees":["2026-03"]}`
	for _, c := range []struct {
		query, want, notWant string
	}{
		{"", `"participant":"3216••••••••0002"`, "3216015708900002"},
		{"?nik=full", `"participant":"3216015708900002"`, "3216••••••••0002"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, newRequest("POST", "/v1/mitra"+c.query, strings.NewReader(body)))
		out := rec.Body.String()
		if rec.Code != 200 || !strings.Contains(out, `"discrepancies":[{`) {
			t.Fatalf("%q: status %d, no discrepancy: %s", c.query, rec.Code, out)
		}
		if !strings.Contains(out, c.want) || strings.Contains(out, c.notWant) {
			t.Errorf("%q: want %s and not %s in %s", c.query, c.want, c.notWant, out)
		}
	}
}

// FuzzMaskIDs: masking an answer run by run is masking it whole with
// problem.MaskDigits, as village.Plan.WriteJSON does, on any text.
func FuzzMaskIDs(f *testing.F) {
	for _, seed := range []string{
		`{"nik":"3216011708900001","name":"Budi"}`, "3216 0117 0890 0001", "32.16.01.170890.0001", "3216-0117-0890-0001-",
		"1234567890123456789012345678901234567890123456789", "  2027-01 2027-02 2027-03 2027-04 ", "-.- 1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6", "",
		"\"amount\": 12345678901234567,\n  \"x\": 1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		var b bytes.Buffer
		maskIDs(&b, []byte(doc))
		if want := problem.MaskDigits(doc, problem.IDDigits); b.String() != want {
			t.Fatalf("%q: %q, want %q", doc, b.String(), want)
		}
	})
}
