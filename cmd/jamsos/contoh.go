package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

const contohSynopsisID = `contoh [opsi] JENIS

Data contoh untuk menguji sistem: daftar peserta desa, kegiatan mitra, pendaftaran, korpus.

JENIS adalah rosters, activities, network, registrations atau corpus. Opsi yang
sama menulis byte yang sama di setiap mesin. Datanya sah sejak dibuat;
registrations memuat satu kasus untuk setiap cacat yang dapat dimiliki sebuah
dokumen, dengan kode masalah yang harus muncul. Tempatnya wilayah nyata dari
daftar Kemendagri 2025; NIK, nama dan angka dikarang, dan ditulis utuh: semuanya
data uji, bukan data siapa pun.

  jamsos contoh -seed 7 -n 100 -village 61.12.01.2001 -year 2027 -o roster.csv rosters
  jamsos contoh -seed 7 -village 32.16.01.2001 -o network.json network
  jamsos contoh -seed 7 -n 300 -village 32.16.01.2001 -o activities.csv activities
  jamsos contoh -n 20 -format json registrations
  jamsos contoh -o v1.json corpus

Jaringan (network) dan kegiatan (activities) dengan benih, desa dan tahun yang
sama saling melengkapi: jamsos mitra -network network.json activities.csv
membaca keduanya. Korpus selalu dibuat dengan benih (-seed) dan tempatnya sendiri (opsi
-village dan -year tidak berlaku baginya).
`

const contohSynopsisEN = `contoh [flags] KIND

Sample data for testing: village rosters, partner activities, registrations, the corpus.

KIND is rosters, activities, network, registrations or corpus. The same flags
write the same bytes on every machine. Data is valid by construction; the
registrations include one case for each fault a document can carry, with the
problem codes it must give. Places are real areas of Kemendagri's 2025 list;
NIKs, names and numbers are made up, and written in full: they are fixtures,
not anyone's data.

  jamsos contoh -seed 7 -n 100 -village 61.12.01.2001 -year 2027 -o roster.csv rosters
  jamsos contoh -seed 7 -village 32.16.01.2001 -o network.json network
  jamsos contoh -seed 7 -n 300 -village 32.16.01.2001 -o activities.csv activities
  jamsos contoh -n 20 -format json registrations
  jamsos contoh -o v1.json corpus

The network and the activities of the same seed, village and year belong
together: jamsos mitra -network network.json activities.csv reads them. The
corpus is always made with its own seed and places (flags -village and -year
do not apply to it).
`

// contohDefaultN is the size of a sample when -n is not given.
const contohDefaultN = 100

func runContoh(e *env, args []string) int {
	fs, lang := e.flags("contoh", e.t(contohSynopsisID, contohSynopsisEN))
	seed := fs.Uint64("seed", jamsostest.CorpusSeed, e.t("benih pembangkit (bawaannya benih korpus yang disimpan di repositori)", "the generator's seed (the default is the committed corpus's)"))
	n := fs.Int("n", contohDefaultN, fmt.Sprintf(e.t("jumlah kepesertaan, kegiatan atau kasus pendaftaran, 0 sampai %d (tidak untuk network dan corpus)", "enrolments, activities or registration cases, 0 to %d (not for network and corpus)"), jamsostest.MaxItems))
	villageCode := fs.String("village", "", e.t("desa daftar peserta, jaringan atau pendaftaran (bawaan: diundi)", "the desa of the roster, network or registrations (default: drawn)"))
	format := fs.String("format", "", e.t("csv atau json (bawaan csv; network dan corpus hanya JSON)", "csv or json (default csv; network and corpus are JSON only)"))
	year := fs.Int("year", 0, fmt.Sprintf(e.t("tahun data (bawaan %d)", "the year of the data (default %d)"), jamsostest.DefaultYear))
	outFile := fs.String("o", "", e.t("tulis ke berkas ini, bukan ke keluaran standar", "write to this file instead of standard output"))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	kind := strings.ToLower(fs.Arg(0))
	fixed := kind == jamsostest.SampleNetwork || kind == jamsostest.SampleCorpus
	req := jamsostest.SampleRequest{Kind: kind, Seed: *seed, N: *n, Format: *format, Year: *year}
	nGiven := false
	fs.Visit(func(f *flag.Flag) { nGiven = nGiven || f.Name == "n" })
	if !nGiven {
		req.N = contohDefaultN
		if fixed {
			req.N = 0
		}
	}
	if req.Format == "" {
		req.Format = "csv"
		if fixed || e.json {
			req.Format = "json"
		}
	}
	if *villageCode != "" {
		c, err := region.Parse(*villageCode)
		if err != nil {
			return e.fail(problem.Relabel(err, "village"))
		}
		req.Village = c
	}
	// Written to memory first (at most MaxItems items, some MiB), so that a
	// request that fails leaves no file behind.
	var buf bytes.Buffer
	if err := jamsostest.WriteSample(&buf, req); err != nil {
		return e.fail(err)
	}
	if *outFile == "" || *outFile == "-" {
		if _, err := e.stdout.Write(buf.Bytes()); err != nil {
			return e.report(fileProblem("contoh.file", "", "-", true, err), exitInvalid)
		}
		return exitOK
	}
	if err := os.WriteFile(*outFile, buf.Bytes(), 0o644); err != nil {
		return e.report(fileProblem("contoh.file", "o", *outFile, true, err), exitUsage)
	}
	return exitOK
}
