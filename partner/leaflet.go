package partner

import (
	"io"
	"strings"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// LeafletInput returns the leaflet of a socialisation or education event
// (see benefit.Estimator.Leaflet): the event's day, and its village as the
// place, "Desa Pantai Makmur" ("Kelurahan …", "Desa Adat …" by the code's
// kind, unless the name already starts with the word) when names knows the
// village, its area code otherwise; names may be nil. The workers are left empty, so the leaflet shows
// benefit.TypicalWorkers; set them for a day aimed at other workers.
//
// An activity that is not an event, or that [Activity.Check] refuses, is
// an error wrapping [ErrInvalidActivity] listing every problem.
func LeafletInput(a Activity, names region.Directory) (benefit.LeafletInput, error) {
	var l problem.List
	l.Add(a.Check())
	if a.Kind.IsValid() && !a.Kind.event() {
		l.Add(activityError("activity.not_event", "kind", a.Kind.String(),
			"selebaran dibuat untuk kegiatan sosialisasi atau edukasi", "a leaflet is made for a socialisation or education event"))
	}
	if err := l.Err(); err != nil {
		return benefit.LeafletInput{}, err
	}
	return benefit.LeafletInput{Place: placeName(a.Village, names), Date: a.Date}, nil
}

// WriteLeaflet writes the leaflet of a socialisation or education event
// (see [LeafletInput]) as text in the given language, with the offers of
// est on the event's day (nil for benefit.Default): what an event report
// prints for the people who attended.
func WriteLeaflet(w io.Writer, a Activity, est *benefit.Estimator, names region.Directory, l problem.Lang) error {
	in, err := LeafletInput(a, names)
	if err != nil {
		return err
	}
	if est == nil {
		est = benefit.Default()
	}
	lf, err := est.Leaflet(in)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, lf.Text(l))
	return err
}

// placeName is a village as a leaflet names it.
func placeName(c region.Code, names region.Directory) string {
	if names != nil {
		if n, ok := names.Name(c); ok && n != "" {
			word := "Desa"
			switch c.VillageKind() {
			case region.Kelurahan:
				word = "Kelurahan"
			case region.DesaAdat:
				word = "Desa Adat"
			}
			if len(n) > len(word) && strings.EqualFold(n[:len(word)], word) && n[len(word)] == ' ' {
				return n // a directory of labelled names: "Desa Sungai Raya"
			}
			return word + " " + n
		}
	}
	return c.String()
}
