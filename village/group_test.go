package village

import (
	"errors"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

func TestParseGroup(t *testing.T) {
	for in, want := range map[string]Group{
		"head": Head, "Kepala Desa": Head, "kades": Head, " SEKDES ": Secretary,
		"perangkat-desa": Official, "BPD": BPD, "RT/RW": Neighbourhood, "ketua rt": Neighbourhood,
		"kader": Community, "linmas": Community, "Padat Karya Tunai": CashForWork, "pekerja_rentan": Informal,
	} {
		got, err := ParseGroup(in)
		if err != nil || got != want {
			t.Errorf("ParseGroup(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "lurah", "head2"} {
		_, err := ParseGroup(in)
		if !errors.Is(err, ErrUnknownGroup) {
			t.Errorf("ParseGroup(%q): %v, want ErrUnknownGroup", in, err)
		}
	}
	for _, g := range Groups {
		b, err := g.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Group
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("%v: round trip gave %v, %v", g, back, err)
		}
		if g.Label(problem.Indonesian) == "" || g.Label(problem.English) == "" {
			t.Errorf("%v has no label", g)
		}
	}
	if _, err := Group(0).MarshalText(); err == nil {
		t.Error("the zero Group encoded")
	}
	if Group(0).IsValid() || Group(0).String() != "" || !Official.IsOfficial() || BPD.IsOfficial() {
		t.Error("validity or officialness is wrong")
	}
}

func TestGroupSetText(t *testing.T) {
	s := SetOfGroups(CashForWork, Informal, Group(0))
	if s.String() != "cash_for_work+informal" {
		t.Errorf("String = %q", s.String())
	}
	for in, want := range map[string]GroupSet{
		"all": AllGroups, "none": 0, "": 0, "cash_for_work+informal": s, "padat_karya, rentan": s,
	} {
		var got GroupSet
		if err := got.UnmarshalText([]byte(in)); err != nil || got != want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	var g GroupSet
	if err := g.UnmarshalText([]byte("head+lurah")); !errors.Is(err, ErrUnknownGroup) {
		t.Errorf("an unknown group in a set: %v", err)
	}
	if AllGroups.Labels(problem.English) != "every group" || GroupSet(0).Labels(problem.Indonesian) != "tidak ada kelompok" {
		t.Error("labels of the whole and the empty set are wrong")
	}
}

func TestSources(t *testing.T) {
	for _, tc := range []struct {
		s      Source
		payer  membership.Payer
		budget contribution.Budget
	}{
		{DanaDesa, membership.PayerVillage, contribution.APBDes},
		{ADD, membership.PayerVillage, contribution.APBDes},
		{PADes, membership.PayerVillage, contribution.APBDes},
		{ProvinceAid, membership.PayerVillage, contribution.APBDes},
		{RegencyAid, membership.PayerVillage, contribution.APBDes},
		{APBD, membership.PayerRegency, contribution.APBD},
		{CSR, membership.PayerSponsor, contribution.NoBudget},
		{SelfPaid, membership.PayerSelf, contribution.NoBudget},
	} {
		if tc.s.Payer() != tc.payer || tc.s.Budget() != tc.budget {
			t.Errorf("%v: payer %v budget %v; want %v %v", tc.s, tc.s.Payer(), tc.s.Budget(), tc.payer, tc.budget)
		}
		b, _ := tc.s.MarshalText()
		var back Source
		if err := back.UnmarshalText(b); err != nil || back != tc.s {
			t.Errorf("%v: round trip gave %v, %v", tc.s, back, err)
		}
	}
	for in, want := range map[string]Source{"DD": DanaDesa, "bankeu kabupaten": RegencyAid, "mandiri": SelfPaid, "Pemkab": APBD} {
		if got, err := ParseSource(in); err != nil || got != want {
			t.Errorf("ParseSource(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseSource("APBN"); !errors.Is(err, ErrUnknownSource) {
		t.Errorf("APBN: %v", err)
	}
	if Source(0).Payer() != 0 || Source(0).Budget() != contribution.NoBudget || Source(0).String() != "" {
		t.Error("the zero Source maps to something")
	}
	for in, want := range map[string]WorkerShare{"worker": WorkerPays, "Pekerja": WorkerPays, "desa": EmployerPays, "employer": EmployerPays} {
		if got, err := ParseWorkerShare(in); err != nil || got != want {
			t.Errorf("ParseWorkerShare(%q) = %v, %v", in, got, err)
		}
	}
	var w WorkerShare
	if err := w.UnmarshalText([]byte("bupati")); !errors.Is(err, ErrInvalidEnrolment) {
		t.Errorf("an unknown worker share: %v", err)
	}
}
