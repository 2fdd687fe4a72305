// Package service is the HTTP layer of jamsos: the JSON endpoints that
// `jamsos serve` runs, as a library, so that a program of your own can serve
// them, mount them beside its own routes, or answer its own routes the same
// way. The command and the service share it, so they cannot disagree.
//
// # Endpoints
//
// The OpenAPI 3 document ([OpenAPI], served at GET /openapi.json) describes
// every endpoint, request and answer:
//
//	POST /v1/iuran     a participant's bill for a month
//	POST /v1/nik       check and decode a NIK (sent in the body, never in a URL)
//	GET  /v1/aturan    the parameters in force on ?date=YYYY-MM-DD, with their sources
//	POST /v1/rencana   a village's plan for a fiscal year
//	POST /v1/mitra     partner progress and agents' fee statements
//	POST /v1/manfaat   what the programs pay on one event, or what a month's contribution protects
//	GET  /healthz      liveness
//	GET  /openapi.json the document
//
// # Embedding
//
// [New] returns a [Service], itself an [http.Handler]. [Service.Mount] puts
// its routes on a mux of your own, [Service.Routes] hands them out one by
// one. For routes of your own, [Service.DecodeRequest], [Service.Reply],
// [Service.Fail] and [Service.Wrap] read and answer a request exactly as the
// service does; [NewServer] and [Serve] run a server with the service's
// timeouts and its graceful shutdown. examples/layanan shows all of it.
//
// # Statuses and error bodies
//
// Every error is answered with an [ErrorBody], {"errors":[…]}, listing
// every problem found, each with its stable code, field, masked value and
// messages in Indonesian and English; the Content-Language header names the
// language chosen by ?lang=id|en or Accept-Language. [Status] decides the
// status: 400 when the body is not a JSON document of the expected shape,
// 413 when it is over its limit, 422 when it is well formed and a value in
// it breaks a rule. A value its field cannot read, such as the month
// "2026-13", is 422: the document is sound, the month is not.
//
// # Limits
//
// A body is read up to [Options.MaxBody] (1 MiB), or [Options.MaxRosterBody]
// (8 MiB) for POST /v1/rencana and POST /v1/mitra. Decoding is strict: an
// unknown field, a value of the wrong JSON type or data after the document
// is a problem, never ignored. The server of [NewServer] bounds reading
// headers, reading a request, writing an answer and idle connections
// ([ServerOptions]).
//
// # Personal data
//
// Problems never show a number as long as a NIK in full (see package
// problem); POST /v1/nik answers with the NIK masked. The answers of
// POST /v1/rencana and POST /v1/mitra carry the NIKs of the roster and of
// the activities as they were sent: they are the caller's own data.
package service
