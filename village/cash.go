package village

import (
	"fmt"
	"slices"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/shopspring/decimal"
)

// CashYear is a fiscal year as the village treasury pays it: what falls
// due between 1 January and 31 December. Village budgets (APBDes) are kept
// on a cash basis over that calendar year (Permendagri 20/2018, secondary:
// village-finance guidance describes its reporting standard as cash-based
// and the year as 1 January – 31 December), so this is the view the
// budget per account follows.
//
// It differs from the contribution months of the year by the wage
// earners' December: a PU contribution is due on the 15th of the next
// month, so December's falls in the next fiscal year (Out), and the
// previous December's in this one (In, given by [Request.CarryIn]). BPU
// contributions are due by the 15th of their own month and stay in the
// year. The views reconcile exactly: Amount = Total.Amount − Σ Out + Σ In.
type CashYear struct {
	// In are the payments of earlier contribution months due in this year,
	// as the request gave them; Given says the request gave them at all
	// (an empty list given means nothing is carried in). When not given,
	// the cash view lacks the previous December and a report says so.
	In    []Payment `json:"in"`
	Given bool      `json:"given"`
	// Out are the payments of this year's contribution months that fall
	// due after 31 December: next year's CarryIn.
	Out []Payment `json:"out"`
	// Amount is everything paid within the year, VillageBudget its part
	// from the village budget, and Deducted its part deducted from wage
	// earners' pay.
	Amount        decimal.Decimal `json:"amount"`
	VillageBudget decimal.Decimal `json:"village_budget"`
	Deducted      decimal.Decimal `json:"deducted"`
	// Accounts is the village budget per account in cash, each reconciled
	// with the contribution months of the year.
	Accounts []CashAccount `json:"accounts"`
}

// CashAccount is one budget account in both views.
type CashAccount struct {
	// Account is the budget line (zero: not set), Groups the groups on it.
	Account Account  `json:"account"`
	Groups  GroupSet `json:"groups"`
	// Months is what the account carries for the year's contribution
	// months; Out the part of it due next year; In what earlier months add
	// this year; Cash = Months − Out + In, what the budget must hold.
	Months decimal.Decimal `json:"months"`
	Out    decimal.Decimal `json:"out"`
	In     decimal.Decimal `json:"in"`
	Cash   decimal.Decimal `json:"cash"`
}

// checkCarryIn reports every bad carried-in payment: a month that is not
// before the fiscal year, a due date outside it, an unknown source or
// segment, an amount that is negative or not whole rupiah.
func checkCarryIn(in []Payment, fy fiscal, errs *problem.List) []Payment {
	n0 := len(*errs)
	for i, p := range in {
		at := fmt.Sprintf("carry_in[%d]", i)
		bad := func(field, value, id, en string) {
			*errs = append(*errs, problem.New(ErrOutsideYear, CodeCarryIn, at+"."+field, value, id, en))
		}
		if p.Month.IsZero() || !p.Month.Before(fy.months.From) {
			bad("month", p.Month.String(),
				fmt.Sprintf("Harus sebelum TA %d.", fy.year),
				fmt.Sprintf("Must be before fiscal year %d.", fy.year))
		}
		if p.Due.IsZero() || p.Due.Before(fy.first) || p.Due.After(fy.last) {
			bad("due", p.Due.String(),
				fmt.Sprintf("Harus di dalam TA %d.", fy.year),
				fmt.Sprintf("Must fall within fiscal year %d.", fy.year))
		}
		if !p.Source.IsValid() {
			bad("source", "", "Tidak dikenal.", "Unknown.")
		}
		if !p.Segment.IsValid() {
			bad("segment", p.Segment.String(), "Tidak dikenal.", "Unknown.")
		}
		switch {
		case !sane(p.Amount):
			bad("amount", "", "Tidak masuk akal.", "Implausible.")
		case p.Amount.IsNegative() || !p.Amount.Equal(p.Amount.Truncate(0)) || p.Amount.GreaterThan(decimal.NewFromInt(maxBudget)):
			bad("amount", p.Amount.String(), "Harus rupiah bulat, tidak negatif.", "Must be whole rupiah, not negative.")
		}
	}
	if len(*errs) > n0 {
		return nil
	}
	return in
}

// cashYear builds the cash view of a plan from its cash flow and the
// payments carried in.
func cashYear(pl *Plan, in []Payment, given bool, fy fiscal) CashYear {
	c := CashYear{In: slices.Clone(in), Given: given, Out: []Payment{}, Accounts: []CashAccount{}}
	if c.In == nil {
		c.In = []Payment{}
	}
	amount, village, deducted := pl.Total.Amount, pl.Total.VillageBudget, pl.Total.Deducted
	for _, a := range pl.Accounts {
		c.Accounts = append(c.Accounts, CashAccount{Account: a.Account, Groups: a.Groups, Months: a.Amount,
			Out: decimal.Zero, In: decimal.Zero})
	}
	account := func(p Payment) *CashAccount {
		for i := range c.Accounts {
			if c.Accounts[i].Account == p.Account {
				return &c.Accounts[i]
			}
		}
		c.Accounts = append(c.Accounts, CashAccount{Account: p.Account, Groups: p.Groups, Months: decimal.Zero, Out: decimal.Zero, In: decimal.Zero})
		return &c.Accounts[len(c.Accounts)-1]
	}
	// isDeducted reports whether p is the part of a SelfPaid payment of wage earners: what
	// is deducted from pay.
	isDeducted := func(p Payment) bool { return p.Source == SelfPaid && p.Segment == membership.PU }
	for _, p := range pl.CashFlow {
		if !p.Due.After(fy.last) {
			continue
		}
		c.Out = append(c.Out, p)
		amount = amount.Sub(p.Amount)
		if isDeducted(p) {
			deducted = deducted.Sub(p.Amount)
		}
		if p.Source.InVillageBudget() {
			village = village.Sub(p.Amount)
			a := account(p)
			a.Out = a.Out.Add(p.Amount)
		}
	}
	for _, p := range c.In {
		amount = amount.Add(p.Amount)
		if isDeducted(p) {
			deducted = deducted.Add(p.Amount)
		}
		if p.Source.InVillageBudget() {
			village = village.Add(p.Amount)
			a := account(p)
			a.In = a.In.Add(p.Amount)
			a.Groups |= p.Groups
		}
	}
	for i := range c.Accounts {
		a := &c.Accounts[i]
		a.Cash = a.Months.Sub(a.Out).Add(a.In)
	}
	c.Amount, c.VillageBudget, c.Deducted = amount, village, deducted
	return c
}
