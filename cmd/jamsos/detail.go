package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/service"
	"github.com/desasadar/jamsos/village"
)

// writeDetail writes the plan of one roster in format (text, csv or json)
// as writePlans writes the whole plan, byte for byte, making each person's
// line as it is written (village.Detail): the plan of a large roster then
// never holds its People, nor its reports' rows.
func (e *env) writeDetail(d *village.Detail, format string, sep rune, people, fullNIK bool) int {
	var err error
	switch format {
	case "text":
		err = d.WriteReport(e.stdout, village.ReportOptions{Lang: e.lang, People: people})
	case "csv":
		err = d.WriteCSV(e.stdout, sep)
	default:
		err = writeDetailJSON(e.stdout, d, fullNIK)
	}
	if err != nil {
		if format == "json" {
			fmt.Fprintf(e.stderr, e.t("jamsos: keluaran JSON tidak dapat ditulis: %s\n", "jamsos: the JSON output cannot be written: %s\n"), masked(err.Error()))
			return exitInvalid
		}
		return e.fail(err)
	}
	return exitOK
}

// writeDetailJSON writes the plan of d as service.WriteJSONIndent writes
// the whole plan's service.PlanReport, byte for byte: it writes the plan
// without its People (which encodes them as null), and in its place the
// People, one at a time; so for each relief. Every person is encoded as
// the whole plan's encoder encodes it, at its depth, and masked as the
// whole document is (no number runs across the parts).
func writeDetailJSON(w io.Writer, d *village.Detail, fullNIK bool) error {
	var doc bytes.Buffer
	if err := service.WriteJSONIndent(&doc, service.PlanReport{Plan: *d.Plan(), FullNIK: fullNIK}); err != nil {
		return err
	}
	rest := doc.Bytes()
	bw := bufio.NewWriter(w)
	// The members null in place of People: the plan's, at depth 1, then
	// each relief's, at depth 3, after the plan's "reliefs".
	top, err := splice(bw, &rest, []byte("\n  \"people\": null"), "    ", fullNIK, people(d.People()))
	if err != nil || !top {
		return cmpErr(err, "people")
	}
	for i := range d.Plan().Reliefs {
		ok, err := splice(bw, &rest, []byte("\n      \"people\": null"), "        ", fullNIK, people(d.ReliefPeople(i)))
		if err != nil || !ok {
			return cmpErr(err, "reliefs.people")
		}
	}
	bw.Write(rest)
	return bw.Flush()
}

// cmpErr is err, or when nil an error saying the member was not found.
func cmpErr(err error, member string) error {
	if err != nil {
		return err
	}
	return fmt.Errorf("the plan's JSON has no member %q to fill in", member)
}

// people returns the values seq yields, as any.
func people[T any](seq iter.Seq[*T]) iter.Seq[any] {
	return func(yield func(any) bool) {
		for v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}

// splice writes *rest up to the first member null (member, then " null"),
// and then the member as an array of the values seq yields, each indented
// as an element at prefix; *rest is left after the null. It reports false,
// having written nothing, when there is no such member.
func splice(w *bufio.Writer, rest *[]byte, member []byte, prefix string, fullNIK bool, seq iter.Seq[any]) (bool, error) {
	at := bytes.Index(*rest, member)
	if at < 0 {
		return false, nil
	}
	head := len(member) - len(" null")
	w.Write((*rest)[:at+head])
	*rest = (*rest)[at+len(member):]
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	n := 0
	for v := range seq {
		b.Reset()
		if err := enc.Encode(v); err != nil {
			return false, err
		}
		if n == 0 {
			w.WriteString(" [\n")
		} else {
			w.WriteString(",\n")
		}
		n++
		w.WriteString(prefix)
		out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
		if fullNIK {
			w.Write(out)
		} else {
			w.WriteString(problem.MaskDigits(string(out), problem.IDDigits))
		}
	}
	if n == 0 {
		w.WriteString(" []")
		return true, nil
	}
	w.WriteString("\n" + prefix[:len(prefix)-2] + "]")
	return true, nil
}
