package wilayah_test

import (
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
)

// A labelled directory keeps the list's source, so that an unlisted code is
// reported against the 2025 decree, and knows no more codes than the list.
func TestLabelledKeepsSource(t *testing.T) {
	dir := wilayah.Labelled(wilayah.Default())
	warns, err := region.CheckCode(dir, region.MustParse("61.12.01.2099"), region.CheckOptions{})
	if err != nil || len(warns) != 1 {
		t.Fatalf("warnings %v, err %v", warns, err)
	}
	if msg := warns[0].Message(problem.Indonesian); !strings.Contains(msg, "Kepmendagri 300.2.2-2138/2025") {
		t.Errorf("message does not name the list: %s", msg)
	}
	if _, ok := dir.Name(region.MustParse("61.12.01.2099")); ok {
		t.Error("an unlisted village has a name")
	}
	if wilayah.Labelled(nil) != nil {
		t.Error("Labelled(nil) is not nil")
	}
}
