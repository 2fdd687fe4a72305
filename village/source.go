package village

import (
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

// Source is where the money for an enrolment comes from. Which source may
// pay for which group changes by fiscal year (see [Params.Funding]).
//
// The zero Source means "the group's default" in an [Enrolment] and is
// otherwise invalid. Sources encode as text ("dana_desa", "add", ...) and
// also accept common Indonesian abbreviations ("dd", "bankeu_kabupaten",
// "mandiri", ...).
type Source uint8

// The funding sources.
const (
	// DanaDesa is the village fund, transferred yearly from the state budget
	// into the village budget (APBDes). Whether it may pay contributions has
	// changed from year to year.
	DanaDesa Source = iota + 1
	// ADD is Alokasi Dana Desa, the regency's allocation to the village
	// budget, from which officials' fixed income (siltap) is paid: the usual
	// source of officials' contributions.
	ADD
	// PADes is Pendapatan Asli Desa, the village's own revenue.
	PADes
	// ProvinceAid is financial assistance (bantuan keuangan) from the
	// province, received into the village budget.
	ProvinceAid
	// RegencyAid is financial assistance from the regency or city,
	// received into the village budget.
	RegencyAid
	// APBD is the regency's own budget, paying BPJS Ketenagakerjaan directly
	// rather than through the village budget.
	APBD
	// CSR is a company's corporate social responsibility fund or another
	// sponsor outside government.
	CSR
	// SelfPaid is the worker, paying their own contribution or, for a wage
	// earner, their own share of JHT and JP.
	SelfPaid
)

// Sources is every valid source, in order.
var Sources = []Source{DanaDesa, ADD, PADes, ProvinceAid, RegencyAid, APBD, CSR, SelfPaid}

const numSources = int(SelfPaid) + 1

var sourceNames = [numSources]string{"", "dana_desa", "add", "pades", "province_aid", "regency_aid", "apbd", "csr", "self"}

var sourceLabels = [numSources][2]string{
	{"", ""},
	{"Dana Desa", "Dana Desa (village fund)"},
	{"Alokasi Dana Desa (ADD)", "ADD (regency allocation to the village)"},
	{"Pendapatan Asli Desa (PADes)", "PADes (village own revenue)"},
	{"Bantuan keuangan provinsi", "Province financial assistance"},
	{"Bantuan keuangan kabupaten/kota", "Regency financial assistance"},
	{"APBD kabupaten/kota (langsung)", "Regency budget (APBD), paid directly"},
	{"CSR / sponsor", "CSR / sponsor"},
	{"Pekerja sendiri", "The worker"},
}

var sourceAliases = map[string]Source{
	"dd": DanaDesa, "danadesa": DanaDesa, "village_fund": DanaDesa,
	"alokasi_dana_desa": ADD,
	"pad_desa":          PADes, "pad": PADes, "pendapatan_asli_desa": PADes, "own_revenue": PADes,
	"bankeu_provinsi": ProvinceAid, "bantuan_keuangan_provinsi": ProvinceAid, "bkk_provinsi": ProvinceAid,
	"bankeu_kabupaten": RegencyAid, "bantuan_keuangan_kabupaten": RegencyAid, "bkk_kabupaten": RegencyAid,
	"bankeu_kota": RegencyAid, "bkk": RegencyAid,
	"pemkab": APBD, "apbd_kabupaten": APBD, "regency": APBD,
	"sponsor": CSR, "donor": CSR,
	"worker": SelfPaid, "pekerja": SelfPaid, "mandiri": SelfPaid, "sendiri": SelfPaid,
}

// key normalises a code for lookup: lower case, no surrounding spaces, and
// spaces, hyphens and slashes as underscores.
func key(s string) string {
	k := strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer(" ", "_", "-", "_", "/", "_").Replace(k)
}

// ParseSource reads a source by its name or an alias, ignoring case,
// surrounding spaces, and spaces or hyphens inside.
func ParseSource(s string) (Source, error) {
	k := key(s)
	for i, n := range sourceNames {
		if i > 0 && k == n {
			return Source(i), nil
		}
	}
	if v, ok := sourceAliases[k]; ok {
		return v, nil
	}
	return 0, problem.New(ErrUnknownSource, CodeUnknownSource, "source", s,
		"Sumber dana tidak dikenal; gunakan dana_desa, add, pades, province_aid, regency_aid, apbd, csr atau self.",
		"Unknown funding source; use dana_desa, add, pades, province_aid, regency_aid, apbd, csr or self.")
}

// IsValid reports whether s is one of the defined sources.
func (s Source) IsValid() bool { return s >= DanaDesa && s <= SelfPaid }

// String returns the source's name, such as "dana_desa", or "" for an
// invalid source.
func (s Source) String() string {
	if !s.IsValid() {
		return ""
	}
	return sourceNames[s]
}

// Label returns the source's name for people, in the given language.
func (s Source) Label(l problem.Lang) string {
	if !s.IsValid() {
		return ""
	}
	if l == problem.English {
		return sourceLabels[s][1]
	}
	return sourceLabels[s][0]
}

// InVillageBudget reports whether money from s passes through the village
// budget (APBDes): Dana Desa, ADD, PADes and financial assistance from the
// province or regency all do.
func (s Source) InVillageBudget() bool { return s >= DanaDesa && s <= RegencyAid }

// Payer returns who pays BPJS Ketenagakerjaan when the money comes from s:
// the village government for every source in the village budget, the
// regency for APBD, a sponsor for CSR, and the participant for SelfPaid.
func (s Source) Payer() membership.Payer {
	switch {
	case s.InVillageBudget():
		return membership.PayerVillage
	case s == APBD:
		return membership.PayerRegency
	case s == CSR:
		return membership.PayerSponsor
	case s == SelfPaid:
		return membership.PayerSelf
	}
	return 0
}

// Budget returns the public budget money from s is paid out of: APBDes for
// the village-budget sources, APBD for the regency paying directly, and
// none for CSR and the worker. The PP 50/2025 discount excludes APBD, and
// APBDes when the contribution parameters' village-budget policy says so.
func (s Source) Budget() contribution.Budget {
	switch {
	case s.InVillageBudget():
		return contribution.APBDes
	case s == APBD:
		return contribution.APBD
	}
	return contribution.NoBudget
}

// MarshalText encodes the source as its name.
func (s Source) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrUnknownSource, CodeUnknownSource, "source", "",
			"Sumber dana tidak dikenal.", "Unknown funding source.")
	}
	return []byte(sourceNames[s]), nil
}

// UnmarshalText decodes a source as [ParseSource] reads it.
func (s *Source) UnmarshalText(b []byte) error {
	v, err := ParseSource(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// WorkerShare says who pays a wage earner's own share of JHT (2%) and JP
// (1%): the worker, out of their siltap, or the enrolment's funding source
// on top of the employer's share. The zero WorkerShare means "the group's
// default" in an [Enrolment]. It has no meaning for non-wage (BPU)
// participants, who have no employer.
type WorkerShare uint8

const (
	// WorkerPays deducts the worker's share from their pay.
	WorkerPays WorkerShare = iota + 1
	// EmployerPays has the enrolment's funding source pay the worker's
	// share as well.
	EmployerPays
)

var shareNames = [...]string{"", "worker", "employer"}

// ParseWorkerShare reads "worker" (or "pekerja") and "employer" (or
// "pemberi_kerja", "desa", "village").
func ParseWorkerShare(s string) (WorkerShare, error) {
	switch key(s) {
	case "worker", "pekerja", "self":
		return WorkerPays, nil
	case "employer", "pemberi_kerja", "desa", "village":
		return EmployerPays, nil
	}
	return 0, problem.New(ErrInvalidEnrolment, CodeWorkerShare, "worker_share", s,
		"Pembayar iuran bagian pekerja tidak dikenal; gunakan worker atau employer.",
		"Unknown payer of the worker's share; use worker or employer.")
}

// IsValid reports whether w is WorkerPays or EmployerPays.
func (w WorkerShare) IsValid() bool { return w == WorkerPays || w == EmployerPays }

// String returns "worker" or "employer", or "" for the zero value.
func (w WorkerShare) String() string {
	if !w.IsValid() {
		return ""
	}
	return shareNames[w]
}

// MarshalText encodes the choice as its name.
func (w WorkerShare) MarshalText() ([]byte, error) { return []byte(w.String()), nil }

// UnmarshalText decodes a choice as [ParseWorkerShare] reads it; empty text
// gives the zero value.
func (w *WorkerShare) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*w = 0
		return nil
	}
	v, err := ParseWorkerShare(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}
