package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/desasadar/jamsos/service"
)

const serveSynopsis = `serve [flags]

Layanan JSON lewat HTTP dengan aturan yang sama. A JSON service over HTTP with the same rules.
Endpoints: POST /v1/iuran, POST /v1/nik, POST /v1/rencana, POST /v1/mitra, GET /v1/aturan?date=,
GET /healthz, GET /openapi.json (go doc github.com/desasadar/jamsos/service).
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
	svc, err := service.New(service.Options{Lang: e.lang, Log: log})
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
	if err := service.Serve(ctx, ln, svc, service.ServerOptions{Log: log}); err != nil {
		fmt.Fprintln(e.stderr, "jamsos serve:", err)
		return exitInvalid
	}
	return exitOK
}
