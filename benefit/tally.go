package benefit

import (
	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// DeathTally adds up what a group's coverage pays on death, worker by
// worker, in bounded memory: the JKM cash for each worker with JKM (a death
// not from a work accident) and the JKK cash for each worker with JKK (a
// death from one: 48 × the wage, at least the floor, with the periodic
// benefit and the funeral cost). It is what a village plan states its
// coverage protects. Build one with [Estimator.NewDeathTally]; it is not
// safe for concurrent use.
type DeathTally struct {
	// Date is the day whose rules apply.
	Date regulation.Date `json:"date"`
	// Workers is the number of bills added.
	Workers int `json:"workers"`
	// JKMWorkers is the number of workers with JKM.
	JKMWorkers int `json:"jkm_workers"`
	// JKM is the JKM cash for them together.
	JKM decimal.Decimal `json:"jkm"`
	// JKKWorkers is the number of workers with JKK.
	JKKWorkers int `json:"jkk_workers"`
	// WorkDeath is the JKK death cash for them together.
	WorkDeath decimal.Decimal `json:"work_death"`
	// Skipped is the number of bills of other segments (construction
	// projects, migrant workers), whose benefits this package does not
	// estimate; they are counted in Workers but in neither total.
	Skipped int `json:"skipped,omitempty"`
	// Citations are the sources of the amounts.
	Citations []regulation.Citation `json:"citations"`

	death   DeathAmounts
	wd      WorkDeathRule
	amounts JKKAmounts
}

// NewDeathTally returns an empty tally on the rules in force on d, or an
// error wrapping regulation.ErrNoRuleInForce when one of them is not.
func (e *Estimator) NewDeathTally(d regulation.Date) (*DeathTally, error) {
	var l problem.List
	checkDate(&l, "date", d)
	dth, _ := at(&l, e.p.Death, d)
	wd, _ := at(&l, e.p.WorkDeath, d)
	am, _ := at(&l, e.p.JKKAmounts, d)
	if err := l.Err(); err != nil {
		return nil, err
	}
	return &DeathTally{Date: d, JKM: decimal.Zero, WorkDeath: decimal.Zero,
		Citations: []regulation.Citation{dth.Citation, wd.Citation, am.Citation},
		death:     dth.Value, wd: wd.Value, amounts: am.Value}, nil
}

// Add adds one worker's bill: its JKM line counts the JKM cash, its JKK
// line the JKK death cash on the line's basis (the wage, or the declared
// income as the calculator brought it into range). Only wage earners (PU)
// and non-wage participants (BPU) are counted in the totals.
func (t *DeathTally) Add(b contribution.Bill) {
	t.Workers++
	if b.Segment != membership.PU && b.Segment != membership.BPU {
		t.Skipped++
		return
	}
	if _, ok := b.Line(membership.JKM); ok {
		t.JKMWorkers++
		t.JKM = t.JKM.Add(t.death.Total())
	}
	if ln, ok := b.Line(membership.JKK); ok {
		t.JKKWorkers++
		v := decimal.Max(times(t.wd.Multiple, ln.Basis), t.wd.Floor).Add(t.amounts.Periodic).Add(t.amounts.Funeral).Round(0)
		t.WorkDeath = t.WorkDeath.Add(v)
	}
}

// Explain returns the tally in a sentence.
func (t *DeathTally) Explain(l problem.Lang) string {
	return bi("Pada %s, %d pekerja terlindungi: bila meninggal dunia, keluarga %d pekerja menerima JKM %s seluruhnya; bila karena kecelakaan kerja, keluarga %d pekerja menerima JKK %s seluruhnya.",
		"On %s, %d workers are covered: on death, the families of %d workers receive JKM of %s in all; on death from a work accident, the families of %d workers receive JKK of %s in all.",
		t.Date, t.Workers, t.JKMWorkers, t.JKM, t.JKKWorkers, t.WorkDeath).In(l)
}
