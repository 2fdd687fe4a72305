// Package langcheck finds the words of one language in text meant for
// readers of the other: English words in an Indonesian report, Indonesian
// words in an English one. The tests of this module use it to keep each
// output in one language (the golden files under testdata, the command's
// listings).
//
// It knows two curated lists, not a dictionary: the words that would show
// a sentence, a label or a citation left untranslated (function words,
// the vocabulary of contributions, confidence marks, the describing words
// of citations). Before looking, it removes what is the same in both
// languages:
//   - codes: a word in capitals (JKK, BPU, REGISTER), a word with a digit,
//     a dot, an underscore or a slash (agent.fee_scheme, B/1226/022026);
//   - quotations in double quotes, quoted as they were said or written;
//   - the proper names and legal terms of [Names] (Dana Desa, Pasal, New
//     Perisai, the issuers of the SKB on holidays), which are quoted as
//     they are in both languages.
//
// It is for this module's tests only.
package langcheck

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/desasadar/jamsos/problem"
)

// Names are quoted as they are in both languages: names of programs,
// budgets, bodies, documents and places, and the terms Indonesian
// regulations number their parts with. They are removed before looking for
// either language's words, longest first.
var Names = []string{
	// legal citation terms and instrument names
	"Pasal", "ayat", "huruf", "Lampiran", "jo.", "Surat Edaran",
	"SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPAN-RB", "hari libur nasional dan cuti bersama",
	"Jasa Konstruksi", "Sosialisasi New Perisai", "New Perisai", "MoU Polri",
	"Penggerak Jaminan Sosial Indonesia", "Desa Sadar Jaminan Sosial Ketenagakerjaan",
	"Jaminan Sosial Ketenagakerjaan", "BPJS Ketenagakerjaan", "PROBIS Kepesertaan",
	"Jaminan Sosial Kepala Desa dan Perangkat Desa",
	// budgets and funding sources, as Permendagri 20/2018 names them
	"Dana Desa", "Alokasi Dana Desa", "Pendapatan Asli Desa", "Padat Karya Tunai", "Bantuan Keuangan",
	// programs' Indonesian names, quoted after their code in English too
	"Jaminan Kecelakaan Kerja", "Jaminan Kematian", "Jaminan Hari Tua", "Jaminan Pensiun",
	"Jaminan Kehilangan Pekerjaan",
	// roles and days
	"Agen Perisai", "Bhabinkamtibmas", "Babinsa", "cuti bersama", "siltap", "wadah", "Polri", "TNI",
	"Terbilang",
	// regions are named as Kemendagri's list names them
	"Kabupaten", "Kecamatan", "Kota",
}

// quoted is a quotation in straight double quotes, quoted as it was said
// or written ("100 orang per desa", "Sosialisasi New Perisai").
var quoted = regexp.MustCompile(`"[^"]*"`)

// english are words that show an English phrase in Indonesian text.
var english = words(`
	the and of to for with from by not no is are was be been on at or as this that which
	who whose each every any than into only also may must
	rule rules found default module letter announcement statement director membership
	scheme press branch deck amended assumption reported practice payment channels
	agreements between regencies regency cooperation declared yield
	secondary unconfirmed text half halves up down nearest rupiah's
	relief source sources worker workers employer contribution contributions due paid
	month months year years village villages budget totals billed deferred
	warning warnings covered protected target's rounding
	kind line lines
	added moved originally holiday holidays january february march june july august
	october december`)

// indonesian are words that show an Indonesian phrase in English text.
var indonesian = words(`
	dan atau yang untuk dengan tidak dari pada sejak oleh bagi ke di dalam tentang setiap
	belum sudah wajib boleh bila karena agar menjadi sebagai
	bulan tahun iuran peserta pekerja pemberi kerja jumlah dasar potongan keringanan
	naskah sekunder pasti aturan skema agen pernyataan pengumuman surat
	perubahannya diubah bawaan ditemukan modul asumsi pemberitaan kanal pembayaran
	perjanjian sama antara cabang direktur kepesertaan paparan bahan
	ditagih ditagihkan pembulatan setengah atas terdekat orang hadir
	ditambahkan digeser semula menurut`)

func words(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Foreign returns the words of text that belong to the other language than
// l: English words when l is Indonesian, Indonesian words when l is
// English, each once, in the order they first appear. Names and the extra
// names (such as the people and places of test data) are removed first.
func Foreign(text string, l problem.Lang, extra ...string) []string {
	list := english
	if l == problem.English {
		list = indonesian
	}
	text = quoted.ReplaceAllString(text, " ")
	names := append(slices.Clone(Names), extra...)
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	for _, n := range names {
		text = replaceWord(text, n)
	}
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`()[]{},;:"“”'=+−–—|*?!<>`, r)
	}) {
		if code(w) {
			continue
		}
		w = strings.ToLower(strings.TrimRight(w, "."))
		if list[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// replaceWord blanks every occurrence of name in text that stands as whole
// words (not inside a longer word or a code).
func replaceWord(text, name string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, name)
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		end := i + len(name)
		whole := (i == 0 || !inWord(text[i-1])) && (end == len(text) || !inWord(text[end]) &&
			!(text[end] == '.' && end+1 < len(text) && inWord(text[end+1])))
		b.WriteString(text[:i])
		if whole {
			b.WriteString(strings.Repeat(" ", len(name)))
		} else {
			b.WriteString(name)
		}
		text = text[end:]
	}
}

// inWord reports whether c continues a word or a code (agent.fee_scheme,
// village.siltap.minimum), so that a name inside one is left alone.
func inWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// code reports whether w is a code rather than a word: it has a digit, a
// dot, an underscore or a slash inside, or no lower-case letter.
func code(w string) bool {
	w = strings.TrimRight(w, ".")
	if strings.ContainsAny(w, "0123456789._/•") {
		return true
	}
	return strings.IndexFunc(w, unicode.IsLower) < 0
}
