package membership

import (
	"fmt"

	"github.com/desasadar/jamsos/problem"
)

// CheckDuplicates reports every participant whose NIK or KPJ already
// appeared earlier in the list, as a problem.List wrapping [ErrDuplicate].
// Each problem names the later position as its field ("roster[7].nik") and
// the earlier one in its message ("roster[2]"); the value is the masked
// number. Zero NIKs and KPJs are skipped. Numbers are compared by their
// digits.
func CheckDuplicates(ps []Participant) error {
	return duplicates(len(ps), func(i int) Participant { return ps[i] }, "").Err()
}

// ValidateRoster validates every registration of a roster and checks it for
// duplicate participants, returning every problem at once. Fields are
// prefixed with the position, "roster[3].participant.nik".
func ValidateRoster(regs []Registration, opts ValidateOpts) error {
	var l problem.List
	for i, r := range regs {
		l.AddField(fmt.Sprintf("roster[%d]", i), r.Validate(opts))
	}
	l = append(l, duplicates(len(regs), func(i int) Participant { return regs[i].Participant }, "participant")...)
	return l.Err()
}

func duplicates(n int, at func(int) Participant, prefix string) problem.List {
	var l problem.List
	nik := make(map[string]int, n)
	kpj := make(map[string]int, n)
	for i := range n {
		p := at(i)
		here := problem.Join(fmt.Sprintf("roster[%d]", i), prefix)
		if d := p.NIK.Digits(); d != "" {
			if first, dup := nik[d]; dup {
				l = append(l, problem.New(ErrDuplicate, "roster.duplicate_nik", problem.Join(here, "nik"), p.NIK.String(),
					"sudah tercantum pada "+problem.Label(fmt.Sprintf("roster[%d]", first), problem.Indonesian),
					"already given for the "+problem.Label(fmt.Sprintf("roster[%d]", first), problem.English)))
			} else {
				nik[d] = i
			}
		}
		if d := p.KPJ.Digits(); d != "" {
			if first, dup := kpj[d]; dup {
				l = append(l, problem.New(ErrDuplicate, "roster.duplicate_kpj", problem.Join(here, "kpj"), p.KPJ.String(),
					"sudah tercantum pada "+problem.Label(fmt.Sprintf("roster[%d]", first), problem.Indonesian),
					"already given for the "+problem.Label(fmt.Sprintf("roster[%d]", first), problem.English)))
			} else {
				kpj[d] = i
			}
		}
	}
	return l
}
