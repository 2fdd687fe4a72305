package wilayah

import (
	"compress/gzip"
	_ "embed" // for the embedded list
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// embedded is the 2025 list in the form internal/wilayahgen writes.
//
//go:embed wilayah.tsv.gz
var embedded string

// maxName is the longest name a Directory holds, in bytes. The longest in
// the 2025 list has 44.
const maxName = 255

// Directory is Kemendagri's list of areas: every province, regency and
// city, district and village with its code and name, in code order. It
// implements [region.Directory] and [region.Sourced], so it can be given to
// anything that takes a region.Directory.
//
// A Directory is built once, by [Default] or [New], and read-only
// afterwards: it is safe for concurrent use. Lookups by code ([Directory.Name],
// [Directory.Lookup], [Directory.Chain], [Directory.Kind]) do not allocate.
type Directory struct {
	codes []region.Code // sorted, unique
	start []uint32      // name of codes[i] is text[start[i] : start[i]+uint32(size[i])]
	size  []uint8
	end   []int32          // codes[i+1 : end[i]] lie within codes[i]
	up    []int32          // index of the parent of codes[i], or -1 for a province
	sub   []uint32         // district*10000 + village part of codes[i]; 0 for a province or regency
	top   *[100][100]int32 // 1 + index of province p (top[p][0]) and regency p.r (top[p][r]); 0 for none
	text  string
	ed    Edition
	count [region.Village + 1]int

	searchOnce sync.Once
	keys       []key  // search index, sorted by text
	keyText    string // the texts of keys
}

var (
	_ region.Directory = (*Directory)(nil)
	_ region.Sourced   = (*Directory)(nil)
)

var loadDefault = sync.OnceValues(func() (*Directory, error) { return decode(embedded, Edition2025) })

// Default returns the embedded 2025 list ([Edition2025]). It is decoded on
// first use, which takes some tens of milliseconds and about 3.6 MB of
// memory, and shared afterwards.
//
// Default panics if the embedded copy is corrupt, which the package's tests
// rule out; [Embedded] returns the error instead.
func Default() *Directory {
	d, err := loadDefault()
	if err != nil {
		panic("wilayah: embedded list is corrupt: " + err.Error())
	}
	return d
}

// Embedded is like [Default] but returns an error, rather than panicking,
// should the embedded copy be corrupt.
func Embedded() (*Directory, error) { return loadDefault() }

// decode reads the form internal/wilayahgen writes.
func decode(gz string, ed Edition) (*Directory, error) {
	zr, err := gzip.NewReader(strings.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("wilayah: %w", err)
	}
	// The gzip trailer ends with the size of the text, which the text
	// should not exceed; it is read up to a bound whatever the trailer says.
	var text strings.Builder
	if n := len(gz); n >= 4 {
		size := uint32(gz[n-4]) | uint32(gz[n-3])<<8 | uint32(gz[n-2])<<16 | uint32(gz[n-1])<<24
		text.Grow(int(min(size, maxText)))
	}
	if _, err := io.Copy(&text, io.LimitReader(zr, maxText)); err != nil {
		return nil, fmt.Errorf("wilayah: %w", err)
	}
	b := &builder{d: &Directory{text: text.String(), ed: ed}}
	if _, rest, ok := strings.Cut(b.d.text, "\n# areas: "); ok {
		if n, err := strconv.Atoi(rest[:strings.IndexByte(rest+"\n", '\n')]); err == nil && n > 0 && n < maxText/4 {
			b.grow(n)
		}
	}
	src := b.d.text
	for pos, line := 0, 1; pos < len(src); line++ {
		s := src[pos:]
		next := len(src)
		if nl := strings.IndexByte(s, '\n'); nl >= 0 {
			s, next = s[:nl], pos+nl+1
		}
		if s != "" && s[0] != '#' {
			if err := b.line(s, uint32(pos)); err != nil {
				return nil, fmt.Errorf("wilayah: line %d: %w", line, err)
			}
		}
		pos = next
	}
	return b.finish(), nil
}

// maxText bounds the decoded text of a list, ten times the 2025 list's.
const maxText = 20 << 20

// grow makes room for n areas.
func (b *builder) grow(n int) {
	d := b.d
	d.codes = slices.Grow(d.codes, n)
	d.start = slices.Grow(d.start, n)
	d.size = slices.Grow(d.size, n)
	d.end = slices.Grow(d.end, n)
	d.up = slices.Grow(d.up, n)
	d.sub = slices.Grow(d.sub, n)
}

// builder assembles a Directory from lines in code order.
type builder struct {
	d     *Directory
	parts [4]string // digits of the current code at each depth
	stack []int32   // indices of the open ancestors
	buf   [13]byte
}

// line adds one line "...2001\tName" found at offset off of the text.
func (b *builder) line(s string, off uint32) error {
	depth := 0
	for depth < len(s) && s[depth] == '.' {
		depth++
	}
	part, name, ok := strings.Cut(s[depth:], "\t")
	if !ok || depth > 3 || name == "" || len(name) > maxName {
		return fmt.Errorf("malformed entry %.40q", s)
	}
	if depth > len(b.stack) {
		return fmt.Errorf("entry %.40q has no parent", s)
	}
	b.parts[depth] = part
	code := b.buf[:0]
	for i := 0; i <= depth; i++ {
		code = append(code, b.parts[i]...)
	}
	c, err := region.Parse(string(code))
	if err != nil || c.Level() != region.Level(depth+1) {
		return fmt.Errorf("bad code in %.40q", s)
	}
	d := b.d
	if n := len(d.codes); n > 0 && d.codes[n-1].Compare(c) >= 0 {
		return fmt.Errorf("code %s out of order", c)
	}
	b.close(depth)
	b.add(c, off+uint32(depth+len(part)+1), len(name))
	return nil
}

// add appends the area c, whose name has size bytes at offset off of the
// text; the open areas are its ancestors.
func (b *builder) add(c region.Code, off uint32, size int) {
	d := b.d
	i := int32(len(d.codes))
	up := int32(-1)
	if n := len(b.stack); n > 0 {
		up = b.stack[n-1]
	}
	d.codes = append(d.codes, c)
	d.start = append(d.start, off)
	d.size = append(d.size, uint8(size))
	d.end = append(d.end, 0)
	d.up = append(d.up, up)
	if d.top == nil {
		d.top = new([100][100]int32)
	}
	p, r, sub := parts(c)
	if c.Level() <= region.Regency {
		d.top[p][r] = i + 1
		sub = 0
	}
	d.sub = append(d.sub, sub)
	d.count[c.Level()]++
	b.stack = append(b.stack, i)
}

// close ends every open area at depth or deeper.
func (b *builder) close(depth int) {
	for len(b.stack) > depth {
		b.d.end[b.stack[len(b.stack)-1]] = int32(len(b.d.codes))
		b.stack = b.stack[:len(b.stack)-1]
	}
}

func (b *builder) finish() *Directory {
	b.close(0)
	return b.d
}

// New builds a Directory from another list of areas: an older or newer
// edition, or a local list. entries may come in any order; ed says what the
// list is.
//
// The list is checked as a whole with [region.CheckList] and every problem
// is reported at once, as a [problem.List] naming each code: a code given
// twice, an empty name, a village whose district is missing, a district
// whose regency is missing. Names are trimmed and runs of white space made
// one space. A province that the list does not give takes its name from
// region's table of provinces, so that every code of the list has its whole
// chain.
func New(entries []region.Entry, ed Edition) (*Directory, error) {
	all := func(yield func(region.Code, string) bool) {
		for _, e := range entries {
			if !yield(e.Code, e.Name) {
				return
			}
		}
	}
	if err := region.CheckList(all); err != nil {
		return nil, err
	}
	es := make([]region.Entry, 0, len(entries)+38)
	have := make(map[region.Code]bool, 38)
	var probs problem.List
	for i, e := range entries {
		name := strings.Join(strings.Fields(e.Name), " ")
		if len(name) > maxName {
			probs = append(probs, errNameTooLong(e.Code, fmt.Sprintf("[%d].name", i)))
			continue
		}
		es = append(es, region.Entry{Code: e.Code, Name: name})
		if e.Code.Level() == region.Province {
			have[e.Code] = true
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	for _, p := range region.Provinces() {
		if !have[p.Code] {
			es = append(es, p)
		}
	}
	slices.SortFunc(es, func(a, b region.Entry) int { return a.Code.Compare(b.Code) })
	var text strings.Builder
	for _, e := range es {
		text.WriteString(e.Name)
	}
	d := &Directory{text: text.String(), ed: ed}
	b := &builder{d: d}
	b.grow(len(es))
	off := uint32(0)
	for _, e := range es {
		depth := int(e.Code.Level()) - 1
		b.close(depth)
		b.add(e.Code, off, len(e.Name))
		off += uint32(len(e.Name))
	}
	return b.finish(), nil
}

// FromTable builds a Directory from a [region.Table], such as one
// [region.LoadCSV] read from a file, checking it as [New] does. Since a
// table holds its entries in code order, not in the order of its file, the
// field of each problem is "code", and its value names the code.
func FromTable(t *region.Table, ed Edition) (*Directory, error) {
	var es []region.Entry
	for c, name := range t.All() {
		es = append(es, region.Entry{Code: c, Name: name})
	}
	d, err := New(es, ed)
	if err != nil {
		var list problem.List
		if errors.As(err, &list) {
			out := make(problem.List, len(list))
			for i, p := range list {
				c := *p
				c.Field = "code"
				out[i] = &c
			}
			return nil, out
		}
		return nil, err
	}
	return d, nil
}

// LoadCSV reads a replacement list from a names file, as [region.LoadCSV]
// reads it ("code,name" rows; a code given twice is reported with its
// lines), and builds a Directory from it as [FromTable] does (a village
// whose district is missing is reported with its code).
func LoadCSV(r io.Reader, ed Edition) (*Directory, error) {
	t, err := region.LoadCSV(r)
	if err != nil {
		return nil, err
	}
	return FromTable(t, ed)
}

// parts returns the province and regency parts of a valid code (0 for a
// province's regency) and, below them, district*10000 + village. It reads
// them from the code's dotted form, written on the stack.
func parts(c region.Code) (prov, reg int, sub uint32) {
	var buf [13]byte
	b, _ := c.AppendText(buf[:0])
	num := func(s []byte) int {
		n := 0
		for _, ch := range s {
			n = n*10 + int(ch-'0')
		}
		return n
	}
	if len(b) >= 2 {
		prov = num(b[0:2])
	}
	if len(b) >= 5 {
		reg = num(b[3:5])
	}
	if len(b) >= 8 {
		sub = uint32(num(b[6:8])) * 10000
	}
	if len(b) == 13 {
		sub += uint32(num(b[9:13]))
	}
	return prov, reg, sub
}

// index returns the position of c in d.codes, or -1. A province or regency
// is found in d.top; a district or village by a binary search among the
// areas of its regency, a few hundred on average.
func (d *Directory) index(c region.Code) int {
	if d == nil || !c.IsValid() || d.top == nil {
		return -1
	}
	p, r, sub := parts(c)
	ri := int(d.top[p][r]) - 1
	if ri < 0 {
		return -1
	}
	if c.Level() <= region.Regency {
		return ri
	}
	lo, hi := ri+1, int(d.end[ri])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.sub[m] < sub {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < int(d.end[ri]) && d.sub[lo] == sub {
		return lo
	}
	return -1
}

func (d *Directory) name(i int) string {
	s := d.start[i]
	return d.text[s : s+uint32(d.size[i])]
}

func (d *Directory) entry(i int) region.Entry {
	return region.Entry{Code: d.codes[i], Name: d.name(i)}
}

// Name returns the name of the area with code c as the list gives it
// ("Kabupaten Bekasi", "Tarumajaya"), and false when the list has no such
// area. It implements [region.Directory].
func (d *Directory) Name(c region.Code) (string, bool) {
	i := d.index(c)
	if i < 0 {
		return "", false
	}
	return d.name(i), true
}

// Lookup returns the entry of the area with code c, and false when the list
// has no such area.
func (d *Directory) Lookup(c region.Code) (region.Entry, bool) {
	i := d.index(c)
	if i < 0 {
		return region.Entry{}, false
	}
	return d.entry(i), true
}

// Has reports whether the list has the area with code c.
func (d *Directory) Has(c region.Code) bool { return d.index(c) >= 0 }

// Kind returns whether a listed village is a desa, a kelurahan or a desa
// adat, as its code in the list says, and false when c is not a village of
// the list.
func (d *Directory) Kind(c region.Code) (region.VillageKind, bool) {
	if c.Level() != region.Village || d.index(c) < 0 {
		return 0, false
	}
	return c.VillageKind(), true
}

// Children yields the areas directly within c in code order: the regencies
// and cities of a province, the districts of a regency, the villages of a
// district; for the zero Code, the provinces. It yields nothing for a
// village or a code the list does not have.
func (d *Directory) Children(c region.Code) iter.Seq2[region.Code, string] {
	return func(yield func(region.Code, string) bool) {
		from, to := d.within(c)
		if from < 0 {
			return
		}
		if c.IsValid() {
			from++
		}
		for i := from; i < to; i = int(d.end[i]) {
			if !yield(d.codes[i], d.name(i)) {
				return
			}
		}
	}
}

// within returns the range of d.codes that lies within c, c included, or
// the whole list for the zero Code; from is -1 when c is not listed.
func (d *Directory) within(c region.Code) (from, to int) {
	if d == nil {
		return -1, -1
	}
	if !c.IsValid() {
		return 0, len(d.codes)
	}
	i := d.index(c)
	if i < 0 {
		return -1, -1
	}
	return i, int(d.end[i])
}

// All yields every area of the list in code order, each right before the
// areas it contains.
func (d *Directory) All() iter.Seq2[region.Code, string] {
	return func(yield func(region.Code, string) bool) {
		if d == nil {
			return
		}
		for i := range d.codes {
			if !yield(d.codes[i], d.name(i)) {
				return
			}
		}
	}
}

// Len returns the number of areas in the list.
func (d *Directory) Len() int {
	if d == nil {
		return 0
	}
	return len(d.codes)
}

// Count returns the number of areas of level l in the list: 38 provinces,
// 514 regencies and cities, 7,285 districts and 83,762 villages in the 2025
// list.
func (d *Directory) Count(l region.Level) int {
	if d == nil || l < region.Province || l > region.Village {
		return 0
	}
	return d.count[l]
}

// Edition returns what list d is.
func (d *Directory) Edition() Edition {
	if d == nil {
		return Edition{}
	}
	return d.ed
}

// Source returns d's edition as the region package cites an instrument. It
// implements [region.Sourced], so that [region.CheckCode] and
// [region.CheckIssuingDistrict] name the edition in their messages.
func (d *Directory) Source() region.Source { return d.Edition().Source() }
