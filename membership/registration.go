package membership

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Registration is a request to register a participant in BPJS
// Ketenagakerjaan programs from a contribution month, with who pays. In JSON
// its fields are named as in the tags below; [DecodeRegistration] reads it
// strictly.
type Registration struct {
	// Participant is the person registered.
	Participant Participant `json:"participant"`
	// Programs are the programs chosen, "JKK+JKM+JHT" in JSON.
	Programs ProgramSet `json:"programs" validate:"required"`
	// StartMonth is the first contribution month.
	StartMonth regulation.Month `json:"start_month" validate:"required"`
	// Payer is who pays the contribution.
	Payer Payer `json:"payer,omitzero" validate:"required,enum"`
	// PartnerID identifies the partner who brought the participant in (a
	// village official, an agent), if any.
	PartnerID string `json:"partner_id,omitempty" validate:"omitempty,max=64,printascii"`
}

// ValidateOpts says how strictly [Registration.Validate] and
// [Participant.Validate] check. The zero ValidateOpts is the default.
// Nothing in it is global: two callers may check with different options at
// the same time.
type ValidateOpts struct {
	// Reference is the day of the check: it resolves the century of a NIK's
	// birth year, and no birth date may lie after it. This package never
	// reads the clock. The zero Reference means the first day of the
	// registration's start month.
	Reference regulation.Date
	// AllowPlaceholderNIK accepts a placeholder NIK (see [NIK.IsPlaceholder]).
	AllowPlaceholderNIK bool
	// MaxRegistrationAge, when positive, is the oldest age in whole years at
	// which a participant may start. The law as found sets no maximum for BPU
	// or PU (unconfirmed), so zero means no limit.
	MaxRegistrationAge int
	// Params are the dated rules to check against; the zero Params means
	// [DefaultParams].
	Params Params
}

// Normalize returns r with the participant's name and occupation in normal
// form and the partner ID trimmed.
func (r Registration) Normalize() Registration {
	r.Participant = r.Participant.Normalize()
	r.PartnerID = strings.TrimSpace(r.PartnerID)
	return r
}

// Validate checks r and returns every problem at once, as a problem.List
// with fields such as "participant.nik" and "programs"; each problem has a
// stable code, wraps one of this package's sentinels, and has a message in
// Indonesian and in English. Besides the struct tags and the checks of
// [Participant.Validate] it checks, on the first day of the start month:
//
//   - the program choice for the segment and business scale
//     ([Params.CheckPrograms]);
//   - JP only before the retirement age ([Params.CheckJP]);
//   - JKP only when registering before age 54 ([Params.CheckJKP]);
//   - the age limit of opts, if any.
func (r Registration) Validate(opts ValidateOpts) error {
	p := opts.Params.orDefault()
	l := check(r)
	start := r.StartMonth.FirstDay()
	ref := opts.Reference
	if ref.IsZero() && !r.StartMonth.IsZero() {
		ref = start
	}
	l.AddField("participant", r.Participant.check(opts, ref))

	part := r.Participant
	if r.StartMonth.IsZero() || !part.Segment.IsValid() || (part.Segment == PU && !part.BusinessScale.IsValid()) || r.Programs.IsEmpty() {
		return l.Err() // already reported; the rules below need all of these
	}
	if err := p.CheckPrograms(part.Segment, part.BusinessScale, r.Programs, start); err != nil {
		if errors.Is(err, regulation.ErrNoRuleInForce) {
			who := whom(part.Segment, part.BusinessScale)
			param := "" // the parameter without a rule, which the error names
			var pe *problem.Error
			if errors.As(err, &pe) && pe.Field != "" {
				param = " (" + pe.Field + ")"
			}
			l = append(l, problem.New(regulation.ErrNoRuleInForce, "start_month.no_rule", "start_month", r.StartMonth.String(),
				"tidak ada aturan program"+param+" bagi "+who[0]+" pada bulan mulai ini",
				"no program rule"+param+" covers "+who[1]+" in this start month"))
			return l.Err()
		}
		l.Add(err)
	}
	// The age rules apply only to programs the participant may take at all.
	allowed, _ := p.AllowedPrograms(part.Segment, part.BusinessScale, start) // found above
	programs := r.Programs.Intersect(allowed)

	birth := part.BirthDate
	if birth.IsZero() || birth.After(start) {
		return l.Err()
	}
	if programs.Has(JP) {
		l.Add(p.CheckJP(birth, r.StartMonth))
	}
	if programs.Has(JKP) {
		l.Add(p.CheckJKP(birth, start))
	}
	if age := regulation.FullYears(birth, start); opts.MaxRegistrationAge > 0 && age > opts.MaxRegistrationAge {
		l = append(l, problem.New(ErrNotEligible, "eligibility.max_age", "participant.birth_date", "",
			fmt.Sprintf("usia peserta pada bulan mulai (%d) melebihi batas %d tahun", age, opts.MaxRegistrationAge),
			fmt.Sprintf("the participant's age in the start month (%d) is above the limit of %d", age, opts.MaxRegistrationAge)))
	}
	return l.Err()
}

// LogValue returns the registration for log/slog without personal details
// (see [Participant.LogValue]).
func (r Registration) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Any("participant", r.Participant),
		slog.String("programs", r.Programs.String()),
		slog.String("start_month", r.StartMonth.String()),
		slog.String("payer", r.Payer.String()),
	)
}
