package service

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/desasadar/jamsos/problem"
)

// The check as it was first written, over encoding/json's Decoder.Token:
// the reference the faster check of strict.go is held to (FuzzPrecheck).

// check is a token-level reading of a JSON document, done before it is
// decoded, that encoding/json would not do: a key given twice, or twice in
// different case (encoding/json keeps the last and matches case-insensitively),
// a key of a known struct written in another case, text with control
// characters, numbers out of range, lists over their limits, nesting too
// deep. It never reports a syntax error: it stops there and leaves it to the
// decoder, which says what is wrong.
type refCheck struct {
	dec    *json.Decoder
	lists  map[string]int // path of a list → its limit
	frames []refFrame
	probs  problem.List
	stop   bool
}

// frame is an open object or array.
type refFrame struct {
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
func refPrecheck(data []byte, typ reflect.Type, lists map[string]int) problem.List {
	c := &refCheck{dec: json.NewDecoder(bytes.NewReader(data)), lists: lists}
	c.dec.UseNumber()
	c.run(indirect(typ))
	return c.probs
}

func (c *refCheck) run(root reflect.Type) {
	next := root // the type of the value about to be read, if known
	for !c.stop && len(c.probs) < maxCheckProblems {
		tok, err := c.dec.Token()
		if err != nil {
			return // a syntax error or the end: the decoder reports it
		}
		var top *refFrame
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
				f := refFrame{object: t == '{', wantKey: t == '{'}
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
func (c *refCheck) key(top *refFrame, key string) reflect.Type {
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
func (c *refCheck) text(s, field string) {
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
func (c *refCheck) number(s string) {
	digits, exp, ok := numberSize(s)
	if ok && digits <= MaxNumberDigits && exp <= MaxExponent {
		return
	}
	c.add(problem.New(ErrOutOfRange, "number.out_of_range", c.path(true), problem.Clip(s),
		fmt.Sprintf("angka di luar batas (paling banyak %d angka, pangkat paling besar %d)", MaxNumberDigits, MaxExponent),
		fmt.Sprintf("the number is out of range (at most %d digits and an exponent of at most %d)", MaxNumberDigits, MaxExponent)))
}

func (c *refCheck) add(p *problem.Error) { c.probs = append(c.probs, p) }

// path is the field path of the current value (or, with value false, of
// the innermost list or object itself).
func (c *refCheck) path(value bool) string {
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

// FuzzPrecheck holds the check to its first version over Decoder.Token:
// on any document, for the types of every request and with and without
// limits on lists, both find the same problems (code, field and value) in
// the same order.
func FuzzPrecheck(f *testing.F) {
	for _, seed := range []string{
		goodBill, `{"month":"2026-05","month":"2026-06"}`, `{"Month":"2026-05"}`, `{"reliefs":["PP50_2025","PP50_2025"]}`,
		`{"basis":"1e9999"}`, `{"basis":1e9999}`, `{"segment":"B\u0000PU"}`, `{"a\u00e9":1,"A\u00C9":2}`,
		`{"x":"\ud800"}`, `{"x":"\ud83d\ude00\u0085"}`, "{\"x\":\"\xff\xfe\",\"x\":\"\xff\"}", `{"x":"\"\\\/\b\f\n\r\t"}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		`{"a":{"b":{"a":1,"A":2}}`, `"x"`, `1`, `{"month":"2026-05"} x`, `[1x]`, `[1}`, `[01]`, `[1.]`, `[-]`, `[truex]`, `[1,]`, `{"a":1,}`,
		`{"a" 1}`, `{1:2}`, `[1e5, -0.5E-3, 0]`, `{"roster":[{"nik":"1","nik":"2"},{"name":"a"},{"name":"a"}]}`,
		`{"village":"61.12.01.2001","year":2026,"roster":[{"nik":"6112011708900001","name":"Budi","group":"informal"}]}`,
		`{"network":{},"activities":[{"amount":"1e9999"}],"on":"2026-03-31","fees":["2026-03","2026-04","2026-05"]}`,
		`{"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10,"k11":11,"k12":12,"k13":13,"k14":14,"k15":15,"k16":16,"k17":17,"K3":3,"k17":0}`,
	} {
		f.Add(seed)
	}
	types := []reflect.Type{nil, reflect.TypeFor[BillRequest](), reflect.TypeFor[PlanRequest](), reflect.TypeFor[PartnerRequest]()}
	limits := []map[string]int{nil, {"roster": 2, "activities": 1, "fees": 2, "": 3}}
	f.Fuzz(func(t *testing.T, doc string) {
		for _, typ := range types {
			for _, lists := range limits {
				got, want := precheck([]byte(doc), typ, lists), refPrecheck([]byte(doc), typ, lists)
				if g, w := describe(got), describe(want); g != w {
					t.Fatalf("%q as %v, lists %v:\n got %s\nwant %s", doc, typ, lists, g, w)
				}
			}
		}
	})
}

func describe(l problem.List) string {
	var b strings.Builder
	for _, p := range l {
		fmt.Fprintf(&b, "%s %q %q; ", p.Code, p.Field, p.Value)
	}
	return b.String()
}
