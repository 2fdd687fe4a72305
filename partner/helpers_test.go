package partner

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Villages of the fixture network (testdata/network.json): two desa in
// district 32.16.01 and one in 32.16.02, in Kab. Bekasi.
var (
	desa1 = region.MustParse("32.16.01.2001")
	desa2 = region.MustParse("32.16.01.2002")
	desa3 = region.MustParse("32.16.02.2001")
)

func day(y int, m time.Month, d int) regulation.Date { return regulation.MustDate(y, m, d) }
func month(y int, m time.Month) regulation.Month     { return regulation.MustMonth(y, m) }
func rp(n int64) decimal.Decimal                     { return decimal.NewFromInt(n) }

// nik returns a valid NIK issued in 32.16.01 for a man born on 1 January
// 1985, with serial i (1 to 9999); i above 9999 moves the birth day. The
// worked examples name their participants by it ("nik 1–49", "nik 300");
// generated networks come from package jamsostest, in the external
// generated_test.go, since a test of this package cannot import it.
func nik(i int) membership.NIK {
	d := 1 + (i-1)/9999
	s := 1 + (i-1)%9999
	return membership.MustParseNIK(fmt.Sprintf("321601%02d0185%04d", d, s))
}

// placeholderNIK returns a placeholder NIK, one a village information
// system makes up for a resident whose NIK it does not know.
func placeholderNIK(t testing.TB) membership.NIK {
	n, err := membership.ParseNIK("0216011708900001", membership.NIKOptions{AllowPlaceholder: true})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// steady returns options under which no agent is ever suspended, for tests
// about something else: the fixture's agents go quiet for months.
func steady() Options {
	return Options{Params: Params{Suspension: regulation.MustTimeline(SuspensionParam, []regulation.Entry[Suspension]{{
		From: regulation.MustDate(2017, 8, 1), Value: Suspension{IdleMonths: 1200, RejoinAfterMonths: 1},
		Citation: regulation.Citation{Instrument: "test: no suspension", Confidence: regulation.Unconfirmed},
	}})}}
}

// revived returns options with the wadahs' requests that bring the
// fixture's idle agents back: AG-01, assigned January 2025 and suspended
// from May 2025, at W-01's request of 3 November 2025 (six months on); AG-03,
// assigned June 2025 and suspended from October 2025, at W-02's request of
// 1 April 2026. AG-02 stays suspended.
func revived() Options {
	return Options{Reactivations: []Reactivation{
		{Agent: "AG-01", Wadah: "W-01", Date: day(2025, 11, 3)},
		{Agent: "AG-03", Wadah: "W-02", Date: day(2026, 4, 1)},
	}}
}

func fixture(t testing.TB) *Network {
	t.Helper()
	f, err := os.Open("testdata/network.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, err := DecodeNetwork(f)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func event(k Kind, d regulation.Date, partner string, v region.Code, attendance int) Activity {
	return Activity{Kind: k, Date: d, Partner: partner, Village: v, Attendance: attendance}
}

func act(k Kind, d regulation.Date, partner string, v region.Code, who membership.NIK) Activity {
	return Activity{Kind: k, Date: d, Partner: partner, Village: v, Participant: who}
}

func pay(k Kind, d regulation.Date, partner string, v region.Code, who membership.NIK, amount int64) Activity {
	return Activity{Kind: k, Date: d, Partner: partner, Village: v, Participant: who, Amount: rp(amount)}
}

func process(t testing.TB, n *Network, acts []Activity, opts Options) *Ledger {
	t.Helper()
	l, err := n.Process(acts, opts)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// codes returns the problem codes of an outcome.
func codes(o Outcome) []problem.Code { return o.Problems.Codes() }

// outcomeAt returns the outcome of the activity at position i of the input.
func outcomeAt(t testing.TB, l *Ledger, i int) Outcome {
	t.Helper()
	for _, o := range l.Outcomes() {
		if o.Index == i {
			return o
		}
	}
	t.Fatalf("no outcome for activity %d", i)
	return Outcome{}
}

func wantProblem(t *testing.T, err error, sentinel error, code problem.Code) *problem.Error {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Fatalf("error %v does not wrap %v", err, sentinel)
	}
	var l problem.List
	l.Add(err)
	for _, e := range l {
		if e.Code == code {
			return e
		}
	}
	t.Fatalf("error %v has codes %v, want %s", err, l.Codes(), code)
	return nil
}

// scenario builds a regency of districts × villages desa with their three
// pillars, an agent per district under two wadahs, a bank, a branch officer
// and the regency office, all assigned from 2024; and a year (2026) of
// activities, about n of them, made from seed. Some activities break rules
// on purpose: police collecting, agents out of their district, repeated
// registrations. It is made here rather than by package jamsostest, whose
// networks' activities are all accepted and fall from January to April: the
// properties and benchmarks that use it need a whole year, suspensions and
// rejections.
func scenario(seed uint64, districts, villages, n int) (*Network, []Activity) {
	r := rand.New(rand.NewPCG(seed, 42))
	from := regulation.MustDate(2024, 1, 1)
	var (
		ps  []Partner
		as  []Assignment
		vs  []region.Code
		ags []string
	)
	ws := []Wadah{{ID: "W-1", Name: "Koperasi Satu", Kind: Cooperative}, {ID: "W-2", Name: "BUMDes Dua", Kind: BUMDes}}
	ps = append(ps,
		Partner{ID: "CAB", Role: BranchOfficer, Name: "Petugas Cabang"},
		Partner{ID: "BANK", Role: CollectionPartner, Name: "Bank Desa", Organisation: Bank},
		Partner{ID: "PEMKAB", Role: RegencyOffice, Name: "Dinas Tenaga Kerja"},
	)
	reg := region.MustParse("32.16")
	as = append(as, Assignment{Partner: "CAB", Area: reg, From: from}, Assignment{Partner: "BANK", Area: reg, From: from},
		Assignment{Partner: "PEMKAB", Area: reg, From: from})
	for d := 1; d <= districts; d++ {
		dist := region.MustParse(fmt.Sprintf("32.16.%02d", d))
		ag := fmt.Sprintf("AG-%02d", d)
		ags = append(ags, ag)
		ps = append(ps, Partner{ID: ag, Role: Agent, Name: "Agen " + ag, Wadah: ws[d%2].ID,
			Certificate: Certificate{Number: MustParseCertificateNumber(fmt.Sprintf("LSP/%04d/2025", d)),
				Issued: regulation.MustDate(2025, 1, 1), ValidUntil: regulation.MustDate(2028, 1, 1)}})
		as = append(as, Assignment{Partner: ag, Area: dist, From: regulation.MustDate(2025, 12, 1)})
		for v := 1; v <= villages; v++ {
			code := region.MustParse(fmt.Sprintf("32.16.%02d.2%03d", d, v))
			vs = append(vs, code)
			id := fmt.Sprintf("%02d%03d", d, v)
			ps = append(ps,
				Partner{ID: "KD-" + id, Role: VillageHead, Name: "Kepala " + id},
				Partner{ID: "BHB-" + id, Role: Bhabinkamtibmas, Name: "Bhabin " + id, NRP: MustParseNRP(fmt.Sprintf("8%03d%04d", d, v), Polri)},
			)
			as = append(as, Assignment{Partner: "KD-" + id, Area: code, From: from},
				Assignment{Partner: "BHB-" + id, Area: code, From: from})
			if v%5 != 0 { // every fifth village has no Babinsa
				ps = append(ps, Partner{ID: "BSA-" + id, Role: Babinsa, Name: "Babinsa " + id})
				as = append(as, Assignment{Partner: "BSA-" + id, Area: code, From: from})
			}
		}
	}
	net, err := NewNetwork(ps, ws, as)
	if err != nil {
		panic(err)
	}

	type person struct {
		nik        membership.NIK
		village    region.Code
		referred   regulation.Date
		registered regulation.Date
	}
	var (
		acts   []Activity
		people []*person
		paying []*person
	)
	first := regulation.MustDate(2026, 1, 1)
	partnersOf := func(v region.Code) (id, ag string) {
		c := v.Compact()
		return c[4:6] + c[7:], "AG-" + c[4:6]
	}
	for len(acts) < n {
		v := vs[r.IntN(len(vs))]
		id, ag := partnersOf(v)
		switch x := r.IntN(100); {
		case x < 8:
			who := []string{"BHB-", "KD-", "BSA-"}[r.IntN(3)] + id
			acts = append(acts, event(Kind(1+r.IntN(2)), first.AddDays(r.IntN(365)), who, v, 10+r.IntN(90)))
		case x < 33:
			p := &person{nik: nik(len(people) + 1), village: v, referred: first.AddDays(r.IntN(300))}
			people = append(people, p)
			who := []string{"BHB-" + id, "BSA-" + id, "KD-" + id, ag}[r.IntN(4)]
			acts = append(acts, act(Referral, p.referred, who, v, p.nik))
		case x < 48 && len(people) > 0:
			p := people[r.IntN(len(people))]
			id, ag := partnersOf(p.village)
			who := []string{ag, ag, ag, "CAB", "KD-" + id}[r.IntN(5)]
			d := p.referred.AddDays(r.IntN(120))
			acts = append(acts, act(Registration, d, who, p.village, p.nik))
			if p.registered.IsZero() {
				p.registered = d
				paying = append(paying, p)
			}
		case x < 95 && len(paying) > 0:
			p := paying[r.IntN(len(paying))]
			id, ag := partnersOf(p.village)
			k, who := Collection, []string{ag, ag, ag, ag, "BANK", "BHB-" + id}[r.IntN(6)]
			if r.IntN(10) == 0 {
				k, who = Payment, "KD-"+id
			}
			d := p.registered.AddDays(r.IntN(200))
			a := pay(k, d, who, p.village, p.nik, []int64{16_800, 36_800, 8_400}[r.IntN(3)])
			a.Month = d.ContributionMonth().Add(-r.IntN(3))
			if reg := p.registered.ContributionMonth(); a.Month.Before(reg) {
				a.Month = reg // no contribution is owed for a month before registration
			}
			acts = append(acts, a)
		default:
			// An agent working outside their district.
			acts = append(acts, act(Referral, first.AddDays(r.IntN(365)), ags[r.IntN(len(ags))], v, nik(9000+r.IntN(900))))
		}
	}
	return net, acts
}

// shuffled returns a copy of acts in an order made from seed.
func shuffled(acts []Activity, seed uint64) []Activity {
	out := slices.Clone(acts)
	r := rand.New(rand.NewPCG(seed, 7))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
