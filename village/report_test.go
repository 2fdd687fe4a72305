package village

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/shopspring/decimal"
)

// testDirectory names the made-up areas of the tests.
func testDirectory(t testing.TB) region.Directory {
	t.Helper()
	dir, err := region.LoadCSV(strings.NewReader("kode,nama\n" +
		"61.12,Kabupaten Kubu Raya\n61.12.01,Kecamatan Satu\n61.12.02,Kecamatan Dua\n" +
		"61.12.01.2001,Desa Contoh\n61.12.01.2002,Desa Kedua\n61.12.02.2001,Desa Ketiga\n"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// samplePlan is a small plan with every section of a report: officials
// with and without JHT, non-wage workers from several sources with and
// without the PP 50/2025 discount, a ceiling that leaves someone out, and
// warnings.
func samplePlan(t testing.TB) Plan {
	t.Helper()
	pl := planner(t, Params{}, Options{Directory: testDirectory(t)})
	p, err := pl.Plan(Request{Village: testVillage, Year: 2026,
		Ceilings: map[Source]decimal.Decimal{PADes: dec("240000")},
		Roster: []Enrolment{
			{NIK: nik(1), Name: "Kepala Contoh", Group: Head, Wage: dec("2426640"), Line: 2,
				Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT)},
			{NIK: nik(2), Name: "Sekretaris Contoh", Group: Secretary, Wage: dec("2224420"), Line: 3},
			{NIK: nik(3), Name: "Kaur Contoh", Group: Official, Wage: dec("1900000"), Line: 4},
			{NIK: nik(4), Name: "Ketua BPD", Group: BPD, Line: 5},
			{NIK: nik(5), Name: "Ketua RT", Group: Neighbourhood, Source: APBD, Line: 6},
			{NIK: nik(6), Name: "Pekerja PKT", Group: CashForWork, From: month(2026, 7), To: month(2026, 9), Line: 7},
			{NIK: nik(7), Name: "Petani Satu", Group: Informal, Source: PADes, Rank: 1, Line: 8},
			{NIK: nik(8), Name: "Petani Dua", Group: Informal, Source: PADes, Rank: 2, Line: 9},
			{NIK: nik(9), Name: "Pengojek", Group: Informal, Source: CSR, Sector: 1, Line: 10},
			{NIK: nik(10), Name: "Pedagang", Group: Informal, Source: DanaDesa, Line: 11},
		}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReportGolden(t *testing.T) {
	p := samplePlan(t)
	checkTotals(t, p)
	for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
		var b bytes.Buffer
		if err := p.WriteReport(&b, ReportOptions{Lang: l, People: true}); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "plan_"+l.String()+".golden", b.String())
	}
	var b bytes.Buffer
	if err := p.WriteCSV(&b, 0); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "plan.csv.golden", b.String())
	b.Reset()
	if err := p.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "plan.json.golden", b.String())
	// Only WriteJSONFull shows a NIK in full, and it reads back to the
	// same plan's people.
	if strings.Contains(b.String(), p.People[0].Enrolment.NIK.Digits()) {
		t.Error("WriteJSON shows a NIK in full")
	}
	b.Reset()
	if err := p.WriteJSONFull(&b); err != nil {
		t.Fatal(err)
	}
	var back Plan
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.People) != len(p.People) || back.People[0].Enrolment.NIK != p.People[0].Enrolment.NIK {
		t.Errorf("WriteJSONFull does not read back to the plan's NIKs")
	}
}

func TestRollupGolden(t *testing.T) {
	pl := planner(t, Params{}, Options{Directory: testDirectory(t)})
	var reqs []Request
	for i, code := range []string{"61.12.02.2001", "61.12.01.2001", "61.12.01.2002"} {
		var roster []Enrolment
		roster = append(roster, Enrolment{NIK: nik(100*i + 1), Name: "Kades", Group: Head, Wage: dec("2426640")})
		for k := range 40 * (i + 1) {
			roster = append(roster, Enrolment{NIK: nik(100*i + k + 2), Name: "Warga", Group: Informal, Source: CSR})
		}
		reqs = append(reqs, Request{Village: region.MustParse(code), Year: 2026, Roster: roster})
	}
	plans, err := pl.PlanMany(reqs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Summarise(plans)
	if err != nil {
		t.Fatal(err)
	}
	checkRollup(t, plans, r)
	for _, l := range []problem.Lang{problem.Indonesian, problem.English} {
		var b bytes.Buffer
		if err := r.WriteReport(&b, l); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "rollup_"+l.String()+".golden", b.String())
	}
}

// checkRollup checks that districts and regencies add up to the total and
// the total to the plans.
func checkRollup(t testing.TB, plans []Plan, r Rollup) {
	t.Helper()
	sum := decimal.Zero
	villages := 0
	for _, p := range plans {
		sum = sum.Add(p.Total.Amount)
	}
	if !r.Total.Total.Amount.Equal(sum) {
		t.Errorf("total %v, plans add up to %v", r.Total.Total.Amount, sum)
	}
	for _, part := range [][]Summary{r.Districts, r.Regencies} {
		s := decimal.Zero
		villages = 0
		for _, d := range part {
			s = s.Add(d.Total.Amount)
			villages += d.Villages
			g := decimal.Zero
			for _, gt := range d.Groups {
				g = g.Add(gt.Amount)
			}
			src := decimal.Zero
			for _, st := range d.Sources {
				src = src.Add(st.Amount)
			}
			if !g.Equal(d.Total.Amount) || !src.Add(d.Total.Deducted).Equal(d.Total.Amount) {
				t.Errorf("%s: groups %v, sources %v, total %v", d.Area, g, src, d.Total.Amount)
			}
		}
		if !s.Equal(sum) || villages != len(plans) {
			t.Errorf("parts add up to %v over %d villages; want %v over %d", s, villages, sum, len(plans))
		}
	}
}

func TestPlanManyErrors(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	_, err := pl.PlanMany([]Request{
		{Village: testVillage, Year: 2026},
		{Village: testVillage, Year: 2026, Roster: []Enrolment{{NIK: nik(1), Name: "A", Group: Informal, Line: 4, Wage: dec("-1")}}},
	})
	var l problem.List
	l.Add(err)
	if len(l) != 1 || l[0].Field != "villages[1].line[4].wage" {
		t.Errorf("problems: %v", l)
	}
	if _, err := Summarise([]Plan{{Year: 2025}, {Year: 2026}}); err == nil {
		t.Error("plans of two years were summarised")
	}
}
