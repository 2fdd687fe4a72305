package main

import (
	"runtime/debug"
	"testing"

	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rules"
)

// The version comes from the build information, never from a string kept
// by hand: a module built at a tag reports the tag and its commit.
func TestVersionFromBuildInfo(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/desasadar/jamsos", Version: "v0.1.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}}}
	rep, err := newVersionReport(bi, true)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Version != "v0.1.0" || rep.Commit != "abc123" || !rep.Modified || rep.Go != "go1.26.8" {
		t.Errorf("%+v", rep)
	}
	if rep, _ := newVersionReport(nil, false); rep.Version != "(unknown)" {
		t.Errorf("without build information: %q", rep.Version)
	}
	// The region list is the 2025 edition, Kepmendagri 300.2.2-2138/2025.
	if rep.Regions.Instrument != "Kepmendagri 300.2.2-2138/2025" || rep.Regions.Year != 2025 {
		t.Errorf("regions %+v", rep.Regions)
	}
}

// The latest rule date is the start or the end of some rule, and no rule
// starts or ends after it.
func TestLatestRule(t *testing.T) {
	params := rules.All()
	latest, err := latestRule(params)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range params {
		c, ok := p.(coverer)
		if !ok {
			t.Fatalf("%s tells no coverage", p.Name())
		}
		from, until := c.Coverage()
		if from.After(latest) || until.After(latest) {
			t.Errorf("%s covers %s–%s, after %s", p.Name(), from, until, latest)
		}
		if f, err := p.Describe(latest); err == nil && f.From == latest || until == latest {
			found = true
		}
	}
	if !found {
		t.Errorf("no rule starts or ends on %s", latest)
	}
	// PP 45/2015 Pasal 15: the pension age rises by a year every three
	// years until it reaches 65, in 2043; no later rule is built in.
	if latest.Before(regulation.MustDate(2043, 1, 1)) {
		t.Errorf("latest rule date %s, before the pension age schedule's last step", latest)
	}
}
