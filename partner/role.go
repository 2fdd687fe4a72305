package partner

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
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

// roleInfo is what the package keeps about a role besides its text.
type roleInfo struct {
	// pillar is one of the three pillars of a village (tiga pilar desa).
	pillar bool
}

// roles is the table of the roles: their codes, names, the Indonesian and
// short names ParseRole accepts, and whether each is a pillar of the
// village. A role's capability policy is its timeline in [DefaultParams]
// ("capabilities." and the code in lower case); the role's table test
// fails when one is missing.
var roles = enum.New(codeKey, []enum.Def[Role, roleInfo]{
	{Value: VillageHead, Code: "VILLAGE_HEAD", ID: "kepala desa", EN: "village head",
		Aliases: []string{"KEPALA_DESA", "KADES"}, Info: roleInfo{pillar: true}},
	{Value: VillageOfficial, Code: "VILLAGE_OFFICIAL", ID: "perangkat desa", EN: "village official",
		Aliases: []string{"PERANGKAT_DESA"}},
	{Value: Bhabinkamtibmas, Code: "BHABINKAMTIBMAS", ID: "Bhabinkamtibmas (Polri)", EN: "Bhabinkamtibmas (police)",
		Aliases: []string{"BHABIN"}, Info: roleInfo{pillar: true}},
	{Value: Babinsa, Code: "BABINSA", ID: "Babinsa (TNI)", EN: "Babinsa (army)", Info: roleInfo{pillar: true}},
	{Value: Agent, Code: "AGEN_PERISAI", ID: "Agen Perisai", EN: "Agen Perisai (agent)",
		Aliases: []string{"AGENT", "AGEN"}},
	{Value: BranchOfficer, Code: "BRANCH_OFFICER", ID: "petugas kantor cabang BPJS Ketenagakerjaan", EN: "BPJS Ketenagakerjaan branch officer",
		Aliases: []string{"PETUGAS_CABANG"}},
	{Value: RegencyOffice, Code: "REGENCY_OFFICE", ID: "pemerintah kabupaten/kota", EN: "regency government office",
		Aliases: []string{"PEMKAB", "PEMDA"}},
	{Value: CollectionPartner, Code: "COLLECTION_PARTNER", ID: "mitra pemungut iuran", EN: "collection partner",
		Aliases: []string{"MITRA_PEMUNGUT", "MITRA_PEMBAYARAN"}},
})

// Roles returns every role in order.
func Roles() []Role { return roles.Values() }

// ParseRole reads a role code such as "BHABINKAMTIBMAS" or "AGEN_PERISAI",
// ignoring case and surrounding spaces; spaces and hyphens count as
// underscores. It also accepts common Indonesian names: "kepala desa",
// "kades", "perangkat desa", "agen", "petugas cabang", "pemkab".
func ParseRole(s string) (Role, error) {
	if r, ok := roles.Lookup(s); ok {
		return r, nil
	}
	return 0, problem.New(ErrUnknownRole, "role.unknown", "role", problem.Clip(s),
		"tidak dikenal", "unknown")
}

// IsValid reports whether r is one of the roles.
func (r Role) IsValid() bool { return roles.Valid(r) }

// String returns the role's code, such as "BABINSA", or "" when invalid.
func (r Role) String() string { return roles.Code(r) }

// Name returns the role's name in the given language.
func (r Role) Name(l problem.Lang) string {
	if !r.IsValid() {
		return fmt.Sprintf("Role(%d)", uint8(r))
	}
	return roles.Name(r, l)
}

// MarshalText encodes the role as its code.
func (r Role) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, problem.New(ErrUnknownRole, "role.unknown", "role", fmt.Sprint(uint8(r)),
			"tidak dikenal", "unknown")
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
func (r Role) pillar() bool { return roles.Info(r).pillar }

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
