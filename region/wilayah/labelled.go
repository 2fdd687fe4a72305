package wilayah

import "github.com/desasadar/jamsos/region"

// Labelled returns a region.Directory that answers dir's names with the
// word for their level in front, as [Label] writes them: "Desa Sungai
// Raya" and "Kecamatan Sungai Raya" where dir says "Sungai Raya" for both.
// It suits reports that print a village's, district's and regency's names
// without saying which is which, such as a village plan's header. It
// implements region.Sourced with dir's source when dir has one, so that
// region.CheckCode still names the list. A nil dir gives nil.
func Labelled(dir region.Directory) region.Directory {
	if dir == nil {
		return nil
	}
	return labelled{dir}
}

type labelled struct{ dir region.Directory }

// Name returns the labelled name of the area with code c.
func (l labelled) Name(c region.Code) (string, bool) {
	n, ok := l.dir.Name(c)
	if !ok {
		return "", false
	}
	return Label(region.Entry{Code: c, Name: n}), true
}

// Source returns the source of the directory underneath, if it has one.
func (l labelled) Source() region.Source {
	if s, ok := l.dir.(region.Sourced); ok {
		return s.Source()
	}
	return region.Source{}
}
