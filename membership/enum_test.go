package membership

import (
	"errors"
	"testing"
	"time"

	"github.com/desasadar/jamsos/internal/enum/enumtest"
	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// The table tests: each enumeration's table has an entry for every constant
// of its type, each entry a code, both names and (where the package keeps
// one) its policy, so that a value added half-way fails here.

// ruleFor returns the error of looking up the program rule of seg and
// scale on a day every default rule covers; a missing rule is
// ErrUnknownSegment or ErrUnknownBusinessScale.
func ruleFor(seg Segment, scale BusinessScale) (ProgramRule, error) {
	rule, _, err := DefaultParams().orDefault().programRule(seg, scale, regulation.MustDate(2026, time.January, 1))
	if errors.Is(err, regulation.ErrNoRuleInForce) {
		err = nil
	}
	return rule.Value, err
}

func TestProgramTable(t *testing.T) {
	if err := programs.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Program", Programs())
	enumtest.Values(t, Programs(), Program.Name)
	offered := DefaultParams().ProgramsOffered.Entries()
	for _, p := range Programs() {
		if p >= 8 {
			t.Errorf("%s: a ProgramSet (uint8) holds programs 1 to 7 only", p)
		}
		// Its policy: the programs offered name it from some day on, and
		// some segment may or must take it.
		named := false
		for _, e := range offered {
			named = named || e.Value.Has(p)
		}
		if !named {
			t.Errorf("%s is never in programs.offered", p)
		}
		taken := false
		for _, seg := range Segments() {
			for _, scale := range append(BusinessScales(), 0) {
				if (seg == PU) == (scale == 0) {
					continue
				}
				rule, err := ruleFor(seg, scale)
				taken = taken || (err == nil && rule.Allowed().Has(p))
			}
		}
		if !taken {
			t.Errorf("%s: no segment's program rule allows it", p)
		}
	}
	if allPrograms != SetOf(Programs()...) || allPrograms.Len() != programs.Len() {
		t.Errorf("allPrograms = %s", allPrograms)
	}
}

func TestSegmentTable(t *testing.T) {
	if err := segments.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Segment", Segments())
	enumtest.Values(t, Segments(), Segment.Name)
	for _, seg := range Segments() {
		if seg == PU {
			continue // its rule is per business scale: TestBusinessScaleTable
		}
		if _, err := ruleFor(seg, 0); err != nil {
			t.Errorf("%s has no program rule: %v", seg, err)
		}
	}
}

func TestBusinessScaleTable(t *testing.T) {
	if err := scales.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "BusinessScale", BusinessScales())
	enumtest.Values(t, BusinessScales(), BusinessScale.Name)
	for _, s := range BusinessScales() {
		if _, err := ruleFor(PU, s); err != nil {
			t.Errorf("PU at %s has no program rule: %v", s, err)
		}
	}
}

func TestPayerTable(t *testing.T) {
	if err := payers.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Payer", Payers())
	enumtest.Values(t, Payers(), Payer.Name)
}

func TestSexTable(t *testing.T) {
	if err := sexes.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Sex", sexes.Values())
	enumtest.Values(t, sexes.Values(), Sex.Name)
}

func TestStatusTable(t *testing.T) {
	if err := statuses.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Status", Statuses())
	enumtest.Values(t, Statuses(), Status.Name)
}

func TestReactivationTable(t *testing.T) {
	if err := reactivations.Check(); err != nil {
		t.Fatal(err)
	}
	enumtest.Match(t, ".", "Reactivation", Reactivations())
	enumtest.Values(t, Reactivations(), Reactivation.Name)
	if !DefaultParams().BPUReactivation.Entries()[0].Value.IsValid() {
		t.Error("the default reactivation policy is not a valid value")
	}
}

// The codes are the text of every existing release: changing one breaks
// stored data and JSON.
func TestMembershipCodesUnchanged(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{SetOf(Programs()...).String(), "JKK+JKM+JHT+JP+JKP"},
		{enumtest.Join(Segments()), "PU BPU JAKON PMI"},
		{enumtest.Join(Payers()), "SELF EMPLOYER VILLAGE REGENCY SPONSOR"},
		{enumtest.Join(BusinessScales()), "MICRO SMALL MEDIUM LARGE"},
		{enumtest.Join(Statuses()), "REGISTERED ACTIVE NON_ACTIVE ENDED"},
		{enumtest.Join(Reactivations()), "PAY_AGAIN REREGISTER"},
		{Male.String() + " " + Female.String(), "MALE FEMALE"},
	} {
		if c.got != c.want {
			t.Errorf("codes %q, want %q", c.got, c.want)
		}
	}
	_, err := ParseProgram("JKX")
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.EN != "unknown; use JKK, JKM, JHT, JP or JKP" ||
		pe.ID != "tidak dikenal; gunakan JKK, JKM, JHT, JP atau JKP" {
		t.Errorf("ParseProgram(JKX): %v", err)
	}
}

// TestEnumDoc keeps the documentation's table of names (testdata/enums.md)
// in step with the tables.
func TestEnumDoc(t *testing.T) {
	doc := enumtest.Doc(t, ".", "membership", "Program", programs) +
		enumtest.Doc(t, ".", "membership", "Segment", segments) +
		enumtest.Doc(t, ".", "membership", "BusinessScale", scales) +
		enumtest.Doc(t, ".", "membership", "Payer", payers) +
		enumtest.Doc(t, ".", "membership", "Sex", sexes) +
		enumtest.Doc(t, ".", "membership", "Status", statuses) +
		enumtest.Doc(t, ".", "membership", "Reactivation", reactivations)
	golden.Check(t, "enums.md", doc)
}
