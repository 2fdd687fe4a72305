package partner

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

func TestNewNetworkProblems(t *testing.T) {
	cert := Certificate{Number: MustParseCertificateNumber("LSP/0001/2025"), Issued: day(2025, 1, 1), ValidUntil: day(2028, 1, 1)}
	_, err := NewNetwork(
		[]Partner{
			{ID: "K1", Role: VillageHead, Name: "Sutrisno"},
			{ID: "K1", Role: VillageHead, Name: "Siti"},
			{ID: "A1", Role: Agent, Name: "Nur", Wadah: "W9", Certificate: cert},
			{ID: "B1", Role: Bhabinkamtibmas, Name: "Agus"},
		},
		[]Wadah{{ID: "W1", Name: "Koperasi", Kind: Cooperative}, {ID: "W1", Name: "Koperasi Lagi", Kind: Cooperative}, {ID: "W2", Name: "Tanpa Jenis"}},
		[]Assignment{
			{Partner: "K1", Area: region.MustParse("32.16.01"), From: day(2024, 1, 1)},
			{Partner: "K1", Area: region.MustParse("32.16.01.1001"), From: day(2024, 1, 1)},
			{Partner: "ZZ", Area: desa1, From: day(2024, 1, 1)},
			{Partner: "A1", Area: desa1, From: day(2024, 1, 1), Until: day(2023, 1, 1)},
			{Partner: "A1"},
		},
	)
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("want a problem list, got %v", err)
	}
	want := []struct {
		field string
		code  problem.Code
	}{
		{"wadahs[1].id", "partner.duplicate"},
		{"wadahs[2].kind", "wadah.kind_required"},
		{"partners[1].id", "partner.duplicate"},
		{"partners[2].wadah", "partner.unknown_wadah"},
		{"partners[3].nrp", "partner.nrp_required"},
		{"assignments[0].area", "assignment.area_level"},
		{"assignments[1].area", "assignment.area_level"},
		{"assignments[2].partner", "partner.unknown"},
		{"assignments[3].until", "assignment.order"},
		{"assignments[4].area", "assignment.area_required"},
		{"assignments[4].from", "assignment.from_required"},
	}
	var got []string
	for _, e := range l {
		got = append(got, e.Field+" "+string(e.Code))
	}
	for _, w := range want {
		if !slices.Contains(got, w.field+" "+string(w.code)) {
			t.Errorf("missing %s %s in\n%s", w.field, w.code, strings.Join(got, "\n"))
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	if !errors.Is(err, ErrDuplicate) || !errors.Is(err, ErrUnknownPartner) || !errors.Is(err, ErrInvalidPartner) {
		t.Error("sentinels")
	}
}

func TestDecodeNetwork(t *testing.T) {
	n := fixture(t)
	if len(n.Partners()) != 11 || len(n.Wadahs()) != 2 || len(n.Assignments()) != 12 {
		t.Fatalf("%d partners, %d wadahs, %d assignments", len(n.Partners()), len(n.Wadahs()), len(n.Assignments()))
	}
	if got := n.Agents("W-01"); !slices.Equal(got, []string{"AG-01", "AG-02"}) {
		t.Errorf("agents of W-01: %v", got)
	}
	p, ok := n.Partner("BHB-01")
	if !ok || p.NRP.Digits() != "87050123" || p.Phone.E164() != "+6281298765432" {
		t.Errorf("BHB-01: %+v", p.LogValue())
	}
	if !n.Assigned("AG-01", desa2, day(2026, 1, 1)) || n.Assigned("AG-01", desa3, day(2026, 1, 1)) ||
		n.Assigned("BHB-01", desa2, day(2026, 7, 1)) || !n.Assigned("BHB-01", desa2, day(2026, 6, 30)) {
		t.Error("Assigned")
	}

	// JSON round trip: the encoding carries everything.
	b, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeNetwork(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b) != string(b2) {
		t.Errorf("round trip changed the network:\n%s\n%s", b, b2)
	}

	for _, c := range []struct {
		doc   string
		code  problem.Code
		field string
	}{
		{`{"partners": [], "extra": 1}`, "json.unknown_field", "extra"},
		{`{"partners": []} {}`, "json.trailing", "line[1]"},
		{"{\n\"partners\": [\n{\"id\": x}]}", "json.syntax", "line[3]"},
		{"{\n\"partners\": [", "json.syntax", "line[2]"},
		{`{"partners": 3}`, "json.type", "partners"},
		{`{"wadahs": [{"id": "W", "kind": 4}]}`, "json.type", "wadahs[0].kind"},
		{`{"assignments": [{"partner": "X", "area": "32.16", "from": "2026-01-01", "by": "me"}]}`, "json.unknown_field", "assignments[0].by"},
	} {
		_, err := DecodeNetwork(strings.NewReader(c.doc))
		if e := wantProblem(t, err, ErrMalformedInput, c.code); e.Field != c.field {
			t.Errorf("%s: problem at %q, want %q", c.doc, e.Field, c.field)
		}
	}
	// Every element that cannot be read is reported at its position, with
	// the value masked where it is personal.
	_, err = DecodeNetwork(strings.NewReader("\uFEFF" + `{"partners": [
		{"id": "X", "role": "CAMAT", "name": "x"},
		{"id": "Y", "role": "BHABINKAMTIBMAS", "name": "Agus", "nrp": "1234"},
		{"id": "Z", "role": "BABINSA", "name": "Dedi"}]}`))
	if e := wantProblem(t, err, ErrUnknownRole, "role.unknown"); e.Field != "partners[0].role" {
		t.Errorf("unknown role at %q", e.Field)
	}
	if e := wantProblem(t, err, ErrInvalidNRP, "nrp.length"); e.Field != "partners[1].nrp" || e.Value != "••••" {
		t.Errorf("short NRP at %q, value %q", e.Field, e.Value)
	}
}

// The three pillars of each village, as the BPJS Ketenagakerjaan membership
// director named them on 15 February 2023.
func TestPillars(t *testing.T) {
	n := fixture(t)
	kel := region.MustParse("32.16.01.1001")
	ps := n.Pillars([]region.Code{desa1, desa2, desa3, kel}, day(2026, 3, 1))
	want := []Pillars{
		{Village: desa1, Head: []string{"KD-2001"}, Bhabinkamtibmas: []string{"BHB-01"}, Babinsa: []string{"BSA-01"}},
		{Village: desa2, Head: []string{"KD-2002"}, Bhabinkamtibmas: []string{"BHB-01"}, Babinsa: []string{}, Missing: []Role{Babinsa}},
		{Village: desa3, Head: []string{}, Bhabinkamtibmas: []string{}, Babinsa: []string{}, Missing: []Role{VillageHead, Bhabinkamtibmas, Babinsa}},
		// A kelurahan has a lurah, not a kepala desa: only the other two are missing.
		{Village: kel, Head: []string{}, Bhabinkamtibmas: []string{}, Babinsa: []string{}, Missing: []Role{Bhabinkamtibmas, Babinsa}},
	}
	gotJSON, _ := json.Marshal(ps)
	wantJSON, _ := json.Marshal(want)
	if string(gotJSON) != string(wantJSON) {
		t.Errorf("pillars\n got %s\nwant %s", gotJSON, wantJSON)
	}
	if !ps[0].Complete() || ps[1].Complete() {
		t.Error("Complete")
	}
	// After 30 June 2026 BHB-01 no longer covers desa2.
	missing := n.MissingPillars([]region.Code{desa1, desa2}, day(2026, 7, 1))
	if len(missing) != 1 || missing[0].Village != desa2 || !slices.Equal(missing[0].Missing, []Role{Bhabinkamtibmas, Babinsa}) {
		t.Errorf("missing on 2026-07-01: %+v", missing)
	}
	if got := n.MissingPillars([]region.Code{desa1}, regulation.MustDate(2026, 7, 1)); got != nil {
		t.Errorf("desa1 is complete: %+v", got)
	}
}
