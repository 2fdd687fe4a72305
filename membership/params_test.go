package membership

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func overrides(t *testing.T, doc string) regulation.Overrides {
	t.Helper()
	o, err := regulation.ParseOverrides(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestParamsNames(t *testing.T) {
	var names []string
	for _, tl := range DefaultParams().Timelines() {
		names = append(names, tl.Name())
	}
	want := "[programs.offered pu.micro.programs pu.small.programs pu.medium.programs pu.large.programs bpu.programs jakon.programs pmi.programs jp.retirement_age jkp.registration_age_limit bpu.lapse_months bpu.reactivation]"
	if fmt.Sprint(names) != want {
		t.Errorf("names = %v", names)
	}
}

func TestZeroParamsAreDefault(t *testing.T) {
	var zero Params
	on := regulation.MustDate(2024, 1, 1)
	a, errA := zero.AllowedPrograms(PU, Small, on)
	b, errB := DefaultParams().AllowedPrograms(PU, Small, on)
	if a != b || errA != nil || errB != nil {
		t.Errorf("zero Params: %s %v, default: %s %v", a, errA, b, errB)
	}
}

func TestWithOverrides(t *testing.T) {
	o := overrides(t, `{"overrides": [
	  {"parameter": "bpu.programs", "from": "2027-01-01", "value": {"required": "JKK+JKM+JHT"},
	   "citation": {"instrument": "PP (hypothetical)", "confidence": "unconfirmed"}},
	  {"parameter": "jp.retirement_age", "from": "2028-01-01", "value": 62,
	   "citation": {"instrument": "PP (hypothetical)", "confidence": "unconfirmed"}}]}`)
	p, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.CheckPrograms(BPU, 0, SetOf(JKK, JKM), regulation.MustDate(2026, 12, 31)); err != nil {
		t.Errorf("before the override: %v", err)
	}
	err = p.CheckPrograms(BPU, 0, SetOf(JKK, JKM), regulation.MustDate(2027, 1, 1))
	if !errors.Is(err, ErrProgramRequired) || !strings.Contains(err.Error(), "PP (hypothetical) [belum pasti]") {
		t.Errorf("after the override: %v", err)
	}
	if e, _ := p.RetirementAge(regulation.MustMonth(2028, 1)); e.Value != 62 {
		t.Errorf("retirement age 2028 = %d", e.Value)
	}
	if e, _ := DefaultParams().RetirementAge(regulation.MustMonth(2028, 1)); e.Value != 60 {
		t.Errorf("the defaults changed: %d", e.Value)
	}
}

func TestWithOverridesRejects(t *testing.T) {
	o := overrides(t, `{"overrides": [
	  {"parameter": "jp.retirement_age", "from": "2028-01-01", "value": 62, "citation": {"instrument": "x", "confidence": "unconfirmed"}},
	  {"parameter": "jp.retirment_age", "from": "2028-01-01", "value": 62, "citation": {"instrument": "x", "confidence": "unconfirmed"}}]}`)
	_, err := DefaultParams().WithOverrides(o)
	var pe *problem.Error
	if !errors.Is(err, regulation.ErrInvalidOverride) || !errors.As(err, &pe) || pe.Field != "overrides[1].parameter" || pe.Value != "jp.retirment_age" {
		t.Errorf("misspelt parameter: %v", err)
	}
	o = overrides(t, `{"overrides": [
	  {"parameter": "bpu.reactivation", "from": "2028-01-01", "value": "MAYBE", "citation": {"instrument": "x", "confidence": "unconfirmed"}},
	  {"parameter": "jp.retirement_age", "from": "2028-01-01", "value": "sixty", "citation": {"instrument": "x", "confidence": "unconfirmed"}}]}`)
	_, err = DefaultParams().WithOverrides(o)
	var l problem.List
	if !errors.As(err, &l) || len(l) != 2 || !errors.Is(err, regulation.ErrInvalidOverride) {
		t.Errorf("bad values: %v", err)
	}
}

// TestConcurrentUse runs the shared validator, the default parameters and the
// parsers from many goroutines; run it with -race.
func TestConcurrentUse(t *testing.T) {
	p := DefaultParams()
	h := History{Segment: BPU, Start: regulation.MustMonth(2024, 1), Paid: months("2024-01", "2024-06")}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := range 50 {
				r := budiRegistration()
				if (g+i)%2 == 0 {
					r.Payer = 0
				}
				err := r.Validate(ValidateOpts{Params: p})
				if (g+i)%2 == 0 && !errors.Is(err, ErrRequired) || (g+i)%2 == 1 && err != nil {
					t.Errorf("Validate: %v", err)
				}
				if _, err := ParseNIK(fullNIK, NIKOptions{}); err != nil {
					t.Error(err)
				}
				if s, err := StatusAt(h, regulation.MustMonth(2024, 5)); s != NonActive || err != nil {
					t.Errorf("StatusAt = %s, %v", s, err)
				}
				if _, err := DefaultParams().WithOverrides(regulation.Overrides{}); err != nil {
					t.Error(err)
				}
				if err := CheckPrograms(PU, Medium, SetOf(JKK, JKM, JHT, JP), regulation.MustDate(2024, 1, 1)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}
