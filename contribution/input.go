package contribution

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/shopspring/decimal"
)

// Input is what a bill is computed from: the essentials of a registration.
// Fields that do not apply to the segment are ignored; a code outside its
// list (a RiskGroup, Sector, Industry, Budget, Payer or PMIPackage that this
// package does not name) in a field that applies is an error, never read as
// "other".
type Input struct {
	// Segment is the kind of participant. Required.
	Segment membership.Segment `json:"segment"`
	// Programs are the programs the participant is registered in. Required;
	// they must be allowed for the segment (membership.CheckPrograms).
	Programs membership.ProgramSet `json:"programs"`
	// Basis is the monthly wage (PU), the declared monthly income (BPU), or
	// for a construction project the wages or, with ContractValue, the
	// contract value before VAT. Unused for migrant workers.
	Basis decimal.Decimal `json:"basis"`
	// ContractValue says that a construction project's Basis is its contract
	// value rather than its wages.
	ContractValue bool `json:"contract_value,omitempty"`
	// RiskGroup is the workplace's JKK risk group (PU). Required for PU.
	RiskGroup RiskGroup `json:"risk_group,omitempty"`
	// Scale is the employer's business scale (PU), which sets the programs it
	// must take. The amounts do not depend on it: without it, programs that
	// fit some scale's rule are billed with a warning (code
	// "business_scale.unchecked") naming the scales they fit, and programs
	// that fit none are one problem listing every scale
	// (membership.Params.ScalesFitting).
	Scale membership.BusinessScale `json:"business_scale,omitempty"`
	// Industry is the employer's industry, which with Workforce decides
	// PP 7/2025. That regulation also asks that the employer's JKK was paid up
	// to January 2025, which this package cannot see: for an employer that
	// fails it, leave Industry as OtherIndustry or claim Reliefs explicitly.
	Industry Industry `json:"industry,omitempty"`
	// Workforce is the number of the employer's active workers (PP 7/2025
	// asks for at least 50). It may not be negative.
	Workforce int `json:"workforce,omitempty"`
	// Sector is a non-wage participant's line of work, which decides PP 50/2025.
	Sector Sector `json:"sector,omitempty"`
	// Payer is who pays. The zero value means the usual payer: the employer
	// for PU and construction, the participant for BPU and PMI.
	Payer membership.Payer `json:"payer,omitempty"`
	// WorkerSharePayer is who pays a wage earner's own share (JHT 2%, JP 1%).
	// The zero value and PayerSelf mean the worker; PayerEmployer, or the same
	// payer as Payer, means the employer; anyone else is a sponsor.
	WorkerSharePayer membership.Payer `json:"worker_share_payer,omitempty"`
	// Budget is the public budget the contribution comes from. The zero value
	// means it follows from Payer: a regency pays from APBD, a village from
	// APBDes, anyone else from no public budget.
	Budget Budget `json:"budget,omitempty"`
	// PMIPackage is a migrant worker's package. Required for PMI.
	PMIPackage PMIPackage `json:"pmi_package,omitempty"`
	// PMIExtraMonths is the number of months worked beyond the contract of
	// a placement package, from 0 to 120 (a bound of this package, not of
	// the law, against typing errors).
	PMIExtraMonths int `json:"pmi_extra_months,omitempty"`
	// PMIJHT is the monthly JHT amount a migrant worker chose, one of the
	// amounts the law lists. Required when Programs has JHT.
	PMIJHT decimal.Decimal `json:"pmi_jht,omitzero"`
	// Reliefs, when not empty, are the reliefs claimed: exactly these apply,
	// and a claim outside a relief's conditions is an error. When empty,
	// every relief whose conditions the input meets applies.
	Reliefs []Relief `json:"reliefs,omitempty"`
	// DeferJP asks to defer the part of JP that PP 49/2020 allows to defer.
	DeferJP bool `json:"defer_jp,omitempty"`
	// JKP is whether a wage earner's bill carries JKP without Programs
	// naming it: the zero value, JKPAuto, adds it whenever the worker is
	// covered (see [JKPChoice]); JKPExclude leaves it out.
	JKP JKPChoice `json:"jkp,omitzero"`
	// BirthDate and Registered are a wage earner's birth date and the day
	// they registered, both or neither. Given, they decide JKP by age
	// (registered before 54, membership.Params.JKPEligible): JKPAuto then
	// adds JKP only for an eligible worker, and JKP among the programs of
	// one who is not is an error. Without them the worker is taken to be
	// eligible. Personal data: neither appears in a bill or an error.
	BirthDate  regulation.Date `json:"birth_date,omitzero"`
	Registered regulation.Date `json:"registered,omitzero"`
}

// PMIPackage is a migrant worker's contribution package.
type PMIPackage uint8

const (
	// NoPackage is the zero value: no package chosen.
	NoPackage PMIPackage = iota
	// PrePlacement covers the time before departure.
	PrePlacement
	// Placement6 covers 6 months of work and the return.
	Placement6
	// Placement12 covers 12 months of work and the return.
	Placement12
	// Placement24 covers 24 months of work and the return.
	Placement24
)

var packageNames = [...]string{NoPackage: "", PrePlacement: "PRE_PLACEMENT", Placement6: "PLACEMENT_6", Placement12: "PLACEMENT_12", Placement24: "PLACEMENT_24"}

// months returns the contract length of a placement package, 0 for others.
func (k PMIPackage) months() int {
	switch k {
	case Placement6:
		return 6
	case Placement12:
		return 12
	case Placement24:
		return 24
	}
	return 0
}

// String returns the package's code, such as "PLACEMENT_24".
func (k PMIPackage) String() string {
	if int(k) >= len(packageNames) {
		return ""
	}
	return packageNames[k]
}

// MarshalText encodes the package as its code.
func (k PMIPackage) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a package's code.
func (k *PMIPackage) UnmarshalText(b []byte) error {
	for i, n := range packageNames {
		if n == string(b) {
			*k = PMIPackage(i)
			return nil
		}
	}
	return invalid("pmi_package", problem.Clip(string(b)),
		"tidak dikenal; gunakan PRE_PLACEMENT, PLACEMENT_6, PLACEMENT_12 atau PLACEMENT_24",
		"unknown; use PRE_PLACEMENT, PLACEMENT_6, PLACEMENT_12 or PLACEMENT_24")
}

// budget returns the public budget the contribution is paid from.
func (in Input) budget() Budget { return budgetOf(in.Budget, in.Payer) }

// partyOf returns who carries a share that the law puts on role (Employer or
// Worker), given who pays.
func (in Input) partyOf(role Party) Party {
	switch {
	case role == Employer:
		return Employer
	case in.Segment == membership.PU || in.Segment == membership.Jakon:
		return workerPartyOf(in.Payer, in.WorkerSharePayer)
	}
	return selfPartyOf(in.Payer)
}

// The rules below are shared by Input (the calculator) and Row (the engine).

// budgetOf is the public budget a contribution comes from: the one given, or
// the one that follows from the payer — a regency pays from its APBD, a
// village from its APBDes.
func budgetOf(b Budget, payer membership.Payer) Budget {
	if b != NoBudget {
		return b
	}
	switch payer {
	case membership.PayerRegency:
		return APBD
	case membership.PayerVillage:
		return APBDes
	}
	return NoBudget
}

// workerPartyOf is who carries a wage earner's own share: the worker unless
// someone else pays it — the employer (named, or the same payer as the
// employer's share), or a sponsor. The zero payer is the employer.
func workerPartyOf(payer, workerShare membership.Payer) Party {
	if !payer.IsValid() {
		payer = membership.PayerEmployer
	}
	switch {
	case !workerShare.IsValid() || workerShare == membership.PayerSelf:
		return Worker
	case workerShare == membership.PayerEmployer || workerShare == payer:
		return Employer
	}
	return Sponsor
}

// selfPartyOf is who carries a non-wage or migrant participant's
// contribution: the participant, unless someone pays for them.
func selfPartyOf(payer membership.Payer) Party {
	if !payer.IsValid() || payer == membership.PayerSelf {
		return Worker
	}
	return Sponsor
}
