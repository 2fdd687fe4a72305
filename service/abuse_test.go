package service

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/desasadar/jamsos/internal/masktest"
)

// lockedBuffer is a bytes.Buffer safe for the access log's concurrent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type call struct{ method, path, contentType, body string }

// roster returns a roster request of n informal workers.
func roster(n int) string {
	var b strings.Builder
	b.WriteString(`{"village":"61.12.01.2001","year":2026,"roster":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"nik":"611201170890%04d","name":"Warga %d","group":"informal"}`, i+1, i)
	}
	b.WriteString(`]}`)
	return b.String()
}

// TestLoadAndAbuse runs the service on a loopback port with the server's
// own timeouts for a few seconds: clients send valid requests to every
// endpoint while others send the hostile inputs of issue #14 (amounts of
// 1e9999 by the thousand, 50,000 fee months, 8 MiB rosters at once, keys
// given twice or in other case, no Content-Type, NUL in names, a NIK in the
// path, nesting, bodies over the limit). No answer may be a 5xx, the heap
// must stay under a generous bound, and no run of sixteen digits may appear
// in any answer (but the OpenAPI document's own examples) or in the log.
func TestLoadAndAbuse(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds of load")
	}
	var logs lockedBuffer
	logger := slog.New(slog.NewJSONHandler(&logs, nil))
	svc, err := New(Options{MaxConcurrent: 64, Log: logger, AccessLog: logger})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(svc)
	srv.Config = NewServer(svc, ServerOptions{})
	srv.Start()
	defer srv.Close()

	ninesAct := `{"kind":"COLLECTION","date":"2026-03-10","partner":"AG-01","village":"32.16.01.2001","participant":"3216011708900001","amount":"1e9999","month":"2026-03"}`
	bigRoster := roster(120_000) // about 8 MiB
	valid := []call{
		{"GET", "/healthz", "", ""},
		{"GET", "/openapi.json", "", ""},
		{"POST", "/v1/iuran", "application/json", goodBill},
		{"POST", "/v1/nik", "application/json", `{"nik":"3216015708900002"}`},
		{"GET", "/v1/aturan?date=2026-05-01", "", ""},
		{"POST", "/v1/rencana", "application/json", roster(100)},
		{"POST", "/v1/mitra", "application/json", mitraBody(`[{"kind":"REGISTRATION","date":"2026-03-02","partner":"AG-01","village":"32.16.01.2001","participant":"3216011708900001"},
			{"kind":"REFERRAL","date":"2026-03-11","partner":"AG-01","village":"33.01.01.2001","participant":"3301011708900003"}]`, `["2026-03"]`)},
	}
	hostile := []call{
		{"POST", "/v1/mitra", "application/json", mitraBody("["+strings.TrimSuffix(strings.Repeat(ninesAct+",", 49_000), ",")+"]", "[]")},
		{"POST", "/v1/mitra", "application/json", mitraBody("[]", "["+strings.TrimSuffix(strings.Repeat(`"2026-03",`, 50_000), ",")+"]")},
		{"POST", "/v1/rencana", "application/json", bigRoster},
		{"POST", "/v1/rencana", "application/json", bigRoster},
		{"POST", "/v1/rencana", "application/json", bigRoster},
		{"POST", "/v1/rencana", "application/json", bigRoster},
		{"POST", "/v1/iuran", "application/json", `{"month":"2026-05","month":"2015-01","MONTH":"2016-01","Basis":"3216015708900002"}`},
		{"POST", "/v1/iuran", "", goodBill},
		{"POST", "/v1/iuran", "text/plain", goodBill},
		{"POST", "/v1/rencana", "application/json", `{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Bu\u0000di","group":"informal"}]}`},
		{"GET", "/v1/nik/3216015708900002", "", ""},
		{"POST", "/v1/nik/3216015708900002", "application/json", `{}`},
		{"POST", "/v1/iuran", "application/json", strings.Repeat("[", 100_000)},
		{"POST", "/v1/iuran", "application/json", `{"basis":"` + strings.Repeat("9", 2<<20) + `"}`},
		{"POST", "/v1/nik", "application/json", `{"nik":"` + strings.Repeat("3216015708900002", 1000) + `"}`},
		{"POST", "/v1/iuran", "application/json", `{"basis":1e9999,"workforce":3216015708900002}`},
	}

	var peak atomic.Uint64
	stop := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Add(1)
	go func() {
		defer sampler.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()

	client := &http.Client{Timeout: 20 * time.Second}
	var mu sync.Mutex
	var failures []string
	sent := map[string]int{}
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(failures) < 20 {
			failures = append(failures, fmt.Sprintf(format, args...))
		}
	}
	do := func(c call) {
		req, err := http.NewRequest(c.method, srv.URL+c.path, strings.NewReader(c.body))
		if err != nil {
			fail("%v", err)
			return
		}
		if c.contentType != "" {
			req.Header.Set("Content-Type", c.contentType)
		}
		resp, err := client.Do(req)
		if err != nil {
			fail("%s %s: %v", c.method, c.path, err)
			return
		}
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
		resp.Body.Close()
		mu.Lock()
		sent[fmt.Sprintf("%s %d", strings.SplitN(c.path, "?", 2)[0], resp.StatusCode)]++
		mu.Unlock()
		if resp.StatusCode >= 500 {
			fail("%s %s: %d %.300s", c.method, c.path, resp.StatusCode, body)
		}
		if c.path != "/openapi.json" && masktest.SixteenDigits.Match(body) {
			fail("%s %s: sixteen digits in the answer: %.300s", c.method, c.path, masktest.SixteenDigits.Find(body))
		}
	}

	deadline := time.Now().Add(2 * time.Second)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < w+len(valid) || time.Now().Before(deadline); i++ { // every endpoint at least once
				do(valid[i%len(valid)])
			}
		}()
	}
	for _, c := range hostile {
		wg.Add(1)
		go func() {
			defer wg.Done()
			do(c)
		}()
	}
	wg.Wait()
	close(stop)
	sampler.Wait()

	for _, f := range failures {
		t.Error(f)
	}
	for _, c := range valid {
		if sent[strings.SplitN(c.path, "?", 2)[0]+" 200"] == 0 {
			t.Errorf("no valid %s %s was answered 200: %v", c.method, c.path, sent)
		}
	}
	if line := masktest.SixteenDigits.FindString(logs.String()); line != "" {
		t.Errorf("sixteen digits in the log: %s", line)
	}
	const bound = 768 << 20 // generous: a few 8 MiB bodies in flight and their garbage
	if p := peak.Load(); p > bound {
		t.Errorf("heap in use peaked at %d MiB, over %d MiB", p>>20, bound>>20)
	}
	t.Logf("answers by path and status: %v; peak heap %d MiB", sent, peak.Load()>>20)
}
