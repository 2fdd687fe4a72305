package service

import (
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rules"
)

// rulesOn returns the parameters in force on d, the answer of GET /v1/aturan
// in the shape of `jamsos aturan -json` (rules.On holds the registry).
func rulesOn(d regulation.Date) (rules.Report, error) { return rules.On(d) }
