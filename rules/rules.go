// Package rules lists every dated, cited parameter of jamsos — membership,
// contribution (reliefs included), village and partner — and the values in
// force on a day, for listings such as the "aturan" command and its HTTP
// route. Each package declares its own parameters; this package only
// gathers them, in a stable order, each once.
package rules

import (
	"errors"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// All returns every parameter of the default parameter sets, in a stable
// order (membership, contribution, village, partner), each name once: the
// partner package reports progress against the village package's own
// target, so a name two sets share is listed where it first appears.
func All() []regulation.Describer {
	var out []regulation.Describer
	seen := map[string]bool{}
	for _, set := range [][]regulation.Describer{
		membership.DefaultParams().Timelines(),
		contribution.DefaultParams().Timelines(),
		village.DefaultParams().Timelines(),
		partner.DefaultParams().Timelines(),
	} {
		for _, d := range set {
			if !seen[d.Name()] {
				seen[d.Name()] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// Report is every parameter in force on a day, and the names of those that
// are not.
type Report struct {
	// Date is the day the report is for.
	Date regulation.Date `json:"date"`
	// InForce is each parameter's value in force on Date, with its source.
	InForce []regulation.Fact `json:"in_force"`
	// NotInForce names the parameters no rule covers on Date: a relief
	// outside its months, a program not yet started.
	NotInForce []string `json:"not_in_force"`
}

// On returns the parameters in force on d. A parameter with no rule that day
// is listed as not in force; any other failure is an error.
func On(d regulation.Date) (Report, error) {
	rep := Report{Date: d, InForce: []regulation.Fact{}, NotInForce: []string{}}
	for _, t := range All() {
		f, err := t.Describe(d)
		switch {
		case errors.Is(err, regulation.ErrNoRuleInForce):
			rep.NotInForce = append(rep.NotInForce, t.Name())
		case err != nil:
			return Report{}, err
		default:
			rep.InForce = append(rep.InForce, f)
		}
	}
	return rep, nil
}
