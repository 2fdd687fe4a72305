package village_test

import (
	"fmt"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

func ExamplePlanner_Stream() {
	planner := newPlanner()
	// Two villages in two districts, each with an official on Rp2,022,200
	// (JKK 4,853 + JKM 6,067 = 10,920 a month, 131,040 a year) and a
	// sponsored farmer (16,800 a month to March, 8,400 from April under
	// PP 50/2025: 50,400 + 75,600 = 126,000): 257,040 a village. A real run
	// yields the rosters of a directory (village.RostersIn) as it reads them.
	villages := func(yield func(village.NamedRequest, error) bool) {
		for i, code := range []string{"61.12.01.2001", "61.12.02.2001"} {
			roster := []village.Enrolment{
				{NIK: membership.MustParseNIK(fmt.Sprintf("61120%d0101800001", i+1)), Name: "Perangkat Contoh",
					Group: village.Official, Wage: decimal.NewFromInt(2_022_200)},
				{NIK: membership.MustParseNIK(fmt.Sprintf("61120%d0101800002", i+1)), Name: "Petani Contoh",
					Group: village.Informal, Source: village.CSR},
			}
			req := village.Request{Village: region.MustParse(code), Year: 2026, Roster: roster}
			if !yield(village.NamedRequest{Name: code, Request: req}, nil) {
				return
			}
		}
	}
	people := 0
	r, err := planner.Stream(villages, func(p *village.Plan) error {
		people += len(p.People) // a caller writes the plan's detail here
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Districts {
		fmt.Println(d.Area, d.Villages, rupiah.Format(d.Total.Amount, problem.English))
	}
	fmt.Println("total", r.Total.Villages, people, rupiah.Format(r.Total.Total.Amount, problem.English))
	// Output:
	// 61.12.01 1 Rp257,040
	// 61.12.02 1 Rp257,040
	// total 2 4 Rp514,080
}
