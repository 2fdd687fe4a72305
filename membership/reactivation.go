package membership

import (
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Reactivation is what a payment does after a BPU membership has become
// non-active. The law as found does not settle it and the sources found
// disagree (unconfirmed), so it is a policy held in [Params.BPUReactivation], with
// [ReactivateByPaying] as the default. The zero Reactivation is invalid.
type Reactivation uint8

const (
	// ReactivateByPaying continues the same membership: paying a month again
	// makes it active from that month.
	ReactivateByPaying Reactivation = iota + 1
	// Reregister ends the membership at the lapse: the participant must
	// register again from zero, and a payment under the old membership is an
	// invalid history.
	Reregister
)

// reactivations is the table of the reactivation policies: their codes and
// descriptions.
var reactivations = enum.New(enum.Fold, []enum.Def[Reactivation, struct{}]{
	{Value: ReactivateByPaying, Code: "PAY_AGAIN", ID: "aktif kembali dengan membayar iuran", EN: "active again by paying"},
	{Value: Reregister, Code: "REREGISTER", ID: "harus mendaftar ulang", EN: "must register again"},
})

// Reactivations returns every reactivation policy in order.
func Reactivations() []Reactivation { return reactivations.Values() }

// IsValid reports whether r is one of the policies.
func (r Reactivation) IsValid() bool { return reactivations.Valid(r) }

// String returns "PAY_AGAIN" or "REREGISTER", or "" when invalid.
func (r Reactivation) String() string { return reactivations.Code(r) }

// Name describes the policy in the given language.
func (r Reactivation) Name(l problem.Lang) string { return reactivations.Name(r, l) }

// MarshalText encodes the policy as its code.
func (r Reactivation) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, problem.New(ErrInvalidField, "reactivation.unknown", "reactivation", "",
			"kosong atau tidak dikenal", "is empty or unknown")
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes "PAY_AGAIN" or "REREGISTER", ignoring case.
func (r *Reactivation) UnmarshalText(b []byte) error {
	t := strings.TrimSpace(string(b))
	if v, ok := reactivations.Lookup(t); ok {
		*r = v
		return nil
	}
	return problem.New(ErrInvalidField, "reactivation.unknown", "reactivation", problem.Clip(t),
		"harus "+reactivations.Choices(problem.Indonesian),
		"must be "+reactivations.Choices(problem.English))
}
