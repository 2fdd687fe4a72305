package village

import (
	"fmt"
	"testing"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// testVillage is a desa in Kab. Kubu Raya (61.12); the names used in tests
// are made up.
var testVillage = region.MustParse("61.12.01.2001")

// nik builds a valid, made-up NIK issued in district 61.12.01: a man born
// on 1 January 1980 with the given serial (1 to 9999). It names the people
// of the worked examples (nik(1) is the head of samplePlan, and the goldens
// show it masked as 6112••••••••0001); rosters in bulk come from package
// jamsostest, in the external tests (bench_test.go, generated_test.go),
// since a test of this package cannot import it.
func nik(serial int) membership.NIK {
	return membership.MustParseNIK(fmt.Sprintf("611201010180%04d", serial))
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func month(y, m int) regulation.Month { return regulation.MustMonth(y, time.Month(m)) }

func planner(t testing.TB, p Params, o Options) *Planner {
	t.Helper()
	c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pl, err := NewPlanner(c, p, o)
	if err != nil {
		t.Fatal(err)
	}
	return pl
}
