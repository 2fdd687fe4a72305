package membership

import (
	"fmt"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Status is where a membership stands in a month. The zero Status is
// invalid.
type Status uint8

const (
	// Registered is a membership whose first contribution has not been paid.
	Registered Status = iota + 1
	// Active is a membership whose contributions are being paid.
	Active
	// NonActive is a BPU membership that has lapsed after consecutive unpaid
	// months ([Params.BPULapseMonths]); a payment may bring it back
	// ([Params.BPUReactivation]).
	NonActive
	// Ended is a membership that has ended: the participant left, retired
	// or died. Nothing brings it back; a new membership starts with a new
	// registration.
	Ended
)

// statuses is the table of the membership statuses: their codes and names.
var statuses = enum.New(enum.Fold, []enum.Def[Status, struct{}]{
	{Value: Registered, Code: "REGISTERED", ID: "terdaftar", EN: "registered"},
	{Value: Active, Code: "ACTIVE", ID: "aktif", EN: "active"},
	{Value: NonActive, Code: "NON_ACTIVE", ID: "nonaktif", EN: "non-active"},
	{Value: Ended, Code: "ENDED", ID: "berakhir", EN: "ended"},
})

// Statuses returns every status in order.
func Statuses() []Status { return statuses.Values() }

// IsValid reports whether s is one of the statuses.
func (s Status) IsValid() bool { return statuses.Valid(s) }

// String returns the status code, such as "NON_ACTIVE", or "" when invalid.
func (s Status) String() string { return statuses.Code(s) }

// Name returns the status in the given language, such as "nonaktif".
func (s Status) Name(l problem.Lang) string { return statuses.Name(s, l) }

// MarshalText encodes the status as its code.
func (s Status) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrInvalidField, "status.unknown", "status", "",
			"kosong atau tidak dikenal", "empty or unknown")
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a status code, ignoring case.
func (s *Status) UnmarshalText(b []byte) error {
	t := strings.TrimSpace(string(b))
	if v, ok := statuses.Lookup(t); ok {
		*s = v
		return nil
	}
	return problem.New(ErrInvalidField, "status.unknown", "status", problem.Clip(t),
		"harus "+statuses.Choices(problem.Indonesian),
		"must be "+statuses.Choices(problem.English))
}

// History is what is known of one membership: when it started, the
// contribution months paid, and when it ended.
type History struct {
	// Segment decides the lapse rule: only BPU memberships become
	// non-active through unpaid months.
	Segment Segment `json:"segment"`
	// Start is the first contribution month of the membership.
	Start regulation.Month `json:"start"`
	// Paid are the contribution months paid, in any order. The month a
	// contribution is for counts, not the day it was paid.
	Paid []regulation.Month `json:"paid"`
	// End is the first month the participant is no longer a member, or the
	// zero Month while the membership lasts.
	End regulation.Month `json:"end,omitzero"`
}

// StatusAt returns the status of a membership in month m, by the rules built
// into this release; see [Params.StatusAt].
func StatusAt(h History, m regulation.Month) (Status, error) {
	return defaultParams().StatusAt(h, m)
}

// StatusAt returns the status of the membership h in month m:
//
//   - before the first paid month, [Registered];
//   - from a paid month on, [Active];
//   - for BPU, [NonActive] from the month after [Params.BPULapseMonths]
//     consecutive unpaid months (paid January, unpaid February to April:
//     non-active from May), counting from the start when nothing was paid;
//     a later payment makes the membership active again or, when
//     [Params.BPUReactivation] is [Reregister], is an invalid history;
//   - from the end month on, [Ended].
//
// A month before the start is [Registered]. PU, PMI and Jakon memberships do
// not lapse here: their arrears are a matter for the employer.
//
// The whole history is checked, not only the months up to m: a payment
// before the start or from the end month on (an Ended membership paid again),
// a month paid twice, an end before the start, or a payment after a lapse
// that the policy forbids is an error wrapping [ErrInvalidHistory], with
// fields such as "paid[3]". Every such problem is reported at once.
func (p Params) StatusAt(h History, m regulation.Month) (Status, error) {
	p = p.orDefault()
	paid, err := h.check()
	if err != nil {
		return 0, err
	}
	if m.IsZero() {
		return 0, problem.New(ErrRequired, "status.month", "month", "",
			"wajib diisi: bulan yang ditanyakan", "is required: the month asked about")
	}
	last := m
	if len(paid) > 0 && paid[len(paid)-1].After(last) {
		last = paid[len(paid)-1]
	}
	var (
		status = Registered
		at     = Registered // the status in month m
		unpaid = 0          // consecutive unpaid months before mm
		next   = 0          // index of the first paid month not yet seen
	)
	for mm := h.Start; !mm.After(last); mm = mm.Add(1) {
		if !h.End.IsZero() && !mm.Before(h.End) {
			// Ended is final; check has made sure nothing is paid from here on.
			if !m.Before(h.End) {
				at = Ended
			}
			break
		}
		if h.Segment == BPU && status != NonActive {
			lapse, err := p.BPULapseMonths.InMonth(mm)
			if err != nil {
				return 0, err
			}
			if unpaid >= lapse.Value {
				status = NonActive
			}
		}
		if next < len(paid) && paid[next] == mm {
			next++
			if status == NonActive {
				if err := p.reactivate(h, mm); err != nil {
					return 0, err
				}
			}
			status, unpaid = Active, 0
		} else {
			unpaid++
		}
		if mm == m {
			at = status
		}
	}
	return at, nil
}

// reactivate reports whether a payment in month mm may bring the non-active
// membership h back.
func (p Params) reactivate(h History, mm regulation.Month) error {
	policy, err := p.BPUReactivation.InMonth(mm)
	if err != nil || policy.Value != Reregister {
		return err
	}
	return problem.New(ErrInvalidHistory, "history.reactivation", fmt.Sprintf("paid[%d]", slices.Index(h.Paid, mm)), mm.String(),
		"iuran dibayar setelah kepesertaan nonaktif; peserta harus mendaftar ulang ("+policy.Citation.Format(problem.Indonesian)+")",
		"a contribution was paid after the membership became non-active; the participant must register again ("+policy.Citation.Format(problem.English)+")")
}

// check returns the paid months in order, or every problem of the history.
func (h History) check() ([]regulation.Month, error) {
	var l problem.List
	if h.Start.IsZero() {
		l = append(l, problem.New(ErrRequired, "history.start", "start", "",
			"bulan mulai kepesertaan wajib diisi", "the start month of the membership is required"))
	}
	if !h.Segment.IsValid() {
		l = append(l, problem.New(ErrUnknownSegment, "segment.unknown", "segment", h.Segment.String(),
			"kosong atau tidak dikenal", "empty or unknown"))
	}
	if !h.End.IsZero() && !h.Start.IsZero() && h.End.Before(h.Start) {
		l = append(l, problem.New(ErrInvalidHistory, "history.end_before_start", "end", h.End.String(),
			"kepesertaan berakhir sebelum dimulai", "the membership ends before it starts"))
	}
	seen := make(map[regulation.Month]int, len(h.Paid))
	for i, mm := range h.Paid {
		f := fmt.Sprintf("paid[%d]", i)
		switch first, dup := seen[mm]; {
		case mm.IsZero():
			l = append(l, problem.New(ErrRequired, "history.paid_month", f, "",
				"bulan iuran kosong", "the contribution month is empty"))
		case dup:
			l = append(l, problem.New(ErrInvalidHistory, "history.paid_twice", f, mm.String(),
				fmt.Sprintf("bulan iuran ini sudah dibayar di paid[%d]", first),
				fmt.Sprintf("this contribution month was already paid at paid[%d]", first)))
		case !h.Start.IsZero() && mm.Before(h.Start):
			l = append(l, problem.New(ErrInvalidHistory, "history.paid_before_start", f, mm.String(),
				"iuran dibayar untuk bulan sebelum kepesertaan dimulai ("+h.Start.String()+")",
				"a contribution was paid for a month before the membership started ("+h.Start.String()+")"))
		case !h.End.IsZero() && !mm.Before(h.End):
			l = append(l, problem.New(ErrInvalidHistory, "history.paid_after_end", f, mm.String(),
				"iuran dibayar setelah kepesertaan berakhir ("+h.End.String()+"); kepesertaan yang berakhir tidak dapat aktif kembali",
				"a contribution was paid after the membership ended ("+h.End.String()+"); an ended membership cannot become active again"))
		}
		if _, dup := seen[mm]; !dup {
			seen[mm] = i
		}
	}
	if len(l) > 0 {
		return nil, l
	}
	paid := slices.Clone(h.Paid)
	slices.SortFunc(paid, regulation.Month.Compare)
	return paid, nil
}
