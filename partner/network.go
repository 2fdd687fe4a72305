package partner

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Assignment puts a partner in charge of an area for a period: a village
// head over their desa, a Bhabinkamtibmas over the villages they are posted
// to, an Agen Perisai over the villages their assignment letter names, a
// branch officer or a regency office over a regency. A partner may only act
// in an area it is assigned to on the day it acts.
type Assignment struct {
	// Partner is the ID of the partner assigned.
	Partner string `json:"partner"`
	// Area is a Kemendagri area code at any level: the assignment covers
	// every village within it. A village head or official is assigned to a
	// desa (or desa adat).
	Area region.Code `json:"area"`
	// From is the first day of the assignment.
	From regulation.Date `json:"from"`
	// Until is the last day, included; the zero Date means open-ended.
	Until regulation.Date `json:"until,omitzero"`
	// Letter is the number of the assignment letter (surat tugas or surat
	// keputusan), if any.
	Letter string `json:"letter,omitempty"`
}

// Covers reports whether the assignment covers area on day on.
func (a Assignment) Covers(area region.Code, on regulation.Date) bool {
	return a.Area.Contains(area) && !on.Before(a.From) && (a.Until.IsZero() || !on.After(a.Until))
}

// Network is the partners of an area, the wadah organisations of its agents
// and the assignments of partners to areas, checked together. It is built
// once, by [NewNetwork] or [DecodeNetwork], and immutable afterwards: it is
// safe for concurrent use.
type Network struct {
	partners    []Partner // sorted by ID
	wadahs      []Wadah   // sorted by ID
	assignments []Assignment
	index       map[string]int          // partner ID → position in partners
	byPartner   map[string][]Assignment // partner ID → its assignments, by From
	agentsOf    map[string][]string     // wadah ID → IDs of its agents, sorted
	wadahIndex  map[string]int          // wadah ID → position in wadahs
}

// NewNetwork checks partners, wadahs and assignments and builds a Network.
// Besides each record's own checks ([Partner.Validate], [Wadah.Validate])
// it checks that:
//
//   - no partner ID and no wadah ID is given twice ([ErrDuplicate]);
//   - every agent's wadah exists;
//   - every assignment names a known partner ([ErrUnknownPartner]), a valid
//     area and a first day, ends no earlier than it starts, and puts a
//     village head or official in a desa or desa adat.
//
// Every problem is reported at once, as a problem.List whose fields are
// indexed like the input ("partners[3].nrp", "assignments[0].area").
func NewNetwork(partners []Partner, wadahs []Wadah, assignments []Assignment) (*Network, error) {
	n := &Network{
		index:      make(map[string]int, len(partners)),
		byPartner:  make(map[string][]Assignment),
		agentsOf:   make(map[string][]string),
		wadahIndex: make(map[string]int, len(wadahs)),
	}
	var l problem.List

	seenW := make(map[string]int)
	for i, w := range wadahs {
		f := fmt.Sprintf("wadahs[%d]", i)
		l.AddField(f, w.Validate())
		if at, dup := seenW[w.ID]; dup && w.ID != "" {
			l.Add(duplicate(f+".id", w.ID, fmt.Sprintf("wadahs[%d]", at)))
			continue
		}
		seenW[w.ID] = i
		n.wadahs = append(n.wadahs, w)
	}

	seenP := make(map[string]int)
	for i, p := range partners {
		f := fmt.Sprintf("partners[%d]", i)
		l.AddField(f, p.Validate())
		if at, dup := seenP[p.ID]; dup && p.ID != "" {
			l.Add(duplicate(f+".id", p.ID, fmt.Sprintf("partners[%d]", at)))
			continue
		}
		seenP[p.ID] = i
		if p.Role == Agent && p.Wadah != "" {
			if _, ok := seenW[p.Wadah]; !ok {
				l.Add(partnerError("partner.unknown_wadah", f+".wadah", p.Wadah,
					"tidak ada dalam daftar wadah", "not in the list of wadahs"))
			}
		}
		n.partners = append(n.partners, p)
	}

	for i, a := range assignments {
		f := fmt.Sprintf("assignments[%d]", i)
		l.AddField(f, a.check(partners, seenP))
		n.assignments = append(n.assignments, a)
	}
	if err := l.Err(); err != nil {
		return nil, err
	}

	slices.SortFunc(n.partners, func(a, b Partner) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(n.wadahs, func(a, b Wadah) int { return strings.Compare(a.ID, b.ID) })
	for i, p := range n.partners {
		n.index[p.ID] = i
		if p.Role == Agent {
			n.agentsOf[p.Wadah] = append(n.agentsOf[p.Wadah], p.ID)
		}
	}
	for i, w := range n.wadahs {
		n.wadahIndex[w.ID] = i
	}
	slices.SortStableFunc(n.assignments, compareAssignments)
	for _, a := range n.assignments {
		n.byPartner[a.Partner] = append(n.byPartner[a.Partner], a)
	}
	return n, nil
}

func compareAssignments(a, b Assignment) int {
	if c := strings.Compare(a.Partner, b.Partner); c != 0 {
		return c
	}
	if c := a.From.Compare(b.From); c != 0 {
		return c
	}
	return a.Area.Compare(b.Area)
}

// check reports what is wrong with an assignment on its own and against the
// partners it may name.
func (a Assignment) check(partners []Partner, index map[string]int) error {
	var l problem.List
	at, known := index[a.Partner]
	switch {
	case a.Partner == "":
		l.Add(partnerError("assignment.partner_required", "partner", "", "wajib diisi", "is required"))
	case !known:
		l.Add(problem.New(ErrUnknownPartner, "partner.unknown", "partner", problem.Clip(a.Partner),
			"tidak ada dalam daftar mitra", "not in the list of partners"))
	}
	switch {
	case !a.Area.IsValid():
		l.Add(partnerError("assignment.area_required", "area", "", "wajib diisi", "is required"))
	case known && (partners[at].Role == VillageHead || partners[at].Role == VillageOfficial) &&
		a.Area.VillageKind() != region.Desa && a.Area.VillageKind() != region.DesaAdat:
		l.Add(partnerError("assignment.area_level", "area", a.Area.String(),
			"kepala desa dan perangkat desa ditugaskan pada satu desa", "a village head or official is assigned to one desa"))
	}
	if a.From.IsZero() {
		l.Add(partnerError("assignment.from_required", "from", "", "tanggal mulai tugas wajib diisi", "the first day is required"))
	} else if !a.Until.IsZero() && a.Until.Before(a.From) {
		l.Add(partnerError("assignment.order", "until", a.Until.String(),
			"tugas berakhir sebelum dimulai", "the assignment ends before it starts"))
	}
	if len(a.Letter) > 100 || !isPrintable(a.Letter) {
		l.Add(partnerError("assignment.letter", "letter", problem.Clip(a.Letter),
			"paling panjang 100 karakter tanpa karakter kendali",
			"has at most 100 characters and no control characters"))
	}
	return l.Err()
}

func duplicate(field, id, first string) *problem.Error {
	return problem.New(ErrDuplicate, "partner.duplicate", field, id,
		"kode sudah dipakai di "+first, "the identifier is already used at "+first)
}

// Partner returns the partner with the given ID.
func (n *Network) Partner(id string) (Partner, bool) {
	i, ok := n.index[id]
	if !ok {
		return Partner{}, false
	}
	return n.partners[i], true
}

// Partners returns every partner, sorted by ID. The slice is a copy.
func (n *Network) Partners() []Partner { return slices.Clone(n.partners) }

// Wadah returns the wadah with the given ID.
func (n *Network) Wadah(id string) (Wadah, bool) {
	i, ok := n.wadahIndex[id]
	if !ok {
		return Wadah{}, false
	}
	return n.wadahs[i], true
}

// Wadahs returns every wadah, sorted by ID. The slice is a copy.
func (n *Network) Wadahs() []Wadah { return slices.Clone(n.wadahs) }

// Agents returns the IDs of the agents of wadah w, sorted.
func (n *Network) Agents(w string) []string { return slices.Clone(n.agentsOf[w]) }

// Assignments returns every assignment, sorted by partner ID, then first
// day, then area. The slice is a copy.
func (n *Network) Assignments() []Assignment { return slices.Clone(n.assignments) }

// AssignmentsOf returns the assignments of the partner with the given ID, by
// first day.
func (n *Network) AssignmentsOf(id string) []Assignment { return slices.Clone(n.byPartner[id]) }

// Assigned reports whether partner id is assigned to an area that contains
// village on day on.
func (n *Network) Assigned(id string, village region.Code, on regulation.Date) bool {
	for _, a := range n.byPartner[id] {
		if a.Covers(village, on) {
			return true
		}
	}
	return false
}

// Pillars are the three pillars of a village on a day — its head, its
// Bhabinkamtibmas and its Babinsa — as the IDs of the partners assigned,
// and the pillars it lacks. A kelurahan has no kepala desa (its lurah is a
// civil servant of the regency), so a missing head is not reported for one.
type Pillars struct {
	// Village is the village's area code.
	Village region.Code `json:"village"`
	// Head, Bhabinkamtibmas and Babinsa are the IDs of the partners in each
	// pillar, sorted; usually one each.
	Head            []string `json:"head"`
	Bhabinkamtibmas []string `json:"bhabinkamtibmas"`
	Babinsa         []string `json:"babinsa"`
	// Missing are the roles of the pillars the village lacks.
	Missing []Role `json:"missing,omitempty"`
}

// Complete reports whether the village has all the pillars it needs.
func (p Pillars) Complete() bool { return len(p.Missing) == 0 }

// Pillars returns the pillars of each village on day on, in the order given.
// A partner counts for a village when one of its assignments covers it on
// that day.
func (n *Network) Pillars(villages []region.Code, on regulation.Date) []Pillars {
	out := make([]Pillars, 0, len(villages))
	for _, v := range villages {
		p := Pillars{Village: v, Head: []string{}, Bhabinkamtibmas: []string{}, Babinsa: []string{}}
		for _, q := range n.partners {
			if !q.Role.pillar() || !n.Assigned(q.ID, v, on) {
				continue
			}
			switch q.Role {
			case VillageHead:
				p.Head = append(p.Head, q.ID)
			case Bhabinkamtibmas:
				p.Bhabinkamtibmas = append(p.Bhabinkamtibmas, q.ID)
			case Babinsa:
				p.Babinsa = append(p.Babinsa, q.ID)
			}
		}
		if len(p.Head) == 0 && v.VillageKind() != region.Kelurahan {
			p.Missing = append(p.Missing, VillageHead)
		}
		if len(p.Bhabinkamtibmas) == 0 {
			p.Missing = append(p.Missing, Bhabinkamtibmas)
		}
		if len(p.Babinsa) == 0 {
			p.Missing = append(p.Missing, Babinsa)
		}
		out = append(out, p)
	}
	return out
}

// MissingPillars returns the pillars of the villages that lack at least one,
// in the order given.
func (n *Network) MissingPillars(villages []region.Code, on regulation.Date) []Pillars {
	var out []Pillars
	for _, p := range n.Pillars(villages, on) {
		if !p.Complete() {
			out = append(out, p)
		}
	}
	return out
}

// networkDoc is the JSON form of a Network.
type networkDoc struct {
	Wadahs      []Wadah      `json:"wadahs"`
	Partners    []Partner    `json:"partners"`
	Assignments []Assignment `json:"assignments"`
}

// DecodeNetwork reads a network from a JSON document with three lists,
// strictly (an unknown field is an error):
//
//	{"wadahs": [{"id": "W1", "name": "Koperasi Maju", "kind": "COOPERATIVE"}],
//	 "partners": [{"id": "AG-01", "role": "AGEN_PERISAI", "name": "…", "wadah": "W1",
//	               "certificate": {"number": "…", "issued": "2025-01-06", "valid_until": "2028-01-05"}}],
//	 "assignments": [{"partner": "AG-01", "area": "32.16.01", "from": "2025-01-06"}]}
//
// and builds it with [NewNetwork]. A leading UTF-8 byte order mark is
// ignored.
//
// A document that is not JSON is an error wrapping [ErrMalformedInput] at
// the line where reading stopped ("line[7]"). Otherwise each element of
// each list is read on its own, and every element that cannot be read is
// reported, with its position and field ("partners[3].nrp"): an unknown
// field, a value of the wrong type, or a value its field refuses (an NRP
// of the wrong length wraps [ErrInvalidNRP], an unknown role
// [ErrUnknownRole]). When every element reads, the checks of NewNetwork
// come as its problem.List.
func DecodeNetwork(r io.Reader) (*Network, error) {
	data, err := readInput(r, "network")
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	var doc struct {
		Wadahs      []json.RawMessage `json:"wadahs"`
		Partners    []json.RawMessage `json:"partners"`
		Assignments []json.RawMessage `json:"assignments"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	o := jsonerr.Options{Sentinel: ErrMalformedInput, Data: data}
	if err := dec.Decode(&doc); err != nil {
		o.Offset = dec.InputOffset()
		return nil, jsonerr.Problem(err, o)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, problem.List{jsonerr.TrailingData(o, dec.InputOffset())}
	}
	var l problem.List
	wadahs := decodeEach[Wadah](doc.Wadahs, "wadahs", &l)
	partners := decodeEach[Partner](doc.Partners, "partners", &l)
	assignments := decodeEach[Assignment](doc.Assignments, "assignments", &l)
	if err := l.Err(); err != nil {
		return nil, err
	}
	return NewNetwork(partners, wadahs, assignments)
}

// decodeEach decodes every element of a list of the network document,
// strictly, reporting each one that cannot be read under its position
// ("partners[3]").
func decodeEach[T any](raw []json.RawMessage, list string, l *problem.List) []T {
	out := make([]T, len(raw))
	for i, r := range raw {
		at := fmt.Sprintf("%s[%d]", list, i)
		dec := json.NewDecoder(bytes.NewReader(r))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&out[i]); err != nil {
			l.Add(jsonerr.Problem(err, jsonerr.Options{Sentinel: ErrMalformedInput, At: at}))
		}
	}
	return out
}

// MarshalJSON encodes the network as the document [DecodeNetwork] reads. It
// carries partners' names and numbers in full: it is personal data.
func (n *Network) MarshalJSON() ([]byte, error) {
	return json.Marshal(networkDoc{Wadahs: n.wadahs, Partners: n.partners, Assignments: n.assignments})
}

const bom = "\uFEFF"

func malformed(code problem.Code, field, id, en string) *problem.Error {
	return problem.New(ErrMalformedInput, code, field, "", id, en)
}
