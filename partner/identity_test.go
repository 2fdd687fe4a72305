package partner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

func TestParseRole(t *testing.T) {
	cases := []struct {
		in   string
		want Role
	}{
		{"VILLAGE_HEAD", VillageHead},
		{" kepala desa ", VillageHead},
		{"Kades", VillageHead},
		{"perangkat-desa", VillageOfficial},
		{"bhabinkamtibmas", Bhabinkamtibmas},
		{"BABINSA", Babinsa},
		{"agen perisai", Agent},
		{"BRANCH_OFFICER", BranchOfficer},
		{"pemkab", RegencyOffice},
		{"COLLECTION_PARTNER", CollectionPartner},
	}
	for _, c := range cases {
		got, err := ParseRole(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseRole(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	_, err := ParseRole("camat")
	wantProblem(t, err, ErrUnknownRole, "role.unknown")

	for _, r := range Roles() {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%v: round trip gave %v, %v", r, back, err)
		}
		if r.Name(problem.Indonesian) == r.Name(problem.English) && r != Babinsa {
			t.Errorf("%v: same name in both languages", r)
		}
	}
	if _, err := Role(0).MarshalText(); !errors.Is(err, ErrUnknownRole) {
		t.Errorf("zero Role marshals: %v", err)
	}
	if len(Roles()) != 8 {
		t.Errorf("%d roles, want the 8 of the issue", len(Roles()))
	}
}

func TestCapabilitySet(t *testing.T) {
	s, err := ParseCapabilitySet("socialise+REFER, refer pay_on_behalf")
	if err != nil {
		t.Fatal(err)
	}
	if want := CapabilitiesOf(Socialise, Refer, PayOnBehalf); s != want {
		t.Fatalf("got %v, want %v", s, want)
	}
	if s.String() != "SOCIALISE+REFER+PAY_ON_BEHALF" || s.Len() != 3 || s.Has(Collect) || !s.Has(Refer) {
		t.Errorf("set %v: String %q, Len %d", s, s.String(), s.Len())
	}
	if s.Without(Refer).Has(Refer) || !s.With(Collect).Has(Collect) || s.With(0) != s {
		t.Error("With/Without")
	}
	if !CapabilitySet(0).IsEmpty() || CapabilitySet(1).Len() != 0 || !CapabilitySet(1).IsEmpty() {
		t.Error("a set without valid bits must be empty")
	}
	_, err = ParseCapabilitySet("REFER+HANDLE_CASH+ARREST")
	var l problem.List
	if !errors.As(err, &l) || len(l) != 2 || !errors.Is(err, ErrUnknownCapability) {
		t.Errorf("want both unknown capabilities reported, got %v", err)
	}
	b, _ := json.Marshal(map[string]CapabilitySet{"x": s})
	if string(b) != `{"x":"SOCIALISE+REFER+PAY_ON_BEHALF"}` {
		t.Errorf("JSON %s", b)
	}
	if len(Capabilities()) != 8 {
		t.Errorf("%d capabilities, want the 8 of the issue", len(Capabilities()))
	}
	for _, c := range Capabilities() {
		var back Capability
		if err := back.UnmarshalText([]byte(c.String())); err != nil || back != c {
			t.Errorf("%v round trip: %v %v", c, back, err)
		}
	}
}

func TestParseNRP(t *testing.T) {
	cases := []struct {
		in    string
		force Force
		code  problem.Code // "" when valid
	}{
		{"87050123", Polri, ""},
		{" 8705 0123 ", Polri, ""},
		{"87.05.01-23", Polri, ""},
		{"8705012", Polri, "nrp.length"},
		{"870501234", Polri, "nrp.length"},
		{"00000000", Polri, "nrp.zero"},
		{"8705012X", Polri, "nrp.syntax"},
		{"８７０５０１２３", Polri, "nrp.syntax"}, // full-width digits are not ASCII
		{"", Polri, "nrp.length"},
		{"21080456", TNI, ""},
		{"11950011850473", TNI, ""},
		{"1195001185047312", TNI, "nrp.length"},
		{"2108045", TNI, "nrp.length"},
		{"87050123", 0, "nrp.force"},
	}
	for _, c := range cases {
		n, err := ParseNRP(c.in, c.force)
		if c.code == "" {
			if err != nil {
				t.Errorf("ParseNRP(%q, %v): %v", c.in, c.force, err)
			}
			continue
		}
		e := wantProblem(t, err, ErrInvalidNRP, c.code)
		if e.Field != "nrp" || strings.Contains(e.Value, "0501") {
			t.Errorf("ParseNRP(%q): field %q, value %q must be masked", c.in, e.Field, e.Value)
		}
		if n.IsValid() {
			t.Errorf("ParseNRP(%q) returned a number with an error", c.in)
		}
	}
	n := MustParseNRP("87050123", Polri)
	if n.Digits() != "87050123" || n.Len() != 8 {
		t.Errorf("Digits %q", n.Digits())
	}
}

// An NRP is personal data: every way of printing it masks it.
func TestNRPMasked(t *testing.T) {
	n := MustParseNRP("87050123", Polri)
	for _, s := range []string{
		n.String(), fmt.Sprint(n), fmt.Sprintf("%v %+v %s %q %#v", n, n, n, n, n),
		fmt.Sprintf("%v", struct{ N NRP }{n}),
	} {
		if strings.Contains(s, "050") {
			t.Errorf("unmasked: %s", s)
		}
	}
	if got := fmt.Sprintf("%#v", n); got != `partner.NRP("87••••23")` {
		t.Errorf("%%#v = %s", got)
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("x", "nrp", n)
	if strings.Contains(buf.String(), "050") || !strings.Contains(buf.String(), "87••••23") {
		t.Errorf("slog: %s", buf.String())
	}
	b, _ := json.Marshal(n)
	if string(b) != `"87050123"` {
		t.Errorf("JSON, the storage encoding, carries the number: %s", b)
	}
	var back NRP
	if err := json.Unmarshal(b, &back); err != nil || back != n {
		t.Errorf("round trip %v %v", back, err)
	}
	var zero NRP
	if zero.IsValid() || zero.String() != "" || json.Unmarshal([]byte(`""`), &back) != nil || back != zero {
		t.Error("zero NRP")
	}
}

func TestCertificate(t *testing.T) {
	num, err := ParseCertificateNumber("  lsp-prs/0417/2025 ")
	if err != nil || num.Text() != "LSP-PRS/0417/2025" {
		t.Fatalf("%v %v", num.Text(), err)
	}
	if s := fmt.Sprint(num); strings.Contains(s, "0417") {
		t.Errorf("certificate number not masked: %s", s)
	}
	for in, code := range map[string]problem.Code{
		"ABC":                   "certificate.length",
		"NO-DIGITS-HERE":        "certificate.syntax",
		"LSP_0417":              "certificate.syntax",
		strings.Repeat("1", 41): "certificate.length",
	} {
		_, err := ParseCertificateNumber(in)
		wantProblem(t, err, ErrInvalidCertificate, code)
	}

	c := Certificate{Number: num, Issued: day(2025, 1, 6), ValidUntil: day(2028, 1, 5)}
	if c.Check() != nil || !c.ActiveOn(day(2025, 1, 6)) || !c.ActiveOn(day(2028, 1, 5)) ||
		c.ActiveOn(day(2025, 1, 5)) || c.ActiveOn(day(2028, 1, 6)) {
		t.Error("a certificate is valid from its issue day to its last day, both included")
	}
	bad := Certificate{Issued: day(2025, 1, 6), ValidUntil: day(2024, 1, 5)}
	err = bad.Check()
	wantProblem(t, err, ErrInvalidCertificate, "certificate.required")
	wantProblem(t, err, ErrInvalidCertificate, "certificate.order")
	if (Certificate{}).ActiveOn(day(2025, 1, 1)) {
		t.Error("no certificate is never active")
	}
}

func TestPartnerValidate(t *testing.T) {
	cert := Certificate{Number: MustParseCertificateNumber("LSP/0001/2025"), Issued: day(2025, 1, 1), ValidUntil: day(2028, 1, 1)}
	cases := []struct {
		name  string
		p     Partner
		codes []problem.Code
	}{
		{"Bhabinkamtibmas with a Polri NRP", Partner{ID: "B1", Role: Bhabinkamtibmas, Name: "Agus", NRP: MustParseNRP("87050123", Polri)}, nil},
		{"Bhabinkamtibmas needs an NRP", Partner{ID: "B1", Role: Bhabinkamtibmas, Name: "Agus"}, []problem.Code{"partner.nrp_required"}},
		{"a Polri NRP has 8 digits", Partner{ID: "B1", Role: Bhabinkamtibmas, Name: "Agus", NRP: MustParseNRP("11950011850473", TNI)}, []problem.Code{"nrp.length"}},
		{"Babinsa without NRP", Partner{ID: "S1", Role: Babinsa, Name: "Dedi"}, nil},
		{"Babinsa with a TNI officer number", Partner{ID: "S1", Role: Babinsa, Name: "Dedi", NRP: MustParseNRP("11950011850473", TNI)}, nil},
		{"village head has no NRP", Partner{ID: "K1", Role: VillageHead, Name: "Sutrisno", NRP: MustParseNRP("87050123", Polri)}, []problem.Code{"partner.nrp_not_applicable"}},
		{"agent", Partner{ID: "A1", Role: Agent, Name: "Nur", Wadah: "W1", Certificate: cert}, nil},
		{"agent needs a wadah and a certificate", Partner{ID: "A1", Role: Agent, Name: "Nur"}, []problem.Code{"partner.wadah_required", "partner.certificate_required"}},
		{"only agents hold certificates", Partner{ID: "P1", Role: VillageOfficial, Name: "Rahmat", Wadah: "W1", Certificate: cert}, []problem.Code{"partner.wadah_not_applicable", "partner.certificate_not_applicable"}},
		{"collection partner kind", Partner{ID: "BANK", Role: CollectionPartner, Name: "Bank"}, []problem.Code{"partner.organisation_required"}},
		{"shape", Partner{ID: "has space", Name: " Two  spaces"}, []problem.Code{"partner.id", "role.unknown", "partner.name_form"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.p.Validate()
			var l problem.List
			l.Add(err)
			if !slices.Equal(l.Codes(), c.codes) {
				t.Errorf("codes %v, want %v (%v)", l.Codes(), c.codes, err)
			}
		})
	}
}

// A partner's name is tied to their NRP and phone: fmt and slog show the
// role and ID only.
func TestPartnerMasked(t *testing.T) {
	p := Partner{ID: "BHB-01", Role: Bhabinkamtibmas, Name: "Agus Setiawan", NRP: MustParseNRP("87050123", Polri),
		Phone: membership.MustParsePhone("081298765432")}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("partner", "p", p)
	for _, s := range []string{p.String(), fmt.Sprintf("%v %+v %#v %s", p, p, p, p), fmt.Sprint([]Partner{p}), buf.String()} {
		if strings.Contains(s, "Agus") || strings.Contains(s, "050") || strings.Contains(s, "98765") {
			t.Errorf("personal data shown: %s", s)
		}
	}
	if p.String() != "BHABINKAMTIBMAS BHB-01" {
		t.Errorf("String %q", p.String())
	}
	a := act(Referral, day(2026, 1, 2), "BHB-01", desa1, nik(7))
	if s := fmt.Sprintf("%v %+v", a, []Activity{a}); strings.Contains(s, "0185") {
		t.Errorf("activity shows the NIK: %s", s)
	}
}
