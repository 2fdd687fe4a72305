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
// Every error is answered with an [ErrorBody]: an RFC 9457 problem document
// (application/problem+json, with type, title, status, detail and
// instance) whose extension member "errors" lists every problem found, each
// with its stable code, field, masked value and messages in Indonesian and
// English. The Content-Language header names the language chosen by
// ?lang=id|en or Accept-Language. [Status] decides the status: 400 when the
// body is not a JSON document of the expected shape (a key given twice or in
// another case included), 404 for a path the service does not serve, 405
// (with Allow) for a method a path does not take, 413 when the body or a
// list in it is over its limit, 415 when a POST is not application/json,
// 422 when the document is well formed and a value in it breaks a rule, 503
// (with Retry-After) when the service is busy or the request ran past its
// deadline, 500 for a handler that panicked. A value its field cannot read,
// such as the month "2026-13", is 422: the document is sound, the month is
// not. Answers are compact JSON; ?pretty=1 or [Options.Pretty] indents them.
//
// # Limits
//
// No request can make the service work or answer without bound. The
// defaults, each an option of [Options] or [ServerOptions] where it says so:
//
//	body                           1 MiB (MaxBody); 8 MiB for /v1/rencana and /v1/mitra (MaxRosterBody)  413
//	villages                       one per POST /v1/rencana (a regency is many requests, or `jamsos rencana`)
//	roster enrolments              10,000 (MaxPeople)                                                    413
//	activities                     50,000 (MaxActivities)                                                413
//	fee months                     24 (MaxFeeMonths)                                                     413
//	network entries                10,000 partners, wadahs, assignments each (MaxNetwork)                413
//	any other list                 1,000 (DefaultMaxList)                                                413
//	members of one object          1,000 (MaxMembers)                                                    413
//	nesting                        32 levels (MaxDepth)                                                  400
//	a number (or numeric string)   24 digits (MaxNumberDigits), exponent 15 (MaxExponent)                422
//	text                           no control characters (U+0000–U+001F, U+007F–U+009F)                  422
//	problems listed                200 (MaxProblems), then one "problems.truncated"
//	echoed values                  40 characters; field paths 120; long numbers masked
//	requests at once               2 × GOMAXPROCS, at least 4 (MaxConcurrent)                            503, Retry-After: 1
//	one request's deadline         10 s (RequestTimeout), checked between steps and in long loops        503
//	reading headers / a request    5 s / 15 s (ServerOptions)
//	writing an answer              30 s (ServerOptions.WriteTimeout)
//	idle connection                60 s; headers 64 KiB (ServerOptions)
//	shutdown grace                 the write timeout, 30 s (ServerOptions.ShutdownGrace)
//
// Decoding is strict: before a body is decoded, a token-level check
// ([Decode]) rejects what encoding/json would let through — a key given
// twice, or twice in different case (encoding/json keeps the last), a key in
// another case than documented (encoding/json matches case-insensitively),
// control characters, numbers such as 1e9999 — and stops at the first list
// over its limit, so an oversized list costs no more than reading its body.
// Then an unknown field, a value of the wrong JSON type or data after the
// document is a problem, never ignored. The deadline is checked between the
// steps of a request (reading the roster, planning, processing activities,
// each fee month) and inside the loops of partner processing and of the
// progress report (every thousand or so activities), so work on a request
// whose client has gone or whose deadline has passed stops there.
//
// # Shutdown
//
// [Serve] stops accepting connections when its context ends and lets the
// requests in flight finish for up to [ServerOptions.ShutdownGrace], by
// default the write timeout, so that any request the server could still
// answer is answered. It returns nil after a clean drain and an error
// wrapping [ErrNotDrained] otherwise; `jamsos serve` exits 0 and 3.
//
// # Access log
//
// With [Options.AccessLog] (JSON on stderr in `jamsos serve`) the service
// writes one record per request: method, path (numbers of ten digits or
// more masked), status, duration (nanoseconds) and size of the answer in
// bytes. It never logs a body, a query or a header.
//
// # Personal data
//
// Problems never show a number as long as a NIK in full (see package
// problem); POST /v1/nik answers with the NIK masked. The answers of
// POST /v1/rencana ([PlanReport]) and POST /v1/mitra ([PartnerReport]) show
// every NIK masked ("3216••••••••0001"): those of the roster, of rejected
// activities and of fee discrepancies, and any other, since the whole
// document is masked as village.Plan.WriteJSON masks a plan; ?nik=full
// shows them in full, for an export that needs them (such as a roster sent
// to BPJS Ketenagakerjaan). It is never the default.
package service
