package service

import (
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
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
)

// Options configure a [Service]. The zero value serves the library's
// default rules in Indonesian with the default limits.
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
}

// Service answers the JSON endpoints of jamsos (see [OpenAPI]). It is an
// [http.Handler] routing every endpoint; [Service.Mount] puts them on a
// mux of the caller's instead. A Service is immutable and safe for
// concurrent use.
type Service struct {
	opts    Options
	calc    *contribution.Calculator
	planner *village.Planner
	log     *slog.Logger
	mux     *http.ServeMux
}

// New returns a Service with the given options.
func New(opts Options) (*Service, error) {
	if opts.MaxBody < 0 || opts.MaxRosterBody < 0 {
		return nil, errors.New("service: a body limit is negative")
	}
	if opts.MaxBody == 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.MaxRosterBody == 0 {
		opts.MaxRosterBody = DefaultMaxRosterBody
	}
	s := &Service{opts: opts, calc: opts.Calculator, planner: opts.Planner, log: opts.Log}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.calc == nil {
		c, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
		if err != nil {
			return nil, err
		}
		s.calc = c
	}
	if s.planner == nil {
		p, err := village.NewPlanner(s.calc, village.DefaultParams(), village.Options{})
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
// wrapped by [Service.Wrap], in the order of the OpenAPI document.
func (s *Service) Routes() []Route {
	routes := []Route{
		{"GET /healthz", http.HandlerFunc(s.healthz)},
		{"GET /openapi.json", http.HandlerFunc(s.openapi)},
		{"POST /v1/iuran", http.HandlerFunc(s.iuran)},
		{"POST /v1/nik", http.HandlerFunc(s.nik)},
		{"GET /v1/aturan", http.HandlerFunc(s.aturan)},
		{"POST /v1/rencana", http.HandlerFunc(s.rencana)},
		{"POST /v1/mitra", http.HandlerFunc(s.mitra)},
		{"POST /v1/manfaat", s.manfaat()},
	}
	for i := range routes {
		routes[i].Handler = s.Wrap(routes[i].Handler)
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

// ServeHTTP routes a request to the endpoint of its method and path.
func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

// Wrap returns h with what the service puts around each of its own
// endpoints: a panic becomes a logged 500 with an error body, so that one
// bad request never stops the process. Wrap a route of your own with it to
// have it behave the same.
func (s *Service) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("handler panic", "path", r.URL.Path, "panic", problem.MaskDigits(fmt.Sprint(v), problem.IDDigits))
				s.Reply(w, r, http.StatusInternalServerError, ErrorBody{Errors: problem.List{problem.New(errInternal,
					"internal", "", "", "kesalahan internal", "internal error")}})
			}
		}()
		h.ServeHTTP(w, r)
	})
}

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

// Reply answers r with status and v as JSON, in the language of [Service.Lang].
func (s *Service) Reply(w http.ResponseWriter, r *http.Request, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Language", s.Lang(r).String())
	w.WriteHeader(status)
	_ = WriteJSON(w, v)
}

// Fail answers r with every problem in err, as an [ErrorBody], with the
// status of [Status].
func (s *Service) Fail(w http.ResponseWriter, r *http.Request, err error) {
	var l problem.List
	l.Add(err)
	s.Reply(w, r, Status(err), ErrorBody{Errors: l})
}

// DecodeRequest reads the body of r into v as [Decode] does, reading at
// most [Options.MaxBody] bytes.
func (s *Service) DecodeRequest(w http.ResponseWriter, r *http.Request, v any) error {
	return s.decodeLimit(w, r, s.opts.MaxBody, v)
}

func (s *Service) decodeLimit(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	return Decode(http.MaxBytesReader(w, r.Body, limit), v)
}
