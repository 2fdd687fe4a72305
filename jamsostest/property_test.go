package jamsostest

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// Every valid NIK reads back as what was asked, and every invalid one fails
// with exactly the problems of its faults.
func TestNIKProperties(t *testing.T) {
	g := MustNew(1, Options{})
	for range 2000 {
		k, err := g.NIK(NIKSpec{})
		if err != nil {
			t.Fatal(err)
		}
		back, err := membership.ParseNIK(k.Digits(), membership.NIKOptions{Reference: g.first})
		if err != nil || back.BirthDate() != k.BirthDate() || back.Sex() != k.Sex() {
			t.Fatalf("%s: %v, birth %s→%s", k, err, k.BirthDate(), back.BirthDate())
		}
	}
	for _, f := range NIKFaults() {
		for range 200 {
			c, err := g.InvalidNIK(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = membership.ParseNIK(c.Input, c.Options)
			if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
				t.Fatalf("%s %q: got %v, want %v", f, c.Input, got, c.Want)
			}
		}
	}
}

// Every registration fault alone gives exactly its problems, in the value
// and in the JSON.
func TestRegistrationFaults(t *testing.T) {
	g := MustNew(2, Options{})
	faults := [][]RegFault{nil}
	for _, f := range RegFaults() {
		faults = append(faults, []RegFault{f.Fault})
	}
	for _, fs := range faults {
		for range 100 {
			c, err := g.InvalidRegistration(RegistrationSpec{}, fs...)
			if err != nil {
				t.Fatalf("%v: %v", fs, err)
			}
			checkCase(t, c)
		}
	}
}

func checkCase(t *testing.T, c RegistrationCase) {
	t.Helper()
	if !c.JSONOnly {
		got := ProblemsOf(c.Registration.Validate(c.Options.ValidateOpts()))
		if !slices.Equal(got, c.Want) {
			t.Fatalf("%v value: got %v, want %v\n%s", c.Faults, got, c.Want, c.JSON)
		}
	}
	if !c.ValueOnly {
		r, err := membership.DecodeRegistration(bytes.NewReader(c.JSON))
		if err == nil {
			err = r.Validate(c.Options.ValidateOpts())
		}
		if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
			t.Fatalf("%v JSON: got %v, want %v\n%s", c.Faults, got, c.Want, c.JSON)
		}
	}
}

// Every pair of faults that fit together gives the problems of both.
func TestRegistrationFaultPairs(t *testing.T) {
	g := MustNew(3, Options{})
	all := RegFaults()
	pairs, refused := 0, 0
	for i, a := range all {
		for _, b := range all[i+1:] {
			for range 5 {
				c, err := g.InvalidRegistration(RegistrationSpec{}, a.Fault, b.Fault)
				if err != nil {
					refused++
					break
				}
				pairs++
				checkCase(t, c)
			}
		}
	}
	t.Logf("%d pair cases, %d pairs refused", pairs, refused)
}

// A roster of 10,000 generated workers reads back from CSV and JSON and
// plans without an error or a warning.
func TestRosterPlans(t *testing.T) {
	g := MustNew(4, Options{})
	r, err := g.Roster(RosterSpec{Size: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	pl := newPlanner(t)
	p, err := pl.Plan(r.Request())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) > 0 {
		t.Fatalf("%d warnings, first %v", len(p.Warnings), p.Warnings[0])
	}
	if len(p.People) != 10_000 {
		t.Fatalf("%d people", len(p.People))
	}
	var csvBuf, jsonBuf bytes.Buffer
	if err := WriteRosterCSV(&csvBuf, r.Enrolments); err != nil {
		t.Fatal(err)
	}
	if err := WriteRosterJSON(&jsonBuf, r.Enrolments); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() ([]village.Enrolment, error){
		"csv":  func() ([]village.Enrolment, error) { return village.ReadCSV(&csvBuf) },
		"json": func() ([]village.Enrolment, error) { return village.ReadJSON(&jsonBuf) },
	} {
		back, err := read()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(back) != len(r.Enrolments) {
			t.Fatalf("%s: %d enrolments back of %d", name, len(back), len(r.Enrolments))
		}
		for i := range back {
			back[i].Line = 0
			if !sameEnrolment(back[i], r.Enrolments[i]) {
				t.Fatalf("%s: enrolment %d reads back as %+v, want %+v", name, i, back[i], r.Enrolments[i])
			}
		}
	}
}

func sameEnrolment(a, b village.Enrolment) bool {
	return a.NIK == b.NIK && a.Name == b.Name && a.Group == b.Group && a.Programs == b.Programs && a.Wage.Equal(b.Wage) &&
		a.From == b.From && a.To == b.To && a.Source == b.Source && a.WorkerShare == b.WorkerShare && a.Sector == b.Sector && a.Rank == b.Rank
}

func newPlanner(t testing.TB) *village.Planner {
	t.Helper()
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := village.NewPlanner(c, village.Params{}, village.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

// Every generated activity is accepted, read back from CSV and JSON, and
// the network reads back from its JSON.
func TestNetworkAccepted(t *testing.T) {
	for seed := range uint64(5) {
		g := MustNew(seed, Options{Year: 2024 + int(seed)%4})
		n, err := g.Network(NetworkSpec{Agents: int(seed), Activities: 3000})
		if err != nil {
			t.Fatal(err)
		}
		var doc bytes.Buffer
		if err := n.WriteJSON(&doc); err != nil {
			t.Fatal(err)
		}
		net, err := partner.DecodeNetwork(&doc)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		var csvBuf, jsonBuf bytes.Buffer
		if err := WriteActivitiesCSV(&csvBuf, n.Activities); err != nil {
			t.Fatal(err)
		}
		if err := WriteActivitiesJSON(&jsonBuf, n.Activities); err != nil {
			t.Fatal(err)
		}
		for name, read := range map[string]func() ([]partner.Activity, error){
			"value": func() ([]partner.Activity, error) { return n.Activities, nil },
			"csv":   func() ([]partner.Activity, error) { return partner.ReadActivitiesCSV(&csvBuf) },
			"json":  func() ([]partner.Activity, error) { return partner.ReadActivitiesJSON(&jsonBuf) },
		} {
			acts, err := read()
			if err != nil {
				t.Fatalf("seed %d %s: %v", seed, name, err)
			}
			if len(acts) != 3000 {
				t.Fatalf("seed %d %s: %d activities", seed, name, len(acts))
			}
			l, err := net.Process(acts, partner.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if rej := l.Rejected(); len(rej) > 0 {
				t.Fatalf("seed %d %s: %d rejected, first %v: %v", seed, name, len(rej), rej[0].Activity, rej[0].Problems)
			}
		}
	}
}

// Rosters of any mix of groups, sources and sectors, in every year the
// generator allows, plan without an error or a warning.
func TestRosterMixes(t *testing.T) {
	pl := newPlanner(t)
	mixes := []RosterSpec{
		{Size: 200},
		{Size: 200, Groups: []village.Group{village.Informal}, Sectors: []contribution.Sector{contribution.Transport, contribution.Fisheries}},
		{Size: 200, Groups: []village.Group{village.Official, village.BPD, village.CashForWork}},
		{Size: 200, Sources: village.Sources},
		{Size: 200, Sources: []village.Source{village.APBD, village.CSR}, Sectors: []contribution.Sector{contribution.Agriculture}},
		{Size: 1},
		{Size: 0},
	}
	for year := MinYear; year <= lastYear(); year++ {
		g := MustNew(uint64(year), Options{Year: year})
		for i, spec := range mixes {
			r, err := g.Roster(spec)
			if err != nil {
				t.Fatalf("%d mix %d: %v", year, i, err)
			}
			if len(r.Enrolments) != spec.Size {
				t.Fatalf("%d mix %d: %d enrolments", year, i, len(r.Enrolments))
			}
			p, err := pl.Plan(r.Request())
			if err != nil {
				t.Fatalf("%d mix %d: %v", year, i, err)
			}
			if len(p.Warnings) > 0 {
				t.Fatalf("%d mix %d: %d warnings, first %v", year, i, len(p.Warnings), p.Warnings[0])
			}
		}
	}
}

// Random sets of faults that fit together give the problems of all of
// them.
func TestRegistrationFaultSets(t *testing.T) {
	g := MustNew(5, Options{})
	all := RegFaults()
	made := 0
	for range 3000 {
		var fs []RegFault
		for range g.between(2, 5) {
			fs = append(fs, pick(g, all).Fault)
		}
		c, err := g.InvalidRegistration(RegistrationSpec{}, fs...)
		if err != nil {
			continue
		}
		made++
		checkCase(t, c)
	}
	if made < 300 {
		t.Errorf("only %d fault sets fit together", made)
	}
}

// Valid registrations of every segment, scale and year pass, and so do
// their JSON documents.
func TestValidRegistrations(t *testing.T) {
	for year := MinYear; year <= lastYear(); year++ {
		g := MustNew(uint64(year), Options{Year: year})
		for _, seg := range membership.Segments() {
			for range 200 {
				c, err := g.ValidRegistration(RegistrationSpec{Participant: ParticipantSpec{Segment: seg}})
				if err != nil {
					t.Fatal(err)
				}
				if len(c.Want) != 0 {
					t.Fatalf("a valid case wants %v", c.Want)
				}
				checkCase(t, c)
				if err := c.Registration.Participant.Validate(membership.ValidateOpts{}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// Phone numbers of every form read as themselves, and KPJ numbers are never
// handed out twice.
func TestIDs(t *testing.T) {
	g := MustNew(6, Options{})
	for _, f := range PhoneForms() {
		for range 500 {
			text, p, err := g.Phone(f)
			if err != nil || !p.IsValid() {
				t.Fatalf("%s %q: %v", f, text, err)
			}
			if p.IsMobile() != (f != LandlineNational && f != LandlineTrunk) {
				t.Fatalf("%s %q: mobile %v", f, text, p.IsMobile())
			}
		}
	}
	for _, f := range PhoneFaults() {
		for range 200 {
			c, err := g.InvalidPhone(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = membership.ParsePhone(c.Input)
			if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
				t.Fatalf("%s %q: got %v, want %v", f, c.Input, got, c.Want)
			}
		}
	}
	for _, f := range KPJFaults() {
		for range 200 {
			c, err := g.InvalidKPJ(f)
			if err != nil {
				t.Fatal(err)
			}
			_, err = membership.ParseKPJ(c.Input)
			if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
				t.Fatalf("%s %q: got %v, want %v", f, c.Input, got, c.Want)
			}
		}
	}
	seen := map[string]bool{}
	for range 20_000 {
		k := g.KPJ().Digits()
		if seen[k] {
			t.Fatalf("KPJ %s twice", k)
		}
		seen[k] = true
	}
}

// NIKs combining faults of different parts give every problem at once,
// and a generator never repeats a NIK, even in a crowded district.
func TestNIKCombinationsAndUniqueness(t *testing.T) {
	g := MustNew(7, Options{})
	all := NIKFaults()
	for range 3000 {
		var fs []NIKFault
		for range g.between(2, 4) {
			fs = append(fs, pick(g, all))
		}
		c, err := g.InvalidNIK(fs...)
		if err != nil {
			continue
		}
		_, err = membership.ParseNIK(c.Input, c.Options)
		if got := ProblemsOf(err); !slices.Equal(got, c.Want) {
			t.Fatalf("%v %q: got %v, want %v", fs, c.Input, got, c.Want)
		}
	}
	seen := map[string]bool{}
	birth := regulation.MustDate(1990, time.August, 17)
	d := region.MustParse("32.16.01")
	for range 9999 {
		k, err := g.NIK(NIKSpec{District: d, Birth: birth, Sex: membership.Female})
		if err != nil {
			t.Fatal(err)
		}
		if seen[k.Digits()] {
			t.Fatalf("NIK %s twice", k)
		}
		seen[k.Digits()] = true
	}
	if _, err := g.NIK(NIKSpec{District: d, Birth: birth, Sex: membership.Female}); !errors.Is(err, ErrInvalidSpec) {
		t.Fatalf("the 10,000th NIK of one district, day and sex: %v", err)
	}
}
