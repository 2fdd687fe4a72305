package village

import (
	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Group is the kind of person a village covers. Each group has its own
// default programs, segment, budget account and funding rules.
//
// The zero Group is invalid. Groups encode as text ("head", "official", ...)
// and also accept the Indonesian names village spreadsheets use
// ("kepala_desa", "perangkat_desa", "rt_rw", "kader", "padat_karya", ...).
type Group uint8

// The groups, in the order reports list them and allocations serve them.
const (
	// Head is the kepala desa (village head).
	Head Group = iota + 1
	// Secretary is the sekretaris desa (village secretary).
	Secretary
	// Official is any other perangkat desa (village official): a head of
	// affairs (kaur), of section (kasi) or of hamlet (kepala dusun).
	Official
	// BPD is a member of the Badan Permusyawaratan Desa (village
	// consultative body).
	BPD
	// Neighbourhood is a head of an RT or RW (rukun tetangga, rukun warga),
	// the smallest units of neighbourhood administration.
	Neighbourhood
	// Community is a community worker paid an honorarium by the village:
	// kader posyandu (health post volunteers), linmas (civil protection),
	// religious teachers and the like.
	Community
	// CashForWork is a worker on a Padat Karya Tunai Desa (village
	// cash-for-work) project.
	CashForWork
	// Informal is another vulnerable informal worker (pekerja rentan):
	// farmers, fishermen, traders and other non-wage (BPU) workers the
	// village chooses to protect.
	Informal
)

// groupInfo is what the package keeps about a group besides its text.
type groupInfo struct {
	// official is employed and paid a siltap by the village government.
	official bool
}

// groups is the table of the groups: their names, their labels for people,
// the other spellings a roster may use (after normalisation: lower case,
// spaces, hyphens and slashes as underscores) and whether each is a village
// official. A group's policy is its package in [DefaultPackages]; the
// group's table test fails when one is missing.
var groups = enum.New(key, []enum.Def[Group, groupInfo]{
	{Value: Head, Code: "head", ID: "Kepala desa", EN: "Village head",
		Aliases: []string{"kepala_desa", "kades", "kepdes", "village_head"}, Info: groupInfo{official: true}},
	{Value: Secretary, Code: "secretary", ID: "Sekretaris desa", EN: "Village secretary",
		Aliases: []string{"sekretaris_desa", "sekdes", "village_secretary"}, Info: groupInfo{official: true}},
	{Value: Official, Code: "official", ID: "Perangkat desa lainnya", EN: "Other village officials",
		Aliases: []string{"perangkat_desa", "perangkat", "officials"}, Info: groupInfo{official: true}},
	{Value: BPD, Code: "bpd", ID: "Anggota BPD", EN: "BPD members",
		Aliases: []string{"anggota_bpd"}},
	{Value: Neighbourhood, Code: "neighbourhood", ID: "Ketua RT/RW", EN: "RT/RW heads",
		Aliases: []string{"rt_rw", "rtrw", "rt", "rw", "ketua_rt", "ketua_rw", "ketua_rt_rw"}},
	{Value: Community, Code: "community", ID: "Kader dan pekerja masyarakat", EN: "Community workers",
		Aliases: []string{"kader", "linmas", "pekerja_masyarakat"}},
	{Value: CashForWork, Code: "cash_for_work", ID: "Pekerja Padat Karya Tunai", EN: "Cash-for-work workers",
		Aliases: []string{"padat_karya", "padat_karya_tunai", "pkt", "pktd"}},
	{Value: Informal, Code: "informal", ID: "Pekerja rentan (BPU)", EN: "Vulnerable informal workers (BPU)",
		Aliases: []string{"pekerja_rentan", "rentan", "bpu", "informal_worker"}},
})

// Groups is every valid group, in order.
var Groups = groups.Values()

// ParseGroup reads a group by its name or one of its Indonesian aliases,
// ignoring case, surrounding spaces, and spaces or hyphens inside.
func ParseGroup(s string) (Group, error) {
	if g, ok := groups.Lookup(s); ok {
		return g, nil
	}
	return 0, problem.New(ErrUnknownGroup, CodeUnknownGroup, "group", s,
		"Tidak dikenal.", "Unknown.")
}

// IsValid reports whether g is one of the defined groups.
func (g Group) IsValid() bool { return groups.Valid(g) }

// IsOfficial reports whether g is the village head, the secretary or another
// village official: the people the village government employs and pays a
// siltap (fixed income).
func (g Group) IsOfficial() bool { return groups.Info(g).official }

// String returns the group's name, such as "head", or "" for an invalid group.
func (g Group) String() string { return groups.Code(g) }

// Label returns the group's name for people, in the given language.
func (g Group) Label(l problem.Lang) string { return groups.Name(g, l) }

// MarshalText encodes the group as its name.
func (g Group) MarshalText() ([]byte, error) {
	if !g.IsValid() {
		return nil, problem.New(ErrUnknownGroup, CodeUnknownGroup, "group", "",
			"Tidak dikenal.", "Unknown.")
	}
	return []byte(g.String()), nil
}

// UnmarshalText decodes a group as [ParseGroup] reads it.
func (g *Group) UnmarshalText(b []byte) error {
	v, err := ParseGroup(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
