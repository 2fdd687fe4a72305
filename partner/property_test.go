package partner

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"

	"github.com/desasadar/jamsos/regulation"
)

// Fees add up, and equal a reference computed in integers. Under the 2018
// scheme (forced for every month here): the fee is
// round-half-up(collected × 75 / 1000), the agent's share
// round-half-up(fee × 9 / 10), the wadah's the rest, a bonus at 50 new
// participants. Under the 2022 scheme (the default for 2026): every
// participant is in membership months 1–24 (acquired in 2026), so the
// incentive is round-half-up(collected × 15 / 100), the wadah's share on top
// round-half-up(incentive / 10), and Rp10,000 per new BPU from 25.
func TestPropertyFeesAddUp(t *testing.T) {
	only2018 := DefaultParams()
	only2018.Scheme = regulation.MustTimeline(FeeSchemeParam, []regulation.Entry[FeeScheme]{{
		From: regulation.MustDate(2018, 2, 1), Value: Scheme2018,
		Citation: regulation.Citation{Instrument: "test: the 2018 scheme for ever", Confidence: regulation.Unconfirmed},
	}})
	for seed := range uint64(4) {
		n, acts := scenario(seed, 3, 5, 1500)
		l18 := process(t, n, acts, Options{Params: only2018})
		l22 := process(t, n, acts, Options{})
		for m := range regulation.Months(month(2026, 1), month(2027, 3)).All() {
			f, err := l18.FeeStatements(m)
			if err != nil {
				t.Fatal(err)
			}
			checkAddsUp(t, f)
			for _, s := range f.Agents {
				c := s.Collected.IntPart()
				fee := (c*75 + 500) / 1000
				agent := (fee*9 + 5) / 10
				bonus := int64(0)
				if s.NewParticipants >= 50 {
					bonus = 500_000
				}
				if s.Fee.IntPart() != fee || s.Payable.IntPart() != agent+bonus || s.WadahShare.IntPart() != fee-agent || s.Bonus.IntPart() != bonus {
					t.Fatalf("2018, seed %d, %v, %s: collected %d, fee %v (want %d), payable %v (want %d)",
						seed, m, s.Agent, c, s.Fee, fee, s.Payable, agent+bonus)
				}
			}
			f, err = l22.FeeStatements(m)
			if err != nil {
				t.Fatal(err)
			}
			checkAddsUp(t, f)
			for _, s := range f.Agents {
				c := s.Collected.IntPart()
				fee := (c*15 + 50) / 100
				acq := int64(0)
				if s.NewBPU >= 25 {
					acq = int64(s.NewBPU) * 10_000
				}
				wadah := (fee+5)/10 + acq/10
				if s.Fee.IntPart() != fee || s.Acquisition.IntPart() != acq || s.Payable.IntPart() != fee+acq || s.WadahShare.IntPart() != wadah {
					t.Fatalf("2022, seed %d, %v, %s: collected %d, fee %v (want %d), acquisition %v (want %d), wadah %v (want %d)",
						seed, m, s.Agent, c, s.Fee, fee, s.Acquisition, acq, s.WadahShare, wadah)
				}
			}
		}
	}
}

// No participant is credited twice, every registration is credited once,
// nothing is lost, and every credit goes to a partner of the network.
func TestPropertyCredits(t *testing.T) {
	for _, attr := range []Attribution{FirstReferral, LastReferral, Registrar} {
		n, acts := scenario(11, 3, 5, 2000)
		l := process(t, n, acts, Options{Attribution: attr})

		outs := l.Outcomes()
		if len(outs) != len(acts) {
			t.Fatalf("%d outcomes for %d activities", len(outs), len(acts))
		}
		var idx []int
		for _, o := range outs {
			idx = append(idx, o.Index)
			if o.Activity != acts[o.Index] {
				t.Fatalf("outcome %d does not keep its activity", o.Index)
			}
		}
		slices.Sort(idx)
		for i := range idx {
			if idx[i] != i {
				t.Fatal("an activity is missing from the outcomes")
			}
		}

		seen := make(map[string]bool)
		regs := 0
		for _, o := range l.Accepted() {
			if o.Activity.Kind == Registration {
				regs++
			}
		}
		credits := l.Credits()
		if len(credits) != regs {
			t.Fatalf("%d credits for %d registrations", len(credits), regs)
		}
		for _, c := range credits {
			if seen[c.Participant.Digits()] {
				t.Fatalf("participant %v credited twice", c.Participant)
			}
			seen[c.Participant.Digits()] = true
			if _, ok := n.Partner(c.Partner); !ok {
				t.Fatalf("credit to unknown partner %q", c.Partner)
			}
			if q, _ := n.Partner(c.Recruiter); c.Recruiter != "" && q.Role != Agent {
				t.Fatalf("recruiter %q is not an agent", c.Recruiter)
			}
		}

		p, err := l.Progress(ProgressOptions{On: day(2027, 12, 31)})
		if err != nil {
			t.Fatal(err)
		}
		credited, registered := 0, 0
		for _, q := range p.Partners {
			credited += q.Credited
		}
		for _, r := range p.Regencies {
			registered += r.Registered
		}
		if credited != regs || registered != regs {
			t.Fatalf("%s: %d credited and %d registered in the report, %d registrations", attr, credited, registered, regs)
		}
	}
}

// The totals of a level are the sums of the level below.
func TestPropertyProgressRollsUp(t *testing.T) {
	n, acts := scenario(5, 4, 6, 3000)
	p, err := process(t, n, acts, Options{}).Progress(ProgressOptions{On: day(2026, 9, 30)})
	if err != nil {
		t.Fatal(err)
	}
	sum := func(rows []AreaProgress) [6]int64 {
		var s [6]int64
		for _, a := range rows {
			s[0] += int64(a.Referred)
			s[1] += int64(a.Registered)
			s[2] += int64(a.Paying)
			s[3] += int64(a.Target)
			s[4] += int64(a.Attendance)
			s[5] += a.Collected.IntPart()
		}
		return s
	}
	if v, d, r := sum(p.Villages), sum(p.Districts), sum(p.Regencies); v != d || d != r {
		t.Errorf("villages %v, districts %v, regencies %v", v, d, r)
	}
	for _, a := range p.Villages {
		if a.ReferredPaying > a.Referred || a.ReferredPaying > a.Paying {
			t.Errorf("%v: %d referred paying of %d referred, %d paying", a.Area, a.ReferredPaying, a.Referred, a.Paying)
		}
	}
}

// A ledger is read from many goroutines at once.
func TestLedgerConcurrent(t *testing.T) {
	n, acts := scenario(3, 2, 4, 800)
	l := process(t, n, acts, Options{})
	want := canonical(t, l)
	var wg sync.WaitGroup
	for range 6 {
		wg.Go(func() {
			if got := canonical(t, l); got != want {
				t.Error("concurrent reads differ")
			}
			for m := range regulation.Months(month(2026, 1), month(2027, 6)).All() {
				_, _ = l.AgentStatus("AG-01", m)
			}
		})
	}
	wg.Wait()
}

// Outcomes and credits round-trip through JSON unchanged.
func TestOutcomesJSON(t *testing.T) {
	n, acts := scenario(2, 2, 3, 300)
	l := process(t, n, acts, Options{})
	roundTrip(t, l.Outcomes())
	roundTrip(t, l.Credits())
}

// roundTrip checks that v encodes to the same JSON after a decoding.
func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if b2, _ := json.Marshal(back); string(b) != string(b2) {
		t.Errorf("%T changed in a round trip", v)
	}
}
