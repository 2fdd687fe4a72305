package partner

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/desasadar/jamsos/regulation"
)

// countdown is a context that ends after its Err has been asked n times,
// to tell whether a loop looks at its context while it works rather than
// only before it starts.
type countdown struct {
	context.Context
	n int
}

func (c *countdown) Err() error {
	if c.n <= 0 {
		return context.Canceled
	}
	c.n--
	return nil
}

// ProcessContext and ProgressContext stop once their context ends, in the
// middle of their loops, returning its error; with a live context they give
// what Process and Progress give.
func TestContextStopsLoops(t *testing.T) {
	n, acts := scenario(1, 6, 10, 5*checkEvery)
	on := ProgressOptions{On: regulation.MustDate(2026, 12, 31)}

	if _, err := n.ProcessContext(&countdown{context.Background(), 2}, acts, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ProcessContext ended after its first batch: %v", err)
	}
	l, err := n.ProcessContext(context.Background(), acts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := l.Progress(on)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.ProgressContext(&countdown{context.Background(), 2}, on); !errors.Is(err, context.Canceled) {
		t.Errorf("ProgressContext ended after its first batch: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := n.ProcessContext(ctx, acts, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ProcessContext with an ended context: %v", err)
	}
	// A cause given to the cancellation is what they return.
	errStop := errors.New("stopped by the caller")
	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errStop)
	if _, err := n.ProcessContext(cctx, acts, Options{}); !errors.Is(err, errStop) {
		t.Errorf("ProcessContext with a cause: %v, want the cause", err)
	}
	if _, err := l.ProgressContext(cctx, on); !errors.Is(err, errStop) {
		t.Errorf("ProgressContext with a cause: %v, want the cause", err)
	}
	got, err := l.ProgressContext(context.Background(), on)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ProgressContext differs from Progress: %v", err)
	}
}
