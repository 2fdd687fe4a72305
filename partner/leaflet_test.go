package partner

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

func TestLeafletInput(t *testing.T) {
	soc := event(Socialisation, day(2026, 3, 14), "BHB-01", desa1, 45)
	cases := []struct {
		name  string
		a     Activity
		names region.Directory
		place string
	}{
		{"a desa named by the directory", soc, names(t), "Desa Pantai Makmur"},
		{"a desa the directory does not know", soc, nil, "32.16.01.2001"},
		{"a kelurahan", event(Education, day(2026, 3, 14), "BHB-01", region.MustParse("32.16.01.1001"), 10),
			mustTable(t, region.Entry{Code: region.MustParse("32.16.01.1001"), Name: "Contoh"}), "Kelurahan Contoh"},
		{"a directory whose names carry the word", soc,
			mustTable(t, region.Entry{Code: desa1, Name: "Desa Pantai Makmur"}), "Desa Pantai Makmur"},
		{"a name that only starts like the word", soc,
			mustTable(t, region.Entry{Code: desa1, Name: "Desajaya"}), "Desa Desajaya"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, err := LeafletInput(c.a, c.names)
			if err != nil {
				t.Fatal(err)
			}
			if in.Place != c.place || in.Date != c.a.Date || len(in.Workers) != 0 {
				t.Errorf("got %+v, want place %q on %s with the typical workers", in, c.place, c.a.Date)
			}
		})
	}
	t.Run("not an event", func(t *testing.T) {
		_, err := LeafletInput(act(Registration, day(2026, 3, 14), "AG-01", desa1, nik(1)), nil)
		var l problem.List
		if !errors.Is(err, ErrInvalidActivity) || !errors.As(err, &l) || l[0].Code != "activity.not_event" {
			t.Errorf("got %v", err)
		}
	})
	t.Run("every problem at once", func(t *testing.T) {
		_, err := LeafletInput(Activity{Kind: Socialisation, Partner: "BHB-01"}, nil)
		var l problem.List
		if !errors.As(err, &l) || len(l) < 3 { // date, village, attendance
			t.Errorf("got %v", err)
		}
	})
}

// The leaflet of a socialisation day on Saturday 14 March 2026 in Pantai
// Makmur: a farmer on Rp1,000,000 with JKK+JKM pays 1% × 1,000,000 +
// 6,800 = Rp16,800 (PP 50/2025 reaches farmers only in April 2026); a
// motorcycle-taxi driver on Rp2,000,000, a transport worker, pays half of
// 1% × 2,000,000 + 6,800 = 26,800, Rp13,400, under PP 50/2025 from
// January 2026; the death benefit is Rp42,000,000 (PP 82/2019).
func TestWriteLeaflet(t *testing.T) {
	var b strings.Builder
	if err := WriteLeaflet(&b, event(Socialisation, day(2026, 3, 14), "BHB-01", desa1, 45), nil, names(t), problem.Indonesian); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Sosialisasi Desa Pantai Makmur, Sabtu 14 Maret 2026", "Iuran: Rp16.800 sebulan",
		"Iuran: Rp13.400 sebulan", "Rp42.000.000"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the leaflet lacks %q:\n%s", want, &b)
		}
	}
	if err := WriteLeaflet(&b, Activity{}, nil, nil, problem.English); !errors.Is(err, ErrInvalidActivity) {
		t.Errorf("an empty activity: %v", err)
	}
}

func mustTable(t *testing.T, e ...region.Entry) region.Directory {
	t.Helper()
	d, err := region.NewTable(e)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func ExampleLeafletInput() {
	names, _ := region.NewTable([]region.Entry{{Code: region.MustParse("32.16.01.2001"), Name: "Pantai Makmur"}})
	in, err := LeafletInput(Activity{Kind: Socialisation, Date: regulation.MustDate(2026, 3, 14), Partner: "BHB-01",
		Village: region.MustParse("32.16.01.2001"), Attendance: 45}, names)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(in.Place, in.Date)
	lf, _ := benefit.Default().Leaflet(in)
	fmt.Println(strings.SplitN(lf.Text(problem.English), "\n", 3)[1])
	// Output:
	// Desa Pantai Makmur 2026-03-14
	// Socialisation day, Desa Pantai Makmur, Saturday 14 March 2026
}
