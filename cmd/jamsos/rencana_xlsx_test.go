package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/village/plansheet"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

const xlsxRoster = "../../examples/desa/roster.csv"

// xlsxFullNIK is a NIK of the sample roster, in full.
const xlsxFullNIK = "6112016102749001"

// xlsxRencana runs jamsos rencana with args and returns its exit code, stdout
// and stderr.
func xlsxRencana(t *testing.T, args ...string) (int, []byte, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"rencana"}, args...), strings.NewReader(""), &stdout, &stderr)
	return code, stdout.Bytes(), stderr.String()
}

// xlsxOpen opens a workbook, its cells as stored.
func xlsxOpen(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// xlsxCell returns a cell's formula, its stored value and the value excelize
// calculates.
func xlsxCell(t *testing.T, f *excelize.File, sheet, ref string) (formula, stored, calc string) {
	t.Helper()
	formula, _ = f.GetCellFormula(sheet, ref)
	stored, _ = f.GetCellValue(sheet, ref)
	calc, err := f.CalcCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, ref, err)
	}
	return formula, stored, calc
}

// xlsxContents is every file inside a workbook, concatenated.
func xlsxContents(t *testing.T, b []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, zf := range z.File {
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.Copy(&out, r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return out.String()
}

func TestRencanaXLSX(t *testing.T) {
	// The sample village for 2027 with PADes capped at Rp5,000,000 is
	// billed Rp23,615,220, worked out by hand in TestEndToEnd.
	args := []string{"-village", "61.12.01.2001", "-year", "2027", "-ceiling", "PADES=5000000", "-format", "xlsx"}

	t.Run("to a file, in English", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "rencana.xlsx")
		code, stdout, stderr := xlsxRencana(t, append(args, "-lang", "en", "-o", out, xlsxRoster)...)
		if code != exitOK || len(stdout) != 0 {
			t.Fatalf("exit %d, %d bytes on stdout, stderr: %s", code, len(stdout), stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		f := xlsxOpen(t, b)
		if got := f.GetSheetList(); !slices.Equal(got, plansheet.SheetNames(problem.English)) {
			t.Errorf("sheets %q", got)
		}
		formula, stored, calc := xlsxCell(t, f, "Summary", "B14")
		if !strings.HasPrefix(formula, "'By group'!F") || stored != "23615220" || calc != "23615220" {
			t.Errorf("billed: formula %q, stored %q, calculated %q; want Rp23,615,220", formula, stored, calc)
		}
		if strings.Contains(xlsxContents(t, b), xlsxFullNIK) {
			t.Error("a full NIK is in the workbook")
		}
	})

	t.Run("to stdout, in Indonesian, NIKs in full when asked", func(t *testing.T) {
		code, stdout, stderr := xlsxRencana(t, append(args, "-full-nik", xlsxRoster)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		f := xlsxOpen(t, stdout)
		if got := f.GetSheetList(); !slices.Equal(got, plansheet.SheetNames(problem.Indonesian)) {
			t.Errorf("sheets %q", got)
		}
		if _, stored, calc := xlsxCell(t, f, "Ringkasan", "B14"); stored != "23615220" || calc != "23615220" {
			t.Errorf("billed: stored %q, calculated %q", stored, calc)
		}
		if !strings.Contains(xlsxContents(t, stdout), xlsxFullNIK) {
			t.Error("-full-nik: the full NIK is missing")
		}
	})

	t.Run("a regency: one summary row per village", func(t *testing.T) {
		dir := t.TempDir()
		roster, err := os.ReadFile(xlsxRoster)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"6112012002.csv", "6112012001.csv"} {
			if err := os.WriteFile(filepath.Join(dir, name), roster, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		// Each village's total is that of its plan as JSON.
		code, js, stderr := xlsxRencana(t, "-village", "61.12.01.2001", "-year", "2027", "-format", "json", xlsxRoster)
		var plan struct {
			Total struct {
				Amount string `json:"amount"`
			} `json:"total"`
		}
		if err := json.Unmarshal(js, &plan); code != exitOK || err != nil {
			t.Fatalf("exit %d, %v: %s", code, err, stderr)
		}
		code, stdout, stderr := xlsxRencana(t, "-year", "2027", "-format", "xlsx", dir)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		f := xlsxOpen(t, stdout)
		if got := f.GetSheetList(); !slices.Equal(got, plansheet.RegencySheetNames(problem.Indonesian)) {
			t.Errorf("sheets %q", got)
		}
		for row, code := range map[string]string{"5": "61.12.01.2001", "6": "61.12.01.2002"} {
			if v, _ := f.GetCellValue("Ringkasan", "A"+row); v != code {
				t.Errorf("row %s: %q, want %s", row, v, code)
			}
			if v, _ := f.GetCellValue("Ringkasan", "L"+row); v != plan.Total.Amount {
				t.Errorf("row %s: billed %q, want %s", row, v, plan.Total.Amount)
			}
		}
		want := decimal.RequireFromString(plan.Total.Amount).Mul(decimal.NewFromInt(2)).String()
		if formula, _, calc := xlsxCell(t, f, "Ringkasan", "L7"); formula != "SUM(L5:L6)" || calc != want {
			t.Errorf("total: %q = %q, want %s", formula, calc, want)
		}
	})

	t.Run("an unwritable file", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "no", "such", "dir.xlsx")
		code, _, stderr := xlsxRencana(t, append(args, "-o", out, xlsxRoster)...)
		if code != exitInvalid || !strings.Contains(stderr, "rencana.file") {
			t.Errorf("exit %d: %s", code, stderr)
		}
	})

	t.Run("an unknown format", func(t *testing.T) {
		if code, _, _ := xlsxRencana(t, "-village", "61.12.01.2001", "-year", "2027", "-format", "xls", xlsxRoster); code != exitUsage {
			t.Errorf("exit %d, want %d", code, exitUsage)
		}
	})
}
