package holiday

// instrumentsID words in Indonesian the instruments of the built-in
// calendar that holidays.csv describes in English, keyed by that wording
// (see regulation.Citation.Indonesian). The other instruments are bare
// names ("SKB 855/2023", "Keppres 3/2017"), the same in both languages.
var instrumentsID = map[string]string{
	"SKB 3 Menteri HLN & Cuti Bersama 2015 (signed 2014-05-07; number not found)":                               "SKB 3 Menteri HLN & Cuti Bersama 2015 (ditandatangani 2014-05-07; nomornya tidak ditemukan)",
	"SKB 2015 as revised (revision not found) / original SKB 2015":                                              "SKB 2015 sebagaimana direvisi (revisinya tidak ditemukan) / SKB 2015 semula",
	"Keppres 18/2017 (2017-06-15, ASN) + Kepmenaker 184/2017 (2017-06-19, private sector); not in SKB 684/2016": "Keppres 18/2017 (2017-06-15, ASN) + Kepmenaker 184/2017 (2017-06-19, sektor swasta); tidak ada dalam SKB 684/2016",
	"SKB 391/2020 (moved) as amended by SKB 744/2020, 05/2020, 06/2020 (2020-12-01, amendment 4)":               "SKB 391/2020 (digeser) sebagaimana diubah dengan SKB 744/2020, 05/2020, 06/2020 (2020-12-01, perubahan keempat)",
}

// namesID words in Indonesian the notes holidays.csv adds in English to the
// names of a few days, keyed by the name as the file writes it: the decree's
// name stays as it is, and only the note ("added June 2017", "moved from
// 2022-07-09") is translated, with the same facts. A name not in the table
// has no note and reads the same in both languages.
var namesID = map[string]string{
	"Cuti Bersama Idul Fitri 1438 H (added June 2017)":                                      "Cuti Bersama Idul Fitri 1438 H (ditambahkan Juni 2017)",
	"Cuti Bersama Idul Fitri 1439 H (added)":                                                "Cuti Bersama Idul Fitri 1439 H (ditambahkan)",
	"Hari Raya Idul Adha 1443 H (moved from 2022-07-09)":                                    "Hari Raya Idul Adha 1443 H (digeser dari 2022-07-09)",
	"Maulid Nabi Muhammad SAW (1437 H) [SKB 2014 originally: Cuti Bersama Hari Raya Natal]": "Maulid Nabi Muhammad SAW (1437 H) [semula menurut SKB 2014: Cuti Bersama Hari Raya Natal]",
	"Maulid Nabi Muhammad SAW (holiday moved from 2021-10-19)":                              "Maulid Nabi Muhammad SAW (hari libur digeser dari 2021-10-19)",
	"Tahun Baru Islam 1443 H (holiday moved from 2021-08-10)":                               "Tahun Baru Islam 1443 H (hari libur digeser dari 2021-08-10)",
}
