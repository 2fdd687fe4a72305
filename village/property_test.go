package village

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/shopspring/decimal"
)

// randomRoster returns n made-up enrolments of every kind for fiscal year
// 2026, each with a distinct line; some people have two enrolments in
// different months. Unlike a jamsostest roster, which plans without a
// warning, it also gives wages out of range, siltap below the minimum and
// shares a worker cannot carry, so that the properties hold for plans with
// warnings too.
func randomRoster(r *rand.Rand, n int) []Enrolment {
	out := make([]Enrolment, 0, n)
	paired := map[int]bool{}
	for i := range n {
		g := Groups[r.IntN(len(Groups))]
		e := Enrolment{NIK: nik(i + 1), Name: "Warga", Group: g, Line: i + 2}
		if g.IsOfficial() {
			e.Wage = decimal.NewFromInt(1_500_000 + r.Int64N(3_500_000))
			e.Programs = membership.SetOf(membership.JKK, membership.JKM)
			if r.IntN(3) == 0 {
				e.Programs = e.Programs.With(membership.JHT)
			}
			if r.IntN(4) == 0 {
				e.Programs = e.Programs.With(membership.JP)
			}
			e.WorkerShare = WorkerShare(1 + r.IntN(2))
			e.Source = []Source{ADD, ADD, PADes, APBD, RegencyAid}[r.IntN(5)]
		} else {
			if r.IntN(2) == 0 {
				e.Wage = decimal.NewFromInt(1_000_000 + 1000*r.Int64N(2000))
			}
			if r.IntN(4) == 0 {
				e.Programs = membership.SetOf(membership.JKK, membership.JKM, membership.JHT)
			}
			e.Source = Sources[r.IntN(len(Sources))]
			e.Sector = contribution.Sector(r.IntN(5))
			e.Rank = r.IntN(4)
			if r.IntN(8) == 0 {
				e.WorkerShare = EmployerPays // ignored, with a warning
			}
			if r.IntN(8) == 0 {
				e.Wage = decimal.NewFromInt(25_000_000) // brought into range, with a warning
			}
		}
		if r.IntN(3) == 0 {
			from := 1 + r.IntN(12)
			e.From, e.To = month(2026, from), month(2026, from+r.IntN(13-from))
		}
		if k := r.IntN(max(len(out), 1)); r.IntN(10) == 0 && len(out) > 0 && !paired[k] && out[k].From.IsZero() {
			// A second enrolment of an earlier person, in months of its own.
			prev := &out[k]
			prev.From, prev.To = month(2026, 1), month(2026, 6)
			e.NIK, e.From, e.To = prev.NIK, month(2026, 7), month(2026, 12)
			paired[k], paired[i] = true, true
		}
		out = append(out, e)
	}
	return out
}

func randomCeilings(r *rand.Rand) map[Source]decimal.Decimal {
	c := map[Source]decimal.Decimal{}
	for _, s := range Sources {
		if r.IntN(2) == 0 {
			c[s] = decimal.NewFromInt(r.Int64N(3_000_000))
		}
	}
	return c
}

func TestPlanProperties(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 60 {
		roster := randomRoster(r, 1+r.IntN(60))
		req := Request{Village: testVillage, Year: 2026, Roster: roster, Ceilings: randomCeilings(r)}
		p, err := pl.Plan(req)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		// A plan never spends more than a ceiling.
		for _, s := range p.Sources {
			if s.Limited && s.Amount.GreaterThan(s.Ceiling) {
				t.Errorf("round %d: %v spends %v over a ceiling of %v", round, s.Source, s.Amount, s.Ceiling)
			}
		}
		// Every breakdown adds up to the total.
		checkTotals(t, p)
		// The order of the roster changes nothing.
		shuffled := append([]Enrolment(nil), roster...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		req.Roster = shuffled
		q, err := pl.Plan(req)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := encode(t, p), encode(t, q); !bytes.Equal(a, b) {
			t.Fatalf("round %d: the order of the roster changed the plan", round)
		}
		// Without ceilings everyone is covered in full, and every person's
		// amount is what the decimal calculator bills month by month.
		req.Ceilings = nil
		full, err := pl.Plan(req)
		if err != nil {
			t.Fatal(err)
		}
		checkReference(t, pl.calc, full)
	}
}

func encode(t *testing.T, p Plan) []byte {
	t.Helper()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// reference computes what a person's enrolment costs with the decimal
// calculator, one Bill per month, mapping the enrolment to an input by the
// rules the package documents: officials are wage earners of a micro
// employer at the very-low risk group; everyone else is a non-wage
// participant; the source sets payer and budget.
func reference(c *contribution.Calculator, pe Person) (amount, fromSource, fromWorker decimal.Decimal, err error) {
	e := pe.Enrolment
	in := contribution.Input{Segment: pe.Segment, Programs: e.Programs, Basis: e.Wage, Sector: e.Sector, Payer: e.Source.Payer(), Budget: e.Source.Budget()}
	if pe.Segment == membership.PU {
		in.Scale, in.RiskGroup = membership.Micro, contribution.VeryLowRisk
		in.WorkerSharePayer = membership.PayerSelf
		if e.WorkerShare == EmployerPays {
			in.WorkerSharePayer = in.Payer
		}
	}
	amount, fromSource, fromWorker = decimal.Zero, decimal.Zero, decimal.Zero
	m := e.From
	for range pe.Covered {
		b, err := c.Bill(in, m)
		if err != nil {
			return amount, fromSource, fromWorker, err
		}
		amount = amount.Add(b.Billed)
		fromWorker = fromWorker.Add(b.Totals.Worker)
		fromSource = fromSource.Add(b.Totals.Employer).Add(b.Totals.Sponsor)
		m = m.Add(1)
	}
	return amount, fromSource, fromWorker, nil
}

func checkReference(t *testing.T, c *contribution.Calculator, p Plan) {
	t.Helper()
	for _, pe := range p.People {
		if pe.Covered != pe.Months {
			t.Errorf("%v: %d of %d months covered without ceilings", pe.Enrolment, pe.Covered, pe.Months)
		}
		a, s, w, err := reference(c, pe)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Equal(pe.Amount) || !s.Equal(pe.FromSource) || !w.Equal(pe.FromWorker) {
			t.Errorf("%v: plan %v (%v + %v), calculator %v (%v + %v)", pe.Enrolment, pe.Amount, pe.FromSource, pe.FromWorker, a, s, w)
		}
	}
}

// A plan round-trips through JSON: decoding and encoding again gives the
// same document.
func TestPlanJSONRoundTrip(t *testing.T) {
	pl := planner(t, Params{}, Options{})
	r := rand.New(rand.NewPCG(3, 4))
	p, err := pl.Plan(Request{Village: testVillage, Year: 2026, Roster: randomRoster(r, 40), Ceilings: randomCeilings(r)})
	if err != nil {
		t.Fatal(err)
	}
	a := encode(t, p)
	var back Plan
	if err := json.Unmarshal(a, &back); err != nil {
		t.Fatal(err)
	}
	if b := encode(t, back); !bytes.Equal(a, b) {
		t.Errorf("JSON round trip differs:\n%s\n%s", a, b)
	}
}
