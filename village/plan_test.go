package village

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// person returns the plan's entry for the enrolment with NIK serial n.
func person(t *testing.T, p Plan, n int) Person {
	t.Helper()
	for _, pe := range p.People {
		if pe.Enrolment.NIK == nik(n) {
			return pe
		}
	}
	t.Fatalf("no person with serial %d", n)
	return Person{}
}

func mustPlan(t *testing.T, pl *Planner, r Request) Plan {
	t.Helper()
	p, err := pl.Plan(r)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPlanAmounts(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
		// PP 44/2015 Pasal 16 and 18, micro employer: 0.24% × 2,022,200 =
		// 4,853.28 → 4,853; 0.30% → 6,066.60 → 6,067; 10,920 a month.
		{NIK: nik(1), Name: "Perangkat", Group: Official, Wage: dec("2022200")},
		// JHT too, the village paying the official's 2%: 3.7% × 2,022,200 =
		// 74,821.40 → 74,821 and 2% → 40,444; 126,185 a month, all from ADD.
		{NIK: nik(2), Name: "Perangkat JHT", Group: Official, Wage: dec("2022200"),
			Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT), WorkerShare: EmployerPays},
		// The same, the official paying their 2%: 85,741 village + 40,444 own.
		{NIK: nik(3), Name: "Perangkat JHT sendiri", Group: Official, Wage: dec("2022200"),
			Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT)},
		// PP 50/2025 Pasal 3: APBD is excluded, Rp16,800 every month.
		{NIK: nik(4), Name: "Rentan APBD", Group: Informal, Source: APBD},
		// Paid from ADD, under the default (statutory) reading of PP 50/2025:
		// APBDes is not APBD, so discounted April–December (other sectors):
		// 16,800 × 3 + 8,400 × 9 = 50,400 + 75,600 = 126,000.
		{NIK: nik(5), Name: "Rentan ADD", Group: Informal},
		// Paid by the worker: discounted April–December (other sectors).
		{NIK: nik(6), Name: "Rentan mandiri", Group: Informal, Source: SelfPaid},
	}})
	for _, tc := range []struct {
		n                  int
		amount, src, owner string
	}{
		{1, "131040", "131040", "0"},
		{2, "1514220", "1514220", "0"},
		{3, "1514220", "1028892", "485328"},
		{4, "201600", "201600", "0"},
		{5, "126000", "126000", "0"},
		{6, "126000", "0", "126000"},
	} {
		pe := person(t, p, tc.n)
		if !pe.Amount.Equal(dec(tc.amount)) || !pe.FromSource.Equal(dec(tc.src)) || !pe.FromWorker.Equal(dec(tc.owner)) {
			t.Errorf("serial %d: amount %v (source %v, worker %v); want %s (%s, %s)",
				tc.n, pe.Amount, pe.FromSource, pe.FromWorker, tc.amount, tc.src, tc.owner)
		}
	}
	checkTotals(t, p)
	// Sources: ADD pays officials 1 to 3 (131,040 + 1,514,220 + 85,741 × 12
	// = 2,674,152) and worker 5 (126,000); APBD worker 4; worker 6 pays
	// themselves. The official of serial 3 has 40,444 × 12 = 485,328
	// deducted from pay: not a funding source.
	want := map[Source]string{ADD: "2800152", APBD: "201600", SelfPaid: "126000"}
	for _, s := range p.Sources {
		if w, ok := want[s.Source]; !ok || !s.Amount.Equal(dec(w)) {
			t.Errorf("source %v: %v, want %s", s.Source, s.Amount, w)
		}
	}
	// The APBDes part: everything from ADD; officials on 5.1.3.04.
	if !p.Total.VillageBudget.Equal(dec("2800152")) || !p.Total.Deducted.Equal(dec("485328")) {
		t.Errorf("village budget %v, deducted %v; want 2800152 and 485328", p.Total.VillageBudget, p.Total.Deducted)
	}
	if a := p.Accounts[0]; a.Account.Object != "5.1.3.04" || !a.Amount.Equal(dec("2674152")) {
		t.Errorf("account %+v", a)
	}
}

// Next fiscal year, 2027, on the law of each of its months: PP 50/2025 is
// left only for transport workers in January–March, and the JP wage cap is
// known for January and February only.
func TestPlanNextYear(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2027, Roster: []Enrolment{
		// PP 50/2025, transport, sponsor (no public budget): 8,400 × 3 +
		// 16,800 × 9 = 25,200 + 151,200 = 176,400.
		{NIK: nik(1), Name: "Ojek CSR", Group: Informal, Source: CSR, Sector: contribution.Transport},
		// Other sectors' discount ended with December 2026: 16,800 × 12.
		{NIK: nik(2), Name: "Petani CSR", Group: Informal, Source: CSR, Sector: contribution.Agriculture},
		// Transport, paying themselves: 176,400, all from the worker.
		{NIK: nik(3), Name: "Ojek mandiri", Group: Informal, Source: SelfPaid, Sector: contribution.Transport},
		// Transport, paid from ADD: APBDes is not APBD under the default
		// reading, so discounted like the sponsor's: 176,400.
		{NIK: nik(4), Name: "Ojek ADD", Group: Informal, Sector: contribution.Transport},
		// The head with JP in January and February 2027, under the cap of
		// Rp11,086,300: JKK 0.24% × 2,426,640 = 5,823.94 → 5,824, JKM 0.30%
		// = 7,279.92 → 7,280, JP 2% = 48,532.80 → 48,533 (village) and 1% =
		// 24,266.40 → 24,266 (the head); village 61,637 × 2 = 123,274, head
		// 24,266 × 2 = 48,532, together 171,806.
		{NIK: nik(5), Name: "Kepala", Group: Head, Wage: dec("2426640"), From: month(2027, 1), To: month(2027, 2),
			Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JP)},
	}})
	for _, tc := range []struct {
		n                          int
		normal, amount, src, owner string
	}{
		{1, "201600", "176400", "176400", "0"},
		{2, "201600", "201600", "201600", "0"},
		{3, "201600", "176400", "0", "176400"},
		{4, "201600", "176400", "176400", "0"},
		{5, "171806", "171806", "123274", "48532"},
	} {
		pe := person(t, p, tc.n)
		if !pe.Normal.Equal(dec(tc.normal)) || !pe.Amount.Equal(dec(tc.amount)) ||
			!pe.FromSource.Equal(dec(tc.src)) || !pe.FromWorker.Equal(dec(tc.owner)) {
			t.Errorf("serial %d: normal %v, amount %v (source %v, worker %v); want %s, %s (%s, %s)",
				tc.n, pe.Normal, pe.Amount, pe.FromSource, pe.FromWorker, tc.normal, tc.amount, tc.src, tc.owner)
		}
	}
	checkTotals(t, p)
	// 176,400 × 3 + 201,600 + 171,806 = 529,200 + 201,600 + 171,806 =
	// 902,606; normal 201,600 × 4 + 171,806 = 978,206, the relief of the
	// three transport workers 3 × 25,200 = 75,600 more.
	if !p.Total.Amount.Equal(dec("902606")) || !p.Total.Normal.Equal(dec("978206")) {
		t.Errorf("total %v, normal %v; want 902606 and 978206", p.Total.Amount, p.Total.Normal)
	}
}

// checkTotals checks that every breakdown of a plan adds up to its total.
func checkTotals(t *testing.T, p Plan) {
	t.Helper()
	sum := func(n int, f func(int) decimal.Decimal) decimal.Decimal {
		s := decimal.Zero
		for i := range n {
			s = s.Add(f(i))
		}
		return s
	}
	for name, got := range map[string]decimal.Decimal{
		"people": sum(len(p.People), func(i int) decimal.Decimal { return p.People[i].Amount }),
		"people by payer": sum(len(p.People), func(i int) decimal.Decimal {
			return p.People[i].FromSource.Add(p.People[i].FromWorker)
		}),
		"groups":                 sum(len(p.Groups), func(i int) decimal.Decimal { return p.Groups[i].Amount }),
		"programs":               sum(len(p.Programs), func(i int) decimal.Decimal { return p.Programs[i].Amount }),
		"sources and deductions": sum(len(p.Sources), func(i int) decimal.Decimal { return p.Sources[i].Amount }).Add(p.Total.Deducted),
		"cash flow":              sum(len(p.CashFlow), func(i int) decimal.Decimal { return p.CashFlow[i].Amount }),
	} {
		if !got.Equal(p.Total.Amount) {
			t.Errorf("the %s add up to %v, the total is %v", name, got, p.Total.Amount)
		}
	}
	normal := sum(len(p.Programs), func(i int) decimal.Decimal { return p.Programs[i].Normal })
	if !normal.Equal(p.Total.Normal) || !sum(len(p.People), func(i int) decimal.Decimal { return p.People[i].Normal }).Equal(normal) {
		t.Errorf("normal amounts do not add up to %v", p.Total.Normal)
	}
	accounts := sum(len(p.Accounts), func(i int) decimal.Decimal { return p.Accounts[i].Amount })
	village := decimal.Zero
	for _, s := range p.Sources {
		if s.Source.InVillageBudget() {
			village = village.Add(s.Amount)
		}
	}
	if !accounts.Equal(p.Total.VillageBudget) || !village.Equal(p.Total.VillageBudget) {
		t.Errorf("accounts %v and village sources %v, village budget %v", accounts, village, p.Total.VillageBudget)
	}
	// The cash view reconciles with the contribution months, overall and
	// per account.
	out := sum(len(p.Cash.Out), func(i int) decimal.Decimal { return p.Cash.Out[i].Amount })
	in := sum(len(p.Cash.In), func(i int) decimal.Decimal { return p.Cash.In[i].Amount })
	if !p.Cash.Amount.Equal(p.Total.Amount.Sub(out).Add(in)) {
		t.Errorf("cash %v, months %v − out %v + in %v", p.Cash.Amount, p.Total.Amount, out, in)
	}
	cash := sum(len(p.Cash.Accounts), func(i int) decimal.Decimal { return p.Cash.Accounts[i].Cash })
	if !cash.Equal(p.Cash.VillageBudget) {
		t.Errorf("cash accounts %v, cash village budget %v", cash, p.Cash.VillageBudget)
	}
	for _, a := range p.Cash.Accounts {
		if !a.Cash.Equal(a.Months.Sub(a.Out).Add(a.In)) {
			t.Errorf("account %+v does not reconcile", a)
		}
	}
	// The reliefs add up to what the discounts save, each over its people.
	relief := sum(len(p.Reliefs), func(i int) decimal.Decimal { return p.Reliefs[i].Amount })
	if !relief.Equal(p.Total.Relief()) {
		t.Errorf("reliefs %v, relief %v", relief, p.Total.Relief())
	}
	for _, r := range p.Reliefs {
		if !sum(len(r.People), func(i int) decimal.Decimal { return r.People[i].Amount }).Equal(r.Amount) {
			t.Errorf("relief %s: its people do not add up to %v", r.Relief, r.Amount)
		}
	}
	// The shortfall total adds up the people's.
	need := decimal.Zero
	for _, pe := range p.People {
		if pe.Shortfall != nil {
			need = need.Add(pe.Shortfall.Needed)
		}
	}
	if !need.Equal(p.Shortfall.Needed) {
		t.Errorf("shortfall %v, people %v", p.Shortfall.Needed, need)
	}
	// The other reading's total is the plan's plus each person's difference.
	other := p.Total.Amount.Add(sum(len(p.People), func(i int) decimal.Decimal { return p.People[i].OtherReading }))
	if !other.Equal(p.Reading.OtherAmount) {
		t.Errorf("other reading %v, people give %v", p.Reading.OtherAmount, other)
	}
	// Everyone is protected, partly covered or unpaid.
	niks := map[string]bool{}
	for _, pe := range p.People {
		niks[pe.Enrolment.NIK.Digits()] = true
	}
	if pr := p.Progress; pr.Protected+pr.Partial+pr.Unpaid != len(niks) {
		t.Errorf("progress %+v for %d people", pr, len(niks))
	}
}

func TestPlanCeiling(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	// PADes Rp500,000 for four workers of Rp201,600 a year ranked 3, 1,
	// unranked, 2 (in 2027, when no PP 50/2025 discount is left for them):
	// rank 1 and 2 are covered in full (403,200), rank 3 for 5 months
	// (84,000), leaving 12,800 for no one.
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2027, Ceilings: map[Source]decimal.Decimal{PADes: dec("500000")},
		Roster: []Enrolment{
			{NIK: nik(13), Name: "C", Group: Informal, Source: PADes, Rank: 3},
			{NIK: nik(11), Name: "A", Group: Informal, Source: PADes, Rank: 1},
			{NIK: nik(10), Name: "Z", Group: Informal, Source: PADes},
			{NIK: nik(12), Name: "B", Group: Informal, Source: PADes, Rank: 2},
		}})
	for _, tc := range []struct{ n, covered int }{{11, 12}, {12, 12}, {13, 5}, {10, 0}} {
		pe := person(t, p, tc.n)
		if pe.Covered != tc.covered {
			t.Errorf("serial %d: %d months covered, want %d", tc.n, pe.Covered, tc.covered)
		}
		if (pe.Shortfall != nil) != (tc.covered < 12) || (pe.Shortfall != nil && pe.Shortfall.Source != PADes) {
			t.Errorf("serial %d: shortfall %+v", tc.n, pe.Shortfall)
		}
	}
	if got := []string{p.People[0].Enrolment.Name, p.People[3].Enrolment.Name}; got[0] != "A" || got[1] != "Z" {
		t.Errorf("order of service: %v", got)
	}
	if s := p.Sources[0]; !s.Amount.Equal(dec("487200")) || !s.Left().Equal(dec("12800")) {
		t.Errorf("PADes spent %v, left %v", s.Amount, s.Left())
	}
	if person(t, p, 13).Shortfall.Needed.Cmp(dec("117600")) != 0 {
		t.Errorf("needed %v, want 7 × 16,800", person(t, p, 13).Shortfall.Needed)
	}
	checkTotals(t, p)
	// A zero ceiling covers no one; officials come first.
	p = mustPlan(t, pl, Request{Village: testVillage, Year: 2027, Ceilings: map[Source]decimal.Decimal{ADD: dec("150000")},
		Roster: []Enrolment{
			{NIK: nik(1), Name: "Rentan", Group: Informal, Rank: 1},
			{NIK: nik(2), Name: "Perangkat", Group: Official, Wage: dec("2022200")},
		}})
	if person(t, p, 2).Covered != 12 || person(t, p, 1).Covered != 1 {
		t.Errorf("officials first: official %d months, worker %d", person(t, p, 2).Covered, person(t, p, 1).Covered)
	}
}

func TestPlanBadInput(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	strict := planner(t, Params{}, Options{Strict: true})
	good := Enrolment{NIK: nik(1), Name: "Budi", Group: Informal, Line: 2}
	with := func(f func(*Enrolment)) []Enrolment {
		e := good
		f(&e)
		return []Enrolment{e}
	}
	for _, tc := range []struct {
		name     string
		pl       *Planner
		r        Request
		sentinel error
		code     problem.Code
		field    string
	}{
		{"a kelurahan where a desa is required", pl,
			Request{Village: region.MustParse("61.71.01.1001"), Year: 2026, Roster: []Enrolment{good}}, ErrNotDesa, CodeKelurahan, "village"},
		{"a district, not a village", pl,
			Request{Village: region.MustParse("61.12.01"), Year: 2026, Roster: []Enrolment{good}}, ErrNotDesa, CodeNotVillage, "village"},
		{"an unknown group", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.Group = 0 })}, ErrUnknownGroup, CodeUnknownGroup, "line[2].group"},
		{"overlapping enrolments of one NIK", pl,
			Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
				{NIK: nik(1), Name: "Budi", Group: CashForWork, From: month(2026, 7), To: month(2026, 9), Line: 3},
				{NIK: nik(1), Name: "Budi", Group: Informal, From: month(2026, 1), To: month(2026, 7), Line: 2},
			}}, ErrOverlap, CodeOverlap, "line[3].from"},
		{"months outside the fiscal year", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.To = month(2027, 1) })}, ErrOutsideYear, CodeOutsideYear, "line[2].to"},
		{"a first month before the fiscal year", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.From = month(2025, 12) })}, ErrOutsideYear, CodeOutsideYear, "line[2].from"},
		{"the last month before the first", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.From, e.To = month(2026, 5), month(2026, 4) })}, ErrInvalidEnrolment, CodeMonths, "line[2].to"},
		{"a year past the contribution parameters (December 2027)", pl,
			Request{Village: testVillage, Year: 2028, Roster: []Enrolment{good}}, ErrOutsideYear, CodeBeyondParams, "year"},
		{"JP after the last yearly cap known (PP 45/2015 Pasal 29: February 2027)", pl,
			Request{Village: testVillage, Year: 2027, Roster: with(func(e *Enrolment) {
				e.Group, e.Wage, e.Programs = Head, dec("2426640"), membership.SetOf(membership.JKK, membership.JKM, membership.JP)
			})}, regulation.ErrNoRuleInForce, "", "line[2].2027-03.pu.jp.wage_cap"},
		{"a year before the programs", pl,
			Request{Village: testVillage, Year: 2014}, ErrOutsideYear, CodeYear, "year"},
		{"a negative ceiling", pl,
			Request{Village: testVillage, Year: 2026, Roster: []Enrolment{good}, Ceilings: map[Source]decimal.Decimal{ADD: dec("-1")}}, ErrInvalidCeiling, CodeCeiling, "ceilings.add"},
		{"Dana Desa for vulnerable workers in 2024, strict (SE Kemendes 4/PRI.00/I/2024)", strict,
			Request{Village: testVillage, Year: 2024, Roster: with(func(e *Enrolment) { e.Source = DanaDesa })}, ErrSourceNotAllowed, CodeSourceNotAllowed, "line[2].source"},
		{"Dana Desa in 2022, strict: no known policy", strict,
			Request{Village: testVillage, Year: 2022, Roster: with(func(e *Enrolment) { e.Source = DanaDesa })}, ErrSourceNotAllowed, CodeNoPolicy, "line[2].source"},
		{"an official without siltap", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.Group = Official })}, ErrInvalidEnrolment, CodeWage, "line[2].wage"},
		{"an official paying the employer's share", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.Group, e.Wage, e.Source = Head, dec("2426640"), SelfPaid })}, ErrInvalidEnrolment, CodeSelfPaidEmployer, "line[2].source"},
		{"a wage in sen", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.Wage = dec("1000000.50") })}, ErrInvalidEnrolment, CodeWage, "line[2].wage"},
		{"an absurd exponent", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.Wage = dec("1e9000") })}, ErrInvalidEnrolment, CodeWage, "line[2].wage"},
		{"JP for a non-wage worker (PP 45/2015)", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) { e.Programs = membership.SetOf(membership.JKK, membership.JKM, membership.JP) })}, membership.ErrProgramNotAllowed, "", "line[2].programs"},
		{"a placeholder NIK", pl,
			Request{Village: testVillage, Year: 2026, Roster: with(func(e *Enrolment) {
				e.NIK = must(membership.ParseNIK("0000000000000001", membership.NIKOptions{AllowPlaceholder: true}))
			})}, ErrInvalidEnrolment, CodeNIK, "line[2].nik"},
		{"no name and no NIK, by index", pl,
			Request{Village: testVillage, Year: 2026, Roster: []Enrolment{{Group: Informal}}}, ErrInvalidEnrolment, CodeRequired, "roster[0].nik"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := tc.pl.Plan(tc.r)
			if !errors.Is(err, tc.sentinel) {
				t.Fatalf("error %v, want %v", err, tc.sentinel)
			}
			if p.People != nil {
				t.Error("a plan came with the error")
			}
			var l problem.List
			l.Add(err)
			for _, e := range l {
				if errors.Is(e, tc.sentinel) && e.Field == tc.field && (tc.code == "" || e.Code == tc.code) {
					if e.Message(problem.Indonesian) == "" || e.Message(problem.English) == "" {
						t.Error("a message is missing")
					}
					return
				}
			}
			t.Errorf("no problem at %s with code %s in:\n%s", tc.field, tc.code, l.Message(problem.English))
		})
	}
}

// Every enrolment that shares a month with another of the same NIK is
// reported, not only one that overlaps its neighbour in time: line 4 lies
// inside line 2 although line 3, between them, ends before it starts.
func TestPlanEveryOverlap(t *testing.T) {
	roster := []Enrolment{
		{NIK: nik(1), Name: "Budi", Group: Informal, From: month(2026, 1), To: month(2026, 12), Line: 2},
		{NIK: nik(1), Name: "Budi", Group: CashForWork, From: month(2026, 2), To: month(2026, 3), Line: 3},
		{NIK: nik(1), Name: "Budi", Group: Community, From: month(2026, 5), To: month(2026, 6), Line: 4},
		{NIK: nik(2), Name: "Sari", Group: Informal, From: month(2026, 1), To: month(2026, 6), Line: 5},
		{NIK: nik(2), Name: "Sari", Group: CashForWork, From: month(2026, 7), To: month(2026, 9), Line: 6},
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4}, {2, 4, 1, 3, 0}} {
		var r []Enrolment
		for _, i := range order {
			r = append(r, roster[i])
		}
		_, err := planner(t, Params{}, Options{}).Plan(Request{Village: testVillage, Year: 2026, Roster: r})
		var l problem.List
		l.Add(err)
		var got []string
		for _, e := range l {
			if !errors.Is(e, ErrOverlap) || !strings.Contains(e.Message(problem.English), "line[2]") {
				t.Errorf("order %v: %v", order, e)
			}
			got = append(got, e.Field)
		}
		if strings.Join(got, " ") != "line[3].from line[4].from" {
			t.Errorf("order %v: overlaps reported at %v, want lines 3 and 4", order, got)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestPlanLenientPolicy(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	var roster []Enrolment
	for i := range 3 {
		roster = append(roster, Enrolment{NIK: nik(i + 1), Name: "Rentan", Group: Informal, Source: DanaDesa})
	}
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2024, Roster: roster})
	if len(p.Warnings) != 1 || p.Warnings[0].Code != CodeSourceNotAllowed || !strings.Contains(p.Warnings[0].Message(problem.English), "3 enrolments") {
		t.Fatalf("warnings: %v", p.Warnings)
	}
	if !p.Total.Amount.Equal(dec("604800")) {
		t.Errorf("the plan still counts them: %v", p.Total.Amount)
	}
	// An override confirms Dana Desa for vulnerable workers in 2025.
	dd, err := DefaultParams().Funding[DanaDesa].With(regulation.Entry[GroupSet]{
		From: regulation.MustDate(2025, 1, 1), Until: regulation.MustDate(2025, 12, 31), Value: SetOfGroups(Informal),
		Citation: regulation.Citation{Instrument: "a regency circular", Confidence: regulation.Text},
	})
	if err != nil {
		t.Fatal(err)
	}
	params := DefaultParams()
	params.Funding[DanaDesa] = dd
	strict := planner(t, params, Options{Strict: true})
	if _, err := strict.Plan(Request{Village: testVillage, Year: 2025, Roster: roster}); err != nil {
		t.Errorf("with the override: %v", err)
	}
}

func TestPlanKelurahanAllowed(t *testing.T) {
	pl := planner(t, Params{}, Options{AllowKelurahan: true})
	p := mustPlan(t, pl, Request{Village: region.MustParse("61.71.01.1001"), Year: 2026,
		Roster: []Enrolment{{NIK: nik(1), Name: "RT", Group: Neighbourhood, Source: APBD}}})
	if !p.Total.Amount.Equal(dec("201600")) || !p.Total.VillageBudget.IsZero() || len(p.Accounts) != 0 {
		t.Errorf("kelurahan paid by APBD: %v, village budget %v, accounts %v", p.Total.Amount, p.Total.VillageBudget, p.Accounts)
	}
}

func TestPlanWarnings(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
		{NIK: nik(1), Name: "Kades", Group: Head, Wage: dec("2000000"), Line: 2},
		{NIK: nik(2), Name: "BPD", Group: BPD, WorkerShare: EmployerPays, Line: 3},
		{NIK: nik(3), Name: "Tinggi", Group: Informal, Wage: dec("25000000"), Line: 4},
	}})
	codes := map[problem.Code]string{}
	for _, w := range p.Warnings {
		codes[w.Code] = w.Field
	}
	for code, field := range map[problem.Code]string{
		CodeBelowMinimum: "line[2].wage", CodeShareIgnored: "line[3].worker_share", CodeIncomeAdjusted: "line[4].wage",
	} {
		if codes[code] != field {
			t.Errorf("warning %s at %q, want %q (all: %v)", code, codes[code], field, p.Warnings)
		}
	}
	// The income above Rp20,700,000 is brought to the top of the range:
	// 1% × 20,700,000 + 6,800 = 213,800 a month in January–March, and half
	// of it, 106,900, in April–December (PP 50/2025; ADD under the default
	// reading): 641,400 + 962,100 = 1,603,500.
	if pe := person(t, p, 3); !pe.Amount.Equal(dec("1603500")) {
		t.Errorf("income brought into range: %v", pe.Amount)
	}
}

func TestProgress(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Ceilings: map[Source]decimal.Decimal{ADD: dec("0")},
		Roster: []Enrolment{
			{NIK: nik(1), Name: "Kades", Group: Head, Wage: dec("2426640"), Source: APBD},
			{NIK: nik(2), Name: "Sekdes", Group: Secretary, Wage: dec("2224420")}, // ADD, ceiling 0
			{NIK: nik(3), Name: "PKT", Group: CashForWork, From: month(2026, 1), To: month(2026, 3)},
			{NIK: nik(3), Name: "PKT", Group: Informal, From: month(2026, 4), Source: CSR},
		}})
	pr := p.Progress
	if pr.Target != 100 || pr.Covered != 2 || pr.Remaining != 98 || pr.TargetMet() {
		t.Errorf("target: %+v", pr)
	}
	want := []Status{Met, NotMet, NotAssessed}
	for i, c := range pr.Criteria {
		if c.Status != want[i] {
			t.Errorf("criterion %s: %s, want %s", c.Criterion.Code, c.Status, want[i])
		}
	}
	if pr.Criteria[1].People != 1 || pr.Criteria[1].Uncovered != 1 || pr.DesaSadar() {
		t.Errorf("officials criterion: %+v", pr.Criteria[1])
	}
	// 2022: no target in force yet.
	p = mustPlan(t, pl, Request{Village: testVillage, Year: 2022, Roster: []Enrolment{{NIK: nik(1), Name: "A", Group: Informal}}})
	if p.Progress.Target != 0 || p.Progress.TargetMet() {
		t.Errorf("2022: %+v", p.Progress)
	}
}

func TestCapacity(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	year := regulation.Months(month(2026, 1), month(2026, 12))
	for _, tc := range []struct {
		name    string
		budget  string
		e       Enrolment
		months  regulation.MonthRange
		per     string
		workers int
		left    string
		// Under the source-of-funds reading: PADes keeps the discount, Dana
		// Desa (APBN money) pays 16,800 × 6 = 100,800, 9 workers.
		other        string
		otherWorkers int
	}{
		// APBDes is not APBD under the default reading: discounted
		// April–December, 16,800 × 3 + 8,400 × 9 = 126,000; 5,000,000 =
		// 39 × 126,000 + 86,000.
		{"PADes, a year", "5000000", Enrolment{Group: Informal, Source: PADes}, year, "126000", 39, "86000", "126000", 39},
		// A sponsor gets the discount April–December: 50,400 + 75,600.
		{"CSR, a year", "5000000", Enrolment{Group: Informal, Source: CSR}, year, "126000", 39, "86000", "126000", 39},
		// Six months of cash-for-work from Dana Desa, July–December 2026, all
		// discounted: 8,400 × 6 = 50,400; 1,000,000 = 19 × 50,400 + 42,400.
		{"Dana Desa, six months", "1000000", Enrolment{Group: CashForWork}, regulation.Months(month(2026, 7), month(2026, 12)), "50400", 19, "42400", "100800", 9},
		// An official with JHT whose own 2% the village pays: 126,185 a month.
		{"an official with JHT", "10000000", Enrolment{Group: Official, Wage: dec("2022200"),
			Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT), WorkerShare: EmployerPays}, year, "1514220", 6, "914680", "1514220", 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := pl.Capacity(dec(tc.budget), tc.e, tc.months)
			if err != nil {
				t.Fatal(err)
			}
			if !c.PerWorker.Equal(dec(tc.per)) || c.Workers != tc.workers || !c.Left.Equal(dec(tc.left)) {
				t.Errorf("got %v per worker, %d workers, %v left; want %s, %d, %s", c.PerWorker, c.Workers, c.Left, tc.per, tc.workers, tc.left)
			}
			if !c.Spent.Add(c.Left).Equal(dec(tc.budget)) {
				t.Error("spent and left do not add up to the budget")
			}
			if !c.OtherPerWorker.Equal(dec(tc.other)) || c.OtherWorkers != tc.otherWorkers {
				t.Errorf("other reading: %v per worker, %d workers; want %s, %d", c.OtherPerWorker, c.OtherWorkers, tc.other, tc.otherWorkers)
			}
		})
	}
	if _, err := pl.Capacity(dec("-1"), Enrolment{Group: Informal}, year); !errors.Is(err, ErrInvalidCeiling) {
		t.Errorf("negative budget: %v", err)
	}
	if _, err := pl.Capacity(dec("1"), Enrolment{Group: Informal}, regulation.Months(month(2026, 6), month(2027, 1))); !errors.Is(err, ErrInvalidEnrolment) {
		t.Errorf("months over two years: %v", err)
	}
	c, err := pl.Capacity(dec("1000000"), Enrolment{Group: Informal, Source: DanaDesa}, year)
	if err != nil || len(c.Warnings) != 1 {
		t.Errorf("Dana Desa for vulnerable workers in 2026: %v, %v", c.Warnings, err)
	}
}

func TestBillDetail(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	p := mustPlan(t, pl, Request{Village: testVillage, Year: 2026, Roster: []Enrolment{
		{NIK: nik(1), Name: "Rentan", Group: Informal, Source: CSR, From: month(2026, 3), To: month(2026, 5)},
	}})
	e := p.People[0].Enrolment
	sum := decimal.Zero
	for m := range regulation.Months(e.From, e.To).All() {
		b, err := pl.Bill(e, m)
		if err != nil {
			t.Fatal(err)
		}
		sum = sum.Add(b.Billed)
	}
	// March 16,800; April and May 8,400 under PP 50/2025.
	if !sum.Equal(p.People[0].Amount) || !sum.Equal(dec("33600")) {
		t.Errorf("bills add up to %v, the plan says %v", sum, p.People[0].Amount)
	}
	if b, _ := pl.Bill(e, month(2026, 4)); !strings.Contains(b.Explain(problem.English), "PP 50/2025") {
		t.Errorf("the April bill does not cite PP 50/2025:\n%s", b.Explain(problem.English))
	}
	if _, err := pl.Bill(e, month(2026, 6)); !errors.Is(err, ErrOutsideYear) {
		t.Errorf("a month outside the enrolment: %v", err)
	}
}

func TestPlanEmptyRoster(t *testing.T) {
	p := mustPlan(t, planner(t, Params{}, Options{}), Request{Village: testVillage, Year: 2026})
	if !p.Total.Amount.IsZero() || len(p.People) != 0 || p.Progress.Remaining != 100 || p.Progress.DesaSadar() {
		t.Errorf("empty plan: %+v", p)
	}
	checkTotals(t, p)
	// Its lists, and those of its roll-up and of an empty roll-up, encode
	// as JSON arrays, never null.
	r, err := Summarise([]Plan{p})
	if err != nil {
		t.Fatal(err)
	}
	empty, _ := Summarise(nil)
	for name, v := range map[string]any{"plan": p, "rollup": r, "empty rollup": empty} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("null")) {
			t.Errorf("%s: a list encodes as null: %s", name, b)
		}
	}
}
