package village_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

func newPlanner() *village.Planner {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		panic(err)
	}
	p, err := village.NewPlanner(calc, village.DefaultParams(), village.Options{})
	if err != nil {
		panic(err)
	}
	return p
}

func ExamplePlanner_Plan() {
	planner := newPlanner()
	plan, err := planner.Plan(village.Request{
		Village: region.MustParse("61.12.01.2001"),
		Year:    2026,
		Roster: []village.Enrolment{
			// An official on Rp2,022,200: JKK 4,853 + JKM 6,067 a month, from ADD.
			{NIK: membership.MustParseNIK("6112010101800001"), Name: "Perangkat Contoh", Group: village.Official,
				Wage: decimal.NewFromInt(2_022_200)},
			// A farmer sponsored by a company: Rp16,800 a month, Rp8,400 from
			// April under PP 50/2025.
			{NIK: membership.MustParseNIK("6112010101800002"), Name: "Petani Contoh", Group: village.Informal,
				Source: village.CSR},
			// A farmer paid from the village's own revenue: by the default
			// (statutory) reading APBDes is not APBD, so discounted too.
			{NIK: membership.MustParseNIK("6112010101800003"), Name: "Petani Kedua", Group: village.Informal,
				Source: village.PADes},
			// A farmer paid from ADD: discounted by the default reading, not
			// if ADD counts as APBD money (9 × 8,400 = 75,600 more).
			{NIK: membership.MustParseNIK("6112010101800004"), Name: "Petani Ketiga", Group: village.Informal},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range plan.Sources {
		fmt.Printf("%-10s %s\n", s.Source, rupiah.Format(s.Amount, problem.English))
	}
	fmt.Println("total     ", rupiah.Format(plan.Total.Amount, problem.English))
	fmt.Println("APBDes    ", rupiah.Format(plan.Total.VillageBudget, problem.English))
	fmt.Println("covered   ", plan.Progress.Covered, "of", plan.Progress.Target)
	fmt.Println("if ADD counts as APBD: +" + rupiah.Format(plan.Reading.Difference(plan.Total.Amount), problem.English))
	// Output:
	// add        Rp257,040
	// pades      Rp126,000
	// csr        Rp126,000
	// total      Rp509,040
	// APBDes     Rp383,040
	// covered    4 of 100
	// if ADD counts as APBD: +Rp75,600
}

func ExamplePlanner_Plan_ceiling() {
	planner := newPlanner()
	var roster []village.Enrolment
	for i := range 3 {
		roster = append(roster, village.Enrolment{
			NIK:  membership.MustParseNIK(fmt.Sprintf("611201010180%04d", i+1)),
			Name: "Petani", Group: village.Informal, Source: village.PADes, Rank: 3 - i,
		})
	}
	plan, err := planner.Plan(village.Request{
		// 2027: no PP 50/2025 discount is left for farmers, Rp201,600 a year.
		Village: region.MustParse("61.12.01.2001"), Year: 2027, Roster: roster,
		Ceilings: map[village.Source]decimal.Decimal{village.PADes: decimal.NewFromInt(300_000)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range plan.People {
		fmt.Printf("rank %d: %d of %d months", p.Enrolment.Rank, p.Covered, p.Months)
		if p.Shortfall != nil {
			fmt.Printf(", %s short", rupiah.Format(p.Shortfall.Needed, problem.English))
		}
		fmt.Println()
	}
	// Output:
	// rank 1: 12 of 12 months
	// rank 2: 5 of 12 months, Rp117,600 short
	// rank 3: 0 of 12 months, Rp201,600 short
}

func ExamplePlanner_Capacity() {
	planner := newPlanner()
	year := regulation.Months(regulation.MustMonth(2026, time.January), regulation.MustMonth(2026, time.December))
	c, err := planner.Capacity(decimal.NewFromInt(10_000_000),
		village.Enrolment{Group: village.Informal, Source: village.CSR}, year)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Workers, "workers at", rupiah.Format(c.PerWorker, problem.Indonesian), "each, left", rupiah.Format(c.Left, problem.Indonesian))
	// Output: 79 workers at Rp126.000 each, left Rp46.000
}

func ExampleReadCSV() {
	rows, err := village.ReadCSV(strings.NewReader("\uFEFFnik;nama;kelompok;siltap\n" +
		"6112010101800001;Kepala Contoh;kepala_desa;2.426.640\n" +
		"6112010101800002;Salah Kelompok;lurah;\n" +
		"6112010101800003;Rentan Contoh;pekerja_rentan;\n"))
	for _, r := range rows {
		fmt.Println("line", r.Line, r.NIK, r.Group, r.Wage)
	}
	fmt.Println(err)
	// Output:
	// line 2 6112••••••••0001 head 2426640
	// line 4 6112••••••••0003 informal 0
	// baris 3, kolom kelompok: Tidak dikenal. (lurah)
}

// A JSON roster: each element is read on its own, so the unknown member
// of the third leaves the first two usable.
func ExampleReadJSON() {
	rows, err := village.ReadJSON(strings.NewReader(`[
  {"nik": "6112010101800001", "name": "Kepala Contoh", "group": "kepala_desa", "wage": "2.426.640"},
  {"nik": "6112010101800002", "name": "Petani Contoh", "group": "pekerja_rentan", "source": "csr", "rank": 1},
  {"nik": "6112010101800003", "name": "Salah Kolom", "group": "bpd", "gaji": 1000000}
]`))
	for _, r := range rows {
		fmt.Println("line", r.Line, r)
	}
	fmt.Println(err)
	// Output:
	// line 2 6112••••••••0001 (head)
	// line 3 6112••••••••0002 (informal)
	// peserta ke-3, gaji: Kolom tidak dikenal.
}

// The report of a village with its head (JKK 0.24% + JKM 0.30% of
// Rp2,426,640: 5,824 + 7,280 = Rp13,104 a month from ADD) and one farmer
// sponsored by a company (Rp16,800 a month, halved from April under
// PP 50/2025), without a directory of names.
func ExamplePlan_WriteReport() {
	planner := newPlanner()
	plan, err := planner.Plan(village.Request{
		Village: region.MustParse("61.12.01.2001"), Year: 2026,
		Roster: []village.Enrolment{
			{NIK: membership.MustParseNIK("6112010101800001"), Name: "Kepala Contoh", Group: village.Head, Wage: decimal.NewFromInt(2_426_640)},
			{NIK: membership.MustParseNIK("6112010101800002"), Name: "Petani Contoh", Group: village.Informal, Source: village.CSR},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	plan.WriteReport(os.Stdout, village.ReportOptions{Lang: problem.English})
	// Output:
	// VILLAGE EMPLOYMENT SOCIAL SECURITY PLAN
	// Village (61.12.01.2001)
	// Kalimantan Barat
	// Fiscal year 2026 (January 2026 – December 2026)
	//
	// Totals (contribution months January 2026 – December 2026)
	// ---------------------------------------------------------
	// Normal contributions                Rp358,848
	// Relief (discounts)                   Rp75,600
	// Contributions billed                Rp283,248
	//   from the village budget (APBDes)  Rp157,248
	// In words (Indonesian): dua ratus delapan puluh tiga ribu dua ratus empat puluh delapan rupiah
	//
	// The fiscal year in cash (1 January – 31 December 2026)
	// ------------------------------------------------------
	// Contributions for January 2026 – December 2026    Rp283,248
	// − due in the next fiscal year (December 2026 PU)   Rp13,104
	// + last year's months due this year                not given
	// Paid within fiscal year 2026                      Rp270,144
	//   from the village budget (APBDes)                Rp144,144
	// Village budgets are kept on a cash basis over the fiscal year 1 January – 31 December (Permendagri 20/2018 [secondary]): PU contributions are due on the 15th of the next month, so December's is paid in the next fiscal year. The budget per account below follows the cash view.
	// Last year's December contributions were not given to the planner; this year's cash leaves them out.
	//
	// PP 50/2025 and village budgets
	// ------------------------------
	// Reading used: APBDes is not APBN/APBD (the discount applies) (PP 50/2025 Pasal 3 [unconfirmed])
	// No amount in this plan depends on this reading.
	//
	// By group
	// --------
	// Group                              Enrolled  Protected  Partial  Person-months  Contributions  from APBDes  deducted from pay  Account
	// Village head                              1          1        0             12      Rp157,248    Rp157,248                Rp0  5.1.3.03
	// Vulnerable informal workers (BPU)         1          1        0             12      Rp126,000          Rp0                Rp0  –
	// Total                                                                               Rp283,248    Rp157,248                Rp0
	//
	// By program
	// ----------
	// Program                           Normal    Relief  Contributions
	// JKK – Work Accident Insurance  Rp189,888  Rp45,000      Rp144,888
	// JKM – Death Benefit            Rp168,960  Rp30,600      Rp138,360
	//
	// By funding source
	// -----------------
	// Source                                   Contributions  Ceiling  Left
	// ADD (regency allocation to the village)      Rp157,248        –     –
	// CSR / sponsor                                Rp126,000        –     –
	// Funding policy for fiscal year 2026:
	// - ADD (regency allocation to the village): allowed for every group (PP 43/2014 jo. PP 11/2019 Pasal 81; Pasal 100 [secondary])
	// - CSR / sponsor: allowed for every group (no rule found (default of this module) [unconfirmed])
	//
	// By village budget account (cash, fiscal year 2026)
	// --------------------------------------------------
	// Activity  Account   Groups           Months  − next year  + last year       Cash
	// 1.1.03    5.1.3.03  Village head  Rp157,248     Rp13,104          Rp0  Rp144,144
	//
	// Payment schedule
	// ----------------
	// Due                            Contribution month  Segment    Amount
	// 2026-01-15                     January 2026        BPU      Rp16,800
	// 2026-02-18 (safe: 2026-02-15)  January 2026        PU       Rp13,104
	// 2026-02-18 (safe: 2026-02-15)  February 2026       BPU      Rp16,800
	// 2026-03-16                     February 2026       PU       Rp13,104
	// 2026-03-16                     March 2026          BPU      Rp16,800
	// 2026-04-15                     March 2026          PU       Rp13,104
	// 2026-04-15                     April 2026          BPU       Rp8,400
	// 2026-05-18 (safe: 2026-05-15)  April 2026          PU       Rp13,104
	// 2026-05-18 (safe: 2026-05-15)  May 2026            BPU       Rp8,400
	// 2026-06-15                     May 2026            PU       Rp13,104
	// 2026-06-15                     June 2026           BPU       Rp8,400
	// 2026-07-15                     June 2026           PU       Rp13,104
	// 2026-07-15                     July 2026           BPU       Rp8,400
	// 2026-08-18                     July 2026           PU       Rp13,104
	// 2026-08-18                     August 2026         BPU       Rp8,400
	// 2026-09-15                     August 2026         PU       Rp13,104
	// 2026-09-15                     September 2026      BPU       Rp8,400
	// 2026-10-15                     September 2026      PU       Rp13,104
	// 2026-10-15                     October 2026        BPU       Rp8,400
	// 2026-11-16                     October 2026        PU       Rp13,104
	// 2026-11-16                     November 2026       BPU       Rp8,400
	// 2026-12-15                     November 2026       PU       Rp13,104
	// 2026-12-15                     December 2026       BPU       Rp8,400
	// 2027-01-15                     December 2026       PU       Rp13,104
	//
	// Reliefs
	// -------
	// PP 50/2025 (non-wage participants): Rp75,600, 9 person-months, 1 enrolments (source: PP 50/2025 Pasal 3; Pasal 4 [secondary])
	// Name           NIK               Group                              Months                      Count    Relief
	// Petani Contoh  6112••••••••0002  Vulnerable informal workers (BPU)  April 2026 – December 2026      9  Rp75,600
	//
	// Target
	// ------
	// Protected workers (paid for every month and active at the year end): 2 of the target of 100 per village (BPJS Ketenagakerjaan membership director statement, 15 February 2023 [secondary])
	// 98 more needed.
	// Partly covered (some months paid, or non-active at the year end after 3 unpaid months): 0; unpaid: 0.
	// Desa Sadar Jaminan Sosial Ketenagakerjaan criteria:
	// - Village head covered: met
	// - Secretary and officials covered: not met: none in the roster
	// - Active socialisation to village workers: cannot be judged from a plan
}

func ExampleIdentify() {
	_, err := village.Identify(region.MustParse("61.71.01.1001"), nil, false)
	fmt.Println(err.(*problem.Error).Message(problem.English))
	v, _ := village.Identify(region.MustParse("61.12.01.2001"), nil, false)
	fmt.Println(v.Code, v.Province)
	// Output:
	// village: This code is a kelurahan, not a desa: a kelurahan has no village budget, village officials or Dana Desa. (61.71.01.1001)
	// 61.12.01.2001 Kalimantan Barat
}

func ExampleDefaultTarget() {
	e, err := village.DefaultTarget().At(regulation.MustDate(2026, time.December, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Value, e.Citation.Confidence)
	// Output: 100 secondary
}

func ExampleSummarise() {
	planner := newPlanner()
	var reqs []village.Request
	for v, code := range []string{"61.12.01.2001", "61.12.01.2002", "61.12.02.2001"} {
		reqs = append(reqs, village.Request{Village: region.MustParse(code), Year: 2026, Roster: []village.Enrolment{{
			NIK:  membership.MustParseNIK(fmt.Sprintf("611201010180%04d", v+1)),
			Name: "Kepala", Group: village.Head, Wage: decimal.NewFromInt(2_426_640),
		}}})
	}
	plans, err := planner.PlanMany(reqs)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := village.Summarise(plans)
	for _, d := range r.Districts {
		fmt.Println(d.Area, d.Villages, rupiah.Format(d.Total.Amount, problem.Indonesian))
	}
	fmt.Println(r.Regencies[0].Area, r.Total.Villages, rupiah.Format(r.Total.Total.Amount, problem.Indonesian))
	// Output:
	// 61.12.01 2 Rp314.496
	// 61.12.02 1 Rp157.248
	// 61.12 3 Rp471.744
}

func ExamplePlan_WriteCSV() {
	planner := newPlanner()
	plan, err := planner.Plan(village.Request{Village: region.MustParse("61.12.01.2001"), Year: 2026,
		Roster: []village.Enrolment{{NIK: membership.MustParseNIK("6112010101800001"), Name: "Kepala Contoh",
			Group: village.Head, Wage: decimal.NewFromInt(2_426_640)}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	plan.WriteCSV(os.Stdout, ';')
	// Output:
	// nik;name;group;segment;programs;source;worker_share;account;wage;from;to;months;covered;normal;amount;from_source;from_worker;shortfall_months;shortfall_source;year_end_status;protected;other_reading
	// 6112••••••••0001;Kepala Contoh;head;PU;JKK+JKM;add;worker;1.1.03/5.1.3.03;2426640;2026-01;2026-12;12;12;157248;157248;157248;0;0;;ACTIVE;true;0
}

// A non-wage worker paid January to September 2026 has three unpaid months
// when December is over: her membership is non-active by the lapse rule,
// so she is partly covered, not protected.
func ExampleMeasureCoverage() {
	h := membership.History{Segment: membership.BPU, Start: regulation.MustMonth(2026, time.January)}
	for m := time.January; m <= time.September; m++ {
		h.Paid = append(h.Paid, regulation.MustMonth(2026, m))
	}
	year := regulation.Months(regulation.MustMonth(2026, time.January), regulation.MustMonth(2026, time.December))
	c, err := village.MeasureCoverage(membership.Params{}, h, year)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Paid, "of", c.Period.Len(), "months paid;", c.Status.Name(problem.English), "in", c.At)
	fmt.Println("protected:", c.Protected(), "partial:", c.Partial())
	// Output:
	// 9 of 12 months paid; non-active in 2027-01
	// protected: false partial: true
}
