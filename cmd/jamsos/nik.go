package main

import (
	"fmt"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/service"
)

const nikSynopsisID = `nik [opsi] NIK

Periksa dan uraikan NIK: kecamatan penerbit, tanggal lahir, jenis kelamin.
NIK ditampilkan tersamar.

  jamsos nik 3216015708900002
  jamsos nik -on 2026-01-05 -json 3216011708900001
`

const nikSynopsisEN = `nik [flags] NIK

Checks and decodes a NIK: issuing district, birth date, sex. The NIK is shown masked.
The district, regency and province are named from Kemendagri's 2025 list of areas
(package region/wilayah); a district that is not in it is noted, not an error: it may
have been split or renumbered since the NIK was issued.

  jamsos nik 3216015708900002
  jamsos nik -on 2026-01-05 -json 3216011708900001
`

func runNIK(e *env, args []string) int {
	fs, lang := e.flags("nik", e.t(nikSynopsisID, nikSynopsisEN))
	on := fs.String("on", "", e.t("tanggal NIK dibaca (TTTT-BB-HH), yang menentukan abad tahun lahirnya", "the date the NIK is read on (YYYY-MM-DD), which settles the century of its birth year"))
	placeholder := fs.Bool("allow-placeholder", false, e.t("terima NIK sementara (diawali 0)", "accept a placeholder NIK (starting with 0)"))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	// Without -on the NIK is read on today's date, so that no decoded
	// birth date lies in the future.
	ref := service.Today()
	if *on != "" {
		d, err := regulation.ParseDate(*on)
		if err != nil {
			return e.fail(problem.Relabel(err, "on"))
		}
		ref = d
	}
	rep, err := service.CheckNIK(fs.Arg(0), ref, *placeholder)
	if err != nil {
		return e.fail(err)
	}
	if e.json {
		return e.writeJSON(rep)
	}
	fmt.Fprintf(e.stdout, e.t("NIK %s sah\n", "NIK %s is valid\n"), rep.NIK)
	fmt.Fprintf(e.stdout, e.t("  kecamatan penerbit: %s\n", "  issuing district: %s\n"), place(rep))
	for _, n := range rep.Notes {
		fmt.Fprintf(e.stdout, e.t("  catatan: %s [%s]\n", "  note: %s [%s]\n"), e.t(n.ID, n.EN), n.Code)
	}
	birth, sex := "-", "-" // a placeholder NIK tells neither
	if !rep.BirthDate.IsZero() {
		birth = rep.BirthDate.String()
	}
	if rep.Sex.IsValid() {
		sex = rep.Sex.Name(e.lang)
	}
	fmt.Fprintf(e.stdout, e.t("  tanggal lahir: %s\n", "  birth date: %s\n"), birth)
	fmt.Fprintf(e.stdout, e.t("  jenis kelamin: %s\n", "  sex: %s\n"), sex)
	if rep.Placeholder {
		fmt.Fprintln(e.stdout, e.t("  NIK sementara (diawali 0)", "  placeholder NIK (starts with 0)"))
	}
	return exitOK
}

// place writes the issuing district as a person reads it: "Tarumajaya
// (32.16.01), Kabupaten Bekasi, Jawa Barat"; a district the list lacks by
// its code, with the names of the areas above it that the list has; "-"
// for a NIK that names no district.
func place(o service.NIKReport) string {
	if !o.District.IsValid() {
		return "-" // a placeholder NIK names no district
	}
	s := o.District.String()
	if d := o.Area.District; d.Code == o.District {
		s = d.Name + " (" + s + ")"
	}
	if r := o.Area.Regency; r.Code.IsValid() {
		s += ", " + r.Name
	}
	if o.Province != "" {
		s += ", " + o.Province
	}
	return s
}
