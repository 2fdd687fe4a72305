package village

import (
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Reading is how a plan reads the exclusion in PP 50/2025 Pasal 3 for
// money a village pays from its own budget (APBDes). The regulation halves
// the JKK and JKM of non-wage (BPU) participants but leaves out those whose
// contributions are paid from APBN or APBD; it does not name APBDes, and no
// ruling by BPJS Ketenagakerjaan or a ministry was found. The two readings:
//
//   - [StatutoryReading] (the default): APBDes is the village's own budget,
//     set by village regulation, not the regional budget (APBD) set by
//     regional regulation, and an exception is read narrowly; contributions
//     paid from any village-budget source get the discount (Rp8,400 a month
//     on the lowest income instead of Rp16,800).
//   - [SourceOfFundsReading]: much of the money in APBDes comes from APBN and
//     APBD (UU 6/2014 Pasal 72(1): Dana Desa is an APBN allocation, ADD part
//     of the regency's balancing funds, financial assistance from provincial
//     or regency APBD), so payments from Dana Desa, ADD and financial
//     assistance count as paid from APBN or APBD and get no discount;
//     payments from the village's own revenue (PADes) still do.
//
// Payments the regency makes directly from APBD are excluded under both.
// Every plan states the reading it used and what the other would cost
// ([Plan.Reading]). The planner applies its reading by giving the
// contribution engine, for each row, the budget the money is taken to come
// from, with the contribution parameter
// policy.pp50_2025.village_budget_excluded set to false: a village budget
// as such is never excluded, the sources of its money may be.
type Reading uint8

// The readings of PP 50/2025 for village budgets.
const (
	// StatutoryReading treats APBDes as distinct from APBN and APBD: the
	// PP 50/2025 discount applies to contributions a village pays. It is
	// the zero value and the default.
	StatutoryReading Reading = iota
	// SourceOfFundsReading treats Dana Desa as APBN and ADD and financial
	// assistance as APBD money: contributions paid from them get no
	// PP 50/2025 discount; those paid from PADes still do.
	SourceOfFundsReading
)

var readingCodes = [...]string{StatutoryReading: "statutory", SourceOfFundsReading: "source_of_funds"}

// String returns "statutory" or "source_of_funds", or "" when invalid.
func (r Reading) String() string {
	if int(r) < len(readingCodes) {
		return readingCodes[r]
	}
	return ""
}

// IsValid reports whether r is one of the two readings.
func (r Reading) IsValid() bool { return int(r) < len(readingCodes) }

// Other returns the other reading.
func (r Reading) Other() Reading {
	if r == StatutoryReading {
		return SourceOfFundsReading
	}
	return StatutoryReading
}

// Label describes the reading for people, in the given language.
func (r Reading) Label(l problem.Lang) string {
	if r == SourceOfFundsReading {
		return tr(l, "Dana Desa, ADD dan bantuan keuangan dihitung sebagai APBN/APBD (tanpa potongan; PADes tetap dapat potongan)",
			"Dana Desa, ADD and financial assistance count as APBN/APBD money (no discount; PADes still discounted)")
	}
	return tr(l, "APBDes bukan APBN/APBD (potongan berlaku)", "APBDes is not APBN/APBD (the discount applies)")
}

// ParseReading reads "statutory" (or "a", "apbdes") and "source_of_funds"
// (or "b", "apbd", "sumber_dana"), ignoring case.
func ParseReading(s string) (Reading, error) {
	switch key(s) {
	case "statutory", "a", "apbdes", "bukan_apbd":
		return StatutoryReading, nil
	case "source_of_funds", "b", "apbd", "sumber_dana":
		return SourceOfFundsReading, nil
	}
	return 0, problem.New(ErrInvalidParams, CodeParams, "reading", problem.Clip(s),
		"Bacaan PP 50/2025 tidak dikenal; gunakan statutory atau source_of_funds.",
		"Unknown reading of PP 50/2025; use statutory or source_of_funds.")
}

// MarshalText encodes the reading as its name.
func (r Reading) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, problem.New(ErrInvalidParams, CodeParams, "reading", "",
			"Bacaan PP 50/2025 tidak dikenal.", "Unknown reading of PP 50/2025.")
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a reading as [ParseReading] reads it.
func (r *Reading) UnmarshalText(b []byte) error {
	v, err := ParseReading(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// budget returns the public budget the contribution engine is told money
// from src comes from, under the reading.
func (r Reading) budget(src Source) contribution.Budget {
	if r == SourceOfFundsReading && src.InVillageBudget() {
		return sources.Info(src).origin
	}
	return src.Budget()
}

// citation is the source of the reading, for plans and reports.
func (r Reading) citation() regulation.Citation {
	note := "Reading A (statutory): the exclusion names APBN and APBD only and APBDes is the village's own budget set by village regulation (UU 6/2014); no ruling by BPJS Ketenagakerjaan or a ministry found"
	if r == SourceOfFundsReading {
		note = "Reading B (source of funds): Dana Desa is an APBN allocation and ADD and financial assistance APBD money (UU 6/2014 Pasal 72(1)); no ruling by BPJS Ketenagakerjaan or a ministry found"
	}
	return regulation.Citation{Instrument: "PP 50/2025", Article: "Pasal 3", Confidence: regulation.Unconfirmed, Note: note}
}

// notExcluded is the contribution parameter the planner plans with: a
// village budget as such is not excluded from PP 50/2025; the reading
// decides, source by source, which budget the money is taken to come from.
func notExcluded() *regulation.Timeline[bool] {
	return regulation.MustTimeline("policy.pp50_2025.village_budget_excluded", []regulation.Entry[bool]{{
		From: regulation.MustDate(2025, time.December, 22), Value: false,
		Citation: regulation.Citation{Instrument: "PP 50/2025", Article: "Pasal 3", Confidence: regulation.Unconfirmed,
			Note: "set by the village planner: APBDes as such is not APBN or APBD; under the source-of-funds reading the planner bills Dana Desa as APBN and ADD and financial assistance as APBD money instead"},
	}})
}

// ReadingEffect is what a plan's reading of PP 50/2025 for village budgets
// changes: the reading used, and what the covered months would cost under
// the other one (the same months covered; ceilings are not applied again).
type ReadingEffect struct {
	// Reading is the reading the plan used, and Citation its source.
	Reading  Reading             `json:"reading"`
	Citation regulation.Citation `json:"citation"`
	// PersonMonths is the number of covered participant-months whose
	// amount differs between the readings, and People the enrolments they
	// belong to; both zero when nothing in the plan depends on the reading.
	PersonMonths int `json:"person_months"`
	People       int `json:"people"`
	// Other is the other reading, and OtherAmount the plan's billed total
	// under it.
	Other       Reading         `json:"other"`
	OtherAmount decimal.Decimal `json:"other_amount"`
}

// Depends reports whether any amount of the plan depends on the reading.
func (r ReadingEffect) Depends() bool { return r.PersonMonths > 0 }

// Difference returns what the other reading would add to the plan's total
// (negative when it costs less), given the plan's total.
func (r ReadingEffect) Difference(total decimal.Decimal) decimal.Decimal {
	return r.OtherAmount.Sub(total)
}

// readingSentence says what the other reading would cost.
func readingSentence(r ReadingEffect, total decimal.Decimal, l problem.Lang) string {
	d := r.Difference(total)
	sign := "+"
	if d.IsNegative() {
		sign = "−"
		d = d.Neg()
	}
	amount := sign + money(d, l)
	if r.Other == SourceOfFundsReading {
		return tr(l, "Jika APBDes dihitung sebagai APBD (Dana Desa/ADD/bantuan keuangan sebagai APBN/APBD): ",
			"If APBDes is counted as APBD (Dana Desa/ADD/financial assistance as APBN/APBD money): ") + amount
	}
	return tr(l, "Jika APBDes bukan APBD: ", "If APBDes is not APBD: ") + amount
}
