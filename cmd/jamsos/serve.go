package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

//go:embed openapi.json
var openAPI []byte

// maxBody is the largest request body the service reads; a village roster
// may be up to maxRosterBody.
const (
	maxBody       = 1 << 20
	maxRosterBody = 8 << 20
)

// service holds what every request shares; it is immutable after start-up.
type service struct {
	calc    *contribution.Calculator
	planner *village.Planner
	log     *slog.Logger
}

func newService(log *slog.Logger) (*service, error) {
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		return nil, err
	}
	planner, err := village.NewPlanner(calc, village.DefaultParams(), village.Options{})
	if err != nil {
		return nil, err
	}
	return &service{calc: calc, planner: planner, log: log}, nil
}

// handler routes the service's endpoints (see openapi.json).
func (s *service) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		writeJSON(w, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPI)
	})
	mux.HandleFunc("POST /v1/iuran", s.iuran)
	mux.HandleFunc("POST /v1/nik", s.nik)
	mux.HandleFunc("GET /v1/aturan", s.aturan)
	mux.HandleFunc("POST /v1/rencana", s.rencana)
	mux.HandleFunc("POST /v1/mitra", s.mitra)
	return s.recover(mux)
}

// recover turns a panic in a handler into a 500, logged, so one bad request
// never stops the service.
func (s *service) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
				s.reply(w, r, http.StatusInternalServerError, errorBody{Errors: problem.List{problem.New(errInternal,
					"internal", "", "", "kesalahan internal", "internal error")}})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

var errInternal = errors.New("jamsos: internal error")

// lang reads the response language from ?lang= or Accept-Language.
func lang(r *http.Request) problem.Lang {
	if l, ok := problem.ParseLang(r.URL.Query().Get("lang")); ok {
		return l
	}
	if l, ok := problem.ParseLang(r.Header.Get("Accept-Language")); ok {
		return l
	}
	return problem.Indonesian
}

func (s *service) reply(w http.ResponseWriter, r *http.Request, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Language", lang(r).String())
	w.WriteHeader(status)
	writeJSON(w, v)
}

// fail answers with every problem in err: 413 for a body over the limit, 400
// for a malformed document, 422 for a document that breaks a rule.
func (s *service) fail(w http.ResponseWriter, r *http.Request, err error) {
	var l problem.List
	l.Add(err)
	status := http.StatusUnprocessableEntity
	for _, p := range l {
		switch {
		case p.Code == "json.too_large":
			status = http.StatusRequestEntityTooLarge
		case errors.Is(p, errInvalidJSON) && status != http.StatusRequestEntityTooLarge:
			status = http.StatusBadRequest
		}
	}
	s.reply(w, r, status, errorBody{Errors: l})
}

// decode reads a JSON request body of at most maxBody bytes.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	return decodeStrict(http.MaxBytesReader(w, r.Body, maxBody), v)
}

// planRequest is a village plan asked for in JSON; the roster is read by the
// village package, which reports every bad row with its position.
type planRequest struct {
	Village  region.Code                        `json:"village"`
	Year     int                                `json:"year"`
	Roster   json.RawMessage                    `json:"roster"`
	Ceilings map[village.Source]decimal.Decimal `json:"ceilings,omitempty"`
}

func (s *service) rencana(w http.ResponseWriter, r *http.Request) {
	var req planRequest
	if err := decodeStrict(http.MaxBytesReader(w, r.Body, maxRosterBody), &req); err != nil {
		s.fail(w, r, err)
		return
	}
	roster, err := village.ReadJSON(bytes.NewReader(req.Roster))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	plan, err := s.planner.Plan(village.Request{Village: req.Village, Year: req.Year, Roster: roster, Ceilings: req.Ceilings})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.reply(w, r, http.StatusOK, plan)
}

func (s *service) iuran(w http.ResponseWriter, r *http.Request) {
	var req billRequest
	if err := decode(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := s.calc.Bill(req.Input, req.Month)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.reply(w, r, http.StatusOK, b)
}

// nikRequest carries a NIK in the body, never in a URL that logs would keep.
type nikRequest struct {
	NIK              string          `json:"nik"`
	On               regulation.Date `json:"on,omitzero"`
	AllowPlaceholder bool            `json:"allow_placeholder,omitempty"`
}

func (s *service) nik(w http.ResponseWriter, r *http.Request) {
	var req nikRequest
	if err := decode(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	rep, err := checkNIK(req.NIK, req.On, req.AllowPlaceholder)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.reply(w, r, http.StatusOK, rep)
}

func (s *service) aturan(w http.ResponseWriter, r *http.Request) {
	d, err := regulation.ParseDate(r.URL.Query().Get("date"))
	if err != nil {
		s.fail(w, r, withField(err, "date"))
		return
	}
	rep, err := rulesOn(d)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.reply(w, r, http.StatusOK, rep)
}

// mitraRequest is a partner report asked for in JSON.
type mitraRequest struct {
	Network     json.RawMessage     `json:"network"`
	Activities  json.RawMessage     `json:"activities"`
	On          regulation.Date     `json:"on"`
	Fees        []regulation.Month  `json:"fees,omitempty"`
	Attribution partner.Attribution `json:"attribution,omitzero"`
	WindowDays  int                 `json:"window_days,omitempty"`
}

// mitra answers with the rejected activities, the progress report and the
// fee statements. Unlike the command line, which reports unreadable lines
// and goes on, the service refuses a request with any unreadable activity,
// listing every one, so that no client takes a partial report for a whole one.
func (s *service) mitra(w http.ResponseWriter, r *http.Request) {
	var req mitraRequest
	if err := decodeStrict(http.MaxBytesReader(w, r.Body, maxRosterBody), &req); err != nil {
		s.fail(w, r, err)
		return
	}
	var l problem.List
	if req.On.IsZero() {
		l.Add(problem.New(errInvalidJSON, "json.required", "on", "", "tanggal laporan wajib diisi", "the report date is required"))
	}
	network, err := partner.DecodeNetwork(bytes.NewReader(req.Network))
	l.AddField("network", err)
	acts, err := partner.ReadActivitiesJSON(bytes.NewReader(req.Activities))
	l.AddField("activities", err)
	if err := l.Err(); err != nil {
		s.fail(w, r, err)
		return
	}
	ledger, err := network.Process(acts, partner.Options{Attribution: req.Attribution, WindowDays: req.WindowDays})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	progress, err := ledger.Progress(partner.ProgressOptions{On: req.On})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rep := partnerReport{Rejected: append([]partner.Outcome{}, ledger.Rejected()...), Progress: progress, Fees: []partner.Fees{}}
	for _, m := range req.Fees {
		f, err := ledger.FeeStatements(m)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		rep.Fees = append(rep.Fees, f)
	}
	s.reply(w, r, http.StatusOK, rep)
}

// newServer returns an HTTP server for the service with timeouts that keep a
// slow or stalled client from holding a connection.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

const serveSynopsis = `serve [flags]

Layanan JSON lewat HTTP dengan aturan yang sama. A JSON service over HTTP with the same rules.
Endpoints: POST /v1/iuran, POST /v1/nik, POST /v1/rencana, POST /v1/mitra, GET /v1/aturan?date=,
GET /healthz, GET /openapi.json.
It stops gracefully on SIGINT or SIGTERM.

  jamsos serve -addr 127.0.0.1:8080
`

func runServe(e *env, args []string) int {
	fs, lang := e.flags("serve", serveSynopsis)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	svc, err := newService(log)
	if err != nil {
		return e.fail(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(e.stderr, "jamsos serve:", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, ln, svc.handler(), log); err != nil {
		fmt.Fprintln(e.stderr, "jamsos serve:", err)
		return exitInvalid
	}
	return exitOK
}

// serve runs the server on ln until ctx ends, then shuts it down gracefully,
// letting requests in flight finish for up to ten seconds.
func serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := newServer(h)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
