package village

import (
	"strings"

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

// Groups is every valid group, in order.
var Groups = []Group{Head, Secretary, Official, BPD, Neighbourhood, Community, CashForWork, Informal}

var groupNames = [...]string{"", "head", "secretary", "official", "bpd", "neighbourhood", "community", "cash_for_work", "informal"}

var groupLabels = [...][2]string{
	{"", ""},
	{"Kepala desa", "Village head"},
	{"Sekretaris desa", "Village secretary"},
	{"Perangkat desa lainnya", "Other village officials"},
	{"Anggota BPD", "BPD members"},
	{"Ketua RT/RW", "RT/RW heads"},
	{"Kader dan pekerja masyarakat", "Community workers"},
	{"Pekerja Padat Karya Tunai", "Cash-for-work workers"},
	{"Pekerja rentan (BPU)", "Vulnerable informal workers (BPU)"},
}

// groupAliases are the other spellings a roster may use, after
// normalisation (lower case, spaces and hyphens as underscores).
var groupAliases = map[string]Group{
	"kepala_desa": Head, "kades": Head, "kepdes": Head, "village_head": Head,
	"sekretaris_desa": Secretary, "sekdes": Secretary, "village_secretary": Secretary,
	"perangkat_desa": Official, "perangkat": Official, "officials": Official,
	"anggota_bpd": BPD,
	"rt_rw":       Neighbourhood, "rtrw": Neighbourhood, "rt": Neighbourhood, "rw": Neighbourhood,
	"ketua_rt": Neighbourhood, "ketua_rw": Neighbourhood, "ketua_rt_rw": Neighbourhood,
	"kader": Community, "linmas": Community, "pekerja_masyarakat": Community,
	"padat_karya": CashForWork, "padat_karya_tunai": CashForWork, "pkt": CashForWork, "pktd": CashForWork,
	"pekerja_rentan": Informal, "rentan": Informal, "bpu": Informal, "informal_worker": Informal,
}

// ParseGroup reads a group by its name or one of its Indonesian aliases,
// ignoring case, surrounding spaces, and spaces or hyphens inside.
func ParseGroup(s string) (Group, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	k = strings.NewReplacer(" ", "_", "-", "_", "/", "_").Replace(k)
	for g := Head; g <= Informal; g++ {
		if k == groupNames[g] {
			return g, nil
		}
	}
	if g, ok := groupAliases[k]; ok {
		return g, nil
	}
	return 0, problem.New(ErrUnknownGroup, CodeUnknownGroup, "group", s,
		"Kelompok tidak dikenal.", "Unknown group.")
}

// IsValid reports whether g is one of the defined groups.
func (g Group) IsValid() bool { return g >= Head && g <= Informal }

// IsOfficial reports whether g is the village head, the secretary or another
// village official: the people the village government employs and pays a
// siltap (fixed income).
func (g Group) IsOfficial() bool { return g >= Head && g <= Official }

// String returns the group's name, such as "head", or "" for an invalid group.
func (g Group) String() string {
	if !g.IsValid() {
		return ""
	}
	return groupNames[g]
}

// Label returns the group's name for people, in the given language.
func (g Group) Label(l problem.Lang) string {
	if !g.IsValid() {
		return ""
	}
	if l == problem.English {
		return groupLabels[g][1]
	}
	return groupLabels[g][0]
}

// MarshalText encodes the group as its name.
func (g Group) MarshalText() ([]byte, error) {
	if !g.IsValid() {
		return nil, problem.New(ErrUnknownGroup, CodeUnknownGroup, "group", "",
			"Kelompok tidak dikenal.", "Unknown group.")
	}
	return []byte(groupNames[g]), nil
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
