package membership

import (
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// ProgramRule says which programs one kind of participant must take and
// which they may add. In JSON (and in override documents) it is
// {"required": "JKK+JKM", "optional": "JHT"}.
type ProgramRule struct {
	// Required are the programs the participant must take.
	Required ProgramSet `json:"required"`
	// Optional are the programs the participant may add.
	Optional ProgramSet `json:"optional,omitempty"`
}

// Allowed returns every program the rule permits: the required and the
// optional ones.
func (r ProgramRule) Allowed() ProgramSet { return r.Required.Union(r.Optional) }

// CheckPrograms checks a program choice against the rules built into this
// release ([DefaultParams]); see [Params.CheckPrograms].
func CheckPrograms(seg Segment, scale BusinessScale, set ProgramSet, on regulation.Date) error {
	return defaultParams().CheckPrograms(seg, scale, set, on)
}

// RequiredPrograms returns the programs a participant must take on a date,
// by the rules built into this release; see [Params.RequiredPrograms].
func RequiredPrograms(seg Segment, scale BusinessScale, on regulation.Date) (ProgramSet, error) {
	return defaultParams().RequiredPrograms(seg, scale, on)
}

// AllowedPrograms returns the programs a participant may take on a date,
// by the rules built into this release; see [Params.AllowedPrograms].
func AllowedPrograms(seg Segment, scale BusinessScale, on regulation.Date) (ProgramSet, error) {
	return defaultParams().AllowedPrograms(seg, scale, on)
}

// CheckPrograms checks that set is a program choice a participant of
// segment seg may make on date on. scale is the employer's business scale,
// needed for PU and ignored otherwise.
//
// The rules:
//
//   - BPU: JKK and JKM required, JHT optional, JP and JKP not available.
//   - PU: by business scale (Perpres 109/2013 Pasal 6): micro JKK and JKM;
//     small also JHT; medium and large also JHT and JP. The other programs
//     are optional.
//   - PMI: JKK and JKM required, JHT optional (Permenaker 18/2018, then
//     Permenaker 4/2023 from 21 Feb 2023).
//   - Jakon: JKK and JKM only.
//   - No one may take a program before it existed: JKP starts on 2 Feb 2021
//     (PP 37/2021).
//
// Each program at fault is one problem, with field "programs" and the
// program's code as value, wrapping [ErrProgramRequired] or
// [ErrProgramNotAllowed]; its message names the rule's citation. A segment or
// business scale that is missing or unknown is reported instead, and a date
// no rule covers gives an error wrapping regulation.ErrNoRuleInForce.
func (p Params) CheckPrograms(seg Segment, scale BusinessScale, set ProgramSet, on regulation.Date) error {
	p = p.orDefault()
	rule, offered, err := p.programRule(seg, scale, on)
	if err != nil {
		return err
	}
	who := whom(seg, scale)
	var l problem.List
	for prog := JKK; prog <= JKP; prog++ {
		switch {
		case rule.Value.Required.Has(prog) && !set.Has(prog):
			l = append(l, problem.New(ErrProgramRequired, "programs.required", "programs", prog.String(),
				prog.String()+" wajib bagi "+who[0]+" ("+rule.Citation.Format(problem.Indonesian)+")",
				prog.String()+" is required for "+who[1]+" ("+rule.Citation.Format(problem.English)+")"))
		case !set.Has(prog) || rule.Value.Required.Has(prog):
		case !rule.Value.Optional.Has(prog):
			l = append(l, problem.New(ErrProgramNotAllowed, "programs.not_allowed", "programs", prog.String(),
				prog.String()+" tidak tersedia bagi "+who[0]+" ("+rule.Citation.Format(problem.Indonesian)+")",
				prog.String()+" is not available to "+who[1]+" ("+rule.Citation.Format(problem.English)+")"))
		case !offered.Value.Has(prog):
			l = append(l, notOffered(prog, on, p.ProgramsOffered, offered))
		}
	}
	return l.Err()
}

// ScalesFitting returns the business scales, smallest first, under whose rule
// on date on a wage earner (PU) may make the program choice set: every
// program the scale requires is in set and every program in set is allowed
// to it and exists on that date. It is for a wage earner whose employer's
// scale is not known: the amounts billed do not depend on the scale, only
// which programs are required does, so a choice that fits some scale can be
// billed with a note of the scales it fits, and one that fits none cannot be
// right whatever the scale. A date no rule covers gives an error wrapping
// regulation.ErrNoRuleInForce.
func (p Params) ScalesFitting(set ProgramSet, on regulation.Date) ([]BusinessScale, error) {
	p = p.orDefault()
	set &= allPrograms // bits that stand for no program are ignored, as CheckPrograms ignores them
	var fit []BusinessScale
	for _, sc := range BusinessScales() {
		rule, offered, err := p.programRule(PU, sc, on)
		if err != nil {
			return nil, err
		}
		allowed := rule.Value.Allowed().Intersect(offered.Value)
		if !set.IsEmpty() && set.Contains(rule.Value.Required) && allowed.Contains(set) {
			fit = append(fit, sc)
		}
	}
	return fit, nil
}

// ProgramRule returns the program rule, with its dates and citation, of a
// participant of segment seg (and, for PU, of an employer of business scale
// scale) on date on. A missing or unknown segment or scale is a problem; a
// date no rule covers gives an error wrapping regulation.ErrNoRuleInForce.
func (p Params) ProgramRule(seg Segment, scale BusinessScale, on regulation.Date) (regulation.Entry[ProgramRule], error) {
	rule, _, err := p.orDefault().programRule(seg, scale, on)
	return rule, err
}

// RequiredPrograms returns the programs a participant of segment seg (and,
// for PU, of an employer of business scale scale) must take on date on.
func (p Params) RequiredPrograms(seg Segment, scale BusinessScale, on regulation.Date) (ProgramSet, error) {
	rule, _, err := p.orDefault().programRule(seg, scale, on)
	if err != nil {
		return 0, err
	}
	return rule.Value.Required, nil
}

// AllowedPrograms returns every program a participant of segment seg (and,
// for PU, of an employer of business scale scale) may take on date on: the
// required and optional programs that exist on that date.
func (p Params) AllowedPrograms(seg Segment, scale BusinessScale, on regulation.Date) (ProgramSet, error) {
	rule, offered, err := p.orDefault().programRule(seg, scale, on)
	if err != nil {
		return 0, err
	}
	return rule.Value.Allowed().Intersect(offered.Value), nil
}

// programRule looks up the rule for a segment and scale, and the programs
// offered, on a date. p must have its defaults filled in.
func (p Params) programRule(seg Segment, scale BusinessScale, on regulation.Date) (rule regulation.Entry[ProgramRule], offered regulation.Entry[ProgramSet], err error) {
	var t *regulation.Timeline[ProgramRule]
	switch seg {
	case BPU:
		t = p.BPUPrograms
	case Jakon:
		t = p.JakonPrograms
	case PMI:
		t = p.PMIPrograms
	case PU:
		switch scale {
		case Micro:
			t = p.PUMicroPrograms
		case Small:
			t = p.PUSmallPrograms
		case Medium:
			t = p.PUMediumPrograms
		case Large:
			t = p.PULargePrograms
		case 0:
			return rule, offered, problem.New(ErrRequired, "business_scale.required", "business_scale", "",
				"wajib diisi untuk peserta PU",
				"is required for PU participants")
		default:
			return rule, offered, problem.New(ErrUnknownBusinessScale, "business_scale.unknown", "business_scale", scale.String(),
				"tidak dikenal", "unknown")
		}
	case 0:
		return rule, offered, problem.New(ErrRequired, "segment.required", "segment", "",
			"wajib diisi", "is required")
	default:
		return rule, offered, problem.New(ErrUnknownSegment, "segment.unknown", "segment", "",
			"tidak dikenal", "unknown")
	}
	if rule, err = t.At(on); err != nil {
		return rule, offered, err
	}
	offered, err = p.ProgramsOffered.At(on)
	return rule, offered, err
}

// notOffered reports a program chosen on a date before it existed, citing
// the entry that introduces it when there is one.
func notOffered(prog Program, on regulation.Date, t *regulation.Timeline[ProgramSet], now regulation.Entry[ProgramSet]) *problem.Error {
	for _, e := range t.Entries() {
		if e.From.After(on) && e.Value.Has(prog) {
			return problem.New(ErrProgramNotAllowed, "programs.not_offered", "programs", prog.String(),
				prog.String()+" belum ada pada "+on.String()+"; mulai "+e.From.String()+" ("+e.Citation.Format(problem.Indonesian)+")",
				prog.String()+" did not exist on "+on.String()+"; it starts on "+e.From.String()+" ("+e.Citation.Format(problem.English)+")")
		}
	}
	return problem.New(ErrProgramNotAllowed, "programs.not_offered", "programs", prog.String(),
		prog.String()+" tidak diselenggarakan pada "+on.String()+" ("+now.Citation.Format(problem.Indonesian)+")",
		prog.String()+" is not run on "+on.String()+" ("+now.Citation.Format(problem.English)+")")
}

// whom names a kind of participant in Indonesian and English, for messages.
func whom(seg Segment, scale BusinessScale) [2]string {
	if seg == PU && scale.IsValid() {
		return [2]string{"PU " + scale.Name(problem.Indonesian), "PU, " + scale.Name(problem.English)}
	}
	return [2]string{seg.String(), seg.String()}
}
