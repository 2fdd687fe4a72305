package contribution

import (
	"iter"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Row is one participant-month for the [Engine]: the fields of [Input] that
// a batch needs, with the basis in whole rupiah. Rows are plain values, so a
// batch of them is one allocation.
//
// Each field means what the [Input] field of the same name means; Month is
// the contribution month that [Calculator.Bill] takes beside the Input.
// Explicit relief claims (Input.Reliefs) have no place in a row: a row gets
// every relief whose conditions it meets.
type Row struct {
	// Month is the contribution month.
	Month regulation.Month
	// Segment is Input.Segment.
	Segment membership.Segment
	// Programs is Input.Programs.
	Programs membership.ProgramSet
	// Scale is Input.Scale.
	Scale membership.BusinessScale
	// RiskGroup is Input.RiskGroup.
	RiskGroup RiskGroup
	// Sector is Input.Sector.
	Sector Sector
	// Industry is Input.Industry.
	Industry Industry
	// Payer is Input.Payer.
	Payer membership.Payer
	// WorkerSharePayer is Input.WorkerSharePayer.
	WorkerSharePayer membership.Payer
	// Budget is Input.Budget.
	Budget Budget
	// PMIPackage is Input.PMIPackage.
	PMIPackage PMIPackage
	// ContractValue is Input.ContractValue.
	ContractValue bool
	// DeferJP is Input.DeferJP.
	DeferJP bool
	// JKP is Input.JKP. A row has no birth or registration date, which
	// would make every row of a batch bigger for a rule about few: a batch
	// that knows a worker registered at 54 or later (see
	// membership.Params.JKPEligible) sets JKPExclude.
	JKP JKPChoice
	// PMIExtraMonths is Input.PMIExtraMonths.
	PMIExtraMonths int32
	// Workforce is Input.Workforce.
	Workforce int32
	// Basis is the wage, declared income or contract value in whole rupiah.
	Basis int64
	// PMIJHT is a migrant worker's chosen monthly JHT, in whole rupiah.
	PMIJHT int64
}

// Input returns the row as an [Input] for [Calculator.Bill].
func (r Row) Input() Input {
	in := Input{
		Segment: r.Segment, Programs: r.Programs, Basis: decimal.NewFromInt(r.Basis), ContractValue: r.ContractValue,
		RiskGroup: r.RiskGroup, Scale: r.Scale, Industry: r.Industry, Workforce: int(r.Workforce), Sector: r.Sector,
		Payer: r.Payer, WorkerSharePayer: r.WorkerSharePayer, Budget: r.Budget,
		PMIPackage: r.PMIPackage, PMIExtraMonths: int(r.PMIExtraMonths), DeferJP: r.DeferJP,
		JKP: r.JKP,
	}
	if r.PMIJHT != 0 {
		in.PMIJHT = decimal.NewFromInt(r.PMIJHT)
	}
	return in
}

// Result is the bill of one [Row], in whole rupiah: the same numbers as
// [Calculator.Bill] gives — each program's amount before and after relief,
// each party's total — without the per-line split, citations or
// explanations. It is small and flat so that millions of them stream through
// memory quickly.
type Result struct {
	// Normal is each program's amount before relief, at index Program-1;
	// Has tells which programs have a line.
	Normal [5]int64
	// Amount is each program's amount after relief, at index Program-1.
	Amount [5]int64
	// Totals is each party's share summed over the lines, indexed by Party.
	Totals [numParties]int64
	// Billed is what the employer, worker and sponsor pay together.
	Billed int64
	// Deferred is the part of Billed whose payment is deferred.
	Deferred int64
	// Has is the programs the bill has a line for: for a migrant worker,
	// JKK (standing for the JKK+JKM package) and JHT when taken.
	Has membership.ProgramSet
	// Warned says the bill carried a warning (such as a declared income
	// brought into range); [Calculator.Bill] gives its text.
	Warned bool
	// Err is the row's problem, as [Calculator.Bill] reports it; the other
	// fields are zero when it is set.
	Err error
}

// Engine computes bills for many participant-months in int64 rupiah, with
// rates as integer parts per million, and no heap allocation per row for
// valid rows. It gives exactly what [Calculator.Bill] gives; rows it does not
// handle on its fast path (invalid input, explicit relief claims) go to the
// calculator. An Engine is immutable and safe for concurrent use.
type Engine struct {
	c        *Calculator
	rnd      Rounding
	first    regulation.Month
	months   []monthTable
	maxBasis int64
	maxValue int64
}

// monthTable is every parameter of one month, in integers.
type monthTable struct {
	puJKK       [5]int64
	puJKM       int64
	puJHT, puJP [2]int64 // employer, worker
	jpCap       int64
	jkpOK       bool
	jkp         [2]int64 // government, recomposition
	jkpCap      int64
	// jkpOffered is, by business scale, whether JKP is among the programs
	// a wage earner may take this month, so that JKPAuto adds it.
	jkpOffered     [membership.Large + 1]bool
	bpuJKK, bpuJHT int64
	bpuJKM         int64 // flat rupiah
	incMin, incMax int64
	steps          []int64
	pmiOK          bool
	pmiPre         int64
	pmiPlace       [3]int64 // 6, 12, 24 months
	pmiExtra       int64
	pmiJHT         []int64
	jakonWage      [2]int64
	jakonTiers     []tier
	// Reliefs, tabulated. keeps holds each distinct outcome of the reliefs
	// in force this month; the class tables give, for every combination of
	// the codes a relief's conditions may look at (see [Case]), the index of
	// its outcome in keeps, or classSlow when the calculator must decide (a
	// rule a relief needs has no rule, or the month's reliefs set more
	// workforce thresholds than one).
	keeps [maxKeeps]keep
	// nkeeps is how many of keeps are in use.
	nkeeps int
	// puMinWorkforce is the workforce threshold of the month's reliefs for
	// wage earners, 0 when they set none; puClass is by [industry][payer]
	// [workforce at or above it].
	puMinWorkforce int64
	puClass        [8][8][2]uint8
	// bpuClass is by [sector][budget][payer], with classSponsor set when a
	// sponsor, not the participant, carries the bill.
	bpuClass [8][APBDes + 1][8]uint8
	// jakonClass is by [contract value][payer].
	jakonClass [2][8]uint8
	// accepted has, by [segment][scale], bit s set when the program set
	// s may be billed this month: not empty, holding every program the
	// segment and scale must take and none it may not.
	accepted [membership.PMI + 1][membership.Large + 1]uint64
	// jkpUnscaled has bit s set when a wage earner whose employer's scale
	// is not given, with program set s, gets JKP: JKP is offered to every
	// scale s fits (membership.Params.ScalesFitting). accepted[PU][0] has
	// the sets that fit some scale.
	jkpUnscaled uint64
}

type tier struct{ above, jkk, jkm int64 }

// keep is one outcome of a month's reliefs: what is left to pay.
type keep struct {
	// part is the part (ppm) of each share of each program left to pay, by
	// Program-1: ppm where no relief cuts it. Multiplying a whole-rupiah
	// share by ppm and rounding gives the share back exactly in every
	// rounding mode, so a share without relief takes the same steps as one
	// with it, and no branch.
	part [5]int64
	// bpuJKM is a non-wage participant's flat JKM after relief.
	bpuJKM int64
	// jpDefer is the part (ppm) of each JP share that may be deferred, when
	// deferrable is set.
	jpDefer    int64
	deferrable bool
}

// programBits are the bits of a ProgramSet that stand for programs.
const programBits = membership.ProgramSet(1<<membership.JKK | 1<<membership.JKM | 1<<membership.JHT | 1<<membership.JP | 1<<membership.JKP)

// NewEngine prepares the parameters of every month a calculator covers as
// integers. It fails if a flat amount or bound is not whole rupiah.
func NewEngine(c *Calculator) (*Engine, error) {
	e := &Engine{c: c, rnd: c.o.Rounding, first: FirstMonth}
	if !c.o.MaxBasis.Equal(c.o.MaxBasis.Truncate(0)) || !c.o.MaxContractValue.Equal(c.o.MaxContractValue.Truncate(0)) {
		return nil, invalid("options", "", "batas dasar perhitungan harus rupiah bulat", "basis limits must be whole rupiah")
	}
	// Above these, basis × rate could overflow int64; such rows take the
	// calculator's path.
	const safeBasis, safeValue = 9_000_000_000_000, 1_000_000_000_000_000
	e.maxBasis = min(c.o.MaxBasis.IntPart(), safeBasis)
	e.maxValue = min(c.o.MaxContractValue.IntPart(), safeValue)
	var l problem.List
	for m := range regulation.Months(e.first, c.p.Through).All() {
		e.months = append(e.months, e.table(&l, m))
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	return e, nil
}

func whole(l *problem.List, name string, d decimal.Decimal) int64 {
	if !d.Equal(d.Truncate(0)) || d.IsNegative() {
		l.Add(problem.New(ErrInvalidParams, "params.not_whole", name, d.String(),
			"jumlah tetap harus rupiah bulat", "a flat amount must be whole rupiah"))
	}
	return d.IntPart()
}

// table reads every parameter for month m. A parameter that is not in force
// leaves its fields zero and its ok flag false; the rows that need it then
// go to the calculator, which reports the gap.
func (e *Engine) table(l *problem.List, m regulation.Month) monthTable {
	p := e.c.p
	var t monthTable
	on := m.FirstDay()
	if v, ok := p.PUJKK.Find(on); ok {
		for i, r := range v.Value {
			t.puJKK[i] = r.ppm
		}
	}
	if v, ok := p.PUJKM.Find(on); ok {
		t.puJKM = v.Value.ppm
	}
	if v, ok := p.PUJHT.Find(on); ok {
		t.puJHT = [2]int64{v.Value.Employer.ppm, v.Value.Worker.ppm}
	}
	if v, ok := p.PUJP.Find(on); ok {
		t.puJP = [2]int64{v.Value.Employer.ppm, v.Value.Worker.ppm}
	}
	jpCapOK := false
	if v, _, err := p.jpWageCap(m); err == nil {
		t.jpCap, jpCapOK = whole(l, p.PUJPCap.Name(), v.Value), true
	}
	v1, ok1 := p.PUJKP.Find(on)
	v2, ok2 := p.PUJKPCap.Find(on)
	if ok1 && ok2 {
		t.jkpOK = true
		t.jkp = [2]int64{v1.Value.Government.ppm, v1.Value.Recomposition.ppm}
		t.jkpCap = whole(l, p.PUJKPCap.Name(), v2.Value)
	}
	if v, ok := p.BPUJKK.Find(on); ok {
		t.bpuJKK = v.Value.ppm
	}
	if v, ok := p.BPUJKM.Find(on); ok {
		t.bpuJKM = whole(l, p.BPUJKM.Name(), v.Value)
	}
	if v, ok := p.BPUJHT.Find(on); ok {
		t.bpuJHT = v.Value.ppm
	}
	if v, ok := p.BPUIncome.Find(on); ok {
		t.incMin, t.incMax = whole(l, p.BPUIncome.Name(), v.Value.Min), whole(l, p.BPUIncome.Name(), v.Value.Max)
	}
	if v, ok := p.BPUSteps.Find(on); ok {
		for _, s := range v.Value {
			t.steps = append(t.steps, whole(l, p.BPUSteps.Name(), s))
		}
	}
	if v, ok := p.PMI.Find(on); ok {
		t.pmiOK = true
		t.pmiPre = whole(l, p.PMI.Name(), v.Value.PrePlacement)
		for i, n := range []int{6, 12, 24} {
			a, found := v.Value.Placement[n]
			if !found {
				t.pmiOK = false
				continue
			}
			t.pmiPlace[i] = whole(l, p.PMI.Name(), a)
		}
		t.pmiExtra = whole(l, p.PMI.Name(), v.Value.ExtraMonth)
		for _, a := range v.Value.JHTOptions {
			t.pmiJHT = append(t.pmiJHT, whole(l, p.PMI.Name(), a))
		}
	}
	if v, ok := p.Jakon.Find(on); ok {
		t.jakonWage = [2]int64{v.Value.WageJKK.ppm, v.Value.WageJKM.ppm}
		for _, tr := range v.Value.Tiers {
			t.jakonTiers = append(t.jakonTiers, tier{above: whole(l, p.Jakon.Name(), tr.Above), jkk: tr.JKK.ppm, jkm: tr.JKM.ppm})
		}
	}
	// A program whose rate, amount or cap has no rule this month is taken
	// out of the allowed sets, so that rows with it fail the fast path's
	// program check and the calculator reports the gap; a segment whose
	// every bill needs a missing rule allows nothing.
	var unruled [5]membership.ProgramSet // by segment
	ruled := func(seg membership.Segment, progs membership.ProgramSet, timelines ...regulation.Describer) {
		for _, tl := range timelines {
			if _, err := tl.Describe(on); err != nil {
				unruled[seg] = unruled[seg].Union(progs)
			}
		}
	}
	all := membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JP, membership.JKP)
	ruled(membership.PU, membership.SetOf(membership.JKK), p.PUJKK)
	ruled(membership.PU, membership.SetOf(membership.JKM), p.PUJKM)
	ruled(membership.PU, membership.SetOf(membership.JHT), p.PUJHT)
	ruled(membership.PU, membership.SetOf(membership.JP), p.PUJP, p.PUJPCap)
	if !jpCapOK {
		unruled[membership.PU] = unruled[membership.PU].With(membership.JP)
	}
	ruled(membership.PU, membership.SetOf(membership.JKP), p.PUJKP, p.PUJKPCap)
	ruled(membership.BPU, membership.SetOf(membership.JKK), p.BPUJKK)
	ruled(membership.BPU, membership.SetOf(membership.JKM), p.BPUJKM)
	ruled(membership.BPU, membership.SetOf(membership.JHT), p.BPUJHT)
	ruled(membership.BPU, all, p.BPUIncome, p.BPUSteps)
	ruled(membership.Jakon, all, p.Jakon)
	for _, seg := range membership.Segments() {
		for sc := membership.BusinessScale(0); sc <= membership.Large; sc++ {
			req, err1 := p.Membership.RequiredPrograms(seg, sc, on)
			allowed, err2 := p.Membership.AllowedPrograms(seg, sc, on)
			if err1 != nil || err2 != nil {
				continue
			}
			if seg == membership.PU {
				t.jkpOffered[sc] = allowed.Has(membership.JKP)
			}
			allowed &^= unruled[seg]
			for set := range membership.ProgramSet(64) {
				if !set.IsEmpty() && set.Contains(req) && allowed.Contains(set) {
					t.accepted[seg][sc] |= 1 << set
				}
			}
		}
	}
	e.unscaledTables(&t, unruled[membership.PU], on)
	e.reliefTables(&t, on)
	return t
}

// unscaledTables fills in the program sets a wage earner whose employer's
// scale is not given may be billed for, and those that get JKP, as the
// calculator decides them (checkUnscaled, jkpOffered). Sets holding a
// program without a rule this month are left to the calculator.
func (e *Engine) unscaledTables(t *monthTable, unruled membership.ProgramSet, on regulation.Date) {
	mp := e.c.p.Membership
	for set := range membership.ProgramSet(64) {
		if set.IsEmpty() || !set.Intersect(unruled).IsEmpty() {
			continue
		}
		fit, err := mp.ScalesFitting(set, on)
		if err != nil || len(fit) == 0 {
			continue
		}
		t.accepted[membership.PU][0] |= 1 << set
		jkp := true
		for _, sc := range fit {
			jkp = jkp && t.jkpOffered[sc]
		}
		if jkp {
			t.jkpUnscaled |= 1 << set
		}
	}
	// Whether an unscaled row gets JKP depends on its set: jkpOffered[0]
	// lets the row through to jkpUnscaled.
	t.jkpOffered[0] = t.jkpUnscaled != 0
}

const (
	classSponsor = 0x40         // the bill falls to a sponsor, not the participant
	maxKeeps     = 8            // the most outcomes a month's reliefs may have
	classIndex   = maxKeeps - 1 // the bits of a class that index keeps
	classSlow    = 0xff         // the row goes to the calculator
)

// reliefTables fills the month's relief tables from the reliefs in force on
// day on, asking each about every combination of the codes its conditions
// may look at. The engine knows no relief by name: whatever a relief's
// declaration says it does, the tables hold.
func (e *Engine) reliefTables(t *monthTable, on regulation.Date) {
	p := e.c.p
	var forces []reliefInForce
	thresholds := map[int]bool{}
	for _, r := range p.reliefs {
		if f, ok := r.find(on); ok {
			forces = append(forces, f)
			if f.terms.MinWorkforce > 0 && slices.Contains(f.terms.Segments, membership.PU) {
				thresholds[f.terms.MinWorkforce] = true
			}
		}
	}
	outcome := func(cs Case, wf int) uint8 {
		k := keep{part: [5]int64{ppm, ppm, ppm, ppm, ppm}}
		for i := range forces {
			f := &forces[i]
			if !slices.Contains(f.terms.Segments, cs.Segment) {
				continue
			}
			why, err := f.whyNot(cs, wf, on, p)
			if err != nil {
				return classSlow
			}
			if !why.IsZero() {
				continue
			}
			for _, cut := range f.terms.Cuts {
				for prog := range cut.Programs.All() {
					k.part[prog-1] = ppm - cut.Rate.ppm
				}
			}
			if f.terms.JPDeferral != nil {
				k.jpDefer, k.deferrable = f.terms.JPDeferral.ppm, true
			}
		}
		k.bpuJKM = e.rnd.divRound(t.bpuJKM * k.part[membership.JKM-1])
		i := slices.Index(t.keeps[:t.nkeeps], k)
		if i < 0 {
			if t.nkeeps == maxKeeps {
				return classSlow
			}
			i = t.nkeeps
			t.keeps[i] = k
			t.nkeeps++
		}
		return uint8(i)
	}
	// At most one workforce threshold is tabulated: rows on either side of
	// it take the two columns of puClass.
	var wfs [2]int
	puOK := len(thresholds) <= 1
	for thr := range thresholds {
		t.puMinWorkforce, wfs = int64(thr), [2]int{thr - 1, thr}
	}
	for ind := range t.puClass {
		for py := range t.puClass[ind] {
			for w := range t.puClass[ind][py] {
				cl := uint8(classSlow)
				if puOK && Industry(ind).isValid() && membership.Payer(py) <= membership.PayerSponsor {
					cl = outcome(Case{Segment: membership.PU, Payer: membership.Payer(py), Industry: Industry(ind)}, wfs[w])
				}
				t.puClass[ind][py][w] = cl
			}
		}
	}
	for sec := range t.bpuClass {
		for b := range t.bpuClass[sec] {
			for py := range t.bpuClass[sec][b] {
				cl := uint8(classSlow)
				payer := membership.Payer(py)
				if Sector(sec) <= Trade && payer <= membership.PayerSponsor {
					cl = outcome(Case{Segment: membership.BPU, Payer: payer, Sector: Sector(sec), Budget: budgetOf(Budget(b), payer)}, 0)
					if cl != classSlow && selfPartyOf(payer) == Sponsor {
						cl |= classSponsor
					}
				}
				t.bpuClass[sec][b][py] = cl
			}
		}
	}
	for cv := range t.jakonClass {
		for py := range t.jakonClass[cv] {
			cl := uint8(classSlow)
			if membership.Payer(py) <= membership.PayerSponsor {
				cl = outcome(Case{Segment: membership.Jakon, Payer: membership.Payer(py), ContractValue: cv == 1}, 0)
			}
			t.jakonClass[cv][py] = cl
		}
	}
}

// One computes the bill of one row.
func (e *Engine) One(r Row) Result {
	rows := [1]Row{r}
	var out [1]Result
	e.compute(rows[:], out[:])
	return out[0]
}

// Compute computes the bill of each row and returns the results, one per
// row and in order. It writes them into out's storage, from its start, when
// out's capacity holds len(rows) results, and into a new slice otherwise:
// pass the previous result back to reuse it,
//
//	buf = e.Compute(rows, buf)
//
// With storage reused it allocates nothing for valid rows.
func (e *Engine) Compute(rows []Row, out []Result) []Result {
	out = sized(out, len(rows))
	e.compute(rows, out)
	return out
}

// compute computes the bill of each row into out, which has a result for
// each row.
func (e *Engine) compute(rows []Row, out []Result) {
	for i := 0; i < len(rows); {
		i += e.fastRows(rows[i:], out[i:])
		if i < len(rows) {
			out[i] = e.slow(&rows[i])
			i++
		}
	}
}

// fastRows computes the leading rows the fast path takes and returns how
// many they are.
func (e *Engine) fastRows(rows []Row, out []Result) int {
	i := 0
	for i < len(rows) {
		var n int
		switch rows[i].Segment {
		case membership.BPU:
			n = e.bpuRun(rows[i:], out[i:])
		case membership.PU:
			n = e.puRun(rows[i:], out[i:])
		default:
			if e.fast(&rows[i], &out[i]) {
				n = 1
			}
		}
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// sized returns out resliced to n results, or a new slice of n results
// when out cannot hold them.
func sized(out []Result, n int) []Result {
	if cap(out) < n {
		return make([]Result, n)
	}
	return out[:n]
}

// ComputeParallel is [Engine.Compute] spread over workers goroutines (all
// cores when workers ≤ 0). Results are in the order of rows either way, and
// out is reused as Compute reuses it.
func (e *Engine) ComputeParallel(rows []Row, out []Result, workers int) []Result {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out = sized(out, len(rows))
	const minChunk = 4096
	if workers == 1 || len(rows) < 2*minChunk {
		return e.Compute(rows, out)
	}
	chunk := max((len(rows)+workers-1)/workers, minChunk)
	var wg sync.WaitGroup
	for lo := 0; lo < len(rows); lo += chunk {
		hi := min(lo+chunk, len(rows))
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.Compute(rows[lo:hi], out[lo:hi])
		}()
	}
	wg.Wait()
	return out
}

// All computes the bill of each row of a sequence, yielding rows and results
// in order. The Result is reused between rows: copy it to keep it.
func (e *Engine) All(rows iter.Seq[Row]) iter.Seq2[Row, *Result] {
	return func(yield func(Row, *Result) bool) {
		var (
			one [1]Row
			out [1]Result
		)
		for r := range rows {
			one[0] = r
			e.compute(one[:], out[:])
			if !yield(r, &out[0]) {
				return
			}
		}
	}
}

// slow computes a row with the calculator: for rows the fast path does not
// take, including every invalid one, so errors are the calculator's own.
func (e *Engine) slow(r *Row) Result {
	var out Result
	b, err := e.c.Bill(r.Input(), r.Month)
	if err != nil {
		out.Err = err
		return out
	}
	for _, ln := range b.Lines {
		out.Normal[ln.Program-1] = ln.Normal.IntPart()
		out.Amount[ln.Program-1] = ln.Amount.IntPart()
		out.Has = out.Has.With(ln.Program)
	}
	for p := range numParties {
		out.Totals[p] = b.Totals.Of(p).IntPart()
	}
	out.Billed, out.Deferred, out.Warned = b.Billed.IntPart(), b.Deferred.IntPart(), len(b.Warnings) > 0
	return out
}

// fast computes a valid construction or migrant worker's row into out,
// with small arrays; it returns false, having written nothing, for
// anything else, including the rows [Engine.puRun] and [Engine.bpuRun]
// take.
func (e *Engine) fast(r *Row, out *Result) bool {
	// The zero month is before the first, and so out of range.
	idx := uint(r.Month.Sub(e.first))
	if idx >= uint(len(e.months)) || (r.Segment != membership.Jakon && r.Segment != membership.PMI) {
		return false
	}
	t := &e.months[idx]
	if t.accepted[r.Segment][0]>>(r.Programs&programBits)&1 == 0 {
		return false
	}
	rnd := e.rnd
	var (
		normal, amount [5]int64
		totals         [numParties]int64
	)
	// add puts one party's share of line i, before relief and with the
	// part left to pay (ppm), into the bill.
	add := func(i int, party Party, n, part int64) {
		a := rnd.divRound(n * part)
		normal[i] += n
		amount[i] += a
		totals[party] += a
	}
	switch r.Segment {
	case membership.Jakon:
		if r.Basis <= 0 || r.Payer > membership.PayerSponsor {
			return false
		}
		cv := 0
		if r.ContractValue {
			cv = 1
		}
		class := t.jakonClass[cv][r.Payer&7]
		if class == classSlow {
			return false
		}
		k := &t.keeps[class&classIndex]
		if !r.ContractValue {
			if r.Basis > e.maxBasis {
				return false
			}
			if r.Programs.Has(membership.JKK) {
				add(0, Employer, rnd.divRound(r.Basis*t.jakonWage[0]), k.part[0])
			}
			if r.Programs.Has(membership.JKM) {
				add(1, Employer, rnd.divRound(r.Basis*t.jakonWage[1]), k.part[1])
			}
			break
		}
		if r.Basis > e.maxValue || len(t.jakonTiers) == 0 {
			return false
		}
		for i, p := range [2]membership.Program{membership.JKK, membership.JKM} {
			if !r.Programs.Has(p) {
				continue
			}
			a, ok := rnd.tiered(r.Basis, t.jakonTiers, i)
			if !ok {
				return false
			}
			add(int(p-1), Employer, a, k.part[p-1])
		}
	case membership.PMI:
		if !t.pmiOK || r.PMIExtraMonths < 0 || r.PMIExtraMonths > 120 || r.Payer > membership.PayerSponsor {
			return false
		}
		var pkg int64
		switch r.PMIPackage {
		case PrePlacement:
			if r.PMIExtraMonths != 0 {
				return false
			}
			pkg = t.pmiPre
		case Placement6, Placement12, Placement24:
			pkg = t.pmiPlace[r.PMIPackage-Placement6] + int64(r.PMIExtraMonths)*t.pmiExtra
		default:
			return false
		}
		party := r.selfParty()
		add(0, party, pkg, ppm)
		if r.Programs.Has(membership.JHT) {
			if !slices.Contains(t.pmiJHT, r.PMIJHT) {
				return false
			}
			add(2, party, r.PMIJHT, ppm)
		}
	}
	has := r.Programs & programBits
	if r.Segment == membership.PMI {
		has = membership.SetOf(membership.JKK).Union(r.Programs & membership.SetOf(membership.JHT))
	}
	out.Normal, out.Amount, out.Totals = normal, amount, totals
	out.Billed = totals[Employer] + totals[Worker] + totals[Sponsor]
	out.Deferred, out.Has, out.Warned = 0, has, false
	clearErr(out)
	return true
}

// codesKnown reports whether a ≤ la, b ≤ lb and c ≤ lc, for limits below 8,
// with one branch: x + (7 − l) stays below 8 exactly when x ≤ l, so the OR of
// the three sums has no bit from 3 up exactly when all three hold. The fast
// paths use it to send codes outside their lists to the calculator.
func codesKnown(a, la, b, lb, c, lc uint) bool {
	return (a+7-la)|(b+7-lb)|(c+7-lc) < 8
}

// taken is all ones when set holds program p and zero otherwise: a rate
// masked with it is the rate or zero, so that a program not taken costs a
// multiplication by zero rather than a branch. (Zero rounds to zero in
// every mode.)
func taken(set membership.ProgramSet, p membership.Program) int64 { return -(int64(set>>p) & 1) }

// clearErr drops a stale error from a reused Result, writing the interface
// only when it is set.
func clearErr(out *Result) {
	if out.Err != nil {
		out.Err = nil
	}
}

// puRun computes the leading rows of rows that are wage earners' rows the
// fast path takes, and returns how many they are. Like [Engine.bpuRun] it
// calls nothing and stores each field as soon as it is known.
func (e *Engine) puRun(rows []Row, out []Result) int {
	out = out[:len(rows)]
	rnd := e.rnd
	for i := range rows {
		r := &rows[i]
		// The zero month is before the first, and so out of range.
		idx := uint(r.Month.Sub(e.first))
		if idx >= uint(len(e.months)) || r.Segment != membership.PU || r.Basis <= 0 || r.Basis > e.maxBasis ||
			r.Scale > membership.Large || !r.RiskGroup.IsValid() || r.Workforce < 0 ||
			!codesKnown(uint(r.Industry), uint(Furniture), uint(r.Payer), uint(membership.PayerSponsor), uint(r.WorkerSharePayer), uint(membership.PayerSponsor)) {
			return i
		}
		t := &e.months[idx]
		progs := r.Programs & programBits
		switch {
		case r.JKP == JKPAuto:
			// JKP follows eligibility: added whenever it is offered.
			if t.jkpOffered[r.Scale] && (r.Scale != 0 || t.jkpUnscaled>>progs&1 != 0) {
				progs |= 1 << membership.JKP
			}
		case r.JKP != JKPExclude || progs.Has(membership.JKP):
			// An unknown choice, or JKP both excluded and named: the
			// calculator reports it.
			return i
		}
		jp, jkp := progs.Has(membership.JP), progs.Has(membership.JKP)
		wf := 0
		if int64(r.Workforce) >= t.puMinWorkforce {
			wf = 1
		}
		class := t.puClass[r.Industry&7][r.Payer&7][wf]
		if class == classSlow || t.accepted[membership.PU][r.Scale]>>progs&1 == 0 || (jkp && !t.jkpOK) {
			return i
		}
		k := &t.keeps[class&classIndex]
		if r.DeferJP && jp && !k.deferrable {
			return i
		}
		w := r.Basis
		o := &out[i]
		// A bill without the employer's scale carries the warning of it.
		o.Has, o.Warned = progs, r.Scale == 0
		jkkN := rnd.divRound(w * (t.puJKK[r.RiskGroup-1] & taken(progs, membership.JKK)))
		o.Normal[0] = jkkN
		jkk := rnd.divRound(jkkN * k.part[0])
		o.Amount[0] = jkk
		jkmN := rnd.divRound(w * (t.puJKM & taken(progs, membership.JKM)))
		o.Normal[1] = jkmN
		jkm := rnd.divRound(jkmN * k.part[1])
		o.Amount[1] = jkm
		if progs&membership.SetOf(membership.JHT, membership.JP, membership.JKP) == 0 {
			// Only JKK and JKM, as for a village official: both the employer's.
			o.Normal[2], o.Normal[3], o.Normal[4] = 0, 0, 0
			o.Amount[2], o.Amount[3], o.Amount[4] = 0, 0, 0
			o.Totals = [numParties]int64{Employer: jkk + jkm}
			o.Billed, o.Deferred = jkk+jkm, 0
			clearErr(o)
			continue
		}
		// Each share before relief, then after: the part left to pay of
		// each party's share, as the calculator cuts it.
		jht := taken(progs, membership.JHT)
		jhtE, jhtW := rnd.divRound(w*(t.puJHT[0]&jht)), rnd.divRound(w*(t.puJHT[1]&jht))
		o.Normal[2] = jhtE + jhtW
		jhtE, jhtW = rnd.divRound(jhtE*k.part[2]), rnd.divRound(jhtW*k.part[2])
		o.Amount[2] = jhtE + jhtW
		capped, jpOn := min(w, t.jpCap), taken(progs, membership.JP)
		jpE, jpW := rnd.divRound(capped*(t.puJP[0]&jpOn)), rnd.divRound(capped*(t.puJP[1]&jpOn))
		o.Normal[3] = jpE + jpW
		jpE, jpW = rnd.divRound(jpE*k.part[3]), rnd.divRound(jpW*k.part[3])
		o.Amount[3] = jpE + jpW
		jkpCapped, jkpOn := min(w, t.jkpCap), taken(progs, membership.JKP)
		jkpG, jkpR := rnd.divRound(jkpCapped*(t.jkp[0]&jkpOn)), rnd.divRound(jkpCapped*(t.jkp[1]&jkpOn))
		o.Normal[4] = jkpG + jkpR
		jkpG, jkpR = rnd.divRound(jkpG*k.part[4]), rnd.divRound(jkpR*k.part[4])
		o.Amount[4] = jkpG + jkpR
		worker := r.workerParty()
		var deferred int64
		switch {
		case !r.DeferJP || !jp:
		case worker == Employer:
			// The calculator defers each party's share of the line.
			deferred = rnd.divRound((jpE + jpW) * k.jpDefer)
		default:
			deferred = rnd.divRound(jpE*k.jpDefer) + rnd.divRound(jpW*k.jpDefer)
		}
		employer, own := jkk+jkm+jhtE+jpE, jhtW+jpW
		o.Totals = [numParties]int64{Employer: employer, Government: jkpG, Recomposition: jkpR}
		o.Totals[worker] += own
		o.Billed, o.Deferred = employer+own, deferred
		clearErr(o)
	}
	return len(rows)
}

// bpuRun computes the leading rows of rows that are non-wage rows the fast
// path takes, and returns how many they are. Nearly every row of a village
// is one. The loop calls nothing for them, so its state stays in registers
// instead of being saved and restored around a call for each row.
func (e *Engine) bpuRun(rows []Row, out []Result) int {
	out = out[:len(rows)]
	rnd := e.rnd
	for i := range rows {
		r := &rows[i]
		// The zero month is before the first, and so out of range.
		idx := uint(r.Month.Sub(e.first))
		if idx >= uint(len(e.months)) || r.Segment != membership.BPU || r.Basis <= 0 || r.Basis > e.maxBasis ||
			(r.Sector|Sector(r.Payer)) > 7 || r.Budget > APBDes {
			return i
		}
		t := &e.months[idx]
		progs := r.Programs & programBits
		if t.accepted[membership.BPU][0]>>progs&1 == 0 {
			return i
		}
		class := t.bpuClass[r.Sector&7][r.Budget][r.Payer&7]
		if class == classSlow {
			return i
		}
		income, warned := r.Basis, false
		if income < t.incMin || income > t.incMax {
			if e.c.o.Strict {
				return i
			}
			income, warned = min(max(income, t.incMin), t.incMax), true
		}
		if steps := t.steps; len(steps) > 0 {
			// Onto the income list, as the calculator puts it.
			switch at := stepAt(steps, income); {
			case at < len(steps) && steps[at] == income:
			case e.c.o.Steps == StepExact:
				return i
			case e.c.o.Steps == StepDown && at > 0 || at == len(steps):
				income = steps[at-1]
			default:
				income = steps[at]
			}
		}
		// Each field is stored on its own as soon as it is known, and the
		// zeros in pairs: stores are most of a row's cost, and a value
		// stored early need not be kept aside for later.
		o := &out[i]
		o.Has, o.Warned = progs, warned
		jkkN := rnd.divRound(income * (t.bpuJKK & taken(progs, membership.JKK)))
		o.Normal[0] = jkkN
		k := &t.keeps[class&classIndex]
		jkk := rnd.divRound(jkkN * k.part[0])
		o.Amount[0] = jkk
		jkmOn := taken(progs, membership.JKM)
		jkm := k.bpuJKM & jkmOn
		o.Normal[1], o.Amount[1] = t.bpuJKM&jkmOn, jkm
		jhtN := rnd.divRound(income * (t.bpuJHT & taken(progs, membership.JHT)))
		o.Normal[2], o.Normal[3], o.Normal[4] = jhtN, 0, 0
		jht := jhtN
		if k.part[2] != ppm {
			// A relief cuts JHT: rare, and the same for every row of its
			// class, so the branch is well predicted.
			jht = rnd.divRound(jhtN * k.part[2])
		}
		o.Amount[2], o.Amount[3], o.Amount[4] = jht, 0, 0
		sum := jkk + jkm + jht
		o.Totals = [numParties]int64{}
		o.Totals[Worker+(Sponsor-Worker)*Party(class>>6)] = sum
		o.Billed, o.Deferred = sum, 0
		clearErr(o)
	}
	return len(rows)
}

// stepAt returns the index of the first step at or above income, or
// len(steps). It is small enough to be worked out in line, so that
// [Engine.bpuRun] calls nothing.
func stepAt(steps []int64, income int64) int {
	lo, hi := 0, len(steps)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); steps[h] < income {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// tiered sums marginal rates (column col of each tier: 0 JKK, 1 JKM) on the
// parts of value inside each tier in 128-bit integers, and rounds once. It
// reports false if the result would not fit.
func (r Rounding) tiered(value int64, tiers []tier, col int) (int64, bool) {
	var hi, lo uint64
	for i, t := range tiers {
		if value <= t.above {
			break
		}
		top := value
		if i+1 < len(tiers) && top > tiers[i+1].above {
			top = tiers[i+1].above
		}
		rate := t.jkk
		if col == 1 {
			rate = t.jkm
		}
		h, l := bits.Mul64(uint64(top-t.above), uint64(rate))
		var carry uint64
		lo, carry = bits.Add64(lo, l, 0)
		hi += h + carry
	}
	if hi >= ppm/2 {
		return 0, false
	}
	q, rem := bits.Div64(hi, lo, ppm)
	switch r {
	case HalfEven:
		if rem > ppm/2 || (rem == ppm/2 && q%2 == 1) {
			q++
		}
	case Down:
	case Up:
		if rem > 0 {
			q++
		}
	default:
		if rem >= ppm/2 {
			q++
		}
	}
	return int64(q), true
}

// workerParty and selfParty are Input's rules for rows.
func (r *Row) workerParty() Party { return workerPartyOf(r.Payer, r.WorkerSharePayer) }

func (r *Row) selfParty() Party { return selfPartyOf(r.Payer) }
