package contribution

import (
	"fmt"
	"slices"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// ReliefIndustry is PP 7/2025 with PP 36/2025: JKK cut by 50% for six
// labour-intensive industries with at least 50 workers.
const ReliefIndustry Relief = "PP7_2025"

// IndustryRelief is the PP 7/2025 relief for labour-intensive industries:
// JKK cut for employers in the listed industries with enough workers.
type IndustryRelief struct {
	// Discount is the cut of JKK, 50%.
	Discount Rate `json:"discount"`
	// MinWorkers is the fewest active workers an employer must have, 50.
	MinWorkers int `json:"min_workers"`
	// Industries are the industries the relief covers.
	Industries []Industry `json:"industries"`
}

func labourIntensive() IndustryRelief {
	return IndustryRelief{
		Discount: MustRate("50%"), MinWorkers: 50,
		Industries: []Industry{FoodBeverageTobacco, TextileApparel, Leather, Footwear, Toys, Furniture},
	}
}

var industryRelief = ReliefRule[IndustryRelief]{
	ID:        ReliefIndustry,
	Parameter: "relief.pp7_2025",
	Title:     Text{"PP 7/2025 jo. PP 36/2025 (industri padat karya)", "PP 7/2025 with PP 36/2025 (labour-intensive industries)"},
	Entries: []regulation.Entry[IndustryRelief]{
		{
			From: day(2025, 2, 1), Until: day(2025, 7, 31), Value: labourIntensive(),
			Citation: cite("PP 7/2025", "", regulation.Secondary, "50% off JKK only (not JKM) for employers with at least 50 active workers and JKK paid up to January 2025; the industry and the workforce are checked, the payment condition is not (the caller leaves the industry out, or claims no relief, for an employer that fails it)"),
		},
		{
			From: day(2025, 8, 1), Until: day(2026, 1, 31), Value: labourIntensive(),
			Citation: cite("PP 36/2025", "", regulation.Secondary, "extends PP 7/2025 to the January 2026 contribution month"),
		},
	},
	Terms: func(v IndustryRelief) Terms {
		return Terms{
			Segments:     []membership.Segment{membership.PU},
			MinWorkforce: v.MinWorkers,
			Cuts:         []Cut{{Programs: membership.SetOf(membership.JKK), Rate: v.Discount}},
		}
	},
	Applies: func(v IndustryRelief, c Case, _ regulation.Date, _ Params) (Text, error) {
		if !slices.Contains(v.Industries, c.Industry) {
			return Text{"industri tidak termasuk industri padat karya yang ditetapkan",
				"the industry is not one of the listed labour-intensive industries"}, nil
		}
		return Text{}, nil
	},
	Check: func(c *Checker, v IndustryRelief) {
		if v.MinWorkers < 0 {
			c.Bad("min_workers", fmt.Sprint(v.MinWorkers), "jumlah pekerja minimum tidak boleh negatif", "the minimum workforce cannot be negative")
		}
		for i, ind := range v.Industries {
			if !ind.isValid() {
				c.Bad(fmt.Sprintf("industries[%d]", i), fmt.Sprint(uint8(ind)), "tidak dikenal", "unknown")
			}
		}
	},
}
