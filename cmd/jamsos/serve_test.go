package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startServe runs `jamsos serve` on a free loopback port and returns the
// command, its address and the rest of its log.
func startServe(t *testing.T, args ...string) (*exec.Cmd, string, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(binary(t), append([]string{"serve", "-addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	log := bufio.NewScanner(stderr)
	for log.Scan() {
		var rec struct{ Msg, Addr string }
		if json.Unmarshal(log.Bytes(), &rec) == nil && rec.Msg == "listening" {
			return cmd, rec.Addr, log
		}
	}
	t.Fatal("jamsos serve never said where it listens")
	return nil, "", nil
}

func exitCode(err error) int {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// On SIGTERM after its requests are answered, serve exits 0; its log is
// JSON, one access record per request, with no NIK.
func TestServeDrainsAndExits0(t *testing.T) {
	cmd, addr, log := startServe(t)
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Post("http://"+addr+"/v1/nik", "application/json", strings.NewReader(`{"nik":"3216015708900002"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || strings.Contains(string(body), "3216015708900002") {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for log.Scan() {
		lines = append(lines, log.Text())
	}
	if code := exitCode(cmd.Wait()); code != exitOK {
		t.Errorf("exit %d, want 0; log:\n%s", code, strings.Join(lines, "\n"))
	}
	all := strings.Join(lines, "\n")
	if !strings.Contains(all, `"msg":"request","method":"POST","path":"/v1/nik","status":200`) || strings.Contains(all, "3216015708900002") {
		t.Errorf("log:\n%s", all)
	}
}

// A request still in flight at the end of the grace period (a client that
// stalls in the middle of its body) makes serve exit 3.
func TestServeNotDrainedExits3(t *testing.T) {
	cmd, addr, log := startServe(t, "-grace", "200ms")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "POST /v1/iuran HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"month\":"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the handler is reading the body
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for log.Scan() {
	}
	if code := exitCode(cmd.Wait()); code != exitServe {
		t.Errorf("exit %d, want %d", code, exitServe)
	}
}
