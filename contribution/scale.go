package contribution

import (
	"slices"
	"strings"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// A wage earner's bill does not depend on the employer's business scale:
// the rates, the caps and who pays are the same at every scale. The scale
// only decides which programs the worker must take (Perpres 109/2013
// Pasal 6). So a PU input without a scale is billed when its programs fit
// the rule of at least one scale, with a warning naming those scales, and
// refused with one problem listing every scale and what it requires when
// they fit none.

// checkUnscaled checks the programs of a wage earner whose employer's scale
// is not given: nil when they fit some scale, else one problem naming every
// scale with its code and the programs it requires.
func (c *Calculator) checkUnscaled(set membership.ProgramSet, m regulation.Month) error {
	on := m.FirstDay()
	fit, err := c.p.Membership.ScalesFitting(set, on)
	if err != nil || len(fit) > 0 {
		return err
	}
	// A program that did not exist that day fails under every scale: that
	// is the problem to fix, not the missing scale.
	if l := c.notOfferedAtAnyScale(set, on); len(l) > 0 {
		return l
	}
	id, en, cite, err := c.scaleRules(on)
	if err != nil {
		return err
	}
	return problem.New(membership.ErrRequired, "business_scale.required", "business_scale", "",
		"wajib diisi, karena program "+set.String()+" tidak sesuai dengan skala mana pun; pilih salah satu: "+id+" ("+cite[0]+")",
		"is required, as the programs "+set.String()+" fit no scale; choose one of: "+en+" ("+cite[1]+")")
}

// notOfferedAtAnyScale returns the problems "programs.not_offered" of set
// on date on (a program chosen before it existed), which no scale changes.
func (c *Calculator) notOfferedAtAnyScale(set membership.ProgramSet, on regulation.Date) problem.List {
	var out problem.List
	for _, e := range problem.Flatten(c.p.Membership.CheckPrograms(membership.PU, membership.Micro, set, on)) {
		if e.Code == "programs.not_offered" {
			out = append(out, e)
		}
	}
	return out
}

// unscaledWarning is the warning of a bill for a wage earner whose
// employer's scale is not given, naming the scales the programs fit. set
// has passed checkUnscaled.
func (c *Calculator) unscaledWarning(set membership.ProgramSet, m regulation.Month) (*problem.Error, error) {
	on := m.FirstDay()
	fit, err := c.p.Membership.ScalesFitting(set, on)
	if err != nil {
		return nil, err
	}
	_, _, cite, err := c.scaleRules(on)
	if err != nil {
		return nil, err
	}
	id, en := make([]string, len(fit)), make([]string, len(fit))
	for i, sc := range fit {
		id[i], en[i] = sc.Name(problem.Indonesian)+" ("+sc.String()+")", sc.Name(problem.English)+" ("+sc.String()+")"
	}
	return problem.New(membership.ErrRequired, "business_scale.unchecked", "business_scale", "",
		"tidak diisi; program "+set.String()+" sesuai untuk "+strings.Join(id, ", ")+" ("+cite[0]+"); besar iuran tidak bergantung pada skala, tetapi program wajib baru dapat diperiksa bila skala diisi",
		"not given; the programs "+set.String()+" fit these scales: "+strings.Join(en, ", ")+" ("+cite[1]+"); the amounts do not depend on the scale, but the required programs can only be checked once it is given"), nil
}

// scaleRules describes every business scale with its code and the programs
// it requires on date on, in Indonesian and English, and the citations of
// those rules (each once) in each language.
func (c *Calculator) scaleRules(on regulation.Date) (id, en string, cite [2]string, err error) {
	var ids, ens []string
	var cites [2][]string
	for _, sc := range membership.BusinessScales() {
		rule, err := c.p.Membership.ProgramRule(membership.PU, sc, on)
		if err != nil {
			return "", "", cite, err
		}
		ids = append(ids, sc.String()+" ("+sc.Name(problem.Indonesian)+") wajib "+rule.Value.Required.String())
		ens = append(ens, sc.String()+" ("+sc.Name(problem.English)+") requires "+rule.Value.Required.String())
		for i, l := range []problem.Lang{problem.Indonesian, problem.English} {
			if s := rule.Citation.Format(l); !slices.Contains(cites[i], s) {
				cites[i] = append(cites[i], s)
			}
		}
	}
	return strings.Join(ids, ", "), strings.Join(ens, ", "), [2]string{strings.Join(cites[0], "; "), strings.Join(cites[1], "; ")}, nil
}
