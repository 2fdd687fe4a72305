package partner

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/internal/enum/enumtest"
	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/problem"
)

// The table tests: each enumeration's table has an entry for every constant
// of its type, each entry a code, both names and (where the package keeps
// one) its policy, so that a value added half-way fails here.

func TestRoleTable(t *testing.T) {
	if err := roles.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Role", Roles())
	enumtest.Values(t, Roles(), Role.Name)
	// Its policy: a capability timeline in the built-in rules, under the
	// role's parameter name, listed and overridable.
	d := defaultParams()
	names := ParameterNames()
	for _, r := range Roles() {
		tl := d.Capabilities[r]
		switch {
		case tl == nil:
			t.Errorf("%s has no capability policy in DefaultParams", r)
		case tl.Name() != r.param():
			t.Errorf("%s: its policy is named %q, want %q", r, tl.Name(), r.param())
		case !slices.Contains(names, r.param()):
			t.Errorf("%s: ParameterNames lacks %q", r, r.param())
		}
	}
	if len(d.Capabilities) != roles.Len() {
		t.Errorf("DefaultParams has %d role policies for %d roles", len(d.Capabilities), roles.Len())
	}
}

func TestCapabilityTable(t *testing.T) {
	if err := capabilities.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Capability", Capabilities())
	enumtest.Values(t, Capabilities(), Capability.Name)
	// Its policy: some role holds it in some rule of the built-in role
	// policy, or it could never be exercised.
	d := defaultParams()
	for _, c := range Capabilities() {
		if c >= 16 {
			t.Errorf("%s: a CapabilitySet (uint16) holds capabilities 1 to 15 only", c)
		}
		held := false
		for _, r := range Roles() {
			for _, e := range d.Capabilities[r].Entries() {
				held = held || e.Value.Has(c)
			}
		}
		if !held {
			t.Errorf("%s is held by no role in DefaultParams", c)
		}
	}
	if allCapabilities.Len() != capabilities.Len() {
		t.Errorf("allCapabilities = %s", allCapabilities)
	}
}

func TestKindTable(t *testing.T) {
	if err := kinds.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Kind", Kinds())
	enumtest.Values(t, Kinds(), Kind.Name)
	// Its policy: the capability it needs.
	for _, k := range Kinds() {
		if !k.Capability().IsValid() {
			t.Errorf("%s needs no valid capability", k)
		}
	}
}

func TestOrgKindTable(t *testing.T) {
	if err := orgKinds.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "OrgKind", OrgKinds())
	enumtest.Values(t, OrgKinds(), OrgKind.Name)
}

func TestAgentStatusTable(t *testing.T) {
	if err := agentStatuses.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "AgentStatus", AgentStatuses())
	enumtest.Values(t, AgentStatuses(), AgentStatus.Name)
}

func TestFindingTable(t *testing.T) {
	if err := findings.Check(); err != nil {
		t.Fatal(err)
	}
	for _, f := range Findings() {
		var back Finding
		b, _ := f.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != f || f.Name(problem.English) == "" {
			t.Errorf("%v: %v %v", f, back, err)
		}
	}
	var f Finding
	if err := f.UnmarshalText([]byte("SHORT")); !errors.Is(err, ErrUnknownKind) {
		t.Errorf("unknown finding: %v", err)
	}
	if Finding(0).IsValid() || Finding(0).Discrepant() || !WrongMonth.Discrepant() || AsBilled.Discrepant() {
		t.Error("validity or discrepancy")
	}
}

func TestAttributionTable(t *testing.T) {
	if err := attributions.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Attribution", Attributions())
	enumtest.Values(t, Attributions(), Attribution.Name)
	if !Attribution(0).IsValid() || Attribution(0) != FirstReferral {
		t.Error("the zero Attribution is FirstReferral, the default")
	}
}

func TestForceTable(t *testing.T) {
	if err := forces.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Force", Forces())
	enumtest.Values(t, Forces(), Force.Name)
	// Its policy: the length of its personnel numbers, within what an NRP
	// holds, and how messages name one.
	for _, f := range Forces() {
		i := forces.Info(f)
		if i.minDigits < 1 || i.maxDigits < i.minDigits || i.maxDigits > len(NRP{}.digits) || i.nrpID == "" || i.nrpEN == "" {
			t.Errorf("%s: NRP policy %+v", f, i)
		}
	}
}

// The codes are the text of every existing release: changing one breaks
// stored data and JSON.
func TestPartnerCodesUnchanged(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{enumtest.Join(Roles()), "VILLAGE_HEAD VILLAGE_OFFICIAL BHABINKAMTIBMAS BABINSA AGEN_PERISAI BRANCH_OFFICER REGENCY_OFFICE COLLECTION_PARTNER"},
		{CapabilitiesOf(Capabilities()...).String(), "SOCIALISE+EDUCATE+REFER+REGISTER+COLLECT+PAY_ON_BEHALF+VERIFY+REPORT"},
		{enumtest.Join(Kinds()), "SOCIALISATION EDUCATION REFERRAL REGISTRATION COLLECTION PAYMENT"},
		{enumtest.Join(OrgKinds()), "COOPERATIVE FOUNDATION COMPANY BANK BUMDES OTHER"},
		{enumtest.Join(AgentStatuses()), "NOT_STARTED ACTIVE SUSPENDED"},
		{enumtest.Join(Attributions()), "FIRST_REFERRAL LAST_REFERRAL REGISTRAR"},
		{enumtest.Join(Forces()), "POLRI TNI"},
	} {
		if c.got != c.want {
			t.Errorf("codes %q, want %q", c.got, c.want)
		}
	}
}

// TestEnumDoc keeps the documentation's table of names (testdata/enums.md)
// in step with the tables.
func TestEnumDoc(t *testing.T) {
	doc := enumtest.Doc(t, ".", "partner", "Role", roles) +
		enumtest.Doc(t, ".", "partner", "Capability", capabilities) +
		enumtest.Doc(t, ".", "partner", "Kind", kinds) +
		enumtest.Doc(t, ".", "partner", "OrgKind", orgKinds) +
		enumtest.Doc(t, ".", "partner", "AgentStatus", agentStatuses) +
		enumtest.Doc(t, ".", "partner", "Attribution", attributions) +
		enumtest.Doc(t, ".", "partner", "Force", forces) +
		enumtest.Doc(t, ".", "partner", "Finding", findings)
	golden.Check(t, "enums.md", doc)
}

func ExampleParseRole() {
	r, _ := ParseRole("kades")
	fmt.Println(r, "|", r.Name(problem.Indonesian), "|", r.Name(problem.English))
	for _, r := range Roles()[:3] {
		fmt.Println(r)
	}
	// Output:
	// VILLAGE_HEAD | kepala desa | village head
	// VILLAGE_HEAD
	// VILLAGE_OFFICIAL
	// BHABINKAMTIBMAS
}
