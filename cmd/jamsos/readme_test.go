package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/service"
)

// readmeBlocks returns the lines of the README's fenced blocks of a language.
func readmeBlocks(t *testing.T, lang string) [][]string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var blocks [][]string
	var cur []string
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case !in && line == "```"+lang:
			in, cur = true, nil
		case in && line == "```":
			in = false
			blocks = append(blocks, cur)
		case in:
			cur = append(cur, line)
		}
	}
	return blocks
}

// TestReadmeCommands runs every `go run` command of the README from the
// repository's root, as a newcomer pastes it, and expects it to succeed —
// except `mitra` on the sample data, whose unreadable line is meant to exit 1,
// and `serve`, which runs until interrupted and is exercised by
// TestReadmeCurl instead.
func TestReadmeCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the README's commands")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, block := range readmeBlocks(t, "sh") {
		for _, line := range block {
			if !strings.HasPrefix(line, "go run ./") || strings.Contains(line, " serve") {
				continue
			}
			want := 0
			if strings.Contains(line, "jamsos mitra") {
				want = exitInvalid
			}
			t.Run(line, func(t *testing.T) {
				cmd := exec.Command("go", strings.Fields(line)[1:]...)
				cmd.Dir = root
				var out bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &out
				err := cmd.Run()
				code := 0
				if exit, ok := err.(*exec.ExitError); ok {
					code = exit.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				if code != want || out.Len() == 0 {
					t.Errorf("exit %d (want %d):\n%s", code, want, &out)
				}
			})
			ran++
		}
	}
	if ran < 7 {
		t.Errorf("ran %d README commands; the README lost some", ran)
	}
}

// TestReadmeCurl runs the service on the README's address and sends each of
// the README's curl requests.
func TestReadmeCurl(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	svc, err := service.New(service.Options{})
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = service.Serve(ctx, ln, svc, service.ServerOptions{}) }()
	curl := regexp.MustCompile(`^curl -s (?:-H 'Content-Type: application/json' -d '([^']*)' )?'?127\.0\.0\.1:8080(/[^' ]*)'?$`)
	client := &http.Client{Timeout: 5 * time.Second}
	sent := 0
	for _, block := range readmeBlocks(t, "sh") {
		for _, line := range block {
			if !strings.HasPrefix(line, "curl ") {
				continue
			}
			m := curl.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("README curl line not understood: %s", line)
				continue
			}
			url := "http://" + ln.Addr().String() + m[2]
			var resp *http.Response
			if m[1] != "" {
				resp, err = client.Post(url, "application/json", strings.NewReader(m[1]))
			} else {
				resp, err = client.Get(url)
			}
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Errorf("%s: %d %s", line, resp.StatusCode, body)
			}
			sent++
		}
	}
	if sent < 4 {
		t.Errorf("sent %d README requests", sent)
	}
}

// TestReadmeGoExample compiles and runs the README's first Go example in a
// module of its own that uses this repository.
func TestReadmeGoExample(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the README example")
	}
	blocks := readmeBlocks(t, "go")
	if len(blocks) == 0 {
		t.Fatal("no Go example in the README")
	}
	root, _ := filepath.Abs("../..")
	dir := t.TempDir()
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	mod := "module readmeexample\n\ngo 1.26.0\n\nrequire github.com/desasadar/jamsos v0.0.0\n\nreplace github.com/desasadar/jamsos => " + root + "\n"
	for name, data := range map[string]string{"go.mod": mod, "go.sum": string(sum), "main.go": strings.Join(blocks[0], "\n")} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tidy := exec.Command("go", "mod", "tidy")
	tidy.Dir = dir
	if out, err := tidy.CombinedOutput(); err != nil {
		t.Fatalf("go mod tidy: %v\n%s", err, out)
	}
	run := exec.Command("go", "run", ".")
	run.Dir = dir
	out, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	for _, want := range []string{"2026-02 16800", "2026-05 8400", "relief PP 50/2025 (non-wage participants): 50% off"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("README example output lacks %q:\n%s", want, out)
		}
	}
}
