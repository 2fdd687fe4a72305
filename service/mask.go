package service

import (
	"bytes"
	"encoding/json"

	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/village"
)

// Personal data in answers. A plan lists every enrolment with its NIK, and
// a partner report every rejected activity with its participant's NIK. The
// service and the command line show those NIKs masked ("3216••••••••0001")
// unless asked for them in full: ?nik=full on POST /v1/rencana and
// POST /v1/mitra, -full-nik on `jamsos rencana` and `jamsos mitra`. The
// full form is for exports that need it, such as a roster sent to BPJS
// Ketenagakerjaan; it is never the default.

// PlanReport is the answer of POST /v1/rencana and of
// `jamsos rencana -json` for one village: the plan, with every NIK masked
// unless FullNIK.
type PlanReport struct {
	// Plan is the plan, NIKs in full (the storage encoding).
	Plan village.Plan
	// FullNIK writes the NIKs in full; the zero value masks them.
	FullNIK bool
	// Protection, when not nil, is what the plan's coverage protects on
	// one day (village.Planner.Protection), written as the member
	// "protection" after the plan's own. It names no one.
	Protection *village.Protection
}

// MarshalJSON writes the plan in the shape of village.Plan, with each
// enrolment's NIK masked unless r.FullNIK.
func (r PlanReport) MarshalJSON() ([]byte, error) {
	if r.FullNIK {
		return marshal(fullPlan{Plan: r.Plan, Protection: r.Protection})
	}
	out := maskedPlan{Plan: r.Plan, People: make([]maskedPerson, len(r.Plan.People)), Protection: r.Protection}
	for i, p := range r.Plan.People {
		out.People[i] = maskedPerson{Person: p, Enrolment: maskedEnrolment{Enrolment: p.Enrolment, NIK: p.Enrolment.NIK.String()}}
	}
	out.Reliefs = make([]maskedRelief, len(r.Plan.Reliefs))
	for i, rt := range r.Plan.Reliefs {
		out.Reliefs[i] = maskedRelief{ReliefTotal: rt, People: make([]maskedReliefPerson, len(rt.People))}
		for j, p := range rt.People {
			out.Reliefs[i].People[j] = maskedReliefPerson{ReliefPerson: p, NIK: p.NIK.String()}
		}
	}
	return marshal(out)
}

// The shadows below replace a NIK field by its masked text: a field of the
// outer struct hides the embedded one of the same JSON name. Neither
// village.Plan nor the types it holds may have a MarshalJSON method, which
// the outer struct would inherit.
type (
	maskedPlan struct {
		village.Plan
		People     []maskedPerson      `json:"people"`
		Reliefs    []maskedRelief      `json:"reliefs"`
		Protection *village.Protection `json:"protection,omitempty"`
	}
	// fullPlan is the plan with its NIKs in full, and its protection.
	fullPlan struct {
		village.Plan
		Protection *village.Protection `json:"protection,omitempty"`
	}
	maskedRelief struct {
		village.ReliefTotal
		People []maskedReliefPerson `json:"people"`
	}
	maskedReliefPerson struct {
		village.ReliefPerson
		NIK string `json:"nik"`
	}
	maskedPerson struct {
		village.Person
		Enrolment maskedEnrolment `json:"enrolment"`
	}
	maskedEnrolment struct {
		village.Enrolment
		NIK string `json:"nik"`
	}
	maskedOutcome struct {
		partner.Outcome
		Activity maskedActivity `json:"activity"`
	}
	maskedActivity struct {
		partner.Activity
		Participant string `json:"participant,omitempty"`
	}
)

// maskOutcomes returns the outcomes with each participant's NIK masked.
func maskOutcomes(in []partner.Outcome) []maskedOutcome {
	out := make([]maskedOutcome, len(in))
	for i, o := range in {
		out[i] = maskedOutcome{Outcome: o, Activity: maskedActivity{Activity: o.Activity, Participant: o.Activity.Participant.String()}}
	}
	return out
}

// marshal is json.Marshal leaving HTML unescaped, as [WriteJSON] writes.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
