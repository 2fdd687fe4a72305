package contribution

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// FirstMonth is the first contribution month of the JKK, JKM, JHT and JP
// programs: July 2015 (PP 44/2015, PP 45/2015, PP 46/2015).
var FirstMonth = regulation.MustMonth(2015, 7)

// StepPolicy is what happens to a declared income that falls between two
// steps of the Lampiran II income list. It matters only when the list is
// loaded: the built-in list is empty, because only its two ends are known,
// and then every income in range is used as declared.
type StepPolicy uint8

const (
	// StepUp uses the next step up, so the contribution is never less than
	// the declared income warrants (the highest step for an income above
	// every step). It is the default.
	StepUp StepPolicy = iota
	// StepDown uses the step below (the lowest step for an income below
	// every step).
	StepDown
	// StepExact rejects an income that is not on the list.
	StepExact
)

// Options tunes a [Calculator]. The zero Options is the default: half-up
// rounding, lenient income bounds, the next step up, and an absurd-basis
// ceiling of Rp1,000,000,000 a month.
type Options struct {
	// Rounding is how each share is brought to whole rupiah.
	Rounding Rounding
	// Strict makes a declared income outside the legal range an error
	// wrapping ErrIncomeOutOfRange. Otherwise it is brought into range and
	// the bill carries a warning.
	Strict bool
	// Steps is what to do with an income between two listed steps.
	Steps StepPolicy
	// MaxBasis is the highest monthly wage or income accepted; anything above
	// is taken for a typing error. Zero means Rp1,000,000,000; otherwise it
	// must be more than zero and at most 10^18.
	MaxBasis decimal.Decimal
	// MaxContractValue is the highest construction contract value accepted.
	// Zero means Rp10,000,000,000,000 (ten trillion); otherwise it must be
	// more than zero and at most 10^18.
	MaxContractValue decimal.Decimal
}

var (
	defaultMaxBasis    = decimal.NewFromInt(1_000_000_000)
	defaultMaxContract = decimal.NewFromInt(10_000_000_000_000)
	// maxLimit is the highest basis limit an Options may set, 10^18, so that
	// every accepted basis is a whole number of rupiah that fits an int64.
	maxLimit = decimal.New(1, 18)
)

// maxExponent bounds the decimal exponent of any amount this package takes
// from a caller. shopspring compares, rounds and prints a decimal by
// building a power of ten as long as the gap between two exponents, so an
// amount written as 1e100000000 (or 1e-100000000) would take minutes and
// gigabytes in any of those; no amount of money needs an exponent beyond ±30.
const maxExponent = 30

// tame reports whether d's exponent is within ±maxExponent, so that
// comparing, rounding or printing it is cheap.
func tame(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -maxExponent && e <= maxExponent
}

// text returns an offending amount as text for an error, without expanding
// an extreme exponent: 1e100000000 reads "1e100000000".
func text(d decimal.Decimal) string {
	if tame(d) {
		return problem.Clip(d.String())
	}
	return problem.Clip(d.Coefficient().String()) + "e" + strconv.Itoa(int(d.Exponent()))
}

// Calculator computes bills. Build one with [NewCalculator] and share it: it
// is immutable and safe for concurrent use.
type Calculator struct {
	p Params
	o Options
}

// NewCalculator returns a calculator for a parameter set and options. It
// fails with an error wrapping [ErrInvalidParams] when a timeline is missing
// or holds a value no rule could have (a rate outside 0%–100%, a negative or
// absurd amount, income steps or contract-value tiers out of order), and with
// one wrapping [ErrInvalidInput] when an option is out of range.
func NewCalculator(p Params, o Options) (*Calculator, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	if o.MaxBasis.IsZero() {
		o.MaxBasis = defaultMaxBasis
	}
	if o.MaxContractValue.IsZero() {
		o.MaxContractValue = defaultMaxContract
	}
	if o.Rounding > Up || o.Steps > StepExact {
		return nil, invalid("options", "", "pilihan perhitungan tidak sah", "invalid calculation options")
	}
	for _, lim := range []struct {
		field string
		v     decimal.Decimal
	}{{"options.max_basis", o.MaxBasis}, {"options.max_contract_value", o.MaxContractValue}} {
		if !tame(lim.v) || !lim.v.IsPositive() || lim.v.GreaterThan(maxLimit) {
			return nil, problem.New(ErrInvalidInput, "input.options", lim.field, text(lim.v),
				"batas dasar perhitungan harus lebih dari nol dan paling banyak Rp1.000.000.000.000.000.000",
				"a basis limit must be more than zero and at most Rp1,000,000,000,000,000,000")
		}
	}
	return &Calculator{p: p, o: o}, nil
}

// Params returns the parameter set the calculator uses.
func (c *Calculator) Params() Params { return c.p }

// Options returns the options the calculator uses, with defaults filled in.
func (c *Calculator) Options() Options { return c.o }

// Bill computes the contribution of one participant for one month: one line
// per program with its basis, rate, shares and citations, and the totals per
// party. Every problem with the input is reported at once; a month before
// July 2015 or after the parameters' Through month is an error wrapping
// regulation.ErrNoRuleInForce.
func (c *Calculator) Bill(in Input, m regulation.Month) (Bill, error) {
	var l problem.List
	monthOK := c.checkMonth(&l, m)
	c.checkInput(&l, in, m, monthOK)
	if err := l.Err(); err != nil {
		return Bill{}, err
	}
	b := Bill{Month: m, Segment: in.Segment, Rounding: c.o.Rounding}
	if in.Segment == membership.PU && in.Scale == 0 {
		w, err := c.unscaledWarning(in.Programs, m)
		if err != nil {
			return Bill{}, err
		}
		b.Warnings = append(b.Warnings, w)
	}
	in.Programs = c.programsFor(in, m)
	r, err := c.reliefs(in, m)
	if err != nil {
		return Bill{}, err
	}
	switch in.Segment {
	case membership.PU:
		err = c.billPU(&b, in, m, r)
	case membership.BPU:
		err = c.billBPU(&b, in, m, r)
	case membership.Jakon:
		err = c.billJakon(&b, in, m, r)
	case membership.PMI:
		err = c.billPMI(&b, in, m)
	}
	if err != nil {
		return Bill{}, err
	}
	for _, ln := range b.Lines {
		b.Totals = b.Totals.Plus(ln.Shares)
		b.Deferred = b.Deferred.Add(ln.Deferred)
	}
	b.Billed = b.Totals.Billed()
	return b, nil
}

// checkMonth reports whether m is a month the parameters cover.
func (c *Calculator) checkMonth(l *problem.List, m regulation.Month) bool {
	switch {
	case m.IsZero():
		l.Add(invalid("month", "", "wajib diisi", "is required"))
	case m.Before(FirstMonth) || m.After(c.p.Through):
		l.Add(problem.New(regulation.ErrNoRuleInForce, "regulation.no_rule_in_force", "month", m.String(),
			fmt.Sprintf("tidak ada aturan iuran untuk bulan ini; aturan yang dikenal berlaku %s sampai %s", FirstMonth, c.p.Through),
			fmt.Sprintf("no contribution rule covers this month; the known rules run from %s to %s", FirstMonth, c.p.Through)))
	default:
		return true
	}
	return false
}

func (c *Calculator) checkInput(l *problem.List, in Input, m regulation.Month, monthOK bool) {
	if !in.Segment.IsValid() {
		l.Add(problem.New(membership.ErrUnknownSegment, "segment.unknown", "segment", codeText(in.Segment.String(), uint8(in.Segment)),
			"wajib diisi: PU, BPU, JAKON atau PMI", "is required: PU, BPU, JAKON or PMI"))
		return
	}
	// Codes outside their lists, which only a Go caller can build (every
	// decoder refuses them), are errors rather than "other": a code this
	// release does not know may be one a discount depends on.
	if in.Payer > membership.PayerSponsor {
		l.Add(problem.New(membership.ErrUnknownPayer, "payer.unknown", "payer", fmt.Sprint(uint8(in.Payer)),
			"tidak dikenal", "unknown"))
	}
	if in.Programs.IsEmpty() {
		l.Add(invalid("programs", "", "wajib diisi", "is required"))
	} else if monthOK && in.Segment == membership.PU && in.Scale == 0 {
		l.Add(c.checkUnscaled(in.Programs, m))
	} else if monthOK {
		l.Add(c.p.Membership.CheckPrograms(in.Segment, in.Scale, in.Programs, m.FirstDay()))
	}
	switch in.Segment {
	case membership.PU:
		c.checkBasis(l, in.Basis, c.o.MaxBasis)
		if !in.RiskGroup.IsValid() {
			l.Add(problem.New(ErrUnknownRiskGroup, "risk_group.unknown", "risk_group", codeText("", uint8(in.RiskGroup)),
				"wajib diisi (VERY_LOW sampai VERY_HIGH)", "is required (VERY_LOW to VERY_HIGH)"))
		}
		if !in.Industry.isValid() {
			l.Add(problem.New(ErrInvalidInput, "industry.unknown", "industry", fmt.Sprint(uint8(in.Industry)),
				"tidak dikenal", "unknown"))
		}
		if in.WorkerSharePayer > membership.PayerSponsor {
			l.Add(problem.New(membership.ErrUnknownPayer, "payer.unknown", "worker_share_payer", fmt.Sprint(uint8(in.WorkerSharePayer)),
				"tidak dikenal", "unknown"))
		}
		if in.Workforce < 0 {
			l.Add(invalid("workforce", fmt.Sprint(in.Workforce), "tidak boleh negatif", "cannot be negative"))
		}
		c.checkJKP(l, in)
	case membership.BPU:
		c.checkBasis(l, in.Basis, c.o.MaxBasis)
		if in.Sector > Trade {
			l.Add(problem.New(ErrInvalidInput, "sector.unknown", "sector", fmt.Sprint(uint8(in.Sector)),
				"tidak dikenal", "unknown"))
		}
		if in.Budget > APBDes {
			l.Add(problem.New(ErrInvalidInput, "budget.unknown", "budget", fmt.Sprint(uint8(in.Budget)),
				"tidak dikenal", "unknown"))
		}
	case membership.Jakon:
		limit := c.o.MaxBasis
		if in.ContractValue {
			limit = c.o.MaxContractValue
		}
		c.checkBasis(l, in.Basis, limit)
	case membership.PMI:
		if in.PMIPackage == NoPackage || in.PMIPackage > Placement24 {
			l.Add(invalid("pmi_package", codeText(in.PMIPackage.String(), uint8(in.PMIPackage)),
				"wajib diisi: PRE_PLACEMENT, PLACEMENT_6, PLACEMENT_12 atau PLACEMENT_24",
				"is required: PRE_PLACEMENT, PLACEMENT_6, PLACEMENT_12 or PLACEMENT_24"))
		}
		if in.PMIExtraMonths < 0 || in.PMIExtraMonths > 120 {
			l.Add(invalid("pmi_extra_months", fmt.Sprint(in.PMIExtraMonths),
				"bulan tambahan harus antara 0 dan 120", "extra months must be from 0 to 120"))
		}
		if in.PMIExtraMonths > 0 && in.PMIPackage.months() == 0 {
			l.Add(invalid("pmi_extra_months", fmt.Sprint(in.PMIExtraMonths),
				"bulan tambahan hanya untuk paket penempatan", "extra months apply only to a placement package"))
		}
	}
}

func (c *Calculator) checkBasis(l *problem.List, v, limit decimal.Decimal) {
	// The exponent is looked at before any comparison (see maxExponent): a
	// positive amount with an exponent above it is at least 10^31, above any
	// limit; one below it is written with more than 30 decimal places.
	absurd := func() {
		l.Add(problem.New(ErrInvalidBasis, "basis.absurd", "basis", text(v),
			"melebihi batas wajar "+rupiah.Format(limit, problem.Indonesian)+"; periksa kembali angkanya",
			"above the plausible limit of "+rupiah.Format(limit, problem.English)+"; check the figure"))
	}
	precision := func() {
		l.Add(problem.New(ErrInvalidBasis, "basis.precision", "basis", text(v),
			"paling banyak dua angka desimal (sen)", "at most two decimal places (sen)"))
	}
	switch {
	case !v.IsPositive():
		l.Add(problem.New(ErrInvalidBasis, "basis.not_positive", "basis", text(v),
			"upah atau penghasilan harus lebih dari nol", "the wage or income must be more than zero"))
	case v.Exponent() > maxExponent:
		absurd()
	case v.Exponent() < -maxExponent:
		precision()
	case v.GreaterThan(limit):
		absurd()
	case !v.Equal(v.Truncate(2)):
		precision()
	}
}

// share is one party's part of a line at a rate of the basis.
func (c *Calculator) share(basis decimal.Decimal, r Rate) decimal.Decimal {
	return c.o.Rounding.round(basis.Mul(r.Fraction()))
}

// discounted is a rounded share after a discount.
func (c *Calculator) discounted(normal decimal.Decimal, d Rate) decimal.Decimal {
	return c.o.Rounding.round(normal.Mul(d.Complement().Fraction()))
}

// part is one party's rate of a line.
type part struct {
	party Party
	rate  Rate
}

// rated builds a line from rates of a basis, applying a discount to each share.
func (c *Calculator) rated(p membership.Program, basis decimal.Decimal, parts []part, relief *AppliedRelief, cites ...regulation.Citation) Line {
	ln := Line{Program: p, Covers: membership.SetOf(p), Basis: basis, Relief: relief, Citations: cites}
	for _, pt := range parts {
		normal := c.share(basis, pt.rate)
		amount := normal
		if relief != nil {
			amount = c.discounted(normal, relief.Discount)
		}
		ln.Rate = ln.Rate.Add(pt.rate)
		ln.Normal = ln.Normal.Add(normal)
		ln.Amount = ln.Amount.Add(amount)
		ln.Shares.add(pt.party, amount)
	}
	if relief != nil {
		ln.Citations = append(ln.Citations, relief.Citation)
	}
	return ln
}

// flat builds a line of a flat amount carried by one party.
func (c *Calculator) flat(p membership.Program, covers membership.ProgramSet, amount decimal.Decimal, party Party, relief *AppliedRelief, cites ...regulation.Citation) Line {
	ln := Line{Program: p, Covers: covers, Flat: amount, Normal: amount, Amount: amount, Relief: relief, Citations: cites}
	if relief != nil {
		ln.Amount = c.discounted(amount, relief.Discount)
		ln.Citations = append(ln.Citations, relief.Citation)
	}
	ln.Shares.add(party, ln.Amount)
	return ln
}

func (c *Calculator) billPU(b *Bill, in Input, m regulation.Month, r applied) error {
	var l problem.List
	worker := in.partyOf(Worker)
	wage := in.Basis
	for p := range in.Programs.All() {
		switch p {
		case membership.JKK:
			e, err := c.p.PUJKK.InMonth(m)
			if l.Add(err); err != nil {
				continue
			}
			b.Lines = append(b.Lines, c.rated(p, wage, []part{{Employer, e.Value[in.RiskGroup-1]}}, r.cut[p-1], e.Citation))
		case membership.JKM:
			e, err := c.p.PUJKM.InMonth(m)
			if l.Add(err); err != nil {
				continue
			}
			b.Lines = append(b.Lines, c.rated(p, wage, []part{{Employer, e.Value}}, r.cut[p-1], e.Citation))
		case membership.JHT:
			e, err := c.p.PUJHT.InMonth(m)
			if l.Add(err); err != nil {
				continue
			}
			b.Lines = append(b.Lines, c.rated(p, wage, []part{{Employer, e.Value.Employer}, {worker, e.Value.Worker}}, r.cut[p-1], e.Citation))
		case membership.JP:
			e, err := c.p.PUJP.InMonth(m)
			capE, assumed, capErr := c.p.jpWageCap(m)
			if l.Add(err, capErr); err != nil || capErr != nil {
				continue
			}
			cites := []regulation.Citation{e.Citation, capE.Citation}
			if assumed != nil {
				cites = append(cites, *assumed)
			}
			ln := c.rated(p, decimal.Min(wage, capE.Value), []part{{Employer, e.Value.Employer}, {worker, e.Value.Worker}}, r.cut[p-1], cites...)
			if in.DeferJP {
				if !r.deferrable {
					l.Add(problem.New(ErrReliefNotApplicable, "relief.not_applicable", "defer_jp", m.String(),
						"penundaan iuran JP hanya berlaku selama keringanan yang mengizinkannya", "JP deferral applies only while a relief that allows it runs"))
					continue
				}
				parties := []Party{Employer}
				if worker != Employer {
					parties = append(parties, worker)
				}
				for _, party := range parties {
					ln.Deferred = ln.Deferred.Add(c.o.Rounding.round(ln.Shares.Of(party).Mul(r.deferral.Fraction())))
				}
				ln.Citations = append(ln.Citations, r.deferCite)
			}
			b.Lines = append(b.Lines, ln)
		case membership.JKP:
			e, err := c.p.PUJKP.InMonth(m)
			capE, capErr := c.p.PUJKPCap.InMonth(m)
			if l.Add(err, capErr); err != nil || capErr != nil {
				continue
			}
			b.Lines = append(b.Lines, c.rated(p, decimal.Min(wage, capE.Value),
				[]part{{Government, e.Value.Government}, {Recomposition, e.Value.Recomposition}}, r.cut[p-1], e.Citation, capE.Citation))
		}
	}
	return l.Err()
}

func (c *Calculator) billBPU(b *Bill, in Input, m regulation.Month, r applied) error {
	income, warn, err := c.declaredIncome(in.Basis, m)
	if err != nil {
		return err
	}
	if warn != nil {
		b.Warnings = append(b.Warnings, warn)
	}
	party := in.partyOf(Worker)
	var l problem.List
	for p := range in.Programs.All() {
		switch p {
		case membership.JKK:
			e, err := c.p.BPUJKK.InMonth(m)
			if l.Add(err); err != nil {
				continue
			}
			b.Lines = append(b.Lines, c.rated(p, income.value, []part{{party, e.Value}}, r.cut[p-1], e.Citation, income.cite))
		case membership.JKM:
			e, err := c.p.BPUJKM.InMonth(m)
			if l.Add(err); err != nil {
				continue
			}
			b.Lines = append(b.Lines, c.flat(p, membership.SetOf(p), e.Value, party, r.cut[p-1], e.Citation))
		case membership.JHT:
			e, err := c.p.BPUJHT.InMonth(m)
			if l.Add(err); err != nil {
				continue
			}
			b.Lines = append(b.Lines, c.rated(p, income.value, []part{{party, e.Value}}, r.cut[p-1], e.Citation, income.cite))
		}
	}
	return l.Err()
}

type income struct {
	value decimal.Decimal
	cite  regulation.Citation
}

// declaredIncome brings a BPU declared income into the legal range and onto
// the income list's steps, as the options say.
func (c *Calculator) declaredIncome(v decimal.Decimal, m regulation.Month) (income, *problem.Error, error) {
	rng, err := c.p.BPUIncome.InMonth(m)
	if err != nil {
		return income{}, nil, err
	}
	steps, err := c.p.BPUSteps.InMonth(m)
	if err != nil {
		return income{}, nil, err
	}
	out := income{value: v, cite: rng.Citation}
	var warn *problem.Error
	if v.LessThan(rng.Value.Min) || v.GreaterThan(rng.Value.Max) {
		id := fmt.Sprintf("penghasilan yang dilaporkan pada bulan %s harus antara %s dan %s", m,
			rupiah.Format(rng.Value.Min, problem.Indonesian), rupiah.Format(rng.Value.Max, problem.Indonesian))
		en := fmt.Sprintf("the declared income in %s must be from %s to %s", m,
			rupiah.Format(rng.Value.Min, problem.English), rupiah.Format(rng.Value.Max, problem.English))
		if c.o.Strict {
			return income{}, nil, problem.New(ErrIncomeOutOfRange, "income.out_of_range", "basis", text(v), id, en)
		}
		out.value = decimal.Min(decimal.Max(v, rng.Value.Min), rng.Value.Max)
		warn = problem.New(ErrIncomeOutOfRange, "income.clamped", "basis", text(v),
			id+"; dipakai "+rupiah.Format(out.value, problem.Indonesian), en+"; "+rupiah.Format(out.value, problem.English)+" is used")
	}
	if len(steps.Value) == 0 {
		return out, warn, nil
	}
	i, found := slices.BinarySearchFunc(steps.Value, out.value, func(s, t decimal.Decimal) int { return s.Cmp(t) })
	if found {
		out.cite = steps.Citation
		return out, warn, nil
	}
	switch {
	case c.o.Steps == StepExact:
		return income{}, nil, problem.New(ErrIncomeOutOfRange, "income.not_a_step", "basis", text(v),
			"penghasilan tidak ada dalam daftar Lampiran II ("+steps.Citation.Format(problem.Indonesian)+") yang berlaku pada bulan "+m.String(),
			"the income is not on the Lampiran II list ("+steps.Citation.Format(problem.English)+") in force in "+m.String())
	case c.o.Steps == StepDown && i > 0:
		out.value = steps.Value[i-1]
	case i < len(steps.Value):
		out.value = steps.Value[i]
	default:
		out.value = steps.Value[len(steps.Value)-1]
	}
	out.cite = steps.Citation
	return out, warn, nil
}

func (c *Calculator) billJakon(b *Bill, in Input, m regulation.Month, r applied) error {
	e, err := c.p.Jakon.InMonth(m)
	if err != nil {
		return err
	}
	for p := range in.Programs.All() {
		if !in.ContractValue {
			rate := e.Value.WageJKK
			if p == membership.JKM {
				rate = e.Value.WageJKM
			}
			b.Lines = append(b.Lines, c.rated(p, in.Basis, []part{{Employer, rate}}, r.cut[p-1], e.Citation))
			continue
		}
		// Marginal rates: each tier's rate on the part of the value inside it,
		// summed exactly and rounded once.
		sum := decimal.Zero
		for i, t := range e.Value.Tiers {
			if !in.Basis.GreaterThan(t.Above) {
				break
			}
			top := in.Basis
			if i+1 < len(e.Value.Tiers) && top.GreaterThan(e.Value.Tiers[i+1].Above) {
				top = e.Value.Tiers[i+1].Above
			}
			rate := t.JKK
			if p == membership.JKM {
				rate = t.JKM
			}
			sum = sum.Add(top.Sub(t.Above).Mul(rate.Fraction()))
		}
		normal := c.o.Rounding.round(sum)
		ln := Line{Program: p, Covers: membership.SetOf(p), Basis: in.Basis, Normal: normal, Amount: normal, Relief: r.cut[p-1], Citations: []regulation.Citation{e.Citation}}
		if ln.Relief != nil {
			ln.Amount = c.discounted(normal, ln.Relief.Discount)
			ln.Citations = append(ln.Citations, ln.Relief.Citation)
		}
		ln.Shares.add(Employer, ln.Amount)
		b.Lines = append(b.Lines, ln)
	}
	return nil
}

func (c *Calculator) billPMI(b *Bill, in Input, m regulation.Month) error {
	e, err := c.p.PMI.InMonth(m)
	if err != nil {
		return err
	}
	party := in.partyOf(Worker)
	amount := e.Value.PrePlacement
	if n := in.PMIPackage.months(); n > 0 {
		v, ok := e.Value.Placement[n]
		if !ok {
			return problem.New(regulation.ErrNoRuleInForce, "regulation.no_rule_in_force", "pmi.package", in.PMIPackage.String(),
				"tidak ada iuran untuk paket ini", "no contribution is set for this package")
		}
		amount = v.Add(e.Value.ExtraMonth.Mul(decimal.NewFromInt(int64(in.PMIExtraMonths))))
	}
	b.Lines = append(b.Lines, c.flat(membership.JKK, membership.SetOf(membership.JKK, membership.JKM), amount, party, nil, e.Citation))
	if in.Programs.Has(membership.JHT) {
		if !tame(in.PMIJHT) || !slices.ContainsFunc(e.Value.JHTOptions, in.PMIJHT.Equal) {
			return invalid("pmi_jht", text(in.PMIJHT),
				"iuran JHT PMI harus salah satu dari pilihan Permenaker 4/2023 (Rp50.000 sampai Rp600.000)",
				"a migrant worker's JHT must be one of the Permenaker 4/2023 amounts (Rp50,000 to Rp600,000)")
		}
		b.Lines = append(b.Lines, c.flat(membership.JHT, membership.SetOf(membership.JHT), in.PMIJHT, party, nil, e.Citation))
	}
	return nil
}

// codeText is a code's text for an error: its name when it has one, else
// its number, or "" for a zero (missing) code.
func codeText(name string, n uint8) string {
	if name != "" || n == 0 {
		return name
	}
	return fmt.Sprint(n)
}

func invalid(field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidInput, problem.Code("input."+field), field, value, id, en)
}
