package service

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region/wilayah"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3 document of the service (a copy; the service
// serves the same bytes at GET /openapi.json).
func OpenAPI() []byte { return slices.Clone(openAPI) }

// Default limits of [Options].
const (
	// DefaultMaxBody is the largest request body read by default: 1 MiB.
	DefaultMaxBody = 1 << 20
	// DefaultMaxRosterBody is the largest body of POST /v1/rencana and
	// POST /v1/mitra read by default, which carry a roster or a list of
	// activities: 8 MiB.
	DefaultMaxRosterBody = 8 << 20
	// DefaultMaxPeople is the most enrolments of one roster: 10,000, a
	// hundred times a village of 100 workers and their officials.
	DefaultMaxPeople = 10_000
	// DefaultMaxActivities is the most activities of one request: 50,000.
	DefaultMaxActivities = 50_000
	// DefaultMaxFeeMonths is the most months of fee statements asked for at
	// once: 24, two years.
	DefaultMaxFeeMonths = 24
	// DefaultMaxNetwork is the most partners, wadahs and assignments (each)
	// of a partner network: 10,000.
	DefaultMaxNetwork = 10_000
	// DefaultRequestTimeout is the deadline of one request, from its
	// arrival to its answer: 10 s, well within the server's write timeout.
	DefaultRequestTimeout = 10 * time.Second
	// RetryAfter is the Retry-After of a 503 answer, in seconds.
	RetryAfter = 1
)

// DefaultMaxConcurrent is the most requests answered at once by default:
// twice the processors Go uses, and at least 4.
func DefaultMaxConcurrent() int { return max(4, 2*runtime.GOMAXPROCS(0)) }

// Options configure a [Service]. The zero value serves the library's
// default rules in Indonesian with the default limits. A zero limit takes
// its default; a negative one is an error.
type Options struct {
	// Lang is the language of an answer whose request names none, neither
	// by ?lang=id|en nor by Accept-Language. The zero value is Indonesian.
	Lang problem.Lang
	// MaxBody is the largest request body read, in bytes; 0 means
	// [DefaultMaxBody]. A larger body is answered with 413.
	MaxBody int64
	// MaxRosterBody is the largest body of the endpoints that carry a roster
	// or activities, in bytes; 0 means [DefaultMaxRosterBody].
	MaxRosterBody int64
	// MaxPeople, MaxActivities, MaxFeeMonths and MaxNetwork bound the
	// lists of a request (see their defaults); a longer list is answered
	// with 413 ("limit.list") as soon as it is read past its limit.
	MaxPeople, MaxActivities, MaxFeeMonths, MaxNetwork int
	// MaxConcurrent is the most requests answered at once (0 means
	// [DefaultMaxConcurrent]); one more is answered at once with 503 and
	// Retry-After. GET /healthz and GET /openapi.json are not counted.
	MaxConcurrent int
	// RequestTimeout is the deadline of one request (0 means
	// [DefaultRequestTimeout]). Work on a request stops between its steps
	// (reading, planning, each fee month), and inside partner processing
	// and the progress report, once the deadline has passed or the client
	// has gone, and is answered with 503.
	RequestTimeout time.Duration
	// Pretty indents every JSON answer; without it answers are compact
	// unless a request asks with ?pretty=1.
	Pretty bool
	// Calculator computes bills; nil builds one from
	// contribution.DefaultParams with default options. GET /v1/aturan lists
	// the library's default parameters whichever Calculator is given.
	Calculator *contribution.Calculator
	// Planner plans villages; nil builds one on Calculator from
	// village.DefaultParams with default options.
	Planner *village.Planner
	// Log receives the service's own events (a handler that panicked);
	// nil discards them.
	Log *slog.Logger
	// AccessLog receives one record per request: method, path (numbers of
	// ten digits or more masked), status, duration and size of the answer
	// in bytes; never a body, a query or a header. nil logs nothing.
	AccessLog *slog.Logger
	// Today returns the date the service reads NIKs on when a request names
	// none (POST /v1/nik "on"), so that no decoded birth date lies in the
	// future; nil means [Today], the clock's date in Jakarta. The library
	// itself never reads the clock.
	Today func() regulation.Date
}

// wib is Western Indonesia Time (UTC+7, no daylight saving), where a
// calendar day of the national calendar begins.
var wib = time.FixedZone("WIB", 7*60*60)

// Today returns the clock's civil date in Western Indonesia Time: the
// outermost layer's reading of the clock, for [Options.Today] and the
// command line.
func Today() regulation.Date { return regulation.DateOf(time.Now().In(wib)) }

// Service answers the JSON endpoints of jamsos (see [OpenAPI]). It is an
// [http.Handler] routing every endpoint; [Service.Mount] puts them on a
// mux of the caller's instead. A Service is immutable and safe for
// concurrent use.
type Service struct {
	opts    Options
	calc    *contribution.Calculator
	planner *village.Planner
	log     *slog.Logger
	access  *slog.Logger
	slots   chan struct{}
	mux     *http.ServeMux
}

// New returns a Service with the given options.
func New(opts Options) (*Service, error) {
	if opts.MaxBody < 0 || opts.MaxRosterBody < 0 || opts.MaxPeople < 0 || opts.MaxActivities < 0 ||
		opts.MaxFeeMonths < 0 || opts.MaxNetwork < 0 || opts.MaxConcurrent < 0 || opts.RequestTimeout < 0 {
		return nil, errors.New("service: a limit is negative")
	}
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&opts.MaxPeople, DefaultMaxPeople)
	def(&opts.MaxActivities, DefaultMaxActivities)
	def(&opts.MaxFeeMonths, DefaultMaxFeeMonths)
	def(&opts.MaxNetwork, DefaultMaxNetwork)
	def(&opts.MaxConcurrent, DefaultMaxConcurrent())
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = DefaultRequestTimeout
	}
	if opts.MaxBody == 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.MaxRosterBody == 0 {
		opts.MaxRosterBody = DefaultMaxRosterBody
	}
	s := &Service{opts: opts, calc: opts.Calculator, planner: opts.Planner, log: opts.Log, access: opts.AccessLog,
		slots: make(chan struct{}, opts.MaxConcurrent)}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.opts.Today == nil {
		s.opts.Today = Today
	}
	if s.calc == nil {
		c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
		if err != nil {
			return nil, err
		}
		s.calc = c
	}
	if s.planner == nil {
		p, err := village.NewPlanner(s.calc, village.DefaultParams(), village.Options{Directory: wilayah.Labelled(wilayah.Default())})
		if err != nil {
			return nil, err
		}
		s.planner = p
	}
	s.mux = http.NewServeMux()
	if err := s.Mount(s.mux); err != nil {
		return nil, err
	}
	return s, nil
}

// Route is one endpoint: its pattern, in the form of [http.ServeMux]
// ("POST /v1/iuran"), and its handler.
type Route struct {
	// Pattern is the method and path, as http.ServeMux reads them.
	Pattern string
	// Handler answers the endpoint, wrapped by [Service.Wrap].
	Handler http.Handler
}

// Routes returns every endpoint of the service, each handler already
// wrapped by [Service.Wrap] (GET /healthz and GET /openapi.json without
// the limit on requests in flight), in the order of the OpenAPI document.
func (s *Service) Routes() []Route {
	routes := []Route{
		{"GET /healthz", s.wrap(http.HandlerFunc(s.healthz), false)},
		{"GET /openapi.json", s.wrap(http.HandlerFunc(s.openapi), false)},
		{"POST /v1/iuran", http.HandlerFunc(s.iuran)},
		{"POST /v1/nik", http.HandlerFunc(s.nik)},
		{"GET /v1/aturan", http.HandlerFunc(s.aturan)},
		{"POST /v1/rencana", http.HandlerFunc(s.rencana)},
		{"POST /v1/mitra", http.HandlerFunc(s.mitra)},
		{"POST /v1/manfaat", s.manfaat()},
	}
	for i := range routes[2:] {
		routes[i+2].Handler = s.Wrap(routes[i+2].Handler)
	}
	return routes
}

// Mount registers every route of the service on mux. It returns an error,
// and mounts the routes before it, if mux already has a pattern that
// conflicts with one of them (where [http.ServeMux.Handle] would panic);
// to keep a route of your own with the same pattern, mount the others one
// by one from [Service.Routes]. To serve the service under a prefix, give
// the whole Service to [http.StripPrefix] instead.
func (s *Service) Mount(mux *http.ServeMux) error {
	for _, r := range s.Routes() {
		if err := handle(mux, r); err != nil {
			return err
		}
	}
	return nil
}

func handle(mux *http.ServeMux, r Route) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("service: cannot mount %s: %v", r.Pattern, v)
		}
	}()
	mux.Handle(r.Pattern, r.Handler)
	return nil
}

// ServeHTTP routes a request to the endpoint of its method and path. A
// path the service does not serve is answered with 404, a method a path
// does not take with 405 and its Allow header, both as problems.
func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.mux.Handler(r); pattern == "" {
		s.wrap(http.HandlerFunc(s.unmatched), false).ServeHTTP(w, r)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// unmatched answers a request no route takes, with the status the mux
// gives it (404, or 405 with Allow) and an error body.
func (s *Service) unmatched(w http.ResponseWriter, r *http.Request) {
	h, _ := s.mux.Handler(r)
	c := &capture{header: http.Header{}}
	h.ServeHTTP(c, r)
	if c.status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", c.header.Get("Allow"))
		s.Fail(w, r, problem.New(ErrMethod, "request.method", "", r.Method,
			"metode ini tidak diterima di alamat ini (lihat header Allow)", "this method is not allowed on this path (see the Allow header)"))
		return
	}
	s.Fail(w, r, problem.New(ErrNotFound, "request.not_found", "", "",
		"tidak ada titik akhir di alamat ini (lihat GET /openapi.json)", "there is no endpoint at this path (see GET /openapi.json)"))
}

// capture keeps the status and headers of an answer, and drops its body.
type capture struct {
	header http.Header
	status int
}

func (c *capture) Header() http.Header { return c.header }
func (c *capture) WriteHeader(status int) {
	if c.status == 0 {
		c.status = status
	}
}
func (c *capture) Write(b []byte) (int, error) { c.WriteHeader(http.StatusOK); return len(b), nil }

// Wrap returns h with what the service puts around each of its own
// endpoints, so that a route of your own wrapped with it behaves the same:
//
//   - at most [Options.MaxConcurrent] requests are answered at once; one
//     more is answered at once with 503 and Retry-After;
//   - the request's context ends after [Options.RequestTimeout];
//   - a panic becomes a logged 500 with an error body, so that one bad
//     request never stops the process;
//   - one access-log record per request ([Options.AccessLog]).
func (s *Service) Wrap(h http.Handler) http.Handler { return s.wrap(h, true) }

func (s *Service) wrap(h http.Handler, limited bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("handler panic", "path", instance(r.URL.Path), "panic", problem.MaskDigits(fmt.Sprint(v), 10))
				if rec.status == 0 {
					s.Fail(rec, r, problem.New(errInternal, "internal", "", "", "kesalahan internal", "internal error"))
				}
			}
			if s.access != nil {
				s.access.LogAttrs(r.Context(), slog.LevelInfo, "request",
					slog.String("method", clipMethod(r.Method)), slog.String("path", instance(r.URL.Path)),
					slog.Int("status", rec.code()), slog.Duration("duration", time.Since(start)), slog.Int64("size", rec.size))
			}
		}()
		if limited {
			select {
			case s.slots <- struct{}{}:
				defer func() { <-s.slots }()
			default:
				s.Fail(rec, r, problem.New(ErrUnavailable, "service.busy", "", "",
					"layanan sedang sibuk; coba lagi sebentar lagi", "the service is busy; try again shortly"))
				return
			}
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
		defer cancel()
		h.ServeHTTP(rec, r.WithContext(ctx))
	})
}

// clipMethod keeps a method fit for a log.
func clipMethod(m string) string {
	if len(m) > 16 {
		return problem.Clip(m[:16])
	}
	return strings.ToValidUTF8(m, "?")
}

// recorder keeps the status and the size of an answer, for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	size   int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.size += int64(n)
	return n, err
}

func (r *recorder) code() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

var errInternal = errors.New("jamsos: internal error")

// Lang is the language of the answer to r: ?lang=id|en, else
// Accept-Language, else [Options.Lang].
func (s *Service) Lang(r *http.Request) problem.Lang {
	if l, ok := problem.ParseLang(r.URL.Query().Get("lang")); ok {
		return l
	}
	if l, ok := problem.ParseLang(r.Header.Get("Accept-Language")); ok {
		return l
	}
	return s.opts.Lang
}

// Reply answers r with status and v as JSON, in the language of
// [Service.Lang]: compact, or indented with [Options.Pretty] or ?pretty=1.
func (s *Service) Reply(w http.ResponseWriter, r *http.Request, status int, v any) {
	s.reply(w, r, status, "application/json", v)
}

// reply encodes v before it writes the status, so that a value that cannot
// be encoded is answered with a 500 problem, never with a 200 and an empty
// or cut body. A failure to write to the client is logged: the status has
// gone out by then.
func (s *Service) reply(w http.ResponseWriter, r *http.Request, status int, contentType string, v any) {
	indent := s.opts.Pretty
	if p := r.URL.Query().Get("pretty"); p == "1" || p == "true" {
		indent = true
	}
	b := getBuffer()
	defer putBuffer(b)
	if err := encodeTo(b, v, indent); err != nil {
		s.log.Error("encoding an answer", "path", instance(r.URL.Path), "error", problem.MaskDigits(err.Error(), 10))
		if _, isError := v.(ErrorBody); isError {
			// The problem document itself failed: answer a bare 500
			// rather than loop.
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		s.Fail(w, r, problem.New(errInternal, "internal", "", "", "kesalahan internal", "internal error"))
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Language", s.Lang(r).String())
	// The length is known: the answer goes out in one piece, not chunked.
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(status)
	if _, err := w.Write(b.Bytes()); err != nil {
		s.log.Debug("writing an answer", "path", instance(r.URL.Path), "error", err)
	}
}

// Fail answers r with every problem in err, as an [ErrorBody] of type
// application/problem+json, with the status of [Status]; a 503 carries
// Retry-After.
func (s *Service) Fail(w http.ResponseWriter, r *http.Request, err error) {
	status := Status(err)
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", strconv.Itoa(RetryAfter))
	}
	s.reply(w, r, status, "application/problem+json", NewErrorBody(err, status, r.URL.Path, s.Lang(r)))
}

// DecodeRequest reads the body of r into v as [Decode] does, reading at
// most [Options.MaxBody] bytes. The request must be application/json
// (a charset parameter, if any, utf-8); otherwise it is a problem that
// [Service.Fail] answers with 415.
func (s *Service) DecodeRequest(w http.ResponseWriter, r *http.Request, v any) error {
	return s.decodeLimit(w, r, s.opts.MaxBody, v, nil)
}

func (s *Service) decodeLimit(w http.ResponseWriter, r *http.Request, limit int64, v any, lists map[string]int) error {
	if err := checkMediaType(r.Header.Get("Content-Type")); err != nil {
		return err
	}
	return decode(http.MaxBytesReader(w, r.Body, limit), v, lists)
}

// checkMediaType accepts application/json, with no parameter but a utf-8
// charset.
func checkMediaType(ct string) error {
	mt, params, err := mime.ParseMediaType(ct)
	cs, hasCS := params["charset"]
	if err == nil && mt == "application/json" && (!hasCS || strings.EqualFold(cs, "utf-8")) {
		return nil
	}
	return problem.New(ErrMediaType, "request.content_type", "", problem.Clip(ct),
		"isi permintaan harus application/json (header Content-Type)", "the request body must be application/json (the Content-Type header)")
}

// orStopped is the problem of [stopped] when r's context has ended (the
// error of work that stopped for it), and err otherwise.
func orStopped(r *http.Request, err error) error {
	if stop := stopped(r); stop != nil {
		return stop
	}
	return err
}

// stopped returns a problem when r's deadline has passed or its client has
// gone, so that a handler stops between its steps.
func stopped(r *http.Request) error {
	if r.Context().Err() == nil {
		return nil
	}
	return problem.New(ErrUnavailable, "service.deadline", "", "",
		"permintaan melewati batas waktunya; kirim daftar yang lebih kecil", "the request ran past its deadline; send a shorter list")
}
