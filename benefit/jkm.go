package benefit

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// DeathInput is a death not from a work accident.
type DeathInput struct {
	// Participant is the participant who died.
	Participant Participant `json:"participant"`
	// Date is the day of death: the rules in force on it apply (PP 82/2019
	// from 2 December 2019).
	Date regulation.Date `json:"date"`
	// Children are the children who may receive the scholarship, if any.
	Children []Child `json:"children,omitempty"`
}

// Death returns the JKM benefit on a death not from a work accident: the
// lump sum, the periodic benefit paid at once and the funeral cost, and the
// scholarship for the children when the contribution period allows. PU and
// BPU receive the same amounts. A date no rule covers is an error wrapping
// regulation.ErrNoRuleInForce; a date before the membership started one
// wrapping [ErrBeforeStart].
func (e *Estimator) Death(in DeathInput) (Result, error) {
	var l problem.List
	in.Participant.check(&l, in.Date, false)
	entry, ok := at(&l, e.p.Death, in.Date)
	sch, schOK := at(&l, e.p.Scholarship, in.Date)
	if ok && schOK {
		checkChildren(&l, sch.Value, in.Children)
	}
	if err := l.Err(); err != nil {
		return Result{}, err
	}
	r := newResult(Death, membership.JKM, in.Date)
	v, c, name := entry.Value, entry.Citation, e.p.Death.Name()
	r.add(Item{Key: "jkm.lump_sum", Label: Text{"Santunan sekaligus", "Lump sum"}, Kind: Cash, Amount: v.LumpSum, Parameter: name, Citation: c})
	it := Item{Key: "jkm.periodic", Label: Text{"Santunan berkala, dibayar sekaligus", "Periodic benefit, paid at once"}, Kind: Cash, Amount: v.Periodic, Parameter: name, Citation: c}
	if v.PeriodicMonths > 0 {
		it.Working = bi("setara %d × %s", "equal to %d × %s", v.PeriodicMonths, v.Periodic.Div(decimalInt(v.PeriodicMonths)).Round(0))
	}
	r.add(it)
	r.add(Item{Key: "jkm.funeral", Label: Text{"Biaya pemakaman", "Funeral cost"}, Kind: Cash, Amount: v.Funeral, Parameter: name, Citation: c})
	r.condition(Text{"peserta meninggal dunia saat kepesertaannya aktif; tidak ada masa iur minimal untuk santunan tunai",
		"the participant dies while the membership is active; the cash needs no minimum contribution period"})
	r.condition(Text{"ahli waris: janda/duda atau anak, lalu keluarga sedarah sampai derajat kedua, saudara kandung, mertua, yang ditunjuk dalam wasiat; tanpa wasiat biaya pemakaman dibayar kepada yang mengurus pemakaman (PP 44/2015 Pasal 37 ayat (5))",
		"heirs: widow/widower or child, then blood relatives to the second degree, siblings, parents-in-law, the person named in a will; without a will the funeral cost goes to whoever arranged the funeral (PP 44/2015 Pasal 37(5))"})
	r.condition(Text{"kematian karena kecelakaan kerja dibayar JKK, bukan JKM", "a death from a work accident is paid by JKK, not JKM"})
	if in.Participant.Inactive {
		r.refuse(Text{"kepesertaan tidak aktif pada tanggal meninggal (bagi BPU: tiga bulan berturut-turut tidak membayar iuran)",
			"the membership was not active on the day of death (for BPU: three months in a row unpaid)"})
	}
	months, counted := in.Participant.months(in.Date)
	e.scholarship(&r, sch, membership.JKM, months, counted, in.Date, in.Children)
	return r, nil
}
