package partner

import (
	"fmt"
	"log/slog"
	"unicode"
	"unicode/utf8"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

// Partner is a person or organisation that reaches village workers: a
// village head or official, a Bhabinkamtibmas, a Babinsa, an Agen Perisai,
// a branch officer, a regency office or a collection partner.
//
// Which fields a partner carries depends on its role:
//
//   - NRP: required for a Bhabinkamtibmas (a Polri NRP, 8 digits), optional
//     for a Babinsa (a TNI number, see [ParseNRP]), absent otherwise;
//   - Wadah and Certificate: required for an Agen Perisai, absent otherwise;
//   - Organisation: required for a collection partner (a bank, a BUMDes),
//     absent otherwise.
//
// A partner's name is tied to its NRP, phone and certificate, so String,
// fmt, slog and errors never show it: they show the role and the ID, which
// is the caller's own code for the partner ("BHB-3216-014"). The JSON
// encoding carries every field in full and is personal data.
type Partner struct {
	// ID is the caller's identifier for the partner: 1 to 64 printable
	// ASCII characters without spaces. Activities and assignments name
	// partners by it.
	ID string `json:"id"`
	// Role is what the partner is.
	Role Role `json:"role"`
	// Name is the partner's name (a person's or an organisation's), in the
	// form membership.NormalizeName gives, at most 100 characters.
	Name string `json:"name"`
	// NRP is the personnel number of a Bhabinkamtibmas or a Babinsa.
	NRP NRP `json:"nrp,omitzero"`
	// Phone is the partner's phone number, if known.
	Phone membership.Phone `json:"phone,omitzero"`
	// Wadah is the ID of the wadah organisation an Agen Perisai works under.
	Wadah string `json:"wadah,omitempty"`
	// Certificate is an Agen Perisai's competence certificate.
	Certificate Certificate `json:"certificate,omitzero"`
	// Organisation is the kind of organisation a collection partner is.
	Organisation OrgKind `json:"organisation,omitzero"`
}

// Validate checks the partner on its own and returns every problem at once,
// as a problem.List with fields such as "nrp" and "certificate.valid_until",
// each wrapping [ErrInvalidPartner], [ErrInvalidNRP] or
// [ErrInvalidCertificate]. Whether its wadah exists is checked by
// [NewNetwork].
func (p Partner) Validate() error {
	var l problem.List
	l.Add(checkID("id", p.ID))
	if !p.Role.IsValid() {
		l.Add(problem.New(ErrUnknownRole, "role.unknown", "role", fmt.Sprint(uint8(p.Role)),
			"wajib diisi dengan peran yang dikenal", "is required and must be a known role"))
	}
	l.Add(checkName("name", p.Name))

	switch {
	case p.Role == Bhabinkamtibmas && !p.NRP.IsValid():
		l.Add(partnerError("partner.nrp_required", "nrp", "",
			"Bhabinkamtibmas wajib mempunyai NRP Polri", "a Bhabinkamtibmas must have a Polri NRP"))
	case p.Role == Bhabinkamtibmas:
		if _, err := ParseNRP(p.NRP.Digits(), Polri); err != nil {
			l.Add(err)
		}
	case p.Role == Babinsa && p.NRP.IsValid():
		if _, err := ParseNRP(p.NRP.Digits(), TNI); err != nil {
			l.Add(err)
		}
	case p.NRP.IsValid():
		l.Add(partnerError("partner.nrp_not_applicable", "nrp", p.NRP.String(),
			"hanya untuk Bhabinkamtibmas dan Babinsa", "only a Bhabinkamtibmas or a Babinsa carries one"))
	}

	if p.Role == Agent {
		if p.Wadah == "" {
			l.Add(partnerError("partner.wadah_required", "wadah", "",
				"Agen Perisai wajib bernaung di bawah wadah", "an Agen Perisai must work under a wadah"))
		} else {
			l.Add(checkID("wadah", p.Wadah))
		}
		if p.Certificate.IsZero() {
			l.Add(partnerError("partner.certificate_required", "certificate", "",
				"Agen Perisai wajib mempunyai sertifikat", "an Agen Perisai must hold a certificate"))
		} else {
			l.Add(p.Certificate.Check())
		}
	} else {
		if p.Wadah != "" {
			l.Add(partnerError("partner.wadah_not_applicable", "wadah", p.Wadah,
				"hanya Agen Perisai yang bernaung di bawah wadah", "only an Agen Perisai works under a wadah"))
		}
		if !p.Certificate.IsZero() {
			l.Add(partnerError("partner.certificate_not_applicable", "certificate", "",
				"hanya Agen Perisai yang memegang sertifikat Perisai", "only an Agen Perisai holds a Perisai certificate"))
		}
	}

	switch {
	case p.Role == CollectionPartner && !p.Organisation.IsValid():
		l.Add(partnerError("partner.organisation_required", "organisation", "",
			"mitra pemungut iuran wajib menyebut jenis lembaganya (bank, BUMDes, ...)",
			"a collection partner must give its kind of organisation (bank, BUMDes, ...)"))
	case p.Role != CollectionPartner && p.Organisation != 0:
		l.Add(partnerError("partner.organisation_not_applicable", "organisation", p.Organisation.String(),
			"jenis lembaga hanya untuk mitra pemungut iuran", "only a collection partner has a kind of organisation"))
	}
	return l.Err()
}

// String returns the partner's role and ID, "BABINSA BSA-3216-01", without
// its name or numbers.
func (p Partner) String() string { return p.Role.String() + " " + p.ID }

// Format writes [Partner.String] for every verb, so that fmt never prints
// the partner's name or numbers.
func (p Partner) Format(f fmt.State, verb rune) { formatMasked(f, verb, "Partner", p.String()) }

// LogValue returns the partner for log/slog without its name: the ID, the
// role, and the masked NRP and phone.
func (p Partner) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("id", p.ID), slog.String("role", p.Role.String())}
	if p.NRP.IsValid() {
		attrs = append(attrs, slog.String("nrp", p.NRP.String()))
	}
	if p.Phone.IsValid() {
		attrs = append(attrs, slog.String("phone", p.Phone.String()))
	}
	if p.Wadah != "" {
		attrs = append(attrs, slog.String("wadah", p.Wadah))
	}
	return slog.GroupValue(attrs...)
}

// Wadah is the organisation an Agen Perisai works under (a wadah or Kantor
// Perisai): a cooperative, a foundation, a company, a bank, a BUMDes, with a
// cooperation agreement with the local BPJS Ketenagakerjaan branch. It keeps
// a share of its agents' fees.
type Wadah struct {
	// ID is the caller's identifier for the wadah, like a partner's.
	ID string `json:"id"`
	// Name is the organisation's name, normalised like a partner's.
	Name string `json:"name"`
	// Kind is the kind of organisation.
	Kind OrgKind `json:"kind"`
	// Agreement is the number of the cooperation agreement (perjanjian
	// kerja sama) with the branch, if known.
	Agreement string `json:"agreement,omitempty"`
}

// Validate checks the wadah and returns every problem at once, wrapping
// [ErrInvalidPartner].
func (w Wadah) Validate() error {
	var l problem.List
	l.Add(checkID("id", w.ID))
	l.Add(checkName("name", w.Name))
	if !w.Kind.IsValid() {
		l.Add(partnerError("wadah.kind_required", "kind", "",
			"wajib diisi", "is required"))
	}
	if len(w.Agreement) > 100 || !isPrintable(w.Agreement) {
		l.Add(partnerError("wadah.agreement", "agreement", problem.Clip(w.Agreement),
			"paling panjang 100 karakter tanpa karakter kendali",
			"has at most 100 characters and no control characters"))
	}
	return l.Err()
}

// OrgKind is the kind of an organisation: a wadah or a collection partner.
// The zero OrgKind is invalid.
type OrgKind uint8

const (
	// Cooperative is a koperasi.
	Cooperative OrgKind = iota + 1
	// Foundation is a yayasan.
	Foundation
	// Company is a perusahaan (a limited company or another business).
	Company
	// Bank is a bank.
	Bank
	// BUMDes is a Badan Usaha Milik Desa, a village-owned enterprise.
	BUMDes
	// OtherOrg is any other organisation.
	OtherOrg
)

// orgKinds is the table of the kinds of organisation: their codes, names
// and the Indonesian words ParseOrgKind accepts.
var orgKinds = enum.New(codeKey, []enum.Def[OrgKind, struct{}]{
	{Value: Cooperative, Code: "COOPERATIVE", ID: "koperasi", EN: "cooperative", Aliases: []string{"KOPERASI"}},
	{Value: Foundation, Code: "FOUNDATION", ID: "yayasan", EN: "foundation", Aliases: []string{"YAYASAN"}},
	{Value: Company, Code: "COMPANY", ID: "perusahaan", EN: "company", Aliases: []string{"PERUSAHAAN"}},
	{Value: Bank, Code: "BANK", ID: "bank", EN: "bank"},
	{Value: BUMDes, Code: "BUMDES", ID: "badan usaha milik desa (BUMDes)", EN: "village-owned enterprise (BUMDes)"},
	{Value: OtherOrg, Code: "OTHER", ID: "lembaga lainnya", EN: "other organisation", Aliases: []string{"LAINNYA"}},
})

// OrgKinds returns every kind of organisation in order.
func OrgKinds() []OrgKind { return orgKinds.Values() }

// ParseOrgKind reads an organisation kind such as "BANK" or "BUMDES",
// ignoring case; the Indonesian "koperasi", "yayasan", "perusahaan" and
// "lainnya" are accepted too.
func ParseOrgKind(s string) (OrgKind, error) {
	if k, ok := orgKinds.Lookup(s); ok {
		return k, nil
	}
	return 0, problem.New(ErrUnknownKind, "organisation.unknown", "organisation", problem.Clip(s),
		"jenis lembaga tidak dikenal", "unknown kind of organisation")
}

// IsValid reports whether k is one of the kinds.
func (k OrgKind) IsValid() bool { return orgKinds.Valid(k) }

// String returns the kind's code, such as "BUMDES", or "" when invalid.
func (k OrgKind) String() string { return orgKinds.Code(k) }

// Name returns the kind's name in the given language, or "" when invalid.
func (k OrgKind) Name(l problem.Lang) string { return orgKinds.Name(k, l) }

// MarshalText encodes the kind as its code.
func (k OrgKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind as [ParseOrgKind] reads it.
func (k *OrgKind) UnmarshalText(b []byte) error {
	v, err := ParseOrgKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// checkID reports an identifier that is empty, longer than 64 bytes, or has
// a character other than printable ASCII without spaces.
func checkID(field, id string) error {
	ok := id != "" && len(id) <= 64
	for i := 0; ok && i < len(id); i++ {
		ok = id[i] > ' ' && id[i] < 0x7f
	}
	if ok {
		return nil
	}
	return partnerError("partner.id", field, problem.Clip(id),
		"kode wajib diisi, 1–64 karakter ASCII tanpa spasi", "an identifier is required: 1 to 64 ASCII characters without spaces")
}

// checkName reports a name that is empty, too long, not valid UTF-8 or not
// in the form membership.NormalizeName gives.
func checkName(field, name string) error {
	switch {
	case name == "":
		return partnerError("partner.name_required", field, "", "wajib diisi", "is required")
	case !utf8.ValidString(name) || !isPrintable(name) || name != membership.NormalizeName(name):
		return partnerError("partner.name_form", field, "",
			"nama berisi karakter kendali atau belum dinormalkan; gunakan membership.NormalizeName",
			"the name has control characters or is not normalised; use membership.NormalizeName")
	case utf8.RuneCountInString(name) > 100:
		return partnerError("partner.name_length", field, "", "nama paling panjang 100 karakter", "a name has at most 100 characters")
	}
	return nil
}

func isPrintable(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) {
			return false
		}
	}
	return true
}

func partnerError(code problem.Code, field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidPartner, code, field, value, id, en)
}
