package partner

import (
	"slices"
	"strings"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Coverage is what protects one participant on the day of a report: the
// contribution months paid up to the day and the membership status at the
// close of the day, by the lapse rule of package membership
// (membership.Params.StatusAt). Status is the one source of truth: this
// package does not count unpaid months itself.
type Coverage struct {
	// Participant is the participant. JSON carries the NIK in full, as the
	// storage encoding; String and fmt mask it.
	Participant membership.NIK `json:"participant"`
	// Village is the village the participant is counted in (see
	// [Progress]).
	Village region.Code `json:"village"`
	// Segment decides whether unpaid months lapse the membership: BPU unless
	// an [Enrolment] says PU; SegmentAssumed is true when no enrolment said.
	Segment        membership.Segment `json:"segment"`
	SegmentAssumed bool               `json:"segment_assumed,omitempty"`
	// Start is the first month of the membership: the month of the
	// registration, or of the earliest month paid when that is earlier or
	// the registration is not among the activities; zero when neither is
	// known (a participant only referred).
	Start regulation.Month `json:"start,omitzero"`
	// Months are the contribution months paid up to the day, in order.
	Months []regulation.Month `json:"months"`
	// StatusMonth is the month whose status is the status at the close of
	// the day: the month of the day after it.
	StatusMonth regulation.Month `json:"status_month"`
	// Status is the membership status in StatusMonth; zero when Start is
	// not known.
	Status membership.Status `json:"status,omitzero"`
}

// Active reports whether the participant is protected at the close of the
// day: status membership.Active.
func (c Coverage) Active() bool { return c.Status == membership.Active }

// String describes the coverage without personal data.
func (c Coverage) String() string {
	ms := make([]string, len(c.Months))
	for i, m := range c.Months {
		ms[i] = m.String()
	}
	return c.Participant.String() + " " + c.Village.String() + " paid " + strings.Join(ms, ",") +
		" status " + c.StatusMonth.String() + " " + c.Status.String()
}

// Coverage returns, for every participant known by opts.On (referred,
// registered or paid for), the months paid and the status at the close of
// the day, in order of NIK. A report on the last day of a month sees the
// status of the next month: paid for March only, unpaid April to June, a
// BPU participant is non-active from 1 July, so a report on 30 June counts
// them as lapsed and one on 29 June as active (membership: non-active from
// the month after 3 consecutive unpaid months, regulations §2.3).
//
// Errors are those of [Ledger.Progress]; a history the reactivation policy
// forbids (a payment after a lapse under membership.Reregister) is an error
// naming the participant, masked.
func (l *Ledger) Coverage(opts ProgressOptions) ([]Coverage, error) {
	if opts.On.IsZero() {
		return nil, problem.New(ErrInvalidOptions, "progress.on", "on", "",
			"wajib diisi: hari laporannya", "is required: the day of the report")
	}
	enrol, err := l.enrolments(opts.Enrolments)
	if err != nil {
		return nil, err
	}
	mp := membershipParams(opts.Membership)
	statusMonth := opts.On.AddDays(1).ContributionMonth()
	people := make(map[string]*participant)
	for i, o := range l.outcomes {
		a := o.Activity
		if !o.Accepted() || a.Date.After(opts.On) || a.Kind.event() {
			continue
		}
		f := l.facts[i]
		p := people[f.nik]
		if p == nil {
			p = &participant{nik: f.nik, id: a.Participant}
			people[f.nik] = p
		}
		switch a.Kind {
		case Referral:
			p.setHome(a.Village, 2)
		case Registration:
			p.regMonth = a.Date.ContributionMonth()
			p.setHome(a.Village, 3)
		case Collection, Payment:
			p.months = append(p.months, f.month)
			p.setHome(a.Village, 1)
		}
	}
	out := make([]Coverage, 0, len(people))
	for _, p := range people {
		c, err := coverageOf(p, enrol, mp, statusMonth)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b Coverage) int { return strings.Compare(a.Participant.Digits(), b.Participant.Digits()) })
	return out, nil
}

// coverageOf asks package membership for the status of one participant at
// the close of the report day.
func coverageOf(p *participant, enrol map[string]Enrolment, mp membership.Params, statusMonth regulation.Month) (Coverage, error) {
	nik := p.id
	c := Coverage{Participant: nik, Village: p.home, Segment: membership.BPU, SegmentAssumed: true,
		Months: slices.Clone(p.months), StatusMonth: statusMonth}
	slices.SortFunc(c.Months, regulation.Month.Compare)
	if e, ok := enrol[p.nik]; ok {
		c.Segment, c.SegmentAssumed = e.Segment, false
	}
	c.Start = p.regMonth
	if len(c.Months) > 0 && (c.Start.IsZero() || c.Months[0].Before(c.Start)) {
		c.Start = c.Months[0]
	}
	if c.Start.IsZero() {
		return c, nil
	}
	st, err := mp.StatusAt(membership.History{Segment: c.Segment, Start: c.Start, Paid: c.Months}, statusMonth)
	if err != nil {
		var pl problem.List
		pl.AddField("participant["+nik.String()+"]", err)
		return Coverage{}, pl
	}
	c.Status = st
	return c, nil
}

// membershipParams fills the lapse rule and the reactivation policy of p
// from membership.DefaultParams when p does not set them.
func membershipParams(p membership.Params) membership.Params {
	d := membership.DefaultParams()
	if p.BPULapseMonths == nil {
		p.BPULapseMonths = d.BPULapseMonths
	}
	if p.BPUReactivation == nil {
		p.BPUReactivation = d.BPUReactivation
	}
	return p
}
