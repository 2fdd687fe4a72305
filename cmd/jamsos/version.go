package main

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/region/wilayah"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rules"
)

const versionSynopsisID = `version [opsi]

Versi modul jamsos (dari informasi build Go, bukan teks yang ditulis tangan)
dan edisi datanya: tanggal aturan terakhir, bulan iuran terakhir yang dijamin
parameter iuran, dan edisi daftar wilayah Kemendagri.

  jamsos version
  jamsos -version -json
`

const versionSynopsisEN = `version [flags]

The jamsos module's version (from Go's build information, not a hand-kept
string) and the edition of its data: the latest rule date, the last
contribution month the contribution parameters vouch for, and the edition of
Kemendagri's list of areas.

  jamsos version
  jamsos -version -json
`

// versionReport is what `jamsos version` says.
type versionReport struct {
	// Module and Version are the main module's path and version as the
	// build records them: a tag such as v0.1.0 for `go install ...@v0.1.0`,
	// "(devel)" for a build from a work tree.
	Module  string `json:"module"`
	Version string `json:"version"`
	// Commit, CommitTime and Modified are the version control facts the
	// build recorded, when it did.
	Commit     string `json:"commit,omitempty"`
	CommitTime string `json:"commit_time,omitempty"`
	Modified   bool   `json:"modified,omitempty"`
	// Go is the toolchain that built the program.
	Go string `json:"go,omitempty"`
	// LatestRule is the latest day on which a rule of the built-in
	// parameters starts or ends: the edition of the law data.
	LatestRule regulation.Date `json:"latest_rule"`
	// ContributionThrough is the last contribution month the built-in
	// contribution parameters vouch for.
	ContributionThrough regulation.Month `json:"contribution_through"`
	// Regions is the edition of the built-in list of areas.
	Regions wilayah.Edition `json:"regions"`
}

// newVersionReport reads the build information (bi, when ok) and the
// built-in parameters.
func newVersionReport(bi *debug.BuildInfo, ok bool) (versionReport, error) {
	rep := versionReport{Module: "github.com/desasadar/jamsos", Version: "(unknown)",
		ContributionThrough: contribution.DefaultParams().Through, Regions: wilayah.Edition2025}
	if ok && bi != nil {
		if bi.Main.Path != "" {
			rep.Module = bi.Main.Path
		}
		if bi.Main.Version != "" {
			rep.Version = bi.Main.Version
		}
		rep.Go = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rep.Commit = s.Value
			case "vcs.time":
				rep.CommitTime = s.Value
			case "vcs.modified":
				rep.Modified = s.Value == "true"
			}
		}
	}
	latest, err := latestRule(rules.All())
	rep.LatestRule = latest
	return rep, err
}

// coverer is what a timeline tells of its coverage.
type coverer interface {
	Coverage() (from, until regulation.Date)
}

// farFuture is a day after any rule: what is in force then is the last
// entry of an open-ended timeline.
var farFuture = regulation.MustDate(9999, 12, 31)

// latestRule is the latest day on which one of the parameters' rules starts
// or ends: the start of the last entry of an open-ended timeline (in force
// on farFuture), the last day of one that ends.
func latestRule(params []regulation.Describer) (regulation.Date, error) {
	var latest regulation.Date
	later := func(d regulation.Date) {
		if d.After(latest) {
			latest = d
		}
	}
	for _, p := range params {
		f, err := p.Describe(farFuture)
		switch {
		case err == nil:
			later(f.From)
		case errors.Is(err, regulation.ErrNoRuleInForce):
			if c, ok := p.(coverer); ok {
				_, until := c.Coverage()
				later(until)
			}
		default:
			return regulation.Date{}, err
		}
	}
	return latest, nil
}

func runVersion(e *env, args []string) int {
	fs, lang := e.flags("version", e.t(versionSynopsisID, versionSynopsisEN))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	rep, err := newVersionReport(debug.ReadBuildInfo())
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.writeJSON(rep)
	}
	fmt.Fprintf(e.stdout, "jamsos %s (%s)\n", rep.Version, rep.Module)
	if rep.Commit != "" {
		mod := ""
		if rep.Modified {
			mod = e.t(", dengan perubahan", ", modified")
		}
		fmt.Fprintf(e.stdout, e.t("  komit %s (%s%s)\n", "  commit %s (%s%s)\n"), rep.Commit, rep.CommitTime, mod)
	}
	if rep.Go != "" {
		fmt.Fprintf(e.stdout, e.t("  dibangun dengan %s\n", "  built with %s\n"), rep.Go)
	}
	fmt.Fprintf(e.stdout, e.t("Data hukum: aturan terakhir bertanggal %s; iuran dijamin sampai %s\n",
		"Law data: latest rule date %s; contributions vouched for through %s\n"), rep.LatestRule, rep.ContributionThrough)
	fmt.Fprintf(e.stdout, e.t("Daftar wilayah: %s (%d)\n", "Region list: %s (%d)\n"), rep.Regions.Instrument, rep.Regions.Year)
	return exitOK
}
