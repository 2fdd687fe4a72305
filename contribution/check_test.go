package contribution

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// TestParamsValuesChecked builds calculators from parameter sets with one
// impossible value each: every one is refused, naming the parameter.
func TestParamsValuesChecked(t *testing.T) {
	cite := regulation.Citation{Instrument: "test", Confidence: regulation.Unconfirmed}
	from := day(2024, 1, 1)
	override := func(param, value string) func(*Params) error {
		return func(p *Params) error {
			doc := `{"overrides": [{"parameter": "` + param + `", "from": "2024-01-01", "value": ` + value +
				`, "citation": {"instrument": "test", "confidence": "unconfirmed"}}]}`
			o, err := regulation.ParseOverrides(strings.NewReader(doc))
			if err != nil {
				return err
			}
			*p, err = p.WithOverrides(o)
			return err
		}
	}
	tests := []struct {
		name  string
		field string
		edit  func(*Params) error
	}{
		{"JKM rate above 100%", "pu.jkm.rate", func(p *Params) (err error) {
			p.PUJKM, err = p.PUJKM.With(regulation.Entry[Rate]{From: from, Value: PPM(1_500_000), Citation: cite})
			return err
		}},
		{"negative JHT rate", "pu.jht.rate.worker", func(p *Params) (err error) {
			p.PUJHT, err = p.PUJHT.With(regulation.Entry[Split]{From: from, Value: Split{Employer: MustRate("3.7%"), Worker: PPM(-1)}, Citation: cite})
			return err
		}},
		{"JP cap with an exponent of a hundred million", "pu.jp.wage_cap", func(p *Params) (err error) {
			p.PUJPCap, err = p.PUJPCap.With(regulation.Entry[decimal.Decimal]{From: from, Value: decimal.New(1, 100_000_000), Citation: cite})
			return err
		}},
		{"JP cap with a written exponent", "pu.jp.wage_cap", override("pu.jp.wage_cap", `"1e40"`)},
		{"JP cap of zero", "pu.jp.wage_cap", override("pu.jp.wage_cap", `"0"`)},
		{"BPU JKM above Rp1 trillion", "bpu.jkm.amount", override("bpu.jkm.amount", `"1000000000001"`)},
		{"income range upside down", "bpu.income.range.max", override("bpu.income.range", `{"min": "2000000", "max": "1000000"}`)},
		{"income steps falling", "bpu.income.steps[1]", override("bpu.income.steps", `["1500000", "1000000"]`)},
		{"construction tiers not starting at zero", "jakon.rate.tiers", override("jakon.rate",
			`{"wage_jkk": "1.74%", "wage_jkm": "0.3%", "tiers": [{"above": "100", "jkk": "0.21%", "jkm": "0.03%"}]}`)},
		{"construction tiers with no tier", "jakon.rate.tiers", override("jakon.rate", `{"wage_jkk": "1.74%", "wage_jkm": "0.3%", "tiers": []}`)},
		{"PMI JHT option of zero", "pmi.package.jht_options[0]", override("pmi.package",
			`{"pre_placement": "37500", "placement": {"6": "108000"}, "extra_month": "13500", "jht_options": ["0"]}`)},
		{"unknown industry in PP 7/2025", "relief.pp7_2025.industries[0]", func(p *Params) (err error) {
			tl, err := reliefTimeline[IndustryRelief](*p, ReliefIndustry).With(regulation.Entry[IndustryRelief]{From: from, Until: day(2024, 1, 31),
				Value: IndustryRelief{Discount: MustRate("50%"), MinWorkers: 50, Industries: []Industry{40}}, Citation: cite})
			if err != nil {
				return err
			}
			*p, err = p.With(tl)
			return err
		}},
		{"due day 0 in PP 49/2020", "relief.pp49_2020.due_day", func(p *Params) (err error) {
			tl, err := reliefTimeline[CovidRelief](*p, ReliefCovid).With(regulation.Entry[CovidRelief]{From: from, Until: day(2024, 1, 31),
				Value: CovidRelief{Discount: MustRate("99%"), JPDeferral: MustRate("99%"), LateFee: MustRate("0.5%")}, Citation: cite})
			if err != nil {
				return err
			}
			*p, err = p.With(tl)
			return err
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			if err := tc.edit(&p); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err := NewCalculator(p, Options{})
			if time.Since(start) > 5*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
			var l problem.List
			if !errors.Is(err, ErrInvalidParams) || !errors.As(err, &l) {
				t.Fatalf("error = %v, want ErrInvalidParams", err)
			}
			if l[0].Field != tc.field || !strings.Contains(l[0].EN, "2024-01-01") {
				t.Errorf("field %q, message %q; want field %q and the entry's first day", l[0].Field, l[0].EN, tc.field)
			}
		})
	}
	if _, err := NewCalculator(DefaultParams(), Options{}); err != nil {
		t.Errorf("DefaultParams: %v", err)
	}
}
