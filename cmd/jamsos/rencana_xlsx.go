package main

import (
	"fmt"
	"io"
	"os"

	"github.com/desasadar/jamsos/village"
	"github.com/desasadar/jamsos/village/plansheet"
)

// writeWorkbook writes the plans as an Excel workbook (rencana -format
// xlsx): one village's plan, or a regency's summary when there are several,
// to the file out or, when out is empty, to standard output. NIKs are
// masked unless fullNIK is set. A file that cannot be written completely is
// removed. A workbook is not written to a terminal.
func (e *env) writeWorkbook(plans []village.Plan, out string, fullNIK bool) int {
	o := plansheet.Options{Lang: e.lang, FullNIK: fullNIK}
	write := func(w io.Writer) error {
		if len(plans) == 1 {
			return plansheet.Write(w, plans[0], o)
		}
		return plansheet.WriteRegency(w, plans, o)
	}
	if out == "" {
		if isTerminal(e.stdout) {
			fmt.Fprintln(e.stderr, e.t("jamsos rencana: buku kerja xlsx tidak ditulis ke terminal; beri -o BERKAS atau alihkan keluaran (> rencana.xlsx)",
				"jamsos rencana: an xlsx workbook is not written to a terminal; give -o FILE or redirect the output (> plan.xlsx)"))
			return exitUsage
		}
		if err := write(e.stdout); err != nil {
			return e.fail(err)
		}
		return exitOK
	}
	f, err := os.Create(out)
	if err != nil {
		return e.fail(fileProblem("rencana.file", "o", out, true, err))
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(out)
		return e.fail(err)
	}
	return exitOK
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
