package problem

import (
	"strings"
	"unicode/utf8"
)

// Lang selects the language of a message.
type Lang uint8

const (
	// Indonesian is Bahasa Indonesia, the default language of every message.
	Indonesian Lang = iota
	// English is the second language of every message.
	English
)

// ParseLang reads a language code: "id" (or "ind", "in") and "en" (or "eng").
// Anything else is reported as ok == false and yields Indonesian.
func ParseLang(s string) (l Lang, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "id", "ind", "in", "id-id":
		return Indonesian, true
	case "en", "eng", "en-us", "en-gb":
		return English, true
	}
	return Indonesian, false
}

// String returns the language code, "id" or "en".
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "id"
}

// Code is a stable, machine-readable identifier of a rule, such as
// "nik.birth_date". Codes never change once released; messages may.
type Code string

// Error is one problem found in some input.
//
// Err is the sentinel of the rule that was broken (such as
// membership.ErrInvalidNIK) and is what [errors.Is] matches. Field is the
// path of the input at fault, dotted for nesting and indexed for lists
// ("participant.nik", "roster[3].programs"). Value is the offending input as
// text, masked when personal. The two messages say what is wrong with the
// field without naming it ("wajib diisi", "is required"): [Error.Message]
// puts the field, as a person reads it, in front of them.
type Error struct {
	// Code is the stable identifier of the rule, such as "nik.birth_date".
	Code Code `json:"code"`
	// Field is the path of the input at fault, or "" for the input as a whole.
	Field string `json:"field,omitempty"`
	// Value is the offending input as text, masked when personal and kept
	// short (see [Clip] and [MaskInput]); "" when it is left out.
	Value string `json:"value,omitempty"`
	// Err is the sentinel of the rule, what errors.Is matches. It is not
	// part of the JSON form: the code stands for it there.
	Err error `json:"-"`
	// ID is the message in Indonesian, a complete sentence.
	ID string `json:"message_id"`
	// EN is the message in English, a complete sentence.
	EN string `json:"message_en"`
}

// New builds an Error. id and en are the Indonesian and English messages.
//
// As a last guard for personal data, New passes field, value and both
// messages through [MaskDigits] with minRun 16: whatever the package that
// builds the error quoted (a NIK typed as a column's name, into the wage
// column, or repeated by encoding/json), an Error made by New never shows a
// number of sixteen digits or more in full, written together or in groups.
func New(sentinel error, code Code, field, value, id, en string) *Error {
	return &Error{Code: code, Field: maskID(field), Value: maskID(value), Err: sentinel, ID: maskID(id), EN: maskID(en)}
}

// maskID masks the numbers of s as long as a NIK.
func maskID(s string) string { return MaskDigits(s, IDDigits) }

// Error returns the Indonesian message, prefixed with the field when known.
func (e *Error) Error() string { return e.Message(Indonesian) }

// Message returns the message in the given language, prefixed with the field
// as a person reads it in that language ([Label]: "baris 4, kolom upah", not
// "line[4].wage") and followed by the (masked) value when they are known:
//
//	baris 4, kolom upah: harus lebih dari nol (0)
//
// The messages themselves do not name the field, so nothing is said twice.
func (e *Error) Message(l Lang) string {
	msg := e.ID
	if l == English {
		msg = e.EN
	}
	var b strings.Builder
	if e.Field != "" {
		b.WriteString(Label(e.Field, l))
		b.WriteString(": ")
	}
	b.WriteString(msg)
	if e.Value != "" {
		b.WriteString(" (")
		b.WriteString(e.Value)
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the sentinel, so that errors.Is(err, ErrSomething) works.
func (e *Error) Unwrap() error { return e.Err }

// WithField returns a copy of e whose field path has prefix in front of it:
// WithField("participant") turns "nik" into "participant.nik" and "[2]"
// into "participant[2]".
func (e *Error) WithField(prefix string) *Error {
	c := *e
	c.Field = Join(prefix, e.Field)
	return &c
}

// Relabel returns err with the field of every problem in it set to field,
// replacing whatever path each had ([List.AddField] puts a prefix in front
// instead). It is for a value read under a name of the caller's choosing: a
// month typed as the flag -fees reports "fees", a cell read from line 7 of a
// file reports "line[7].amount". An error that is not a problem is kept as
// one with code "internal", as [List.Add] keeps it; nil stays nil. The
// problems of err are copied, never changed.
func Relabel(err error, field string) error {
	if err == nil {
		return nil
	}
	var in List
	in.Add(err)
	out := make(List, len(in))
	for i, e := range in {
		c := *e
		c.Field = maskID(field)
		out[i] = &c
	}
	return out
}

// Join joins two parts of a field path with a dot, leaving index parts such as
// "[3]" attached without one.
func Join(prefix, field string) string {
	switch {
	case prefix == "":
		return field
	case field == "":
		return prefix
	case strings.HasPrefix(field, "["):
		return prefix + field
	}
	return prefix + "." + field
}

// List is every problem found in one input, in the order found. A nil or
// empty List is not an error: use [List.Err] to return it.
type List []*Error

// Add appends problems to the list. Each argument may be an *Error, a List,
// any error that wraps or joins them (fmt.Errorf with %w, [errors.Join]), or
// nil, which is skipped. Joined errors are walked in full. Any other error is
// kept as an *Error with code "internal" so nothing is lost. Add keeps
// repeated problems; [Flatten] keeps each once.
func (l *List) Add(errs ...error) {
	for _, err := range errs {
		walk(l, err)
	}
}

// AddField appends problems like [List.Add], putting prefix in front of the
// field path of each.
func (l *List) AddField(prefix string, errs ...error) {
	var tmp List
	tmp.Add(errs...)
	for _, e := range tmp {
		*l = append(*l, e.WithField(prefix))
	}
}

// Err returns the list as an error, or nil when it is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error returns every message in Indonesian, one per line.
func (l List) Error() string { return l.Message(Indonesian) }

// Message returns every message in the given language, one per line.
func (l List) Message(lang Lang) string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Message(lang))
	}
	return b.String()
}

// Unwrap returns every problem, so errors.Is and errors.As look inside the list.
func (l List) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// Codes returns the code of every problem, in order.
func (l List) Codes() []Code {
	out := make([]Code, len(l))
	for i, e := range l {
		out[i] = e.Code
	}
	return out
}

// Mask hides the middle of an identifier, keeping the first keep and last keep
// characters and replacing each hidden one with "•": Mask("3216010101900001", 4)
// is "3216••••••••0001". Values too short to hide anything are fully masked,
// and so is every character when keep is zero or negative.
func Mask(s string, keep int) string {
	keep = max(keep, 0)
	n := utf8.RuneCountInString(s) // each byte that is not UTF-8 one character, as in []rune(s)
	if n <= 2*keep {
		return strings.Repeat("•", n)
	}
	var b strings.Builder
	b.Grow(len(s) + 2*(n-2*keep)) // one allocation: a NIK's masked form is written once in every report line
	i := 0
	for _, r := range s {
		if i < keep || i >= n-keep {
			b.WriteRune(r)
		} else {
			b.WriteString("•")
		}
		i++
	}
	return b.String()
}

// maxValueRunes is how many characters of an offending input [Clip] and
// [MaskInput] keep.
const maxValueRunes = 40

// Clip prepares an offending input for [Error.Value]: invalid UTF-8 becomes
// "?", and text longer than 40 characters is cut to 40 followed by "…", so
// that an error never repeats a huge input. Spaces are kept as they are.
func Clip(s string) string {
	s = strings.ToValidUTF8(s, "?")
	if utf8.RuneCountInString(s) <= maxValueRunes {
		return s
	}
	return string([]rune(s)[:maxValueRunes]) + "…"
}

// IDDigits is the length of a NIK and of a family card (KK) number, the
// identity numbers an error must never show in full.
const IDDigits = 16

// MaskDigits masks every number in s that may be an identity number, so
// that it can appear in a message. A number is a run of ASCII digits, or
// groups of them joined by single spaces, dots or dashes, the ways a NIK is
// written by hand ("3216 0117 0890 0001", "32.16.01.170890.0001"). A
// number of minRun digits or more is masked: its digits become "•" but for
// the first and last four (two when it has fewer than 16), its separators
// stay, and it is cut to 40 characters first:
//
//	MaskDigits("NIK 3216 0117 0890 0001 ditolak", 16) == "NIK 3216 •••• •••• 0001 ditolak"
//
// Shorter numbers (amounts, dates, years, line numbers, area codes) and
// text without digits come back unchanged. [New] uses minRun 16; a reader
// quoting a cell of free text may pass less, such as 10 for a mobile number
// typed into the wrong column.
func MaskDigits(s string, minRun int) string {
	var b strings.Builder
	last := 0 // s[:last] is already in b
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		// The number starting at i.
		j, digits := i, 0
	number:
		for ; j < len(s); j++ {
			switch {
			case isDigit(s[j]):
				digits++
			case isSeparator(s[j]) && j+1 < len(s) && isDigit(s[j+1]):
				// A separator between two groups of the number.
			default:
				break number
			}
		}
		if digits >= minRun {
			b.WriteString(s[last:i])
			maskNumber(&b, s[i:min(j, i+maxValueRunes)])
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// maskNumber writes num, digits and single separators, with every digit
// but the first and last four (two when it has fewer than IDDigits) masked.
func maskNumber(b *strings.Builder, num string) {
	digits := 0
	for i := range len(num) {
		if isDigit(num[i]) {
			digits++
		}
	}
	keep := 4
	if digits < IDDigits {
		keep = 2
	}
	k := 0 // digits written so far
	for i := range len(num) {
		c := num[i]
		if !isDigit(c) {
			b.WriteByte(c)
			continue
		}
		if k < keep || k >= digits-keep {
			b.WriteByte(c)
		} else {
			b.WriteString("•")
		}
		k++
	}
}

func isSeparator(c byte) bool { return c == ' ' || c == '.' || c == '-' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// MaskInput prepares a rejected input that may be personal data (a NIK, a
// phone number) for [Error.Value]: it is trimmed, made valid UTF-8, cut to
// 40 characters, and masked with [Mask] keeping keep characters at each end:
// MaskInput(" 3216-0117-0890-0001 ", 4) is "3216•••••••••••0001".
func MaskInput(s string, keep int) string {
	s = strings.ToValidUTF8(strings.TrimSpace(s), "?")
	if r := []rune(s); len(r) > maxValueRunes {
		s = string(r[:maxValueRunes])
	}
	return Mask(s, keep)
}
