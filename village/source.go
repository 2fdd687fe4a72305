package village

import (
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/internal/enum"
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

	// numSources bounds the sources, for arrays indexed by source. Keep it
	// last in this block: a new source goes above it.
	numSources = iota + 1
)

// sourceInfo is what the package keeps about a source besides its text:
// who pays BPJS Ketenagakerjaan when the money comes from it, and the
// public budget it is paid out of.
type sourceInfo struct {
	payer  membership.Payer
	budget contribution.Budget
	// origin is the public budget the money comes from before it reaches
	// the village budget (UU 6/2014 Pasal 72(1), secondary): APBN for Dana
	// Desa, APBD for ADD and financial assistance, APBDes itself for the
	// village's own revenue. It matters only under [SourceOfFundsReading].
	origin contribution.Budget
}

// sources is the table of the funding sources: their names, their labels
// for people, their aliases (in the form of [key]), their payer and budget.
// A source's yearly policy, which groups it may pay for, is its timeline
// in [DefaultParams] ([FundingParam]); the source's table test fails when
// one is missing.
var sources = enum.New(key, []enum.Def[Source, sourceInfo]{
	{Value: DanaDesa, Code: "dana_desa", ID: "Dana Desa", EN: "Dana Desa (village fund)",
		Aliases: []string{"dd", "danadesa", "village_fund"},
		Info:    sourceInfo{membership.PayerVillage, contribution.APBDes, contribution.APBN}},
	{Value: ADD, Code: "add", ID: "Alokasi Dana Desa (ADD)", EN: "ADD (regency allocation to the village)",
		Aliases: []string{"alokasi_dana_desa"},
		Info:    sourceInfo{membership.PayerVillage, contribution.APBDes, contribution.APBD}},
	{Value: PADes, Code: "pades", ID: "Pendapatan Asli Desa (PADes)", EN: "PADes (village own revenue)",
		Aliases: []string{"pad_desa", "pad", "pendapatan_asli_desa", "own_revenue"},
		Info:    sourceInfo{membership.PayerVillage, contribution.APBDes, contribution.APBDes}},
	{Value: ProvinceAid, Code: "province_aid", ID: "Bantuan keuangan provinsi", EN: "Province financial assistance",
		Aliases: []string{"bankeu_provinsi", "bantuan_keuangan_provinsi", "bkk_provinsi"},
		Info:    sourceInfo{membership.PayerVillage, contribution.APBDes, contribution.APBD}},
	{Value: RegencyAid, Code: "regency_aid", ID: "Bantuan keuangan kabupaten/kota", EN: "Regency financial assistance",
		Aliases: []string{"bankeu_kabupaten", "bantuan_keuangan_kabupaten", "bkk_kabupaten", "bankeu_kota", "bkk"},
		Info:    sourceInfo{membership.PayerVillage, contribution.APBDes, contribution.APBD}},
	{Value: APBD, Code: "apbd", ID: "APBD kabupaten/kota (langsung)", EN: "Regency budget (APBD), paid directly",
		Aliases: []string{"pemkab", "apbd_kabupaten", "regency"},
		Info:    sourceInfo{membership.PayerRegency, contribution.APBD, contribution.APBD}},
	{Value: CSR, Code: "csr", ID: "CSR / sponsor", EN: "CSR / sponsor",
		Aliases: []string{"sponsor", "donor"},
		Info:    sourceInfo{membership.PayerSponsor, contribution.NoBudget, contribution.NoBudget}},
	{Value: SelfPaid, Code: "self", ID: "Pekerja sendiri", EN: "The worker",
		Aliases: []string{"worker", "pekerja", "mandiri", "sendiri"},
		Info:    sourceInfo{membership.PayerSelf, contribution.NoBudget, contribution.NoBudget}},
})

// Sources is every valid source, in order.
var Sources = sources.Values()

// key normalises a code for lookup: lower case, no surrounding spaces, and
// spaces, hyphens and slashes as underscores.
func key(s string) string { return keyReplacer.Replace(strings.ToLower(strings.TrimSpace(s))) }

var keyReplacer = strings.NewReplacer(" ", "_", "-", "_", "/", "_")

// ParseSource reads a source by its name or an alias, ignoring case,
// surrounding spaces, and spaces or hyphens inside.
func ParseSource(s string) (Source, error) {
	if v, ok := sources.Lookup(s); ok {
		return v, nil
	}
	return 0, problem.New(ErrUnknownSource, CodeUnknownSource, "source", s,
		"Tidak dikenal; gunakan "+sources.Choices(problem.Indonesian)+".",
		"Unknown; use "+sources.Choices(problem.English)+".")
}

// IsValid reports whether s is one of the defined sources.
func (s Source) IsValid() bool { return sources.Valid(s) }

// String returns the source's name, such as "dana_desa", or "" for an
// invalid source.
func (s Source) String() string { return sources.Code(s) }

// Label returns the source's name for people, in the given language.
func (s Source) Label(l problem.Lang) string { return sources.Name(s, l) }

// InVillageBudget reports whether money from s passes through the village
// budget (APBDes): Dana Desa, ADD, PADes and financial assistance from the
// province or regency all do.
func (s Source) InVillageBudget() bool { return s.Budget() == contribution.APBDes }

// Payer returns who pays BPJS Ketenagakerjaan when the money comes from s:
// the village government for every source in the village budget, the
// regency for APBD, a sponsor for CSR, and the participant for SelfPaid.
func (s Source) Payer() membership.Payer { return sources.Info(s).payer }

// Budget returns the public budget money from s is paid out of: APBDes for
// the village-budget sources, APBD for the regency paying directly, and
// none for CSR and the worker. The PP 50/2025 discount excludes APBD; for
// the village-budget sources the planner's [Reading] decides.
func (s Source) Budget() contribution.Budget { return sources.Info(s).budget }

// MarshalText encodes the source as its name.
func (s Source) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, problem.New(ErrUnknownSource, CodeUnknownSource, "source", "",
			"Tidak dikenal.", "Unknown.")
	}
	return []byte(s.String()), nil
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

// workerShares is the table of the choices of who pays a wage earner's own
// share: their names, labels and the other words ParseWorkerShare accepts.
var workerShares = enum.New(key, []enum.Def[WorkerShare, struct{}]{
	{Value: WorkerPays, Code: "worker", ID: "dipotong dari penghasilan pekerja", EN: "deducted from the worker's pay",
		Aliases: []string{"pekerja", "self"}},
	{Value: EmployerPays, Code: "employer", ID: "ditanggung sumber dana pemberi kerja", EN: "paid by the employer's funding source",
		Aliases: []string{"pemberi_kerja", "desa", "village"}},
})

// WorkerShares returns both choices in order.
func WorkerShares() []WorkerShare { return workerShares.Values() }

// ParseWorkerShare reads "worker" (or "pekerja") and "employer" (or
// "pemberi_kerja", "desa", "village").
func ParseWorkerShare(s string) (WorkerShare, error) {
	if v, ok := workerShares.Lookup(s); ok {
		return v, nil
	}
	return 0, problem.New(ErrInvalidEnrolment, CodeWorkerShare, "worker_share", s,
		"Tidak dikenal; gunakan "+workerShares.Glossed(problem.Indonesian)+".",
		"Unknown; use "+workerShares.Glossed(problem.English)+".")
}

// IsValid reports whether w is WorkerPays or EmployerPays.
func (w WorkerShare) IsValid() bool { return workerShares.Valid(w) }

// String returns "worker" or "employer", or "" for the zero value.
func (w WorkerShare) String() string { return workerShares.Code(w) }

// Label returns the choice for people, in the given language.
func (w WorkerShare) Label(l problem.Lang) string { return workerShares.Name(w, l) }

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
