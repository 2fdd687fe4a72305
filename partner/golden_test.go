package partner

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/internal/golden"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

func names(t *testing.T) region.Directory {
	t.Helper()
	d, err := region.NewTable([]region.Entry{
		{Code: region.MustParse("32.16"), Name: "Kabupaten Bekasi"},
		{Code: region.MustParse("32.16.01"), Name: "Tarumajaya"},
		{Code: region.MustParse("32.16.02"), Name: "Babelan"},
		{Code: desa1, Name: "Pantai Makmur"},
		{Code: desa2, Name: "Segara Jaya"},
		{Code: desa3, Name: "Kedung Jaya"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestGoldenProgress(t *testing.T) {
	acts := append(progressScenario(),
		act(Registration, day(2026, 3, 3), "BSA-01", desa1, nik(5)),
		event(Socialisation, day(2026, 4, 1), "AG-01", desa3, 25),
	)
	l := process(t, fixture(t), acts, revived())
	p, err := l.Progress(ProgressOptions{On: day(2026, 6, 30), Villages: []region.Code{desa3}})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		var text, csv, board, rejected strings.Builder
		if err := p.WriteText(&text, lang, names(t)); err != nil {
			t.Fatal(err)
		}
		if err := p.WriteCSV(&csv, lang); err != nil {
			t.Fatal(err)
		}
		if err := p.WriteLeaderboardCSV(&board, lang); err != nil {
			t.Fatal(err)
		}
		if err := l.WriteRejected(&rejected, lang); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "progress_"+lang.String()+".txt", text.String())
		golden.Check(t, "progress_"+lang.String()+".csv", csv.String())
		golden.Check(t, "leaderboard_"+lang.String()+".csv", board.String())
		golden.Check(t, "rejected_"+lang.String()+".txt", rejected.String())
	}
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "progress.json", string(b)+"\n")
}

func TestGoldenFees(t *testing.T) {
	l := process(t, fixture(t), feeScenario(), feeOptions())
	f, err := l.FeeStatements(month(2026, 4))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		var text, csv strings.Builder
		if err := f.WriteText(&text, lang); err != nil {
			t.Fatal(err)
		}
		if err := f.WriteCSV(&csv, lang); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "fees_"+lang.String()+".txt", text.String())
		golden.Check(t, "fees_"+lang.String()+".csv", csv.String())
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "fees.json", string(b)+"\n")
}

// A writer that fails makes the report fail.
func TestWriteErrors(t *testing.T) {
	l := process(t, fixture(t), feeScenario(), feeOptions())
	f, _ := l.FeeStatements(month(2026, 4))
	p, _ := l.Progress(ProgressOptions{On: day(2026, 6, 30)})
	for name, err := range map[string]error{
		"progress text": p.WriteText(brokenWriter{}, problem.English, nil),
		"progress csv":  p.WriteCSV(brokenWriter{}, problem.English),
		"leaderboard":   p.WriteLeaderboardCSV(brokenWriter{}, problem.English),
		"fees text":     f.WriteText(brokenWriter{}, problem.English),
		"fees csv":      f.WriteCSV(brokenWriter{}, problem.English),
		"rejected":      l.WriteRejected(brokenWriter{}, problem.English),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

// A statement across the switch from the 2018 to the 2022 scheme: May 2022
// collections for April (2018) and May (2022), as text in both languages.
func TestGoldenFeesAcrossTheSwitch(t *testing.T) {
	acts := []Activity{
		act(Registration, day(2022, 4, 4), "AG-22", desa1, nik(1)),
		{Kind: Collection, Date: day(2022, 5, 9), Partner: "AG-22", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2022, 4)},
		{Kind: Collection, Date: day(2022, 5, 9), Partner: "AG-22", Village: desa1, Participant: nik(1), Amount: rp(36_800), Month: month(2022, 5)},
	}
	l := process(t, perisaiNetwork(t), acts, Options{})
	f, err := l.FeeStatements(month(2022, 5))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []problem.Lang{problem.Indonesian, problem.English} {
		var text strings.Builder
		if err := f.WriteText(&text, lang); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, "fees_switch_"+lang.String()+".txt", text.String())
	}
}
