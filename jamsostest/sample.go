package jamsostest

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// The kinds of sample [WriteSample] writes.
const (
	// SampleRosters is a village roster ([Generator.Roster]).
	SampleRosters = "rosters"
	// SampleActivities is the activities of a partner network
	// ([Generator.Network]).
	SampleActivities = "activities"
	// SampleNetwork is the partner network the activities sample is
	// recorded in, JSON only: the network of a seed and village is the one
	// the activities of the same seed and village (of any size) are
	// recorded in.
	SampleNetwork = "network"
	// SampleRegistrations is registration cases: a valid one, then one
	// with each fault that both a document and a value carry, in turn,
	// with the problems each must give.
	SampleRegistrations = "registrations"
	// SampleCorpus is the language-neutral corpus ([NewCorpus]), JSON only.
	SampleCorpus = "corpus"
)

// SampleKinds returns the kinds of sample, in a fixed order.
func SampleKinds() []string {
	return []string{SampleRosters, SampleActivities, SampleNetwork, SampleRegistrations, SampleCorpus}
}

// SampleRequest says what sample data [WriteSample] writes.
type SampleRequest struct {
	// Kind is one of [SampleKinds]; the singular ("roster", "activity",
	// "registration") is accepted too.
	Kind string
	// Seed is the generator's seed.
	Seed uint64
	// N is the number of enrolments, activities or registration cases,
	// 0 to [MaxItems]. It must be 0 for the network (which follows the
	// activities' village) and the corpus, which have their own sizes.
	N int
	// Village is the desa of a roster, of a network and its activities, or
	// of the participants registered; zero draws one.
	Village region.Code
	// Format is "csv" or "json"; the network and the corpus are JSON only.
	Format string
	// Year is the generator's year; zero means [DefaultYear].
	Year int
	// Places are the places to draw from; nil means [DefaultPlaces].
	Places *Places
}

// sampleAgents is the number of agents in a sample network.
const sampleAgents = 2

// WriteSample writes sample data to w: the whole work of the `jamsos
// contoh` command. The same request writes the same bytes. A request it
// cannot meet as asked (an unknown kind or format, a size out of range, a
// village that is not a desa of the places) is an error and nothing is
// written.
func WriteSample(w io.Writer, r SampleRequest) error {
	kind := strings.ToLower(strings.TrimSpace(r.Kind))
	switch kind {
	case "roster":
		kind = SampleRosters
	case "activity":
		kind = SampleActivities
	case "registration":
		kind = SampleRegistrations
	}
	format := strings.ToLower(strings.TrimSpace(r.Format))
	var l problem.List
	if !slices.Contains(SampleKinds(), kind) {
		l.Add(specError("jamsostest.kind", "kind", problem.Clip(r.Kind),
			"tidak dikenal; gunakan "+strings.Join(SampleKinds(), ", "),
			"unknown; use "+strings.Join(SampleKinds(), ", ")))
	}
	switch {
	case format != "csv" && format != "json":
		l.Add(specError("jamsostest.format", "format", problem.Clip(r.Format), "harus csv atau json", "must be csv or json"))
	case format == "csv" && (kind == SampleCorpus || kind == SampleNetwork):
		l.Add(specError("jamsostest.format", "format", format, "contoh ini hanya tersedia dalam JSON", "this sample is JSON only"))
	}
	if (kind == SampleCorpus || kind == SampleNetwork) && r.N != 0 {
		l.Add(specError("jamsostest.size", "n", fmt.Sprint(r.N),
			"tidak berlaku untuk contoh ini; ukurannya tetap", "does not apply to this sample; its size is fixed"))
	} else {
		l.Add(checkSize("n", r.N))
	}
	if kind == SampleCorpus && (r.Village.IsValid() || r.Year != 0 || r.Places != nil) {
		l.Add(specError("jamsostest.corpus", "village", "",
			"korpus selalu dibuat dengan tahun dan daftar wilayah bawaan", "the corpus is always made with the built-in year and places"))
	}
	if err := l.Err(); err != nil {
		return err
	}
	if kind == SampleCorpus {
		c, err := NewCorpus(r.Seed)
		if err != nil {
			return err
		}
		return c.WriteJSON(w)
	}
	g, err := New(r.Seed, Options{Places: r.Places, Year: r.Year})
	if err != nil {
		return err
	}
	switch kind {
	case SampleRosters:
		ro, err := g.Roster(RosterSpec{Village: r.Village, Size: r.N})
		if err != nil {
			return err
		}
		if format == "csv" {
			return WriteRosterCSV(w, ro.Enrolments)
		}
		return WriteRosterJSON(w, ro.Enrolments)
	case SampleActivities, SampleNetwork:
		spec := NetworkSpec{Agents: sampleAgents, Activities: r.N}
		if r.Village.IsValid() {
			spec.Villages = []region.Code{r.Village}
		}
		n, err := g.Network(spec)
		if err != nil {
			return err
		}
		switch {
		case kind == SampleNetwork:
			return n.WriteJSON(w)
		case format == "csv":
			return WriteActivitiesCSV(w, n.Activities)
		}
		return WriteActivitiesJSON(w, n.Activities)
	}
	return g.writeRegistrations(w, r, format)
}

// writeRegistrations writes n registration cases: a valid one, then one
// for each fault that a registration document can carry (neither JSON nor
// value only), in turn.
func (g *Generator) writeRegistrations(w io.Writer, r SampleRequest, format string) error {
	var faults []RegFault
	for _, f := range regFaults {
		if !f.JSONOnly && !f.ValueOnly {
			faults = append(faults, f.Fault)
		}
	}
	spec := RegistrationSpec{}
	if r.Village.IsValid() {
		if !g.places.HasVillage(r.Village) {
			return specError("jamsostest.unknown_village", "village", r.Village.String(),
				"tidak ada dalam daftar wilayah generator", "not in the generator's list of places")
		}
		spec.Participant.Domicile = r.Village
		spec.Participant.NIK.District = r.Village.District()
	}
	cases := make([]RegistrationCase, 0, r.N)
	for i := range r.N {
		var fs []RegFault
		if k := i % (len(faults) + 1); k > 0 {
			fs = []RegFault{faults[k-1]}
		}
		c, err := g.InvalidRegistration(spec, fs...)
		if err != nil {
			return err
		}
		cases = append(cases, c)
	}
	if format == "json" {
		return writeLines(w, len(cases), func(i int) any { return cases[i] })
	}
	cw := csv.NewWriter(w)
	_ = cw.Write(registrationColumns)
	for _, c := range cases {
		_ = cw.Write(registrationRecord(c))
	}
	cw.Flush()
	return cw.Error()
}

// registrationColumns are the columns of the registrations CSV: the
// registration's fields, then the faults put in and the problems it must
// give, "code@field" separated by spaces.
var registrationColumns = []string{"nik", "kpj", "name", "birth_date", "sex", "domicile", "occupation", "phone", "segment",
	"income", "business_scale", "programs", "start_month", "payer", "partner_id", "max_registration_age", "faults", "problems"}

func registrationRecord(c RegistrationCase) []string {
	r := c.Registration
	p := r.Participant
	age := ""
	if c.Options.MaxRegistrationAge > 0 {
		age = fmt.Sprint(c.Options.MaxRegistrationAge)
	}
	var faults, probs []string
	for _, f := range c.Faults {
		faults = append(faults, string(f))
	}
	for _, w := range c.Want {
		probs = append(probs, string(w.Code)+"@"+w.Field)
	}
	return []string{p.NIK.Digits(), p.KPJ.Digits(), p.Name, p.BirthDate.String(), p.Sex.String(), p.Domicile.String(),
		p.Occupation, p.Phone.E164(), p.Segment.String(), p.Income.String(), p.BusinessScale.String(), r.Programs.String(),
		r.StartMonth.String(), r.Payer.String(), r.PartnerID, age, strings.Join(faults, " "), strings.Join(probs, " ")}
}
