package main

import (
	"fmt"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/service"
)

const nikSynopsisID = `nik [flag] NIK

Periksa dan uraikan NIK: kecamatan penerbit, tanggal lahir, jenis kelamin.
NIK ditampilkan tersamar.

  jamsos nik 3216015708900002
  jamsos nik -on 2026-01-05 -json 3216011708900001
`

const nikSynopsisEN = `nik [flags] NIK

Checks and decodes a NIK: issuing district, birth date, sex. The NIK is shown masked.

  jamsos nik 3216015708900002
  jamsos nik -on 2026-01-05 -json 3216011708900001
`

func runNIK(e *env, args []string) int {
	fs, lang := e.flags("nik", e.t(nikSynopsisID, nikSynopsisEN))
	on := fs.String("on", "", e.t("tanggal NIK dibaca (YYYY-MM-DD), yang menentukan abad tahun lahirnya", "the date the NIK is read on (YYYY-MM-DD), which settles the century of its birth year"))
	placeholder := fs.Bool("allow-placeholder", false, e.t("terima NIK sementara (diawali 0)", "accept a placeholder NIK (starting with 0)"))
	if code, ok := e.parse(fs, lang, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	var ref regulation.Date
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
		writeJSON(e.stdout, rep)
		return exitOK
	}
	fmt.Fprintf(e.stdout, e.t("NIK %s sah\n", "NIK %s is valid\n"), rep.NIK)
	fmt.Fprintf(e.stdout, e.t("  kecamatan penerbit: %s (%s)\n", "  issuing district: %s (%s)\n"), rep.District, rep.Province)
	fmt.Fprintf(e.stdout, e.t("  tanggal lahir: %s\n", "  birth date: %s\n"), rep.BirthDate)
	fmt.Fprintf(e.stdout, e.t("  jenis kelamin: %s\n", "  sex: %s\n"), rep.Sex.Name(e.lang))
	if rep.Placeholder {
		fmt.Fprintln(e.stdout, e.t("  NIK sementara (diawali 0)", "  placeholder NIK (starts with 0)"))
	}
	return exitOK
}
