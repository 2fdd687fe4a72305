package jamsostest

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// The committed corpus is what NewCorpus makes: it never drifts from the
// package. Run go test ./jamsostest -run Corpus -update to rewrite it after
// a deliberate change (and raise CorpusVersion if a field changed meaning).
func TestCorpusGolden(t *testing.T) {
	c, err := NewCorpus(CorpusSeed)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := c.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "corpus/v1.json", b.String())
}

// Every case of the committed file has the outcome it states, checked
// from the file alone, as a suite in another language would check it.
func TestCorpusFile(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus/v1.json")
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Version int `json:"version"`
		Year    int `json:"year"`
		NIK     []CorpusNIK
		KPJ     []CorpusID
		Phone   []CorpusPhone
		Regs    []struct {
			Options  CaseOptions     `json:"options"`
			Input    json.RawMessage `json:"input"`
			Problems []Problem       `json:"problems"`
		} `json:"registrations"`
	}
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	if c.Version != CorpusVersion || len(c.NIK) < 50 || len(c.Regs) < 50 || len(c.KPJ) < 5 || len(c.Phone) < 10 {
		t.Fatalf("version %d, %d NIK, %d KPJ, %d phone, %d registration cases", c.Version, len(c.NIK), len(c.KPJ), len(c.Phone), len(c.Regs))
	}
	last := membershipDate(c.Year)
	for _, k := range c.NIK {
		ref := k.Reference
		if ref.IsZero() {
			ref = last
		}
		n, err := membership.ParseNIK(k.Input, membership.NIKOptions{Reference: ref, AllowPlaceholder: k.AllowPlaceholder})
		if got := ProblemsOf(err); !slices.Equal(got, k.Problems) || (err == nil) != k.Valid {
			t.Errorf("NIK %q: problems %v, want %v", k.Input, got, k.Problems)
			continue
		}
		if k.Valid && (n.District().String() != k.District || n.BirthDate().String() != k.BirthDate || n.Sex().String() != k.Sex || n.Serial() != k.Serial) {
			t.Errorf("NIK %q reads as %s %s %s %d, want %s %s %s %d", k.Input, n.District(), n.BirthDate(), n.Sex(), n.Serial(),
				k.District, k.BirthDate, k.Sex, k.Serial)
		}
	}
	for _, k := range c.KPJ {
		_, err := membership.ParseKPJ(k.Input)
		if got := ProblemsOf(err); !slices.Equal(got, k.Problems) || (err == nil) != k.Valid {
			t.Errorf("KPJ %q: problems %v, want %v", k.Input, got, k.Problems)
		}
	}
	for _, p := range c.Phone {
		ph, err := membership.ParsePhone(p.Input)
		if got := ProblemsOf(err); !slices.Equal(got, p.Problems) || (err == nil) != p.Valid || ph.E164() != p.E164 {
			t.Errorf("phone %q: %s, problems %v, want %s, %v", p.Input, ph.E164(), got, p.E164, p.Problems)
		}
	}
	valid := 0
	for i, r := range c.Regs {
		reg, err := membership.DecodeRegistration(bytes.NewReader(r.Input))
		if err == nil {
			err = reg.Validate(r.Options.ValidateOpts())
		}
		if got := ProblemsOf(err); !slices.Equal(got, r.Problems) {
			t.Errorf("registration %d: problems %v, want %v\n%s", i, got, r.Problems, r.Input)
		}
		if len(r.Problems) == 0 {
			valid++
		}
	}
	if valid < 12 || valid == len(c.Regs) {
		t.Errorf("%d valid registration cases of %d", valid, len(c.Regs))
	}
}

func membershipDate(year int) regulation.Date { return regulation.MustDate(year, time.December, 31) }
