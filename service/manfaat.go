package service

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/problem"
)

// manfaat returns the handler of POST /v1/manfaat: a benefit.Request read
// by benefit.DecodeRequest (every problem at once, each under its path) and
// answered by an estimator on benefit.DefaultParams and the service's
// calculator, so that the cost side of an offer is the bill POST /v1/iuran
// answers. The body is read up to [Options.MaxBody], and never more than
// benefit.MaxRequestBytes.
func (s *Service) manfaat() http.HandlerFunc {
	est, err := benefit.New(benefit.DefaultParams(), s.calc)
	return func(w http.ResponseWriter, r *http.Request) {
		if err != nil { // the defaults are proven valid by benefit's tests
			s.log.Error("benefit estimator", "error", err)
			s.Fail(w, r, problem.New(errInternal, "internal", "", "", "kesalahan internal", "internal error"))
			return
		}
		body, rerr := io.ReadAll(http.MaxBytesReader(w, r.Body, min(s.opts.MaxBody, benefit.MaxRequestBytes)))
		var tooLarge *http.MaxBytesError
		if errors.As(rerr, &tooLarge) {
			s.Fail(w, r, problem.New(ErrInvalidJSON, "json.too_large", "", fmt.Sprint(tooLarge.Limit),
				"dokumen terlalu besar", "the document is too large"))
			return
		} else if rerr != nil {
			s.Fail(w, r, jsonProblem(rerr))
			return
		}
		req, err := benefit.DecodeRequest(bytes.NewReader(body))
		if err != nil {
			s.Fail(w, r, asDocumentProblems(err))
			return
		}
		resp, err := est.Estimate(req)
		if err != nil {
			s.Fail(w, r, err)
			return
		}
		s.Reply(w, r, http.StatusOK, resp)
	}
}

// asDocumentProblems makes every problem of benefit's reader with the
// document itself (benefit.ErrInvalidJSON) a problem of this service's
// [ErrInvalidJSON] too, so that [Status] answers it with 400 (or 413) as
// for every other endpoint; a value its field refuses stays 422.
func asDocumentProblems(err error) error {
	var in problem.List
	in.Add(err)
	out := make(problem.List, len(in))
	for i, p := range in {
		c := *p
		if errors.Is(p, benefit.ErrInvalidJSON) && !errors.Is(p, ErrInvalidJSON) {
			c.Err = errors.Join(ErrInvalidJSON, p.Err)
		}
		out[i] = &c
	}
	return out
}
