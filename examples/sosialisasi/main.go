// Command sosialisasi prints a one-page leaflet for a village's
// socialisation day (hari sosialisasi jaminan sosial ketenagakerjaan): for a
// farmer, a fisherman, a trader, a motorcycle-taxi driver and a village
// official, what a month's contribution costs and what it protects — the
// sentence a village head, a Bhabinkamtibmas, a Babinsa or an Agen Perisai
// says at the door.
//
//	go run ./examples/sosialisasi                     # Indonesian
//	go run ./examples/sosialisasi -lang en            # English
//	go run ./examples/sosialisasi -date 2026-05-09    # another day
//	go run ./examples/sosialisasi -format json        # the leaflet as JSON
//
// The workers' incomes and programs are examples (benefit.TypicalWorkers),
// the village is made up, and the day is fixed so that the output does not
// depend on the clock: Saturday 14 March 2026, when the PP 50/2025 discount
// covers transport workers only (other sectors from April 2026).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

// The sample day and village.
const (
	defaultDate  = "2026-03-14"
	defaultPlace = "Desa Sukamaju"
)

func main() {
	lang := flag.String("lang", "id", "language of the leaflet: id or en")
	date := flag.String("date", defaultDate, "day of the socialisation, YYYY-MM-DD")
	place := flag.String("place", defaultPlace, "where it is held")
	format := flag.String("format", "text", "output: text or json")
	flag.Parse()
	l, ok := problem.ParseLang(*lang)
	if !ok {
		fmt.Fprintln(os.Stderr, "sosialisasi: -lang must be id or en")
		os.Exit(2)
	}
	d, err := regulation.ParseDate(*date)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sosialisasi:", problemText(err, l))
		os.Exit(2)
	}
	if err := run(os.Stdout, l, d, *place, *format); err != nil {
		fmt.Fprintln(os.Stderr, "sosialisasi:", problemText(err, l))
		os.Exit(1)
	}
}

// run builds the leaflet of the day and writes it to w.
func run(w io.Writer, l problem.Lang, d regulation.Date, place, format string) error {
	lf, err := benefit.Default().Leaflet(benefit.LeafletInput{Place: place, Date: d})
	if err != nil {
		return err
	}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(lf)
	case "text":
		_, err := io.WriteString(w, lf.Text(l))
		return err
	}
	return fmt.Errorf("unknown format %q: use text or json", format)
}

// problemText is an error in the chosen language.
func problemText(err error, l problem.Lang) string {
	switch e := err.(type) {
	case problem.List:
		return e.Message(l)
	case *problem.Error:
		return e.Message(l)
	}
	return err.Error()
}
