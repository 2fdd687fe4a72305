package partner

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// CertificateNumber is the number of an Agen Perisai's competence
// certificate, issued after the Perisai training and exam (BPJS
// Ketenagakerjaan reported a BNSP certification licence for its agents in
// 2017). No official format was found, so any number of 4 to 40 characters
// is accepted: letters, digits, ".", "/", "-" and single
// spaces, with at least one digit. Letters are kept in upper case.
//
// A certificate number identifies its holder and is masked like an NRP,
// keeping its first and last three characters. The full number leaves only
// through [CertificateNumber.Text] and the text encoding used for storage.
//
// CertificateNumber is a small comparable value; the zero value means no
// number.
type CertificateNumber struct{ s string }

const (
	certMinLen = 4
	certMaxLen = 40
)

// ParseCertificateNumber reads a certificate number. Surrounding white space
// is ignored, runs of spaces inside become one, and letters are brought to
// upper case. Errors have field "certificate.number", the masked input as
// value, and wrap [ErrInvalidCertificate].
func ParseCertificateNumber(s string) (CertificateNumber, error) {
	norm := strings.ToUpper(strings.Join(strings.Fields(s), " "))
	digit := false
	for _, c := range []byte(norm) {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z', c == '.', c == '/', c == '-', c == ' ':
		default:
			return CertificateNumber{}, certError("certificate.syntax", "number", problem.MaskInput(s, 3),
				"hanya boleh berisi huruf, angka, titik, garis miring, tanda hubung dan spasi",
				"may only contain letters, digits, dots, slashes, hyphens and spaces")
		}
	}
	switch {
	case len(norm) < certMinLen || len(norm) > certMaxLen:
		return CertificateNumber{}, certError("certificate.length", "number", problem.MaskInput(s, 3),
			fmt.Sprintf("harus %d–%d karakter", certMinLen, certMaxLen),
			fmt.Sprintf("must have %d to %d characters", certMinLen, certMaxLen))
	case !digit:
		return CertificateNumber{}, certError("certificate.syntax", "number", problem.MaskInput(s, 3),
			"harus memuat angka", "must contain a digit")
	}
	return CertificateNumber{norm}, nil
}

// MustParseCertificateNumber is like [ParseCertificateNumber] but panics on
// a malformed number. It is meant for constants in programs and tests.
func MustParseCertificateNumber(s string) CertificateNumber {
	n, err := ParseCertificateNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

// IsValid reports whether n holds a number.
func (n CertificateNumber) IsValid() bool { return n.s != "" }

// Text returns the full number, or "" for the zero value. It identifies a
// person: never log it.
func (n CertificateNumber) Text() string { return n.s }

// String returns the number masked, "LSP••••••••019".
func (n CertificateNumber) String() string { return problem.Mask(n.s, 3) }

// Format writes the number masked for every verb.
func (n CertificateNumber) Format(f fmt.State, verb rune) {
	formatMasked(f, verb, "CertificateNumber", n.String())
}

// LogValue returns the number masked.
func (n CertificateNumber) LogValue() slog.Value { return slog.StringValue(n.String()) }

// MarshalText returns the full number: the storage encoding, used by JSON.
func (n CertificateNumber) MarshalText() ([]byte, error) { return []byte(n.s), nil }

// UnmarshalText reads a number as [ParseCertificateNumber] does; empty text
// gives the zero value.
func (n *CertificateNumber) UnmarshalText(b []byte) error {
	if len(strings.TrimSpace(string(b))) == 0 {
		*n = CertificateNumber{}
		return nil
	}
	v, err := ParseCertificateNumber(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// Certificate is an Agen Perisai's competence certificate: its number and
// the days it is valid. An agent may act only on days their certificate
// covers, from Issued to ValidUntil, both included.
type Certificate struct {
	// Number is the certificate's number.
	Number CertificateNumber `json:"number"`
	// Issued is the first day the certificate is valid.
	Issued regulation.Date `json:"issued"`
	// ValidUntil is the last day the certificate is valid.
	ValidUntil regulation.Date `json:"valid_until"`
}

// IsZero reports whether c is the zero Certificate, meaning none.
func (c Certificate) IsZero() bool { return c == Certificate{} }

// ActiveOn reports whether c is valid on d.
func (c Certificate) ActiveOn(d regulation.Date) bool {
	return c.Number.IsValid() && !c.Issued.IsZero() && !c.ValidUntil.IsZero() &&
		!d.Before(c.Issued) && !d.After(c.ValidUntil)
}

// Check reports what is wrong with c: a missing number, issue day or
// expiry day, or an expiry before the issue. Every problem is returned at
// once, with fields "number", "issued" and "valid_until", wrapping
// [ErrInvalidCertificate].
func (c Certificate) Check() error {
	var l problem.List
	if !c.Number.IsValid() {
		l.Add(certError("certificate.required", "number", "", "wajib diisi", "is required"))
	}
	if c.Issued.IsZero() {
		l.Add(certError("certificate.required", "issued", "", "wajib diisi", "is required"))
	}
	if c.ValidUntil.IsZero() {
		l.Add(certError("certificate.required", "valid_until", "", "masa berlaku sertifikat wajib diisi", "the last day the certificate is valid is required"))
	}
	if !c.Issued.IsZero() && !c.ValidUntil.IsZero() && c.ValidUntil.Before(c.Issued) {
		l.Add(certError("certificate.order", "valid_until", c.ValidUntil.String(),
			"sertifikat berakhir sebelum diterbitkan", "the certificate expires before it was issued"))
	}
	return l.Err()
}

// String describes c without its full number: "LSP••••••••019
// 2024-01-15..2027-01-14".
func (c Certificate) String() string {
	return fmt.Sprintf("%s %s..%s", c.Number, c.Issued, c.ValidUntil)
}

func certError(code problem.Code, field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidCertificate, code, problem.Join("certificate", field), value, id, en)
}
