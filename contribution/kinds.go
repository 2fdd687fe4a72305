package contribution

import (
	"time"

	"strings"

	"github.com/desasadar/jamsos/problem"
)

// RiskGroup is the work-accident risk group of a wage earner's workplace,
// which sets the JKK rate (PP 44/2015 Pasal 16; the group of each kind of
// business is listed in Lampiran I, replaced by PP 82/2019). The zero
// RiskGroup is unknown.
type RiskGroup uint8

const (
	// VeryLowRisk is "tingkat risiko sangat rendah": JKK 0.24%. Village
	// governments usually register their officials in this group, as a
	// matter of branch practice rather than a rule.
	VeryLowRisk RiskGroup = iota + 1
	// LowRisk is "tingkat risiko rendah": JKK 0.54%.
	LowRisk
	// MediumRisk is "tingkat risiko sedang": JKK 0.89%.
	MediumRisk
	// HighRisk is "tingkat risiko tinggi": JKK 1.27%.
	HighRisk
	// VeryHighRisk is "tingkat risiko sangat tinggi": JKK 1.74%.
	VeryHighRisk
)

var riskNames = [...]struct{ code, id, en string }{
	VeryLowRisk:  {"VERY_LOW", "risiko sangat rendah", "very low risk"},
	LowRisk:      {"LOW", "risiko rendah", "low risk"},
	MediumRisk:   {"MEDIUM", "risiko sedang", "medium risk"},
	HighRisk:     {"HIGH", "risiko tinggi", "high risk"},
	VeryHighRisk: {"VERY_HIGH", "risiko sangat tinggi", "very high risk"},
}

// IsValid reports whether g is one of the five groups.
func (g RiskGroup) IsValid() bool { return g >= VeryLowRisk && g <= VeryHighRisk }

// String returns the group's code, such as "VERY_LOW".
func (g RiskGroup) String() string {
	if !g.IsValid() {
		return ""
	}
	return riskNames[g].code
}

// Name returns the group's name in the given language.
func (g RiskGroup) Name(l problem.Lang) string {
	if !g.IsValid() {
		return ""
	}
	if l == problem.English {
		return riskNames[g].en
	}
	return riskNames[g].id
}

// MarshalText encodes the group as its code; the zero value encodes as "".
func (g RiskGroup) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText decodes a group's code (or its number, 1 to 5).
func (g *RiskGroup) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "" {
		*g = 0
		return nil
	}
	for i := VeryLowRisk; i <= VeryHighRisk; i++ {
		if strings.EqualFold(s, riskNames[i].code) || s == string(rune('0'+i)) {
			*g = i
			return nil
		}
	}
	return problem.New(ErrUnknownRiskGroup, "risk_group.unknown", "risk_group", problem.Clip(s),
		"tidak dikenal; gunakan VERY_LOW, LOW, MEDIUM, HIGH atau VERY_HIGH (1–5)",
		"unknown; use VERY_LOW, LOW, MEDIUM, HIGH or VERY_HIGH (1–5)")
}

// Sector is the line of work of a non-wage (BPU) participant, as far as the
// law distinguishes it: PP 50/2025 gives transport workers a longer discount.
type Sector uint8

const (
	// OtherSector is any sector the law does not single out. It is the zero value.
	OtherSector Sector = iota
	// Transport is online and offline motorcycle-taxi riders, drivers,
	// couriers and logistics workers.
	Transport
	// Agriculture is farmers, planters and livestock keepers.
	Agriculture
	// Fisheries is fishermen and fish farmers.
	Fisheries
	// Trade is traders and market sellers.
	Trade
)

var sectorNames = [...]struct{ code, id, en string }{
	OtherSector: {"OTHER", "lainnya", "other"},
	Transport:   {"TRANSPORT", "transportasi", "transport"},
	Agriculture: {"AGRICULTURE", "pertanian", "agriculture"},
	Fisheries:   {"FISHERIES", "perikanan", "fisheries"},
	Trade:       {"TRADE", "perdagangan", "trade"},
}

// String returns the sector's code, such as "TRANSPORT".
func (s Sector) String() string {
	if int(s) >= len(sectorNames) {
		return ""
	}
	return sectorNames[s].code
}

// Name returns the sector's name in the given language.
func (s Sector) Name(l problem.Lang) string {
	if int(s) >= len(sectorNames) {
		return ""
	}
	if l == problem.English {
		return sectorNames[s].en
	}
	return sectorNames[s].id
}

// MarshalText encodes the sector as its code.
func (s Sector) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a sector's code; empty text gives OtherSector.
func (s *Sector) UnmarshalText(b []byte) error {
	t := strings.TrimSpace(string(b))
	if t == "" {
		*s = OtherSector
		return nil
	}
	for i := range sectorNames {
		if strings.EqualFold(t, sectorNames[i].code) {
			*s = Sector(i)
			return nil
		}
	}
	return problem.New(ErrInvalidInput, "sector.unknown", "sector", problem.Clip(t),
		"tidak dikenal; gunakan TRANSPORT, AGRICULTURE, FISHERIES, TRADE atau OTHER",
		"unknown; use TRANSPORT, AGRICULTURE, FISHERIES, TRADE or OTHER")
}

// Industry is an employer's industry, as far as the law distinguishes it:
// PP 7/2025 halves JKK for six labour-intensive industries.
type Industry uint8

const (
	// OtherIndustry is any industry the law does not single out. It is the zero value.
	OtherIndustry Industry = iota
	// FoodBeverageTobacco is the food, beverage and tobacco industry.
	FoodBeverageTobacco
	// TextileApparel is the textile and apparel industry.
	TextileApparel
	// Leather is the leather and leather goods industry.
	Leather
	// Footwear is the footwear industry.
	Footwear
	// Toys is the children's toys industry.
	Toys
	// Furniture is the furniture industry.
	Furniture
)

var industryNames = [...]struct{ code, id, en string }{
	OtherIndustry:       {"OTHER", "lainnya", "other"},
	FoodBeverageTobacco: {"FOOD_BEVERAGE_TOBACCO", "makanan, minuman dan tembakau", "food, beverages and tobacco"},
	TextileApparel:      {"TEXTILE_APPAREL", "tekstil dan pakaian jadi", "textiles and apparel"},
	Leather:             {"LEATHER", "kulit dan barang dari kulit", "leather and leather goods"},
	Footwear:            {"FOOTWEAR", "alas kaki", "footwear"},
	Toys:                {"TOYS", "mainan anak", "children's toys"},
	Furniture:           {"FURNITURE", "furnitur", "furniture"},
}

// isValid reports whether i is one of the industries this package knows.
func (i Industry) isValid() bool { return int(i) < len(industryNames) }

// String returns the industry's code, such as "FOOTWEAR".
func (i Industry) String() string {
	if int(i) >= len(industryNames) {
		return ""
	}
	return industryNames[i].code
}

// Name returns the industry's name in the given language.
func (i Industry) Name(l problem.Lang) string {
	if int(i) >= len(industryNames) {
		return ""
	}
	if l == problem.English {
		return industryNames[i].en
	}
	return industryNames[i].id
}

// MarshalText encodes the industry as its code.
func (i Industry) MarshalText() ([]byte, error) { return []byte(i.String()), nil }

// UnmarshalText decodes an industry's code; empty text gives OtherIndustry.
func (i *Industry) UnmarshalText(b []byte) error {
	t := strings.TrimSpace(string(b))
	if t == "" {
		*i = OtherIndustry
		return nil
	}
	for k := range industryNames {
		if strings.EqualFold(t, industryNames[k].code) {
			*i = Industry(k)
			return nil
		}
	}
	return problem.New(ErrInvalidInput, "industry.unknown", "industry", problem.Clip(t),
		"tidak dikenal", "unknown")
}

// Budget is the public budget a contribution is paid from, which some
// discounts exclude.
type Budget uint8

const (
	// NoBudget means the contribution is not paid from a public budget, or
	// that the budget follows from the payer: a regency pays from its APBD,
	// a village from its APBDes. It is the zero value.
	NoBudget Budget = iota
	// APBN is the state budget.
	APBN
	// APBD is a province's or regency's budget.
	APBD
	// APBDes is a village's budget.
	APBDes
)

var budgetNames = [...]string{NoBudget: "", APBN: "APBN", APBD: "APBD", APBDes: "APBDES"}

// String returns the budget's code: "APBN", "APBD", "APBDES" or "".
func (b Budget) String() string {
	if int(b) >= len(budgetNames) {
		return ""
	}
	return budgetNames[b]
}

// MarshalText encodes the budget as its code.
func (b Budget) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText decodes a budget's code; empty text gives NoBudget.
func (b *Budget) UnmarshalText(t []byte) error {
	s := strings.TrimSpace(string(t))
	for i, n := range budgetNames {
		if strings.EqualFold(s, n) {
			*b = Budget(i)
			return nil
		}
	}
	return problem.New(ErrInvalidInput, "budget.unknown", "budget", problem.Clip(s),
		"tidak dikenal; gunakan APBN, APBD atau APBDES", "unknown; use APBN, APBD or APBDES")
}

func timeMonth(m int) time.Month { return time.Month(m) }
