package service

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
)

// ErrInvalidJSON is the sentinel of every problem with a JSON document
// itself, rather than with a value in it: malformed, empty, too large,
// followed by more data, holding an unknown field, a key given twice or in
// the wrong case, or a value of the wrong JSON type. The service answers
// such a request with 400 (413 when too large); see [Status].
var ErrInvalidJSON = errors.New("jamsos: invalid JSON")

// ErrorBody is the shape of every error response, an RFC 9457 problem
// document served as application/problem+json, and of the command line's
// problems in JSON. Type, Title, Status, Detail and Instance are the
// members RFC 9457 defines; Errors, an extension member, lists every problem
// found, each with its code, field, masked value and messages.
type ErrorBody struct {
	// Type is "about:blank": the status and the problems' codes say what
	// went wrong.
	Type string `json:"type"`
	// Title is the status's reason phrase, such as "Unprocessable Content"
	// (on the command line, "Masukan tidak sah" or "Invalid input").
	Title string `json:"title"`
	// Status is the HTTP status; 0 (left out) on the command line.
	Status int `json:"status,omitempty"`
	// Detail is the first problem's message in the answer's language, with
	// how many more there are.
	Detail string `json:"detail,omitempty"`
	// Instance is the path of the request, with long numbers masked.
	Instance string `json:"instance,omitempty"`
	// Errors is every problem found (at most [MaxProblems]).
	Errors problem.List `json:"errors"`
}

// MaxProblems is the most problems an error body lists; a last problem
// "problems.truncated" says how many more were found.
const MaxProblems = 200

// NewErrorBody returns the error body of the problems in err, for status
// (0 on the command line) and the path of the request (or ""), with the
// detail in lang. Problems beyond [MaxProblems] are left out, saying so, and
// every field and value is cut short.
func NewErrorBody(err error, status int, path string, lang problem.Lang) ErrorBody {
	var l problem.List
	l.Add(err)
	out := make(problem.List, 0, min(len(l), MaxProblems+1))
	for i, p := range l {
		if i == MaxProblems {
			n := strconv.Itoa(len(l) - MaxProblems)
			out = append(out, problem.New(p.Err, "problems.truncated", "", n,
				"masih ada "+n+" masalah lain yang tidak ditampilkan", n+" more problems are not shown"))
			break
		}
		c := *p
		c.Field = clipField(c.Field)
		c.Value = problem.Clip(c.Value)
		out = append(out, &c)
	}
	title := http.StatusText(status)
	if status == 0 {
		title = "Masukan tidak sah"
		if lang == problem.English {
			title = "Invalid input"
		}
	}
	b := ErrorBody{Type: "about:blank", Title: title, Status: status, Instance: instance(path), Errors: out}
	if len(l) > 0 {
		b.Detail = out[0].Message(lang)
		if len(l) > 1 {
			more := strconv.Itoa(len(l) - 1)
			if lang == problem.English {
				b.Detail += " (and " + more + " more)"
			} else {
				b.Detail += " (dan " + more + " lainnya)"
			}
		}
	}
	return b
}

// instance is a request path fit for an answer or a log: numbers of ten
// digits or more masked (a NIK put in a URL), cut to 200 bytes.
func instance(path string) string {
	path = problem.MaskDigits(path, 10)
	if len(path) > 200 {
		path = problem.Clip(path[:200])
	}
	return strings.ToValidUTF8(path, "?")
}

// WriteJSON writes v as the service writes every body by default: compact
// JSON with HTML left unescaped, followed by a newline. A [PlanReport] or
// [PartnerReport] is written with its NIKs masked unless it asks for them
// in full.
func WriteJSON(w io.Writer, v any) error { return writeJSON(w, v, false) }

// WriteJSONIndent writes v as [WriteJSON] does, indented by two spaces: the
// service's answers with ?pretty=1, and the command line's -json.
func WriteJSONIndent(w io.Writer, v any) error { return writeJSON(w, v, true) }

func writeJSON(w io.Writer, v any, indent bool) error {
	b := getBuffer()
	defer putBuffer(b)
	if err := encodeTo(b, v, indent); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// buffers hold answers while they are encoded, so that a busy service does
// not grow a new buffer of the size of a plan for every answer.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuffer is the largest buffer put back in the pool: a rare huge
// answer is not kept alive by it.
const maxPooledBuffer = 1 << 20

func getBuffer() *bytes.Buffer { return buffers.Get().(*bytes.Buffer) }

func putBuffer(b *bytes.Buffer) {
	if b.Cap() > maxPooledBuffer {
		return
	}
	b.Reset()
	buffers.Put(b)
}

// Decode reads exactly one JSON value from r into v, strictly, and turns
// every failure into a problem with the field at fault:
//
//   - before decoding, a token-level check rejects a key given twice, or
//     twice in different case; a key of v's type written in another case
//     ("Month" for "month"); text holding a control character; a number (or
//     a string holding one) with more than [MaxNumberDigits] digits or an
//     exponent over [MaxExponent]; a list longer than [DefaultMaxList] (see
//     [Options] for the limits of rosters, activities and fee months); an
//     object of more than [MaxMembers] members; nesting deeper than
//     [MaxDepth];
//   - decoding rejects unknown fields, values of the wrong JSON type and
//     data after the value.
//
// A value its field's own parser rejects (a month "2026-13", an unknown
// segment) keeps that parser's problem, which is not an [ErrInvalidJSON]:
// the document is well formed, a value in it breaks a rule. Decode does not
// limit what it reads; wrap r in [http.MaxBytesReader] (as
// [Service.DecodeRequest] does) for a request.
func Decode(r io.Reader, v any) error { return decode(r, v, nil) }

func decode(r io.Reader, v any, lists map[string]int) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return jsonProblem(err)
	}
	if probs := precheck(data, reflect.TypeOf(v), lists); len(probs) > 0 {
		return probs
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonProblem(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return problem.New(ErrInvalidJSON, "json.trailing", "", "",
			"ada data lain setelah dokumen JSON", "there is more data after the JSON document")
	}
	return nil
}

// jsonProblem turns an error of encoding/json into a problem through
// internal/jsonerr, the module's one mapping of decoding errors, with the
// service's codes for an empty document and a value that cannot be read.
func jsonProblem(err error) error {
	l := jsonerr.Problem(err, jsonerr.Options{Sentinel: ErrInvalidJSON, Codes: jsonCodes})
	if len(l) == 1 {
		return l[0]
	}
	return l.Err()
}

// jsonCodes are the service's codes where they differ from jsonerr's.
var jsonCodes = map[jsonerr.Fault]problem.Code{jsonerr.Empty: "json.empty", jsonerr.Value: "json.invalid"}

// Sentinels of the problems with a request rather than with its body.
var (
	// ErrMediaType is the sentinel of a POST whose Content-Type is not
	// application/json (problem code "request.content_type"): 415.
	ErrMediaType = errors.New("jamsos: unsupported media type")
	// ErrUnavailable is the sentinel of a request the service cannot take
	// now: too many requests in flight ("service.busy") or its deadline
	// passed ("service.deadline"): 503, with Retry-After.
	ErrUnavailable = errors.New("jamsos: service unavailable")
	// ErrNotFound is the sentinel of a path the service does not serve
	// ("request.not_found"): 404.
	ErrNotFound = errors.New("jamsos: not found")
	// ErrMethod is the sentinel of a method a path does not take
	// ("request.method"): 405, with Allow.
	ErrMethod = errors.New("jamsos: method not allowed")
)

// Status is the HTTP status the service answers err with, the first of
// these that applies to any of its problems:
//
//   - 500 Internal Server Error for a handler that panicked;
//   - 503 Service Unavailable when the service is busy or the request's
//     deadline passed ([ErrUnavailable]);
//   - 404 Not Found and 405 Method Not Allowed ([ErrNotFound], [ErrMethod]);
//   - 415 Unsupported Media Type when a POST is not application/json
//     ([ErrMediaType]);
//   - 413 Content Too Large when the body is over its limit
//     ("json.too_large") or a list in it is longer than its limit
//     ([ErrTooMany]);
//   - 400 Bad Request when the body is not a JSON document of the expected
//     shape (any [ErrInvalidJSON] problem): malformed, empty, trailing data,
//     an unknown field, a key given twice or in the wrong case, a value of
//     the wrong JSON type, a required field left out;
//   - 422 Unprocessable Content otherwise: the document is well formed and a
//     value in it breaks a rule, including a value its field cannot read
//     (the month "2026-13", the segment "XYZ", the date "2026-02-30", a NIK
//     with a bad birth date), a number out of range ([ErrOutOfRange]) and
//     text with a control character ([ErrControlChar]).
func Status(err error) int {
	var l problem.List
	l.Add(err)
	rank := func(p *problem.Error) int {
		switch {
		case errors.Is(p, errInternal):
			return http.StatusInternalServerError
		case errors.Is(p, ErrUnavailable):
			return http.StatusServiceUnavailable
		case errors.Is(p, ErrNotFound):
			return http.StatusNotFound
		case errors.Is(p, ErrMethod):
			return http.StatusMethodNotAllowed
		case errors.Is(p, ErrMediaType):
			return http.StatusUnsupportedMediaType
		case p.Code == "json.too_large", errors.Is(p, ErrTooMany):
			return http.StatusRequestEntityTooLarge
		case errors.Is(p, ErrInvalidJSON):
			return http.StatusBadRequest
		}
		return http.StatusUnprocessableEntity
	}
	order := []int{500, 503, 404, 405, 415, 413, 400, 422}
	best := len(order) - 1
	for _, p := range l {
		best = min(best, slices.Index(order, rank(p)))
	}
	return order[best]
}
