package partner

import (
	"fmt"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
)

// Finding is how a collection or payment compares with the bill of the
// contribution month it pays for. The zero Finding is invalid.
type Finding uint8

const (
	// AsBilled is an amount equal to the bill.
	AsBilled Finding = iota + 1
	// Under is an amount below the bill: all of it was due, the rest is
	// still owed.
	Under
	// Over is an amount above the bill: only the bill was due, the excess
	// should not have been collected and earns no fee.
	Over
	// WrongMonth is a contribution month before the participant's
	// membership began (the month of their registration): nothing was due
	// for it, and it earns no fee.
	WrongMonth
	// Unchecked is an amount no bill could be computed for here: a wage
	// earner (PU), whose bill needs the wage and the risk group. It counts
	// in full, as collected.
	Unchecked
)

var findings = enum.New(codeKey, []enum.Def[Finding, struct{}]{
	{Value: AsBilled, Code: "AS_BILLED", ID: "sesuai tagihan", EN: "as billed"},
	{Value: Under, Code: "UNDER", ID: "kurang dari tagihan", EN: "under the bill"},
	{Value: Over, Code: "OVER", ID: "lebih dari tagihan", EN: "over the bill"},
	{Value: WrongMonth, Code: "WRONG_MONTH", ID: "bulan iuran sebelum kepesertaan", EN: "month before the membership"},
	{Value: Unchecked, Code: "UNCHECKED", ID: "tidak diperiksa (PU)", EN: "not checked (PU)"},
})

// Findings returns every finding in order.
func Findings() []Finding { return findings.Values() }

// IsValid reports whether f is one of the findings.
func (f Finding) IsValid() bool { return findings.Valid(f) }

// String returns the finding's code, such as "OVER", or "" when invalid.
func (f Finding) String() string { return findings.Code(f) }

// Name returns the finding in the given language.
func (f Finding) Name(l problem.Lang) string { return findings.Name(f, l) }

// Discrepant reports whether the finding is a discrepancy: under, over or
// the wrong month.
func (f Finding) Discrepant() bool { return f == Under || f == Over || f == WrongMonth }

// MarshalText encodes the finding as its code.
func (f Finding) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText decodes a finding's code, ignoring case.
func (f *Finding) UnmarshalText(b []byte) error {
	if v, ok := findings.Lookup(string(b)); ok {
		*f = v
		return nil
	}
	return problem.New(ErrUnknownKind, "finding.unknown", "finding", problem.Clip(string(b)),
		"hasil pemeriksaan tagihan tidak dikenal", "unknown finding of a bill check")
}

// BillCheck is one accepted collection or payment checked against the bill
// of its contribution month, computed by package contribution. Amounts are
// whole rupiah.
type BillCheck struct {
	// Index is the activity's position in the slice given to Process.
	Index int `json:"index"`
	// Kind, Date, Partner, Participant and Month are the activity's.
	Kind        Kind             `json:"kind"`
	Date        regulation.Date  `json:"date"`
	Partner     string           `json:"partner"`
	Participant membership.NIK   `json:"participant"`
	Month       regulation.Month `json:"month"`
	// Collected is the amount collected or paid.
	Collected decimal.Decimal `json:"collected"`
	// Bill is the bill of Month (contribution.Bill.Billed), zero when
	// Unchecked.
	Bill decimal.Decimal `json:"bill"`
	// Due is what of Collected was due, the base of any fee: Collected up
	// to the Bill; zero for WrongMonth; Collected when Unchecked.
	Due decimal.Decimal `json:"due"`
	// Difference is Collected − Bill: negative under, positive over; zero
	// when Unchecked.
	Difference decimal.Decimal `json:"difference"`
	// Finding is how Collected compares with Bill.
	Finding Finding `json:"finding"`
	// Reliefs are the reliefs the bill applied, such as PP 50/2025, with
	// their sources.
	Reliefs []Rule `json:"reliefs,omitempty"`
	// Assumed is true when the participant has no [Enrolment] or the
	// enrolment gives no package or no income: the bill assumed BPU, a
	// declared income of Rp1,000,000 (the lowest, regulations §2.1), and
	// without a package JKK+JKM+JHT when the amount reaches its bill,
	// otherwise JKK+JKM.
	Assumed bool `json:"assumed,omitempty"`
}

// assumedIncome is the declared income a bill assumes when no enrolment
// gives one: the lowest of PP 44/2015 Lampiran II, whose JKK+JKM bill is
// the well-known Rp16,800.
var assumedIncome = decimal.NewFromInt(1_000_000)

var defaultCalculator = sync.OnceValues(func() (*contribution.Calculator, error) {
	return contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
})

// BillChecks checks every accepted collection and payment dated in month m
// (the day the money moved) against the bill of the contribution month it
// pays for, in processing order. The bill comes from in.Calculator (the
// default calculator of package contribution when nil), for the
// participant's [Enrolment]: its segment, package, declared income and
// sector; without one, a BPU declaring Rp1,000,000 in an ordinary sector,
// on JKK+JKM+JHT when the amount reaches that bill and on JKK+JKM
// otherwise (each check says it assumed). A payment by a village
// head is paid from APBDes, by a regency office from APBD, which decides
// PP 50/2025 (regulations §2.2.1); a collection is the participant's own
// money.
//
// Errors, every one at once: a malformed enrolment ([ErrInvalidOptions]);
// a contribution month the calculator has no rule for
// (regulation.ErrNoRuleInForce), with the activity in the field.
func (l *Ledger) BillChecks(m regulation.Month, in FeeInput) ([]BillCheck, error) {
	enrol, err := l.enrolments(in.Enrolments)
	if err != nil {
		return nil, err
	}
	checks, err := l.billChecks(m, in.Calculator, enrol)
	if err != nil {
		return nil, err
	}
	out := make([]BillCheck, 0, len(checks))
	for i := range l.outcomes {
		if c, ok := checks[i]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// billKey is what a bill depends on here.
type billKey struct {
	month    regulation.Month
	programs membership.ProgramSet
	income   string
	sector   contribution.Sector
	payer    membership.Payer
}

// billChecks checks the collections and payments dated in m, by the
// index of their outcome.
func (l *Ledger) billChecks(m regulation.Month, calc *contribution.Calculator, enrol map[string]Enrolment) (map[int]BillCheck, error) {
	if calc == nil {
		c, err := defaultCalculator()
		if err != nil {
			return nil, err
		}
		calc = c
	}
	type billed struct {
		amount  int64
		reliefs []Rule
	}
	bills := make(map[billKey]billed)
	out := make(map[int]BillCheck)
	var probs problem.List
	for i, o := range l.outcomes {
		a := o.Activity
		if !o.Accepted() || !a.Kind.money() || a.Date.ContributionMonth() != m {
			continue
		}
		f := l.facts[i]
		c := BillCheck{Index: o.Index, Kind: a.Kind, Date: a.Date, Partner: a.Partner, Participant: a.Participant,
			Month: f.month, Collected: decimal.NewFromInt(f.amount), Bill: decimal.Zero}
		e, known := enrol[f.nik]
		if known && e.Segment == membership.PU {
			c.Finding, c.Due, c.Difference = Unchecked, c.Collected, decimal.Zero
			out[i] = c
			continue
		}
		two := membership.SetOf(membership.JKK, membership.JKM)
		k := billKey{month: f.month, programs: two, income: assumedIncome.String()}
		c.Assumed = !known || e.Income.IsZero() || e.Programs.IsEmpty()
		if known {
			if !e.Programs.IsEmpty() {
				k.programs = e.Programs
			}
			if !e.Income.IsZero() {
				k.income = e.Income.String()
			}
			k.sector = e.Sector
		}
		if q, _ := l.net.Partner(a.Partner); a.Kind == Payment {
			switch q.Role {
			case VillageHead:
				k.payer = membership.PayerVillage
			case RegencyOffice:
				k.payer = membership.PayerRegency
			}
		}
		bill := func(k billKey) (billed, error) {
			if b, ok := bills[k]; ok {
				return b, nil
			}
			bill, err := calc.Bill(contribution.Input{Segment: membership.BPU, Programs: k.programs,
				Basis: decimal.RequireFromString(k.income), Sector: k.sector, Payer: k.payer}, k.month)
			if err != nil {
				return billed{}, err
			}
			b := billed{amount: bill.Billed.IntPart()}
			seen := map[string]bool{}
			for _, ln := range bill.Lines {
				if r := ln.Relief; r != nil && !seen[string(r.Relief)] {
					seen[string(r.Relief)] = true
					b.reliefs = append(b.reliefs, Rule{Parameter: string(r.Relief), Citation: r.Citation})
				}
			}
			bills[k] = b
			return b, nil
		}
		b, err := bill(k)
		if err == nil && (!known || e.Programs.IsEmpty()) {
			// The package is not known: the three-program bill when the
			// amount reaches it, otherwise the two-program one, so that an
			// amount a package explains is never read as over.
			k3 := k
			k3.programs = two.With(membership.JHT)
			var b3 billed
			if b3, err = bill(k3); err == nil && f.amount >= b3.amount {
				b = b3
			}
		}
		if err != nil {
			probs.AddField(fmt.Sprintf("activities[%d]", o.Index), err)
			continue
		}
		c.Bill = decimal.NewFromInt(b.amount)
		c.Reliefs = b.reliefs
		c.Difference = decimal.NewFromInt(f.amount - b.amount)
		due := min(f.amount, b.amount)
		switch {
		case l.beforeMembership(f):
			c.Finding, due = WrongMonth, 0
		case f.amount < b.amount:
			c.Finding = Under
		case f.amount > b.amount:
			c.Finding = Over
		default:
			c.Finding = AsBilled
		}
		c.Due = decimal.NewFromInt(due)
		out[i] = c
	}
	return out, probs.Err()
}

// beforeMembership reports whether a collection pays for a month before
// the participant's registration, when the registration is among the
// activities.
func (l *Ledger) beforeMembership(f fact) bool {
	i, ok := l.credits[f.nik]
	return ok && f.month.Before(l.outcomes[i].Activity.Date.ContributionMonth())
}

// discrepancyText describes a group of like discrepancies for people.
func discrepancyText(c BillCheck, n int, l problem.Lang) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s, %s: %s", c.Partner, contribution.MonthName(c.Month, l), quantity(l, n, "kali", "collection"), c.Finding.Name(l))
	fmt.Fprintf(&b, tr(l, "; terkumpul %s, tagihan %s", "; collected %s, bill %s"), rupiah.Format(c.Collected, l), rupiah.Format(c.Bill, l))
	if len(c.Reliefs) > 0 {
		names := make([]string, len(c.Reliefs))
		for i, r := range c.Reliefs {
			names[i] = r.Citation.Instrument
		}
		fmt.Fprintf(&b, tr(l, " (keringanan %s)", " (relief %s)"), strings.Join(names, ", "))
	}
	if c.Assumed {
		b.WriteString(tr(l, " [tagihan asumsi: BPU, penghasilan Rp1.000.000]", " [bill assumed: BPU, income Rp1,000,000]"))
	}
	switch c.Finding {
	case Over:
		fmt.Fprintf(&b, tr(l, "; lebih %s per kali, %s seluruhnya, tanpa fee", "; %s over each time, %s in all, no fee on it"),
			rupiah.Format(c.Difference, l), rupiah.Format(c.Difference.Mul(decimal.NewFromInt(int64(n))), l))
	case Under:
		fmt.Fprintf(&b, tr(l, "; kurang %s per kali, %s seluruhnya, masih terutang", "; %s short each time, %s in all, still owed"),
			rupiah.Format(c.Difference.Neg(), l), rupiah.Format(c.Difference.Neg().Mul(decimal.NewFromInt(int64(n))), l))
	case WrongMonth:
		fmt.Fprintf(&b, tr(l, "; tidak ada yang terutang untuk bulan itu, %s seluruhnya tanpa fee", "; nothing was due for that month, %s in all earns no fee"),
			rupiah.Format(c.Collected.Mul(decimal.NewFromInt(int64(n))), l))
	}
	return b.String()
}
