package contribution

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

func calc(t testing.TB, o Options) *Calculator {
	t.Helper()
	c, err := NewCalculator(DefaultParams(), o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func rp(n int64) decimal.Decimal { return decimal.NewFromInt(n) }

func month(y, m int) regulation.Month { return regulation.MustMonth(y, timeMonth(m)) }

var (
	jkkJKM    = membership.SetOf(membership.JKK, membership.JKM)
	jkkJKMJHT = membership.SetOf(membership.JKK, membership.JKM, membership.JHT)
	puAll     = membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP)
)

// wantLine is an expected line: the amount of each program and who carries it.
type wantLine struct {
	program membership.Program
	amount  int64
	shares  map[Party]int64
}

func checkBill(t *testing.T, b Bill, billed int64, lines ...wantLine) {
	t.Helper()
	if !b.Billed.Equal(rp(billed)) {
		t.Errorf("billed = %s, want %d", b.Billed, billed)
	}
	for _, w := range lines {
		ln, ok := b.Line(w.program)
		if !ok {
			t.Errorf("no %s line", w.program)
			continue
		}
		if !ln.Amount.Equal(rp(w.amount)) {
			t.Errorf("%s amount = %s, want %d", w.program, ln.Amount, w.amount)
		}
		for p := range numParties {
			if want := rp(w.shares[p]); !ln.Shares.Of(p).Equal(want) {
				t.Errorf("%s %s share = %s, want %s", w.program, p, ln.Shares.Of(p), want)
			}
		}
	}
}

func TestWorkedExamplesBPU(t *testing.T) {
	c := calc(t, Options{})
	tests := []struct {
		name   string
		in     Input
		m      regulation.Month
		billed int64
		lines  []wantLine
	}{
		{
			// 1% of Rp1,000,000 = 10,000; JKM flat 6,800.
			name: "PP 44/2015: BPU JKK+JKM on Rp1,000,000 is Rp16,800",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000)},
			m:    month(2024, 6), billed: 16_800,
			lines: []wantLine{
				{membership.JKK, 10_000, map[Party]int64{Worker: 10_000}},
				{membership.JKM, 6_800, map[Party]int64{Worker: 6_800}},
			},
		},
		{
			// + JHT 2% of Rp1,000,000 = 20,000.
			name: "PP 46/2015: BPU with JHT on Rp1,000,000 is Rp36,800",
			in:   Input{Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(1_000_000)},
			m:    month(2024, 6), billed: 36_800,
			lines: []wantLine{{membership.JHT, 20_000, map[Party]int64{Worker: 20_000}}},
		},
		{
			// Top of the published range: JKK Rp207,000 and JHT Rp414,000.
			name: "PP 44/2015 Lampiran II: BPU at the top income Rp20,700,000",
			in:   Input{Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(20_700_000)},
			m:    month(2025, 1), billed: 207_000 + 6_800 + 414_000,
			lines: []wantLine{
				{membership.JKK, 207_000, map[Party]int64{Worker: 207_000}},
				{membership.JHT, 414_000, map[Party]int64{Worker: 414_000}},
			},
		},
		{
			// A village paying for a worker: the whole bill is the sponsor's,
			// 10,000 + 6,800 = 16,800.
			name: "BPU paid by the village is carried by the sponsor",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Payer: membership.PayerVillage},
			m:    month(2025, 1), billed: 16_800,
			lines: []wantLine{{membership.JKM, 6_800, map[Party]int64{Sponsor: 6_800}}},
		},
		{
			// 50% of each line: 10,000 → 5,000 and 6,800 → 3,400; 5,000 + 3,400 = 8,400.
			name: "PP 50/2025 Pasal 4: transport worker, February 2026, Rp8,400",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport},
			m:    month(2026, 2), billed: 8_400,
			lines: []wantLine{
				{membership.JKK, 5_000, map[Party]int64{Worker: 5_000}},
				{membership.JKM, 3_400, map[Party]int64{Worker: 3_400}},
			},
		},
		{
			// Other sectors start in April 2026: 10,000 + 6,800 = 16,800.
			name: "PP 50/2025: a farmer in February 2026 pays the full Rp16,800",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Agriculture},
			m:    month(2026, 2), billed: 16_800,
		},
		{
			// 5,000 + 3,400 = 8,400.
			name: "PP 50/2025: a farmer in May 2026 pays Rp8,400",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Agriculture},
			m:    month(2026, 5), billed: 8_400,
		},
		{
			// 5,000 + 3,400 = 8,400.
			name: "PP 50/2025: a transport worker in May 2026 pays Rp8,400",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport},
			m:    month(2026, 5), billed: 8_400,
		},
		{
			// JHT is not discounted: 8,400 + 20,000.
			name: "PP 50/2025: JHT keeps its full rate",
			in:   Input{Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(1_000_000), Sector: Trade},
			m:    month(2026, 7), billed: 28_400,
		},
		{
			// Excluded: 10,000 + 6,800 = 16,800.
			name: "PP 50/2025 Pasal 3: paid from APBD, no discount",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Payer: membership.PayerRegency},
			m:    month(2026, 5), billed: 16_800,
		},
		{
			// Not excluded by the default policy (Reading A, regulations.md
			// §2.2.1: APBDes is not APBD): (10,000 + 6,800) × 50% = 8,400.
			name: "PP 50/2025 Pasal 3-4, Reading A: a village budget keeps the discount by the default policy",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Payer: membership.PayerVillage},
			m:    month(2026, 5), billed: 8_400,
		},
		{
			// Transport runs to March 2027: 5,000 + 3,400 = 8,400.
			name: "PP 50/2025: a transport worker in January 2027",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport},
			m:    month(2027, 1), billed: 8_400,
		},
		{
			// The last discounted transport month: 5,000 + 3,400 = 8,400.
			name: "PP 50/2025: a transport worker in March 2027, the last month",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport},
			m:    month(2027, 3), billed: 8_400,
		},
		{
			// The discount is over: 10,000 + 6,800 = 16,800.
			name: "PP 50/2025: a transport worker in April 2027 pays the full Rp16,800",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport},
			m:    month(2027, 4), billed: 16_800,
		},
		{
			// Other sectors ended with December 2026: 10,000 + 6,800 = 16,800.
			name: "PP 50/2025: a trader in January 2027 pays the full Rp16,800",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Trade},
			m:    month(2027, 1), billed: 16_800,
		},
		{
			// Declared Rp2,500,000: JKK 25,000 → 12,500; JKM 3,400; JHT 2% 50,000 in full.
			name: "PP 50/2025: a fisherman on Rp2,500,000 with JHT in December 2026",
			in:   Input{Segment: membership.BPU, Programs: jkkJKMJHT, Basis: rp(2_500_000), Sector: Fisheries},
			m:    month(2026, 12), billed: 12_500 + 3_400 + 50_000,
			lines: []wantLine{{membership.JKK, 12_500, map[Party]int64{Worker: 12_500}}},
		},
		{
			// 99% off: 10,000 → 100 and 6,800 → 68.
			name: "PP 49/2020: BPU JKK and JKM cut by 99%",
			in:   Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000)},
			m:    month(2020, 10), billed: 168,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := c.Bill(tc.in, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			checkBill(t, b, tc.billed, tc.lines...)
		})
	}
}

func TestWorkedExamplesPU(t *testing.T) {
	c := calc(t, Options{})
	village := func(siltap int64) Input {
		return Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(siltap), RiskGroup: VeryLowRisk,
			Scale: membership.Micro, Payer: membership.PayerVillage}
	}
	tests := []struct {
		name   string
		in     Input
		m      regulation.Month
		billed int64
		lines  []wantLine
	}{
		{
			// PP 11/2019 Pasal 81: Rp2,022,200. 0.24% = 4,853.28 → 4,853; 0.30% = 6,066.60 → 6,067.
			name: "PP 44/2015 Pasal 16 and 18: official on the minimum siltap",
			in:   village(2_022_200), m: month(2026, 1), billed: 10_920,
			lines: []wantLine{
				{membership.JKK, 4_853, map[Party]int64{Employer: 4_853}},
				{membership.JKM, 6_067, map[Party]int64{Employer: 6_067}},
			},
		},
		{
			// Rp2,426,640: 5,823.936 → 5,824; 7,279.92 → 7,280.
			name: "village head on the minimum siltap",
			in:   village(2_426_640), m: month(2026, 1), billed: 13_104,
		},
		{
			// Wage 12,000,000 above both caps. Feb 2026 cap 10,547,400:
			// 2% = 210,948, 1% = 105,474.
			name: "PP 45/2015 Pasal 29: JP capped at Rp10,547,400 in February 2026",
			in: Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP),
				Basis: rp(12_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium},
			m: month(2026, 2),
			// JKK 28,800; JKM 36,000; JHT 444,000 + 240,000; JP 316,422.
			billed: 28_800 + 36_000 + 444_000 + 240_000 + 316_422,
			lines:  []wantLine{{membership.JP, 316_422, map[Party]int64{Employer: 210_948, Worker: 105_474}}},
		},
		{
			// March 2026 cap 11,086,300: 2% = 221,726, 1% = 110,863.
			name: "BPJS letter B/1226/022026: JP capped at Rp11,086,300 from March 2026",
			in: Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP),
				Basis: rp(12_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium},
			m:     month(2026, 3),
			lines: []wantLine{{membership.JP, 332_589, map[Party]int64{Employer: 221_726, Worker: 110_863}}},
			// 28,800 + 36,000 + 684,000 + 332,589
			billed: 1_081_389,
		},
		{
			// JP on a wage under the cap: 3% of 5,000,000.
			name: "PP 45/2015 Pasal 28: JP on a wage under the cap",
			in:   Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: MediumRisk, Scale: membership.Large},
			m:    month(2016, 1),
			// JKK 0.89% 44,500; JKM 15,000; JHT 185,000 + 100,000; JP 100,000 + 50,000
			billed: 494_500,
			lines: []wantLine{
				{membership.JKK, 44_500, map[Party]int64{Employer: 44_500}},
				{membership.JHT, 285_000, map[Party]int64{Employer: 185_000, Worker: 100_000}},
				{membership.JP, 150_000, map[Party]int64{Employer: 100_000, Worker: 50_000}},
			},
		},
		{
			// PP 37/2021: 0.22% + 0.24% of the wage capped at 5,000,000.
			name: "PP 37/2021: JKP 0.46% in January 2025, nothing billed",
			in:   Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(6_000_000), RiskGroup: VeryLowRisk, Scale: membership.Large},
			m:    month(2025, 1),
			// JKK 14,400; JKM 18,000; JHT 222,000 + 120,000; JP 120,000 + 60,000
			billed: 554_400,
			lines:  []wantLine{{membership.JKP, 23_000, map[Party]int64{Government: 11_000, Recomposition: 12_000}}},
		},
		{
			// PP 6/2025 Pasal 11: 0.22% + 0.14%.
			name: "PP 6/2025 Pasal 11: JKP 0.36% from March 2025",
			in:   Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(6_000_000), RiskGroup: VeryLowRisk, Scale: membership.Large},
			m:    month(2025, 3), billed: 554_400,
			lines: []wantLine{{membership.JKP, 18_000, map[Party]int64{Government: 11_000, Recomposition: 7_000}}},
		},
		{
			// PP 6/2025 is in force from 7 February: not on 1 February, so the
			// February 2025 month keeps 0.22% + 0.24% of 5,000,000 = 11,000 + 12,000.
			name: "PP 37/2021: JKP still 0.46% in February 2025",
			in:   Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(6_000_000), RiskGroup: VeryLowRisk, Scale: membership.Large},
			m:    month(2025, 2), billed: 554_400,
			lines: []wantLine{{membership.JKP, 23_000, map[Party]int64{Government: 11_000, Recomposition: 12_000}}},
		},
		{
			// The first JKP month is March 2021 (PP 37/2021 in force from 2
			// February). Wage 4,321,000 under the cap: 0.22% = 9,506.2 → 9,506;
			// 0.24% = 10,370.4 → 10,370. Billed: JKK 0.24% 10,370.4 → 10,370;
			// JKM 0.30% 12,963; JHT 3.7% 159,877 + 2% 86,420; JP 2% 86,420 + 1% 43,210.
			name: "PP 37/2021: JKP on a wage under Rp5,000,000 in March 2021",
			in:   Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(4_321_000), RiskGroup: VeryLowRisk, Scale: membership.Large},
			m:    month(2021, 3), billed: 10_370 + 12_963 + 159_877 + 86_420 + 86_420 + 43_210,
			lines: []wantLine{{membership.JKP, 19_876, map[Party]int64{Government: 9_506, Recomposition: 10_370}}},
		},
		{
			// 5,000,000 × 2% = 100,000 and × 1% = 50,000; 99% of each may be
			// deferred: 99,000 + 49,500 = 148,500 (of a bill of 120 + 150 +
			// 285,000 + 150,000 = 435,270).
			name: "PP 49/2020 Pasal 23 ayat (1): JP deferral of 99%",
			in:   Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium, DeferJP: true},
			m:    month(2020, 9), billed: 435_270,
			lines: []wantLine{{membership.JP, 150_000, map[Party]int64{Employer: 100_000, Worker: 50_000}}},
		},
		{
			// 0.24% of 5,000,000 = 12,000 → 120; 0.30% = 15,000 → 150.
			name: "PP 49/2020 Pasal 8 (JKK, unconfirmed article) and Pasal 9 (JKM): PU JKK and JKM cut by 99%",
			in:   Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: VeryLowRisk, Scale: membership.Micro},
			m:    month(2020, 9), billed: 270,
		},
		{
			// 0.54% of 5,000,000 = 27,000 → 13,500; JKM 15,000 stays.
			name: "PP 7/2025: footwear maker with 100 workers, JKK halved",
			in: Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Micro,
				Industry: Footwear, Workforce: 100},
			m: month(2025, 3), billed: 28_500,
		},
		{
			// 27,000 → 13,500; JKM 15,000: 28,500.
			name: "PP 36/2025: the relief still applies in January 2026",
			in: Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Micro,
				Industry: Furniture, Workforce: 50},
			m: month(2026, 1), billed: 28_500,
		},
		{
			// 27,000 + 15,000 = 42,000.
			name: "PP 7/2025: 49 workers are too few",
			in: Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Micro,
				Industry: Furniture, Workforce: 49},
			m: month(2025, 3), billed: 42_000,
		},
		{
			// The village pays the official's JHT share too: 3.7% + 2% of 2,022,200
			// = 74,821.4 → 74,821 and 40,444.
			name: "village pays the official's JHT share",
			in: Input{Segment: membership.PU, Programs: jkkJKMJHT, Basis: rp(2_022_200), RiskGroup: VeryLowRisk,
				Scale: membership.Small, Payer: membership.PayerVillage, WorkerSharePayer: membership.PayerVillage},
			m: month(2026, 1), billed: 10_920 + 74_821 + 40_444,
			lines: []wantLine{{membership.JHT, 115_265, map[Party]int64{Employer: 115_265}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := c.Bill(tc.in, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			checkBill(t, b, tc.billed, tc.lines...)
		})
	}
}

func TestWorkedExamplesJakonPMI(t *testing.T) {
	c := calc(t, Options{})
	// Contract of Rp600,000,000: JKK 100M×0.21% + 400M×0.17% + 100M×0.13% =
	// 210,000 + 680,000 + 130,000; JKM 30,000 + 80,000 + 20,000.
	b, err := c.Bill(Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(600_000_000), ContractValue: true}, month(2025, 8))
	if err != nil {
		t.Fatal(err)
	}
	checkBill(t, b, 1_150_000,
		wantLine{membership.JKK, 1_020_000, map[Party]int64{Employer: 1_020_000}},
		wantLine{membership.JKM, 130_000, map[Party]int64{Employer: 130_000}})
	// Wages of Rp50,000,000: 1.74% and 0.30%.
	b, err = c.Bill(Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(50_000_000)}, month(2025, 8))
	if err != nil {
		t.Fatal(err)
	}
	checkBill(t, b, 870_000+150_000)
	// Permenaker 4/2023 Pasal 18: 24 months Rp332,500, two extra months at Rp13,500, JHT Rp100,000.
	b, err = c.Bill(Input{Segment: membership.PMI, Programs: jkkJKMJHT, PMIPackage: Placement24, PMIExtraMonths: 2, PMIJHT: rp(100_000)}, month(2024, 5))
	if err != nil {
		t.Fatal(err)
	}
	checkBill(t, b, 459_500, wantLine{membership.JKK, 359_500, map[Party]int64{Worker: 359_500}})
	b, err = c.Bill(Input{Segment: membership.PMI, Programs: jkkJKM, PMIPackage: PrePlacement}, month(2024, 5))
	if err != nil {
		t.Fatal(err)
	}
	checkBill(t, b, 37_500)
}

func TestRoundingModes(t *testing.T) {
	// JKM 0.30% of Rp1,500 is Rp4.50 exactly.
	in := Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(1_500), RiskGroup: VeryLowRisk, Scale: membership.Micro}
	for mode, want := range map[Rounding]int64{HalfUp: 5, HalfEven: 4, Down: 4, Up: 5} {
		b, err := calc(t, Options{Rounding: mode}).Bill(in, month(2024, 1))
		if err != nil {
			t.Fatal(err)
		}
		if ln, _ := b.Line(membership.JKM); !ln.Amount.Equal(rp(want)) {
			t.Errorf("%s: JKM = %s, want %d", mode, ln.Amount, want)
		}
	}
}

func TestIncomeBounds(t *testing.T) {
	in := Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(500_000)}
	// Lenient: brought up to Rp1,000,000 with a warning.
	b, err := calc(t, Options{}).Bill(in, month(2024, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !b.Billed.Equal(rp(16_800)) || len(b.Warnings) != 1 || !errors.Is(b.Warnings[0], ErrIncomeOutOfRange) {
		t.Errorf("lenient: billed %s, warnings %v", b.Billed, b.Warnings)
	}
	// Strict: an error.
	if _, err := calc(t, Options{Strict: true}).Bill(in, month(2024, 1)); !errors.Is(err, ErrIncomeOutOfRange) {
		t.Errorf("strict: %v", err)
	}
	// A loaded income list with steps of Rp1,000,000 and Rp1,500,000 (a
	// caller's data, not law): Rp1,200,000 goes up, or down, or is refused.
	p := DefaultParams()
	steps, err := p.BPUSteps.With(regulation.Entry[IncomeSteps]{From: day(2015, 7, 1),
		Value:    IncomeSteps{rp(1_000_000), rp(1_500_000), rp(20_700_000)},
		Citation: regulation.Citation{Instrument: "caller's list", Confidence: regulation.Unconfirmed}})
	if err != nil {
		t.Fatal(err)
	}
	p.BPUSteps = steps
	in.Basis = rp(1_200_000)
	for policy, want := range map[StepPolicy]int64{StepUp: 15_000 + 6_800, StepDown: 10_000 + 6_800} {
		c, _ := NewCalculator(p, Options{Steps: policy})
		b, err := c.Bill(in, month(2024, 1))
		if err != nil || !b.Billed.Equal(rp(want)) {
			t.Errorf("policy %d: %v, %v; want %d", policy, b.Billed, err, want)
		}
	}
	c, _ := NewCalculator(p, Options{Steps: StepExact})
	if _, err := c.Bill(in, month(2024, 1)); !errors.Is(err, ErrIncomeOutOfRange) {
		t.Errorf("StepExact: %v", err)
	}
}

func TestBadInput(t *testing.T) {
	c := calc(t, Options{})
	bpu := Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000)}
	tests := []struct {
		name string
		in   Input
		m    regulation.Month
		want error
		code problem.Code
	}{
		{"a month before July 2015", bpu, month(2015, 6), regulation.ErrNoRuleInForce, "regulation.no_rule_in_force"},
		{"a month after the parameters' coverage", bpu, month(2028, 1), regulation.ErrNoRuleInForce, "regulation.no_rule_in_force"},
		{"JP after the last known wage cap (February 2027)", Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Large}, month(2027, 3), regulation.ErrNoRuleInForce, "regulation.no_rule_in_force"},
		{"no month", bpu, regulation.Month{}, ErrInvalidInput, "input.month"},
		{"BPU may not take JP", Input{Segment: membership.BPU, Programs: jkkJKM.With(membership.JP), Basis: rp(1_000_000)}, month(2024, 1), membership.ErrProgramNotAllowed, ""},
		{"negative basis", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(-1)}, month(2024, 1), ErrInvalidBasis, "basis.not_positive"},
		{"zero basis", Input{Segment: membership.PU, Programs: jkkJKM, RiskGroup: LowRisk, Scale: membership.Micro}, month(2024, 1), ErrInvalidBasis, "basis.not_positive"},
		{"absurd basis", Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000_000), RiskGroup: LowRisk, Scale: membership.Micro}, month(2024, 1), ErrInvalidBasis, "basis.absurd"},
		{"unknown risk group", Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), Scale: membership.Micro}, month(2024, 1), ErrUnknownRiskGroup, "risk_group.unknown"},
		{"PP 50/2025 claimed for a farmer in February 2026", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Reliefs: []Relief{ReliefBPU}}, month(2026, 2), ErrReliefNotApplicable, "relief.not_applicable"},
		{"PP 7/2025 claimed by a BPU", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Reliefs: []Relief{ReliefIndustry}}, month(2025, 3), ErrReliefNotApplicable, "relief.not_applicable"},
		{"JP deferral outside PP 49/2020", Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Large, DeferJP: true}, month(2024, 1), ErrReliefNotApplicable, "relief.not_applicable"},
		{"JKP before PP 37/2021", Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Large}, month(2020, 1), membership.ErrProgramNotAllowed, ""},
		{"PMI before Permenaker 4/2023", Input{Segment: membership.PMI, Programs: jkkJKM, PMIPackage: Placement6}, month(2022, 1), regulation.ErrNoRuleInForce, ""},
		{"PMI JHT not on the list", Input{Segment: membership.PMI, Programs: jkkJKMJHT, PMIPackage: Placement6, PMIJHT: rp(75_000)}, month(2024, 1), ErrInvalidInput, "input.pmi_jht"},
		{"no segment", Input{Programs: jkkJKM, Basis: rp(1_000_000)}, month(2024, 1), membership.ErrUnknownSegment, "segment.unknown"},
		{"a segment code outside the list", Input{Segment: 9, Programs: jkkJKM, Basis: rp(1_000_000)}, month(2024, 1), membership.ErrUnknownSegment, "segment.unknown"},
		{"a risk group code outside the list", Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: 6, Scale: membership.Micro}, month(2024, 1), ErrUnknownRiskGroup, "risk_group.unknown"},
		{"a sector code outside the list", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: 5}, month(2026, 5), ErrInvalidInput, "sector.unknown"},
		{"a budget code outside the list", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Budget: 4}, month(2026, 5), ErrInvalidInput, "budget.unknown"},
		{"an industry code outside the list", Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Micro, Industry: 7, Workforce: 60}, month(2025, 3), ErrInvalidInput, "industry.unknown"},
		{"a payer code outside the list", Input{Segment: membership.PMI, Programs: jkkJKM, PMIPackage: Placement6, Payer: 6}, month(2024, 1), membership.ErrUnknownPayer, "payer.unknown"},
		{"a worker-share payer code outside the list", Input{Segment: membership.PU, Programs: jkkJKMJHT, Basis: rp(5_000_000), RiskGroup: LowRisk, Scale: membership.Small, WorkerSharePayer: 6}, month(2024, 1), membership.ErrUnknownPayer, "payer.unknown"},
		{"a PMI package code outside the list", Input{Segment: membership.PMI, Programs: jkkJKM, PMIPackage: 5}, month(2024, 1), ErrInvalidInput, "input.pmi_package"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Bill(tc.in, tc.m)
			if !errors.Is(err, tc.want) {
				t.Fatalf("error = %v, want %v", err, tc.want)
			}
			var l problem.List
			var one *problem.Error
			switch {
			case errors.As(err, &l):
				one = l[0]
			case errors.As(err, &one):
			default:
				t.Fatalf("error %T carries no code", err)
			}
			if tc.code != "" && one.Code != tc.code {
				t.Errorf("code = %s, want %s", one.Code, tc.code)
			}
			if one.Field == "" || one.ID == "" || one.EN == "" {
				t.Errorf("error lacks field or messages: %+v", one)
			}
			// An input outside a list keeps the offending code.
			if strings.Contains(tc.name, "outside the list") && one.Value == "" {
				t.Errorf("error lost the offending value: %+v", one)
			}
		})
	}
}

func TestEveryProblemAtOnce(t *testing.T) {
	in := Input{Segment: membership.PU, Programs: jkkJKM.With(membership.JP), Basis: rp(-5), Scale: membership.Micro, Workforce: -1}
	_, err := calc(t, Options{}).Bill(in, month(2015, 1))
	var l problem.List
	if !errors.As(err, &l) {
		t.Fatalf("error = %v", err)
	}
	// month, basis, risk group, workforce — and JP is allowed for PU micro as an extra.
	for _, want := range []error{regulation.ErrNoRuleInForce, ErrInvalidBasis, ErrUnknownRiskGroup, ErrInvalidInput} {
		if !errors.Is(err, want) {
			t.Errorf("missing %v in %v", want, l.Codes())
		}
	}
}

func TestSharesAddUp(t *testing.T) {
	c := calc(t, Options{})
	in := Input{Segment: membership.PU, Programs: puAll.With(membership.JKP), RiskGroup: HighRisk, Scale: membership.Large}
	for _, w := range []int64{1_234_567, 3_333_333, 7_777_777, 9_999_999, 15_000_001} {
		in.Basis = rp(w)
		for m := range regulation.Months(month(2021, 3), month(2026, 12)).All() {
			b, err := c.Bill(in, m)
			if err != nil {
				t.Fatal(err)
			}
			var sum Shares
			for _, ln := range b.Lines {
				if !ln.Shares.Sum().Equal(ln.Amount) {
					t.Fatalf("%s %s: shares %s ≠ amount %s", m, ln.Program, ln.Shares.Sum(), ln.Amount)
				}
				sum = sum.Plus(ln.Shares)
			}
			for p := range numParties {
				if !sum.Of(p).Equal(b.Totals.Of(p)) {
					t.Fatalf("%s: %s total %s, lines add up to %s", m, p, b.Totals.Of(p), sum.Of(p))
				}
			}
			if want := b.Totals.Employer.Add(b.Totals.Worker).Add(b.Totals.Sponsor); !b.Billed.Equal(want) {
				t.Fatalf("%s: billed %s, employer + worker + sponsor %s", m, b.Billed, want)
			}
		}
	}
}

// TestExtremeExponents feeds amounts whose exponents would make shopspring
// build powers of ten with millions of digits: each is refused at once with
// the rule it breaks, and nothing hangs.
func TestExtremeExponents(t *testing.T) {
	c := calc(t, Options{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, tc := range []struct {
			basis decimal.Decimal
			code  problem.Code
			value string
		}{
			{decimal.New(1, 100_000_000), "basis.absurd", "1e100000000"},
			{decimal.New(1, -100_000_000), "basis.precision", "1e-100000000"},
			{decimal.New(-1, 100_000_000), "basis.not_positive", "-1e100000000"},
			{decimal.New(0, -100_000_000), "basis.not_positive", "0e-100000000"},
			{decimal.New(1, 31), "basis.absurd", "1e31"},
			{decimal.New(1_000_000, -31), "basis.precision", "1000000e-31"},
		} {
			for _, seg := range []membership.Segment{membership.PU, membership.BPU, membership.Jakon} {
				in := Input{Segment: seg, Programs: jkkJKM, Basis: tc.basis, RiskGroup: LowRisk, Scale: membership.Micro}
				_, err := c.Bill(in, month(2024, 1))
				var e *problem.Error
				if !errors.Is(err, ErrInvalidBasis) || !errors.As(err, &e) || e.Code != tc.code || e.Value != tc.value {
					t.Errorf("%s basis %s: %v (%+v), want %s with value %s", seg, tc.value, err, e, tc.code, tc.value)
				}
			}
		}
		pmi := Input{Segment: membership.PMI, Programs: jkkJKMJHT, PMIPackage: Placement6, PMIJHT: decimal.New(5, -100_000_000)}
		if _, err := c.Bill(pmi, month(2024, 1)); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("PMI JHT 5e-100000000: %v", err)
		}
		for _, o := range []Options{
			{MaxBasis: decimal.New(1, 100_000_000)}, {MaxBasis: decimal.New(1, -100_000_000)},
			{MaxContractValue: decimal.New(1, 19)}, {MaxBasis: rp(-1)},
		} {
			if _, err := NewCalculator(DefaultParams(), o); !errors.Is(err, ErrInvalidInput) {
				t.Errorf("options %v: %v", o, err)
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("extreme exponents still being worked on after 20 s")
	}
}

func TestJPDeferral(t *testing.T) {
	// PP 49/2020 Pasal 23 ayat (1): 99% of JP may be deferred. 5,000,000 × 2% =
	// 100,000 → 99,000 deferred; × 1% = 50,000 → 49,500 deferred.
	in := Input{Segment: membership.PU, Programs: puAll, Basis: rp(5_000_000), RiskGroup: VeryLowRisk, Scale: membership.Medium, DeferJP: true}
	b, err := calc(t, Options{}).Bill(in, month(2020, 9))
	if err != nil {
		t.Fatal(err)
	}
	jp, _ := b.Line(membership.JP)
	if !jp.Deferred.Equal(rp(148_500)) || !b.Deferred.Equal(rp(148_500)) {
		t.Errorf("deferred: line %s, bill %s; want 148,500", jp.Deferred, b.Deferred)
	}
	// The village pays the official's share too: one share of 150,000 → 148,500.
	in.Payer, in.WorkerSharePayer = membership.PayerVillage, membership.PayerVillage
	if b, err = calc(t, Options{}).Bill(in, month(2020, 9)); err != nil || !b.Deferred.Equal(rp(148_500)) {
		t.Errorf("village pays both shares: deferred %s, %v", b.Deferred, err)
	}
}

// TestJakonTierEdges checks the marginal contract-value rates at and around
// each threshold (PP 44/2015 as amended, as reported: JKK 0.21%, +0.17%,
// +0.13%, +0.11%, +0.09%; JKM 0.03%, +0.02%, +0.02%, +0.01%, +0.01%).
func TestJakonTierEdges(t *testing.T) {
	tests := []struct {
		value    int64
		jkk, jkm int64
	}{
		// 1 × 0.21% = 0.0021 → 0; 1 × 0.03% → 0.
		{1, 0, 0},
		// 100,000,000 × 0.21% = 210,000; × 0.03% = 30,000.
		{100_000_000, 210_000, 30_000},
		// + 1 × 0.17% = 0.0017 → 210,000; JKM + 0.0002 → 30,000.
		{100_000_001, 210_000, 30_000},
		// 99,999,999 × 0.21% = 209,999.9979 → 210,000; × 0.03% = 29,999.9997 → 30,000.
		{99_999_999, 210_000, 30_000},
		// 210,000 + 400,000,000 × 0.17% (680,000) = 890,000; 30,000 + 80,000 = 110,000.
		{500_000_000, 890_000, 110_000},
		// + 500,000,000 × 0.13% (650,000) = 1,540,000; + 100,000 = 210,000.
		{1_000_000_000, 1_540_000, 210_000},
		// + 4,000,000,000 × 0.11% (4,400,000) = 5,940,000; + 400,000 = 610,000.
		{5_000_000_000, 5_940_000, 610_000},
		// + 1,000,000,000 × 0.09% (900,000) = 6,840,000; + 100,000 = 710,000.
		{6_000_000_000, 6_840_000, 710_000},
		// 5,000,000,001: + 0.0009 → 5,940,000; + 0.0001 → 610,000.
		{5_000_000_001, 5_940_000, 610_000},
		// 250,000,001: 210,000 + 150,000,001 × 0.17% = 255,000.0017 → 465,000;
		// 30,000 + 150,000,001 × 0.02% = 30,000.0002 → 60,000.
		{250_000_001, 465_000, 60_000},
	}
	c := calc(t, Options{})
	e := engine(t, Options{})
	for _, tc := range tests {
		in := Input{Segment: membership.Jakon, Programs: jkkJKM, Basis: rp(tc.value), ContractValue: true}
		b, err := c.Bill(in, month(2025, 8))
		if err != nil {
			t.Fatal(err)
		}
		checkBill(t, b, tc.jkk+tc.jkm,
			wantLine{membership.JKK, tc.jkk, map[Party]int64{Employer: tc.jkk}},
			wantLine{membership.JKM, tc.jkm, map[Party]int64{Employer: tc.jkm}})
		r := e.One(Row{Month: month(2025, 8), Segment: membership.Jakon, Programs: jkkJKM, Basis: tc.value, ContractValue: true})
		if r.Err != nil || r.Amount[0] != tc.jkk || r.Amount[1] != tc.jkm {
			t.Errorf("engine, contract value %d: %+v", tc.value, r)
		}
	}
}

// TestExplicitReliefClaims checks that claiming the relief whose conditions
// hold gives the bill the automatic choice gives, and that claiming only a
// relief that does not apply is an error, not a bill without relief.
func TestExplicitReliefClaims(t *testing.T) {
	c := calc(t, Options{})
	tests := []struct {
		name   string
		in     Input
		m      regulation.Month
		claims []Relief
		billed int64
	}{
		// 5,000 + 3,400 with PP 50/2025; 10,000 + 6,800 without.
		{"PP 50/2025", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000), Sector: Transport},
			month(2026, 2), []Relief{ReliefBPU}, 8_400},
		// 100 + 68 with PP 49/2020.
		{"PP 49/2020 for BPU", Input{Segment: membership.BPU, Programs: jkkJKM, Basis: rp(1_000_000)},
			month(2020, 10), []Relief{ReliefCovid}, 168},
		// 0.54% of 5,000,000 = 27,000 → 13,500, JKM 15,000 with PP 7/2025.
		{"PP 7/2025", Input{Segment: membership.PU, Programs: jkkJKM, Basis: rp(5_000_000), RiskGroup: LowRisk,
			Scale: membership.Micro, Industry: Toys, Workforce: 80}, month(2025, 7), []Relief{ReliefIndustry}, 28_500},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			auto, err := c.Bill(tc.in, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			in := tc.in
			in.Reliefs = tc.claims
			claimed, err := c.Bill(in, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if !auto.Billed.Equal(rp(tc.billed)) || !claimed.Billed.Equal(rp(tc.billed)) {
				t.Errorf("billed: automatic %s, claimed %s; want %d", auto.Billed, claimed.Billed, tc.billed)
			}
			other := ReliefCovid
			if tc.claims[0] == ReliefCovid {
				other = ReliefBPU
			}
			in.Reliefs = []Relief{other}
			if _, err := c.Bill(in, tc.m); !errors.Is(err, ErrReliefNotApplicable) {
				t.Errorf("claiming %s only: %v", other, err)
			}
		})
	}
}

// TestVillageBudgetReadings bills a village-paid farmer for May 2026 under
// each reading of PP 50/2025 Pasal 3 (regulations.md §2.2.1), the second
// through an override document as a caller would load it: JKK 1% ×
// 1,000,000 = 10,000 plus JKM 6,800 is 16,800 in full, 8,400 at 50%.
func TestVillageBudgetReadings(t *testing.T) {
	in := Input{Segment: membership.BPU, Programs: membership.SetOf(membership.JKK, membership.JKM),
		Basis: rp(1_000_000), Payer: membership.PayerVillage}
	var o regulation.Overrides
	if err := json.Unmarshal([]byte(`{"overrides":[{"parameter":"policy.pp50_2025.village_budget_excluded",
		"from":"2025-12-22","value":true,"citation":{"instrument":"test: Reading B","confidence":"unconfirmed"}}]}`), &o); err != nil {
		t.Fatal(err)
	}
	readingB, err := DefaultParams().WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		p      Params
		billed int64
	}{
		{"Reading A (default): APBDes is not APBD", DefaultParams(), 8_400},
		{"Reading B (override): Dana Desa and ADD are APBN/APBD money", readingB, 16_800},
	} {
		t.Run(c.name, func(t *testing.T) {
			calc, err := NewCalculator(c.p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			b, err := calc.Bill(in, month(2026, 5))
			if err != nil {
				t.Fatal(err)
			}
			if !b.Billed.Equal(rp(c.billed)) {
				t.Errorf("billed %s, want %d", b.Billed, c.billed)
			}
		})
	}
}
