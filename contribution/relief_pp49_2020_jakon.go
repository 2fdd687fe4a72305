package contribution

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// ReliefCovidJakon is PP 49/2020 for construction projects (Pasal 11–12):
// JKK and JKM cut by 99%, on wages and on contract value alike, August 2020
// to January 2021.
const ReliefCovidJakon Relief = "PP49_2020_JAKON"

// CovidJakonRelief is the PP 49/2020 relief for construction projects.
type CovidJakonRelief struct {
	// Discount is the cut of JKK and JKM, 99%: every rate, of the wages or
	// of each contract-value tier, is paid at 1%.
	Discount Rate `json:"discount"`
}

var covidJakonRelief = ReliefRule[CovidJakonRelief]{
	ID:        ReliefCovidJakon,
	Parameter: "relief.pp49_2020.jakon",
	Title:     Text{"PP 49/2020 (jasa konstruksi)", "PP 49/2020 (construction projects)"},
	Entries: []regulation.Entry[CovidJakonRelief]{{
		From: day(2020, 8, 1), Until: day(2021, 1, 31),
		Value: CovidJakonRelief{Discount: MustRate("99%")},
		Citation: cite("PP 49/2020", "Pasal 11; Pasal 12 ayat (1)-(2)", regulation.Secondary,
			"JKK and JKM of construction projects at 1% of the normal rates, for wage-based and contract-value bills: "+
				"JKK 1% x 1.74% = 0.0174% of wages, contract-value tiers 0.0021% / 0.0017% / 0.0013% / 0.0011% / 0.0009% (Pasal 11, "+
				"as quoted by Kemnaker e-kliping 10 September 2020, text not seen); JKM 0.0030% of wages, tiers 0.0003% / 0.0002% / "+
				"0.0002% / 0.0001% / 0.0001% (Pasal 12, text seen); contribution months August 2020 to January 2021, as for PU and BPU. "+
				"The discount is taken off the rounded normal amount and rounded again, as for every relief, which gives the restated "+
				"rates' amount or one rupiah from it. Not checked: the Pasal 13 conditions (JKK and JKM paid up to July 2020; a project "+
				"registered after July 2020 pays its first two months in full) and the rule that a project registered before August "+
				"2020 pays 1% of the unpaid remainder of its bill; claim no relief for a project that fails them. Construction "+
				"contributions have no monthly due date here, so the 30th-of-the-next-month rule does not arise."),
	}},
	Terms: func(v CovidJakonRelief) Terms {
		return Terms{
			Segments: []membership.Segment{membership.Jakon},
			Cuts:     []Cut{{Programs: membership.SetOf(membership.JKK, membership.JKM), Rate: v.Discount}},
		}
	},
}
