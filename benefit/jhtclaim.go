package benefit

import (
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// ClaimReason is why a JHT claim is made.
type ClaimReason string

// The JHT claim reasons.
const (
	// ClaimAge is reaching the JHT age, 56.
	ClaimAge ClaimReason = "age"
	// ClaimDeath is the participant's death (paid to the heirs).
	ClaimDeath ClaimReason = "death"
	// ClaimTotalDisability is total permanent disability.
	ClaimTotalDisability ClaimReason = "total_disability"
	// ClaimLeaveIndonesia is leaving Indonesia for good.
	ClaimLeaveIndonesia ClaimReason = "leave_indonesia"
	// ClaimResignation is resigning.
	ClaimResignation ClaimReason = "resignation"
	// ClaimDismissal is being dismissed (PHK).
	ClaimDismissal ClaimReason = "dismissal"
	// ClaimContractEnd is the end of a fixed-term contract (PKWT).
	ClaimContractEnd ClaimReason = "contract_end"
	// ClaimBPUStopped is a non-wage participant who stops working.
	ClaimBPUStopped ClaimReason = "bpu_stopped"
	// ClaimPartialRetirement is a partial claim to prepare for retirement.
	ClaimPartialRetirement ClaimReason = "partial_retirement"
	// ClaimPartialHousing is a partial claim for housing.
	ClaimPartialHousing ClaimReason = "partial_housing"
)

// JHTClaimInput asks whether a participant can claim JHT on a day, and how much.
type JHTClaimInput struct {
	// Participant gives the birth date (for ClaimAge) and the start of
	// membership (for a partial claim).
	Participant Participant `json:"participant"`
	// Reason is why the claim is made.
	Reason ClaimReason `json:"reason"`
	// Date is the day of the event: the death, the resignation letter, the
	// dismissal, the end of the contract. For ClaimAge and a partial claim it
	// may be left zero.
	Date regulation.Date `json:"date,omitzero"`
	// AsOf is the day asked about ("now"). Required.
	AsOf regulation.Date `json:"as_of"`
	// Balance is the JHT balance.
	Balance decimal.Decimal `json:"balance"`
	// PriorPartial says a partial claim was made before (only one is allowed).
	PriorPartial bool `json:"prior_partial,omitempty"`
}

// JHTClaim answers "can this person claim JHT now, and how much": the whole
// balance on reaching the JHT age, on death, total permanent disability,
// leaving Indonesia for good, a month after resigning or being dismissed, at
// the end of a fixed-term contract or when a non-wage participant stops
// working; after 10 years of membership, once, at most 10% (retirement) or
// 30% (housing). A claim not yet possible is a result that is not eligible,
// with the day it becomes possible when there is one. A reason whose rule
// is not in force on the event date (the Permenaker 4/2022 reasons before
// 28 April 2022) is an error wrapping regulation.ErrNoRuleInForce.
func (e *Estimator) JHTClaim(in JHTClaimInput) (Result, error) {
	var l problem.List
	p := in.Participant
	ev := in.Date
	if ev.IsZero() {
		ev = in.AsOf
	}
	p.check(&l, ev, false)
	if in.AsOf.IsZero() {
		l.Add(invalid("as_of", "", "tanggal yang ditanyakan wajib diisi", "the day asked about is required"))
	} else if !in.Date.IsZero() && in.AsOf.Before(in.Date) {
		l.Add(invalid("as_of", in.AsOf.String(), "tanggal yang ditanyakan sebelum tanggal peristiwa", "the day asked about is before the event"))
	}
	if !tame(in.Balance) || in.Balance.IsNegative() || in.Balance.GreaterThan(maxBalance) {
		l.Add(invalid("balance", amountText(in.Balance), "harus 0 sampai Rp1.000.000.000.000", "must be 0 to Rp1,000,000,000,000"))
	}
	rule, _ := at(&l, e.p.JHT, ev)
	var exit regulation.Entry[JHTExitRule]
	switch in.Reason {
	case ClaimAge:
		if p.BirthDate.IsZero() {
			l.Add(invalid("participant.birth_date", "", "wajib diisi untuk klaim usia", "is required for an age claim"))
		}
	case ClaimDeath, ClaimTotalDisability:
	case ClaimPartialRetirement, ClaimPartialHousing:
		if p.Start.IsZero() {
			l.Add(invalid("participant.start", "", "wajib diisi untuk klaim sebagian", "is required for a partial claim"))
		}
	case ClaimLeaveIndonesia, ClaimResignation, ClaimDismissal, ClaimContractEnd, ClaimBPUStopped:
		if in.Date.IsZero() {
			l.Add(invalid("date", "", "wajib diisi: hari peristiwanya", "is required: the day of the event"))
		} else {
			exit, _ = at(&l, e.p.JHTExit, in.Date)
		}
		if in.Reason == ClaimBPUStopped && p.Segment != membership.BPU {
			l.Add(invalid("reason", string(in.Reason), "alasan ini hanya untuk peserta BPU", "this reason is for BPU participants only"))
		}
	default:
		l.Add(invalid("reason", problem.Clip(string(in.Reason)), "tidak dikenal", "unknown"))
	}
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	r := newResult(JHTClaim, membership.JHT, ev)
	share := decimal.NewFromInt(1)
	label := Text{"JHT, seluruh saldo", "JHT, the whole balance"}
	c, param := rule.Citation, e.p.JHT.Name()
	switch in.Reason {
	case ClaimAge:
		from := addYears(p.BirthDate, rule.Value.Age)
		r.condition(bi("usia %d tahun (atau usia pensiun menurut perjanjian kerja, peraturan perusahaan atau PKB)",
			"age %d (or the retirement age of the work agreement, company rules or collective agreement)", rule.Value.Age))
		if in.AsOf.Before(from) {
			r.From = from
			r.refuse(bi("usia %d tahun baru tercapai pada %s", "age %d is reached only on %s", rule.Value.Age, from))
		}
	case ClaimDeath:
		label = Text{"JHT, seluruh saldo kepada ahli waris", "JHT, the whole balance to the heirs"}
	case ClaimPartialRetirement, ClaimPartialHousing:
		share = rule.Value.PartialRetirement.Fraction()
		label = bi("JHT sebagian untuk persiapan pensiun, paling banyak %s", "partial JHT to prepare for retirement, at most %s", rule.Value.PartialRetirement)
		if in.Reason == ClaimPartialHousing {
			share = rule.Value.PartialHousing.Fraction()
			label = bi("JHT sebagian untuk perumahan, paling banyak %s", "partial JHT for housing, at most %s", rule.Value.PartialHousing)
		}
		years := regulation.FullYears(p.Start, in.AsOf)
		r.condition(bi("kepesertaan paling sedikit %d tahun; hanya sekali, 10%% atau 30%%, tidak keduanya",
			"at least %d years of membership; once only, 10%% or 30%%, not both", rule.Value.PartialMinYears))
		if years < rule.Value.PartialMinYears {
			r.From = addYears(p.Start, rule.Value.PartialMinYears)
			r.refuse(bi("kepesertaan baru %d tahun; %d tahun tercapai pada %s", "membership is only %d years; %d years are reached on %s",
				years, rule.Value.PartialMinYears, r.From))
		}
		if in.PriorPartial {
			r.From = regulation.Date{}
			r.refuse(Text{"klaim sebagian sudah pernah dilakukan", "a partial claim was already made"})
		}
	case ClaimResignation, ClaimDismissal:
		c, param = exit.Citation, e.p.JHTExit.Name()
		from := addMonths(in.Date, exit.Value.WaitMonths)
		r.condition(bi("dibayar setelah masa tunggu %d bulan sejak %s", "paid after a wait of %d month(s) from %s", exit.Value.WaitMonths,
			Text{"tanggal surat pengunduran diri atau PHK", "the date of the resignation letter or the dismissal"}))
		if in.AsOf.Before(from) {
			r.From = from
			r.refuse(bi("masa tunggu berakhir pada %s", "the wait ends on %s", from))
		}
	case ClaimLeaveIndonesia, ClaimContractEnd, ClaimBPUStopped:
		c, param = exit.Citation, e.p.JHTExit.Name()
	}
	r.add(Item{Key: "jht.claim", Label: label, Kind: Cash, Amount: in.Balance.Mul(share),
		Working: bi("%s × saldo %s", "%s × a balance of %s", pctText(share), in.Balance), Parameter: param, Citation: c})
	if in.Reason != ClaimDeath && in.Reason != ClaimTotalDisability && in.Reason != ClaimAge {
		r.cite(rule.Citation)
	}
	return r, nil
}

func pctText(f decimal.Decimal) string { return f.Mul(decimal.NewFromInt(100)).String() + "%" }

// addYears returns the day n years after d; 29 February becomes 1 March in
// a year without one, as regulation.FullYears counts a birthday.
func addYears(d regulation.Date, n int) regulation.Date {
	return regulation.DateOf(time.Date(d.Year()+n, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC))
}

// addMonths returns the same day n months after d, or the last day of that
// month when it is shorter.
func addMonths(d regulation.Date, n int) regulation.Date {
	m := d.ContributionMonth().Add(n)
	if last := m.LastDay(); d.Day() > last.Day() {
		return last
	}
	out, _ := m.Day(d.Day())
	return out
}
