package membership

import (
	"fmt"
	"strconv"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// RetirementAge returns the JP retirement age in force in month m, with its
// citation (PP 45/2015 Pasal 15): 56 from July 2015, 57 from 2019, then one
// year more every three years up to 65 from 2043.
func (p Params) RetirementAge(m regulation.Month) (regulation.Entry[int], error) {
	return p.orDefault().JPRetirementAge.InMonth(m)
}

// LastJPMonth returns the last contribution month in which a person born on
// birth can be enrolled in JP, and the retirement-age rule that sets it.
//
// The rule: a person may be enrolled in JP in a month only before the month
// in which they reach the retirement age in force in that month; once they
// have reached it they never may again, even when the age rises later. Born
// on 16 Jul 1965, a person reaches 58, the retirement age of 2023, in July
// 2023, so June 2023 is their last month (an example from a BPJS
// Ketenagakerjaan training Q&A; the rule itself is unconfirmed). When the person had reached the
// retirement age before the first rule, the month returned is the one before
// the first rule's first month: no month the rules cover.
func (p Params) LastJPMonth(birth regulation.Date) (regulation.Month, regulation.Entry[int], error) {
	t := p.orDefault().JPRetirementAge
	if birth.IsZero() {
		return regulation.Month{}, regulation.Entry[int]{}, problem.New(ErrRequired, "birth_date.required", "birth_date", "",
			"wajib diisi", "is required")
	}
	entries := t.Entries()
	for _, e := range entries {
		// The months this entry applies to are those whose first day it covers.
		first := e.From.ContributionMonth()
		if e.From.Day() != 1 {
			first = first.Add(1)
		}
		reached := regulation.MonthOf(birth.Year()+e.Value, birth.Month())
		if reached.Before(first) {
			reached = first
		}
		if e.Until.IsZero() || !reached.After(e.Until.ContributionMonth()) {
			return reached.Add(-1), e, nil
		}
	}
	return regulation.Month{}, regulation.Entry[int]{}, problem.New(regulation.ErrNoRuleInForce, "regulation.no_rule_in_force", t.Name(), "",
		"tidak ada aturan usia pensiun JP yang berlaku saat peserta mencapainya",
		"no JP retirement-age rule is in force when the participant reaches it")
}

// CheckJP reports whether a person born on birth may be enrolled in JP from
// month start (see [Params.LastJPMonth]). The error has field "programs" and
// value "JP" and wraps [ErrNotEligible].
func (p Params) CheckJP(birth regulation.Date, start regulation.Month) error {
	last, rule, err := p.LastJPMonth(birth)
	if err != nil {
		return err
	}
	if !start.After(last) {
		return nil
	}
	age := strconv.Itoa(rule.Value)
	return problem.New(ErrNotEligible, "eligibility.jp_age", "programs", JP.String(),
		"JP hanya dapat diikuti sampai bulan "+last.String()+", sebelum peserta mencapai usia pensiun "+age+" tahun ("+rule.Citation.Format(problem.Indonesian)+")",
		"JP can only be taken up to "+last.String()+", before the participant reaches the retirement age of "+age+" ("+rule.Citation.Format(problem.English)+")")
}

// CheckJKP reports whether a person born on birth who registers on date
// registered is covered by JKP: they must register before the age limit in
// force then (54, PP 37/2021). The error has field "programs" and value "JKP"
// and wraps [ErrNotEligible]; a date before JKP existed gives an error
// wrapping regulation.ErrNoRuleInForce.
func (p Params) CheckJKP(birth, registered regulation.Date) error {
	limit, err := p.orDefault().JKPAgeLimit.At(registered)
	if err != nil {
		return err
	}
	age := regulation.FullYears(birth, registered)
	if age < limit.Value {
		return nil
	}
	return problem.New(ErrNotEligible, "eligibility.jkp_age", "programs", JKP.String(),
		fmt.Sprintf("JKP hanya bagi peserta yang mendaftar sebelum berusia %d tahun; usia saat mendaftar %d (%s)", limit.Value, age, limit.Citation.Format(problem.Indonesian)),
		fmt.Sprintf("JKP only covers participants who register before age %d; age at registration %d (%s)", limit.Value, age, limit.Citation.Format(problem.English)))
}

// JKPEligible reports whether a person born on birth who registered on
// date registered is covered by JKP by age: registered before the age limit
// (54: PP 37/2021, PP 6/2025 Pasal 4 ayat (2) huruf b), with the rule
// applied. A registration before JKP began (2 February 2021) is judged by
// the first rule, with the age on the registration day: a participant
// already registered was covered when the program started, if they had
// registered before 54 (this package's reading; no rule on existing
// participants was found). A missing date is an error wrapping
// [ErrRequired]. The other conditions of PP 6/2025 Pasal 4 (Indonesian
// citizen, enrolled in the programs the employer's scale requires, and in
// JKN) are the caller's to know; a bill checks the programs.
func (p Params) JKPEligible(birth, registered regulation.Date) (bool, regulation.Entry[int], error) {
	var l problem.List
	if birth.IsZero() {
		l = append(l, problem.New(ErrRequired, "birth_date.required", "birth_date", "",
			"wajib diisi untuk menilai kepesertaan JKP", "is required to judge JKP coverage"))
	}
	if registered.IsZero() {
		l = append(l, problem.New(ErrRequired, "registered.required", "registered", "",
			"wajib diisi untuk menilai kepesertaan JKP", "is required to judge JKP coverage"))
	}
	if !birth.IsZero() && !registered.IsZero() && registered.Before(birth) {
		l = append(l, problem.New(ErrInvalidBirthDate, "birth_date.after_registration", "birth_date", "",
			"sesudah tanggal pendaftaran", "is after the registration date"))
	}
	if err := l.Err(); err != nil {
		return false, regulation.Entry[int]{}, err
	}
	t := p.orDefault().JKPAgeLimit
	on := registered
	if from, _ := t.Coverage(); registered.Before(from) {
		on = from
	}
	limit, err := t.At(on)
	if err != nil {
		return false, regulation.Entry[int]{}, err
	}
	return regulation.FullYears(birth, registered) < limit.Value, limit, nil
}
