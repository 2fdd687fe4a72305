package service

import (
	"errors"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// rulesReport is every parameter in force on a date, and those that are
// not: the answer of GET /v1/aturan, in the shape of `jamsos aturan -json`.
type rulesReport struct {
	Date     regulation.Date   `json:"date"`
	InForce  []regulation.Fact `json:"in_force"`
	NotInUse []string          `json:"not_in_force"`
}

// describers lists every parameter the library holds, in a stable order,
// each once (the partner package reports progress against the village
// package's own target).
//
// It is the listing of `jamsos aturan` (cmd/jamsos/aturan.go), kept here
// until the library declares its parameters in one registry that both read.
func describers() []regulation.Describer {
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

// rulesOn returns the parameters in force on d. A parameter with no rule that
// day (a relief outside its months, a program not yet started) is listed as
// not in force; any other failure is an error.
func rulesOn(d regulation.Date) (rulesReport, error) {
	rep := rulesReport{Date: d, InForce: []regulation.Fact{}, NotInUse: []string{}}
	for _, t := range describers() {
		f, err := t.Describe(d)
		switch {
		case errors.Is(err, regulation.ErrNoRuleInForce):
			rep.NotInUse = append(rep.NotInUse, t.Name())
		case err != nil:
			return rulesReport{}, err
		default:
			rep.InForce = append(rep.InForce, f)
		}
	}
	return rep, nil
}
