package wilayah

import (
	"testing"

	"github.com/desasadar/jamsos/region"
)

// The benchmarks of lookups use a village, the deepest level, and a code
// near the end of the list.
var (
	benchVillage = region.MustParse("96.71.10.1004")
	benchSink    string
)

func BenchmarkName(b *testing.B) {
	d := dir(b)
	b.ReportAllocs()
	for b.Loop() {
		benchSink, _ = d.Name(benchVillage)
	}
}

func BenchmarkChain(b *testing.B) {
	d := dir(b)
	b.ReportAllocs()
	for b.Loop() {
		ch, _ := d.Chain(benchVillage)
		benchSink = ch.District.Name
	}
}

func BenchmarkNameUnlisted(b *testing.B) {
	d := dir(b)
	c := region.MustParse("32.16.01.2999")
	b.ReportAllocs()
	for b.Loop() {
		benchSink, _ = d.Name(c)
	}
}

func BenchmarkChildren(b *testing.B) {
	d := dir(b)
	c := region.MustParse("32.16")
	b.ReportAllocs()
	for b.Loop() {
		for _, name := range d.Children(c) {
			benchSink = name
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	d := dir(b)
	_, _ = d.Search("x", region.Code{}) // build the index outside the loop
	b.ReportAllocs()
	for b.Loop() {
		r, _ := d.Search("Kab. Kubu Raya", region.Code{})
		benchSink = r[0].Name
	}
}

func BenchmarkCheckCodeUnlisted(b *testing.B) {
	d := dir(b)
	c := region.MustParse("32.16.01.2019")
	b.ReportAllocs()
	for b.Loop() {
		w, _ := region.CheckCode(d, c, region.CheckOptions{})
		benchSink = w[0].EN
	}
}

// BenchmarkDecode is the first use of Default: decompressing and decoding
// the embedded list.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := decode(embedded, Edition2025)
		if err != nil {
			b.Fatal(err)
		}
		benchSink = d.text[:1]
	}
}

// BenchmarkIndex is the first search: building the index of names.
func BenchmarkIndex(b *testing.B) {
	d, _ := decode(embedded, Edition2025)
	b.ReportAllocs()
	for b.Loop() {
		d.buildIndex()
	}
}
