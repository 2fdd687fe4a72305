package contribution

import (
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// JKPChoice says whether a wage earner's bill carries JKP (job-loss
// insurance) on its own. JKP has no bill of its own: an eligible worker is
// covered automatically (regulations.md §3.3), the government and the
// recomposed part of the employer's JKK paying for it, so a bill shows the
// line (Rp0 to employer and worker) without the caller asking for it.
//
// The zero value is JKPAuto, so that a caller who knows nothing of JKP gets
// the law's answer; JKPExclude is the explicit way out (a worker who is not
// an Indonesian citizen, or not in JKN, which this package cannot see). A
// choice rather than a flag, so that a future "include whatever the dates
// say" is not a third boolean.
type JKPChoice uint8

const (
	// JKPAuto adds JKP to a wage earner's programs in every month JKP is
	// offered to the employer's scale, unless the worker's birth and
	// registration dates (Input.BirthDate, Input.Registered) show they
	// registered at or after the age limit. It is the zero value.
	JKPAuto JKPChoice = iota
	// JKPExclude bills no JKP line; JKP among the programs is then an
	// error.
	JKPExclude
)

var jkpChoiceNames = [...]string{JKPAuto: "AUTO", JKPExclude: "EXCLUDE"}

// IsValid reports whether c is one of the choices.
func (c JKPChoice) IsValid() bool { return c <= JKPExclude }

// String returns the choice's code, "AUTO" or "EXCLUDE".
func (c JKPChoice) String() string {
	if !c.IsValid() {
		return ""
	}
	return jkpChoiceNames[c]
}

// MarshalText encodes the choice as its code.
func (c JKPChoice) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes "AUTO" (or empty text) or "EXCLUDE", in any case.
func (c *JKPChoice) UnmarshalText(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "" {
		*c = JKPAuto
		return nil
	}
	for i, n := range jkpChoiceNames {
		if strings.EqualFold(s, n) {
			*c = JKPChoice(i)
			return nil
		}
	}
	return invalid("jkp", problem.Clip(s), "pilihan tidak dikenal; gunakan AUTO atau EXCLUDE",
		"unknown choice; use AUTO or EXCLUDE")
}

// checkJKP reports what is wrong with a wage earner's JKP choice and
// eligibility dates: an unknown choice, JKP both chosen and excluded, only
// one of the two dates, or JKP chosen for a worker the dates show is not
// eligible.
func (c *Calculator) checkJKP(l *problem.List, in Input) {
	if !in.JKP.IsValid() {
		l.Add(invalid("jkp", codeText("", uint8(in.JKP)), "pilihan tidak dikenal", "unknown choice"))
		return
	}
	if in.JKP == JKPExclude && in.Programs.Has(membership.JKP) {
		l.Add(invalid("jkp", in.JKP.String(), "dikecualikan, tetapi JKP ada dalam program",
			"excluded, but JKP is listed among the programs"))
	}
	if in.BirthDate.IsZero() && in.Registered.IsZero() {
		return
	}
	eligible, rule, err := c.p.Membership.JKPEligible(in.BirthDate, in.Registered)
	if err != nil {
		l.Add(err)
		return
	}
	if !eligible && in.Programs.Has(membership.JKP) {
		l.Add(problem.New(membership.ErrNotEligible, "eligibility.jkp_age", "programs", membership.JKP.String(),
			"JKP hanya bagi peserta yang mendaftar sebelum berusia "+strconv.Itoa(rule.Value)+" tahun ("+rule.Citation.Format(problem.Indonesian)+")",
			"JKP only covers participants who register before age "+strconv.Itoa(rule.Value)+" ("+rule.Citation.Format(problem.English)+")"))
	}
}

// programsFor returns the programs a bill carries: in.Programs, with JKP
// added for a wage earner when the choice is [JKPAuto], JKP is offered to
// the employer's scale on the month's first day (to every scale the choice
// fits when the scale is not given), and the dates, when given,
// show the worker eligible. in has passed the input checks.
func (c *Calculator) programsFor(in Input, m regulation.Month) membership.ProgramSet {
	if in.Segment != membership.PU || in.JKP != JKPAuto || in.Programs.Has(membership.JKP) {
		return in.Programs
	}
	if !c.jkpOffered(in.Programs, in.Scale, m) {
		return in.Programs
	}
	if !in.BirthDate.IsZero() {
		if ok, _, err := c.p.Membership.JKPEligible(in.BirthDate, in.Registered); err != nil || !ok {
			return in.Programs
		}
	}
	return in.Programs.With(membership.JKP)
}

// jkpOffered reports whether JKP is offered on month m's first day to a wage
// earner of an employer of scale scale or, when the scale is not given, to
// every scale the program choice set fits (membership.Params.ScalesFitting).
func (c *Calculator) jkpOffered(set membership.ProgramSet, scale membership.BusinessScale, m regulation.Month) bool {
	scales := []membership.BusinessScale{scale}
	if scale == 0 {
		var err error
		if scales, err = c.p.Membership.ScalesFitting(set, m.FirstDay()); err != nil || len(scales) == 0 {
			return false
		}
	}
	for _, sc := range scales {
		allowed, err := c.p.Membership.AllowedPrograms(membership.PU, sc, m.FirstDay())
		if err != nil || !allowed.Has(membership.JKP) {
			return false
		}
	}
	return true
}
