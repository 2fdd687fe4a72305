package benefit

import (
	"encoding/json"
	"errors"
	"io"
	"reflect"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
)

// Request is one benefit question, as a command line or a web service
// receives it: the event, and the section of input for it. Exactly the
// section the event needs is given; the others are left out.
//
//	{"event": "death", "death": {"participant": {"segment": "BPU", "start": "2021-03-01"},
//	  "date": "2025-03-10", "children": [{"level": "SD", "grade": 3, "age": 8}]}}
type Request struct {
	// Event is the event asked about. Required.
	Event Event `json:"event"`
	// Death is the input of Death.
	Death *DeathInput `json:"death,omitempty"`
	// Accident is the input of WorkDeath, TotalDisability,
	// PartialDisability, TemporaryIncapacity and Transport; its own Event
	// may be left out.
	Accident *AccidentInput `json:"accident,omitempty"`
	// Scholarship is the input of Scholarship.
	Scholarship *ScholarshipInput `json:"scholarship,omitempty"`
	// JHT is the input of JHTBalance.
	JHT *JHTInput `json:"jht,omitempty"`
	// JHTClaim is the input of JHTClaim.
	JHTClaim *JHTClaimInput `json:"jht_claim,omitempty"`
	// Pension is the input of Retirement.
	Pension *PensionInput `json:"pension,omitempty"`
	// JobLoss is the input of JobLoss.
	JobLoss *JobLossInput `json:"job_loss,omitempty"`
	// Protection is the input of Protection.
	Protection *ProtectionInput `json:"protection,omitempty"`
}

// Response is the answer to a [Request]: a Result, or for Protection an
// Offer. It round-trips through JSON unchanged.
type Response struct {
	// Event is the event asked about.
	Event Event `json:"event"`
	// Result is the benefit, for every event but Protection.
	Result *Result `json:"result,omitempty"`
	// Offer is cost against protection, for Protection.
	Offer *Offer `json:"offer,omitempty"`
}

// Explain returns the response's Result or Offer explained.
func (r Response) Explain(l problem.Lang) string {
	switch {
	case r.Result != nil:
		return r.Result.Explain(l)
	case r.Offer != nil:
		return r.Offer.Explain(l)
	}
	return ""
}

// MaxRequestBytes is the largest request document [DecodeRequest] reads.
const MaxRequestBytes = 1 << 20

// DecodeRequest reads one request from JSON, strictly: malformed JSON, more
// than one value or a document over [MaxRequestBytes] is an error wrapping
// [ErrInvalidJSON]; so is every unknown or repeated field and every value of
// the wrong type, all reported at once, each under its path
// ("accident.percent", "death.children[1].level"); a value its type refuses
// (a rate over 100%, an unknown level) keeps that type's sentinel. No
// problem repeats a personal number.
// It does not check the input's content: [Estimator.Estimate] does, and
// reports every problem at once.
func DecodeRequest(r io.Reader) (Request, error) {
	tooLarge := problem.New(ErrInvalidJSON, "json.too_large", "", "",
		"dokumen permintaan lebih dari 1 MiB", "the request document is over 1 MiB")
	lr := &io.LimitedReader{R: r, N: MaxRequestBytes + 1}
	dec := json.NewDecoder(lr)
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		switch {
		case lr.N <= 0:
			return Request{}, tooLarge
		case errors.Is(err, io.EOF):
			return Request{}, problem.New(ErrInvalidJSON, "json.syntax", "", "", "dokumen JSON kosong", "the JSON document is empty")
		}
		return Request{}, problem.New(ErrInvalidJSON, "json.syntax", "", "",
			"JSON tidak sah: "+jsonerr.Reason(err), "malformed JSON: "+jsonerr.Reason(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if lr.N <= 0 {
			return Request{}, tooLarge
		}
		return Request{}, problem.New(ErrInvalidJSON, "json.trailing", "", "",
			"ada data lain setelah nilai JSON", "there is more data after the JSON value")
	}
	var req Request
	var l problem.List
	decodeInto(raw, reflect.ValueOf(&req).Elem(), "", &l)
	if err := l.Err(); err != nil {
		return Request{}, err
	}
	return req, nil
}

// Estimate answers a request with the entry point its event names. A
// request without the section its event needs, or with another section, is
// an error wrapping [ErrInvalidInput].
func (e *Estimator) Estimate(req Request) (Response, error) {
	sections := map[string]bool{
		"death": req.Death != nil, "accident": req.Accident != nil, "scholarship": req.Scholarship != nil,
		"jht": req.JHT != nil, "jht_claim": req.JHTClaim != nil, "pension": req.Pension != nil,
		"job_loss": req.JobLoss != nil, "protection": req.Protection != nil,
	}
	want := ""
	switch req.Event {
	case Death:
		want = "death"
	case WorkDeath, TotalDisability, PartialDisability, TemporaryIncapacity, Transport:
		want = "accident"
	case Scholarship:
		want = "scholarship"
	case JHTBalance:
		want = "jht"
	case JHTClaim:
		want = "jht_claim"
	case Retirement:
		want = "pension"
	case JobLoss:
		want = "job_loss"
	case Protection:
		want = "protection"
	default:
		return Response{}, invalid("event", problem.Clip(string(req.Event)), "wajib diisi dan harus dikenal", "is required and must be known")
	}
	var l problem.List
	if !sections[want] {
		l.Add(invalid(want, "", "bagian masukan untuk peristiwa ini wajib diisi", "the input section for this event is required"))
	}
	for _, name := range []string{"death", "accident", "scholarship", "jht", "jht_claim", "pension", "job_loss", "protection"} {
		if name != want && sections[name] {
			l.Add(invalid(name, "", "bagian masukan ini bukan untuk peristiwa yang diminta", "this input section is not for the event asked about"))
		}
	}
	if err := l.Err(); err != nil {
		return Response{}, err
	}
	resp := Response{Event: req.Event}
	var r Result
	var err error
	switch want {
	case "death":
		r, err = e.Death(*req.Death)
	case "accident":
		in := *req.Accident
		if in.Event == "" {
			in.Event = req.Event
		} else if in.Event != req.Event {
			return Response{}, invalid("accident.event", string(in.Event), "tidak sama dengan peristiwa permintaan", "differs from the request's")
		}
		r, err = e.Accident(in)
	case "scholarship":
		r, err = e.Scholarship(*req.Scholarship)
	case "jht":
		r, err = e.JHTBalance(*req.JHT)
	case "jht_claim":
		r, err = e.JHTClaim(*req.JHTClaim)
	case "pension":
		r, err = e.Pension(*req.Pension)
	case "job_loss":
		r, err = e.JobLoss(*req.JobLoss)
	case "protection":
		o, err := e.Protection(*req.Protection)
		if err != nil {
			return Response{}, prefix(want, err)
		}
		resp.Offer = &o
		return resp, nil
	}
	if err != nil {
		return Response{}, prefix(want, err)
	}
	resp.Result = &r
	return resp, nil
}

func prefix(p string, err error) error {
	var l problem.List
	l.AddField(p, err)
	return l.Err()
}
