package benefit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

// Text is a sentence in both languages of jamsos.
type Text struct {
	// ID is the text in Indonesian.
	ID string `json:"id"`
	// EN is the text in English.
	EN string `json:"en"`
}

// In returns the text in the given language.
func (t Text) In(l problem.Lang) string {
	if l == problem.English {
		return t.EN
	}
	return t.ID
}

// IsZero reports whether the text is empty in both languages.
func (t Text) IsZero() bool { return t.ID == "" && t.EN == "" }

// bi builds a Text whose two languages share a format and the amounts in
// args: every decimal.Decimal argument is written as rupiah in the
// language of each side.
func bi(id, en string, args ...any) Text {
	side := func(f string, l problem.Lang) string {
		a := make([]any, len(args))
		for i, v := range args {
			if t, ok := v.(Text); ok {
				a[i] = t.In(l)
			} else if lv, ok := v.(Level); ok {
				a[i] = lv.Name(l)
			} else if d, ok := v.(decimal.Decimal); ok {
				a[i] = rupiah.Format(d, l)
			} else if r, ok := v.(interface{ Format(problem.Lang) string }); ok {
				a[i] = r.Format(l)
			} else if dt, ok := v.(regulation.Date); ok {
				a[i] = dateName(dt, l)
			} else if m, ok := v.(regulation.Month); ok {
				a[i] = contribution.MonthName(m, l)
			} else {
				a[i] = v
			}
		}
		return fmt.Sprintf(f, a...)
	}
	return Text{ID: side(id, problem.Indonesian), EN: side(en, problem.English)}
}

// Kind says how an [Item] is paid.
type Kind string

const (
	// Cash is paid at once.
	Cash Kind = "cash"
	// OverTime is paid in instalments: by month or by school year.
	OverTime Kind = "over_time"
	// Ceiling is the most the program pays for a cost; Amount is that most.
	Ceiling Kind = "ceiling"
	// Unlimited is paid by need with no ceiling; Amount is zero and says
	// nothing.
	Unlimited Kind = "unlimited"
	// Balance is a savings balance (JHT) or a projection of one.
	Balance Kind = "balance"
	// Monthly is an amount paid every month for life (JP).
	Monthly Kind = "monthly"
)

// Item is one part of a benefit: an amount, how it was worked out, and the
// source of every value it used.
type Item struct {
	// Key names the part, such as "jkm.lump_sum".
	Key string `json:"key"`
	// Label is the part's name.
	Label Text `json:"label"`
	// Kind is how the part is paid.
	Kind Kind `json:"kind"`
	// Amount is the part's amount in whole rupiah (see Kind).
	Amount decimal.Decimal `json:"amount"`
	// Working is the arithmetic, such as "48 × Rp2.000.000", or empty.
	Working Text `json:"working,omitzero"`
	// Parameter is the name of the timeline the values came from.
	Parameter string `json:"parameter"`
	// Citation is the source of the values.
	Citation regulation.Citation `json:"citation"`
}

// Payment is one line of a schedule: months of temporary incapacity or of
// JKP, years of a child's scholarship, a year of a JHT projection.
type Payment struct {
	// Label says what the line pays, and how.
	Label Text `json:"label"`
	// Amount is the line's amount.
	Amount decimal.Decimal `json:"amount"`
}

// Result is what one program pays on one event, with the sources of every
// value used. It round-trips through JSON unchanged.
type Result struct {
	// Event is the event estimated.
	Event Event `json:"event"`
	// Program is the program that pays.
	Program membership.Program `json:"program"`
	// Date is the event's date: the rules in force on it apply.
	Date regulation.Date `json:"date"`
	// Eligible says whether the benefit is owed; when false, Reasons say why
	// and the amounts are what would be owed.
	Eligible bool `json:"eligible"`
	// From is the first day the benefit may be claimed, when it is not Date.
	From regulation.Date `json:"from,omitzero"`
	// Items are the parts of the benefit.
	Items []Item `json:"items"`
	// Cash is the sum of the items paid at once.
	Cash decimal.Decimal `json:"cash"`
	// OverTime is the sum of the items paid in instalments.
	OverTime decimal.Decimal `json:"over_time"`
	// Schedule lists the instalments.
	Schedule []Payment `json:"schedule,omitempty"`
	// Conditions are the conditions the benefit is paid under.
	Conditions []Text `json:"conditions,omitempty"`
	// Assumptions are what the estimate assumed, which a caller should check.
	Assumptions []Text `json:"assumptions,omitempty"`
	// Reasons say why the benefit is not owed, when Eligible is false.
	Reasons []Text `json:"reasons,omitempty"`
	// Citations are the distinct sources of the values used, in order.
	Citations []regulation.Citation `json:"citations"`
	// Confidence is the weakest confidence among the citations.
	Confidence regulation.Confidence `json:"confidence"`
}

// add appends an item and its citation.
func (r *Result) add(it Item) {
	it.Amount = it.Amount.Round(0)
	r.Items = append(r.Items, it)
	switch it.Kind {
	case Cash:
		r.Cash = r.Cash.Add(it.Amount)
	case OverTime:
		r.OverTime = r.OverTime.Add(it.Amount)
	}
	r.cite(it.Citation)
}

// cite records a source.
func (r *Result) cite(c regulation.Citation) {
	if !slices.Contains(r.Citations, c) {
		r.Citations = append(r.Citations, c)
	}
	if c.Confidence > r.Confidence {
		r.Confidence = c.Confidence
	}
}

func (r *Result) condition(t Text) { r.Conditions = append(r.Conditions, t) }
func (r *Result) assume(t Text)    { r.Assumptions = append(r.Assumptions, t) }
func (r *Result) refuse(t Text)    { r.Eligible = false; r.Reasons = append(r.Reasons, t) }
func (r *Result) pay(p ...Payment) { r.Schedule = append(r.Schedule, p...) }
func newResult(ev Event, p membership.Program, d regulation.Date) Result {
	return Result{Event: ev, Program: p, Date: d, Eligible: true}
}

// Item returns the item with the given key, and whether there is one.
func (r Result) Item(key string) (Item, bool) {
	for _, it := range r.Items {
		if it.Key == key {
			return it, true
		}
	}
	return Item{}, false
}

var monthsID = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
	"Agustus", "September", "Oktober", "November", "Desember"}

// dateName writes a date as people do: "10 Maret 2025", "10 March 2025".
func dateName(d regulation.Date, l problem.Lang) string {
	if d.IsZero() {
		return ""
	}
	if l == problem.English {
		return fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year())
	}
	return fmt.Sprintf("%d %s %d", d.Day(), monthsID[d.Month()], d.Year())
}

// Explain returns a readable account of the result in the given language:
// each part with its arithmetic and source, the totals (in words in
// Indonesian), the schedule, the conditions, the assumptions and, when the
// benefit is not owed, why.
func (r Result) Explain(l problem.Lang) string {
	en := l == problem.English
	t := func(id, eng string) string {
		if en {
			return eng
		}
		return id
	}
	money := func(d decimal.Decimal) string { return rupiah.Format(d, l) }
	var s strings.Builder
	fmt.Fprintf(&s, "%s — %s: %s, %s\n", r.Program, r.Program.Name(l), r.Event.Name(l), dateName(r.Date, l))
	if !r.From.IsZero() {
		fmt.Fprintf(&s, t("Dapat diajukan mulai %s\n", "May be claimed from %s\n"), dateName(r.From, l))
	}
	for _, it := range r.Items {
		amount := money(it.Amount)
		switch it.Kind {
		case Unlimited:
			amount = t("tanpa batas biaya", "no cost ceiling")
		case Ceiling:
			amount = t("paling banyak ", "at most ") + amount
		case Monthly:
			amount += t(" per bulan", " a month")
		}
		fmt.Fprintf(&s, "\n%s: %s\n", it.Label.In(l), amount)
		if w := it.Working.In(l); w != "" {
			fmt.Fprintf(&s, "  %s\n", w)
		}
		fmt.Fprintf(&s, t("  dasar: %s\n", "  source: %s\n"), it.Citation.Format(l))
	}
	if !r.Cash.IsZero() || !r.OverTime.IsZero() {
		s.WriteByte('\n')
	}
	if !r.Cash.IsZero() {
		fmt.Fprintf(&s, t("Dibayar sekaligus: %s\n", "Paid at once: %s\n"), money(r.Cash))
		if !en {
			if w, err := rupiah.Words(r.Cash); err == nil {
				fmt.Fprintf(&s, "Terbilang: %s\n", w)
			}
		}
	}
	if !r.OverTime.IsZero() {
		fmt.Fprintf(&s, t("Dibayar bertahap: %s\n", "Paid in instalments: %s\n"), money(r.OverTime))
	}
	if len(r.Schedule) > 0 {
		s.WriteString(t("\nRincian\n", "\nSchedule\n"))
		for _, p := range r.Schedule {
			fmt.Fprintf(&s, "  %s = %s\n", p.Label.In(l), money(p.Amount))
		}
	}
	list := func(title Text, items []Text) {
		if len(items) == 0 {
			return
		}
		fmt.Fprintf(&s, "\n%s\n", title.In(l))
		for _, x := range items {
			fmt.Fprintf(&s, "  - %s\n", x.In(l))
		}
	}
	if !r.Eligible {
		list(Text{"Tidak dibayar, karena", "Not owed, because"}, r.Reasons)
	}
	list(Text{"Syarat", "Conditions"}, r.Conditions)
	list(Text{"Asumsi", "Assumptions"}, r.Assumptions)
	var more []regulation.Citation
	for _, c := range r.Citations {
		shown := false
		for _, it := range r.Items {
			shown = shown || it.Citation == c
		}
		if !shown {
			more = append(more, c)
		}
	}
	if len(more) > 0 {
		s.WriteString(t("\nDasar lain\n", "\nOther sources\n"))
		for _, c := range more {
			fmt.Fprintf(&s, "  - %s\n", c.Format(l))
		}
	}
	if r.Confidence.IsValid() {
		fmt.Fprintf(&s, t("\nTingkat keyakinan terlemah: %s\n", "\nWeakest confidence: %s\n"), r.Confidence.Label(l))
	}
	return s.String()
}
