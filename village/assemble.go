package village

import (
	"slices"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/holiday"
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

// decimals is a small cache of the decimals of whole rupiah amounts: the
// wages of a roster and the amounts of a plan's people repeat (one
// package, one wage), and a decimal is immutable, so one value serves them
// all without an allocation each.
type decimals [256]struct {
	n int64
	d decimal.Decimal
}

// rp is rp(n) from the cache.
func (c *decimals) rp(n int64) decimal.Decimal {
	if n == 0 {
		return decimal.Zero
	}
	e := &c[(uint64(n)*0x9E3779B97F4A7C15)>>56]
	if e.n != n {
		e.n, e.d = n, decimal.NewFromInt(n)
	}
	return e.d
}

// keep puts d, whose value is n rupiah, in the cache, so that rp(n) gives
// d itself while it stays there.
func (c *decimals) keep(n int64, d decimal.Decimal) {
	if n != 0 {
		c[(uint64(n)*0x9E3779B97F4A7C15)>>56] = struct {
			n int64
			d decimal.Decimal
		}{n, d}
	}
}

// reliefKey is what decides which relief a row's bill carries, but for its
// month: the row without month and basis.
type reliefKey struct {
	row contribution.Row
}

// kindReliefs are the reliefs of one kind of row in the months of a year.
type kindReliefs struct {
	year  int
	month [12]appliedRelief
}

// appliedRelief is the relief of a row's bill.
type appliedRelief struct {
	known  bool
	relief contribution.Relief
	cite   regulation.Citation
}

// reliefKind returns the index of row's kind, for reliefOf: one map
// lookup per item, not per row. Kinds are kept across the plans of a
// batch, each with the reliefs of one year.
func (s *scratch) reliefKind(row contribution.Row) int {
	row.Month, row.Basis = regulation.Month{}, 0
	if s.kinds == nil {
		s.kinds = map[reliefKey]int{}
	}
	k, ok := s.kinds[reliefKey{row}]
	if !ok {
		k = len(s.kindRelief)
		s.kinds[reliefKey{row}] = k
		s.kindRelief = append(s.kindRelief, kindReliefs{})
	}
	return k
}

// reliefOf returns the relief the bill of row (of kind kind, in month
// index mi of the fiscal year) carries, from the calculator's explanation,
// computed once per kind and month.
func (p *Planner) reliefOf(s *scratch, kind, mi int, row *contribution.Row) *appliedRelief {
	kr := &s.kindRelief[kind]
	if y := row.Month.Year(); kr.year != y {
		*kr = kindReliefs{year: y}
	}
	if r := &kr.month[mi]; r.known {
		return r
	}
	r := appliedRelief{known: true}
	if b, err := p.calc.Bill(row.Input(), row.Month); err == nil {
		for _, l := range b.Lines {
			if l.Relief != nil {
				r.relief, r.cite = l.Relief.Relief, l.Relief.Citation
				break
			}
		}
	}
	kr.month[mi] = r
	return &kr.month[mi]
}

// reset empties the sums for a new plan.
func (t *sums) reset() {
	t.progNormal, t.progAmt = [len(billed)]int64{}, [len(billed)]int64{}
	clear(t.cash[:])
	clear(t.cashUsed[:])
	t.reliefs, t.reliefAmt, t.reliefPeople, t.runs = nil, t.reliefAmt[:0], t.reliefPeople[:0], t.runs[:0]
}

// reliefRun is one enrolment's part of a relief, a [ReliefPerson] without
// what its item says (NIK, name, group), in 16 bytes: the months from From
// to To (by their index in the fiscal year, From's in the high four bits),
// Count of them with the relief, which saved Amount (an int64 in two
// halves, the low one first, so that the run needs no 8-byte alignment).
type reliefRun struct {
	item   int32     // index in the order of service
	amount [2]uint32 // see amountOf
	months uint8     // the first and the last month's index, 4 bits each
	count  uint8
	relief uint16 // index in sums.reliefs
}

// amountOf returns what the run saved.
func (r *reliefRun) amountOf() int64 { return int64(uint64(r.amount[0]) | uint64(r.amount[1])<<32) }

// addAmount adds n to what the run saved.
func (r *reliefRun) addAmount(n int64) {
	a := uint64(r.amountOf() + n)
	r.amount = [2]uint32{uint32(a), uint32(a >> 32)}
}

// reliefPerson returns the ReliefPerson of run, of a plan whose fiscal
// year starts in month first.
func (s *scratch) reliefPerson(run *reliefRun, first regulation.Month) ReliefPerson {
	it := &s.items[s.order[run.item]]
	return ReliefPerson{NIK: s.nikOf(it), Name: it.name, Group: it.group,
		Months: regulation.Months(first.Add(int(run.months>>4)), first.Add(int(run.months&0xF))),
		Count:  int(run.count), Amount: s.decs.rp(run.amountOf())}
}

// add adds up the covered months of item it, whose rows and their results
// are b from month m0 of the year on, into the item and s.sum: the amounts before
// and after relief, from the source and the worker, per program, per month
// of the cash flow, per relief (with the runs of months each relief
// covered for the person), and what the other reading would add; and what
// the months not covered would cost. Items are added in the order of
// service, the order of a plan's People.
func (p *Planner) add(s *scratch, b *yearBills, m0 int, it *item, at int) {
	t := &s.sum
	var pn, ps, pw, alt int64
	seg := it.seg
	g := it.group
	rp0, run := -1, -1 // the relief run of this item: index in reliefs and in t.runs
	// The sums over the covered months, from the bills' running sums.
	lo, hi := &b.cum[m0], &b.cum[m0+int(it.covered)]
	for i := range len(billed) {
		t.progNormal[i] += hi.normal[i] - lo.normal[i]
		t.progAmt[i] += hi.amount[i] - lo.amount[i]
	}
	pn, ps, pw = hi.rn-lo.rn, hi.src-lo.src, hi.wrk-lo.wrk
	alt = hi.alt - lo.alt
	altMonths := hi.altMonths - lo.altMonths
	kind := -1 // the item's kind of row, for reliefOf
	var row contribution.Row
	covered := int(it.covered)
	if s.rollup { // no cash flow, no reliefs: no one sees them
		covered = 0
	}
	for k := range covered {
		src, wrk := b.src[m0+k], b.wrk[m0+k]
		t.cash[m0+k][seg][it.source][g] += src
		t.cash[m0+k][seg][SelfPaid][g] += wrk
		t.cashUsed[m0+k][seg][it.source], t.cashUsed[m0+k][seg][SelfPaid] = true, true
		if rn, ra := b.rn[m0+k], b.ra[m0+k]; rn != ra {
			if kind < 0 {
				row = p.row(it)
				if b.reliefKind == 0 {
					b.reliefKind = s.reliefKind(row) + 1
				}
				kind = b.reliefKind - 1
			}
			row.Month = it.from.Add(k)
			ar := p.reliefOf(s, kind, m0+k, &row)
			ri := rp0
			if ri < 0 || t.reliefs[ri].Relief != ar.relief || t.reliefs[ri].Citation.Instrument != ar.cite.Instrument || t.reliefs[ri].Citation.Article != ar.cite.Article {
				// One relief, whatever the note of its month's entry says.
				cite := regulation.Citation{Instrument: ar.cite.Instrument, Article: ar.cite.Article, Confidence: ar.cite.Confidence}
				ri = slices.IndexFunc(t.reliefs, func(r ReliefTotal) bool { return r.Relief == ar.relief && r.Citation == cite })
				if ri < 0 {
					t.reliefs = append(t.reliefs, ReliefTotal{Relief: ar.relief, Citation: cite})
					t.reliefAmt = append(t.reliefAmt, 0)
					t.reliefPeople = append(t.reliefPeople, 0)
					ri = len(t.reliefs) - 1
				}
			}
			mi := uint8(m0 + k) // the month's index in the year
			if rp0 != ri || run < 0 {
				t.runs = append(t.runs, reliefRun{item: int32(at), months: mi << 4, relief: uint16(ri)})
				t.reliefPeople[ri]++
				rp0, run = ri, len(t.runs)-1
			}
			r := &t.runs[run]
			r.months = r.months&0xF0 | mi
			r.count++
			r.addAmount(rn - ra)
			t.reliefs[ri].PersonMonths++
			t.reliefAmt[ri] += rn - ra
		}
	}
	var need int64
	for k := int(it.covered); k < int(it.months); k++ {
		need += b.src[m0+k] + b.wrk[m0+k]
	}
	it.otherMonths = uint8(altMonths)
	s.setSums(it, itemSums{normal: pn, fromSource: ps, fromWorker: pw, other: alt, need: need})
}

// assemble adds up the items, their sums made (see [Planner.add]), into a
// plan; with people, the plan has its People and each relief its People,
// otherwise they are left nil for a [Detail] to make when asked.
func (p *Planner) assemble(s *scratch, v Village, fy fiscal, pols [numSources]policy, ceilings map[Source]decimal.Decimal, people bool) Plan {
	var (
		normal, amount    int64
		villageBudget     int64
		deducted          int64
		srcAmt            [numSources]int64
		grpNormal, grpAmt [numGroups]int64
		grpEnrolled       [numGroups]int
		grpCov            [numGroups]int
		grpPartial        [numGroups]int
		grpMonths         [numGroups]int
		grpVillage        [numGroups]int64
		grpDeducted       [numGroups]int64
		grpInVillage      [numGroups]bool
		short             ShortfallTotal
		shortNeed         int64
		effect            = ReadingEffect{Reading: p.opts.Reading, Citation: p.opts.Reading.citation(), Other: p.opts.Reading.Other()}
		otherDelta        int64
		t                 = &s.sum
		progNormal        = &t.progNormal
		progAmt           = &t.progAmt
		cash              = &t.cash
		reliefs           = t.reliefs
		reliefAmt         = t.reliefAmt
	)
	acctOf := s.year.acctOf
	for _, k := range s.order {
		it := &s.items[k]
		v := s.sumsOf(it)
		pn, pa, ps, pw, alt := v.normal, v.amount(), v.fromSource, v.fromWorker, v.other
		g := it.group
		deduct := it.seg == membership.PU // a wage earner's own share is deducted from pay
		normal += pn
		amount += pa
		srcAmt[it.source] += ps
		if deduct {
			deducted += pw
			grpDeducted[g] += pw
		} else {
			srcAmt[SelfPaid] += pw
		}
		if it.source.InVillageBudget() {
			villageBudget += ps
			grpVillage[g] += ps
			grpInVillage[g] = true
		}
		grpNormal[g] += pn
		grpAmt[g] += pa
		grpEnrolled[g]++
		grpMonths[g] += int(it.covered)
		if cov := &s.coverages[it.cov]; p.counts(cov) {
			grpCov[g]++
		} else if cov.Paid > 0 {
			grpPartial[g]++
		}
		if it.otherMonths > 0 {
			effect.PersonMonths += int(it.otherMonths)
			effect.People++
			otherDelta += alt
		}
		if it.covered < it.months {
			short.People++
			short.Months += int(it.months - it.covered)
			shortNeed += v.need
		}
	}
	for i := range reliefs {
		reliefs[i].Amount = rp(reliefAmt[i])
	}
	if reliefs == nil {
		reliefs = []ReliefTotal{}
	}
	var ppl []Person
	if people && !s.rollup {
		ppl = make([]Person, 0, len(s.order))
		for _, k := range s.order {
			ppl = append(ppl, s.person(k, &acctOf))
		}
		for i := range reliefs {
			reliefs[i].People = make([]ReliefPerson, 0, t.reliefPeople[i])
		}
		for i := range t.runs {
			r := &t.runs[i]
			reliefs[r.relief].People = append(reliefs[r.relief].People, s.reliefPerson(r, fy.months.From))
		}
	}

	plan := Plan{
		Village: v, Year: fy.year, Months: fy.months, People: ppl,
		Groups: []GroupTotal{}, Programs: []ProgramTotal{}, Sources: []SourceTotal{}, Accounts: []AccountTotal{},
		Shortfall: short, Reliefs: reliefs,
	}
	// For a roll-up, the amounts stay in s.roll as int64s, for the Tally
	// to add up, and the plan's decimals zero (see planSums).
	roll := &s.roll
	roll.reset()
	for _, g := range Groups {
		if grpEnrolled[g] == 0 {
			continue
		}
		gt := GroupTotal{
			Group: g, Enrolled: grpEnrolled[g], Covered: grpCov[g], Partial: grpPartial[g], PersonMonths: grpMonths[g],
			Account: acctOf[g],
		}
		if s.rollup {
			roll.groups = append(roll.groups, [4]int64{grpNormal[g], grpAmt[g], grpVillage[g], grpDeducted[g]})
		} else {
			gt.Normal, gt.Amount, gt.VillageBudget, gt.Deducted = rp(grpNormal[g]), rp(grpAmt[g]), rp(grpVillage[g]), rp(grpDeducted[g])
		}
		plan.Groups = append(plan.Groups, gt)
	}
	for i, prog := range billed {
		if progNormal[i] == 0 && progAmt[i] == 0 {
			continue
		}
		pt := ProgramTotal{Program: prog}
		if s.rollup {
			roll.programs = append(roll.programs, [2]int64{progNormal[i], progAmt[i]})
		} else {
			pt.Normal, pt.Amount = rp(progNormal[i]), rp(progAmt[i])
		}
		plan.Programs = append(plan.Programs, pt)
	}
	used := [numSources]bool{}
	for i := range s.items {
		used[s.items[i].source] = true
	}
	for _, src := range Sources {
		_, limited := ceilings[src]
		if !used[src] && !limited && srcAmt[src] == 0 {
			continue
		}
		st := SourceTotal{Source: src, Allowed: pols[src].allowed, Citation: pols[src].cite}
		if s.rollup {
			roll.sources = append(roll.sources, srcAmt[src])
		} else {
			st.Amount = rp(srcAmt[src])
		}
		if limited {
			st.Limited = true
			st.Ceiling = ceilings[src]
		}
		plan.Sources = append(plan.Sources, st)
	}
	plan.Progress = p.progress(fy, s)
	if s.rollup { // what follows only a reader of the plan sees
		roll.total = [4]int64{normal, amount, villageBudget, deducted}
		return plan
	}
	plan.Total = Totals{Normal: rp(normal), Amount: rp(amount), VillageBudget: rp(villageBudget), Deducted: rp(deducted)}
	plan.Shortfall.Needed = rp(shortNeed)
	plan.CashFlow = make([]Payment, 0, 64)
	// Budget accounts: groups sharing an account are added together, in
	// the order of their first group.
	for _, g := range Groups {
		if grpEnrolled[g] == 0 || !grpInVillage[g] {
			continue
		}
		acct := acctOf[g]
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
	// before PU (due the next); within a source, one payment per account.
	var sums []int64 // the amounts of one month, segment and source's payments
	for m := range 12 {
		month := fy.months.From.Add(m)
		for _, seg := range [...]membership.Segment{membership.BPU, membership.PU} {
			var due, safe regulation.Date
			for _, src := range Sources {
				if !t.cashUsed[m][seg][src] { // nothing added: every group's amount is zero
					continue
				}
				start := len(plan.CashFlow)
				sums = sums[:0]
				for _, g := range Groups {
					a := cash[m][seg][src][g]
					if a == 0 {
						continue
					}
					if due.IsZero() {
						// PU and BPU months always have a due date: only
						// construction and migrant contributions have none.
						due, safe = p.dueDate(seg, month)
					}
					var acct Account
					if src.InVillageBudget() {
						acct = acctOf[g]
					}
					found := false
					for i := start; i < len(plan.CashFlow); i++ {
						if pay := &plan.CashFlow[i]; pay.Account == acct {
							sums[i-start] += a
							pay.Groups |= SetOfGroups(g)
							found = true
							break
						}
					}
					if !found {
						plan.CashFlow = append(plan.CashFlow, Payment{Month: month, Segment: seg, Source: src, Account: acct,
							Groups: SetOfGroups(g), Due: due, Safe: safe})
						sums = append(sums, a)
					}
				}
				for i, a := range sums {
					plan.CashFlow[start+i].Amount = rp(a)
				}
			}
		}
	}
	sortPayments(plan.CashFlow)
	effect.OtherAmount = rp(amount + otherDelta)
	plan.Reading = effect
	return plan
}

// person returns the Person of item k (an index in s.items); acctOf is the budget account of each
// group in the fiscal year.
func (s *scratch) person(k int32, acctOf *[numGroups]Account) Person {
	it := &s.items[k]
	v := s.sumsOf(it)
	per := Person{
		Enrolment: s.enrolment(it), Segment: it.seg,
		Months: int(it.months), Covered: int(it.covered), Coverage: s.coverages[it.cov],
		Normal: s.decs.rp(v.normal), Amount: s.decs.rp(v.amount()), FromSource: s.decs.rp(v.fromSource), FromWorker: s.decs.rp(v.fromWorker),
		OtherReading: s.decs.rp(v.other),
	}
	if it.source.InVillageBudget() {
		per.Account = acctOf[it.group]
	}
	if it.covered < it.months {
		per.Shortfall = &Shortfall{Months: int(it.months - it.covered), Source: it.failed, Needed: s.decs.rp(v.need)}
	}
	return per
}

// accounts returns the budget account of each group in the fiscal year.
func (p *Planner) accounts(fy fiscal) [numGroups]Account {
	var acctOf [numGroups]Account
	for _, g := range Groups {
		acctOf[g] = p.accountOf(g, fy)
	}
	return acctOf
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
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	return a.Groups < b.Groups
}

// dueDate returns the day the contribution of month m of segment seg is due
// with the planner's calendar, and the safe day when the move to it went
// past a cuti bersama day (zero otherwise; see [Payment.Safe]). PU and BPU
// months inside the contribution parameters always have a due date.
//
// The answer is cached per segment and month (the calendar is the
// planner's): it depends on nothing else. A month the contribution
// parameters do not cover is an error there and is not cached, so the
// cache is bounded by the months they cover.
func (p *Planner) dueDate(seg membership.Segment, m regulation.Month) (due, safe regulation.Date) {
	k := dueKey{seg, m}
	if v, ok := p.dues.Load(k); ok {
		d := v.([2]regulation.Date)
		return d[0], d[1]
	}
	d, err := p.calc.Due(seg, m, p.opts.Calendar)
	if err != nil {
		return regulation.Date{}, regulation.Date{}
	}
	out := [2]regulation.Date{d.Date}
	for _, day := range d.Past {
		if day.Kind == holiday.CutiBersama {
			out[1] = d.Safe
			break
		}
	}
	p.dues.Store(k, out)
	return out[0], out[1]
}
