package partner

import (
	"fmt"
	"iter"
	"strings"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/problem"
)

// Capability is one thing a partner may do for the coverage of village
// workers. The role policy ([Params.Capabilities]) says which capabilities
// each role has on each day. The zero Capability is invalid.
type Capability uint8

// The capabilities, in the order of the work: reaching workers, bringing them
// in, keeping their contributions paid, checking and reporting.
const (
	// Socialise is holding socialisation events that tell village workers
	// about the programs (sosialisasi).
	Socialise Capability = iota + 1
	// Educate is teaching workers one by one or in small groups how the
	// programs work and what they pay out (edukasi).
	Educate
	// Refer is sending a worker to someone who can register them (rujukan).
	Refer
	// Register is registering a worker as a participant (pendaftaran).
	Register
	// Collect is collecting contributions from participants and paying them
	// in (pengumpulan iuran). It means handling the participants' money.
	Collect
	// PayOnBehalf is paying participants' contributions from one's own
	// budget: the village from its APBDes, the regency from its APBD.
	PayOnBehalf
	// Verify is checking participant data against the population register
	// and BPJS records (verifikasi data).
	Verify
	// Report is reporting activity and coverage to the branch or the
	// regency (pelaporan).
	Report
)

// capabilities is the table of the capabilities: their codes and names. A
// capability's policy is the set of roles that hold it in [DefaultParams];
// the capability's table test fails when no role does.
var capabilities = enum.New(codeKey, []enum.Def[Capability, struct{}]{
	{Value: Socialise, Code: "SOCIALISE", ID: "menyosialisasikan program", EN: "socialise the programs"},
	{Value: Educate, Code: "EDUCATE", ID: "mengedukasi pekerja", EN: "educate workers"},
	{Value: Refer, Code: "REFER", ID: "merujuk pekerja", EN: "refer workers"},
	{Value: Register, Code: "REGISTER", ID: "mendaftarkan peserta", EN: "register participants"},
	{Value: Collect, Code: "COLLECT", ID: "memungut iuran", EN: "collect contributions"},
	{Value: PayOnBehalf, Code: "PAY_ON_BEHALF", ID: "membayar iuran atas nama peserta", EN: "pay contributions on behalf of participants"},
	{Value: Verify, Code: "VERIFY", ID: "memverifikasi data", EN: "verify data"},
	{Value: Report, Code: "REPORT", ID: "melapor", EN: "report"},
})

// Capabilities returns every capability in order.
func Capabilities() []Capability { return capabilities.Values() }

// ParseCapability reads a capability code such as "REFER" or
// "PAY_ON_BEHALF", ignoring case and surrounding spaces.
func ParseCapability(s string) (Capability, error) {
	if c, ok := capabilities.Lookup(s); ok {
		return c, nil
	}
	return 0, problem.New(ErrUnknownCapability, "capability.unknown", "capability", problem.Clip(s),
		"tidak dikenal", "unknown")
}

// IsValid reports whether c is one of the capabilities.
func (c Capability) IsValid() bool { return capabilities.Valid(c) }

// String returns the capability's code, such as "COLLECT", or "" when
// invalid.
func (c Capability) String() string { return capabilities.Code(c) }

// Name describes the capability in the given language, as a verb phrase:
// "memungut iuran", "collect contributions".
func (c Capability) Name(l problem.Lang) string {
	if !c.IsValid() {
		return fmt.Sprintf("Capability(%d)", uint8(c))
	}
	return capabilities.Name(c, l)
}

// MarshalText encodes the capability as its code.
func (c Capability) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, problem.New(ErrUnknownCapability, "capability.unknown", "capability", fmt.Sprint(uint8(c)),
			"tidak dikenal", "unknown")
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes a capability code.
func (c *Capability) UnmarshalText(b []byte) error {
	v, err := ParseCapability(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// CapabilitySet is a set of capabilities, such as SOCIALISE+EDUCATE+REFER.
// The zero CapabilitySet is empty. It is a small value: compare sets with ==.
type CapabilitySet uint16

// CapabilitiesOf returns the set holding the given capabilities; invalid
// ones are ignored.
func CapabilitiesOf(cs ...Capability) CapabilitySet {
	var s CapabilitySet
	for _, c := range cs {
		s = s.With(c)
	}
	return s
}

// ParseCapabilitySet reads capabilities separated by "+", "," or spaces,
// such as "SOCIALISE+REFER". Every unknown code is reported; a repeated
// capability is accepted once. Empty text gives the empty set.
func ParseCapabilitySet(s string) (CapabilitySet, error) {
	var set CapabilitySet
	var l problem.List
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '+' || r == ',' || r == ' ' }) {
		c, err := ParseCapability(part)
		if err != nil {
			l.Add(err)
			continue
		}
		set = set.With(c)
	}
	if err := l.Err(); err != nil {
		return 0, err
	}
	return set, nil
}

// Has reports whether c is in the set.
func (s CapabilitySet) Has(c Capability) bool { return c.IsValid() && s&(1<<c) != 0 }

// With returns the set with c added; an invalid c changes nothing.
func (s CapabilitySet) With(c Capability) CapabilitySet {
	if !c.IsValid() {
		return s
	}
	return s | 1<<c
}

// Without returns the set with c removed.
func (s CapabilitySet) Without(c Capability) CapabilitySet {
	if !c.IsValid() {
		return s
	}
	return s &^ (1 << c)
}

// IsEmpty reports whether the set holds no capability.
func (s CapabilitySet) IsEmpty() bool { return s.valid() == 0 }

// Len returns the number of capabilities in the set.
func (s CapabilitySet) Len() int {
	n := 0
	for range s.All() {
		n++
	}
	return n
}

// All yields the capabilities of the set in order.
func (s CapabilitySet) All() iter.Seq[Capability] {
	return func(yield func(Capability) bool) {
		for c := range capabilities.All() {
			if s.Has(c) && !yield(c) {
				return
			}
		}
	}
}

// String returns the set as "SOCIALISE+EDUCATE+REFER", or "" when empty.
func (s CapabilitySet) String() string {
	var b strings.Builder
	for c := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(c.String())
	}
	return b.String()
}

// MarshalText encodes the set as "SOCIALISE+REFER".
func (s CapabilitySet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a set written as [ParseCapabilitySet] reads it.
func (s *CapabilitySet) UnmarshalText(b []byte) error {
	v, err := ParseCapabilitySet(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// valid returns the set without bits that stand for no capability.
func (s CapabilitySet) valid() CapabilitySet { return s & allCapabilities }

// allCapabilities is the set of every capability of the table.
var allCapabilities = CapabilitiesOf(Capabilities()...)
