package village

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/desasadar/jamsos/internal/jsonerr"
	"github.com/desasadar/jamsos/problem"
)

// readJSONPlain reads a roster as [ReadJSON] does, in one pass over the
// bytes, when the document is a plain one: well-formed JSON, an array of
// objects whose members are roster fields, each given once, with a string,
// a number (wage and rank only) or null. For such a document it gives what
// ReadJSON's reading with encoding/json gives: the same enrolments, lines
// and problems (those of the fields' values, which the two share). It
// returns false at the first thing that is not plain, having kept nothing:
// ReadJSON then reads the document with encoding/json, which says what is
// wrong as it always has.
//
// It makes one string of each element's bytes, which the cells it keeps
// (a name) are cut from, as the CSV reader makes one of each line; a
// string with an escape is unquoted by encoding/json on its own.
func readJSONPlain(data []byte) ([]Enrolment, problem.List, bool) {
	p := plainJSON{data: data}
	var (
		out   []Enrolment
		errs  problem.List
		wages decimals
	)
	lines := jsonerr.NewLines(data)
	if !p.byte('[') {
		return nil, nil, false
	}
	if !p.byte(']') {
		for i := 0; ; i++ {
			start := p.skip()
			fields, ok := p.element()
			if !ok {
				return nil, nil, false
			}
			at := place{"roster", i}
			if e, ok := parseFields(&fields, at, &wages, &errs); ok {
				e.Line = lines.At(int64(start))
				out = append(out, e)
			}
			if p.byte(',') {
				continue
			}
			if p.byte(']') {
				break
			}
			return nil, nil, false
		}
	}
	if p.skip() != len(data) {
		return nil, nil, false
	}
	return out, errs, true
}

// plainJSON is a reader of a plain roster document.
type plainJSON struct {
	data []byte
	pos  int
}

// skip passes white space and returns the offset of what follows.
func (p *plainJSON) skip() int {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
			continue
		}
		break
	}
	return p.pos
}

// byte reads c after white space, if it is there.
func (p *plainJSON) byte(c byte) bool {
	if p.skip() < len(p.data) && p.data[p.pos] == c {
		p.pos++
		return true
	}
	return false
}

// span is where a value is in the element's text, and what it is.
type span struct {
	from, to int // the text, without quotes
	kind     byte
}

// The kinds of a span.
const (
	spanString  = 's' // a string with no escape, valid UTF-8
	spanEscaped = 'e' // a string with an escape or bytes that are not UTF-8
	spanNumber  = 'n'
	spanNull    = 'z'
)

// element reads one object of roster fields into its cells.
func (p *plainJSON) element() (f cells, ok bool) {
	if !p.byte('{') {
		return f, false
	}
	start := p.pos - 1
	var spans [len(columns)]span
	var given [len(columns)]bool
	if !p.byte('}') {
		for {
			if !p.byte('"') {
				return f, false
			}
			k0 := p.pos
			for p.pos < len(p.data) && p.data[p.pos] > '"' && p.data[p.pos] != '\\' && p.data[p.pos] < utf8.RuneSelf {
				p.pos++
			}
			if p.pos >= len(p.data) || p.data[p.pos] != '"' {
				return f, false // a key with an escape, a quote or other text: not a roster field
			}
			col := member(p.data[k0:p.pos])
			p.pos++
			if col < 0 || given[col] || !p.byte(':') {
				return f, false
			}
			given[col] = true
			sp, ok := p.value()
			if !ok || sp.kind == spanNumber && col != colWage && col != colRank {
				return f, false
			}
			spans[col] = sp
			if p.byte(',') {
				continue
			}
			if p.byte('}') {
				break
			}
			return f, false
		}
	}
	text := string(p.data[start:p.pos])
	for col, sp := range spans {
		if !given[col] {
			continue
		}
		c := cell{set: true}
		switch sp.kind {
		case spanString:
			c.text, c.utf8 = text[sp.from-start:sp.to-start], true
		case spanEscaped:
			var v string
			if json.Unmarshal(p.data[sp.from-1:sp.to+1], &v) != nil {
				return f, false
			}
			c.text = v
		case spanNumber:
			c.text, c.number, c.utf8 = text[sp.from-start:sp.to-start], true, true
		}
		f[col] = c
	}
	return f, true
}

// member returns the index in columns of the field named key exactly, or
// -1.
func member(key []byte) int {
	for i, c := range columns {
		if string(key) == c.Name {
			return i
		}
	}
	return -1
}

// value reads a string, a number or null.
func (p *plainJSON) value() (span, bool) {
	if p.skip() >= len(p.data) {
		return span{}, false
	}
	switch c := p.data[p.pos]; {
	case c == '"':
		return p.string()
	case c == 'n':
		if len(p.data)-p.pos >= 4 && string(p.data[p.pos:p.pos+4]) == "null" {
			p.pos += 4
			return span{kind: spanNull}, true
		}
		return span{}, false
	case c == '-' || c >= '0' && c <= '9':
		n := jsonerr.NumberLength(p.data[p.pos:])
		if n == 0 {
			return span{}, false
		}
		sp := span{from: p.pos, to: p.pos + n, kind: spanNumber}
		p.pos += n
		return sp, true
	}
	return span{}, false
}

// string reads a string whose opening quote is at p.pos.
func (p *plainJSON) string() (span, bool) {
	sp := span{from: p.pos + 1, kind: spanString}
	ascii := true
	for i := sp.from; i < len(p.data); i++ {
		switch c := p.data[i]; {
		case c == '"':
			sp.to, p.pos = i, i+1
			if !ascii && !utf8.Valid(p.data[sp.from:sp.to]) {
				sp.kind = spanEscaped // encoding/json makes what is not UTF-8 U+FFFD
			}
			return sp, true
		case c < ' ':
			return span{}, false
		case c == '\\':
			sp.kind = spanEscaped
			i++ // the escaped byte, never the closing quote; encoding/json checks the rest
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return span{}, false
}
