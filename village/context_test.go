package village_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/village"
)

// doneAfter is a context that becomes done at the n-th look at it: it
// tells a check inside a plan's loops from one before the plan starts.
type doneAfter struct {
	context.Context
	n, looks atomic.Int64
}

var errStop = errors.New("stopped by the test")

func (c *doneAfter) Err() error {
	if c.looks.Add(1) >= c.n.Load() {
		return context.Canceled
	}
	return nil
}

func (c *doneAfter) Done() <-chan struct{} { return nil }

func largeRequest(t *testing.T, people int) village.Request {
	t.Helper()
	g := jamsostest.MustNew(3, jamsostest.Options{})
	r, err := g.Roster(jamsostest.RosterSpec{Size: people})
	if err != nil {
		t.Fatal(err)
	}
	return r.Request()
}

// A plan of a large roster looks at its context as it goes (hundreds of
// times for 50,000 enrolments, not only before it starts) and stops at
// the first look that finds it done.
func TestPlanContextChecksInsideLoops(t *testing.T) {
	pl := generatedPlanner(t)
	req := largeRequest(t, 50_000)

	all := &doneAfter{Context: context.Background()}
	all.n.Store(1 << 62)
	if _, err := pl.PlanContext(all, req); err != nil {
		t.Fatal(err)
	}
	// 50,000 enrolments, every 256: 195 looks while resolving them and
	// as many while billing them.
	if n := all.looks.Load(); n < 150 {
		t.Fatalf("a plan of 50,000 enrolments looked at its context %d times; want it checked inside its loops", n)
	}

	mid := &doneAfter{Context: context.Background()}
	mid.n.Store(all.looks.Load() / 2)
	_, err := pl.PlanContext(mid, req)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("a plan whose context is done half-way returned %v, want context.Canceled", err)
	}
	// One more look is context.Cause's, for the error to return.
	if got, want := mid.looks.Load(), mid.n.Load(); got > want+1 {
		t.Errorf("the plan looked at its context %d more times after finding it done", got-want)
	}
}

// A plan whose context is cancelled before it starts, or whose deadline
// passes while it runs, returns the context's error quickly (a generous
// bound: the machine may be busy) and no plan.
func TestPlanContextCancelledAndDeadline(t *testing.T) {
	pl := generatedPlanner(t)
	req := largeRequest(t, 100_000)

	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errStop)
	start := time.Now()
	p, err := pl.PlanContext(ctx, req)
	if !errors.Is(err, errStop) || len(p.People) != 0 {
		t.Fatalf("cancelled: PlanContext = %d people, %v; want none and the cause", len(p.People), err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("cancelled: PlanContext took %s", d)
	}

	ctx, stop := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer stop()
	start = time.Now()
	_, err = pl.PlanContext(ctx, req)
	if d := time.Since(start); !errors.Is(err, context.DeadlineExceeded) {
		// The plan may have finished within the deadline on a fast
		// machine; then there is nothing to check. A plan that ran on well
		// past it, or failed otherwise, did not honour the deadline.
		if err != nil || d > 5*time.Millisecond+time.Second {
			t.Fatalf("deadline: PlanContext = %v after %s", err, d)
		}
	} else if d > 2*time.Second {
		t.Errorf("deadline of 5ms: PlanContext returned after %s", d)
	}

	if _, err := pl.PlanManyContext(ctx, []village.Request{req}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("PlanManyContext after the deadline = %v", err)
	}
}

// A stream stops at a done context, within a village as between them, and
// returns the roll-up of the villages planned before.
func TestStreamContextStops(t *testing.T) {
	pl := generatedPlanner(t)
	small := largeRequest(t, 100)
	big := largeRequest(t, 20_000)
	ctx, cancel := context.WithCancelCause(context.Background())
	reqs := func(yield func(village.NamedRequest, error) bool) {
		_ = yield(village.NamedRequest{Request: small}, nil) && yield(village.NamedRequest{Request: big}, nil)
	}
	r, err := pl.StreamContext(ctx, reqs, func(*village.Plan) error {
		cancel(errStop) // done once the first village is planned
		return nil
	})
	if !errors.Is(err, errStop) {
		t.Fatalf("StreamContext = %v, want the cause", err)
	}
	if r.Total.Villages != 1 {
		t.Errorf("the roll-up has %d villages, want the 1 planned before the context was done", r.Total.Villages)
	}
}
