package village

import (
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// Village is a village's identity: its Kemendagri area code and, when a
// directory knows them, the names of the village and of the areas above it.
type Village struct {
	// Code is the village's Kemendagri area code.
	Code region.Code `json:"code"`
	// Name, District and Regency are the names of the village and of the
	// district and regency it lies in, as the directory gives them; empty
	// when unknown.
	Name     string `json:"name,omitempty"`
	District string `json:"district,omitempty"`
	Regency  string `json:"regency,omitempty"`
	// Province is the name of the province, from the region package's
	// table of provinces.
	Province string `json:"province,omitempty"`
}

// Identify checks that code is a desa (or a desa adat) and looks up its
// names in dir, which may be nil. A kelurahan is refused with an error
// wrapping ErrNotDesa unless allowKelurahan is set: a kelurahan has no
// village budget, no officials under the village law and no Dana Desa, so
// only a caller who knows what it plans (coverage paid by the regency, say)
// should allow one. A code that is not at the village level is refused too.
func Identify(code region.Code, dir region.Directory, allowKelurahan bool) (Village, error) {
	switch {
	case !code.IsValid():
		return Village{}, problem.New(ErrNotDesa, CodeRequired, "village", "",
			"Kode wilayahnya wajib diisi.", "Its area code is required.")
	case code.Level() != region.Village:
		return Village{}, problem.New(ErrNotDesa, CodeNotVillage, "village", code.String(),
			"Kode wilayah ini bukan kode desa (harus 10 angka, PP.KK.CC.DDDD).",
			"This area code is not a village code (it needs 10 digits, PP.KK.CC.DDDD).")
	case code.VillageKind() == region.Kelurahan && !allowKelurahan:
		return Village{}, problem.New(ErrNotDesa, CodeKelurahan, "village", code.String(),
			"Kode ini adalah kelurahan, bukan desa: kelurahan tidak mempunyai APBDes, perangkat desa atau Dana Desa.",
			"This code is a kelurahan, not a desa: a kelurahan has no village budget, village officials or Dana Desa.")
	}
	v := Village{Code: code}
	if dir != nil {
		v.Name, _ = dir.Name(code)
		v.District, _ = dir.Name(code.District())
		v.Regency, _ = dir.Name(code.Regency())
	}
	v.Province, _ = region.ProvinceName(code)
	return v, nil
}

// Label returns the village's name, or its code when the name is unknown.
func (v Village) Label() string {
	if v.Name != "" {
		return v.Name
	}
	return v.Code.String()
}
