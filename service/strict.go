package service

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/desasadar/jamsos/problem"
)

// Limits of the token-level check every request body goes through before
// it is decoded (see [Decode]). They bound the work of a document however it
// is written; the limits of each list are in [Options].
const (
	// MaxDepth is the deepest nesting of objects and arrays read.
	MaxDepth = 32
	// MaxMembers is the largest number of members of one object.
	MaxMembers = 1000
	// DefaultMaxList is the longest list (JSON array) read where no other
	// limit is named, such as the reliefs of a bill.
	DefaultMaxList = 1000
	// MaxNumberDigits is the most digits a number may have, written as a
	// JSON number or as a string holding one (an amount "16800"): enough for
	// any amount in rupiah and any identity number.
	MaxNumberDigits = 24
	// MaxExponent is the largest exponent, in absolute value, of a number
	// written with one ("1e6").
	MaxExponent = 15
	// maxCheckProblems is how many problems the check reports before it
	// stops reading.
	maxCheckProblems = 100
)

// Sentinels of the problems the check finds in a document that is well
// formed JSON.
var (
	// ErrOutOfRange is the sentinel of a number outside the bounds any value
	// of the service can take ([MaxNumberDigits], [MaxExponent]), such as
	// the amount "1e9999". The service answers 422.
	ErrOutOfRange = errors.New("jamsos: number out of range")
	// ErrControlChar is the sentinel of text holding a NUL or another
	// control character (U+0000–U+001F, U+007F–U+009F), in a value or in a
	// key. The service answers 422.
	ErrControlChar = errors.New("jamsos: control character in text")
	// ErrTooMany is the sentinel of a list longer than its limit (problem
	// code "limit.list"). The service answers 413.
	ErrTooMany = errors.New("jamsos: list over its limit")
)

// check is a token-level reading of a JSON document, done before it is
// decoded, that encoding/json would not do: a key given twice, or twice in
// different case (encoding/json keeps the last and matches case-insensitively),
// a key of a known struct written in another case, text with control
// characters, numbers out of range, lists over their limits, nesting too
// deep. It never reports a syntax error: it stops there and leaves it to the
// decoder, which says what is wrong.
type check struct {
	dec    *json.Decoder
	lists  map[string]int // path of a list → its limit
	frames []frame
	probs  problem.List
	stop   bool
}

// frame is an open object or array.
type frame struct {
	object  bool
	wantKey bool   // object: the next token is a key
	key     string // object: the current member's key
	index   int    // array: the current element's index; object: members so far
	limit   int    // array: its limit
	keys    map[string]string
	fields  map[string]reflect.Type // object of a known struct: its exact keys
	elem    reflect.Type            // array: the type of its elements, if known
}

// precheck checks data as above; typ is the type it will be decoded into,
// for the case of its keys, and lists the limits of named lists.
func precheck(data []byte, typ reflect.Type, lists map[string]int) problem.List {
	c := &check{dec: json.NewDecoder(bytes.NewReader(data)), lists: lists}
	c.dec.UseNumber()
	c.run(indirect(typ))
	return c.probs
}

func (c *check) run(root reflect.Type) {
	next := root // the type of the value about to be read, if known
	for !c.stop && len(c.probs) < maxCheckProblems {
		tok, err := c.dec.Token()
		if err != nil {
			return // a syntax error or the end: the decoder reports it
		}
		var top *frame
		if len(c.frames) > 0 {
			top = &c.frames[len(c.frames)-1]
		}
		if top != nil && top.object && top.wantKey && tok != json.Delim('}') {
			key, _ := tok.(string)
			top.wantKey = false
			next = c.key(top, key)
			continue
		}
		if top != nil && !top.object && tok != json.Delim(']') {
			top.index++
			if top.index >= top.limit {
				c.add(problem.New(ErrTooMany, "limit.list", c.path(false), strconv.Itoa(top.limit),
					fmt.Sprintf("daftar ini paling banyak %d butir", top.limit),
					fmt.Sprintf("this list has at most %d items", top.limit)))
				return
			}
			next = top.elem
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if len(c.frames) >= MaxDepth {
					c.add(problem.New(ErrInvalidJSON, "json.too_deep", c.path(true), strconv.Itoa(MaxDepth),
						fmt.Sprintf("dokumen bersarang lebih dari %d tingkat", MaxDepth),
						fmt.Sprintf("the document nests deeper than %d levels", MaxDepth)))
					return
				}
				f := frame{object: t == '{', wantKey: t == '{'}
				if f.object {
					f.fields = fieldsOf(next)
				} else {
					f.index = -1
					f.limit = DefaultMaxList
					if n, ok := c.lists[c.path(true)]; ok {
						f.limit = n
					}
					if next != nil && (next.Kind() == reflect.Slice || next.Kind() == reflect.Array) && !opaque(next) {
						f.elem = indirect(next.Elem())
					}
				}
				c.frames = append(c.frames, f)
				next = nil
				continue
			default: // '}' or ']'
				c.frames = c.frames[:len(c.frames)-1]
			}
		case string:
			c.text(t, c.path(true))
			if looksNumeric(t) {
				c.number(t)
			}
		case json.Number:
			c.number(string(t))
		}
		// A value is complete.
		if len(c.frames) == 0 {
			return
		}
		if p := &c.frames[len(c.frames)-1]; p.object {
			p.wantKey = true
		}
		next = nil
	}
}

// key records a key of top and returns the type of its value, if known.
func (c *check) key(top *frame, key string) reflect.Type {
	if top.keys == nil {
		top.keys = map[string]string{}
	}
	top.index++
	top.key = key
	field := c.path(true)
	if top.index > MaxMembers {
		c.add(problem.New(ErrTooMany, "limit.members", c.path(false), strconv.Itoa(MaxMembers),
			fmt.Sprintf("objek ini paling banyak %d kolom", MaxMembers),
			fmt.Sprintf("this object has at most %d members", MaxMembers)))
		c.stop = true
		return nil
	}
	c.text(key, field)
	folded := strings.ToLower(key)
	if first, seen := top.keys[folded]; seen {
		if first == key {
			c.add(problem.New(ErrInvalidJSON, "json.duplicate_key", field, "",
				"kolom ini tertulis dua kali", "this key is given twice"))
		} else {
			c.add(problem.New(ErrInvalidJSON, "json.duplicate_key", field, problem.Clip(first),
				"kolom ini tertulis dua kali dengan huruf besar/kecil berbeda", "this key is given twice, in different case"))
		}
	} else {
		top.keys[folded] = key
	}
	if top.fields == nil {
		return nil
	}
	if t, ok := top.fields[key]; ok {
		return t
	}
	for name := range top.fields {
		if strings.EqualFold(name, key) {
			c.add(problem.New(ErrInvalidJSON, "json.key_case", field, name,
				"nama kolom harus ditulis persis seperti dokumentasi (huruf kecil)", "a key must be written exactly as documented (lower case)"))
		}
	}
	return nil
}

// text reports a control character in s, found at field.
func (c *check) text(s, field string) {
	for i, r := range s {
		if unicode.IsControl(r) {
			c.add(problem.New(ErrControlChar, "text.control", field, fmt.Sprintf("U+%04X @%d", r, i),
				"teks tidak boleh berisi karakter kendali (NUL, tab, baris baru dan sejenisnya)",
				"text must not hold control characters (NUL, tab, newline and the like)"))
			return
		}
	}
}

// number reports a number out of range.
func (c *check) number(s string) {
	digits, exp, ok := numberSize(s)
	if ok && digits <= MaxNumberDigits && exp <= MaxExponent {
		return
	}
	c.add(problem.New(ErrOutOfRange, "number.out_of_range", c.path(true), problem.Clip(s),
		fmt.Sprintf("angka di luar batas (paling banyak %d angka, pangkat paling besar %d)", MaxNumberDigits, MaxExponent),
		fmt.Sprintf("the number is out of range (at most %d digits and an exponent of at most %d)", MaxNumberDigits, MaxExponent)))
}

func (c *check) add(p *problem.Error) { c.probs = append(c.probs, p) }

// path is the field path of the current value (or, with value false, of
// the innermost list or object itself).
func (c *check) path(value bool) string {
	n := len(c.frames)
	if !value && n > 0 {
		n--
	}
	var b strings.Builder
	for _, f := range c.frames[:n] {
		switch {
		case f.object && f.key != "":
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		case !f.object && f.index >= 0:
			fmt.Fprintf(&b, "[%d]", f.index)
		}
	}
	return clipField(b.String())
}

// looksNumeric reports whether s is written as a decimal number, the way
// amounts travel as strings ("16800", "-1.5", "1e3").
func looksNumeric(s string) bool {
	_, _, ok := numberSize(s)
	return ok
}

// numberSize returns the digits of the mantissa and the absolute exponent
// of s, written as [+-]digits[.digits][(e|E)[+-]digits]; ok is false when s
// is not written so. An exponent too long to read is returned as a huge one.
func numberSize(s string) (digits, exp int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	dot := false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		default:
			goto exponent
		}
	}
exponent:
	if digits == 0 {
		return 0, 0, false
	}
	if i == len(s) {
		return digits, 0, true
	}
	if s[i] != 'e' && s[i] != 'E' {
		return 0, 0, false
	}
	i++
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if i == len(s) {
		return 0, 0, false
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		if exp < 1<<20 {
			exp = exp*10 + int(c-'0')
		}
	}
	return digits, exp, true
}

// clipField keeps a field path, which may quote a key of the input, short.
func clipField(s string) string {
	const max = 120
	if len(s) <= max {
		return s
	}
	return problem.Clip(s[:max])
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	fieldCache      sync.Map // reflect.Type → map[string]reflect.Type
)

// indirect is t without pointers; nil stays nil.
func indirect(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// opaque reports whether t reads its own JSON, so that its keys are not the
// check's to know.
func opaque(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return t.Implements(jsonUnmarshaler) || p.Implements(jsonUnmarshaler) ||
		t.Implements(textUnmarshaler) || p.Implements(textUnmarshaler)
}

// fieldsOf returns the JSON keys of a struct type and the types of their
// values, embedded structs included, or nil for any other type.
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	if t == nil || t.Kind() != reflect.Struct || opaque(t) {
		return nil
	}
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	addFields(m, t, 0)
	fieldCache.Store(t, m)
	return m
}

func addFields(m map[string]reflect.Type, t reflect.Type, depth int) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := indirect(f.Type)
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct && depth < 4 {
			addFields(m, ft, depth+1)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, taken := m[name]; !taken {
			if opaque(ft) {
				m[name] = nil
			} else {
				m[name] = ft
			}
		}
	}
}

// CheckJSON runs on data alone the token-level check that [Decode] runs
// before decoding: keys given twice or twice in different case, control
// characters, numbers out of range, nesting, and lists over their limits
// (lists names a limit by the list's path, "" for a document that is a
// list; others are held to [DefaultMaxList]). It is for documents read by
// other readers, such as a roster file given to `jamsos rencana`; it
// returns nil or a problem.List.
func CheckJSON(data []byte, lists map[string]int) error {
	return precheck(data, nil, lists).Err()
}
