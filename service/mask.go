package service

import (
	"bytes"
	"encoding/json"
	"reflect"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/village"
)

// Personal data in answers. A plan lists every enrolment with its NIK, and
// a partner report every rejected activity and every fee discrepancy with
// its participant's NIK. The service and the command line show those NIKs
// masked ("3216••••••••0001") unless asked for them in full: ?nik=full on
// POST /v1/rencana and POST /v1/mitra, -full-nik on `jamsos rencana` and
// `jamsos mitra`. The full form is for exports that need it, such as a
// roster sent to BPJS Ketenagakerjaan; it is never the default.
//
// The masking is the one village.Plan.WriteJSON applies: every number of
// sixteen digits or more in the whole document, whichever field holds it,
// is masked by problem.MaskDigits (problem.IDDigits). A NIK field added to
// any type of a report is therefore masked without a change here; a
// 16-digit NIK comes out exactly as membership.NIK.String writes it.

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

// planJSON is the shape of a PlanReport: the members of village.Plan, then
// "protection". village.Plan must not have a MarshalJSON method, which
// planJSON would inherit (TestPlanReportShape fails if it does).
type planJSON struct {
	village.Plan
	Protection *village.Protection `json:"protection,omitempty"`
}

// MarshalJSON writes the plan in the shape of village.Plan, followed by
// "protection" when there is one, with every NIK masked unless r.FullNIK.
func (r PlanReport) MarshalJSON() ([]byte, error) { return marshalDocument(r) }

func (r PlanReport) document() (any, bool) { return planJSON{r.Plan, r.Protection}, r.FullNIK }

// MarshalJSON writes the report with every NIK (of the rejected activities
// and of the fee discrepancies) masked unless r.FullNIK.
func (r PartnerReport) MarshalJSON() ([]byte, error) { return marshalDocument(r) }

// partnerJSON is PartnerReport without its methods.
type partnerJSON PartnerReport

func (r PartnerReport) document() (any, bool) { return partnerJSON(r), r.FullNIK }

// personal is an answer whose JSON carries NIKs: document returns the value
// to encode and whether its NIKs go out in full. [WriteJSON],
// [WriteJSONIndent] and the service's answers encode the value once and
// mask the result, rather than encode it through MarshalJSON and then
// check and copy those bytes again.
type personal interface {
	document() (v any, fullNIK bool)
}

// encodeTo writes v to b as the service writes every body (HTML left
// unescaped, a newline after it), indented by two spaces with indent, and
// with every NIK masked when v is [personal] and does not ask for them in
// full.
func encodeTo(b *bytes.Buffer, v any, indent bool) error {
	full := true
	if p, ok := v.(personal); ok && !nilPointer(v) {
		v, full = p.document()
	}
	out := b
	if !full {
		out = getBuffer()
		defer putBuffer(out)
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	if !full {
		maskIDs(b, out.Bytes())
	}
	return nil
}

// nilPointer reports whether v is a nil pointer, which encodes as null.
func nilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// maskIDs writes doc to b with every number of problem.IDDigits digits or
// more masked, as village.Plan.WriteJSON masks a plan: by
// problem.MaskDigits. A number is made of digits and the separators
// problem.MaskDigits reads between them (space, dot, dash), so only the
// runs of those bytes holding that many digits go through it; the rest is
// copied as it is.
func maskIDs(b *bytes.Buffer, doc []byte) {
	last := 0 // doc[:last] is in b
	for i := 0; i < len(doc); {
		if !inNumber(doc[i]) {
			i++
			continue
		}
		j, digits := i, 0
		for ; j < len(doc) && inNumber(doc[j]); j++ {
			if '0' <= doc[j] && doc[j] <= '9' {
				digits++
			}
		}
		if digits >= problem.IDDigits {
			b.Write(doc[last:i])
			b.WriteString(problem.MaskDigits(string(doc[i:j]), problem.IDDigits))
			last = j
		}
		i = j
	}
	b.Write(doc[last:])
}

// inNumber reports whether c may be part of a number problem.MaskDigits
// masks.
func inNumber(c byte) bool { return numberBytes[c] }

// numberBytes are the bytes of numbers: digits, space, dot and dash.
var numberBytes = func() (t [256]bool) {
	for _, c := range []byte("0123456789 .-") {
		t[c] = true
	}
	return t
}()

// marshalDocument is json.Marshal of a [personal] value, as [WriteJSON]
// writes it without its newline.
func marshalDocument(p personal) ([]byte, error) {
	var b bytes.Buffer
	if err := encodeTo(&b, p, false); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
