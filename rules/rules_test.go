package rules_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rules"
)

// TestAllOnce: every parameter is listed once, and the reliefs of
// contribution are among them.
func TestAllOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range rules.All() {
		if seen[d.Name()] {
			t.Errorf("%s listed twice", d.Name())
		}
		seen[d.Name()] = true
	}
	for _, name := range []string{"pu.jp.wage_cap", "relief.pp49_2020", "relief.pp49_2020.jakon", "relief.pp50_2025", "bpu.lapse_months"} {
		if !seen[name] {
			t.Errorf("%s is not listed", name)
		}
	}
}

// TestOn: on 1 October 2020 PP 49/2020 (both of its reliefs) is in force
// and PP 50/2025 is not; every parameter is in exactly one of the two lists.
func TestOn(t *testing.T) {
	rep, err := rules.On(regulation.MustDate(2020, 10, 1))
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for _, f := range rep.InForce {
		in = append(in, f.Parameter)
	}
	if !slices.Contains(in, "relief.pp49_2020") || !slices.Contains(in, "relief.pp49_2020.jakon") || !slices.Contains(rep.NotInForce, "relief.pp50_2025") {
		t.Errorf("in force %v, not in force %v", in, rep.NotInForce)
	}
	if len(in)+len(rep.NotInForce) != len(rules.All()) {
		t.Errorf("%d + %d parameters listed, want %d", len(in), len(rep.NotInForce), len(rules.All()))
	}
}

func ExampleOn() {
	rep, err := rules.On(regulation.MustDate(2026, 5, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range rep.InForce {
		if f.Parameter == "pu.jp.wage_cap" || f.Parameter == "relief.pp50_2025" {
			fmt.Println(f.Parameter, f.From, f.Citation)
		}
	}
	// Output:
	// pu.jp.wage_cap 2026-03-01 BPJS Ketenagakerjaan letter B/1226/022026 (PP 45/2015 Pasal 29 ayat (3)) [secondary]
	// relief.pp50_2025 2026-04-01 PP 50/2025 Pasal 3; Pasal 4 [secondary]
}
