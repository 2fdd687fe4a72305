package service

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

func (s *Service) healthz(w http.ResponseWriter, r *http.Request) {
	s.Reply(w, r, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Service) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "max-age=3600")
	if _, err := w.Write(openAPI); err != nil {
		s.log.Debug("writing an answer", "path", instance(r.URL.Path), "error", err)
	}
}

// BillRequest is a bill asked for in JSON (POST /v1/iuran, and the input
// file of `jamsos iuran -input`): the month and the fields of
// contribution.Input side by side.
type BillRequest struct {
	Month regulation.Month `json:"month"`
	contribution.Input
}

func (s *Service) iuran(w http.ResponseWriter, r *http.Request) {
	var req BillRequest
	if err := s.DecodeRequest(w, r, &req); err != nil {
		s.Fail(w, r, err)
		return
	}
	b, err := s.calc.Bill(req.Input, req.Month)
	if err != nil {
		s.Fail(w, r, err)
		return
	}
	s.Reply(w, r, http.StatusOK, b)
}

// NIKRequest carries a NIK in the body (POST /v1/nik), never in a URL that
// logs would keep.
type NIKRequest struct {
	NIK              string          `json:"nik"`
	On               regulation.Date `json:"on,omitzero"`
	AllowPlaceholder bool            `json:"allow_placeholder,omitempty"`
}

// NIKReport is what a NIK tells. The NIK itself appears only masked.
type NIKReport struct {
	NIK         string      `json:"nik"`
	Valid       bool        `json:"valid"`
	Placeholder bool        `json:"placeholder"`
	District    region.Code `json:"district"`
	Province    string      `json:"province"`
	// BirthDate and Sex are zero, and left out of JSON, for a placeholder
	// NIK, whose digits tell neither.
	BirthDate regulation.Date `json:"birth_date,omitzero"`
	Sex       membership.Sex  `json:"sex,omitzero"`
	Serial    int             `json:"serial"`
	// Area is the issuing district with its regency and province, named
	// from Kemendagri's 2025 list of areas (package region/wilayah), as far
	// as the list has them; zero, and left out of JSON, for a placeholder
	// NIK.
	Area wilayah.Chain `json:"area,omitzero"`
	// Notes are remarks that do not make the NIK invalid, such as an
	// issuing district the list does not have (code
	// "region.nik_district_unlisted"): it may have been split or renumbered
	// since the NIK was issued.
	Notes problem.List `json:"notes,omitempty"`
}

// CheckNIK reads s as a NIK on the reference date on (zero for the
// default of membership.NIKOptions) and reports what it tells, with the
// names of its issuing district's areas from wilayah.Default(), or every
// problem with it.
func CheckNIK(s string, on regulation.Date, allowPlaceholder bool) (NIKReport, error) {
	n, err := membership.ParseNIK(strings.TrimSpace(s), membership.NIKOptions{Reference: on, AllowPlaceholder: allowPlaceholder})
	if err != nil {
		return NIKReport{}, err
	}
	prov, _ := region.ProvinceName(n.District())
	rep := NIKReport{NIK: n.String(), Valid: true, Placeholder: n.IsPlaceholder(), District: n.District(),
		Province: prov, BirthDate: n.BirthDate(), Sex: n.Sex(), Serial: n.Serial()}
	return nameNIK(rep, wilayah.Default()), nil
}

// nameNIK adds to rep the names dir has for the areas of its issuing
// district, and a note when dir does not list the district.
func nameNIK(rep NIKReport, dir *wilayah.Directory) NIKReport {
	rep.Area, _ = dir.Chain(rep.District)
	if n := region.CheckIssuingDistrict(dir, rep.District); n != nil {
		rep.Notes = problem.List{n}
	}
	return rep
}

func (s *Service) nik(w http.ResponseWriter, r *http.Request) {
	var req NIKRequest
	if err := s.DecodeRequest(w, r, &req); err != nil {
		s.Fail(w, r, err)
		return
	}
	on := req.On
	if on.IsZero() {
		on = s.opts.Today()
	}
	rep, err := CheckNIK(req.NIK, on, req.AllowPlaceholder)
	if err != nil {
		s.Fail(w, r, err)
		return
	}
	s.Reply(w, r, http.StatusOK, rep)
}

func (s *Service) aturan(w http.ResponseWriter, r *http.Request) {
	d, err := regulation.ParseDate(r.URL.Query().Get("date"))
	if err != nil {
		s.Fail(w, r, problem.Relabel(err, "date"))
		return
	}
	rep, err := rulesOn(d)
	if err != nil {
		s.Fail(w, r, err)
		return
	}
	s.Reply(w, r, http.StatusOK, rep)
}

// PlanRequest is a village plan asked for in JSON (POST /v1/rencana). The
// roster is read by village.ReadJSON, which reports every bad row with its
// position.
type PlanRequest struct {
	Village  region.Code                        `json:"village"`
	Year     int                                `json:"year"`
	Roster   json.RawMessage                    `json:"roster"`
	Ceilings map[village.Source]decimal.Decimal `json:"ceilings,omitempty"`
}

// fullNIK reports whether r asks for NIKs in full (?nik=full).
func fullNIK(r *http.Request) bool { return r.URL.Query().Get("nik") == "full" }

func (s *Service) rencana(w http.ResponseWriter, r *http.Request) {
	var req PlanRequest
	if err := s.decodeLimit(w, r, s.opts.MaxRosterBody, &req, map[string]int{"roster": s.opts.MaxPeople}); err != nil {
		s.Fail(w, r, err)
		return
	}
	roster, err := village.ReadJSON(bytes.NewReader(req.Roster))
	if err == nil {
		err = stopped(r)
	}
	if err != nil {
		s.Fail(w, r, err)
		return
	}
	// Planning looks at the request's context inside its loops, as
	// /v1/mitra's processing does.
	plan, err := s.planner.PlanContext(r.Context(), village.Request{Village: req.Village, Year: req.Year, Roster: roster, Ceilings: req.Ceilings})
	if err != nil {
		s.Fail(w, r, orStopped(r, err))
		return
	}
	// A village code not in the 2025 list of areas is a warning of the
	// plan naming the nearest listed codes, as in `jamsos rencana`.
	if warns, _ := region.CheckCode(wilayah.Default(), req.Village, region.CheckOptions{}); len(warns) > 0 {
		plan.Warnings = append(warns, plan.Warnings...)
	}
	s.Reply(w, r, http.StatusOK, PlanReport{Plan: plan, FullNIK: fullNIK(r)})
}

// PartnerRequest is a partner report asked for in JSON (POST /v1/mitra).
type PartnerRequest struct {
	Network     json.RawMessage     `json:"network"`
	Activities  json.RawMessage     `json:"activities"`
	On          regulation.Date     `json:"on"`
	Fees        []regulation.Month  `json:"fees,omitempty"`
	Attribution partner.Attribution `json:"attribution,omitzero"`
	WindowDays  int                 `json:"window_days,omitempty"`
}

// PartnerReport is the whole answer of POST /v1/mitra and of
// `jamsos mitra -json`: the rejected activities, the progress report and a
// fee statement for each month asked for. Its JSON shows every NIK (of the
// rejected activities and of the fee discrepancies) masked unless FullNIK.
type PartnerReport struct {
	// Unreadable are the input lines that could not be read as activities.
	// The service refuses a request with any (so it is always empty there);
	// the command line reports them and goes on.
	Unreadable problem.List      `json:"unreadable,omitempty"`
	Rejected   []partner.Outcome `json:"rejected"`
	Progress   partner.Progress  `json:"progress"`
	Fees       []partner.Fees    `json:"fees"`
	// FullNIK writes the NIKs in full; the zero value masks them.
	FullNIK bool `json:"-"`
}

// mitra answers with the rejected activities, the progress report and the
// fee statements. Unlike the command line, which reports unreadable lines
// and goes on, the service refuses a request with any unreadable activity,
// listing every one, so that no client takes a partial report for a whole one.
func (s *Service) mitra(w http.ResponseWriter, r *http.Request) {
	var req PartnerRequest
	lists := map[string]int{"activities": s.opts.MaxActivities, "fees": s.opts.MaxFeeMonths,
		"network.wadahs": s.opts.MaxNetwork, "network.partners": s.opts.MaxNetwork, "network.assignments": s.opts.MaxNetwork}
	if err := s.decodeLimit(w, r, s.opts.MaxRosterBody, &req, lists); err != nil {
		s.Fail(w, r, err)
		return
	}
	var l problem.List
	if req.On.IsZero() {
		l.Add(problem.New(ErrInvalidJSON, "json.required", "on", "", "wajib diisi: hari laporannya", "is required: the day of the report"))
	}
	network, err := partner.DecodeNetwork(bytes.NewReader(req.Network))
	l.AddField("network", err)
	acts, err := partner.ReadActivitiesJSON(bytes.NewReader(req.Activities))
	l.AddField("activities", err)
	l.Add(stopped(r))
	if err := l.Err(); err != nil {
		s.Fail(w, r, err)
		return
	}
	// Processing and the progress report look at the request's context
	// inside their loops, so that work for a client that has gone, or past
	// the deadline, stops there.
	ledger, err := network.ProcessContext(r.Context(), acts, partner.Options{Attribution: req.Attribution, WindowDays: req.WindowDays})
	if err != nil {
		s.Fail(w, r, orStopped(r, err))
		return
	}
	progress, err := ledger.ProgressContext(r.Context(), partner.ProgressOptions{On: req.On})
	if err != nil {
		s.Fail(w, r, orStopped(r, err))
		return
	}
	rep := PartnerReport{Rejected: append([]partner.Outcome{}, ledger.Rejected()...), Progress: progress, Fees: []partner.Fees{}, FullNIK: fullNIK(r)}
	for _, m := range req.Fees {
		f, err := ledger.FeeStatements(m)
		if err == nil {
			err = stopped(r)
		}
		if err != nil {
			s.Fail(w, r, err)
			return
		}
		rep.Fees = append(rep.Fees, f)
	}
	s.Reply(w, r, http.StatusOK, rep)
}
