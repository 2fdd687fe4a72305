package membership

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func set(s string) ProgramSet {
	ps, err := ParseProgramSet(s)
	if err != nil {
		panic(err)
	}
	return ps
}

func TestCheckPrograms(t *testing.T) {
	d := regulation.MustDate
	jan2024 := d(2024, time.January, 1)
	type fault struct {
		code    problem.Code
		program string
	}
	tests := []struct {
		name   string
		seg    Segment
		scale  BusinessScale
		set    string
		on     regulation.Date
		faults []fault
		cites  string
	}{
		{"BPU (PP 44/2015): JKK+JKM", BPU, 0, "JKK+JKM", jan2024, nil, ""},
		{"BPU (PP 44/2015): JHT may be added", BPU, 0, "JKK+JKM+JHT", jan2024, nil, ""},
		{"BPU (PP 44/2015): the business scale is ignored", BPU, Large, "JKK+JKM", jan2024, nil, ""},
		{"BPU (PP 44/2015): JKM is required", BPU, 0, "JKK", jan2024, []fault{{"programs.required", "JKM"}}, "PP 44/2015 [secondary]"},
		{"BPU (PP 44/2015): nothing chosen, two required", BPU, 0, "", jan2024, []fault{{"programs.required", "JKK"}, {"programs.required", "JKM"}}, ""},
		{"BPU (PP 44/2015): no JP", BPU, 0, "JKK+JKM+JP", jan2024, []fault{{"programs.not_allowed", "JP"}}, "PP 44/2015 [secondary]"},
		{"BPU (PP 44/2015): no JKP", BPU, 0, "JKK+JKM+JKP", jan2024, []fault{{"programs.not_allowed", "JKP"}}, ""},
		{"Perpres 109/2013 Pasal 6: micro JKK+JKM", PU, Micro, "JKK+JKM", jan2024, nil, ""},
		{"Perpres 109/2013 Pasal 6: micro may add JHT and JP", PU, Micro, "JKK+JKM+JHT+JP", jan2024, nil, ""},
		{"Perpres 109/2013 Pasal 6: small needs JHT", PU, Small, "JKK+JKM", jan2024, []fault{{"programs.required", "JHT"}}, "Perpres 109/2013 Pasal 6 [secondary]"},
		{"Perpres 109/2013 Pasal 6: small JKK+JKM+JHT", PU, Small, "JKK+JKM+JHT", jan2024, nil, ""},
		{"Perpres 109/2013 Pasal 6: medium needs JP", PU, Medium, "JKK+JKM+JHT", jan2024, []fault{{"programs.required", "JP"}}, ""},
		{"Perpres 109/2013 Pasal 6: large needs JHT and JP", PU, Large, "JKK+JKM", jan2024, []fault{{"programs.required", "JHT"}, {"programs.required", "JP"}}, ""},
		{"PP 37/2021: large with JKP from 2 Feb 2021", PU, Large, "JKK+JKM+JHT+JP+JKP", d(2021, time.February, 2), nil, ""},
		{"PP 37/2021: no JKP on 1 Feb 2021", PU, Large, "JKK+JKM+JHT+JP+JKP", d(2021, time.February, 1), []fault{{"programs.not_offered", "JKP"}}, "PP 37/2021 [secondary]"},
		{"Permenaker 4/2023: PMI JKK+JKM+JHT", PMI, 0, "JKK+JKM+JHT", jan2024, nil, ""},
		{"Permenaker 4/2023: PMI needs JKM, no JP", PMI, 0, "JKK+JP", jan2024, []fault{{"programs.required", "JKM"}, {"programs.not_allowed", "JP"}}, "Permenaker 4/2023 [secondary]"},
		{"Permenaker 18/2018: PMI before 21 Feb 2023", PMI, 0, "JKK", d(2023, time.February, 20), []fault{{"programs.required", "JKM"}}, "Permenaker 18/2018 [secondary]"},
		{"PP 44/2015: Jakon JKK+JKM", Jakon, 0, "JKK+JKM", jan2024, nil, ""},
		{"PP 44/2015: Jakon takes no JHT", Jakon, 0, "JKK+JKM+JHT", jan2024, []fault{{"programs.not_allowed", "JHT"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckPrograms(tt.seg, tt.scale, set(tt.set), tt.on)
			var l problem.List
			errors.As(err, &l)
			var got []fault
			for _, e := range l {
				got = append(got, fault{e.Code, e.Value})
				if e.Field != "programs" {
					t.Errorf("field = %q", e.Field)
				}
				want := ErrProgramRequired
				if e.Code != "programs.required" {
					want = ErrProgramNotAllowed
				}
				if !errors.Is(e, want) {
					t.Errorf("%v does not wrap %v", e, want)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.faults) {
				t.Fatalf("faults = %v, want %v (%v)", got, tt.faults, err)
			}
			// The Indonesian message marks the confidence in Indonesian.
			citesID := strings.NewReplacer("[text]", "[naskah]", "[secondary]", "[sekunder]", "[unconfirmed]", "[belum pasti]").Replace(tt.cites)
			if tt.cites != "" && (!strings.Contains(l.Message(problem.Indonesian), citesID) || !strings.Contains(l.Message(problem.English), tt.cites)) {
				t.Errorf("messages do not cite %q:\n%s\n%s", tt.cites, l.Message(problem.Indonesian), l.Message(problem.English))
			}
		})
	}
}

func TestCheckProgramsInputs(t *testing.T) {
	on := regulation.MustDate(2024, time.January, 1)
	for _, tt := range []struct {
		name  string
		seg   Segment
		scale BusinessScale
		on    regulation.Date
		want  error
		field string
	}{
		{"PU needs a business scale", PU, 0, on, ErrRequired, "business_scale"},
		{"unknown business scale", PU, 9, on, ErrUnknownBusinessScale, "business_scale"},
		{"no segment", 0, 0, on, ErrRequired, "segment"},
		{"unknown segment", 9, 0, on, ErrUnknownSegment, "segment"},
		{"before 1 Jul 2015 no rule is in force", BPU, 0, regulation.MustDate(2015, time.June, 30), regulation.ErrNoRuleInForce, "bpu.programs"},
		{"Permenaker 18/2018: no PMI rule before 10 Dec 2018", PMI, 0, regulation.MustDate(2018, time.December, 9), regulation.ErrNoRuleInForce, "pmi.programs"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckPrograms(tt.seg, tt.scale, set("JKK+JKM"), tt.on)
			var pe *problem.Error
			if !errors.Is(err, tt.want) || !errors.As(err, &pe) || pe.Field != tt.field {
				t.Errorf("err = %v, want %v on %s", err, tt.want, tt.field)
			}
		})
	}
}

func TestRequiredAndAllowedPrograms(t *testing.T) {
	d := regulation.MustDate
	for _, tt := range []struct {
		name              string
		seg               Segment
		scale             BusinessScale
		on                regulation.Date
		required, allowed string
	}{
		{"BPU", BPU, 0, d(2024, 1, 1), "JKK+JKM", "JKK+JKM+JHT"},
		{"PU micro before JKP", PU, Micro, d(2020, 1, 1), "JKK+JKM", "JKK+JKM+JHT+JP"},
		{"PU small with JKP", PU, Small, d(2024, 1, 1), "JKK+JKM+JHT", "JKK+JKM+JHT+JP+JKP"},
		{"PU medium", PU, Medium, d(2024, 1, 1), "JKK+JKM+JHT+JP", "JKK+JKM+JHT+JP+JKP"},
		{"PMI", PMI, 0, d(2024, 1, 1), "JKK+JKM", "JKK+JKM+JHT"},
		{"Jakon", Jakon, 0, d(2024, 1, 1), "JKK+JKM", "JKK+JKM"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			req, err := RequiredPrograms(tt.seg, tt.scale, tt.on)
			if err != nil || req.String() != tt.required {
				t.Errorf("RequiredPrograms = %s, %v; want %s", req, err, tt.required)
			}
			all, err := AllowedPrograms(tt.seg, tt.scale, tt.on)
			if err != nil || all.String() != tt.allowed {
				t.Errorf("AllowedPrograms = %s, %v; want %s", all, err, tt.allowed)
			}
			if CheckPrograms(tt.seg, tt.scale, req, tt.on) != nil || CheckPrograms(tt.seg, tt.scale, all, tt.on) != nil {
				t.Error("the required and the allowed sets must pass CheckPrograms")
			}
		})
	}
}

// TestProgramRulesCoverage walks every month from July 2015 to December 2045
// and proves that exactly one rule applies to every kind of participant,
// from the month its first rule starts.
func TestProgramRulesCoverage(t *testing.T) {
	p := DefaultParams()
	first := map[string]regulation.Month{"pmi.programs": regulation.MustMonth(2019, 1), "jkp.registration_age_limit": regulation.MustMonth(2021, 3)}
	for _, tl := range p.Timelines() {
		from, ok := first[tl.Name()]
		if !ok {
			from = regulation.MustMonth(2015, 7)
		}
		for m := range regulation.Months(from, regulation.MustMonth(2045, 12)).All() {
			f, err := tl.Describe(m.FirstDay())
			if err != nil {
				t.Fatalf("%s in %s: %v", tl.Name(), m, err)
			}
			if f.Citation.Check() != nil {
				t.Fatalf("%s in %s: incomplete citation", tl.Name(), m)
			}
		}
		if _, err := tl.Describe(from.Add(-1).FirstDay()); err == nil {
			t.Errorf("%s applies before %s", tl.Name(), from)
		}
	}
}
