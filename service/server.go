package service

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// ServerOptions are the limits of an HTTP server for the service, or for a
// mux of the caller's that mounts it. A zero field takes the default named
// beside it.
type ServerOptions struct {
	// ReadHeaderTimeout bounds reading a request's headers (5 s).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole request (15 s).
	ReadTimeout time.Duration
	// WriteTimeout bounds the time from the end of the request's headers to
	// the end of the answer (30 s).
	WriteTimeout time.Duration
	// IdleTimeout bounds how long an idle keep-alive connection is kept (60 s).
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds the size of a request's headers (64 KiB).
	MaxHeaderBytes int
	// ShutdownGrace is how long [Serve] lets requests in flight finish once
	// its context ends: by default the write timeout (30 s), so that every
	// request the server could still answer is answered. Connections still
	// open then are closed and Serve returns [ErrNotDrained].
	ShutdownGrace time.Duration
	// Log receives "listening" and "shutting down"; nil discards them.
	Log *slog.Logger
}

func (o ServerOptions) withDefaults() ServerOptions {
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	set(&o.ReadHeaderTimeout, 5*time.Second)
	set(&o.ReadTimeout, 15*time.Second)
	set(&o.WriteTimeout, 30*time.Second)
	set(&o.IdleTimeout, 60*time.Second)
	set(&o.ShutdownGrace, o.WriteTimeout)
	if o.MaxHeaderBytes <= 0 {
		o.MaxHeaderBytes = 64 << 10
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return o
}

// NewServer returns an HTTP server for h with the timeouts of opts, which
// keep a slow or stalled client from holding a connection.
func NewServer(h http.Handler, opts ServerOptions) *http.Server {
	o := opts.withDefaults()
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: o.ReadHeaderTimeout,
		ReadTimeout:       o.ReadTimeout,
		WriteTimeout:      o.WriteTimeout,
		IdleTimeout:       o.IdleTimeout,
		MaxHeaderBytes:    o.MaxHeaderBytes,
	}
}

// ErrNotDrained is returned by [Serve] when requests were still in flight at
// the end of the shutdown grace period and their connections were closed.
var ErrNotDrained = errors.New("service: requests still in flight at the end of the shutdown grace period")

// Serve serves h on ln, with the limits of opts, until ctx ends; then it
// stops accepting connections, lets requests in flight finish for up to
// opts.ShutdownGrace and returns nil, or closes what is left and returns
// an error wrapping [ErrNotDrained]. An error of the listener is returned as
// it is. Serve closes ln.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, opts ServerOptions) error {
	o := opts.withDefaults()
	srv := NewServer(h, o)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	o.Log.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	o.Log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), o.ShutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		_ = srv.Close()
		<-done
		if errors.Is(err, context.DeadlineExceeded) {
			return errors.Join(ErrNotDrained, err)
		}
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
