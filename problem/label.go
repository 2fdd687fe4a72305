package problem

import (
	"strconv"
	"strings"
)

// Label renders a field path for a person reading the given language: each
// name the module's inputs use becomes its word ("birth_date" is "tanggal
// lahir" or "birth date"), an index becomes the place of the element,
// counted from one ("roster[2]" is "peserta ke-3" or "3rd participant"), a
// line of a file keeps its number and names its column ("line[4].wage" is
// "baris 4, kolom upah" or "line 4, column wage"), and the parts are joined
// with commas, from the outermost in:
//
//	Label("roster[2].participant.nik", Indonesian) == "peserta ke-3, peserta, NIK"
//
// Path parts Label does not know (a parameter's name such as
// "pu.jp.wage_cap", a file's name, a key the input itself gave, a column
// typed wrong) are kept as they are from the first unknown part on, dots and
// all, so that what the input or the documentation calls them can still be
// found: Label("line[2].2027-03.pu.jp.wage_cap", English) is
// "line 2, 2027-03.pu.jp.wage_cap". A path that starts with the name of a
// CSV or JSON file, as a reader of many files gives it, names the file
// first: "desa/6112012001.csv.line[4].wage" is "berkas
// desa/6112012001.csv, baris 4, kolom upah"; one that starts with "-",
// the name of standard input, names it: "-.line[2]" is "standard input,
// line 2". An empty path gives "".
//
// The path itself, in [Error.Field] and in JSON, stays the machine's; Label
// is only what text for people shows. Like [New], Label never shows a
// number of sixteen digits or more in full.
func Label(field string, l Lang) string {
	if field == "" {
		return ""
	}
	if field == "-" || strings.HasPrefix(field, "-.") { // standard input, read as a file named "-"
		label := pick(l, "masukan standar", "standard input")
		if rest := strings.TrimPrefix(field[1:], "."); rest != "" {
			label += ", " + Label(rest, l)
		}
		return maskID(label)
	}
	if file, rest, ok := cutFile(field); ok {
		label := pick(l, "berkas ", "file ") + file
		if rest != "" {
			label += ", " + Label(rest, l)
		}
		return maskID(label)
	}
	var parts []string
	rest := field
	parent := "" // the name of the list the current part is an element of
	for rest != "" {
		name, index, after, ok := nextPart(rest)
		if !ok {
			break
		}
		var word string
		switch {
		case name == "":
			word, ok = element("", index, l)
		case parent == "line" && index == "":
			// A column: named in the reader's language when known, as the
			// file has it when it is the last part.
			w, known := fieldWords[name]
			switch {
			case known:
				word = pick(l, "kolom ", "column ") + w.word(l)
			case after == "":
				word = pick(l, "kolom ", "column ") + name
			default:
				ok = false
			}
		case index != "":
			word, ok = element(name, index, l)
		default:
			var w fieldWord
			if w, ok = fieldWords[name]; ok {
				word = w.word(l)
			}
		}
		if !ok {
			break
		}
		// "roster[2].participant" is one participant: say it once.
		if len(parts) == 0 || !strings.HasPrefix(parts[len(parts)-1], word+" ke-") && !strings.HasSuffix(parts[len(parts)-1], " "+word) {
			parts = append(parts, word)
		}
		parent = ""
		if name == "line" && index != "" {
			parent = "line"
		}
		rest = after
	}
	switch {
	case len(parts) == 0:
		return maskID(field)
	case rest != "":
		parts = append(parts, strings.TrimPrefix(rest, "."))
	}
	return maskID(strings.Join(parts, ", "))
}

// cutFile splits a path that starts with the name of a CSV or JSON file, as
// the readers of many files put it in front of a line's path
// ("rosters/6112012001.csv.line[4].wage"), into the file and the rest.
func cutFile(field string) (file, rest string, ok bool) {
	lower := strings.ToLower(field)
	for _, ext := range []string{".csv", ".json"} {
		if strings.HasSuffix(lower, ext) {
			return field, "", true
		}
		if i := strings.Index(lower, ext+"."); i >= 0 {
			return field[:i+len(ext)], field[i+len(ext)+1:], true
		}
	}
	return "", "", false
}

// Label returns the field of e as [Label] renders it for a person.
func (e *Error) Label(l Lang) string { return Label(e.Field, l) }

// nextPart splits the first part off a path: a name, optionally followed by
// one index ("roster[2]"), or an index alone ("[2]"). after is what follows,
// starting with "." or "[", or empty. ok is false when the path does not
// start with a part of this shape (an index not closed, a second index).
func nextPart(path string) (name, index, after string, ok bool) {
	path = strings.TrimPrefix(path, ".")
	end := strings.IndexAny(path, ".[")
	if end < 0 {
		return path, "", "", path != ""
	}
	name, after = path[:end], path[end:]
	if strings.HasPrefix(after, "[") {
		close := strings.IndexByte(after, ']')
		if close < 0 {
			return "", "", path, false
		}
		index, after = after[1:close], after[close+1:]
		if strings.HasPrefix(after, "[") {
			// A list of lists: keep it as it is.
			return "", "", path, false
		}
	}
	if after != "" && !strings.HasPrefix(after, ".") {
		return "", "", path, false
	}
	return name, index, after, true
}

// element renders element index of the list name: its item's word and its
// place counted from one ("peserta ke-3", "3rd participant"), or for a line
// its number as given ("baris 4", "line 4"). An index that is not a small
// number is a key given by the input, kept as it is ("bonus 2018-02-01").
func element(name, index string, l Lang) (string, bool) {
	w, ok := listWords[name]
	if !ok {
		return "", false
	}
	n, err := strconv.Atoi(index)
	if err != nil || n < 0 || len(index) > 9 {
		if name == "" {
			return "", false
		}
		if fw, ok := fieldWords[name]; ok {
			return fw.word(l) + " " + index, true
		}
		return w.word(l) + " " + index, true
	}
	if name == "line" {
		return w.word(l) + " " + index, true
	}
	return ordinal(w.word(l), n+1, l), true
}

// ordinal names the nth item: "peserta ke-3" in Indonesian, "3rd
// participant" in English.
func ordinal(item string, n int, l Lang) string {
	if l != English {
		return item + " ke-" + strconv.Itoa(n)
	}
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix + " " + item
}

func pick(l Lang, id, en string) string {
	if l == English {
		return en
	}
	return id
}

// fieldWord is the name of a field in each language.
type fieldWord struct{ id, en string }

func (w fieldWord) word(l Lang) string { return pick(l, w.id, w.en) }
