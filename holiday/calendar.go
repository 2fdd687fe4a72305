package holiday

import (
	"bytes"
	_ "embed"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// Kind says what sort of non-working day a listed day is.
type Kind uint8

const (
	// Holiday is a national holiday (hari libur nasional), including an
	// election day made a holiday by Keppres.
	Holiday Kind = iota + 1
	// CutiBersama is a collective leave day set by the yearly SKB; whether it
	// stops a due date is the [CutiBersamaParam] policy.
	CutiBersama
)

var kindCodes = [...]string{Holiday: "holiday", CutiBersama: "cuti_bersama"}
var kindNames = [...][2]string{Holiday: {"hari libur nasional", "national holiday"}, CutiBersama: {"cuti bersama", "collective leave day"}}

// String returns "holiday" or "cuti_bersama", as calendar files write it, or
// "" when invalid.
func (k Kind) String() string {
	if !k.IsValid() {
		return ""
	}
	return kindCodes[k]
}

// IsValid reports whether k is Holiday or CutiBersama.
func (k Kind) IsValid() bool { return k == Holiday || k == CutiBersama }

// Name returns the kind in the given language.
func (k Kind) Name(l problem.Lang) string {
	if !k.IsValid() {
		return ""
	}
	if l == problem.English {
		return kindNames[k][1]
	}
	return kindNames[k][0]
}

// MarshalText encodes the kind as its code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes "holiday" or "cuti_bersama" ("cuti bersama" too).
func (k *Kind) UnmarshalText(b []byte) error {
	v, ok := parseKind(string(b))
	if !ok {
		return problem.New(ErrInvalidFile, "holiday.kind", "kind", problem.Clip(string(b)),
			"harus holiday atau cuti_bersama", "must be holiday or cuti_bersama")
	}
	*k = v
	return nil
}

func parseKind(s string) (Kind, bool) {
	switch s {
	case "holiday":
		return Holiday, true
	case "cuti_bersama", "cuti bersama":
		return CutiBersama, true
	}
	return 0, false
}

// Day is one listed non-working day.
type Day struct {
	// Date is the day.
	Date regulation.Date `json:"date"`
	// Kind is a national holiday or a cuti bersama day.
	Kind Kind `json:"kind"`
	// Name is the day's name in Indonesian, as the decree gives it.
	Name string `json:"name"`
	// Citation is the decree that sets the day (its Instrument) and how well
	// the date was seen (its Confidence).
	Citation regulation.Citation `json:"citation"`
}

// NameIn returns the day's name for a reader of lang. The names of the
// built-in calendar are the decrees' own, in Indonesian; a few carry a note
// in English ("(added June 2017)", "(moved from 2022-07-09)"), which an
// Indonesian reader gets in Indonesian ("(ditambahkan Juni 2017)",
// "(digeser dari 2022-07-09)"). In English, and for a name with no such
// note, NameIn returns [Day.Name] as it is.
func (d Day) NameIn(lang problem.Lang) string {
	if lang != problem.English {
		if id, ok := namesID[d.Name]; ok {
			return id
		}
	}
	return d.Name
}

// Calendar is a list of non-working days for the years it covers, with the
// policy on cuti bersama. Build it with [Default], [New] or
// [Calendar.WithYears]; it is immutable and safe for concurrent use. A nil
// *Calendar knows weekends only and covers no year.
type Calendar struct {
	days   map[regulation.Date]Day
	years  map[int]bool
	policy *regulation.Timeline[Policy]
}

//go:embed holidays.csv
var builtin []byte

var defaultCalendar = sync.OnceValue(func() *Calendar {
	days, err := Read(bytes.NewReader(builtin))
	if err != nil {
		panic("holiday: the built-in calendar does not read: " + err.Error())
	}
	// The decrees holidays.csv describes in English get their Indonesian
	// wording (wording_id.go).
	for i, d := range days {
		days[i].Citation = d.Citation.WithIndonesian(instrumentsID[d.Citation.Instrument], "")
	}
	c, err := New(days)
	if err != nil {
		panic("holiday: the built-in calendar does not build: " + err.Error())
	}
	return c
})

// Default returns the built-in calendar: every national holiday and cuti
// bersama day of 2015 to 2027 from the embedded holidays.csv, with the
// default cuti bersama policy ([DefaultPolicy]). Every call returns the same
// immutable calendar.
func Default() *Calendar { return defaultCalendar() }

// New builds a calendar from a list of days, with the default policy. It
// covers each year that has at least one day in the list. Every problem is
// reported at once, wrapping [ErrInvalidFile], the field naming the day's
// index ("days[3].date"): a zero or duplicated date, an unknown kind, an
// empty name or an incomplete citation.
func New(days []Day) (*Calendar, error) {
	c := &Calendar{days: make(map[regulation.Date]Day, len(days)), years: make(map[int]bool), policy: DefaultPolicy()}
	if err := c.add(days, "days"); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Calendar) add(days []Day, prefix string) error {
	var l problem.List
	for i, d := range days {
		field := problem.Join(prefix, "["+itoa(i)+"]")
		l.Add(checkDay(d, field))
		if d.Date.IsZero() {
			continue
		}
		if _, dup := c.days[d.Date]; dup {
			l = append(l, problem.New(ErrInvalidFile, "holiday.duplicate", field+".date", d.Date.String(),
				"sudah tercantum", "listed twice"))
			continue
		}
		c.days[d.Date] = d
		c.years[d.Date.Year()] = true
	}
	return l.Err()
}

func checkDay(d Day, field string) error {
	var l problem.List
	if d.Date.IsZero() {
		l = append(l, problem.New(ErrInvalidFile, "holiday.date", field+".date", "",
			"wajib diisi", "is required"))
	}
	if !d.Kind.IsValid() {
		l = append(l, problem.New(ErrInvalidFile, "holiday.kind", field+".kind", d.Kind.String(),
			"harus holiday atau cuti_bersama", "must be holiday or cuti_bersama"))
	}
	if d.Name == "" {
		l = append(l, problem.New(ErrInvalidFile, "holiday.name", field+".name", "",
			"wajib diisi", "is required"))
	}
	if err := d.Citation.Check(); err != nil {
		var cl problem.List
		cl.Add(err)
		for _, e := range cl {
			c := *e
			c.Err = ErrInvalidFile
			l = append(l, c.WithField(field+".citation"))
		}
	}
	return l.Err()
}

// WithYears returns a calendar with the years of days put in: a year the
// calendar covers is replaced as a whole by the days of that year in the
// list, a year it does not cover is added, and every other year is kept.
// Problems in days are reported as by [New]; c is never changed.
func (c *Calendar) WithYears(days []Day) (*Calendar, error) {
	replace := make(map[int]bool)
	for _, d := range days {
		if !d.Date.IsZero() {
			replace[d.Date.Year()] = true
		}
	}
	n := &Calendar{days: make(map[regulation.Date]Day), years: make(map[int]bool), policy: c.Policy()}
	if c != nil {
		for d, day := range c.days {
			if !replace[d.Year()] {
				n.days[d] = day
			}
		}
		for y := range c.years {
			if !replace[y] {
				n.years[y] = true
			}
		}
	}
	if err := n.add(days, "days"); err != nil {
		return nil, err
	}
	return n, nil
}

// WithPolicy returns a calendar with the same days and policy p on cuti
// bersama, a timeline named [CutiBersamaParam] (see [DefaultPolicy]). A nil
// p stands for the default policy.
func (c *Calendar) WithPolicy(p *regulation.Timeline[Policy]) *Calendar {
	if p == nil {
		p = DefaultPolicy()
	}
	n := &Calendar{policy: p}
	if c != nil {
		n.days, n.years = c.days, c.years
	}
	return n
}

// Policy returns the calendar's cuti bersama policy.
func (c *Calendar) Policy() *regulation.Timeline[Policy] {
	if c == nil || c.policy == nil {
		return DefaultPolicy()
	}
	return c.policy
}

// Covers reports whether the calendar lists the holidays of year y. In a
// year it does not cover it knows weekends only.
func (c *Calendar) Covers(y int) bool { return c != nil && c.years[y] }

// Years returns the years the calendar covers, in order.
func (c *Calendar) Years() []int {
	if c == nil {
		return []int{}
	}
	return slices.Sorted(maps.Keys(c.years))
}

// Days returns the listed days of year y, in order of date.
func (c *Calendar) Days(y int) []Day {
	out := []Day{}
	if c == nil {
		return out
	}
	for d, day := range c.days {
		if d.Year() == y {
			out = append(out, day)
		}
	}
	slices.SortFunc(out, func(a, b Day) int { return a.Date.Compare(b.Date) })
	return out
}

// Lookup returns the listed day d, with its kind and decree, if d is one.
// A weekend that is no holiday is not listed.
func (c *Calendar) Lookup(d regulation.Date) (Day, bool) {
	if c == nil {
		return Day{}, false
	}
	day, ok := c.days[d]
	return day, ok
}

// IsWeekend reports whether d is a Saturday or a Sunday.
func IsWeekend(d regulation.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// IsWorkingDay reports whether d is a working day: not a weekend, not a
// listed holiday, and not a cuti bersama day unless the policy in force on
// d counts such days as working days.
func (c *Calendar) IsWorkingDay(d regulation.Date) bool {
	if IsWeekend(d) {
		return false
	}
	day, ok := c.Lookup(d)
	if !ok {
		return true
	}
	if day.Kind == CutiBersama {
		if e, ok := c.Policy().Find(d); ok && e.Value == CutiBersamaWorking {
			return true
		}
	}
	return false
}

// maxSkip bounds the walk of [Calendar.Next] and [Calendar.Previous]: no
// real calendar has a month of non-working days in a row.
const maxSkip = 366

// Next returns d when it is a working day, else the first working day after
// it, with the listed days it went past (weekends that are no holiday are
// not listed). A calendar whose days leave no working day within a year of
// d, which no real one does, gives d.
func (c *Calendar) Next(d regulation.Date) (regulation.Date, []Day) { return c.walk(d, 1) }

// Previous returns d when it is a working day, else the last working day
// before it, with the listed days it went past, latest first.
func (c *Calendar) Previous(d regulation.Date) (regulation.Date, []Day) { return c.walk(d, -1) }

func (c *Calendar) walk(d regulation.Date, step int) (regulation.Date, []Day) {
	var past []Day
	x := d
	for range maxSkip {
		if c.IsWorkingDay(x) {
			return x, past
		}
		if day, ok := c.Lookup(x); ok {
			past = append(past, day)
		}
		x = x.AddDays(step)
	}
	return d, nil
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
