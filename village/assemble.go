package village

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// billed are the programs with a bill of their own; JKP is funded by the
// government and by recomposition, never billed.
var billed = [...]membership.Program{membership.JKK, membership.JKM, membership.JHT, membership.JP}

const numGroups = int(Informal) + 1

// rp returns n rupiah as a decimal; zero is the shared decimal.Zero, which
// saves an allocation for the many zero amounts of a plan.
func rp(n int64) decimal.Decimal {
	if n == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(n)
}

// assemble adds up the covered rows into a plan.
func (p *Planner) assemble(s *scratch, v Village, fy fiscal, pols [numSources]policy, ceilings map[Source]decimal.Decimal) Plan {
	var (
		normal, amount      int64
		villageBudget       int64
		progNormal, progAmt [len(billed)]int64
		srcAmt              [numSources]int64
		grpNormal, grpAmt   [numGroups]int64
		grpEnrolled, grpCov [numGroups]int
		grpMonths           [numGroups]int
		grpVillage          [numGroups]int64
		grpInVillage        [numGroups]bool
		cash                [12][membership.BPU + 1][numSources]int64 // by month, segment and source
		people              = make([]Person, 0, len(s.order))
	)
	for _, it := range s.order {
		var pn, pa, ps, pw int64
		seg := it.pkg.Segment
		m0 := int(it.e.From.Month()) - 1
		for k := range it.covered {
			res := &s.results[it.first+k]
			// The billed programs JKK, JKM, JHT and JP are the first four.
			for i := range len(billed) {
				progNormal[i] += res.Normal[i]
				progAmt[i] += res.Amount[i]
				pn += res.Normal[i]
			}
			src, wrk := s.src[it.first+k], s.wrk[it.first+k]
			pa += src + wrk
			ps += src
			pw += wrk
			cash[m0+k][seg][it.e.Source] += src
			cash[m0+k][seg][SelfPaid] += wrk
		}
		g := it.e.Group
		normal += pn
		amount += pa
		srcAmt[it.e.Source] += ps
		srcAmt[SelfPaid] += pw
		if it.e.Source.InVillageBudget() {
			villageBudget += ps
			grpVillage[g] += ps
			grpInVillage[g] = true
		}
		grpNormal[g] += pn
		grpAmt[g] += pa
		grpEnrolled[g]++
		grpMonths[g] += it.covered
		if it.covered > 0 {
			grpCov[g]++
		}
		per := Person{
			Enrolment: it.e, Segment: it.pkg.Segment, Account: it.account,
			Months: it.months, Covered: it.covered,
			Normal: rp(pn), Amount: rp(pa), FromSource: rp(ps), FromWorker: rp(pw),
		}
		if it.covered < it.months {
			var need int64
			for k := it.covered; k < it.months; k++ {
				need += s.src[it.first+k] + s.wrk[it.first+k]
			}
			per.Shortfall = &Shortfall{Months: it.months - it.covered, Source: it.failed, Needed: rp(need)}
		}
		people = append(people, per)
	}

	plan := Plan{
		Village: v, Year: fy.year, Months: fy.months, People: people,
		Groups: []GroupTotal{}, Programs: []ProgramTotal{}, Sources: []SourceTotal{}, Accounts: []AccountTotal{}, CashFlow: []Payment{},
	}
	for _, g := range Groups {
		if grpEnrolled[g] == 0 {
			continue
		}
		plan.Groups = append(plan.Groups, GroupTotal{
			Group: g, Enrolled: grpEnrolled[g], Covered: grpCov[g], PersonMonths: grpMonths[g],
			Normal: rp(grpNormal[g]), Amount: rp(grpAmt[g]),
		})
	}
	for i, prog := range billed {
		if progNormal[i] == 0 && progAmt[i] == 0 {
			continue
		}
		plan.Programs = append(plan.Programs, ProgramTotal{Program: prog, Normal: rp(progNormal[i]), Amount: rp(progAmt[i])})
	}
	used := [numSources]bool{}
	for _, it := range s.order {
		used[it.e.Source] = true
		if it.pkg.Segment == membership.PU && it.e.WorkerShare == WorkerPays && hasWorkerShare(it.e.Programs) {
			used[SelfPaid] = true
		}
	}
	for _, src := range Sources {
		_, limited := ceilings[src]
		if !used[src] && !limited && srcAmt[src] == 0 {
			continue
		}
		st := SourceTotal{Source: src, Amount: rp(srcAmt[src]), Allowed: pols[src].allowed, Citation: pols[src].cite}
		if limited {
			st.Limited = true
			st.Ceiling = ceilings[src]
		}
		plan.Sources = append(plan.Sources, st)
	}
	// Budget accounts: groups sharing an account are added together, in
	// the order of their first group.
	for _, g := range Groups {
		if grpEnrolled[g] == 0 {
			continue
		}
		if !grpInVillage[g] {
			continue
		}
		acct := p.accountOf(g, fy)
		found := false
		for i := range plan.Accounts {
			if plan.Accounts[i].Account == acct {
				plan.Accounts[i].Groups |= SetOfGroups(g)
				plan.Accounts[i].Amount = plan.Accounts[i].Amount.Add(rp(grpVillage[g]))
				found = true
				break
			}
		}
		if !found {
			plan.Accounts = append(plan.Accounts, AccountTotal{Account: acct, Groups: SetOfGroups(g), Amount: rp(grpVillage[g])})
		}
	}
	// Cash flow in order of due date: for each month, BPU (due that month)
	// before PU (due the next).
	for m := range 12 {
		month := fy.months.From.Add(m)
		for _, seg := range [...]membership.Segment{membership.BPU, membership.PU} {
			var due regulation.Date
			for _, src := range Sources {
				a := cash[m][seg][src]
				if a == 0 {
					continue
				}
				if due.IsZero() {
					// PU and BPU months always have a due date: only
					// construction and migrant contributions have none.
					due, _ = p.calc.DueDate(seg, month, p.opts.Calendar)
				}
				plan.CashFlow = append(plan.CashFlow, Payment{Month: month, Segment: seg, Source: src, Due: due, Amount: rp(a)})
			}
		}
	}
	sortPayments(plan.CashFlow)
	plan.Total = Totals{Normal: rp(normal), Amount: rp(amount), VillageBudget: rp(villageBudget)}
	plan.Progress = p.progress(fy, s)
	return plan
}

func hasWorkerShare(ps membership.ProgramSet) bool {
	return ps.Has(membership.JHT) || ps.Has(membership.JP)
}

// accountOf returns the budget account of group g in the fiscal year.
func (p *Planner) accountOf(g Group, fy fiscal) Account {
	if a := p.packages[g].Account; !a.IsZero() {
		return a
	}
	if ent, ok := p.params.Accounts.Find(fy.first); ok {
		return ent.Value[g]
	}
	return Account{}
}

// sortPayments orders payments by due date, then month, segment and
// source. The cash flow is built nearly in order, so this is cheap.
func sortPayments(ps []Payment) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && paymentLess(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func paymentLess(a, b Payment) bool {
	if c := a.Due.Compare(b.Due); c != 0 {
		return c < 0
	}
	if c := a.Month.Compare(b.Month); c != 0 {
		return c < 0
	}
	if a.Segment != b.Segment {
		return a.Segment > b.Segment // BPU before PU
	}
	return a.Source < b.Source
}
