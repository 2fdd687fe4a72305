package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/desasadar/jamsos/service"
)

func runServe(e *env, args []string) int {
	fs, lang := e.flags("serve", e.t(serveSynopsisID, serveSynopsisEN))
	addr := fs.String("addr", "127.0.0.1:8080", e.t("alamat yang didengarkan", "address to listen on"))
	pretty := fs.Bool("pretty", false, e.t("indentasi setiap jawaban JSON (tanpa ini: ringkas, kecuali ?pretty=1)",
		"indent every JSON answer (without it: compact, unless ?pretty=1)"))
	grace := fs.Duration("grace", 0, e.t("berapa lama permintaan yang sedang berjalan dituntaskan saat berhenti (bawaan: batas waktu tulis, 30s)",
		"how long requests in flight are let finish on stopping (default: the write timeout, 30s)"))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() > 0 || *grace < 0 {
		fs.Usage()
		return exitUsage
	}
	// One JSON record per event on stderr: the service's own events and
	// one access record per request (no body, no query, nothing personal).
	log := slog.New(slog.NewJSONHandler(e.stderr, nil))
	svc, err := service.New(service.Options{Lang: e.lang, Log: log, AccessLog: log, Pretty: *pretty})
	if err != nil {
		return e.fail(err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, e.t("jamsos serve: alamat %s tidak dapat dipakai untuk mendengarkan: %s\n", "jamsos serve: cannot listen on %s: %s\n"), masked(*addr), masked(err.Error()))
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := service.Serve(ctx, ln, svc, service.ServerOptions{Log: log, ShutdownGrace: *grace}); err != nil {
		if errors.Is(err, service.ErrNotDrained) {
			log.Error("stopped without draining", "err", err.Error())
		} else {
			log.Error("serving failed", "err", err.Error())
		}
		return exitServe
	}
	log.Info("stopped", "drained", true)
	return exitOK
}

const serveSynopsisID = `serve [opsi]

Layanan JSON lewat HTTP dengan aturan yang sama dengan baris perintah.
Titik akhir: POST /v1/iuran, POST /v1/nik, POST /v1/rencana, POST /v1/mitra,
GET /v1/aturan?date=, GET /healthz, GET /openapi.json
(go doc github.com/desasadar/jamsos/service). Permintaan POST harus
application/json. Batas setiap permintaan (ukuran, daftar, waktu, jumlah
serentak) ada di dokumen OpenAPI. Satu catatan JSON per permintaan ditulis ke
stderr, tanpa isi permintaan dan tanpa data pribadi.

Berhenti dengan SIGINT atau SIGTERM: permintaan yang sedang berjalan
dituntaskan sampai 30 detik (batas waktu tulis); kode keluar 0 bila semuanya
tuntas, 3 bila tidak. -grace mengubah batas itu.

  jamsos serve -addr 127.0.0.1:8080
`

const serveSynopsisEN = `serve [flags]

A JSON service over HTTP with the same rules as the command line.
Endpoints: POST /v1/iuran, POST /v1/nik, POST /v1/rencana, POST /v1/mitra,
GET /v1/aturan?date=, GET /healthz, GET /openapi.json
(go doc github.com/desasadar/jamsos/service). POST requests must be
application/json. The limits of each request (size, lists, time, requests
at once) are in the OpenAPI document. One JSON record per request goes to
stderr, with no body and nothing personal.

It stops on SIGINT or SIGTERM: requests in flight are finished for up to
30 seconds (the write timeout; -grace changes it); exit code 0 when all
were, 3 otherwise.

  jamsos serve -addr 127.0.0.1:8080
`
