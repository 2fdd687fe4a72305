package village

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Plan is a village's employment social security plan for one fiscal
// year: what each person, group, program, funding source, month and budget
// account costs, who the budget covers and who it does not, and the
// progress to the coverage target.
//
// A fiscal year (tahun anggaran) of a village runs from 1 January to 31
// December and its books are kept on a cash basis (Permendagri 20/2018;
// secondary), so a plan shows the year two ways, both exact and
// reconciled: its contribution months, January to December (Total and the
// breakdowns), and the cash paid within it ([Plan.Cash]): a wage earner's
// contribution is due on the 15th of the next month, so the previous
// December's comes in and this December's goes out. The budget per
// account is the cash view's ([CashYear.Accounts]): that is what the
// village budget must hold.
//
// Every amount is whole rupiah, the billed contribution after any relief
// (what employer, worker and sponsors pay together; the government's JKP
// part is never billed). The totals add up exactly: the sum over People,
// over Groups, over Programs and over CashFlow each equals Total.Amount;
// the sum over Sources plus Total.Deducted (wage earners' own shares,
// deducted from their pay) equals it too; and the sum over Accounts equals
// Total.VillageBudget.
//
// Every list of a plan encodes as a JSON array, empty rather than null
// when there is nothing to list (an empty roster, say).
type Plan struct {
	// Village is the village planned for, with the names the directory
	// gives.
	Village Village `json:"village"`
	// Year is the fiscal year, and Months its twelve months.
	Year   int                   `json:"year"`
	Months regulation.MonthRange `json:"months"`
	// People is one entry per enrolment, with its defaults filled in, in
	// the order they are served when money is short.
	People []Person `json:"people"`
	// Groups, Programs and Sources break the total down by group, by
	// program (JKK, JKM, JHT, JP) and by funding source, each in the order
	// of its type, leaving out what has nothing planned. Sources leave out
	// what wage earners pay by deduction from their pay (Total.Deducted);
	// SelfPaid is what non-wage workers pay for themselves.
	Groups   []GroupTotal   `json:"groups"`
	Programs []ProgramTotal `json:"programs"`
	Sources  []SourceTotal  `json:"sources"`
	// Accounts break the village-budget part of the contribution months
	// down by budget account; [CashYear.Accounts] is the same in cash.
	Accounts []AccountTotal `json:"accounts"`
	// CashFlow is what is due when: one entry per contribution month,
	// segment, source and account, in order of due date.
	CashFlow []Payment `json:"cash_flow"`
	// Cash is the fiscal year as cash paid within it.
	Cash CashYear `json:"cash"`
	// Total is the grand total.
	Total Totals `json:"total"`
	// Shortfall adds up what ceilings left out ([Person.Shortfall]).
	Shortfall ShortfallTotal `json:"shortfall"`
	// Reliefs are the discounts the plan's amounts include, each with
	// whom and which months it covered.
	Reliefs []ReliefTotal `json:"reliefs"`
	// Reading is the reading of PP 50/2025 for village budgets the plan
	// used, and what the other would cost.
	Reading ReadingEffect `json:"reading"`
	// Progress is the plan measured against the coverage target and the
	// desa-sadar criteria.
	Progress Progress `json:"progress"`
	// Warnings are problems that did not stop the plan: a source the
	// funding policy does not allow (unless strict), a siltap below the
	// minimum, a declared income brought into range. A warning about one
	// enrolment names the person (with the NIK masked).
	Warnings problem.List `json:"warnings,omitempty"`
}

// Totals are a plan's (or a summary's) grand totals.
type Totals struct {
	// Normal is the contribution before any relief.
	Normal decimal.Decimal `json:"normal"`
	// Amount is the contribution billed, after relief.
	Amount decimal.Decimal `json:"amount"`
	// VillageBudget is the part of Amount paid from the village budget
	// (APBDes): Dana Desa, ADD, PADes and financial assistance.
	VillageBudget decimal.Decimal `json:"village_budget"`
	// Deducted is the part of Amount wage earners pay by deduction from
	// their pay: their own 2% of JHT and 1% of JP, when [WorkerPays]. The
	// village remits it with its own share; it is not village spending.
	Deducted decimal.Decimal `json:"deducted"`
}

// Relief returns how much the discounts save: Normal minus Amount.
func (t Totals) Relief() decimal.Decimal { return t.Normal.Sub(t.Amount) }

// Person is one enrolment's part of a plan.
type Person struct {
	// Enrolment is the enrolment with every default filled in.
	Enrolment Enrolment `json:"enrolment"`
	// Segment is PU for an official and BPU for everyone else, as the
	// group's package says.
	Segment membership.Segment `json:"segment"`
	// Account is the budget account the village budget pays the enrolment
	// from; the zero Account when the source is outside the village budget
	// or the group has none.
	Account Account `json:"account,omitzero"`
	// Months is the number of months planned (From to To); Covered how many
	// of them, from From on, the budget pays for.
	Months  int `json:"months"`
	Covered int `json:"covered"`
	// Coverage is what the person's paid months (of all their enrolments)
	// mean for their protection over the fiscal year.
	Coverage Coverage `json:"coverage"`
	// Normal and Amount are the contribution of the covered months before
	// and after relief.
	Normal decimal.Decimal `json:"normal"`
	Amount decimal.Decimal `json:"amount"`
	// FromSource is the part of Amount paid by the enrolment's source,
	// FromWorker the part the worker pays (a wage earner's own share,
	// deducted from pay, or everything when the worker pays their own
	// contribution).
	FromSource decimal.Decimal `json:"from_source"`
	FromWorker decimal.Decimal `json:"from_worker"`
	// OtherReading is what the other reading of PP 50/2025 would add to
	// Amount (negative when it saves); zero when the reading changes
	// nothing for the enrolment.
	OtherReading decimal.Decimal `json:"other_reading,omitzero"`
	// Shortfall says why some months are not covered; nil when all are.
	Shortfall *Shortfall `json:"shortfall,omitempty"`
}

// Shortfall is what a budget ceiling left out of one enrolment.
type Shortfall struct {
	// Months is the number of months not covered, the last ones planned.
	Months int `json:"months"`
	// Source is the source whose ceiling ran out.
	Source Source `json:"source"`
	// Needed is what covering those months would have cost.
	Needed decimal.Decimal `json:"needed"`
}

// ShortfallTotal adds up the shortfalls of a plan.
type ShortfallTotal struct {
	// People is the number of enrolments not fully covered, and Months
	// the months they lack.
	People int `json:"people"`
	Months int `json:"months"`
	// Needed is what covering every missing month would cost.
	Needed decimal.Decimal `json:"needed"`
}

// ReliefTotal is one relief's part of a plan: which regulation, for whom,
// for which months, and how much it saves.
type ReliefTotal struct {
	// Relief names the relief, and Citation its source.
	Relief   contribution.Relief `json:"relief"`
	Citation regulation.Citation `json:"citation"`
	// People are the enrolments it applied to, in the plan's order.
	People []ReliefPerson `json:"people"`
	// PersonMonths is the number of covered participant-months it applied
	// to, and Amount what it saved on them.
	PersonMonths int             `json:"person_months"`
	Amount       decimal.Decimal `json:"amount"`
}

// ReliefPerson is one enrolment's part of a relief.
type ReliefPerson struct {
	// NIK and Name name the person; the NIK prints masked.
	NIK  membership.NIK `json:"nik"`
	Name string         `json:"name"`
	// Group is the enrolment's group.
	Group Group `json:"group"`
	// Months are the first and last month the relief applied to, and
	// Count how many months in between it did.
	Months regulation.MonthRange `json:"months"`
	Count  int                   `json:"count"`
	// Amount is what it saved.
	Amount decimal.Decimal `json:"amount"`
}

// GroupTotal is a group's part of a plan.
type GroupTotal struct {
	// Group is the group totalled.
	Group Group `json:"group"`
	// Enrolled is the number of enrolments, Covered those whose person the
	// target counts (see [Progress.Covered]), Partial those with some month
	// paid but not counted, and PersonMonths the months covered in all.
	Enrolled     int `json:"enrolled"`
	Covered      int `json:"covered"`
	Partial      int `json:"partial"`
	PersonMonths int `json:"person_months"`
	// Normal and Amount are the group's contributions before and after
	// relief; VillageBudget the part of Amount the village budget pays, and
	// Deducted the part deducted from the workers' pay.
	Normal        decimal.Decimal `json:"normal"`
	Amount        decimal.Decimal `json:"amount"`
	VillageBudget decimal.Decimal `json:"village_budget"`
	Deducted      decimal.Decimal `json:"deducted"`
	// Account is the group's budget account in the fiscal year, zero when
	// none is set (see [Package.Account]).
	Account Account `json:"account,omitzero"`
}

// ProgramTotal is a program's part of a plan.
type ProgramTotal struct {
	// Program is the program totalled.
	Program membership.Program `json:"program"`
	// Normal and Amount are its contributions before and after relief.
	Normal decimal.Decimal `json:"normal"`
	Amount decimal.Decimal `json:"amount"`
}

// SourceTotal is a funding source's part of a plan, with its ceiling and
// the policy on it for the fiscal year.
type SourceTotal struct {
	// Source is the source totalled.
	Source Source `json:"source"`
	// Amount is what the source pays: for SelfPaid, the workers' own
	// contributions and shares.
	Amount decimal.Decimal `json:"amount"`
	// Limited says the source has a ceiling, Ceiling.
	Limited bool            `json:"limited,omitempty"`
	Ceiling decimal.Decimal `json:"ceiling,omitzero"`
	// Allowed are the groups the funding policy lets the source pay for in
	// the fiscal year, and Citation its source; the zero Citation when no
	// policy is known.
	Allowed  GroupSet            `json:"allowed"`
	Citation regulation.Citation `json:"citation,omitzero"`
}

// Left returns what remains of a limited source's ceiling.
func (s SourceTotal) Left() decimal.Decimal {
	if !s.Limited {
		return decimal.Zero
	}
	return s.Ceiling.Sub(s.Amount)
}

// AccountTotal is what one budget account of the village budget carries.
type AccountTotal struct {
	// Account is the budget line; the zero Account gathers the groups with
	// none assigned.
	Account Account `json:"account"`
	// Groups are the groups whose contributions the account carries.
	Groups GroupSet `json:"groups"`
	// Amount is what the village budget pays on the account.
	Amount decimal.Decimal `json:"amount"`
}

// Payment is one amount due: a contribution month's bills of one segment
// from one source on one budget account, and the day they are due (BPU by
// the 15th of the month, PU by the 15th of the next, moved to a working
// day).
type Payment struct {
	// Month is the contribution month paid for.
	Month regulation.Month `json:"month"`
	// Segment is PU or BPU: they fall due on different days.
	Segment membership.Segment `json:"segment"`
	// Source is who pays: the enrolments' funding source, or SelfPaid for
	// what workers pay themselves or have deducted from their pay.
	Source Source `json:"source"`
	// Account is the budget account of a village-budget payment, and
	// Groups the groups it is for; the zero Account outside the village
	// budget or when none is set.
	Account Account  `json:"account,omitzero"`
	Groups  GroupSet `json:"groups,omitzero"`
	// Due is the last day to pay, as contribution.Calculator.DueDate gives
	// it with the planner's calendar.
	Due regulation.Date `json:"due"`
	// Safe is the rule's day before the move, set only when the move went
	// past a cuti bersama day: whether such a day counts as a holiday for
	// due dates is unconfirmed (holiday.DefaultPolicy), and paying by Safe
	// is on time under either reading (contribution.Due.Safe).
	Safe regulation.Date `json:"safe,omitzero"`
	// Amount is what is due.
	Amount decimal.Decimal `json:"amount"`
}

// scratch is the memory one plan needs, reused across the villages of a
// batch.
type scratch struct {
	ctx        context.Context // nil: never done
	items      []item
	order      []int32             // indices in items, in the order of service
	wide       map[int32]Enrolment // the enrolments of the wide items, by index in the roster
	big        map[int32]itemSums  // the sums of the big items, by index in the roster
	niks       []membership.NIK    // the NIK of each enrolment, by index in the roster, when kept (see planFrom)
	bills      []yearBills         // per kind of row, see billsOf
	billIdx    map[billKey]int     // kind of row → index in bills
	billErrs   map[int]*[12]error  // index in bills → its months' problems, for the few with any
	lastBill   int                 // the index in bills billsOf last returned
	billHot    [1 << 6]billSlot    // kinds of row billsOf found lately, by a hash of their key
	byNIK      []int32             // items in order of NIK, then first month
	persons    []int32             // where each person's run of byNIK starts, and len(byNIK)
	people     []personGroups      // per person, for the criteria
	nikKeys    []nikKey            // for the sort by NIK
	orderKeys  []orderKey          // for the order of service
	smallKeys  []uint64            // for the order of service, when one word holds an item's key
	kinds      map[reliefKey]int   // kinds of row, for reliefs
	kindRelief []kindReliefs       // per kind, the reliefs of its months
	covers     map[uint64]int32    // coverKey.packed() → index in coverages
	coverages  []Coverage          // the batch's shapes of year, measured
	programs   map[uint64]error    // Planner.checkPrograms, for the batch, by programsKey.packed()
	year       *yearly             // what the planner says of the fiscal year of the batch's last plan
	sum        sums                // what the covered months add up to, as compute goes
	decs       decimals            // the batch's amounts as decimals
	wages      decimals            // the wages of the batch's rosters, as they gave them
	// rollup says the batch's plans are only added up ([Tally.Add]) and
	// shown to no one (a stream without a callback): a plan then has
	// only what a Tally reads, its amounts in roll and its decimals zero,
	// and no People, reliefs, cash flow, cash view, budget accounts or
	// warnings; the problems are the same.
	rollup bool
	roll   planSums // a roll-up's plan's amounts
	// once says the scratch serves one plan, not a batch: each piece of
	// it is let go as soon as the plan is done with it, not kept for the
	// next plan.
	once bool
}

// sums are the totals of a plan that compute adds up month by month, in
// the order of service; the rest of a plan's totals add up the items'.
type sums struct {
	progNormal, progAmt [len(billed)]int64
	cash                [12][membership.BPU + 1][numSources][numGroups]int64 // by month, segment, source and group
	cashUsed            [12][membership.BPU + 1][numSources]bool             // something was added to cash[m][seg][src]
	reliefs             []ReliefTotal                                        // without their People
	reliefAmt           []int64
	reliefPeople        []int       // per relief, the number of its runs
	runs                []reliefRun // every relief's runs, in the order of service
}

// Plan computes the plan of one village for one fiscal year.
//
// Each enrolment is checked and its defaults filled in from its group's
// package. Every problem is reported at once, as a problem.List whose
// fields name the roster line ("line[12].wage") when the enrolment was read
// from a file, or its index ("roster[3].wage"): a kelurahan where a desa is
// required, an unknown group, missing or malformed fields, overlapping
// enrolments of one NIK, months outside the fiscal year or beyond the
// contribution parameters, a negative ceiling, and — in strict mode — a
// source the funding policy does not allow. Then no plan is returned.
//
// The contribution of every participant-month is computed by the
// contribution engine, so each month's law applies, with its discounts and
// their exclusions (PP 50/2025 excludes APBD; for APBDes the planner's
// [Reading] decides, and the plan shows what the other reading costs). A
// request's CarryIn enters the cash view ([Plan.Cash]); a bad payment in it
// is an error like any other.
//
// When a source has a ceiling and its enrolments cost more, the budget is
// shared out in a fixed order: the village head, the secretary and the
// other officials first; then everyone else by Rank (1 first, unranked
// last), then by group, then by NIK and first month. Each enrolment in turn
// is covered month by month from its first month for as long as its
// source's remaining money (and, for the worker's own share, the SelfPaid
// ceiling if any) pays for the whole month; the months left are its
// Shortfall. Later, cheaper enrolments may still use what remains. The
// result does not depend on the order of the roster.
func (p *Planner) Plan(r Request) (Plan, error) {
	var s scratch
	return p.plan(r, &s, true)
}

// PlanContext is [Planner.Plan] that stops when ctx is done: it checks ctx
// as it goes through the roster (every [checkEvery] enrolments as it reads
// them and again as it bills them), not only before it starts, so a plan of a
// large roster nobody waits for any more does not run to its end. It then
// returns ctx's error (context.Canceled or context.DeadlineExceeded, or
// the cause given to context.WithCancelCause) and no plan.
func (p *Planner) PlanContext(ctx context.Context, r Request) (Plan, error) {
	s := scratch{ctx: orBackground(ctx)}
	return p.plan(r, &s, true)
}

// orBackground returns ctx, or context.Background() for a nil ctx.
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// checkEvery is how many enrolments a plan goes through between two looks
// at its context.
const checkEvery = 256

// stopped returns the error of the scratch's context, nil when it has none
// or it is not done.
func (s *scratch) stopped() error {
	if s.ctx == nil {
		return nil
	}
	if s.ctx.Err() != nil {
		return context.Cause(s.ctx)
	}
	return nil
}

// plan plans r with the memory of s; with people, the plan has its People
// and each relief its People (see [Planner.assemble]).
func (p *Planner) plan(r Request, s *scratch, people bool) (Plan, error) {
	roster, n := slices.Values(r.Roster), len(r.Roster)
	// The items hold what the plan needs of the roster: a caller that
	// keeps no other reference lets it go once they are made.
	r.Roster = nil
	return p.planFrom(r, roster, n, s, people)
}

// planFrom is plan with the enrolments roster yields in place of
// r.Roster; n is how many there are likely to be (0: not known).
func (p *Planner) planFrom(r Request, roster iter.Seq[Enrolment], n int, s *scratch, people bool) (Plan, error) {
	if err := s.stopped(); err != nil {
		return Plan{}, err
	}
	var errs, warns problem.List
	v, err := Identify(r.Village, p.opts.Directory, p.opts.AllowKelurahan)
	errs.Add(err)
	fy, err := newFiscal(r.Year)
	if err != nil {
		errs.Add(err)
		return Plan{}, errs.Err()
	}
	ceiling := checkCeilings(r.Ceilings, &errs)
	yr := p.yearly(s, fy)

	// Resolve every enrolment.
	s.items = slices.Grow(s.items[:0], n)
	clear(s.wide)
	clear(s.big)
	// The People of a batch's plans are made at once, many times a
	// second: their NIKs are kept whole rather than read again from the
	// items' words (see nikWord), which only a Detail, making its People
	// once, and a roll-up, making none, do.
	keepNIKs := !s.once && !s.rollup
	s.niks = s.niks[:0]
	if keepNIKs {
		s.niks = slices.Grow(s.niks, n)
	}
	i := 0
	for e := range roster {
		if i%checkEvery == checkEvery-1 {
			if err := s.stopped(); err != nil {
				return Plan{}, err
			}
		}
		if it, ok := p.resolve(s, i, &e, fy, true, &errs, &warns); ok {
			s.items = append(s.items, it)
		}
		if keepNIKs {
			s.niks = append(s.niks, e.NIK)
		}
		i++
	}
	p.checkOverlaps(s, fy, &errs)
	p.checkThrough(s, fy, &errs)
	pols := yr.pols
	p.checkPolicies(s, pols, fy, &errs, &warns)
	if err := errs.Err(); err != nil {
		return Plan{}, err
	}

	// Order of service, and one row per participant-month. A roll-up
	// with no ceiling needs no order: every month is covered, and what
	// the months add up to is a sum of int64s, the same in any order. Only
	// the problems a bill may have are listed in the order of service:
	// when there are any, the items are put in order and billed again.
	ordered := !s.rollup || slices.ContainsFunc(ceiling[:], func(c int64) bool { return c >= 0 })
	if ordered {
		s.serve()
	} else {
		s.order = s.order[:0]
		for k := range s.items {
			s.order = append(s.order, int32(k))
		}
	}
	if ent, ok := p.params.Siltap.Find(fy.first); ok && !s.rollup { // only a warning
		for _, k := range s.order {
			p.checkSiltap(s, &s.items[k], ent, &warns)
		}
	}
	if err := p.compute(s, fy, ceiling, &errs, &warns); err != nil {
		return Plan{}, err
	}
	if len(errs) > 0 && !ordered {
		errs = errs[:0]
		s.serve()
		if err := p.compute(s, fy, ceiling, &errs, &warns); err != nil {
			return Plan{}, err
		}
	}
	if err := errs.Err(); err != nil {
		return Plan{}, err
	}
	p.cover(s, fy, &errs)
	if s.once { // the people are listed in s.people now
		s.byNIK, s.persons = nil, nil
	}
	in := checkCarryIn(r.CarryIn, fy, &errs)
	if err := errs.Err(); err != nil {
		return Plan{}, err
	}
	if err := s.stopped(); err != nil {
		return Plan{}, err
	}
	plan := p.assemble(s, v, fy, pols, r.Ceilings, people)
	if !people {
		// A plan without its People (a Detail's) keeps the scratch to make
		// them from: let go of what that does not need.
		s.nikKeys, s.orderKeys, s.smallKeys, s.persons, s.people = nil, nil, nil, nil, nil
	}
	if s.rollup {
		return plan, nil
	}
	plan.Cash = cashYear(&plan, in, r.CarryIn != nil, fy)
	plan.Warnings = sortProblems(warns)
	return plan, nil
}

// yearly is what the planner's parameters say of one fiscal year, the same
// for every plan of the year: a batch works it out once.
type yearly struct {
	year   int
	pols   [numSources]policy
	acctOf [numGroups]Account // each group's budget account
	relief [12]bool           // a BPU relief is in force in the month
}

// yearly returns what the planner says of fiscal year fy, from s's cache
// when its last plan was for the same year.
func (p *Planner) yearly(s *scratch, fy fiscal) *yearly {
	if y := s.year; y != nil && y.year == fy.year {
		return y
	}
	y := &yearly{year: fy.year, pols: p.policies(fy), acctOf: p.accounts(fy)}
	for m := range y.relief {
		y.relief[m] = p.bpuRelief(fy.months.From.Add(m))
	}
	s.year = y
	return y
}

// sortProblems orders problems by the line (or roster index) they name,
// then by field and code, so that the order of the roster does not change
// the order of the messages.
func sortProblems(l problem.List) problem.List {
	slices.SortStableFunc(l, func(a, b *problem.Error) int {
		return cmp.Or(cmp.Compare(position(a.Field), position(b.Field)), cmp.Compare(a.Field, b.Field), cmp.Compare(a.Code, b.Code))
	})
	return l
}

// position returns the number in the first brackets of a field path,
// "line[12].wage" → 12, or -1 when there is none.
func position(field string) int {
	open := strings.IndexByte(field, '[')
	end := strings.IndexByte(field, ']')
	if open < 0 || end < open {
		return -1
	}
	n, err := strconv.Atoi(field[open+1 : end])
	if err != nil {
		return -1
	}
	return n
}

// checkThrough reports a plan that reaches past the last month the
// contribution parameters vouch for.
func (p *Planner) checkThrough(s *scratch, fy fiscal, errs *problem.List) {
	var last regulation.Month
	for i := range s.items {
		if t := s.items[i].to(); t.After(last) {
			last = t
		}
	}
	if last.IsZero() || !last.After(p.through) {
		return
	}
	errs.Add(problem.New(ErrOutsideYear, CodeBeyondParams, "year", fmt.Sprint(fy.year),
		fmt.Sprintf("Parameter iuran hanya berlaku sampai %s; rencana sampai %s memerlukan parameter yang lebih baru (atau Through yang ditetapkan pemanggil).", p.through, last),
		fmt.Sprintf("The contribution parameters only vouch for months up to %s; a plan up to %s needs newer parameters (or a Through the caller sets).", p.through, last)))
}

// checkCeilings reports every bad ceiling and returns each source's ceiling
// in whole rupiah (rounded down), or -1 for no limit.
func checkCeilings(ceilings map[Source]decimal.Decimal, errs *problem.List) [numSources]int64 {
	var ceiling [numSources]int64
	for i := range ceiling {
		ceiling[i] = -1
	}
	for _, src := range slices.Sorted(maps.Keys(ceilings)) {
		c := ceilings[src]
		field := "ceilings." + src.String()
		switch {
		case !src.IsValid():
			errs.Add(problem.New(ErrUnknownSource, CodeUnknownSource, "ceilings", fmt.Sprint(uint8(src)),
				"Tidak dikenal.", "Unknown."))
		case !sane(c):
			errs.Add(problem.New(ErrInvalidCeiling, CodeCeiling, field, "",
				"Tidak masuk akal; periksa kembali angkanya.", "Implausible; check the figure."))
		case c.IsNegative():
			errs.Add(problem.New(ErrInvalidCeiling, CodeCeiling, field, c.String(),
				"Tidak boleh negatif.", "Cannot be negative."))
		case c.GreaterThan(decimal.NewFromInt(maxBudget)):
			// Beyond any budget: no limit in practice.
		default:
			ceiling[src] = c.IntPart() // whole rupiah, rounded down
		}
	}
	return ceiling
}

// yearBills are the results of one kind of row (a row but for its month)
// in each month of a fiscal year, what the enrolment's source and the
// worker pay of each, and what the other reading of PP 50/2025 would add
// (zero where it changes nothing). The enrolments of a roster come in few
// kinds (one package, one wage), so a plan computes each kind's year once
// rather than each participant-month.
//
// A yearBills holds no pointer, so a batch's many of them cost the garbage
// collector nothing: a month's problem, rare, is kept in scratch.billErrs
// and marked in bad.
type yearBills struct {
	src, wrk, alt [12]int64
	rn, ra        [12]int64 // billed programs' amounts before and after relief
	cum           [13]billSums
	reliefKind    int    // the kind's index for reliefOf plus one; 0 until known
	bad, warned   uint16 // bit m: month m's bill has a problem (in scratch.billErrs), a warning
}

// billSums are the sums of a kind's bills over the months of the year
// before one: cum[m] sums months 0 to m-1, so the months a to b-1 add up to
// cum[b] minus cum[a].
type billSums struct {
	normal, amount    [len(billed)]int64
	rn, src, wrk, alt int64
	altMonths         int
}

// billKey is a kind of row for billsOf: what Planner.row and the other
// reading's budget make of an item, but for its month, and the fiscal
// year. The first word is the wage (a positive whole number of rupiah, as
// resolve checks), the second the group (which gives the package), the
// programs, sector, source and worker share, and the year's first month.
// Two words with no padding hash in one go.
type billKey [2]uint64

// billKeyOf returns item it's billKey for the fiscal year starting first.
func billKeyOf(it *item, first regulation.Month) billKey {
	return billKey{uint64(it.wage),
		uint64(it.group) | uint64(it.programs)<<8 | uint64(it.sector)<<16 | uint64(it.source)<<24 | uint64(it.workerShare)<<32 |
			uint64(uint32(first.Sub(regulation.Month{})))<<40}
}

// billSlot is a kind of row in scratch.billHot: its key, zero when empty,
// and its index in scratch.bills.
type billSlot struct {
	key billKey
	k   int
}

// maxBills bounds the kinds of row a batch keeps the bills of (about 2 KB
// each); past it the cache starts again. A variable for tests only.
var maxBills = 1024

// billsOf returns the bills of item it's kind of row in each month of the
// fiscal year whose first month is first; relief says in which months a
// BPU relief is in force. The result is valid until the next call.
func (p *Planner) billsOf(s *scratch, it *item, first regulation.Month, relief *[12]bool) *yearBills {
	key := billKeyOf(it, first)
	// A few slots in front of the map, one per hash of the key, find
	// nearly every kind of a roster without hashing it the map's way.
	slot := &s.billHot[(key[0]*0x9E3779B97F4A7C15^key[1]*0xC2B2AE3D27D4EB4F)>>(64-6)]
	if slot.key == key { // no item's key is zero, an empty slot's
		s.lastBill = slot.k
		return &s.bills[slot.k]
	}
	if k, ok := s.billIdx[key]; ok {
		s.lastBill, slot.key, slot.k = k, key, k
		return &s.bills[k]
	}
	if s.billIdx == nil || len(s.bills) >= maxBills {
		s.billIdx, s.bills = map[billKey]int{}, s.bills[:0]
		clear(s.billErrs)
		clear(s.billHot[:])
	}
	k := len(s.bills)
	s.billIdx[key] = k
	s.lastBill, slot.key, slot.k = k, key, k
	s.bills = append(s.bills, yearBills{})
	b := &s.bills[k]
	row := p.row(it)
	// Two sources may be billed alike under the planner's reading and
	// differently under the other: the key has both.
	ob := p.opts.Reading.Other().budget(it.source)
	var rows [12]contribution.Row
	for m := range rows {
		rows[m] = row
		rows[m].Month = first.Add(m)
	}
	var results [12]contribution.Result
	p.engine.Compute(rows[:], results[:])
	for m := range results {
		res := &results[m]
		if res.Err != nil {
			b.bad |= 1 << m
			if s.billErrs == nil {
				s.billErrs = map[int]*[12]error{}
			}
			e := s.billErrs[k]
			if e == nil {
				e = new([12]error)
				s.billErrs[k] = e
			}
			e[m] = res.Err
		}
		if res.Warned {
			b.warned |= 1 << m
		}
		b.src[m] = res.Totals[contribution.Employer] + res.Totals[contribution.Sponsor]
		b.wrk[m] = res.Totals[contribution.Worker]
		// The billed programs JKK, JKM, JHT and JP are the first four.
		for i := range len(billed) {
			b.rn[m] += res.Normal[i]
			b.ra[m] += res.Amount[i]
		}
	}
	// What the other reading would bill: non-wage rows paid from a
	// village-budget source whose budget differs between the readings, in
	// months with a BPU relief in force.
	if it.seg == membership.BPU && ob != row.Budget {
		var alt [12]contribution.Row
		var at [12]int
		n := 0
		for m := range rows {
			if relief[m] {
				alt[n], at[n] = rows[m], m
				alt[n].Budget = ob
				n++
			}
		}
		var res [12]contribution.Result
		p.engine.Compute(alt[:n], res[:n])
		for i := range n {
			if m := at[i]; res[i].Err == nil && results[m].Err == nil {
				b.alt[m] = res[i].Billed - results[m].Billed
			}
		}
	}
	for m := range results {
		c, n := &b.cum[m], &b.cum[m+1]
		*n = *c
		for i := range len(billed) {
			n.normal[i] += results[m].Normal[i]
			n.amount[i] += results[m].Amount[i]
		}
		n.rn += b.rn[m]
		n.src += b.src[m]
		n.wrk += b.wrk[m]
		if b.alt[m] != 0 {
			n.alt += b.alt[m]
			n.altMonths++
		}
	}
	return b
}

// compute bills every participant-month of s.order with the contribution
// engine (each kind of row once, see billsOf) and splits each result into
// the part the enrolment's source pays and the part the worker pays. Then,
// while no problem is found, it decides in the order of service how many
// months of each item the ceilings pay for (allocate), and adds up the
// covered months into the item and s.sum (add). It returns the error of
// s's context when that is done before the end.
func (p *Planner) compute(s *scratch, fy fiscal, ceiling [numSources]int64, errs, warns *problem.List) error {
	s.sum.reset()
	left := ceiling
	first := fy.months.From
	relief := &s.year.relief
	for i, k := range s.order {
		if i%checkEvery == 0 {
			if err := s.stopped(); err != nil {
				return err
			}
		}
		it := &s.items[k]
		b := p.billsOf(s, it, first, relief)
		m0 := it.from.Sub(first)
		months := uint16(1<<it.months-1) << m0 // the item's months, as bits
		if b.bad&months != 0 {
			bad := s.billErrs[s.lastBill]
			for k := range int(it.months) {
				if err := bad[m0+k]; err != nil {
					errs.AddField(problem.Join(s.where(it), it.from.Add(k).String()), err)
				}
			}
		}
		if b.warned&^b.bad&months != 0 {
			warns.Add(problem.New(ErrInvalidEnrolment, CodeIncomeAdjusted, problem.Join(s.where(it), "wage"), s.wageDecimal(it).String(),
				s.whoOf(it)+": penghasilan yang dilaporkan di luar rentang yang sah dan disesuaikan ke batasnya.",
				s.whoOf(it)+": the declared income is outside the legal range and was brought to its bound."))
		}
		if len(*errs) == 0 { // after a problem there is no plan to add up
			allocate(b, m0, it, &left)
			p.add(s, b, m0, it, i)
		}
	}
	return nil
}

// row is the contribution row of an item, without its month.
func (p *Planner) row(it *item) contribution.Row {
	pk := &p.packages[it.group]
	row := contribution.Row{
		Segment: pk.Segment, Programs: it.programs, Scale: pk.Scale, RiskGroup: pk.RiskGroup,
		Sector: it.sector, Payer: it.source.Payer(), Budget: p.opts.Reading.budget(it.source), Basis: int64(it.wage),
	}
	if pk.Segment == membership.PU {
		row.WorkerSharePayer = membership.PayerSelf
		if it.workerShare == EmployerPays {
			row.WorkerSharePayer = row.Payer
		}
	}
	return row
}

// who names an enrolment's person in a warning: the name and the masked
// NIK, "Udin Kusuma (6112••••••••9003)".
func who(e Enrolment) string {
	if e.Name == "" {
		return e.NIK.String()
	}
	return e.Name + " (" + e.NIK.String() + ")"
}

// whoOf is who of item it's enrolment.
func (s *scratch) whoOf(it *item) string { return who(Enrolment{NIK: s.nikOf(it), Name: it.name}) }

// checkOverlaps sorts the items by NIK into s.byNIK, marks where each
// person's run of them starts in s.persons, and reports every enrolment
// that shares a month with an earlier one of the same NIK: the earlier one
// named is, of those starting no later, the one that runs longest, so an
// enrolment inside a long one is reported even when a short one lies
// between them.
func (p *Planner) checkOverlaps(s *scratch, fy fiscal, errs *problem.List) {
	// The items are sorted as keys of one word: a NIK's 16 digits are a
	// number below 2^54, which orders NIKs as their digits do, and the
	// first month lies within the fiscal year (resolve checks it), which
	// takes 4 bits.
	keys := slices.Grow(s.nikKeys[:0], len(s.items))
	for i := range s.items {
		it := &s.items[i]
		keys = append(keys, nikKey{k: it.nik.number()<<4 | uint64(it.from.Sub(fy.months.From)), at: int32(i)})
	}
	slices.SortFunc(keys, func(a, b nikKey) int {
		if a.k != b.k { // nearly always decides
			return cmp.Compare(a.k, b.k)
		}
		x, y := &s.items[a.at], &s.items[b.at]
		return cmp.Or(cmp.Compare(s.line(x), s.line(y)), cmp.Compare(x.idx, y.idx))
	})
	s.byNIK, s.persons = slices.Grow(s.byNIK[:0], len(keys)), slices.Grow(s.persons[:0], len(keys)+1)
	var prev *item // of the current NIK's enrolments so far, the one ending last
	for j, k := range keys {
		cur := &s.items[k.at]
		s.byNIK = append(s.byNIK, k.at)
		if j == 0 || keys[j-1].k>>4 != k.k>>4 {
			s.persons = append(s.persons, int32(j))
			prev = cur
			continue
		}
		if cur.from.After(prev.to()) {
			prev = cur
			continue
		}
		errs.Add(problem.New(ErrOverlap, CodeOverlap, problem.Join(s.where(cur), "from"), s.nikOf(cur).String(),
			fmt.Sprintf("NIK ini sudah terdaftar pada bulan yang sama di %s (%s..%s).", s.where(prev), prev.from, prev.to()),
			fmt.Sprintf("This NIK is already enrolled for some of the same months at %s (%s..%s).", s.where(prev), prev.from, prev.to())))
		if cur.to().After(prev.to()) {
			prev = cur
		}
	}
	s.persons = append(s.persons, int32(len(keys)))
	s.nikKeys = keys
	if s.once {
		s.nikKeys = nil
	}
}

// serveSmall is serve for the plans whose ranks are below smallRank and
// items fewer than 2^24, nearly all: each item's key then fits in one word
// (tier, rank, group and place in s.byNIK, from the high bits down), and
// the words sort without a comparison function. It reports false, having
// done nothing, for the other plans.
func (s *scratch) serveSmall() bool {
	if len(s.byNIK) >= 1<<24 {
		return false
	}
	keys := slices.Grow(s.smallKeys[:0], len(s.byNIK))
	for pos, k := range s.byNIK {
		it := &s.items[k]
		r := uint64(smallRank) // unranked: after every rank below it
		if rk := s.rankKey(it); rk != unranked {
			if rk >= smallRank {
				return false
			}
			r = uint64(rk)
		}
		keys = append(keys, uint64(tier(it.group))<<56|r<<32|uint64(it.group)<<24|uint64(pos))
	}
	slices.Sort(keys)
	s.order = slices.Grow(s.order[:0], len(keys))
	for _, k := range keys {
		s.order = append(s.order, s.byNIK[k&(1<<24-1)])
	}
	s.smallKeys = keys
	if s.once {
		s.smallKeys = nil
	}
	return true
}

// smallRank bounds the ranks serveSmall orders.
const smallRank = 1<<24 - 1

// nikNumber returns the 16 digits of n as a number (0 for the zero NIK):
// of two NIKs, the one with the smaller number has the digits that come
// first, as NIK.Compare orders them.
func nikNumber(n membership.NIK) uint64 {
	var v uint64
	for _, c := range []byte(n.Digits()) {
		v = v*10 + uint64(c-'0')
	}
	return v
}

// nikKey is an item in the sort by NIK: its NIK's number and first month
// (see checkOverlaps), and its index in scratch.items.
type nikKey struct {
	k  uint64
	at int32
}

// orderKey is an item in the order of service (see scratch.compare): its
// tier, rank key and group, and its place in s.byNIK, which orders the
// items of one tier, rank and group by NIK, first month and line.
type orderKey struct {
	rank  uint64
	tier  uint8
	group Group
	pos   int32
}

// serve puts the items in the order of service into s.order, as sorting
// them by scratch.compare would, with the sort by NIK of checkOverlaps
// already done: of two items with the same tier, rank and group, the
// first in s.byNIK is served first.
func (s *scratch) serve() {
	if s.serveSmall() {
		return
	}
	keys := slices.Grow(s.orderKeys[:0], len(s.byNIK))
	for pos, k := range s.byNIK {
		it := &s.items[k]
		keys = append(keys, orderKey{rank: uint64(s.rankKey(it)), tier: tier(it.group), group: it.group, pos: int32(pos)})
	}
	slices.SortFunc(keys, func(a, b orderKey) int {
		if a.tier != b.tier {
			return cmp.Compare(a.tier, b.tier)
		}
		if a.rank != b.rank {
			return cmp.Compare(a.rank, b.rank)
		}
		if a.group != b.group {
			return cmp.Compare(a.group, b.group)
		}
		return cmp.Compare(a.pos, b.pos)
	})
	s.order = slices.Grow(s.order[:0], len(keys))
	for _, k := range keys {
		s.order = append(s.order, s.byNIK[k.pos])
	}
	s.orderKeys = keys
	if s.once {
		s.orderKeys = nil
	}
}

// checkPolicies checks every enrolment's source against the funding
// policy: errors in strict mode, one warning per source and group
// otherwise. A source that also pays an official's own share pays it for
// the same group, so the one check covers both; an official's own share
// paid by the official is not a source's payment and is not checked.
func (p *Planner) checkPolicies(s *scratch, pols [numSources]policy, fy fiscal, errs, warns *problem.List) {
	var count [numSources][numGroups]int
	for i := range s.items {
		it := &s.items[i]
		pol := pols[it.source]
		if pol.known && pol.allowed.Has(it.group) {
			continue
		}
		if p.opts.Strict {
			errs.Add(policyProblem(problem.Join(s.where(it), "source"), it.source, it.group, pol, fy.year, 1))
			continue
		}
		count[it.source][it.group]++
	}
	for _, src := range Sources {
		for _, g := range Groups {
			if n := count[src][g]; n > 0 {
				warns.Add(policyProblem("source", src, g, pols[src], fy.year, n))
			}
		}
	}
}

// allocate decides how many months of item it the ceilings pay for, from
// what is left of them after the items before it in the order of service;
// b are the bills of its kind of row, and m0 the index of its first month
// in the year.
func allocate(b *yearBills, m0 int, it *item, left *[numSources]int64) {
	it.covered, it.failed = it.months, 0
	if left[it.source] < 0 && left[SelfPaid] < 0 { // no ceiling to run out
		return
	}
	for k := range it.months {
		src, wrk := b.src[m0+int(k)], b.wrk[m0+int(k)]
		a, b := it.source, SelfPaid
		need := [2]int64{src, wrk}
		if a == b {
			need = [2]int64{src + wrk, 0}
		}
		if left[a] >= 0 && left[a] < need[0] {
			it.covered, it.failed = k, a
			break
		}
		if left[b] >= 0 && left[b] < need[1] {
			it.covered, it.failed = k, b
			break
		}
		if left[a] >= 0 {
			left[a] -= need[0]
		}
		if left[b] >= 0 {
			left[b] -= need[1]
		}
	}
}
