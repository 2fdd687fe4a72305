package partner

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// Role is what a partner is to the villages it works with. It decides what
// the partner may do (through the role policy of [Params]) and which
// identifiers it carries. The zero Role is invalid.
type Role uint8

// The roles, in the order reports list them.
const (
	// VillageHead is the kepala desa, the elected head of a desa and one of
	// the three pillars of the village.
	VillageHead Role = iota + 1
	// VillageOfficial is a perangkat desa: the village secretary or another
	// official paid a siltap from the village budget.
	VillageOfficial
	// Bhabinkamtibmas (Bhayangkara Pembina Keamanan dan Ketertiban
	// Masyarakat) is the community police officer of Polri posted to a
	// village or kelurahan, one of the three pillars. Carries a Polri NRP.
	Bhabinkamtibmas
	// Babinsa (Bintara Pembina Desa) is the army (TNI) non-commissioned
	// officer posted to a village, one of the three pillars. May carry a TNI
	// NRP.
	Babinsa
	// Agent is an Agen Perisai (Penggerak Jaminan Sosial Indonesia): a
	// trained and certified agent working under a wadah organisation that has
	// a cooperation agreement with the BPJS Ketenagakerjaan branch.
	Agent
	// BranchOfficer is an officer of the BPJS Ketenagakerjaan branch office
	// (kantor cabang) that serves the area.
	BranchOfficer
	// RegencyOffice is the regency or city government (Pemkab or Pemkot),
	// usually its manpower office, which signs cooperation agreements and pays
	// for vulnerable workers and officials from its budget (APBD).
	RegencyOffice
	// CollectionPartner is an organisation that collects contributions for
	// BPJS Ketenagakerjaan: a bank, a village-owned enterprise (BUMDes).
	CollectionPartner
)

const roleCount = int(CollectionPartner)

var roleCodes = [...]string{
	VillageHead:       "VILLAGE_HEAD",
	VillageOfficial:   "VILLAGE_OFFICIAL",
	Bhabinkamtibmas:   "BHABINKAMTIBMAS",
	Babinsa:           "BABINSA",
	Agent:             "AGEN_PERISAI",
	BranchOfficer:     "BRANCH_OFFICER",
	RegencyOffice:     "REGENCY_OFFICE",
	CollectionPartner: "COLLECTION_PARTNER",
}

// roleAliases are the Indonesian and short names ParseRole accepts besides
// the codes.
var roleAliases = map[string]Role{
	"KEPALA_DESA":      VillageHead,
	"KADES":            VillageHead,
	"PERANGKAT_DESA":   VillageOfficial,
	"BHABIN":           Bhabinkamtibmas,
	"AGENT":            Agent,
	"AGEN":             Agent,
	"PETUGAS_CABANG":   BranchOfficer,
	"PEMKAB":           RegencyOffice,
	"PEMDA":            RegencyOffice,
	"MITRA_PEMUNGUT":   CollectionPartner,
	"MITRA_PEMBAYARAN": CollectionPartner,
}

var roleNames = [...][2]string{
	VillageHead:       {"kepala desa", "village head"},
	VillageOfficial:   {"perangkat desa", "village official"},
	Bhabinkamtibmas:   {"Bhabinkamtibmas (Polri)", "Bhabinkamtibmas (police)"},
	Babinsa:           {"Babinsa (TNI)", "Babinsa (army)"},
	Agent:             {"Agen Perisai", "Agen Perisai (agent)"},
	BranchOfficer:     {"petugas kantor cabang BPJS Ketenagakerjaan", "BPJS Ketenagakerjaan branch officer"},
	RegencyOffice:     {"pemerintah kabupaten/kota", "regency government office"},
	CollectionPartner: {"mitra pemungut iuran", "collection partner"},
}

// Roles returns every role in order.
func Roles() []Role {
	out := make([]Role, 0, roleCount)
	for r := VillageHead; r <= CollectionPartner; r++ {
		out = append(out, r)
	}
	return out
}

// ParseRole reads a role code such as "BHABINKAMTIBMAS" or "AGEN_PERISAI",
// ignoring case and surrounding spaces; spaces and hyphens count as
// underscores. It also accepts common Indonesian names: "kepala desa",
// "kades", "perangkat desa", "agen", "petugas cabang", "pemkab".
func ParseRole(s string) (Role, error) {
	key := codeKey(s)
	for r, c := range roleCodes {
		if c != "" && c == key {
			return Role(r), nil
		}
	}
	if r, ok := roleAliases[key]; ok {
		return r, nil
	}
	return 0, problem.New(ErrUnknownRole, "role.unknown", "role", problem.Clip(s),
		"peran tidak dikenal", "unknown role")
}

// IsValid reports whether r is one of the roles.
func (r Role) IsValid() bool { return r >= VillageHead && r <= CollectionPartner }

// String returns the role's code, such as "BABINSA", or "" when invalid.
func (r Role) String() string {
	if !r.IsValid() {
		return ""
	}
	return roleCodes[r]
}

// Name returns the role's name in the given language.
func (r Role) Name(l problem.Lang) string {
	if !r.IsValid() {
		return fmt.Sprintf("Role(%d)", uint8(r))
	}
	if l == problem.English {
		return roleNames[r][1]
	}
	return roleNames[r][0]
}

// MarshalText encodes the role as its code.
func (r Role) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, problem.New(ErrUnknownRole, "role.unknown", "role", fmt.Sprint(uint8(r)),
			"peran tidak dikenal", "unknown role")
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a role as [ParseRole] reads it.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := ParseRole(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// param returns the name of the role's capability parameter,
// "capabilities.bhabinkamtibmas".
func (r Role) param() string { return "capabilities." + strings.ToLower(r.String()) }

// pillar reports whether the role is one of the three pillars of a village.
func (r Role) pillar() bool {
	return r == VillageHead || r == Bhabinkamtibmas || r == Babinsa
}

// codeKey brings a code to the form the code tables use: trimmed, upper case,
// with spaces and hyphens as underscores.
func codeKey(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return '_'
		}
		return r
	}, s)
}
