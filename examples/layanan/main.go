// Command layanan shows how to embed jamsos in a service of your own: a
// small HTTP endpoint that bills a village worker for a month, built on one
// shared, immutable Calculator.
//
// By default it starts the service on a loopback port, sends it two requests
// (one good, one with problems), prints the answers and stops. With -addr it
// keeps serving until interrupted:
//
//	go run ./examples/layanan
//	go run ./examples/layanan -addr 127.0.0.1:8090
//	curl -s -d '{"month":"2026-05","income":"1500000","sector":"TRANSPORT","jht":true}' 127.0.0.1:8090/tagihan
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// errBadRequest is the rule a request that cannot be read breaks.
var errBadRequest = errors.New("layanan: the request cannot be read")

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

// billing is the handler. It holds one Calculator, built at start-up and
// shared by every request: Calculators are immutable and safe for
// concurrent use.
type billing struct {
	calc *contribution.Calculator
}

func (b billing) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	var req request
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		// A field's own parser (month, sector, payer) reports a problem of
		// its own; anything else is the JSON. problem.New masks a NIK that
		// encoding/json or shopspring quote, should one be sent as income.
		var l problem.List
		if !errors.As(err, new(*problem.Error)) {
			err = problem.New(errBadRequest, "request.json", "", "",
				"permintaan tidak dapat dibaca: "+err.Error(), "the request cannot be read: "+err.Error())
		}
		l.Add(err)
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]problem.List{"errors": l})
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
		// Every problem, each with a stable code a client can act on.
		var l problem.List
		l.Add(err)
		w.WriteHeader(http.StatusUnprocessableEntity)
		_ = json.NewEncoder(w).Encode(map[string]problem.List{"errors": l})
		return
	}
	due, _ := b.calc.DueDate(membership.BPU, req.Month, nil) // the national holiday calendar
	words, _ := rupiah.Words(bill.Billed)
	resp := response{Billed: bill.Billed, Text: rupiah.Format(bill.Billed, problem.Indonesian), Words: words, Due: due}
	for _, ln := range bill.Lines {
		for _, c := range ln.Citations {
			resp.Sources = append(resp.Sources, ln.Program.String()+": "+c.String())
		}
	}
	_ = json.NewEncoder(w).Encode(resp)
}

func main() {
	addr := flag.String("addr", "", "keep serving on this address instead of running the demonstration")
	flag.Parse()
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /tagihan", billing{calc: calc})
	if *addr != "" {
		serve(*addr, mux)
		return
	}
	if err := demo(os.Stdout, mux); err != nil {
		log.Fatal(err)
	}
}

// demo runs the service on a loopback port and prints its answers to two requests.
func demo(w io.Writer, h http.Handler) error {
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, body := range []string{
		`{"month":"2026-05","income":"1500000","sector":"TRANSPORT","jht":true}`,
		`{"month":"2015-06","income":"-1"}`,
	} {
		resp, err := http.Post(srv.URL+"/tagihan", "application/json", strings.NewReader(body))
		if err != nil {
			return err
		}
		out, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "POST /tagihan %s\n%d %s\n", body, resp.StatusCode, out)
	}
	return nil
}

// serve runs until interrupted, then lets requests in flight finish.
func serve(addr string, h http.Handler) {
	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	log.Printf("listening on %s", addr)
	if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
