package jamsostest

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"testing"
	"time"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// A request the generators cannot meet as asked is a typed error with a
// stable code, never a different dataset.
func TestBadRequests(t *testing.T) {
	g := func() *Generator { return MustNew(9, Options{}) }
	date := regulation.MustDate
	cases := []struct {
		name string
		code problem.Code
		run  func() error
	}{
		{"a district the places do not hold", "jamsostest.unknown_district", func() error {
			_, err := g().NIK(NIKSpec{District: region.MustParse("32.16.02")})
			return err
		}},
		{"a village code where a district belongs", "jamsostest.district", func() error {
			_, err := g().NIK(NIKSpec{District: region.MustParse("32.16.01.2001")})
			return err
		}},
		{"a birth date after the year: ParseNIK would read it a century early", "jamsostest.birth_date", func() error {
			_, err := g().NIK(NIKSpec{Birth: date(2027, time.January, 1)})
			return err
		}},
		{"a birth date 100 years before the year: ParseNIK would read it a century late", "jamsostest.birth_date", func() error {
			_, err := g().NIK(NIKSpec{Birth: date(1926, time.December, 31)})
			return err
		}},
		{"a serial above 9999", "jamsostest.serial", func() error {
			_, err := g().NIK(NIKSpec{Serial: 10000})
			return err
		}},
		{"an unknown sex", "jamsostest.sex", func() error {
			_, err := g().NIK(NIKSpec{Sex: 3})
			return err
		}},
		{"a negative size", "jamsostest.size", func() error { _, err := g().NIKs(-1); return err }},
		{"a size beyond MaxItems", "jamsostest.size", func() error { _, err := g().Roster(RosterSpec{Size: MaxItems + 1}); return err }},
		{"too many agents", "jamsostest.size", func() error { _, err := g().Network(NetworkSpec{Agents: MaxAgents + 1}); return err }},
		{"a NIK fault that does not exist", "jamsostest.unknown_fault", func() error { _, err := g().InvalidNIK("checksum"); return err }},
		{"no NIK fault", "jamsostest.no_fault", func() error { _, err := g().InvalidNIK(); return err }},
		{"two NIK faults of the birth date", "jamsostest.fault_conflict", func() error {
			_, err := g().InvalidNIK(NIKBirthDayGap, NIKLeapDay)
			return err
		}},
		{"a length fault with another (ParseNIK stops at the length)", "jamsostest.fault_conflict", func() error {
			_, err := g().InvalidNIK(NIKLength, NIKSerial)
			return err
		}},
		{"a registration fault that does not exist", "jamsostest.unknown_fault", func() error {
			_, err := g().InvalidRegistration(RegistrationSpec{}, "bad_programs")
			return err
		}},
		{"no segment and a program not allowed (the check needs the segment)", "jamsostest.fault_conflict", func() error {
			_, err := g().InvalidRegistration(RegistrationSpec{}, RegSegmentMissing, RegProgramNotAllowed)
			return err
		}},
		{"a JSON fault with a value fault", "jamsostest.fault_conflict", func() error {
			_, err := g().InvalidRegistration(RegistrationSpec{}, RegUnknownField, RegPayerMissing)
			return err
		}},
		{"a BPU fault for a PU registration", "jamsostest.fault_segment", func() error {
			_, err := g().InvalidRegistration(RegistrationSpec{Participant: ParticipantSpec{Segment: membership.PU}}, RegProgramNotAllowed)
			return err
		}},
		{"an unknown phone form", "jamsostest.phone_form", func() error { _, _, err := g().Phone("fax"); return err }},
		{"an unknown KPJ fault", "jamsostest.unknown_fault", func() error { _, err := g().InvalidKPJ("checksum"); return err }},
		{"an unknown phone fault", "jamsostest.unknown_fault", func() error { _, err := g().InvalidPhone("operator"); return err }},
		{"a kelurahan for a village roster", "jamsostest.not_desa", func() error {
			_, err := g().Roster(RosterSpec{Village: region.MustParse("32.16.01.1007")})
			return err
		}},
		{"a village the places do not hold", "jamsostest.unknown_village", func() error {
			_, err := g().Roster(RosterSpec{Village: region.MustParse("32.16.01.2099")})
			return err
		}},
		{"Dana Desa alone for the officials in 2026 (PU paid by Dana Desa is not allowed)", "jamsostest.no_source", func() error {
			_, err := g().Roster(RosterSpec{Size: 3, Sources: []village.Source{village.DanaDesa}})
			return err
		}},
		{"a year before MinYear", "jamsostest.year", func() error { _, err := New(1, Options{Year: 2023}); return err }},
		{"a year past the contribution parameters", "jamsostest.year", func() error { _, err := New(1, Options{Year: 2100}); return err }},
		{"places without a desa", "jamsostest.no_desa", func() error {
			_, err := NewPlaces(func(yield func(region.Code, string) bool) { yield(region.MustParse("31.71.01"), "Gambir") })
			return err
		}},
		{"a village whose district is missing", "jamsostest.orphan_village", func() error {
			_, err := NewPlaces(func(yield func(region.Code, string) bool) {
				_ = yield(region.MustParse("32.16.01"), "Tarumajaya") && yield(region.MustParse("32.16.02.2001"), "Bunibakti")
			})
			return err
		}},
		{"an unknown kind of sample", "jamsostest.kind", func() error { return WriteSample(io.Discard, SampleRequest{Kind: "payroll", Format: "csv"}) }},
		{"an unknown format", "jamsostest.format", func() error { return WriteSample(io.Discard, SampleRequest{Kind: "rosters", Format: "xlsx"}) }},
		{"the corpus in CSV", "jamsostest.format", func() error { return WriteSample(io.Discard, SampleRequest{Kind: "corpus", Format: "csv"}) }},
		{"a size for the corpus", "jamsostest.size", func() error { return WriteSample(io.Discard, SampleRequest{Kind: "corpus", Format: "json", N: 5}) }},
		{"a negative size for a sample", "jamsostest.size", func() error { return WriteSample(io.Discard, SampleRequest{Kind: "rosters", Format: "csv", N: -5}) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.run()
			if !errors.Is(err, ErrInvalidSpec) {
				t.Fatalf("error %v does not wrap ErrInvalidSpec", err)
			}
			var codes []problem.Code
			for _, p := range ProblemsOf(err) {
				codes = append(codes, p.Code)
			}
			if !slices.Contains(codes, c.code) {
				t.Fatalf("codes %v, want %s", codes, c.code)
			}
		})
	}
}

// A rejected sample request writes nothing.
func TestBadSampleWritesNothing(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSample(&b, SampleRequest{Kind: "rosters", Format: "csv", Village: region.MustParse("31.71.01.1001"), N: 3}); err == nil || b.Len() > 0 {
		t.Fatalf("error %v, %d bytes written", err, b.Len())
	}
}

// Faults that set what the request gives, and start months outside the
// year, are refused.
func TestFaultsAgainstSpec(t *testing.T) {
	g := MustNew(10, Options{})
	for _, c := range []struct {
		spec   RegistrationSpec
		faults []RegFault
		code   problem.Code
	}{
		{RegistrationSpec{Start: regulation.MustMonth(2026, time.May)}, []RegFault{RegStartNoRule}, "jamsostest.fault_spec"},
		{RegistrationSpec{Participant: ParticipantSpec{NIK: NIKSpec{Birth: regulation.MustDate(1980, time.May, 1)}}}, []RegFault{RegJPAge}, "jamsostest.fault_spec"},
		{RegistrationSpec{Participant: ParticipantSpec{Scale: membership.Micro}}, []RegFault{RegJPAge}, "jamsostest.fault_spec"},
		{RegistrationSpec{Start: regulation.MustMonth(2025, time.May)}, nil, "jamsostest.start"},
	} {
		_, err := g.InvalidRegistration(c.spec, c.faults...)
		if got := ProblemsOf(err); len(got) != 1 || got[0].Code != c.code || !errors.Is(err, ErrInvalidSpec) {
			t.Errorf("%v: %v, want %s", c.faults, got, c.code)
		}
	}
	if _, err := g.InvalidRegistration(RegistrationSpec{Participant: ParticipantSpec{Scale: membership.Large}}, RegJPAge); err != nil {
		t.Errorf("jp_age for a large business: %v", err)
	}
}
