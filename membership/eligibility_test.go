package membership

import (
	"errors"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func TestRetirementAge(t *testing.T) {
	p := DefaultParams()
	for _, tt := range []struct {
		name    string
		month   regulation.Month
		age     int
		article string
	}{
		{"PP 45/2015 Pasal 15(1): 56 at the start, Jul 2015", regulation.MustMonth(2015, 7), 56, "Pasal 15 ayat (1)"},
		{"PP 45/2015 Pasal 15(1): still 56 in Dec 2018", regulation.MustMonth(2018, 12), 56, "Pasal 15 ayat (1)"},
		{"PP 45/2015 Pasal 15(2): 57 from Jan 2019", regulation.MustMonth(2019, 1), 57, "Pasal 15 ayat (2)"},
		{"PP 45/2015 Pasal 15(2): still 57 in Dec 2021", regulation.MustMonth(2021, 12), 57, "Pasal 15 ayat (2)"},
		{"PP 45/2015 Pasal 15(3): 58 from Jan 2022", regulation.MustMonth(2022, 1), 58, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 59 from Jan 2025", regulation.MustMonth(2025, 1), 59, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): still 59 in Dec 2027", regulation.MustMonth(2027, 12), 59, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 60 from Jan 2028", regulation.MustMonth(2028, 1), 60, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 61 from 2031", regulation.MustMonth(2031, 1), 61, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 62 from 2034", regulation.MustMonth(2034, 6), 62, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 63 from 2037", regulation.MustMonth(2037, 1), 63, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 64 from 2040", regulation.MustMonth(2040, 1), 64, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 65 from 2043", regulation.MustMonth(2043, 1), 65, "Pasal 15 ayat (3)"},
		{"PP 45/2015 Pasal 15(3): 65 for good", regulation.MustMonth(2090, 1), 65, "Pasal 15 ayat (3)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e, err := p.RetirementAge(tt.month)
			if err != nil || e.Value != tt.age || e.Citation.Instrument != "PP 45/2015" || e.Citation.Article != tt.article {
				t.Errorf("RetirementAge(%s) = %d (%s), %v; want %d", tt.month, e.Value, e.Citation, err, tt.age)
			}
		})
	}
	if _, err := p.RetirementAge(regulation.MustMonth(2015, 6)); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("before JP started: %v", err)
	}
}

func TestLastJPMonth(t *testing.T) {
	p := DefaultParams()
	d := regulation.MustDate
	for _, tt := range []struct {
		name  string
		birth regulation.Date
		last  regulation.Month
		age   int
	}{
		{"BPJS training example: born 16 Jul 1965, enrolled until Jun 2023", d(1965, time.July, 16), regulation.MustMonth(2023, 6), 58},
		{"born on the 1st: the month before the birthday month", d(1965, time.July, 1), regulation.MustMonth(2023, 6), 58},
		{"reached 56 in Dec 2018 under the first rule", d(1962, time.December, 31), regulation.MustMonth(2018, 11), 56},
		{"turned 56 in Jan 2019 when the age was already 57", d(1963, time.January, 5), regulation.MustMonth(2019, 12), 57},
		{"reached 57 in Jun 2021 and never becomes eligible again", d(1964, time.June, 10), regulation.MustMonth(2021, 5), 57},
		{"reached 56 before JP began", d(1950, time.March, 3), regulation.MustMonth(2015, 6), 56},
		{"born 1990: reaches 65 under the last rule", d(1990, time.August, 17), regulation.MustMonth(2055, 7), 65},
	} {
		t.Run(tt.name, func(t *testing.T) {
			last, rule, err := p.LastJPMonth(tt.birth)
			if err != nil || last != tt.last || rule.Value != tt.age {
				t.Fatalf("LastJPMonth(%s) = %s at age %d, %v; want %s at %d", tt.birth, last, rule.Value, err, tt.last, tt.age)
			}
			if err := p.CheckJP(tt.birth, tt.last); err != nil {
				t.Errorf("CheckJP in the last month: %v", err)
			}
			err = p.CheckJP(tt.birth, tt.last.Add(1))
			var pe *problem.Error
			if !errors.Is(err, ErrNotEligible) || !errors.As(err, &pe) || pe.Code != "eligibility.jp_age" || pe.Field != "programs" || pe.Value != "JP" {
				t.Errorf("CheckJP the month after: %v", err)
			}
		})
	}
	if _, _, err := p.LastJPMonth(regulation.Date{}); !errors.Is(err, ErrRequired) {
		t.Errorf("no birth date: %v", err)
	}
}

func TestCheckJKP(t *testing.T) {
	p := DefaultParams()
	d := regulation.MustDate
	birth := d(1970, time.January, 1)
	if err := p.CheckJKP(birth, d(2023, time.December, 31)); err != nil {
		t.Errorf("PP 37/2021: registered at 53: %v", err)
	}
	err := p.CheckJKP(birth, d(2024, time.January, 1))
	var pe *problem.Error
	if !errors.Is(err, ErrNotEligible) || !errors.As(err, &pe) || pe.Code != "eligibility.jkp_age" {
		t.Errorf("PP 37/2021: registered at 54: %v", err)
	}
	if err := p.CheckJKP(birth, d(2020, time.January, 1)); !errors.Is(err, regulation.ErrNoRuleInForce) {
		t.Errorf("before JKP existed: %v", err)
	}
}

// TestJKPEligible: registered before 54 (PP 37/2021; PP 6/2025 Pasal 4
// ayat (2) huruf b). Born 10 January 1970: registered 9 January 2024 at 53,
// covered; 10 January 2024 at 54, not. Registered in 2018 at 30, before JKP
// began on 2 February 2021: judged by the first rule, covered. Under
// PP 6/2025 (from 7 February 2025) the rule cited is its Pasal 4.
func TestJKPEligible(t *testing.T) {
	p := DefaultParams()
	d := regulation.MustDate
	for _, tc := range []struct {
		name             string
		birth, reg       regulation.Date
		want             bool
		article          string
		instrumentPrefix string
	}{
		{"PP 37/2021: a day before 54", d(1970, time.January, 10), d(2024, time.January, 9), true, "", "PP 37/2021"},
		{"PP 37/2021: 54 on the day", d(1970, time.January, 10), d(2024, time.January, 10), false, "", "PP 37/2021"},
		{"before JKP began: the first rule", d(1988, time.March, 1), d(2018, time.May, 2), true, "", "PP 37/2021"},
		{"PP 6/2025 Pasal 4(2)b: 53", d(1972, time.June, 1), d(2026, time.May, 31), true, "Pasal 4 ayat (2) huruf b", "PP 6/2025"},
		{"PP 6/2025 Pasal 4(2)b: 54", d(1972, time.June, 1), d(2026, time.June, 1), false, "Pasal 4 ayat (2) huruf b", "PP 6/2025"},
	} {
		ok, rule, err := p.JKPEligible(tc.birth, tc.reg)
		if err != nil || ok != tc.want || rule.Value != 54 || rule.Citation.Article != tc.article || rule.Citation.Instrument != tc.instrumentPrefix {
			t.Errorf("%s: %v, %+v, %v; want %v", tc.name, ok, rule, err, tc.want)
		}
	}
	if _, _, err := p.JKPEligible(regulation.Date{}, regulation.Date{}); !errors.Is(err, ErrRequired) {
		t.Errorf("no dates: %v", err)
	}
}
