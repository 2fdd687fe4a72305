package jamsostest

import (
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// ErrInvalidSpec means a request for test data cannot be met as asked: an
// unknown district, a birth date a NIK cannot carry, a size out of range, a
// fault or kind that does not exist, or faults that cannot be combined.
// Every error of this package is a *problem.Error, or a problem.List of
// them, wrapping it.
var ErrInvalidSpec = errors.New("jamsostest: invalid request for test data")

// MaxItems is the most items one call makes: 100,000 NIKs, enrolments,
// registrations or activities. A roster of that size is about 8 MiB of CSV,
// well inside what village.ReadCSV and partner.ReadActivitiesCSV read
// (32 MiB). A larger size is an error, never a smaller dataset.
const MaxItems = 100_000

// DefaultYear is the year the generators work in when [Options] gives none.
const DefaultYear = 2026

// MinYear is the first year [Options.Year] may name: from 15 February 2023
// every partner role the network generator uses (the Babinsa last) has its
// capabilities in partner.DefaultParams, so every later year is one whose
// rules every generator's output meets.
const MinYear = 2024

// streamKey is the second PCG seed word: the generators' stream for a seed
// s is rand.NewPCG(s, streamKey). It spells "jamsos" in ASCII.
const streamKey = 0x6a616d736f73

// Options says where and when the generators work. The zero Options is
// the default: the places of the full 2025 list ([DefaultPlaces]) and
// the year 2026.
type Options struct {
	// Places are the districts and villages NIKs, domiciles, rosters and
	// networks are drawn from; nil means [DefaultPlaces].
	Places *Places
	// Year is the year registrations start in, rosters plan for and
	// activities happen in; ages are counted at 1 January of it. Zero means
	// [DefaultYear]. It must lie from [MinYear] to the last year the
	// default contribution parameters cover in full (2027 in this release).
	Year int
}

// Generator makes test data from one seeded stream. The same seed and
// options give the same data, call for call, on every machine and Go
// version: the stream is a PCG (math/rand/v2, whose output is specified),
// and every draw from it is made by this package's own arithmetic, never by
// the global source or the order of a map.
//
// A Generator never hands out the same NIK (unless asked for a given
// serial) or KPJ twice. It is not safe for concurrent use: give each
// goroutine its own.
type Generator struct {
	src    *rand.PCG
	places *Places
	year   int
	first  regulation.Date // 1 January of year: ages are counted here
	last   regulation.Date // 31 December of year: NIKs are read against it
	niks   map[string]bool // digits handed out
	kpjs   map[string]bool
}

// New returns a generator for seed. It fails only when opts is out of
// range: a year outside [MinYear] and the last year of the contribution
// parameters.
func New(seed uint64, opts Options) (*Generator, error) {
	year := opts.Year
	if year == 0 {
		year = DefaultYear
	}
	last := lastYear()
	if year < MinYear || year > last {
		return nil, specError("jamsostest.year", "year", fmt.Sprint(year),
			fmt.Sprintf("harus %d sampai %d", MinYear, last),
			fmt.Sprintf("must be from %d to %d", MinYear, last))
	}
	places := opts.Places
	if places == nil {
		places = DefaultPlaces()
	}
	return &Generator{
		src:    rand.NewPCG(seed, streamKey),
		places: places,
		year:   year,
		first:  regulation.MustDate(year, time.January, 1),
		last:   regulation.MustDate(year, time.December, 31),
		niks:   make(map[string]bool),
		kpjs:   make(map[string]bool),
	}, nil
}

// MustNew is like [New] but panics when opts is out of range. It is meant
// for tests and examples.
func MustNew(seed uint64, opts Options) *Generator {
	g, err := New(seed, opts)
	if err != nil {
		panic(err)
	}
	return g
}

// lastYear is the last year the default contribution parameters cover to
// its December.
func lastYear() int {
	t := contribution.DefaultParams().Through
	if t.Month() == time.December {
		return t.Year()
	}
	return t.Year() - 1
}

// Year returns the year the generator works in.
func (g *Generator) Year() int { return g.year }

// Places returns the places the generator draws from.
func (g *Generator) Places() *Places { return g.places }

// intn returns a number from 0 to n-1 (n > 0), by Lemire's multiply-and-
// reject method on the PCG's 64-bit outputs, so that the mapping from the
// stream to numbers is this package's and cannot change with Go.
func (g *Generator) intn(n int) int {
	if n <= 1 {
		return 0
	}
	un := uint64(n)
	hi, lo := bits.Mul64(g.src.Uint64(), un)
	if lo < un {
		threshold := -un % un
		for lo < threshold {
			hi, lo = bits.Mul64(g.src.Uint64(), un)
		}
	}
	return int(hi)
}

// between returns a number from lo to hi, both included.
func (g *Generator) between(lo, hi int) int { return lo + g.intn(hi-lo+1) }

// chance returns true with probability num/den.
func (g *Generator) chance(num, den int) bool { return g.intn(den) < num }

// pick returns one element of xs, which must not be empty.
func pick[T any](g *Generator, xs []T) T { return xs[g.intn(len(xs))] }

// digits returns n random ASCII digits.
func (g *Generator) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.intn(10))
	}
	return string(b)
}

// checkSize reports a size outside 0..MaxItems.
func checkSize(field string, n int) error {
	if n < 0 || n > MaxItems {
		return specError("jamsostest.size", field, fmt.Sprint(n),
			fmt.Sprintf("harus 0 sampai %d", MaxItems),
			fmt.Sprintf("must be from 0 to %d", MaxItems))
	}
	return nil
}

func specError(code problem.Code, field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidSpec, code, field, value, id, en)
}
