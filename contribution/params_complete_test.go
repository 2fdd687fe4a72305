package contribution_test

import (
	"testing"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/paramtest"
	"github.com/desasadar/jamsos/regulation"
)

// TestParamsComplete: every timeline the default parameter set holds is in
// its listing and is taken by its overrides, so a parameter added to
// Params but forgotten in either fails here.
func TestParamsComplete(t *testing.T) {
	p := contribution.DefaultParams()
	paramtest.Complete(t, p, p.Timelines(), func(o regulation.Overrides) error {
		_, err := p.WithOverrides(o)
		return err
	})
}
