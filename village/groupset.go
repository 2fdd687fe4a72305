package village

import (
	"strings"

	"github.com/desasadar/jamsos/problem"
)

// GroupSet is a set of groups, such as the groups a funding source may pay
// for. The zero GroupSet is empty. It encodes as text as the group names
// joined by "+" ("cash_for_work+informal"), "none" for the empty set; "all"
// is read as every group.
type GroupSet uint16

// SetOfGroups returns the set of the given groups; invalid groups are left
// out.
func SetOfGroups(gs ...Group) GroupSet {
	var s GroupSet
	for _, g := range gs {
		if g.IsValid() {
			s |= 1 << g
		}
	}
	return s
}

// AllGroups is the set of every group.
var AllGroups = SetOfGroups(Groups...)

// Has reports whether g is in s.
func (s GroupSet) Has(g Group) bool { return g.IsValid() && s&(1<<g) != 0 }

// IsEmpty reports whether s has no group.
func (s GroupSet) IsEmpty() bool { return s == 0 }

// String returns the set as text: "head+secretary", "none" when empty.
func (s GroupSet) String() string {
	var b strings.Builder
	for g := range groups.All() {
		if s.Has(g) {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(g.String())
		}
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

// Labels returns the groups of s for people, joined by commas.
func (s GroupSet) Labels(l problem.Lang) string {
	if s&AllGroups == AllGroups {
		if l == problem.English {
			return "every group"
		}
		return "semua kelompok"
	}
	var names []string
	for g := range groups.All() {
		if s.Has(g) {
			names = append(names, g.Label(l))
		}
	}
	if len(names) == 0 {
		if l == problem.English {
			return "no group"
		}
		return "tidak ada kelompok"
	}
	return strings.Join(names, ", ")
}

// MarshalText encodes the set as [GroupSet.String] writes it.
func (s GroupSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads group names joined by "+" or ",", or "all" or
// "none".
func (s *GroupSet) UnmarshalText(b []byte) error {
	t := strings.TrimSpace(string(b))
	switch strings.ToLower(t) {
	case "all", "semua":
		*s = AllGroups
		return nil
	case "none", "", "tidak_ada":
		*s = 0
		return nil
	}
	var v GroupSet
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '+' || r == ',' }) {
		g, err := ParseGroup(part)
		if err != nil {
			return err
		}
		v |= SetOfGroups(g)
	}
	*s = v
	return nil
}
