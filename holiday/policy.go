package holiday

import (
	"sync"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// CutiBersamaParam is the name of the cuti bersama policy, as override
// documents name it.
const CutiBersamaParam = "due_date.cuti_bersama"

// Policy says whether a cuti bersama day is a working day for due dates.
type Policy uint8

const (
	// CutiBersamaNonWorking counts a cuti bersama day as a non-working day:
	// a due date on it moves, as it does on a national holiday. The default.
	CutiBersamaNonWorking Policy = iota + 1
	// CutiBersamaWorking counts a cuti bersama day as a working day (it is
	// leave taken from annual leave, and offices serving the public stay
	// open): a due date on it stays.
	CutiBersamaWorking
)

var policyCodes = [...]string{CutiBersamaNonWorking: "non_working", CutiBersamaWorking: "working"}

// String returns "non_working" or "working", or "" when invalid.
func (p Policy) String() string {
	if p != CutiBersamaNonWorking && p != CutiBersamaWorking {
		return ""
	}
	return policyCodes[p]
}

// Name says what the policy counts a cuti bersama day as, in the given
// language: "hari tidak bekerja" or "a non-working day", "hari kerja" or "a
// working day"; "" when invalid.
func (p Policy) Name(l problem.Lang) string {
	switch {
	case p == CutiBersamaNonWorking && l == problem.English:
		return "a non-working day"
	case p == CutiBersamaNonWorking:
		return "hari tidak bekerja"
	case p == CutiBersamaWorking && l == problem.English:
		return "a working day"
	case p == CutiBersamaWorking:
		return "hari kerja"
	}
	return ""
}

// MarshalText encodes the policy as its code.
func (p Policy) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes "non_working" or "working".
func (p *Policy) UnmarshalText(b []byte) error {
	for i, c := range policyCodes {
		if c != "" && c == string(b) {
			*p = Policy(i)
			return nil
		}
	}
	return problem.New(ErrInvalidFile, "holiday.policy", "policy", problem.Clip(string(b)),
		"kebijakan cuti bersama harus non_working atau working", "the cuti bersama policy must be non_working or working")
}

// DefaultPolicy returns the built-in cuti bersama policy: from 1 January
// 2015, the first year of the calendar, a cuti bersama day is not a working
// day. It is marked [regulation.Unconfirmed]: no BPJS Ketenagakerjaan text
// says whether "hari libur" in its due-date rule takes in cuti bersama. The
// reading follows the payment rails (Bank Indonesia closes BI-RTGS, SKNBI and
// cash services on cuti bersama days) and tax law (PMK 81/2024 Pasal 100
// ayat (2) is reported to name cuti bersama as moving a tax deadline). The
// other reading is one override away, and callers show the unshifted date as
// the safe one: if BPJS treats a cuti bersama day as a working day, a payment
// on the moved date would be late. Every call returns the same timeline.
func DefaultPolicy() *regulation.Timeline[Policy] { return defaultPolicy() }

var defaultPolicy = sync.OnceValue(func() *regulation.Timeline[Policy] {
	return regulation.MustTimeline(CutiBersamaParam, []regulation.Entry[Policy]{{
		From:  regulation.MustDate(2015, time.January, 1),
		Value: CutiBersamaNonWorking,
		Citation: regulation.Citation{
			Instrument: "SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPAN-RB on hari libur nasional dan cuti bersama (each year)",
			Indonesian: regulation.Wording{Instrument: "SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPAN-RB tentang hari libur nasional dan cuti bersama (setiap tahun)",
				Note: "tidak ada naskah BPJS Ketenagakerjaan yang menyatakan apakah hari cuti bersama adalah hari libur untuk jatuh temponya; " +
					"dihitung sebagai hari tidak bekerja karena Bank Indonesia menutup layanan BI-RTGS, SKNBI dan kas pada hari-hari itu " +
					"dan PMK 81/2024 Pasal 100 ayat (2) diberitakan menggeser tenggat pajak melewatinya (belum diverifikasi); " +
					"tanggal yang tidak digeser adalah yang aman"},
			Confidence: regulation.Unconfirmed,
			Note: "no BPJS Ketenagakerjaan text says whether a cuti bersama day is a holiday for its due dates; " +
				"counted as non-working because Bank Indonesia closes BI-RTGS, SKNBI and cash services on those days " +
				"and PMK 81/2024 Pasal 100 ayat (2) is reported to move tax deadlines over them (not verified); " +
				"the unshifted date is the safe one",
		},
	}})
})

// WithOverrides returns a calendar with the same days and the entries of o
// for [CutiBersamaParam] put in place in its policy (see regulation.Apply):
//
//	{"overrides": [{"parameter": "due_date.cuti_bersama", "from": "2027-01-01", "value": "working",
//	  "citation": {"instrument": "BPJS Ketenagakerjaan letter ...", "confidence": "secondary"}}]}
//
// Any other parameter named in o is an error wrapping
// regulation.ErrInvalidOverride, so that a misspelt name is not ignored.
func (c *Calendar) WithOverrides(o regulation.Overrides) (*Calendar, error) {
	var l problem.List
	for _, name := range o.Unknown(CutiBersamaParam) {
		l = append(l, problem.New(regulation.ErrInvalidOverride, "override.unknown_parameter", "overrides.parameter", problem.Clip(name),
			"parameter tidak dikenal oleh paket holiday", "the holiday package has no parameter of this name"))
	}
	if len(l) > 0 {
		return nil, l
	}
	p, err := regulation.Apply(c.Policy(), o)
	if err != nil {
		return nil, err
	}
	return c.WithPolicy(p), nil
}
