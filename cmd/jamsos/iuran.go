package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/service"
	"github.com/shopspring/decimal"
)

const iuranSynopsisID = `iuran [opsi]

Hitung iuran satu peserta untuk satu bulan, dengan dasar hukum setiap angka.

  jamsos iuran -segment BPU -programs JKK+JKM -basis 1000000 -month 2026-05 -sector TRANSPORT
  jamsos iuran -segment PU -programs JKK+JKM -basis 2022200 -risk VERY_LOW -scale MICRO -payer VILLAGE -month 2026-01
  jamsos iuran -input bill.json -json     (JSON: {"month": "2026-05", "segment": "BPU", ...})
`

const iuranSynopsisEN = `iuran [flags]

Computes one participant's contribution for one month, with the source of every number.

  jamsos iuran -segment BPU -programs JKK+JKM -basis 1000000 -month 2026-05 -sector TRANSPORT
  jamsos iuran -segment PU -programs JKK+JKM -basis 2022200 -risk VERY_LOW -scale MICRO -payer VILLAGE -month 2026-01
  jamsos iuran -input bill.json -json     (JSON: {"month": "2026-05", "segment": "BPU", ...})
`

func runIuran(e *env, args []string) int {
	fs, lang := e.flags("iuran", e.t(iuranSynopsisID, iuranSynopsisEN))
	var (
		input    = fs.String("input", "", e.t("baca permintaan dari berkas JSON (- untuk masukan standar), bukan dari opsi", "read the request from a JSON file (- for standard input) instead of flags"))
		month    = fs.String("month", "", e.t("bulan iuran, TTTT-BB", "contribution month, YYYY-MM"))
		segment  = fs.String("segment", "", e.t("segmen: PU, BPU, JAKON atau PMI", "segment: PU, BPU, JAKON or PMI"))
		programs = fs.String("programs", "", e.t("program, mis. JKK+JKM+JHT", "programs, e.g. JKK+JKM+JHT"))
		basis    = fs.String("basis", "", e.t("upah bulanan (PU), penghasilan yang dilaporkan (BPU), upah atau nilai kontrak (JAKON), dalam rupiah", "monthly wage (PU), declared income (BPU), wages or contract value (JAKON), in rupiah"))
		contract = fs.Bool("contract-value", false, e.t("JAKON: -basis adalah nilai kontrak", "JAKON: -basis is the contract value"))
		risk     = fs.String("risk", "", e.t("PU: kelompok risiko JKK VERY_LOW, LOW, MEDIUM, HIGH atau VERY_HIGH", "PU: JKK risk group VERY_LOW, LOW, MEDIUM, HIGH or VERY_HIGH"))
		scale    = fs.String("scale", "", e.t("PU: skala usaha MICRO, SMALL, MEDIUM atau LARGE", "PU: business scale MICRO, SMALL, MEDIUM or LARGE"))
		sector   = fs.String("sector", "", e.t("BPU: TRANSPORT, AGRICULTURE, FISHERIES, TRADE atau OTHER", "BPU: TRANSPORT, AGRICULTURE, FISHERIES, TRADE or OTHER"))
		industry = fs.String("industry", "", e.t("PU: industri, untuk PP 7/2025", "PU: industry, for PP 7/2025"))
		workers  = fs.Int("workforce", 0, e.t("PU: jumlah pekerja aktif pemberi kerja", "PU: the employer's active workers"))
		payer    = fs.String("payer", "", e.t("pembayar: SELF, EMPLOYER, VILLAGE, REGENCY atau SPONSOR", "payer: SELF, EMPLOYER, VILLAGE, REGENCY or SPONSOR"))
		share    = fs.String("worker-share-payer", "", e.t("PU: siapa yang membayar bagian pekerja", "PU: who pays the worker's share"))
		budget   = fs.String("budget", "", e.t("anggaran pemerintah yang membayar: APBN, APBD atau APBDES", "public budget paying: APBN, APBD or APBDES"))
		pkg      = fs.String("pmi-package", "", e.t("PMI: PRE_PLACEMENT, PLACEMENT_6, PLACEMENT_12 atau PLACEMENT_24", "PMI: PRE_PLACEMENT, PLACEMENT_6, PLACEMENT_12 or PLACEMENT_24"))
		pmiJHT   = fs.String("pmi-jht", "", e.t("PMI: JHT bulanan yang dipilih, dalam rupiah", "PMI: chosen monthly JHT in rupiah"))
	)
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, e.t("jamsos iuran: argumen %q tidak diharapkan\n", "jamsos iuran: unexpected argument %q\n"), masked(fs.Arg(0)))
		return exitUsage
	}
	var req service.BillRequest
	if *input != "" {
		r := e.stdin
		if *input != "-" {
			f, err := os.Open(*input)
			if err != nil {
				return e.report(fileProblem("input.file", "input", *input, false, err), exitUsage)
			}
			defer f.Close()
			r = f
		}
		// Read as the service reads a body: never more than its limit.
		data, err := readInto(r, service.DefaultMaxBody, nil)
		if err != nil {
			return e.report(fileProblem("input.file", "input", *input, false, err), exitUsage)
		}
		if len(data) > service.DefaultMaxBody {
			return e.fail(problem.New(service.ErrInvalidJSON, "json.too_large", "input", fmt.Sprint(service.DefaultMaxBody),
				"dokumen terlalu besar", "the document is too large"))
		}
		if err := service.Decode(bytes.NewReader(data), &req); err != nil {
			return e.fail(err)
		}
	} else {
		var l problem.List
		text := func(field, v string, into interface{ UnmarshalText([]byte) error }) {
			if v != "" {
				if err := into.UnmarshalText([]byte(v)); err != nil {
					l.Add(problem.Relabel(err, field))
				}
			}
		}
		text("month", *month, &req.Month)
		text("segment", *segment, &req.Segment)
		text("programs", *programs, &req.Programs)
		text("risk", *risk, &req.RiskGroup)
		text("scale", *scale, &req.Scale)
		text("sector", *sector, &req.Sector)
		text("industry", *industry, &req.Industry)
		text("payer", *payer, &req.Payer)
		text("worker-share-payer", *share, &req.WorkerSharePayer)
		text("budget", *budget, &req.Budget)
		text("pmi-package", *pkg, &req.PMIPackage)
		amount := func(field, v string, to *decimal.Decimal) {
			if v == "" {
				return
			}
			d, err := decimal.NewFromString(v)
			if err != nil {
				l.Add(problem.New(contribution.ErrInvalidInput, "input.number", field, v,
					"harus berupa angka rupiah, misalnya 1000000", "must be a number of rupiah, such as 1000000"))
				return
			}
			*to = d
		}
		amount("basis", *basis, &req.Basis)
		amount("pmi-jht", *pmiJHT, &req.PMIJHT)
		req.ContractValue, req.Workforce = *contract, *workers
		if err := l.Err(); err != nil {
			return e.fail(err)
		}
	}
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		return e.fail(err)
	}
	b, err := calc.Bill(req.Input, req.Month)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.writeJSON(b)
	}
	fmt.Fprint(e.stdout, b.Explain(e.lang))
	if due, err := calc.Due(b.Segment, b.Month, nil); err == nil {
		fmt.Fprintf(e.stdout, e.t("Jatuh tempo: %s\n", "Due: %s\n"), due.Date)
		if due.Safe != due.Date {
			fmt.Fprintf(e.stdout, e.t("Aman: bayar paling lambat %s (tanggal sebelum digeser)\n", "Safe: pay by %s (the date before any move)\n"), due.Safe)
		}
		for _, w := range due.Warnings {
			fmt.Fprintf(e.stdout, e.t("Peringatan: %s\n", "Warning: %s\n"), w.Message(e.lang))
		}
	}
	return exitOK
}
