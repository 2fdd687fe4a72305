package contribution

import (
	"fmt"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// ReliefCovid is PP 49/2020 for wage earners and non-wage participants: JKK
// and JKM cut by 99%, JP deferrable, due on the 30th of the next month,
// late fee 0.5%. Construction projects have their own relief under the same
// regulation, [ReliefCovidJakon].
const ReliefCovid Relief = "PP49_2020"

// CovidRelief is the PP 49/2020 relief: JKK and JKM cut, most of JP
// deferrable, a later due day and a lower late fee.
type CovidRelief struct {
	// Discount is the cut of JKK and JKM, 99%.
	Discount Rate `json:"discount"`
	// JPDeferral is the part of JP an employer may defer, 99%.
	JPDeferral Rate `json:"jp_deferral"`
	// LateFee is the monthly late fee while the relief runs, 0.5%.
	LateFee Rate `json:"late_fee"`
	// DueDay is the day of the following month the contribution is due, 30
	// (the month's last day when it has fewer).
	DueDay int `json:"due_day"`
}

var covidRelief = ReliefRule[CovidRelief]{
	ID:        ReliefCovid,
	Parameter: "relief.pp49_2020",
	Title:     Text{"PP 49/2020 (pandemi COVID-19)", "PP 49/2020 (COVID-19 pandemic)"},
	Entries: []regulation.Entry[CovidRelief]{{
		From: day(2020, 8, 1), Until: day(2021, 1, 31),
		Value:    CovidRelief{Discount: MustRate("99%"), JPDeferral: MustRate("99%"), LateFee: MustRate("0.5%"), DueDay: 30},
		Citation: cite("PP 49/2020", "Pasal 9; Pasal 23 ayat (1)", regulation.Text, "the months August 2020 to January 2021 are unconfirmed; deferred JP is repaid 15 May 2021 to 15 April 2022; applied here to PU and BPU; construction projects have their own relief (relief.pp49_2020.jakon)"),
	}},
	Terms: func(v CovidRelief) Terms {
		return Terms{
			Segments:   []membership.Segment{membership.PU, membership.BPU},
			Cuts:       []Cut{{Programs: membership.SetOf(membership.JKK, membership.JKM), Rate: v.Discount}},
			JPDeferral: &v.JPDeferral,
			DueDay:     v.DueDay,
			LateFee:    &v.LateFee,
		}
	},
	Check: func(c *Checker, v CovidRelief) {
		c.Rate("jp_deferral", v.JPDeferral)
		c.Rate("late_fee", v.LateFee)
		if v.DueDay < 1 || v.DueDay > 31 {
			c.Bad("due_day", fmt.Sprint(v.DueDay), "tanggal jatuh tempo harus antara 1 dan 31", "the due day must be from 1 to 31")
		}
	},
}
