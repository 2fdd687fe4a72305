package membership

import (
	"strings"

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

var reactivationNames = [...]struct{ code, id, en string }{
	ReactivateByPaying: {"PAY_AGAIN", "aktif kembali dengan membayar iuran", "active again by paying"},
	Reregister:         {"REREGISTER", "harus mendaftar ulang", "must register again"},
}

// IsValid reports whether r is one of the policies.
func (r Reactivation) IsValid() bool { return r == ReactivateByPaying || r == Reregister }

// String returns "PAY_AGAIN" or "REREGISTER", or "" when invalid.
func (r Reactivation) String() string {
	if !r.IsValid() {
		return ""
	}
	return reactivationNames[r].code
}

// Name describes the policy in the given language.
func (r Reactivation) Name(l problem.Lang) string {
	if !r.IsValid() {
		return ""
	}
	if l == problem.English {
		return reactivationNames[r].en
	}
	return reactivationNames[r].id
}

// MarshalText encodes the policy as its code.
func (r Reactivation) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, problem.New(ErrInvalidField, "reactivation.unknown", "reactivation", "",
			"kebijakan pengaktifan kembali kosong atau tidak dikenal", "empty or unknown reactivation policy")
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes "PAY_AGAIN" or "REREGISTER", ignoring case.
func (r *Reactivation) UnmarshalText(b []byte) error {
	t := strings.TrimSpace(string(b))
	for v := ReactivateByPaying; v <= Reregister; v++ {
		if strings.EqualFold(t, reactivationNames[v].code) {
			*r = v
			return nil
		}
	}
	return problem.New(ErrInvalidField, "reactivation.unknown", "reactivation", problem.Clip(t),
		"kebijakan pengaktifan kembali harus PAY_AGAIN atau REREGISTER",
		"the reactivation policy must be PAY_AGAIN or REREGISTER")
}
