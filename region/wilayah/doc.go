// Package wilayah is Kemendagri's list of every area of Indonesia, built in:
// the codes and names of the 38 provinces, 514 regencies and cities, 7,285
// districts (kecamatan) and 83,762 villages (desa and kelurahan) of the 2025
// edition, Kepmendagri 300.2.2-2138/2025 ([Edition2025]).
//
// It is a package of its own, apart from region, so that a program that only
// computes contributions does not carry 91,599 names: only a program that
// imports wilayah does. The list costs about 0.8 MB in a binary (0.5 MB of
// compressed data and the code that reads it). It is decoded on first use,
// in some tens of milliseconds, into about 3.6 MB of memory; the first
// search by name builds an index of about 2.1 MB more.
//
// # Lookups
//
// [Default] returns the embedded list as a [*Directory]. It implements
// [region.Directory], so it can go wherever one is taken (village.Identify,
// partner reports), and [region.Sourced], so that the checks of package
// region name its edition.
//
//	d := wilayah.Default()
//	name, ok := d.Name(region.MustParse("32.16"))       // "Kabupaten Bekasi"
//	ch, _ := d.Chain(region.MustParse("32.16.01.2001")) // the area and those above it
//	fmt.Println(ch) // Desa Sagara Makmur, Kecamatan Tarumajaya, Kabupaten Bekasi, Provinsi Jawa Barat
//
// [Directory.Name], [Directory.Lookup], [Directory.Chain] and
// [Directory.Kind] do not allocate and take well under a microsecond (0.1 to
// 0.3 µs, see BENCHMARKS.md).
// [Directory.Children] lists the areas directly within one, [Directory.All]
// the whole list in code order. [Directory.Kind] tells a desa from a
// kelurahan for a village the list has; [Label] puts the word for the level
// in front of a name.
//
// # Names
//
// [Directory.Search] finds areas by name within an area, and
// [Directory.Find] the one area a name means. Case, spaces and punctuation
// do not count, and a leading word for a level ("Kabupaten", "Kab.",
// "Kota", "Kecamatan", "Desa", "Kelurahan", "Provinsi") narrows the search
// to that level: "kubu raya" finds Kabupaten Kubu Raya (61.12), "Kab.
// Bekasi" finds 32.16 and "Kota Bekasi" 32.75. Find reports a name that
// matches nothing ([ErrNoMatch]) or several areas ([ErrAmbiguous], naming
// them).
//
// # Other lists
//
// Any list can take the place of the embedded one, since every function
// that uses names takes a region.Directory: a [region.Table] read with
// [region.LoadCSV], or a Directory built from another edition or a local
// list with [New] or [FromTable], which check it first ([region.CheckList]:
// codes given twice, villages without their district) and report every
// problem at once, naming each code.
//
// # Checking codes
//
// [region.CheckCode] checks a code against any directory: an unlisted
// village is a warning (an error in strict mode) that suggests the nearest
// existing codes of its district. [region.CheckIssuingDistrict] gives a
// note, never an error, for a NIK whose district is not in the list: the
// district may have been split or renumbered since the NIK was issued.
//
// # Source and licence
//
// The data is a copy of db/wilayah.sql of the cahyadsn/wilayah repository
// (MIT licence, copyright Cahya DSN; see NOTICE beside this file), converted
// by internal/wilayahgen into wilayah.tsv.gz: gzip-compressed text, one area
// a line, each code given by its last part. To take in a new edition, point
// WILAYAH_SQL at the new dump and run go generate in this directory, then
// update [Edition2025] (or add an edition) and the tests of known counts.
package wilayah
