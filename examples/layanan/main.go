// Command layanan shows how to embed jamsos in a service of your own: it
// mounts the jamsos endpoints (package service, the same that `jamsos serve`
// runs) on its own mux, next to a route of its own, POST /tagihan, which
// bills a village worker for a month. Its route reads and answers requests
// with the service's own helpers, so both speak alike: the same strict
// decoding (application/json only), problem documents, statuses, limits,
// access log, timeouts and graceful shutdown. One
// Calculator, built at start-up, is shared by both.
//
// By default it starts on a loopback port, sends it three requests (a good
// one and one with problems to its own route, one to a jamsos route),
// prints the answers and stops. With -addr it keeps serving until
// interrupted:
//
//	go run ./examples/layanan
//	go run ./examples/layanan -addr 127.0.0.1:8090
//	curl -s -H 'Content-Type: application/json' -d '{"month":"2026-05","income":"1500000","sector":"TRANSPORT","jht":true}' 127.0.0.1:8090/tagihan
//	curl -s -H 'Content-Type: application/json' -d '{"nik":"3216015708900002"}' 127.0.0.1:8090/v1/nik
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/desasadar/jamsos/service"
	"github.com/shopspring/decimal"
)

// request is this service's own input: a non-wage worker's declared income,
// sector and whether they add JHT. A real service would take it from its
// own data.
type request struct {
	Month  regulation.Month    `json:"month"`
	Income decimal.Decimal     `json:"income"`
	Sector contribution.Sector `json:"sector"`
	JHT    bool                `json:"jht"`
	Payer  membership.Payer    `json:"payer,omitzero"`
}

// response is this service's own output.
type response struct {
	Billed  decimal.Decimal `json:"billed"`
	Text    string          `json:"text"`
	Words   string          `json:"words"`
	Due     regulation.Date `json:"due"`
	Sources []string        `json:"sources"`
}

// billing is the handler of POST /tagihan. It holds the Calculator the
// jamsos endpoints use too, and the Service whose helpers read and answer
// requests: both are immutable and safe for concurrent use.
type billing struct {
	calc *contribution.Calculator
	svc  *service.Service
}

func (b billing) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := b.svc.DecodeRequest(w, r, &req); err != nil {
		// 400 for a body that is not JSON of this shape, 413 for one too
		// large, 422 for a value its field rejects (a month "2026-13"); a
		// NIK sent as the income is masked in the problem.
		b.svc.Fail(w, r, err)
		return
	}
	programs := membership.SetOf(membership.JKK, membership.JKM)
	if req.JHT {
		programs = programs.With(membership.JHT)
	}
	bill, err := b.calc.Bill(contribution.Input{
		Segment: membership.BPU, Programs: programs, Basis: req.Income, Sector: req.Sector, Payer: req.Payer,
	}, req.Month)
	if err != nil {
		// Every problem, each with a stable code a client can act on: 422.
		b.svc.Fail(w, r, err)
		return
	}
	due, _ := b.calc.DueDate(membership.BPU, req.Month, nil) // the national holiday calendar
	words, _ := rupiah.Words(bill.Billed)
	resp := response{Billed: bill.Billed, Text: rupiah.Format(bill.Billed, problem.Indonesian), Words: words, Due: due}
	for _, ln := range bill.Lines {
		for _, c := range ln.Citations {
			resp.Sources = append(resp.Sources, ln.Program.String()+": "+c.Format(problem.Indonesian))
		}
	}
	b.svc.Reply(w, r, http.StatusOK, resp)
}

// newMux returns this program's routes: its own POST /tagihan and every
// jamsos endpoint, all on one Calculator.
func newMux(logger *slog.Logger) (*http.ServeMux, error) {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		return nil, err
	}
	// Bills are small: read at most 64 KiB of a request (413 beyond).
	svc, err := service.New(service.Options{Calculator: calc, MaxBody: 64 << 10, Log: logger})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	if err := svc.Mount(mux); err != nil {
		return nil, err
	}
	mux.Handle("POST /tagihan", svc.Wrap(billing{calc: calc, svc: svc}))
	return mux, nil
}

func main() {
	addr := flag.String("addr", "", "keep serving on this address instead of running the demonstration")
	flag.Parse()
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	mux, err := newMux(logger)
	if err != nil {
		log.Fatal(err)
	}
	if *addr != "" {
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			log.Fatal(err)
		}
		// Runs until interrupted, then lets requests in flight finish.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		if err := service.Serve(ctx, ln, mux, service.ServerOptions{Log: logger}); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := demo(os.Stdout, mux); err != nil {
		log.Fatal(err)
	}
}

// demo runs the service on a loopback port and prints its answers to three requests.
func demo(w io.Writer, h http.Handler) error {
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, ex := range []struct{ path, body string }{
		{"/tagihan", `{"month":"2026-05","income":"1500000","sector":"TRANSPORT","jht":true}`},
		{"/tagihan", `{"month":"2015-06","income":"-1"}`},
		{"/v1/nik", `{"nik":"3216015708900002"}`},
	} {
		resp, err := http.Post(srv.URL+ex.path, "application/json", strings.NewReader(ex.body))
		if err != nil {
			return err
		}
		out, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "POST %s %s\n%d %s\n", ex.path, ex.body, resp.StatusCode, out)
	}
	return nil
}
