package contribution

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Party is one of those who carry a share of a contribution.
type Party uint8

const (
	// Employer is the employer of a wage earner (for village officials, the
	// village government) or the contractor of a construction project.
	Employer Party = iota
	// Worker is the participant.
	Worker
	// Government is the central government, which funds part of JKP.
	Government
	// Recomposition is the part of the employer's JKK (and formerly JKM)
	// contribution that BPJS moves into JKP. It is not billed on top: the
	// employer already pays it inside JKK.
	Recomposition
	// Sponsor is whoever pays on the participant's behalf: a village or
	// regency budget, a company's CSR, a donor.
	Sponsor
	numParties
)

var partyNames = [...]struct{ code, id, en string }{
	Employer:      {"employer", "pemberi kerja", "employer"},
	Worker:        {"worker", "pekerja", "worker"},
	Government:    {"government", "pemerintah", "government"},
	Recomposition: {"recomposition", "rekomposisi", "recomposition"},
	Sponsor:       {"sponsor", "penanggung", "sponsor"},
}

// String returns the party's code, such as "employer".
func (p Party) String() string {
	if p >= numParties {
		return ""
	}
	return partyNames[p].code
}

// Name returns the party's name in the given language.
func (p Party) Name(l problem.Lang) string {
	if p >= numParties {
		return ""
	}
	if l == problem.English {
		return partyNames[p].en
	}
	return partyNames[p].id
}

// Shares is an amount split among the parties who carry it, in whole rupiah.
// Each field is the share of the [Party] of the same name.
type Shares struct {
	// Employer is the employer's share.
	Employer decimal.Decimal `json:"employer"`
	// Worker is the participant's own share.
	Worker decimal.Decimal `json:"worker"`
	// Government is the central government's share (JKP), not billed.
	Government decimal.Decimal `json:"government"`
	// Recomposition is the share moved from the employer's JKK into JKP,
	// not billed on top.
	Recomposition decimal.Decimal `json:"recomposition"`
	// Sponsor is the share of whoever pays on the participant's behalf.
	Sponsor decimal.Decimal `json:"sponsor"`
}

// Of returns the share of one party.
func (s Shares) Of(p Party) decimal.Decimal {
	switch p {
	case Employer:
		return s.Employer
	case Worker:
		return s.Worker
	case Government:
		return s.Government
	case Recomposition:
		return s.Recomposition
	case Sponsor:
		return s.Sponsor
	}
	return decimal.Decimal{}
}

func (s *Shares) add(p Party, v decimal.Decimal) {
	switch p {
	case Employer:
		s.Employer = s.Employer.Add(v)
	case Worker:
		s.Worker = s.Worker.Add(v)
	case Government:
		s.Government = s.Government.Add(v)
	case Recomposition:
		s.Recomposition = s.Recomposition.Add(v)
	case Sponsor:
		s.Sponsor = s.Sponsor.Add(v)
	}
}

// Plus returns the party-by-party sum of s and t.
func (s Shares) Plus(t Shares) Shares {
	for p := range numParties {
		s.add(p, t.Of(p))
	}
	return s
}

// Sum returns the sum of every party's share.
func (s Shares) Sum() decimal.Decimal {
	return s.Employer.Add(s.Worker).Add(s.Government).Add(s.Recomposition).Add(s.Sponsor)
}

// Billed returns what is actually billed: the employer's, the worker's and
// the sponsor's shares. The government's and the recomposed shares of JKP are
// reported but not billed.
func (s Shares) Billed() decimal.Decimal { return s.Employer.Add(s.Worker).Add(s.Sponsor) }

// IsBilled reports whether the party is billed for its share: the
// employer, the worker and the sponsor are; the government's share of JKP
// and the recomposition inside the employer's JKK are carried, not billed.
func (p Party) IsBilled() bool { return p == Employer || p == Worker || p == Sponsor }

// BilledPart returns the shares of the parties billed (see [Party.IsBilled]),
// with the carried ones zero: its Sum is [Shares.Billed].
func (s Shares) BilledPart() Shares {
	return Shares{Employer: s.Employer, Worker: s.Worker, Sponsor: s.Sponsor}
}

// CarriedPart returns the shares carried without a bill, the government's
// and the recomposition's, with the billed ones zero.
func (s Shares) CarriedPart() Shares {
	return Shares{Government: s.Government, Recomposition: s.Recomposition}
}

// AppliedRelief is a relief as applied to one line.
type AppliedRelief struct {
	// Relief names the relief.
	Relief Relief `json:"relief"`
	// Discount is the cut of each share of the line.
	Discount Rate `json:"discount"`
	// Citation is the relief's source.
	Citation regulation.Citation `json:"citation"`
}

// Line is one program's part of a bill.
type Line struct {
	// Program is the program billed. A migrant worker's package covers JKK and
	// JKM together: its line has Program JKK and Covers JKK+JKM.
	Program membership.Program `json:"program"`
	// Covers is the programs the line pays for: Program alone, except for a
	// migrant worker's package.
	Covers membership.ProgramSet `json:"covers"`
	// Basis is the amount the rate applies to, after caps and bounds: the
	// wage, the declared income or the contract value. It is zero for a flat
	// amount.
	Basis decimal.Decimal `json:"basis"`
	// Rate is the whole rate of the line (every party's part together); zero
	// for a flat amount.
	Rate Rate `json:"rate"`
	// Flat is the flat amount of the line, when the law sets one instead of a
	// rate (BPU JKM, migrant packages).
	Flat decimal.Decimal `json:"flat"`
	// Normal is the line's amount before any relief.
	Normal decimal.Decimal `json:"normal"`
	// Amount is the line's amount: the sum of its shares.
	Amount decimal.Decimal `json:"amount"`
	// Shares is who carries the amount.
	Shares Shares `json:"shares"`
	// Deferred is the part of Amount whose payment is deferred (JP under
	// PP 49/2020); it is included in Amount.
	Deferred decimal.Decimal `json:"deferred"`
	// Relief is the relief applied, if any.
	Relief *AppliedRelief `json:"relief,omitempty"`
	// Citations are the sources of every value the line used.
	Citations []regulation.Citation `json:"citations"`
}

// Bill is one participant's contribution for one month.
type Bill struct {
	// Month is the contribution month.
	Month regulation.Month `json:"month"`
	// Segment is the participant's segment.
	Segment membership.Segment `json:"segment"`
	// Lines is one line per program, in program order.
	Lines []Line `json:"lines"`
	// Totals is each party's share summed over the lines.
	Totals Shares `json:"totals"`
	// Billed is what the participant, employer and sponsor pay together.
	Billed decimal.Decimal `json:"billed"`
	// Deferred is the part of Billed whose payment is deferred.
	Deferred decimal.Decimal `json:"deferred"`
	// Rounding is how shares were brought to whole rupiah.
	Rounding Rounding `json:"rounding"`
	// Warnings are problems that did not stop the calculation, such as a
	// declared income brought into range.
	Warnings problem.List `json:"warnings,omitempty"`
}

// BilledShares returns what each payer is billed over the whole bill, the
// employer, the worker and the sponsor; the government and the
// recomposition are zero in it. Its Sum equals the Billed field.
func (b Bill) BilledShares() Shares { return b.Totals.BilledPart() }

// CarriedShares returns what the state (the government's share of JKP) and
// the recomposition carry over the whole bill, which nobody is billed; the
// payers are zero in it. BilledShares plus CarriedShares is Totals.
func (b Bill) CarriedShares() Shares { return b.Totals.CarriedPart() }

// Line returns the line of program p, and whether the bill has one.
func (b Bill) Line(p membership.Program) (Line, bool) {
	for _, l := range b.Lines {
		if l.Program == p {
			return l, true
		}
	}
	return Line{}, false
}
