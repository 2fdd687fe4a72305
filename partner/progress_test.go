package partner

import (
	"fmt"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// progressScenario is a half year in the fixture network (see
// TestProgress for what each activity adds up to).
func progressScenario() []Activity {
	acts := []Activity{
		event(Socialisation, day(2026, 2, 1), "BHB-01", desa1, 45),
		event(Education, day(2026, 2, 2), "BSA-01", desa1, 20),
		act(Referral, day(2026, 2, 3), "BSA-01", desa1, nik(5)),
		act(Registration, day(2026, 2, 10), "KD-2001", desa1, nik(6)),
		pay(Payment, day(2026, 3, 2), "KD-2001", desa1, nik(6), 16_800),

		event(Socialisation, day(2026, 3, 1), "KD-2002", desa2, 30),
		act(Referral, day(2026, 3, 2), "BHB-01", desa2, nik(10)),
		act(Registration, day(2026, 3, 5), "CAB-01", desa2, nik(10)),
		pay(Collection, day(2026, 3, 10), "BANK-01", desa2, nik(10), 36_800),
		pay(Collection, day(2026, 3, 11), "BANK-01", desa2, nik(11), 16_800),

		// Rejected: a police officer collecting. Counts nowhere.
		pay(Collection, day(2026, 3, 12), "BHB-01", desa1, nik(4), 16_800),
		// After the day of the report. Counts nowhere.
		pay(Collection, day(2026, 7, 2), "BANK-01", desa1, nik(4), 16_800),
	}
	for i := 1; i <= 4; i++ {
		acts = append(acts, act(Referral, day(2026, 2, 3), "BHB-01", desa1, nik(i)))
	}
	for i := 1; i <= 3; i++ {
		acts = append(acts, act(Registration, day(2026, 2, 10), "AG-01", desa1, nik(i)))
	}
	for i := 1; i <= 2; i++ {
		acts = append(acts, pay(Collection, day(2026, 3, 1), "AG-01", desa1, nik(i), 16_800))
	}
	return acts
}

func TestProgress(t *testing.T) {
	l := process(t, fixture(t), progressScenario(), steady())
	if len(l.Rejected()) != 1 {
		t.Fatalf("%d rejected", len(l.Rejected()))
	}
	p, err := l.Progress(ProgressOptions{On: day(2026, 6, 30), Villages: []region.Code{desa3, desa1}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Target != 100 || p.TargetRule.Parameter != "village.target.covered_workers" {
		t.Errorf("target %d from %s", p.Target, p.TargetRule.Parameter)
	}
	type row struct {
		area                                                       string
		villages, events, attendance, referred, registered, paying int
		active, referredPaying, target                             int
		coverage, payingCoverage, conversion                       string
		collected                                                  int64
		missing                                                    string
	}
	rows := func(as []AreaProgress) []row {
		var out []row
		for _, a := range as {
			out = append(out, row{a.Area.String(), a.Villages, a.Events, a.Attendance, a.Referred, a.Registered, a.Paying,
				a.Active, a.ReferredPaying, a.Target, a.Coverage.StringFixed(1), a.PayingCoverage.StringFixed(1),
				plainPct(a.Conversion), a.Collected.IntPart(), roleList(a.MissingPillars)})
		}
		return out
	}
	// Every contribution of the scenario is for March 2026; April, May and
	// June are unpaid, so by the lapse rule (BPU non-active after 3
	// consecutive unpaid months, regulations §2.3) nobody is active at the
	// close of 30 June: coverage 0.0%, and the paying coverage beside it.
	// desa1: referred nik 1–5, registered 1, 2, 3 and 6, paying 1, 2 and 6:
	// paying coverage 3/100 = 3.0%, conversion 2 of 5 referred = 40.0%;
	// collected 3 × Rp16,800 = Rp50,400.
	// desa2: referred nik 10, registered 10, paying 10 and 11 (paid
	// without a registration here: registered earlier): 2.0%,
	// conversion 1/1 = 100.0%; collected Rp36,800 + Rp16,800 = Rp53,600.
	// desa3: nothing yet; all three pillars missing; no referral, so no
	// conversion (empty, not 0.0).
	wantVillages := []row{
		{"32.16.01.2001", 1, 2, 65, 5, 4, 3, 0, 2, 100, "0.0", "3.0", "40.0", 50_400, ""},
		{"32.16.01.2002", 1, 1, 30, 1, 1, 2, 0, 1, 100, "0.0", "2.0", "100.0", 53_600, "BABINSA"},
		{"32.16.02.2001", 1, 0, 0, 0, 0, 0, 0, 0, 100, "0.0", "0.0", "", 0, "VILLAGE_HEAD+BHABINKAMTIBMAS+BABINSA"},
	}
	// 32.16.01: 5 paying of 200 = 2.5%; 3 of 6 referred paid = 50.0%.
	wantDistricts := []row{
		{"32.16.01", 2, 3, 95, 6, 5, 5, 0, 3, 200, "0.0", "2.5", "50.0", 104_000, ""},
		{"32.16.02", 1, 0, 0, 0, 0, 0, 0, 0, 100, "0.0", "0.0", "", 0, ""},
	}
	// 32.16: 5 of 300 = 1.666…% rounded half up to 1.7%.
	wantRegencies := []row{{"32.16", 3, 3, 95, 6, 5, 5, 0, 3, 300, "0.0", "1.7", "50.0", 104_000, ""}}
	for _, c := range []struct {
		name      string
		got, want []row
	}{{"villages", rows(p.Villages), wantVillages}, {"districts", rows(p.Districts), wantDistricts}, {"regencies", rows(p.Regencies), wantRegencies}} {
		if fmt.Sprint(c.got) != fmt.Sprint(c.want) {
			t.Errorf("%s\n got %v\nwant %v", c.name, c.got, c.want)
		}
	}

	type standing struct {
		rank                                                 int
		partner                                              string
		events, attendance, referred, referredPaying, regist int
		credited, creditedPaying                             int
		collected                                            int64
		conversion                                           string
	}
	var got []standing
	for _, s := range p.Leaderboard {
		got = append(got, standing{s.Rank, s.Partner, s.Events, s.Attendance, s.Referred, s.ReferredPaying, s.Registered,
			s.Credited, s.CreditedPaying, s.Collected.IntPart(), plainPct(s.Conversion)})
	}
	// BHB-01 referred nik 1–4 and 10, credited with 1, 2, 3 (first
	// referral before AG-01 registered them) and 10; 1, 2 and 10 paid.
	// AG-01, BANK-01 and CAB-01 are equal on every criterion: rank 5, by ID.
	want := []standing{
		{1, "BHB-01", 1, 45, 5, 3, 0, 4, 3, 0, "60.0"},
		{2, "KD-2001", 0, 0, 0, 0, 1, 1, 1, 16_800, ""},
		{3, "BSA-01", 1, 20, 1, 0, 0, 0, 0, 0, "0.0"},
		{4, "KD-2002", 1, 30, 0, 0, 0, 0, 0, 0, ""},
		{5, "AG-01", 0, 0, 0, 0, 3, 0, 0, 33_600, ""},
		{5, "BANK-01", 0, 0, 0, 0, 0, 0, 0, 53_600, ""},
		{5, "CAB-01", 0, 0, 0, 0, 1, 0, 0, 0, ""},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("leaderboard\n got %v\nwant %v", got, want)
	}
	if len(p.Partners) != 7 || p.Partners[0].Partner != "AG-01" {
		t.Errorf("partners by ID: %v", p.Partners)
	}
}

func TestProgressErrors(t *testing.T) {
	l := process(t, fixture(t), nil, Options{})
	_, err := l.Progress(ProgressOptions{})
	wantProblem(t, err, ErrInvalidOptions, "progress.on")
	_, err = l.Progress(ProgressOptions{On: day(2023, 2, 14)})
	e := wantProblem(t, err, regulation.ErrNoRuleInForce, "regulation.no_rule_in_force")
	if e.Field != "village.target.covered_workers" {
		t.Errorf("the error names %q", e.Field)
	}
	_, err = l.Progress(ProgressOptions{On: day(2026, 1, 1), Villages: []region.Code{region.MustParse("32.16.01")}})
	wantProblem(t, err, ErrInvalidOptions, "progress.village")
	p, err := l.Progress(ProgressOptions{On: day(2026, 1, 1)})
	if err != nil || len(p.Villages) != 0 || len(p.Leaderboard) != 0 {
		t.Errorf("empty progress: %+v %v", p, err)
	}
}

// Coverage asks package membership for the status at the close of the
// report day. The scenario pays March 2026 only (nik 1, 2, 6, 10, 11).
// Paid March, unpaid April, May, June: non-active from July (membership:
// from the month after 3 consecutive unpaid months). A report on 29 June
// sees June's status, active; one on 30 June sees July's, non-active.
func TestCoverageAtTheCloseOfTheDay(t *testing.T) {
	l := process(t, fixture(t), progressScenario(), steady())
	for _, c := range []struct {
		name   string
		on     regulation.Date
		month  string
		active int
	}{
		{"regulations §2.3: 2 unpaid months, still active (29 June)", day(2026, 6, 29), "2026-06", 5},
		{"regulations §2.3: April–June unpaid, lapsed at the close of 30 June", day(2026, 6, 30), "2026-07", 0},
	} {
		cs, err := l.Coverage(ProgressOptions{On: c.on})
		if err != nil {
			t.Fatal(err)
		}
		active := 0
		for _, x := range cs {
			if x.StatusMonth.String() != c.month {
				t.Errorf("%s: status month %s", c.name, x.StatusMonth)
			}
			if x.Active() {
				active++
			}
		}
		p, err := l.Progress(ProgressOptions{On: c.on})
		if err != nil {
			t.Fatal(err)
		}
		if active != c.active || p.Regencies[0].Active != c.active {
			t.Errorf("%s: %d active by Coverage, %d by Progress, want %d", c.name, active, p.Regencies[0].Active, c.active)
		}
	}
	// A PU participant does not lapse through unpaid months: nik 10
	// enrolled as PU stays active on 30 June.
	cs, err := l.Coverage(ProgressOptions{On: day(2026, 6, 30), Enrolments: []Enrolment{{Participant: nik(10), Segment: membership.PU}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range cs {
		if want := x.Participant.Digits() == nik(10).Digits(); x.Active() != want {
			t.Errorf("%v: active %v, want %v", x, x.Active(), want)
		}
		if x.Participant.Digits() == nik(4).Digits() && (x.Status != 0 || !x.Start.IsZero() || len(x.Months) != 0) {
			// nik 4 was only referred: the collection from it was refused
			// and the one of 2 July is after the day, so no membership is
			// known and it has no status.
			t.Errorf("nik 4: %v", x)
		}
	}
}

// A progress report round-trips through JSON unchanged.
func TestProgressJSON(t *testing.T) {
	l := process(t, fixture(t), progressScenario(), steady())
	p, err := l.Progress(ProgressOptions{On: day(2026, 6, 30), Villages: []region.Code{desa3}})
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, p)
}
