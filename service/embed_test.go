package service

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Mounted on a caller's mux, every route of the service answers as the
// Service itself does, beside the caller's own routes.
func TestMount(t *testing.T) {
	svc := testService(t).(*Service)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /own", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("own")) })
	if err := svc.Mount(mux); err != nil {
		t.Fatal(err)
	}
	spec := loadSpec(t)
	for _, r := range svc.Routes() {
		method, path, _ := strings.Cut(r.Pattern, " ")
		if spec.doc.Paths.Find(path) == nil || spec.doc.Paths.Find(path).GetOperation(method) == nil {
			t.Errorf("route %s is not in the OpenAPI document", r.Pattern)
		}
		body := `{}`
		if method == "GET" {
			body = ""
		}
		mounted, direct := httptest.NewRecorder(), httptest.NewRecorder()
		mux.ServeHTTP(mounted, newRequest(method, path, strings.NewReader(body)))
		svc.ServeHTTP(direct, newRequest(method, path, strings.NewReader(body)))
		if mounted.Code != direct.Code || mounted.Body.String() != direct.Body.String() {
			t.Errorf("%s mounted: %d %s; direct: %d %s", r.Pattern, mounted.Code, mounted.Body, direct.Code, direct.Body)
		}
		spec.conforms(t, method, path, direct)
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, newRequest("GET", "/own", nil))
	if rec.Body.String() != "own" {
		t.Errorf("the caller's own route answered %q", rec.Body)
	}
	// Every documented operation has a route.
	n := 0
	for _, item := range spec.doc.Paths.Map() {
		n += len(item.Operations())
	}
	if n != len(svc.Routes()) {
		t.Errorf("the document has %d operations, the service %d routes", n, len(svc.Routes()))
	}
}

// A mux that already has one of the service's patterns gets an error, not a panic.
func TestMountConflict(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(http.ResponseWriter, *http.Request) {})
	err := testService(t).(*Service).Mount(mux)
	if err == nil || !strings.Contains(err.Error(), "GET /healthz") {
		t.Errorf("Mount on a mux with GET /healthz: %v", err)
	}
}

// A handler wrapped by Wrap that panics answers 500 with an error body.
func TestWrapRecovers(t *testing.T) {
	svc := testService(t).(*Service)
	h := svc.Wrap(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom 3216015708900002") }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, newRequest("GET", "/", nil))
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), `"code":"internal"`) || strings.Contains(rec.Body.String(), "boom") {
		t.Errorf("%d %s", rec.Code, rec.Body)
	}
}

// Options.Lang is the language of an answer whose request names none.
func TestDefaultLang(t *testing.T) {
	svc, err := New(Options{Lang: problem.English})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, query, header, want string
	}{
		{"the option", "", "", "en"},
		{"?lang", "?lang=id", "", "id"},
		{"Accept-Language", "", "id", "id"},
	} {
		req := newRequest("GET", "/v1/aturan"+tt.query, nil)
		if tt.header != "" {
			req.Header.Set("Accept-Language", tt.header)
		}
		rec := httptest.NewRecorder()
		svc.ServeHTTP(rec, req)
		if got := rec.Header().Get("Content-Language"); got != tt.want {
			t.Errorf("%s: Content-Language %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNewRejectsNegativeLimits(t *testing.T) {
	if _, err := New(Options{MaxBody: -1}); err == nil {
		t.Error("a negative body limit was accepted")
	}
}

// Statuses as the OpenAPI document states them.
func TestStatus(t *testing.T) {
	var month regulation.Month
	monthErr := month.UnmarshalText([]byte("2026-13"))
	tooLarge := jsonProblem(&http.MaxBytesError{Limit: 10})
	syntax := Decode(strings.NewReader(`{`), &month)
	for _, tt := range []struct {
		name string
		err  error
		want int
	}{
		{"a month that does not exist", monthErr, 422},
		{"malformed JSON", syntax, 400},
		{"too large", tooLarge, 413},
		{"too large beats malformed", problem.List{syntax.(*problem.Error), tooLarge.(*problem.Error)}, 413},
		{"malformed beats a rule", problem.List{monthErr.(*problem.Error), syntax.(*problem.Error)}, 400},
		{"an error that is no problem", errors.New("plain"), 422},
	} {
		if got := Status(tt.err); got != tt.want {
			t.Errorf("%s: %d, want %d (%v)", tt.name, got, tt.want, tt.err)
		}
	}
}

// Serve returns ErrNotDrained when a request outlives the grace period.
func TestServeNotDrained(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, slow, ServerOptions{ShutdownGrace: 50 * time.Millisecond}) }()
	go func() {
		resp, err := (&http.Client{Timeout: 5 * time.Second}).Get("http://" + ln.Addr().String())
		if err == nil {
			resp.Body.Close()
		}
	}()
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the request never arrived")
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotDrained) {
			t.Errorf("Serve = %v, want ErrNotDrained", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after its grace period")
	}
}

// Mount the jamsos endpoints on a mux of your own, beside a route of your
// own that reads and answers requests with the service's helpers.
func ExampleService_Mount() {
	svc, err := New(Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	mux := http.NewServeMux()
	if err := svc.Mount(mux); err != nil {
		fmt.Println(err)
		return
	}
	mux.Handle("POST /echo-month", svc.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Month regulation.Month `json:"month"`
		}
		if err := svc.DecodeRequest(w, r, &req); err != nil {
			svc.Fail(w, r, err)
			return
		}
		svc.Reply(w, r, http.StatusOK, req)
	})))

	for _, path := range []string{"/echo-month", "/v1/iuran"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, newRequest("POST", path, strings.NewReader(`{"month":"2026-13"}`)))
		fmt.Println(path, rec.Code)
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, newRequest("POST", "/echo-month?lang=en", strings.NewReader(`{"month":"2026-05"}`)))
	fmt.Print(rec.Code, " ", rec.Header().Get("Content-Language"), " ", rec.Body)
	// Output:
	// /echo-month 422
	// /v1/iuran 422
	// 200 en {"month":"2026-05"}
}
