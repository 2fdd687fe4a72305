// Package region handles Kemendagri area codes (kode wilayah): the codes the
// Ministry of Home Affairs gives to every province, regency, city, district
// and village of Indonesia. jamsos uses them for a participant's domicile, for
// the district that issued a NIK, and to tell a desa, which may fund social
// security from its own budget, from a kelurahan, which may not.
//
// # Format
//
// A full code has ten digits in four parts, PP.KK.CC.DDDD:
//
//	32.16.01.2001
//	│  │  │  └── village (desa or kelurahan), 4 digits
//	│  │  └───── district (kecamatan), 2 digits
//	│  └──────── regency or city (kabupaten/kota), 2 digits
//	└─────────── province (provinsi), 2 digits
//
// [Parse] reads the dotted form above and the compact form "3216012001",
// which is how the first six digits of a NIK and many datasets carry it.
// [Code.String] writes the dotted form and [Code.Compact] the compact one.
// A code is valid only when its province is one of the 38 provinces, its
// regency or city part is 01–69 or 71–99, its district part is not 00, and
// its village part starts with 1, 2 or 3 and has a serial other than 000.
// Regencies are numbered 01–69 and cities 71–99; 70 is in neither range, so
// a regency part of 70 is rejected rather than classed as either.
//
// [Code] is a small comparable value in the manner of net/netip.Addr: compare
// codes with ==, use them as map keys, pass them by value. Parsing, the tier
// methods and comparisons do not allocate. The zero Code is
// invalid: [Code.IsValid] reports false, it prints as the empty string, and it
// encodes as empty text (so an absent code in JSON is "").
//
// # Levels
//
// A code names one of four tiers, its [Level]: [Province] (2 digits),
// [Regency] (4), [District] (6) or [Village] (10). A regency part of 01–69 is
// a kabupaten (regency, [Code.IsRegency]) and 71–99 a kota (city,
// [Code.IsCity]); regencies and cities are the same tier. [Code.Parent],
// [Code.Province], [Code.Regency] and [Code.District] move up the tiers and
// [Code.Contains] tests whether one area lies within another. A coarse code
// asked for a finer tier gives the zero Code rather than an error.
//
// # Desa and kelurahan
//
// The first digit of the village part says what kind of village it is
// ([Code.VillageKind]):
//
//   - 1, [Kelurahan]: an urban ward, an office of the regency or city
//     government, led by a civil servant (lurah); it has no budget of its own.
//   - 2, [Desa]: a village, self-governing under the village law, with an
//     elected head (kepala desa), officials paid from its budget (APBDes) and
//     a yearly transfer of Dana Desa (the village fund).
//   - 3, [DesaAdat]: a customary village, a desa governed through customary
//     institutions.
//
// The difference matters to jamsos: village officials, village budgets and
// Dana Desa exist only in a desa or desa adat. Any other first digit is an
// error ([ErrVillageKind]).
//
// # Names
//
// The package carries the 38 province names ([ProvinceName], [Provinces]).
// Regencies, districts and villages number in the tens of thousands and change
// with every edition, so their names come from a dataset the caller chooses,
// through the [Directory] interface. [LoadCSV] reads a plain "code,name" CSV
// file into a [Table], reporting every bad line at once.
//
// # Errors
//
// Every error is a *[problem.Error] (several at once come as a [problem.List])
// with a stable code, the field at fault, the offending value and a message in
// Indonesian and English. It unwraps to one of the sentinels such as
// [ErrInvalidCode] and [ErrUnknownProvince], for [errors.Is]. Area codes are
// not personal data and appear in errors unmasked. No function panics on any
// input except [MustParse].
//
// # Sources
//
// The code format and the province list follow the latest edition of the
// Minister of Home Affairs decree on area codes, Kepmendagri
// 300.2.2-2138/2025 ([ProvinceSource]), which replaced Permendagri 56/2015,
// 137/2017, 72/2019 and 58/2021 and Kepmendagri 050-145/2022 and
// 100.1.1-6117/2022. The four Papua provinces formed in 2022 (by UU 14, 15,
// 16 and 29 of 2022) are 93 Papua Selatan, 94 Papua Tengah, 95 Papua
// Pegunungan and 96 Papua Barat Daya; older datasets lack them or number them
// differently. Province names are given in the short form in common use
// ("DKI Jakarta", "DI Yogyakarta"). The table was checked against datasets
// derived from the decree, not against its text, so its confidence is
// "secondary".
//
// These codes are not the codes of BPS (Statistics Indonesia), which number
// districts and villages differently; never mix the two.
package region
