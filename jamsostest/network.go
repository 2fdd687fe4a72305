package jamsostest

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// MaxAgents is the most Agen Perisai one network may have.
const MaxAgents = 1_000

// NetworkSpec says what partner network to make.
type NetworkSpec struct {
	// Villages are the desa the network serves; nil takes every desa of
	// one district drawn from the generator's places. A code that is not a
	// desa of the places is an error.
	Villages []region.Code
	// Agents is the number of Agen Perisai, 0 to [MaxAgents]; each is
	// assigned to every district of the villages.
	Agents int
	// Activities is the number of activities, 0 to [MaxItems].
	Activities int
}

// Network is a generated partner network and its activities: the lists
// partner.NewNetwork takes, and activities that partner.Network.Process
// accepts, every one.
type Network struct {
	// Wadahs, Partners and Assignments are the network.
	Wadahs      []partner.Wadah      `json:"wadahs"`
	Partners    []partner.Partner    `json:"partners"`
	Assignments []partner.Assignment `json:"assignments"`
	// Activities are what the partners did, in order of date.
	Activities []partner.Activity `json:"-"`
}

// Build returns the network as partner.NewNetwork builds it.
func (n Network) Build() (*partner.Network, error) {
	return partner.NewNetwork(n.Partners, n.Wadahs, n.Assignments)
}

// WriteJSON writes the network as the document partner.DecodeNetwork
// reads. It carries partners' names and numbers: personal data, though
// made up.
func (n Network) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(n, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Network returns a partner network for the villages and activities its
// partners record in them, all of which are accepted. Each village has
// its head, a Bhabinkamtibmas with a Polri NRP and a Babinsa, assigned
// from before the year; the agents work under one wadah, hold a
// certificate valid through the year and are assigned to the villages'
// districts from 1 January; a branch officer and the regency office are
// assigned to each regency.
//
// The activities fall from 1 January to 30 April of the generator's year,
// so that no agent is idle long enough to be suspended (three months, in
// partner.DefaultParams): socialisation and education events, and
// participants referred (by a pillar of their village), registered (by
// the head or an agent) and then paid for month by month up to April
// (collected by the agent who registered them, or paid by the village
// head), at Rp16,800 a month.
func (g *Generator) Network(spec NetworkSpec) (Network, error) {
	var l problem.List
	l.Add(checkSize("activities", spec.Activities))
	if spec.Agents < 0 || spec.Agents > MaxAgents {
		l.Add(specError("jamsostest.size", "agents", fmt.Sprint(spec.Agents),
			fmt.Sprintf("harus 0 sampai %d", MaxAgents), fmt.Sprintf("must be from 0 to %d", MaxAgents)))
	}
	for i, v := range spec.Villages {
		if !g.places.HasVillage(v) || (v.VillageKind() != region.Desa && v.VillageKind() != region.DesaAdat) {
			l.Add(specError("jamsostest.unknown_village", fmt.Sprintf("villages[%d]", i), v.String(),
				"bukan desa dalam daftar wilayah generator", "not a desa in the generator's list of places"))
		}
	}
	if err := l.Err(); err != nil {
		return Network{}, err
	}
	villages := spec.Villages
	if len(villages) == 0 {
		d := pick(g, g.places.desa).District()
		for _, v := range g.places.villages[d] {
			if v.VillageKind() == region.Desa || v.VillageKind() == region.DesaAdat {
				villages = append(villages, v)
			}
		}
	}
	year := g.year
	jan1 := func(y int) regulation.Date { return regulation.MustDate(y, time.January, 1) }

	var n Network
	person := func(id string, role partner.Role) partner.Partner {
		return partner.Partner{ID: id, Role: role, Name: g.name(pick(g, []membership.Sex{membership.Male, membership.Female}))}
	}
	assign := func(id string, area region.Code, from regulation.Date) {
		n.Assignments = append(n.Assignments, partner.Assignment{Partner: id, Area: area, From: from})
	}
	type pillars struct{ head, bhabin, babinsa string }
	byVillage := make([]pillars, len(villages))
	var districts, regencies []region.Code
	for i, v := range villages {
		c := v.Compact()
		p := pillars{head: "KD-" + c, bhabin: "BHB-" + c, babinsa: "BSA-" + c}
		byVillage[i] = p
		n.Partners = append(n.Partners, person(p.head, partner.VillageHead))
		assign(p.head, v, jan1(year-2))
		bh := person(p.bhabin, partner.Bhabinkamtibmas)
		bh.NRP = partner.MustParseNRP(string(rune('1'+g.intn(9)))+g.digits(7), partner.Polri)
		if g.chance(1, 2) {
			_, bh.Phone, _ = g.Phone(MobileNational)
		}
		n.Partners = append(n.Partners, bh)
		assign(p.bhabin, v, jan1(year-1))
		n.Partners = append(n.Partners, person(p.babinsa, partner.Babinsa))
		assign(p.babinsa, v, jan1(year-1))
		districts = appendNew(districts, v.District())
		regencies = appendNew(regencies, v.Regency())
	}
	if spec.Agents > 0 {
		n.Wadahs = []partner.Wadah{{ID: "W-01", Name: "Koperasi Sejahtera Bersama", Kind: partner.Cooperative}}
	}
	agents := make([]string, spec.Agents)
	for i := range agents {
		id := fmt.Sprintf("AG-%02d", i+1)
		agents[i] = id
		a := person(id, partner.Agent)
		a.Wadah = "W-01"
		a.Certificate = partner.Certificate{
			Number:     partner.MustParseCertificateNumber(fmt.Sprintf("PERISAI/%d/%04d", year-1, i+1)),
			Issued:     jan1(year - 1),
			ValidUntil: regulation.MustDate(year+1, time.December, 31),
		}
		_, a.Phone, _ = g.Phone(MobileNational)
		n.Partners = append(n.Partners, a)
		for _, d := range districts {
			assign(id, d, jan1(year))
		}
	}
	for i, r := range regencies {
		bo := fmt.Sprintf("BPJS-%02d", i+1)
		n.Partners = append(n.Partners, person(bo, partner.BranchOfficer))
		assign(bo, r, jan1(year-1))
		name := "Pemerintah Kabupaten"
		if s, ok := g.places.Name(r); ok {
			name = "Pemerintah " + s
		}
		ro := "PEMDA-" + r.Compact()
		n.Partners = append(n.Partners, partner.Partner{ID: ro, Role: partner.RegencyOffice, Name: name})
		assign(ro, r, jan1(year-1))
	}

	// Activities, from 1 January to 30 April.
	day := func(lo, hi regulation.Date) regulation.Date {
		days := int(hi.Time().Sub(lo.Time()) / (24 * time.Hour))
		return lo.AddDays(g.intn(days + 1))
	}
	first, lastReg, end := jan1(year), regulation.MustDate(year, time.March, 31), regulation.MustDate(year, time.April, 30)
	acts := make([]partner.Activity, 0, spec.Activities)
	add := func(a partner.Activity) bool {
		if len(acts) == spec.Activities {
			return false
		}
		acts = append(acts, a)
		return true
	}
	for round := 0; len(acts) < spec.Activities; round++ {
		vi := g.intn(len(villages))
		v, p := villages[vi], byVillage[vi]
		if round%4 == 0 {
			kind := partner.Socialisation
			if g.chance(1, 3) {
				kind = partner.Education
			}
			who := []string{p.head, p.bhabin, p.babinsa}
			who = append(who, agents...)
			add(partner.Activity{Kind: kind, Date: day(first, end), Partner: pick(g, who), Village: v, Attendance: g.between(10, 150)})
			continue
		}
		nik, err := g.NIK(NIKSpec{District: v.District()})
		if err != nil {
			return Network{}, err
		}
		reg := day(first, lastReg)
		if g.chance(1, 2) {
			ref := day(first, reg)
			if !add(partner.Activity{Kind: partner.Referral, Date: ref, Partner: pick(g, []string{p.head, p.bhabin, p.babinsa}), Village: v, Participant: nik}) {
				break
			}
		}
		registrar := p.head
		if len(agents) > 0 && g.chance(2, 3) {
			registrar = pick(g, agents)
		}
		if !add(partner.Activity{Kind: partner.Registration, Date: reg, Partner: registrar, Village: v, Participant: nik}) {
			break
		}
		for m := reg.ContributionMonth(); !m.After(end.ContributionMonth()); m = m.Add(1) {
			on := reg
			if m != reg.ContributionMonth() {
				on = day(m.FirstDay(), m.LastDay())
			}
			a := partner.Activity{Kind: partner.Payment, Date: on, Partner: p.head, Village: v, Participant: nik,
				Amount: decimal.NewFromInt(16_800), Month: m}
			if registrar != p.head {
				a.Kind, a.Partner = partner.Collection, registrar
			}
			if !add(a) {
				break
			}
		}
	}
	slices.SortStableFunc(acts, func(a, b partner.Activity) int { return a.Date.Compare(b.Date) })
	n.Activities = acts
	return n, nil
}

// appendNew appends c unless it is already in cs.
func appendNew(cs []region.Code, c region.Code) []region.Code {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

// activityColumns are the columns [WriteActivitiesCSV] writes.
var activityColumns = []string{"kind", "date", "partner", "village", "participant", "attendance", "amount", "month"}

// WriteActivitiesCSV writes activities as a CSV file that
// partner.ReadActivitiesCSV reads back: the canonical column names, dates
// as "2026-01-12", amounts in plain rupiah, empty cells for fields an
// activity's kind does not carry. It carries full NIKs.
func WriteActivitiesCSV(w io.Writer, acts []partner.Activity) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(activityColumns); err != nil {
		return err
	}
	for _, a := range acts {
		att, amount := "", ""
		if a.Attendance != 0 {
			att = strconv.Itoa(a.Attendance)
		}
		if !a.Amount.IsZero() {
			amount = a.Amount.String()
		}
		if err := cw.Write([]string{a.Kind.String(), a.Date.String(), a.Partner, a.Village.String(),
			a.Participant.Digits(), att, amount, a.Month.String()}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteActivitiesJSON writes activities as the JSON array
// partner.ReadActivitiesJSON reads, one activity on each line.
func WriteActivitiesJSON(w io.Writer, acts []partner.Activity) error {
	return writeLines(w, len(acts), func(i int) any { a := acts[i]; a.Line = 0; return a })
}
