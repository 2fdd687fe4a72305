package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region/wilayah"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/service"
)

const mitraSynopsisID = `mitra [opsi] -network JARINGAN.json KEGIATAN

Kemajuan mitra desa dan laporan fee agen.

JARINGAN adalah daftar JSON mitra, wadah dan penugasan (go doc
github.com/desasadar/jamsos/partner DecodeNetwork); KEGIATAN berkas CSV atau
JSON berisi sosialisasi, rujukan, pendaftaran dan penagihan (- untuk masukan
standar). Kegiatan yang melanggar aturan didaftar beserta alasannya dan tidak
pernah dibuang diam-diam. NIK disamarkan; -full-nik menampilkannya lengkap di
-json, untuk ekspor yang memerlukannya.

  jamsos mitra -network examples/mitra/data/network.json -on 2026-06-30 -fees 2026-03 examples/mitra/data/activities.csv
  jamsos mitra -network net.json -json activities.json
`

const mitraSynopsisEN = `mitra [flags] -network NETWORK.json ACTIVITIES

Partner progress and agents' fee statements.

NETWORK is the JSON list of partners, wadahs and assignments (go doc
github.com/desasadar/jamsos/partner DecodeNetwork); ACTIVITIES a CSV or JSON file
of socialisation events, referrals, registrations and collections (- for
standard input). Activities that break a rule are listed with their reasons and
never dropped silently. NIKs are masked; -full-nik shows them in full in -json,
for an export that needs them.
Areas are named from Kemendagri's 2025 list (package region/wilayah).

  jamsos mitra -network examples/mitra/data/network.json -on 2026-06-30 -fees 2026-03 examples/mitra/data/activities.csv
  jamsos mitra -network net.json -json activities.json
`

func runMitra(e *env, args []string) int {
	fs, lang := e.flags("mitra", e.t(mitraSynopsisID, mitraSynopsisEN))
	networkPath := fs.String("network", "", e.t("berkas JSON jaringan mitra (wajib)", "the partner network JSON file (required)"))
	on := fs.String("on", "", e.t("tanggal laporan kemajuan, TTTT-BB-HH (wajib)", "the day of the progress report, YYYY-MM-DD (required)"))
	fees := fs.String("fees", "", e.t("bulan laporan fee, TTTT-BB dipisah koma", "months of the fee statements, comma-separated YYYY-MM"))
	attribution := fs.String("attribution", "", e.t("kreditkan pendaftaran kepada FIRST_REFERRAL (bawaan), LAST_REFERRAL atau REGISTRAR", "credit a registration to the FIRST_REFERRAL (default), LAST_REFERRAL or REGISTRAR"))
	window := fs.Int("window", 0, e.t("berapa hari sebelum pendaftaran sebuah rujukan masih dihitung (bawaan 90)", "days before a registration a referral still counts (default 90)"))
	fullNIK := fs.Bool("full-nik", false, e.t("json: tampilkan NIK peserta lengkap, untuk ekspor yang memerlukannya (bawaan: disamarkan)", "json: show participants' NIKs in full, for an export that needs them (masked by default)"))
	if c, ok := e.parse(fs, lang, args); !ok {
		return c
	}
	if *networkPath == "" || *on == "" || fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	var l problem.List
	day, err := regulation.ParseDate(*on)
	l.Add(problem.Relabel(err, "on"))
	var months []regulation.Month
	if *fees != "" {
		for _, s := range strings.Split(*fees, ",") {
			m, err := regulation.ParseMonth(strings.TrimSpace(s))
			l.Add(problem.Relabel(err, "fees"))
			months = append(months, m)
		}
	}
	opts := partner.Options{WindowDays: *window}
	if *attribution != "" {
		l.Add(problem.Relabel(opts.Attribution.UnmarshalText([]byte(*attribution)), "attribution"))
	}
	if err := l.Err(); err != nil {
		return e.fail(err)
	}
	nf, err := os.Open(*networkPath)
	if err != nil {
		return e.report(fileProblem("mitra.file", "network", *networkPath, false, err), exitUsage)
	}
	network, err := partner.DecodeNetwork(nf)
	nf.Close()
	if err != nil {
		return e.fail(err)
	}
	// Lines that cannot be read are reported, and the rest go on; the exit
	// code then says the input had problems.
	acts, err := readActivities(e, fs.Arg(0))
	if errors.Is(err, service.ErrControlChar) || errors.Is(err, service.ErrInvalidJSON) || errors.Is(err, service.ErrOutOfRange) || errors.Is(err, service.ErrTooMany) {
		return e.fail(err) // the text itself is unsound: nothing is processed
	}
	var unreadable problem.List
	if err != nil && !errors.As(err, &unreadable) {
		return e.report(fileProblem("mitra.file", "", fs.Arg(0), false, err), exitUsage)
	}
	ledger, err := network.Process(acts, opts)
	if err != nil {
		return e.fail(err)
	}
	progress, err := ledger.Progress(partner.ProgressOptions{On: day})
	if err != nil {
		return e.fail(err)
	}
	rep := service.PartnerReport{Unreadable: unreadable, Rejected: append([]partner.Outcome{}, ledger.Rejected()...), Progress: progress, Fees: []partner.Fees{}, FullNIK: *fullNIK}
	for _, m := range months {
		f, err := ledger.FeeStatements(m)
		if err != nil {
			return e.fail(err)
		}
		rep.Fees = append(rep.Fees, f)
	}
	code := exitOK
	if len(unreadable) > 0 {
		code = exitInvalid
	}
	if e.json {
		if c := e.writeJSON(rep); c != exitOK {
			return c
		}
		return code
	}
	for _, p := range unreadable {
		fmt.Fprintf(e.stderr, "%s [%s]\n", e.message(p), p.Code)
	}
	if err := ledger.WriteRejected(e.stdout, e.lang); err != nil {
		return e.fail(err)
	}
	fmt.Fprintln(e.stdout)
	if err := progress.WriteText(e.stdout, e.lang, wilayah.Default()); err != nil {
		return e.fail(err)
	}
	for _, f := range rep.Fees {
		fmt.Fprintln(e.stdout)
		if err := f.WriteText(e.stdout, e.lang); err != nil {
			return e.fail(err)
		}
	}
	return code
}

func readActivities(e *env, name string) ([]partner.Activity, error) {
	data, err := readChecked(e, name, partner.MaxInputSize, nil)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		return partner.ReadActivitiesJSON(bytes.NewReader(data))
	}
	return partner.ReadActivitiesCSV(bytes.NewReader(data))
}
