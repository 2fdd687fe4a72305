// Command national times `jamsos rencana` on a generated national year of
// rosters: it writes one CSV roster per desa of the embedded Kemendagri list
// (75,000 by default, 110 people each, made by package jamsostest) into a
// temporary directory, runs each jamsos binary given on it one after
// another under GOMAXPROCS=1, and reports for each run the wall-clock time,
// the CPU time, the peak resident memory (the child's maximum RSS) and the
// participant-months planned per second of CPU time. Runs of different
// binaries must print the same output: the totals of the run are compared
// byte for byte.
//
// With -big N it also writes one roster of N people (a single large file)
// and runs each binary on it, reporting the peak memory per input byte.
//
//	go build -o /tmp/jamsos ./cmd/jamsos
//	go run ./internal/bench/national -bin /tmp/jamsos -big 1000000
//
// The rosters repeat a set of -templates generated villages under each
// desa's code: every roster is valid and its NIKs are distinct within it,
// which is all a plan requires; generating 8 million distinct NIKs would
// only make the generator slower.
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
)

func main() {
	if len(os.Args) > 2 && os.Args[1] == launchArg {
		os.Exit(launch(os.Args[2], os.Args[3:]))
	}
	villages := flag.Int("villages", 75_000, "villages of the national directory (at most the desa of the embedded list; 0: none)")
	people := flag.Int("people", 110, "people per village")
	templates := flag.Int("templates", 500, "distinct generated rosters the villages repeat")
	big := flag.Int("big", 0, "people of a single large roster to time too (0: none)")
	dir := flag.String("dir", "", "directory to write the rosters into (default: a new temporary directory, removed at the end)")
	format := flag.String("format", "text", "output format of the runs: text, json or csv")
	peopleList := flag.Bool("list", false, "list every enrolment in the text report of the single large roster (rencana -people)")
	var bins multi
	flag.Var(&bins, "bin", "a jamsos binary to time (repeatable; runs in the order given)")
	flag.Parse()
	if err := run(*villages, *people, *templates, *big, *dir, *format, *peopleList, bins); err != nil {
		fmt.Fprintln(os.Stderr, "national:", err)
		os.Exit(1)
	}
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func run(villages, people, templates, big int, dir, format string, peopleList bool, bins []string) error {
	if dir == "" {
		d, err := os.MkdirTemp("", "jamsos-national-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	nat := filepath.Join(dir, "national")
	if err := os.MkdirAll(nat, 0o755); err != nil {
		return err
	}
	if villages > 0 {
		start := time.Now()
		months, size, err := writeNational(nat, villages, people, templates)
		if err != nil {
			return err
		}
		fmt.Printf("national: %d villages × %d people, %d participant-months, %.1f MB of CSV, written in %s\n",
			villages, people, months, float64(size)/1e6, time.Since(start).Round(time.Millisecond))
		if err := compare(bins, months, size, "-year", "2026", "-format", format, nat); err != nil {
			return err
		}
	}
	if big <= 0 {
		return nil
	}
	file := filepath.Join(dir, "big.csv")
	months, size, err := writeBig(file, big)
	if err != nil {
		return err
	}
	fmt.Printf("single roster: %d people, %d participant-months, %.1f MB of CSV\n", big, months, float64(size)/1e6)
	args := []string{"-year", "2026", "-village", "32.16.01.2001", "-format", format}
	if peopleList {
		args = append(args, "-people")
	}
	return compare(bins, months, size, append(args, file)...)
}

// compare runs each binary with args (see timeRun) and says when one's
// output differs from the first's.
func compare(bins []string, months int, size int64, args ...string) error {
	var first []byte
	for _, bin := range bins {
		sum, err := timeRun(bin, months, size, args...)
		if err != nil {
			return err
		}
		if first != nil && !bytes.Equal(first, sum) {
			fmt.Printf("  OUTPUT DIFFERS from the first binary's\n")
		}
		if first == nil {
			first = sum
		}
	}
	return nil
}

// timeRun runs bin with args under GOMAXPROCS=1 and reports its times and
// peak memory; it returns a digest of its output.
//
// bin is started by a small process of its own (this program again, see
// launch): a child's peak memory counts the peak of the process it was
// started from, which here has just generated the rosters (a run of
// /bin/true "peaked" at 125 MB after a 500,000-person roster was made).
func timeRun(bin string, months int, size int64, args ...string) ([]byte, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	usage, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer usage.Close()
	cmd := exec.Command(self, append([]string{launchArg, bin, "rencana"}, args...)...)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	cmd.ExtraFiles = []*os.File{w}
	h := sha256.New()
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = h, &stderr
	start := time.Now()
	err = cmd.Run()
	wall := time.Since(start)
	w.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", bin, err, clip(stderr.String()))
	}
	var user, sys, rss int64
	if _, err := fmt.Fscan(usage, &user, &sys, &rss); err != nil {
		return nil, fmt.Errorf("%s: no usage from the launcher: %v", bin, err)
	}
	utime := time.Duration(user)
	cpu := utime + time.Duration(sys)
	fmt.Printf("  %s: wall %s, cpu %s (user %s), peak RSS %.0f MB (%.2f bytes per input byte), %.1fM participant-months/s of CPU\n",
		bin, wall.Round(time.Millisecond), cpu.Round(time.Millisecond), utime.Round(time.Millisecond),
		float64(rss)/1e6, float64(rss)/float64(size), float64(months)/cpu.Seconds()/1e6)
	return h.Sum(nil), nil
}

// launchArg makes this program launch a binary (see launch) instead of
// timing binaries.
const launchArg = "-launch-for-timing"

// launch runs bin with args, its output this process's, and writes its
// processor times (user, system) and peak resident memory in bytes to file
// descriptor 3; it returns bin's exit code (1 when it cannot be started).
func launch(bin string, args []string) int {
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	err := cmd.Run()
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "national:", err)
		return 1
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	out := os.NewFile(3, "usage")
	fmt.Fprintln(out, ru.Utime.Nano(), ru.Stime.Nano(), ru.Maxrss*1024) // nanoseconds; Maxrss is in kilobytes on Linux
	out.Close()
	return cmd.ProcessState.ExitCode()
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// desa returns the first n desa of the embedded list, in code order.
func desa(n int) ([]region.Code, error) {
	var out []region.Code
	for c := range wilayah.Default().All() {
		if c.Level() == region.Village && (c.VillageKind() == region.Desa || c.VillageKind() == region.DesaAdat) {
			out = append(out, c)
			if len(out) == n {
				return out, nil
			}
		}
	}
	return nil, fmt.Errorf("the embedded list has %d desa, fewer than %d", len(out), n)
}

// writeNational writes one roster per desa and returns the
// participant-months and bytes written.
func writeNational(dir string, villages, people, templates int) (int, int64, error) {
	codes, err := desa(villages)
	if err != nil {
		return 0, 0, err
	}
	templates = min(templates, villages)
	g := jamsostest.MustNew(1, jamsostest.Options{})
	var rosters [][]byte
	var months []int
	for range templates {
		r, err := g.Roster(jamsostest.RosterSpec{Size: people})
		if err != nil {
			return 0, 0, err
		}
		var b bytes.Buffer
		if err := jamsostest.WriteRosterCSV(&b, r.Enrolments); err != nil {
			return 0, 0, err
		}
		rosters = append(rosters, b.Bytes())
		months = append(months, jamsostest.ParticipantMonths(r.Enrolments))
	}
	total, size := 0, int64(0)
	for i, c := range codes {
		k := i % templates
		if err := os.WriteFile(filepath.Join(dir, strings.ReplaceAll(c.String(), ".", "")+".csv"), rosters[k], 0o644); err != nil {
			return 0, 0, err
		}
		total += months[k]
		size += int64(len(rosters[k]))
	}
	return total, size, nil
}

// writeBig writes one roster of n people, in pieces of at most
// jamsostest.MaxItems from one generator (so that every NIK differs).
func writeBig(file string, n int) (int, int64, error) {
	f, err := os.Create(file)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	g := jamsostest.MustNew(2, jamsostest.Options{})
	months := 0
	for left := n; left > 0; left -= jamsostest.MaxItems {
		r, err := g.Roster(jamsostest.RosterSpec{Village: region.MustParse("32.16.01.2001"), Size: min(left, jamsostest.MaxItems)})
		if err != nil {
			return 0, 0, err
		}
		var b bytes.Buffer
		if err := jamsostest.WriteRosterCSV(&b, r.Enrolments); err != nil {
			return 0, 0, err
		}
		out := b.Bytes()
		if left != n {
			out = out[bytes.IndexByte(out, '\n')+1:] // the header once
		}
		if _, err := w.Write(out); err != nil {
			return 0, 0, err
		}
		months += jamsostest.ParticipantMonths(r.Enrolments)
	}
	if err := w.Flush(); err != nil {
		return 0, 0, err
	}
	st, err := f.Stat()
	if err != nil {
		return 0, 0, err
	}
	return months, st.Size(), f.Close()
}
