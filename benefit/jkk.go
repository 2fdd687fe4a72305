package benefit

import (
	"strconv"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// TransportMode is how the injured were transported.
type TransportMode string

// The transport modes of JKK.
const (
	// Land is by land, river or lake.
	Land TransportMode = "land"
	// Sea is by sea.
	Sea TransportMode = "sea"
	// Air is by air.
	Air TransportMode = "air"
)

// AccidentInput is a work accident or occupational disease and what it led to.
type AccidentInput struct {
	// Event is WorkDeath, TotalDisability, PartialDisability,
	// TemporaryIncapacity or Transport. In a [Request] it may be left out.
	Event Event `json:"event,omitempty"`
	// Participant is the injured participant; Wage is required for every
	// event but Transport.
	Participant Participant `json:"participant"`
	// Date is the day of the accident (or the diagnosis of the disease): the
	// rules in force on it apply.
	Date regulation.Date `json:"date"`
	// Percent is the disability percentage for PartialDisability, from 0%
	// to 100%, when no TableCode is given.
	Percent *contribution.Rate `json:"percent,omitempty"`
	// TableCode names the line of the anatomical-loss table for
	// PartialDisability, when the table is loaded.
	TableCode string `json:"table_code,omitempty"`
	// FunctionLoss is the share of the function lost, for a partial loss of
	// function (lost function × table percentage × 80 × wage); nil for an
	// anatomical loss.
	FunctionLoss *contribution.Rate `json:"function_loss,omitempty"`
	// Months is the number of months unable to work, for TemporaryIncapacity.
	Months int `json:"months,omitempty"`
	// Mode is the means of transport, for Transport.
	Mode TransportMode `json:"mode,omitempty"`
	// Cost is the transport cost, for Transport.
	Cost decimal.Decimal `json:"cost,omitzero"`
	// Children are the children who may receive the scholarship, on
	// WorkDeath or TotalDisability.
	Children []Child `json:"children,omitempty"`
}

// Accident returns what JKK pays on a work accident: on a death 48 × the
// wage (at least the floor), the periodic benefit and the funeral cost; on
// total permanent disability 56 × the wage and the periodic benefit; on
// partial permanent disability the percentage × 80 × the wage; on temporary
// incapacity the monthly schedule; for transport the cost up to the
// ceiling; and always medical care with no cost ceiling, which the result
// says. For a non-wage participant the declared income is the wage.
//
// A percentage outside 0–100% is an error wrapping [ErrInvalidPercentage];
// a date no rule covers (such as total disability before PP 82/2019, whose
// multiple is not known) one wrapping regulation.ErrNoRuleInForce.
func (e *Estimator) Accident(in AccidentInput) (Result, error) {
	var l problem.List
	switch in.Event {
	case WorkDeath, TotalDisability, PartialDisability, TemporaryIncapacity, Transport:
	default:
		l.Add(invalid("event", string(in.Event), "untuk JKK harus work_death, total_disability, partial_disability, temporary_incapacity atau transport",
			"for JKK must be work_death, total_disability, partial_disability, temporary_incapacity or transport"))
		return Result{}, l.Err()
	}
	in.Participant.check(&l, in.Date, in.Event != Transport)
	med, _ := at(&l, e.p.Medical, in.Date)
	lapse, _ := at(&l, e.p.ClaimLapse, in.Date)
	r := newResult(in.Event, membership.JKK, in.Date)
	var wage decimal.Decimal
	if in.Event != Transport && l.Err() == nil {
		wage = in.Participant.wageBasis(&r)
	}
	switch in.Event {
	case WorkDeath, TotalDisability:
		e.severe(&l, &r, in, wage)
	case PartialDisability:
		e.partial(&l, &r, in, wage)
	case TemporaryIncapacity:
		e.incapacity(&l, &r, in, wage)
	case Transport:
		e.transport(&l, &r, in)
	}
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	if med.Value.Unlimited {
		r.add(Item{Key: "jkk.medical", Label: Text{"Perawatan dan pengobatan", "Medical care"}, Kind: Unlimited,
			Working: Text{"sesuai kebutuhan medis", "by medical need"}, Parameter: e.p.Medical.Name(), Citation: med.Citation})
	}
	if med.Value.HomeCareMonths > 0 {
		r.add(Item{Key: "jkk.home_care", Label: Text{"Perawatan di rumah", "Home care"}, Kind: Ceiling, Amount: med.Value.HomeCareMax,
			Working:   bi("paling lama %d bulan, bagi yang tidak dapat melanjutkan perawatan di rumah sakit", "at most %d months, for those who cannot continue treatment in hospital", med.Value.HomeCareMonths),
			Parameter: e.p.Medical.Name(), Citation: med.Citation})
	}
	r.condition(bi("klaim diajukan paling lambat %d tahun setelah kecelakaan atau diagnosis penyakit akibat kerja", "the claim must be made within %d years of the accident or the diagnosis", lapse.Value))
	r.cite(lapse.Citation)
	r.condition(Text{"bila BPJS terlambat membayar lebih dari 7 hari kerja setelah dokumen lengkap, BPJS membayar 1% dari manfaat per hari keterlambatan (PP 44/2015 Pasal 37 ayat (2)–(3))",
		"if BPJS pays more than 7 working days after the documents are complete, it owes 1% of the benefit per day of delay (PP 44/2015 Pasal 37(2)–(3))"})
	if in.Participant.Inactive {
		r.refuse(Text{"kepesertaan tidak aktif pada tanggal kecelakaan", "the membership was not active on the day of the accident"})
	}
	return r, nil
}

func (e *Estimator) severe(l *problem.List, r *Result, in AccidentInput, wage decimal.Decimal) {
	amounts, ok1 := at(l, e.p.JKKAmounts, in.Date)
	sch, ok2 := at(l, e.p.Scholarship, in.Date)
	if ok2 {
		checkChildren(l, sch.Value, in.Children)
	}
	var mult decimal.Decimal
	var floor decimal.Decimal
	var c regulation.Citation
	name := e.p.WorkDeath.Name()
	if in.Event == WorkDeath {
		wd, ok := at(l, e.p.WorkDeath, in.Date)
		if !ok {
			return
		}
		mult, floor, c = wd.Value.Multiple, wd.Value.Floor, wd.Citation
	} else {
		td, ok := at(l, e.p.TotalDisability, in.Date)
		if !ok {
			return
		}
		mult, c, name = td.Value, td.Citation, e.p.TotalDisability.Name()
	}
	if !ok1 || !ok2 || l.Err() != nil {
		return
	}
	amount := times(mult, wage)
	it := Item{Key: "jkk.death", Label: Text{"Santunan kematian", "Death benefit"}, Kind: Cash, Parameter: name, Citation: c,
		Working: bi("%s × %s", "%s × %s", mult.String(), wage)}
	if in.Event == TotalDisability {
		it.Key, it.Label = "jkk.total_disability", Text{"Santunan cacat total tetap", "Total permanent disability benefit"}
	}
	if amount.LessThan(floor) {
		it.Working = bi("%s × %s = %s, di bawah batas bawah %s", "%s × %s = %s, below the floor of %s", mult.String(), wage, amount.Round(0), floor)
		amount = floor
	}
	it.Amount = amount
	r.add(it)
	r.add(Item{Key: "jkk.periodic", Label: Text{"Santunan berkala, dibayar sekaligus", "Periodic benefit, paid at once"}, Kind: Cash,
		Amount: amounts.Value.Periodic, Parameter: e.p.JKKAmounts.Name(), Citation: amounts.Citation})
	if in.Event == WorkDeath {
		r.add(Item{Key: "jkk.funeral", Label: Text{"Biaya pemakaman", "Funeral cost"}, Kind: Cash,
			Amount: amounts.Value.Funeral, Parameter: e.p.JKKAmounts.Name(), Citation: amounts.Citation})
	}
	months, counted := in.Participant.months(in.Date)
	e.scholarship(r, sch, membership.JKK, months, counted, in.Date, in.Children)
}

func (e *Estimator) partial(l *problem.List, r *Result, in AccidentInput, wage decimal.Decimal) {
	pd, ok := at(l, e.p.PartialDisability, in.Date)
	if !ok {
		return
	}
	var p contribution.Rate
	switch {
	case in.TableCode != "":
		found := false
		for _, t := range pd.Value.Table {
			if t.Code == in.TableCode {
				p, found = t.Percent, true
				r.assume(bi("persentase dari tabel: %s, %s", "percentage from the table: %s, %s", t.Name, t.Percent))
			}
		}
		if !found {
			l.Add(problem.New(ErrValueUnknown, "disability.table", "table_code", problem.Clip(in.TableCode),
				"baris ini tidak ada dalam tabel cacat yang dimuat (tabel Lampiran III bawaan kosong: muat tabel resmi atau berikan persentase)",
				"no such line in the loaded disability table (the built-in Lampiran III table is empty: load the official table or give the percentage)"))
			return
		}
	case in.Percent != nil:
		p = *in.Percent
		checkPercent(l, "percent", p)
	default:
		l.Add(problem.New(ErrValueUnknown, "disability.percent", "percent", "",
			"wajib diisi dengan persentase cacat: tabel kehilangan anatomis Lampiran III tidak ada dalam modul ini",
			"the disability percentage is required: the Lampiran III anatomical-loss table is not in this module"))
		return
	}
	working := bi("%s × %s × %s", "%s × %s × %s", p, pd.Value.Multiple.String(), wage)
	amount := times(pd.Value.Multiple, wage).Mul(p.Fraction())
	if in.FunctionLoss != nil {
		checkPercent(l, "function_loss", *in.FunctionLoss)
		amount = amount.Mul(in.FunctionLoss.Fraction())
		working = bi("%s × %s × %s × %s", "%s × %s × %s × %s", *in.FunctionLoss, p, pd.Value.Multiple.String(), wage)
	}
	if l.Err() != nil {
		return
	}
	r.add(Item{Key: "jkk.partial_disability", Label: Text{"Santunan cacat sebagian tetap", "Partial permanent disability benefit"},
		Kind: Cash, Amount: amount, Working: working, Parameter: e.p.PartialDisability.Name(), Citation: pd.Citation})
}

func checkPercent(l *problem.List, field string, p contribution.Rate) {
	if p.PPM() < 0 || p.PPM() > 1_000_000 {
		l.Add(problem.New(ErrInvalidPercentage, "disability.percent", field, p.String(),
			"harus 0% sampai 100%", "must be 0% to 100%"))
	}
}

func (e *Estimator) incapacity(l *problem.List, r *Result, in AccidentInput, wage decimal.Decimal) {
	if in.Months < 1 || in.Months > maxMonths {
		l.Add(invalid("months", strconv.Itoa(in.Months), "lama tidak mampu bekerja harus 1 sampai 1200 bulan",
			"must be 1 to 1200 months unable to work"))
		return
	}
	st, ok := at(l, e.p.Incapacity, in.Date)
	if !ok {
		return
	}
	total := scheduleSteps(r, st.Value, in.Months, wage, false)
	r.add(Item{Key: "jkk.temporary_incapacity", Label: Text{"Santunan sementara tidak mampu bekerja (STMB)", "Temporary incapacity benefit (STMB)"},
		Kind: OverTime, Amount: total, Working: bi("%d bulan atas upah %s", "%d months on a wage of %s", in.Months, wage),
		Parameter: e.p.Incapacity.Name(), Citation: st.Citation})
}

// scheduleSteps adds the months of a stepped schedule to r and returns their
// sum. A schedule that ends (closed) pays nothing after its last step.
func scheduleSteps(r *Result, steps []IncapacityStep, months int, wage decimal.Decimal, closed bool) decimal.Decimal {
	total := decimal.Zero
	first := 1
	for _, s := range steps {
		n := s.Months
		if n == 0 || first+n-1 > months {
			n = months - first + 1
		}
		if n <= 0 {
			break
		}
		each := pct(s.Percent, wage)
		amount := each.Mul(decimalInt(n))
		label := bi("bulan %d–%d: %s × %s = %s × %d", "months %d–%d: %s × %s = %s × %d", first, first+n-1, s.Percent, wage, each, n)
		if n == 1 {
			label = bi("bulan %d: %s × %s", "month %d: %s × %s", first, s.Percent, wage)
		}
		r.pay(Payment{Label: label, Amount: amount})
		total = total.Add(amount)
		first += n
	}
	if closed && first <= months {
		r.assume(bi("jadwal berakhir setelah bulan %d", "the schedule ends after month %d", first-1))
	}
	return total
}

func (e *Estimator) transport(l *problem.List, r *Result, in AccidentInput) {
	tc, ok := at(l, e.p.Transport, in.Date)
	var ceil decimal.Decimal
	var label Text
	switch in.Mode {
	case Land:
		ceil, label = tc.Value.Land, Text{"Pengangkutan darat, sungai atau danau", "Transport by land, river or lake"}
	case Sea:
		ceil, label = tc.Value.Sea, Text{"Pengangkutan laut", "Transport by sea"}
	case Air:
		ceil, label = tc.Value.Air, Text{"Pengangkutan udara", "Transport by air"}
	default:
		l.Add(invalid("mode", problem.Clip(string(in.Mode)), "harus land, sea atau air", "must be land, sea or air"))
		return
	}
	if !tame(in.Cost) || in.Cost.IsNegative() || in.Cost.GreaterThan(maxWage) {
		l.Add(invalid("cost", amountText(in.Cost), "harus 0 sampai Rp1.000.000.000", "must be 0 to Rp1,000,000,000"))
		return
	}
	if !ok {
		return
	}
	amount := decimal.Min(in.Cost, ceil)
	r.add(Item{Key: "jkk.transport", Label: label, Kind: Cash, Amount: amount,
		Working: bi("biaya %s, paling banyak %s", "cost %s, at most %s", in.Cost, ceil), Parameter: e.p.Transport.Name(), Citation: tc.Citation})
}
