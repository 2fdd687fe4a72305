package village

import (
	"fmt"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/internal/enum/enumtest"
	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/problem"
)

// The table tests: each enumeration's table has an entry for every constant
// of its type, each entry a code, both names and its policy, so that a value
// added half-way fails here.

func TestGroupTable(t *testing.T) {
	if err := groups.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Group", Groups)
	enumtest.Values(t, Groups, Group.Label)
	pkgs := DefaultPackages()
	var siltap SiltapMinimum
	for _, g := range Groups {
		if g >= 16 {
			t.Errorf("%s: a GroupSet (uint16) holds groups 1 to 15 only", g)
		}
		// Its policy: a default package that can be planned.
		pk, ok := pkgs[g]
		switch {
		case !ok:
			t.Errorf("%s has no package in DefaultPackages", g)
		case !pk.Segment.IsValid() || pk.Programs.IsEmpty() || !pk.Source.IsValid():
			t.Errorf("%s: its default package %+v lacks a segment, programs or a source", g, pk)
		}
		// An official has a siltap minimum; no one else does.
		if _, has := siltap.For(g); has != g.IsOfficial() {
			t.Errorf("%s: official %v but siltap minimum %v", g, g.IsOfficial(), has)
		}
	}
	if len(pkgs) != groups.Len() || AllGroups != SetOfGroups(Groups...) {
		t.Errorf("%d packages for %d groups; AllGroups = %s", len(pkgs), groups.Len(), AllGroups)
	}
}

func TestSourceTable(t *testing.T) {
	if err := sources.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Source", Sources)
	enumtest.Values(t, Sources, Source.Label)
	p := DefaultParams()
	names := p.Names()
	for _, s := range Sources {
		if int(s) >= numSources {
			t.Errorf("%s is not below numSources (%d): raise it", s, numSources)
		}
		// Its yearly policy: a funding timeline under its parameter name.
		tl := p.Funding[s]
		switch {
		case tl == nil:
			t.Errorf("%s has no funding policy in DefaultParams", s)
		case tl.Name() != FundingParam(s):
			t.Errorf("%s: its policy is named %q, want %q", s, tl.Name(), FundingParam(s))
		case !slices.Contains(names, FundingParam(s)):
			t.Errorf("%s: Params.Names lacks %q", s, FundingParam(s))
		}
		// Who pays when the money comes from it.
		if !s.Payer().IsValid() {
			t.Errorf("%s has no payer", s)
		}
	}
	if len(p.Funding) != sources.Len() {
		t.Errorf("DefaultParams has %d funding policies for %d sources", len(p.Funding), sources.Len())
	}
}

func TestWorkerShareTable(t *testing.T) {
	if err := workerShares.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "WorkerShare", WorkerShares())
	enumtest.Values(t, WorkerShares(), WorkerShare.Label)
}

// The codes are the text of every existing release: changing one breaks
// stored data and JSON.
func TestVillageCodesUnchanged(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{AllGroups.String(), "head+secretary+official+bpd+neighbourhood+community+cash_for_work+informal"},
		{enumtest.Join(Sources), "dana_desa add pades province_aid regency_aid apbd csr self"},
		{enumtest.Join(WorkerShares()), "worker employer"},
	} {
		if c.got != c.want {
			t.Errorf("codes %q, want %q", c.got, c.want)
		}
	}
}

// TestEnumDoc keeps the documentation's table of names (testdata/enums.md)
// in step with the tables.
func TestEnumDoc(t *testing.T) {
	doc := enumtest.Doc(t, ".", "village", "Group", groups) +
		enumtest.Doc(t, ".", "village", "Source", sources) +
		enumtest.Doc(t, ".", "village", "WorkerShare", workerShares)
	golden.Check(t, "enums.md", doc)
}

func ExampleParseSource() {
	s, _ := ParseSource("Bankeu Kabupaten")
	fmt.Println(s, "|", s.Label(problem.Indonesian), "|", s.Payer(), "|", s.Budget(), "|", FundingParam(s))
	// Output:
	// regency_aid | Bantuan keuangan kabupaten/kota | VILLAGE | APBDES | village.funding.regency_aid
}
