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
	"unicode/utf16"
	"unicode/utf8"

	"github.com/desasadar/jamsos/internal/jsonerr"
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
// decoder, which says what is wrong. It reads the tokens encoding/json's
// Decoder.Token would, in one pass over the bytes and without allocating
// for a value (strict_ref_test.go keeps the first version, over
// Decoder.Token, that FuzzPrecheck compares it with).
type check struct {
	lex    lexer
	lists  map[string]int // path of a list → its limit
	frames []frame
	seen   []seenKey // the keys of the open objects, innermost last
	probs  problem.List
	stop   bool
}

// frame is an open object or array.
type frame struct {
	object  bool
	wantKey bool                    // object: the next token is a key
	key     string                  // object: the current member's key
	index   int                     // array: the current element's index; object: members so far
	limit   int                     // array: its limit
	seen    int                     // object: where its keys start in check.seen
	keys    map[string]string       // object of many members: folded key → key
	fields  map[string]reflect.Type // object of a known struct: its exact keys
	elem    reflect.Type            // array: the type of its elements, if known
}

// seenKey is a key of an object, as written and folded to lower case.
type seenKey struct{ folded, key string }

// fewKeys is how many keys of an object are compared one by one before
// they go into a map.
const fewKeys = 16

// precheck checks data as above; typ is the type it will be decoded into,
// for the case of its keys, and lists the limits of named lists.
func precheck(data []byte, typ reflect.Type, lists map[string]int) problem.List {
	c := &check{lex: lexer{data: data}, lists: lists}
	c.run(indirect(typ))
	return c.probs
}

func (c *check) run(root reflect.Type) {
	next := root // the type of the value about to be read, if known
	for !c.stop && len(c.probs) < maxCheckProblems {
		kind, text := c.lex.next()
		if kind == tokNone {
			return // a syntax error or the end: the decoder reports it
		}
		closing := kind == tokEndObject || kind == tokEndArray
		var top *frame
		if len(c.frames) > 0 {
			top = &c.frames[len(c.frames)-1]
		}
		if top != nil && top.object && top.wantKey && !closing {
			top.wantKey = false
			next = c.key(top, text)
			continue
		}
		if top != nil && !top.object && !closing {
			top.index++
			if top.index >= top.limit {
				c.add(problem.New(ErrTooMany, "limit.list", c.path(false), strconv.Itoa(top.limit),
					fmt.Sprintf("daftar ini paling banyak %d butir", top.limit),
					fmt.Sprintf("this list has at most %d items", top.limit)))
				return
			}
			next = top.elem
		}
		switch kind {
		case tokBeginObject, tokBeginArray:
			if len(c.frames) >= MaxDepth {
				c.add(problem.New(ErrInvalidJSON, "json.too_deep", c.path(true), strconv.Itoa(MaxDepth),
					fmt.Sprintf("dokumen bersarang lebih dari %d tingkat", MaxDepth),
					fmt.Sprintf("the document nests deeper than %d levels", MaxDepth)))
				return
			}
			f := frame{object: kind == tokBeginObject, wantKey: kind == tokBeginObject}
			if f.object {
				f.fields = fieldsOf(next)
				f.seen = len(c.seen)
			} else {
				f.index = -1
				f.limit = DefaultMaxList
				if len(c.lists) > 0 {
					if n, ok := c.lists[c.path(true)]; ok {
						f.limit = n
					}
				}
				if next != nil && (next.Kind() == reflect.Slice || next.Kind() == reflect.Array) && !opaque(next) {
					f.elem = indirect(next.Elem())
				}
			}
			c.frames = append(c.frames, f)
			next = nil
			continue
		case tokEndObject, tokEndArray:
			if top.object {
				c.seen = c.seen[:top.seen]
			}
			c.frames = c.frames[:len(c.frames)-1]
		case tokString:
			c.text(text, true)
			if looksNumeric(text) {
				c.number(text)
			}
		case tokNumber:
			c.number(text)
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
func (c *check) key(top *frame, raw []byte) reflect.Type {
	key := string(raw)
	top.index++
	top.key = key
	if top.index > MaxMembers {
		c.add(problem.New(ErrTooMany, "limit.members", c.path(false), strconv.Itoa(MaxMembers),
			fmt.Sprintf("objek ini paling banyak %d kolom", MaxMembers),
			fmt.Sprintf("this object has at most %d members", MaxMembers)))
		c.stop = true
		return nil
	}
	c.text(raw, true)
	folded := strings.ToLower(key)
	if first, seen := c.seenBefore(top, folded); seen {
		if first == key {
			c.add(problem.New(ErrInvalidJSON, "json.duplicate_key", c.path(true), "",
				"kolom ini tertulis dua kali", "this key is given twice"))
		} else {
			c.add(problem.New(ErrInvalidJSON, "json.duplicate_key", c.path(true), problem.Clip(first),
				"kolom ini tertulis dua kali dengan huruf besar/kecil berbeda", "this key is given twice, in different case"))
		}
	} else {
		c.remember(top, folded, key)
	}
	if top.fields == nil {
		return nil
	}
	if t, ok := top.fields[key]; ok {
		return t
	}
	for name := range top.fields {
		if strings.EqualFold(name, key) {
			c.add(problem.New(ErrInvalidJSON, "json.key_case", c.path(true), name,
				"nama kolom harus ditulis persis seperti dokumentasi (huruf kecil)", "a key must be written exactly as documented (lower case)"))
		}
	}
	return nil
}

// seenBefore returns the key of top first written as folded, if any.
func (c *check) seenBefore(top *frame, folded string) (string, bool) {
	if top.keys != nil {
		first, ok := top.keys[folded]
		return first, ok
	}
	for _, k := range c.seen[top.seen:] {
		if k.folded == folded {
			return k.key, true
		}
	}
	return "", false
}

// remember records a key of top: one by one while the object has few,
// then in a map, so that an object of many members costs no more than a
// map.
func (c *check) remember(top *frame, folded, key string) {
	if top.keys != nil {
		top.keys[folded] = key
		return
	}
	if len(c.seen)-top.seen < fewKeys {
		c.seen = append(c.seen, seenKey{folded, key})
		return
	}
	top.keys = make(map[string]string, 2*fewKeys)
	for _, k := range c.seen[top.seen:] {
		top.keys[k.folded] = k.key
	}
	top.keys[folded] = key
	c.seen = c.seen[:top.seen]
}

// text reports a control character in s, the current key (or value, with
// value true) of the innermost object or array.
func (c *check) text(s []byte, value bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if unicode.IsControl(r) {
			c.add(problem.New(ErrControlChar, "text.control", c.path(value), fmt.Sprintf("U+%04X @%d", r, i),
				"teks tidak boleh berisi karakter kendali (NUL, tab, baris baru dan sejenisnya)",
				"text must not hold control characters (NUL, tab, newline and the like)"))
			return
		}
		i += size
	}
}

// number reports a number out of range.
func (c *check) number(s []byte) {
	digits, exp, ok := numberSize(s)
	if ok && digits <= MaxNumberDigits && exp <= MaxExponent {
		return
	}
	c.add(problem.New(ErrOutOfRange, "number.out_of_range", c.path(true), problem.Clip(string(s)),
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

// tokKind is the kind of a token of the lexer.
type tokKind uint8

const (
	tokNone        tokKind = iota // the end of the data, or a syntax error
	tokBeginObject                // {
	tokEndObject                  // }
	tokBeginArray                 // [
	tokEndArray                   // ]
	tokString                     // a string (a key or a value), unquoted
	tokNumber                     // a number, as written
	tokLiteral                    // true, false or null
)

// lexState is what the lexer expects next, as in encoding/json's Decoder.
type lexState uint8

const (
	lexValue       lexState = iota // a value
	lexArrayStart                  // a value or ]
	lexArrayNext                   // , or ]
	lexObjectStart                 // a key or }
	lexObjectKey                   // a key
	lexObjectColon                 // :
	lexObjectNext                  // , or }
	lexEnd                         // nothing: the document is complete
)

// lexer reads the tokens of a JSON document one by one, as
// encoding/json's Decoder.Token does (with UseNumber): the same tokens,
// the same strings once unquoted (invalid UTF-8 and lone surrogates
// replaced by U+FFFD), and tokNone at the first token Token would refuse.
// A string's text is a slice of the document, or of a scratch buffer when
// it holds escapes, valid until the next call.
type lexer struct {
	data    []byte
	pos     int
	state   lexState
	open    []byte // '{' or '[' for each open object or array
	scratch []byte
}

func (l *lexer) next() (tokKind, []byte) {
	for {
		for l.pos < len(l.data) && isSpace(l.data[l.pos]) {
			l.pos++
		}
		if l.pos >= len(l.data) {
			return tokNone, nil
		}
		c := l.data[l.pos]
		switch l.state {
		case lexEnd:
			return tokNone, nil
		case lexArrayNext:
			switch c {
			case ',':
				l.pos++
				l.state = lexValue
				continue
			case ']':
				return l.close(tokEndArray)
			}
			return tokNone, nil
		case lexObjectNext:
			switch c {
			case ',':
				l.pos++
				l.state = lexObjectKey
				continue
			case '}':
				return l.close(tokEndObject)
			}
			return tokNone, nil
		case lexObjectColon:
			if c != ':' {
				return tokNone, nil
			}
			l.pos++
			l.state = lexValue
			continue
		case lexObjectStart, lexObjectKey:
			if c == '}' && l.state == lexObjectStart {
				return l.close(tokEndObject)
			}
			if c != '"' {
				return tokNone, nil
			}
			s, ok := l.string()
			if !ok {
				return tokNone, nil
			}
			l.state = lexObjectColon
			return tokString, s
		case lexArrayStart:
			if c == ']' {
				return l.close(tokEndArray)
			}
		}
		return l.value(c)
	}
}

// value reads the value starting with c.
func (l *lexer) value(c byte) (tokKind, []byte) {
	switch c {
	case '{', '[':
		l.pos++
		l.open = append(l.open, c)
		if c == '{' {
			l.state = lexObjectStart
			return tokBeginObject, nil
		}
		l.state = lexArrayStart
		return tokBeginArray, nil
	case '"':
		s, ok := l.string()
		if !ok {
			return tokNone, nil
		}
		l.afterValue()
		return tokString, s
	case 't', 'f', 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if bytes.HasPrefix(l.data[l.pos:], []byte(lit)) {
				l.pos += len(lit)
				l.afterValue()
				return tokLiteral, nil
			}
		}
		return tokNone, nil
	}
	n := jsonerr.NumberLength(l.data[l.pos:])
	if n == 0 {
		return tokNone, nil
	}
	s := l.data[l.pos : l.pos+n]
	l.pos += n
	l.afterValue()
	return tokNumber, s
}

func (l *lexer) close(kind tokKind) (tokKind, []byte) {
	l.pos++
	l.open = l.open[:len(l.open)-1]
	l.afterValue()
	return kind, nil
}

func (l *lexer) afterValue() {
	switch {
	case len(l.open) == 0:
		l.state = lexEnd
	case l.open[len(l.open)-1] == '{':
		l.state = lexObjectNext
	default:
		l.state = lexArrayNext
	}
}

// string reads the string at l.pos (its opening quote) and returns it
// unquoted as encoding/json unquotes it; ok is false for a malformed one.
func (l *lexer) string() (s []byte, ok bool) {
	start := l.pos + 1
	plain := true // no escape and valid UTF-8: the text is the bytes as written
	i := start
	for ; i < len(l.data); i++ {
		c := l.data[i]
		switch {
		case c == '"':
			s = l.data[start:i]
			l.pos = i + 1
			if plain && (isASCII(s) || utf8.Valid(s)) {
				return s, true
			}
			return l.unquote(s), true
		case c < 0x20:
			return nil, false
		case c == '\\':
			plain = false
			i++
			if i >= len(l.data) {
				return nil, false
			}
			switch l.data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(l.data) || !isHex4(l.data[i+1:i+5]) {
					return nil, false
				}
				i += 4
			default:
				return nil, false
			}
		}
	}
	return nil, false
}

// unquote decodes the escapes of a well-formed string's text s and
// replaces invalid UTF-8 and lone surrogates by U+FFFD, as encoding/json
// does.
func (l *lexer) unquote(s []byte) []byte {
	b := l.scratch[:0]
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			e := s[i+1]
			i += 2
			switch e {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r := hex4(s[i : i+4])
				i += 4
				if utf16.IsSurrogate(r) {
					r1 := rune(-1)
					if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
						r1 = hex4(s[i+2 : i+6])
					}
					if d := utf16.DecodeRune(r, r1); d != unicode.ReplacementChar {
						i += 6
						r = d
					} else {
						r = unicode.ReplacementChar
					}
				}
				b = utf8.AppendRune(b, r)
			default: // " \ /
				b = append(b, e)
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			i += size
			b = utf8.AppendRune(b, r) // U+FFFD for an invalid byte
		}
	}
	l.scratch = b
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isASCII(s []byte) bool {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isHex4(b []byte) bool {
	for _, c := range b[:4] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c <= 'F':
			c -= 'A' - 10
		default:
			c -= 'a' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// looksNumeric reports whether s is written as a decimal number, the way
// amounts travel as strings ("16800", "-1.5", "1e3").
func looksNumeric[T ~string | ~[]byte](s T) bool {
	_, _, ok := numberSize(s)
	return ok
}

// numberSize returns the digits of the mantissa and the absolute exponent
// of s, written as [+-]digits[.digits][(e|E)[+-]digits]; ok is false when s
// is not written so. An exponent too long to read is returned as a huge one.
func numberSize[T ~string | ~[]byte](s T) (digits, exp int, ok bool) {
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
