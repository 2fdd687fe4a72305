package village

import (
	"cmp"
	"fmt"
	"maps"
	"sync"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// Options tunes a [Planner]. The zero Options is the default: lenient
// about funding policy (a source not allowed is a warning), desa only, no
// directory of names, the national holiday calendar for due dates
// ([contribution.DefaultCalendar]), and the packages of [DefaultPackages].
type Options struct {
	// Strict makes a funding source the policy does not allow for a group
	// in the fiscal year, or one with no known policy, an error instead of
	// a warning.
	Strict bool
	// AllowKelurahan lets a plan be made for a kelurahan (see [Identify]).
	AllowKelurahan bool
	// Directory gives the names of villages, districts and regencies; nil
	// leaves them empty (province names are always known).
	Directory region.Directory
	// Calendar says which days are working days, for due dates; nil means
	// [contribution.DefaultCalendar]: weekends, national holidays and cuti
	// bersama days (counted as non-working under holiday.DefaultPolicy,
	// unconfirmed; a payment whose due date moved past one shows the safe,
	// unshifted date too, see [Payment.Safe]).
	Calendar contribution.Calendar
	// Packages replaces the default package of the groups it names; see
	// [DefaultPackages].
	Packages map[Group]Package
	// Reading is how PP 50/2025 is read for contributions paid from the
	// village budget; the zero value is [StatutoryReading]. Every plan
	// also shows what the other reading would cost.
	Reading Reading
	// CountActive makes a plan's target count everyone active at the end
	// of the fiscal year by the lapse rule, whether or not every month was
	// paid. By default the target counts only the people [Coverage.Protected]
	// calls protected: active at the year end and paid for every month.
	CountActive bool
}

// Planner computes village plans. Build one with [NewPlanner] and share
// it: it is immutable and safe for concurrent use.
type Planner struct {
	calc      *contribution.Calculator
	engine    *contribution.Engine
	bpuRelief func(regulation.Month) bool // a BPU relief is in force in the month
	params    Params
	opts      Options
	packages  [int(Informal) + 1]Package
	member    membership.Params
	through   regulation.Month
	// dues caches the due dates of the planner's calendar, per dueKey: a
	// national run would otherwise search the calendar 24 times a village.
	dues sync.Map // dueKey → [2]regulation.Date{due, safe}
	// programs caches membership.Params.CheckPrograms, a pure function of
	// the planner's membership parameters and its arguments, per
	// programsKey. Segment and scale come from the planner's packages and a
	// ProgramSet is a byte, so the cache holds at most a few thousand
	// entries per fiscal year.
	programs sync.Map // programsKey → error
}

// dueKey is a contribution month of a segment; the calendar is the
// planner's own.
type dueKey struct {
	seg   membership.Segment
	month regulation.Month
}

// programsKey is one call of CheckPrograms.
type programsKey struct {
	seg   membership.Segment
	scale membership.BusinessScale
	set   membership.ProgramSet
	on    regulation.Date
}

// packed returns k in one word, for a batch's map: the date's year in the
// low 32 bits, its month and day above them, then the program set, the
// scale and the segment (bytes all three).
func (k programsKey) packed() uint64 {
	return uint64(uint32(k.on.Year())) | uint64(k.on.Month())<<32 | uint64(k.on.Day())<<36 |
		uint64(k.set)<<41 | uint64(k.scale)<<49 | uint64(k.seg)<<57
}

// checkPrograms is p.member.CheckPrograms, cached. The error, a
// problem.List, is shared between calls: callers copy its problems
// (problem.List.AddField) and never change them.
func (p *Planner) checkPrograms(s *scratch, seg membership.Segment, scale membership.BusinessScale, set membership.ProgramSet, on regulation.Date) error {
	k := programsKey{seg, scale, set, on}
	if s != nil { // the batch's own cache first: no locks, no boxing
		pk := k.packed()
		if err, ok := s.programs[pk]; ok {
			return err
		}
		if s.programs == nil || len(s.programs) > maxPrograms {
			s.programs = map[uint64]error{}
		}
		err := p.checkPrograms(nil, seg, scale, set, on)
		if !on.After(p.through.LastDay()) {
			s.programs[pk] = err
		}
		return err
	}
	if v, ok := p.programs.Load(k); ok {
		err, _ := v.(error)
		return err
	}
	err := p.member.CheckPrograms(seg, scale, set, on)
	if !on.After(p.through.LastDay()) {
		p.programs.Store(k, err)
	}
	return err
}

// maxPrograms bounds a batch's cache of program checks.
const maxPrograms = 4096

// NewPlanner returns a planner that computes contributions with c (through
// its batch engine, so each month's law, discounts and their exclusions
// apply), with the village parameters p and the options o. A nil field of p
// stands for the default in [DefaultParams]; so does a nil p.Funding map.
//
// The planner computes with a copy of c's parameters and options in which
// the contribution parameter policy.pp50_2025.village_budget_excluded is
// false: o.Reading, not that parameter, says how PP 50/2025 is read for
// village budgets (see [Reading]).
func NewPlanner(c *contribution.Calculator, p Params, o Options) (*Planner, error) {
	if c == nil {
		return nil, problem.New(ErrInvalidParams, CodeParams, "calculator", "",
			"Kalkulator iuran wajib diberikan.", "A contribution calculator is required.")
	}
	if !o.Reading.IsValid() {
		return nil, problem.New(ErrInvalidParams, CodeParams, "reading", fmt.Sprint(uint8(o.Reading)),
			"Bacaan PP 50/2025 tidak dikenal.", "Unknown reading of PP 50/2025.")
	}
	cp := c.Params()
	cp.VillageBudgetExcluded = notExcluded()
	c, err := contribution.NewCalculator(cp, c.Options())
	if err != nil {
		return nil, err
	}
	def := DefaultParams()
	if p.Target == nil {
		p.Target = def.Target
	}
	if p.Criteria == nil {
		p.Criteria = def.Criteria
	}
	if p.Siltap == nil {
		p.Siltap = def.Siltap
	}
	if p.Accounts == nil {
		p.Accounts = def.Accounts
	}
	if p.Funding == nil {
		p.Funding = def.Funding
	}
	p.Funding = maps.Clone(p.Funding) // the caller's map may change later; the planner's may not
	e, err := contribution.NewEngine(c)
	if err != nil {
		return nil, err
	}
	if o.Calendar == nil {
		o.Calendar = contribution.DefaultCalendar()
	}
	pl := &Planner{calc: c, engine: e, params: p, opts: o, member: cp.Membership, through: cp.Through,
		bpuRelief: func(m regulation.Month) bool {
			return cp.ReliefInForce(contribution.ReliefBPU, m.FirstDay())
		}}
	pkgs := DefaultPackages()
	var l problem.List
	for _, g := range Groups {
		pk := pkgs[g]
		if v, ok := o.Packages[g]; ok {
			pk = v
		}
		l.AddField(fmt.Sprintf("packages.%s", g), checkPackage(pk))
		pl.packages[g] = pk
	}
	for g := range o.Packages {
		if !g.IsValid() {
			l.Add(problem.New(ErrUnknownGroup, CodeUnknownGroup, "packages", fmt.Sprint(uint8(g)),
				"Tidak dikenal.", "Unknown."))
		}
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	return pl, nil
}

func checkPackage(pk Package) error {
	var l problem.List
	bad := func(field, id, en string) {
		l.Add(problem.New(ErrInvalidParams, CodeParams, field, "", id, en))
	}
	switch pk.Segment {
	case membership.PU:
		if !pk.Scale.IsValid() {
			bad("business_scale", "Wajib diisi untuk PU.", "Required for PU.")
		}
		if !pk.RiskGroup.IsValid() {
			bad("risk_group", "Wajib diisi untuk PU.", "Required for PU.")
		}
		if pk.Source == SelfPaid {
			bad("source", "Iuran bagian pemberi kerja tidak dapat dibayar oleh pekerja.", "The employer's share cannot be paid by the worker.")
		}
	case membership.BPU:
		if !pk.Basis.IsPositive() {
			bad("basis", "Penghasilan yang dilaporkan wajib diisi untuk BPU.", "The declared income is required for BPU.")
		}
	default:
		bad("segment", "Paket desa hanya untuk PU atau BPU.", "A village package is for PU or BPU only.")
	}
	if pk.Programs.IsEmpty() {
		bad("programs", "Wajib diisi.", "Required.")
	}
	if !pk.Source.IsValid() {
		bad("source", "Wajib diisi.", "Required.")
	}
	return l.Err()
}

// Params returns the village parameters the planner uses. The Funding map
// is a copy: changing it changes nothing in the planner.
func (p *Planner) Params() Params {
	out := p.params
	out.Funding = maps.Clone(p.params.Funding)
	return out
}

// Package returns the package the planner uses for group g.
func (p *Planner) Package(g Group) Package {
	if !g.IsValid() {
		return Package{}
	}
	return p.packages[g]
}

// Request is what a plan is computed from: the village, the fiscal year,
// the roster and any budget ceilings.
type Request struct {
	// Village is the village's area code; it must be a desa unless the
	// planner allows a kelurahan.
	Village region.Code `json:"village"`
	// Year is the fiscal year (tahun anggaran), January to December.
	Year int `json:"year"`
	// Roster is every enrolment planned.
	Roster []Enrolment `json:"roster"`
	// Ceilings is the most each source may spend in the year. A source
	// without a ceiling is not limited. When money is short, see [Plan] for
	// who is covered first.
	Ceilings map[Source]decimal.Decimal `json:"ceilings,omitempty"`
	// CarryIn is what the previous fiscal year left to be paid in this one:
	// the previous plan's [CashYear] Out (the December wage-earner
	// contributions, due on 15 January). It enters the cash view of the
	// year ([Plan.Cash]); without it that view says the carry-over is
	// unknown. Each payment must be for a month before the year and fall
	// due within it.
	CarryIn []Payment `json:"carry_in,omitempty"`
}

// item is a resolved enrolment: defaults filled in, checked, with its place
// in the order of service and its rows.
//
// A plan holds one item per enrolment until its people are made (all of
// them at once for a [Plan], one at a time for a [Detail]), so an item
// keeps only what they need, in as few bytes as it can (80): the NIK as one
// word (see nikWord), the enrolment's other fields in their own types but
// the wage, in whole rupiah, and the line and rank, in 32 bits; the months
// as a first month and a count; what its covered months add up to in 32
// bits; no pointer but the name's. An enrolment whose wage is a decimal
// with an exponent (as "1000000.00" reads), whose line or rank does not fit
// 32 bits, or whose NIK one word cannot give back, is kept whole beside its
// item (wide, in scratch.wide), so that its Person shows it exactly as
// given; sums past 32 bits are kept beside it too (big, in scratch.big).
type item struct {
	nik  nikWord
	name string
	// What the covered months add up to (see Planner.add), in whole
	// rupiah: before relief, from the source and from the worker (after
	// relief: the two added), what the months not covered would cost, and
	// what the other reading adds. When one of them does not fit, all are
	// in scratch.big (see scratch.sumsOf).
	normal, fromSource, fromWorker, need uint32
	other                                int32
	wage                                 uint32 // whole rupiah, at most membership.MaxMonthlyIncome (resolve checks), which fits
	from                                 regulation.Month
	line, rank                           int32 // the enrolment's Line and Rank; see wide
	idx                                  int32 // index in the roster
	cov                                  int32 // the person's coverage over the year: an index in scratch.coverages
	group                                Group
	programs                             membership.ProgramSet
	source                               Source
	workerShare                          WorkerShare
	sector                               contribution.Sector
	// The months planned (from on, at most 12), covered, and those in
	// which the other reading changes the amount.
	months, covered, otherMonths uint8
	seg                          membership.Segment // the group's package's
	failed                       Source             // the source whose ceiling stopped coverage
	wide                         bool               // the whole enrolment is in scratch.wide, under idx
	big                          bool               // the item's sums are in scratch.big, under idx
}

// itemSums are what an item's covered months add up to (see item).
type itemSums struct {
	normal, fromSource, fromWorker, other, need int64
}

// setSums gives item it the sums v, in its own fields when they fit and
// in s.big otherwise.
func (s *scratch) setSums(it *item, v itemSums) {
	const most = 1<<32 - 1
	if v.normal >= 0 && v.normal <= most && v.fromSource >= 0 && v.fromSource <= most &&
		v.fromWorker >= 0 && v.fromWorker <= most && v.need >= 0 && v.need <= most &&
		v.other == int64(int32(v.other)) {
		it.normal, it.fromSource, it.fromWorker, it.need, it.other = uint32(v.normal), uint32(v.fromSource), uint32(v.fromWorker), uint32(v.need), int32(v.other)
		it.big = false
		return
	}
	if s.big == nil {
		s.big = map[int32]itemSums{}
	}
	s.big[it.idx] = v
	it.normal, it.fromSource, it.fromWorker, it.need, it.other, it.big = 0, 0, 0, 0, 0, true
}

// sumsOf returns the sums of item it.
func (s *scratch) sumsOf(it *item) itemSums {
	if it.big {
		return s.big[it.idx]
	}
	return itemSums{normal: int64(it.normal), fromSource: int64(it.fromSource), fromWorker: int64(it.fromWorker), other: int64(it.other), need: int64(it.need)}
}

// nikWord is a NIK in one word: its 16 digits as a number, below 2^54,
// which orders NIKs as their digits do (0 for the zero NIK), and in the top
// bit whether the birth date is in the 1900s. That is all of a NIK:
// membership makes every NIK with ParseNIK (UnmarshalText too), whose
// district and birth date follow from the digits but for the century of
// the birth year, which the reference date decides (see
// membership.NIKOptions.Reference). nik gives the NIK back.
type nikWord uint64

// nik1900 is the bit of a nikWord whose NIK's birth year is in the 1900s.
const nik1900 nikWord = 1 << 63

// The reference dates that give a NIK's birth year in the 2000s and in the
// 1900s, when it exists in that century: any 20yy is on or before the end
// of 2099, and any 20yy is after the end of 1999, when any 19yy is not.
var (
	ref2000 = regulation.MustDate(2099, time.December, 31)
	ref1900 = regulation.MustDate(1999, time.December, 31)
)

// wordOf returns n as a nikWord, and false when the word cannot give it
// back (a birth year outside 1900 to 2099, which ParseNIK never makes): its
// number is still n's, for the order of NIKs.
func wordOf(n membership.NIK) (nikWord, bool) {
	w := nikWord(nikNumber(n))
	if b := n.BirthDate(); !b.IsZero() {
		switch y := b.Year(); {
		case y >= 1900 && y < 2000:
			w |= nik1900
		case y < 2000 || y > 2099:
			return w, false
		}
	}
	return w, true
}

// number is the NIK's 16 digits as a number.
func (w nikWord) number() uint64 { return uint64(w &^ nik1900) }

// nik returns the NIK of w, as ParseNIK reads its digits with the
// reference date that gives its birth year.
func (w nikWord) nik() membership.NIK {
	if w == 0 {
		return membership.NIK{}
	}
	var b [16]byte
	v := w.number()
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	ref := ref2000
	if w&nik1900 != 0 {
		ref = ref1900
	}
	// The digits are those of a NIK ParseNIK read, so it reads them again.
	n, _ := membership.ParseNIK(string(b[:]), membership.NIKOptions{Reference: ref, AllowPlaceholder: true})
	return n
}

// newItem returns the item of e, resolved, at index i of the roster, and
// whether its fields cannot hold e exactly (see item.wide), which the
// caller keeps then.
func newItem(e *Enrolment, i int, seg membership.Segment) item {
	w, ok := wordOf(e.NIK)
	it := item{
		nik: w, name: e.Name, wage: uint32(intRupiah(e.Wage)), from: e.From, idx: int32(i),
		group: e.Group, programs: e.Programs, source: e.Source, workerShare: e.WorkerShare, sector: e.Sector,
		months: uint8(e.To.Sub(e.From) + 1), seg: seg,
		line: int32(e.Line), rank: int32(e.Rank),
	}
	it.wide = !ok || e.Wage.Exponent() != 0 || int(it.line) != e.Line || int(it.rank) != e.Rank
	return it
}

// to is the item's last month.
func (it *item) to() regulation.Month { return it.from.Add(int(it.months) - 1) }

// nikOf returns the item's NIK: from s.niks when it keeps them, from the
// item's word otherwise.
func (s *scratch) nikOf(it *item) membership.NIK {
	switch {
	case it.wide:
		return s.wide[it.idx].NIK
	case int(it.idx) < len(s.niks):
		return s.niks[it.idx]
	}
	return it.nik.nik()
}

// enrolment returns the item's enrolment, defaults filled in, as resolve
// left it; s holds it when it is wide.
func (s *scratch) enrolment(it *item) Enrolment {
	if it.wide {
		return s.wide[it.idx]
	}
	return Enrolment{
		NIK: s.nikOf(it), Name: it.name, Group: it.group, Programs: it.programs, Wage: s.wages.rp(int64(it.wage)),
		From: it.from, To: it.to(), Source: it.source, WorkerShare: it.workerShare, Sector: it.sector,
		Rank: int(it.rank), Line: int(it.line),
	}
}

// wageDecimal is the item's wage as the enrolment gave it.
func (s *scratch) wageDecimal(it *item) decimal.Decimal {
	if it.wide {
		return s.wide[it.idx].Wage
	}
	return s.wages.rp(int64(it.wage))
}

// where is the field path of the item's enrolment in messages, as
// Enrolment.where gives it.
func (s *scratch) where(it *item) string {
	if it.wide {
		return s.wide[it.idx].where(int(it.idx))
	}
	if it.line > 0 {
		return fmt.Sprintf("line[%d]", it.line)
	}
	return fmt.Sprintf("roster[%d]", it.idx)
}

// line is the item's enrolment's Line.
func (s *scratch) line(it *item) int {
	if it.wide {
		return s.wide[it.idx].Line
	}
	return int(it.line)
}

// rankKey is the item's rank key (see rankKey).
func (s *scratch) rankKey(it *item) int {
	if it.wide {
		return rankKey(s.wide[it.idx])
	}
	if it.group.IsOfficial() || it.rank <= 0 {
		return unranked
	}
	return int(it.rank)
}

// amount is what the covered months cost after relief.
func (v *itemSums) amount() int64 { return v.fromSource + v.fromWorker }

// compare orders a and b as they are served when money is short:
// officials first (head, secretary, others), then by rank (ranked before
// unranked), then by group, then by NIK and first month.
//
// compare returns -1 when a is served first, +1 when b is, 0 when they are
// the same enrolment. It defines the order that scratch.serve makes.
func (s *scratch) compare(a, b *item) int {
	if ta, tb := tier(a.group), tier(b.group); ta != tb {
		return cmp.Compare(ta, tb)
	}
	if ra, rb := s.rankKey(a), s.rankKey(b); ra != rb {
		return cmp.Compare(ra, rb)
	}
	if a.group != b.group {
		return cmp.Compare(a.group, b.group)
	}
	if c := cmp.Compare(a.nik.number(), b.nik.number()); c != 0 {
		return c
	}
	if a.from != b.from {
		return a.from.Compare(b.from)
	}
	return cmp.Compare(s.line(a), s.line(b))
}

func tier(g Group) uint8 {
	if g.IsOfficial() {
		return uint8(g)
	}
	return uint8(Official) + 1
}

func rankKey(e Enrolment) int {
	if e.Group.IsOfficial() || e.Rank <= 0 {
		return unranked
	}
	return e.Rank
}

// unranked is the rank key of an official or an unranked enrolment: after
// every rank.
const unranked = int(^uint(0) >> 1)

// fiscal is what a plan knows about its year.
type fiscal struct {
	year   int
	months regulation.MonthRange
	first  regulation.Date // 1 January
	last   regulation.Date // 31 December
}

func newFiscal(year int) (fiscal, error) {
	if year < 2015 || year > 9999 {
		return fiscal{}, problem.New(ErrOutsideYear, CodeYear, "year", fmt.Sprint(year),
			"Harus 2015 atau sesudahnya (program dimulai Juli 2015).",
			"Must be 2015 or later (the programs began in July 2015).")
	}
	m := regulation.Months(regulation.MustMonth(year, time.January), regulation.MustMonth(year, time.December))
	return fiscal{year: year, months: m, first: m.From.FirstDay(), last: m.To.LastDay()}, nil
}

// resolve fills in the defaults of enrolment i, *e (which it changes), and checks it, adding
// problems to errs and warnings to warns. identity says whether the NIK and
// name are required (they are not for a capacity question).
func (p *Planner) resolve(s *scratch, i int, e *Enrolment, fy fiscal, identity bool, errs, warns *problem.List) (item, bool) {
	at := func() string { return e.where(i) }
	n0 := len(*errs)
	fail := func(sentinel error, code problem.Code, field, value, id, en string) {
		errs.Add(problem.New(sentinel, code, problem.Join(at(), field), value, id, en))
	}
	if identity {
		switch {
		case !e.NIK.IsValid():
			fail(ErrInvalidEnrolment, CodeRequired, "nik", "", "Wajib diisi.", "Required.")
		case e.NIK.IsPlaceholder():
			fail(ErrInvalidEnrolment, CodeNIK, "nik", e.NIK.String(),
				"Diawali 0, tanda NIK sementara, yang tidak dapat didaftarkan; isi NIK dari KTP atau KK.",
				"Starts with 0, the mark of a placeholder, which cannot be registered; use the NIK on the identity or family card.")
		}
		e.Name = normalName(e.Name)
		if e.Name == "" {
			fail(ErrInvalidEnrolment, CodeRequired, "name", "", "Wajib diisi.", "Required.")
		}
	}
	if !e.Group.IsValid() {
		fail(ErrUnknownGroup, CodeUnknownGroup, "group", "", "Wajib diisi.", "Required.")
		return item{}, false
	}
	pk := p.packages[e.Group]
	if e.Programs.IsEmpty() {
		e.Programs = pk.Programs
	}
	if e.Source == 0 {
		e.Source = pk.Source
	}
	if e.WorkerShare == 0 {
		e.WorkerShare = pk.WorkerShare
	} else if pk.Segment != membership.PU {
		warns.Add(problem.New(ErrInvalidEnrolment, CodeShareIgnored, problem.Join(at(), "worker_share"), e.WorkerShare.String(),
			who(*e)+": pembayar iuran bagian pekerja hanya berlaku untuk PU; diabaikan.",
			who(*e)+": who pays the worker's share applies to wage earners only; ignored."))
		e.WorkerShare = 0
	}
	if e.From.IsZero() {
		e.From = fy.months.From
	}
	if e.To.IsZero() {
		e.To = fy.months.To
	}
	outside := false
	for _, m := range []struct {
		field string
		month regulation.Month
	}{{"from", e.From}, {"to", e.To}} {
		if !fy.months.Contains(m.month) {
			outside = true
			fail(ErrOutsideYear, CodeOutsideYear, m.field, m.month.String(),
				fmt.Sprintf("Bulan kepesertaan harus di dalam tahun anggaran %d.", fy.year),
				fmt.Sprintf("The months covered must lie within fiscal year %d.", fy.year))
		}
	}
	if !outside && e.To.Before(e.From) {
		fail(ErrInvalidEnrolment, CodeMonths, "to", e.From.String()+".."+e.To.String(),
			"Bulan akhir tidak boleh sebelum bulan awal.", "The last month cannot be before the first.")
	}
	if pk.Segment == membership.PU {
		if !e.Wage.IsPositive() {
			fail(ErrInvalidEnrolment, CodeWage, "wage", e.Wage.String(),
				"Wajib diisi dengan penghasilan tetap (siltap) lebih dari nol.", "Required: the fixed income (siltap), more than zero.")
		}
		if e.Source == SelfPaid {
			fail(ErrInvalidEnrolment, CodeSelfPaidEmployer, "source", e.Source.String(),
				"Iuran bagian pemberi kerja (pemerintah desa) tidak dapat dibayar oleh pekerja.",
				"The employer's share (the village government's) cannot be paid by the worker.")
		}
	} else if e.Wage.IsZero() {
		e.Wage = pk.Basis
	}
	switch {
	case e.Wage.Exponent() == 0 && e.Wage.Sign() > 0 && !e.Wage.GreaterThan(maxIncome):
		// Whole, positive and plausible: the common case, which none of
		// the checks below fails (sane takes longer to say so).
	case !sane(e.Wage):
		fail(ErrInvalidEnrolment, CodeWage, "wage", "",
			"Tidak masuk akal; periksa kembali angkanya.", "Implausible; check the figure.")
	case e.Wage.IsNegative() || (pk.Segment != membership.PU && !e.Wage.IsPositive()):
		fail(ErrInvalidEnrolment, CodeWage, "wage", e.Wage.String(),
			"Harus lebih dari nol.", "Must be more than zero.")
	case e.Wage.Exponent() < 0 && !e.Wage.Equal(e.Wage.Truncate(0)):
		fail(ErrInvalidEnrolment, CodeWage, "wage", e.Wage.String(),
			"Harus rupiah bulat.", "Must be whole rupiah.")
	case e.Wage.GreaterThan(maxIncome):
		fail(ErrInvalidEnrolment, CodeWage, "wage", e.Wage.String(),
			"Melebihi batas wajar; periksa kembali angkanya.", "Above the plausible limit; check the figure.")
	}
	if e.Rank < 0 {
		fail(ErrInvalidEnrolment, CodeRank, "rank", fmt.Sprint(e.Rank),
			"Tidak boleh negatif.", "Cannot be negative.")
	}
	if e.Sector != contribution.OtherSector && e.Sector.String() == "" {
		fail(ErrInvalidEnrolment, CodeSector, "sector", "", "Tidak dikenal.", "Unknown.")
	}
	if err := p.checkPrograms(s, pk.Segment, pk.Scale, e.Programs, fy.first); err != nil {
		errs.AddField(at(), err)
	}
	if len(*errs) > n0 {
		return item{}, false
	}
	it := newItem(e, i, pk.Segment)
	if s != nil && !it.wide {
		// The Person made of the item shows the roster's own decimal
		// while the cache holds it: a roster's wages are few.
		s.wages.keep(int64(it.wage), e.Wage)
	}
	if it.wide && s != nil {
		if s.wide == nil {
			s.wide = map[int32]Enrolment{}
		}
		s.wide[it.idx] = *e
	}
	return it, true
}

// maxIncome is membership.MaxMonthlyIncome as a decimal.
var maxIncome = decimal.NewFromInt(membership.MaxMonthlyIncome)

// intRupiah returns d, a whole amount of at most maxIncome rupiah (as
// resolve checks), as an int64: d.IntPart() without its copy of d.
func intRupiah(d decimal.Decimal) int64 {
	if d.Exponent() == 0 {
		return d.CoefficientInt64()
	}
	return d.IntPart()
}

// normalName returns a name in the form membership.NormalizeName gives,
// without work for a name already in that form: printable ASCII with
// single spaces between words and none around them.
func normalName(s string) string {
	if s == "" {
		return s
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return membership.NormalizeName(s)
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		// c-'!' wraps below '!': one comparison finds what is not a
		// printable character other than a space.
		if c := s[i]; c-'!' > '~'-'!' && (c != ' ' || prev == ' ') {
			return membership.NormalizeName(s)
		}
		prev = s[i]
	}
	return s
}

// sane reports whether d is an amount that can be compared and rounded
// cheaply: a decimal written with an exponent far from zero (1e1000000)
// would make shopspring build enormous numbers.
func sane(d decimal.Decimal) bool {
	return d.Exponent() >= -18 && d.Exponent() <= 18 && d.NumDigits() <= 40
}

// checkSiltap warns when an official's siltap is below the minimum ent, the
// one in force on the first day of the fiscal year.
func (p *Planner) checkSiltap(s *scratch, it *item, ent regulation.Entry[SiltapMinimum], warns *problem.List) {
	if it.seg != membership.PU {
		return
	}
	min, ok := ent.Value.For(it.group)
	if !ok || !s.wageDecimal(it).LessThan(min) {
		return
	}
	warns.Add(problem.New(ErrBelowMinimum, CodeBelowMinimum, problem.Join(s.where(it), "wage"), s.wageDecimal(it).String(),
		fmt.Sprintf("%s: siltap di bawah minimum %s untuk %s (%s); iuran dihitung dari siltap yang dibayarkan.",
			s.whoOf(it), rupiah.Format(min, problem.Indonesian), it.group.Label(problem.Indonesian), ent.Citation.Format(problem.Indonesian)),
		fmt.Sprintf("%s: the siltap is below the minimum of %s for %s (%s); contributions are computed on the siltap actually paid.",
			s.whoOf(it), rupiah.Format(min, problem.English), it.group.Label(problem.English), ent.Citation.Format(problem.English))))
}

// policy is the funding rule of one source for a fiscal year.
type policy struct {
	known   bool
	allowed GroupSet
	cite    regulation.Citation
}

func (p *Planner) policies(fy fiscal) [numSources]policy {
	var out [numSources]policy
	for _, s := range Sources {
		t := p.params.Funding[s]
		if t == nil {
			continue
		}
		if ent, ok := t.Find(fy.first); ok {
			out[s] = policy{known: true, allowed: ent.Value, cite: ent.Citation}
		}
	}
	return out
}

// policyProblem describes a source that may not pay for a group.
func policyProblem(field string, src Source, g Group, pol policy, year, count int) *problem.Error {
	who := func(l problem.Lang) string {
		if count > 1 {
			if l == problem.English {
				return fmt.Sprintf(" (%d enrolments)", count)
			}
			return fmt.Sprintf(" (%d peserta)", count)
		}
		return ""
	}
	if !pol.known {
		return problem.New(ErrSourceNotAllowed, CodeNoPolicy, field, src.String(),
			fmt.Sprintf("Tidak ada kebijakan yang diketahui tentang %s untuk iuran pada TA %d%s; periksa aturannya.", src.Label(problem.Indonesian), year, who(problem.Indonesian)),
			fmt.Sprintf("No known policy says whether %s may pay contributions in fiscal year %d%s; check the rules.", src.Label(problem.English), year, who(problem.English)))
	}
	return problem.New(ErrSourceNotAllowed, CodeSourceNotAllowed, field, src.String(),
		fmt.Sprintf("%s tidak boleh membiayai iuran %s pada TA %d%s (%s).", src.Label(problem.Indonesian), g.Label(problem.Indonesian), year, who(problem.Indonesian), pol.cite.Format(problem.Indonesian)),
		fmt.Sprintf("%s may not pay contributions for %s in fiscal year %d%s (%s).", src.Label(problem.English), g.Label(problem.English), year, who(problem.English), pol.cite.Format(problem.English)))
}

// Bill returns the full contribution bill of one enrolment for one month,
// with each program's basis, rate, relief, shares and legal sources, as
// contribution.Calculator.Bill computes it: the detail behind a plan's
// amounts, for explanations (contribution.Bill.Explain). Empty fields of e
// take its group's package, as in a plan; the month must lie within e's
// months when they are given. The funding policy is not checked here.
func (p *Planner) Bill(e Enrolment, m regulation.Month) (contribution.Bill, error) {
	var errs, warns problem.List
	fy, err := newFiscal(m.Year())
	if err != nil {
		return contribution.Bill{}, err
	}
	it, ok := p.resolve(nil, 0, &e, fy, false, &errs, &warns)
	if !ok {
		return contribution.Bill{}, errs.Err()
	}
	if m.Before(it.from) || m.After(it.to()) {
		return contribution.Bill{}, problem.New(ErrOutsideYear, CodeOutsideYear, "month", m.String(),
			"Di luar bulan kepesertaan.", "Outside the months enrolled.")
	}
	return p.calc.Bill(p.row(&it).Input(), m)
}
