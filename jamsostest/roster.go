package jamsostest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// RosterSpec says what village roster to make.
type RosterSpec struct {
	// Village is the desa the roster is for; zero draws one of the
	// generator's places. A code that is not a desa (or desa adat) of the
	// places is an error.
	Village region.Code
	// Size is the number of enrolments, 0 to [MaxItems].
	Size int
	// Groups are the groups to draw from, each equally likely; nil gives a
	// village's mix: the head and the secretary first, then about 7%
	// other officials, 5% BPD members, 10% RT/RW heads, 5% community
	// workers, 10% cash-for-work workers and 63% vulnerable workers.
	Groups []village.Group
	// Sources are the funding sources to draw from. For each enrolment
	// only those the default funding policy (village.DefaultParams) allows
	// for its group in the year are drawn; a group none of them may pay for
	// is an error. Nil leaves each enrolment's source empty (its group's),
	// except where the policy does not allow the group's default in the
	// year (Dana Desa before 2026 for cash-for-work), where it is ADD.
	Sources []village.Source
	// Sectors are the sectors to draw from for enrolments outside the
	// officials (nil leaves them OTHER).
	Sectors []contribution.Sector
}

// Roster is a generated roster: a village, a fiscal year and its
// enrolments.
type Roster struct {
	// Village is the desa.
	Village region.Code
	// Year is the fiscal year.
	Year int
	// Enrolments are the roster's lines.
	Enrolments []village.Enrolment
}

// Request returns the roster as a plan request without ceilings.
func (r Roster) Request() village.Request {
	return village.Request{Village: r.Village, Year: r.Year, Roster: r.Enrolments}
}

// ParticipantMonths counts the months of a year's enrolments, as a plan
// of that year bills them: an enrolment without From starts in January and
// one without To ends in December. It is the size of the work a roster
// gives a planner, for benchmarks and rates.
func ParticipantMonths(es []village.Enrolment) int {
	n := 0
	for _, e := range es {
		from, to := 1, 12
		if !e.From.IsZero() {
			from = int(e.From.Month())
		}
		if !e.To.IsZero() {
			to = int(e.To.Month())
		}
		n += to - from + 1
	}
	return n
}

// Roster returns a roster that a village.Planner with the default
// parameters and options plans without an error or a warning: every NIK
// different and issued in the village's district, officials with a siltap
// at or above the minimum in force, cash-for-work workers for three
// months, sources the funding policy allows. Some officials and workers add
// JHT, some officials' share is paid by the village, and people outside
// the officials carry a rank from 0 to 5.
func (g *Generator) Roster(spec RosterSpec) (Roster, error) {
	var l problem.List
	l.Add(checkSize("size", spec.Size))
	switch {
	case !spec.Village.IsValid():
		spec.Village = pick(g, g.places.desa)
	case !g.places.HasVillage(spec.Village):
		l.Add(specError("jamsostest.unknown_village", "village", spec.Village.String(),
			"tidak ada dalam daftar wilayah generator", "not in the generator's list of places"))
	case spec.Village.VillageKind() != region.Desa && spec.Village.VillageKind() != region.DesaAdat:
		l.Add(specError("jamsostest.not_desa", "village", spec.Village.String(),
			"harus desa, bukan kelurahan: roster desa memerlukannya", "must be a desa, not a kelurahan: a village roster needs one"))
	}
	for i, gr := range spec.Groups {
		if !gr.IsValid() {
			l.Add(specError("jamsostest.group", fmt.Sprintf("groups[%d]", i), fmt.Sprint(uint8(gr)), "tidak dikenal", "unknown"))
		}
	}
	for i, s := range spec.Sources {
		if !s.IsValid() {
			l.Add(specError("jamsostest.source", fmt.Sprintf("sources[%d]", i), fmt.Sprint(uint8(s)), "tidak dikenal", "unknown"))
		}
	}
	for i, s := range spec.Sectors {
		if s.String() == "" {
			l.Add(specError("jamsostest.sector", fmt.Sprintf("sectors[%d]", i), fmt.Sprint(uint8(s)), "tidak dikenal", "unknown"))
		}
	}
	if err := l.Err(); err != nil {
		return Roster{}, err
	}
	params := village.DefaultParams()
	pkgs := village.DefaultPackages()
	// The sources each group may be given, in the order of spec.Sources.
	allowed := map[village.Group][]village.Source{}
	for _, gr := range village.Groups {
		cands := spec.Sources
		if cands == nil {
			cands = []village.Source{pkgs[gr].Source, village.ADD}
		}
		for _, s := range cands {
			if t := params.Funding[s]; t != nil {
				if e, ok := t.Find(g.first); ok && e.Value.Has(gr) {
					allowed[gr] = append(allowed[gr], s)
				}
			}
		}
		if spec.Sources == nil && len(allowed[gr]) > 0 {
			allowed[gr] = allowed[gr][:1]
		}
	}
	groups := spec.Groups
	r := Roster{Village: spec.Village, Year: g.year, Enrolments: make([]village.Enrolment, 0, spec.Size)}
	for i := range spec.Size {
		var gr village.Group
		switch {
		case groups != nil:
			gr = pick(g, groups)
		case i == 0:
			gr = village.Head
		case i == 1:
			gr = village.Secretary
		default:
			gr = villageMix(g.intn(100))
		}
		if len(allowed[gr]) == 0 {
			return Roster{}, specError("jamsostest.no_source", "sources", gr.String(),
				fmt.Sprintf("tidak ada yang boleh membiayai kelompok %s pada %d", gr, g.year),
				fmt.Sprintf("none of the sources given may pay for group %s in %d", gr, g.year))
		}
		e, err := g.enrolment(spec, gr, allowed[gr], pkgs[gr], params)
		if err != nil {
			return Roster{}, err
		}
		r.Enrolments = append(r.Enrolments, e)
	}
	return r, nil
}

// villageMix maps a number from 0 to 99 to a group in the proportions of
// the default mix (the head and secretary aside).
func villageMix(n int) village.Group {
	switch {
	case n < 7:
		return village.Official
	case n < 12:
		return village.BPD
	case n < 22:
		return village.Neighbourhood
	case n < 27:
		return village.Community
	case n < 37:
		return village.CashForWork
	}
	return village.Informal
}

func (g *Generator) enrolment(spec RosterSpec, gr village.Group, sources []village.Source, pkg village.Package, params village.Params) (village.Enrolment, error) {
	nik, err := g.NIK(NIKSpec{District: spec.Village.District()})
	if err != nil {
		return village.Enrolment{}, err
	}
	e := village.Enrolment{NIK: nik, Name: g.name(nik.Sex()), Group: gr}
	if spec.Sources != nil || sources[0] != pkg.Source {
		e.Source = pick(g, sources)
	}
	if pkg.Segment == membership.PU {
		min := decimal.NewFromInt(2_000_000)
		if ent, ok := params.Siltap.Find(g.first); ok {
			if m, ok := ent.Value.For(gr); ok {
				min = m
			}
		}
		e.Wage = min.Add(decimal.NewFromInt(int64(g.intn(51)) * 10_000))
		if g.chance(1, 4) {
			e.Programs = pkg.Programs.With(membership.JHT)
		}
		if g.chance(1, 5) {
			e.WorkerShare = village.EmployerPays
		}
		return e, nil
	}
	if g.chance(1, 5) {
		e.Programs = pkg.Programs.With(membership.JHT)
	}
	switch {
	case gr == village.CashForWork:
		from := g.between(1, 10)
		e.From = regulation.MustMonth(g.year, time.Month(from))
		e.To = e.From.Add(2)
	case g.chance(1, 10):
		e.From = regulation.MustMonth(g.year, time.Month(g.between(2, 12)))
	}
	if spec.Sectors != nil {
		e.Sector = pick(g, spec.Sectors)
	}
	e.Rank = g.intn(6)
	return e, nil
}

// rosterColumns are the columns [WriteRosterCSV] writes, the canonical
// names village.ReadCSV reads.
var rosterColumns = []string{"nik", "name", "group", "programs", "wage", "from", "to", "source", "worker_share", "sector", "rank"}

// WriteRosterCSV writes enrolments as a CSV roster that village.ReadCSV
// reads back to the same enrolments: a header of the canonical column
// names, fields separated by commas, amounts in plain rupiah, months as
// "2026-07", empty cells for the group's defaults. It carries full NIKs:
// it is personal data, though made up.
func WriteRosterCSV(w io.Writer, es []village.Enrolment) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(rosterColumns); err != nil {
		return err
	}
	for _, e := range es {
		sector := ""
		if e.Sector != contribution.OtherSector {
			sector = e.Sector.String()
		}
		rank := ""
		if e.Rank != 0 {
			rank = strconv.Itoa(e.Rank)
		}
		wage := ""
		if !e.Wage.IsZero() {
			wage = e.Wage.String()
		}
		rec := []string{e.NIK.Digits(), e.Name, e.Group.String(), e.Programs.String(), wage,
			e.From.String(), e.To.String(), e.Source.String(), e.WorkerShare.String(), sector, rank}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteRosterJSON writes enrolments as a JSON roster that village.ReadJSON
// reads back: an array of objects, one per line, with the fields of
// village.Enrolment's JSON encoding.
func WriteRosterJSON(w io.Writer, es []village.Enrolment) error {
	return writeLines(w, len(es), func(i int) any { return es[i] })
}

// writeLines writes n values as a JSON array with one value on each line.
func writeLines(w io.Writer, n int, at func(int) any) error {
	var buf bytes.Buffer
	buf.WriteString("[")
	for i := range n {
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
		b, err := json.Marshal(at(i))
		if err != nil {
			return err
		}
		buf.Write(b)
		if buf.Len() > 1<<16 {
			if _, err := w.Write(buf.Bytes()); err != nil {
				return err
			}
			buf.Reset()
		}
	}
	buf.WriteString("\n]\n")
	_, err := w.Write(buf.Bytes())
	return err
}
