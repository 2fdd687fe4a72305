package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/desasadar/jamsos/benefit"
	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/region/wilayah"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/service"
	"github.com/desasadar/jamsos/village"
	"github.com/shopspring/decimal"
)

const rencanaSynopsisID = `rencana [opsi] DAFTAR...

Rencana iuran satu desa atau satu kabupaten untuk satu tahun anggaran.

Satu desa: daftar peserta berupa berkas CSV atau JSON (- untuk masukan standar).
  jamsos rencana -village 61.12.01.2001 -year 2027 roster.csv
  jamsos rencana -village 61.12.01.2001 -year 2027 -ceiling PADES=5000000 -format csv roster.csv
  jamsos rencana -village 61.12.01.2001 -year 2027 -protection 2027-06-01 roster.csv
-protection TANGGAL menambahkan apa yang dilindungi kepesertaan rencana pada hari
itu: santunan kematian JKM dan JKK seluruhnya bagi peserta yang terlindungi pada
bulannya (teks: setelah laporan; JSON: anggota "protection").

Banyak desa (tampilan kabupaten): satu berkas per desa, dinamai dengan kode
desanya (6112012001.csv atau 61.12.01.2001.json), atau satu direktori berisi
berkas-berkas itu.
  jamsos rencana -year 2027 rosters/

Kolom CSV adalah kolom paket village (go doc github.com/desasadar/jamsos/village
ReadCSV), dipisah "," atau ";", dengan atau tanpa BOM. Sumber dana untuk
-ceiling: DANA_DESA, ADD, PADES, ... seperti dinamai paket village. NIK
disamarkan di setiap keluaran; -full-nik menampilkannya lengkap di -json, untuk
ekspor yang memerlukannya.

Nama desa, kecamatan dan kabupaten diambil dari daftar wilayah Kemendagri 2025
(paket region/wilayah), atau dari -names BERKAS (baris code,name) sebagai
gantinya. Kode desa yang tidak ada dalam daftar menjadi peringatan yang
menyebut kode terdekat di kecamatannya, dan galat dengan -strict.
`

const rencanaSynopsisEN = `rencana [flags] ROSTER...

A village's (or a regency's) contribution plan for a fiscal year.

One village: the roster is a CSV or JSON file (- for standard input).
  jamsos rencana -village 61.12.01.2001 -year 2027 roster.csv
  jamsos rencana -village 61.12.01.2001 -year 2027 -ceiling PADES=5000000 -format csv roster.csv
  jamsos rencana -village 61.12.01.2001 -year 2027 -protection 2027-06-01 roster.csv
-protection DATE adds what the plan's coverage protects on that day: the JKM and
JKK death benefits in all of the enrolments covered in its month (text: after
the report; JSON: the member "protection").

Many villages (a regency view): one roster file per village, each named by its
village code (6112012001.csv or 61.12.01.2001.json), or a directory of them.
  jamsos rencana -year 2027 rosters/

Roster CSV columns are those of the village package (see go doc
github.com/desasadar/jamsos/village ReadCSV); "," or ";" separated, with or
without a BOM. Funding sources for -ceiling: DANA_DESA, ADD, PADES, ... as the
village package names them. NIKs are masked in every output; -full-nik shows
them in full in -json, for an export that needs them.

Village, district and regency names come from Kemendagri's 2025 list of areas
(package region/wilayah), or from -names FILE (code,name rows) instead. A village
code that is not in the list is a warning naming the nearest existing codes of
its district, and an error with -strict.
`

// errUsageInput is the sentinel of problems with the files and names given
// on the command line.
var errUsageInput = errors.New("jamsos: invalid input file")

// ceilings collects repeated -ceiling SOURCE=AMOUNT flags.
type ceilings map[village.Source]decimal.Decimal

func (c ceilings) String() string { return fmt.Sprint(map[village.Source]decimal.Decimal(c)) }

// ceilingFlag is the -ceiling flag: it fills c, and says what is wrong with
// a value in the language of the command line (package flag prints the
// error as it is).
type ceilingFlag struct {
	c    ceilings
	lang problem.Lang
}

func (f ceilingFlag) String() string { return f.c.String() }

func (f ceilingFlag) Set(v string) error {
	t := func(id, en string) string {
		if f.lang == problem.English {
			return en
		}
		return id
	}
	name, amount, ok := strings.Cut(v, "=")
	if !ok {
		return errors.New(t("harus SUMBER=JUMLAH", "want SOURCE=AMOUNT"))
	}
	s, err := village.ParseSource(name)
	if err != nil {
		var l problem.List
		l.Add(err)
		return errors.New(l.Message(f.lang))
	}
	d, err := decimal.NewFromString(strings.TrimSpace(amount))
	if err != nil {
		return errors.New(t("jumlahnya bukan angka", "the amount is not a number"))
	}
	f.c[s] = d
	return nil
}

func runRencana(e *env, args []string) int {
	fs, lang := e.flags("rencana", e.t(rencanaSynopsisID, rencanaSynopsisEN))
	code := fs.String("village", "", e.t("kode wilayah desa, untuk satu daftar peserta", "the village's area code, for a single roster"))
	year := fs.Int("year", 0, e.t("tahun anggaran (wajib)", "the fiscal year (required)"))
	format := fs.String("format", "text", e.t("keluaran: text, json, csv atau xlsx", "output: text, json, csv or xlsx"))
	out := fs.String("o", "", e.t("xlsx: tulis buku kerja ke BERKAS, bukan keluaran standar", "xlsx: write the workbook to FILE instead of standard output"))
	sep := fs.String("sep", ",", e.t("pemisah keluaran CSV: , atau ;", "CSV output separator: , or ;"))
	people := fs.Bool("people", false, e.t("teks: tampilkan setiap peserta (NIK disamarkan)", "text: list every enrolment (NIKs masked)"))
	fullNIK := fs.Bool("full-nik", false, e.t("json dan xlsx: tampilkan NIK lengkap, untuk ekspor yang memerlukannya (bawaan: disamarkan)", "json and xlsx: show NIKs in full, for an export that needs them (masked by default)"))
	strict := fs.Bool("strict", false, e.t("sumber dana yang tidak diizinkan tahun itu, atau kode desa yang tidak ada dalam daftar wilayah, menjadi galat, bukan peringatan", "a funding source not allowed that year, or a village code not in the list of areas, is an error, not a warning"))
	namesFile := fs.String("names", "", e.t("CSV kode dan nama wilayah (code,name) sebagai pengganti daftar 2025 bawaan", "a CSV of area codes and names (code,name) to use instead of the built-in 2025 list"))
	kelurahan := fs.Bool("allow-kelurahan", false, e.t("izinkan kelurahan selain desa", "allow a kelurahan as well as a desa"))
	protectionOn := fs.String("protection", "", e.t("teks dan json satu desa: tambahkan apa yang dilindungi kepesertaan rencana pada TANGGAL (TTTT-BB-HH, dalam tahun anggaran): santunan kematian JKM dan JKK seluruhnya", "text and json of one village: add what the plan's coverage protects on DATE (YYYY-MM-DD, within the fiscal year): the JKM and JKK death benefits in all"))
	ceil := ceilings{}
	fs.Var(ceilingFlag{ceil, e.lang}, "ceiling", e.t("pagu anggaran satu sumber, SUMBER=JUMLAH (boleh berulang; satu desa saja)", "a source's budget ceiling, SOURCE=AMOUNT (repeatable; one village only)"))
	if c, ok := e.parse(fs, lang, args); !ok {
		return c
	}
	if e.json {
		*format = "json"
	}
	if *year == 0 || fs.NArg() == 0 || !slices.Contains([]string{"text", "json", "csv", "xlsx"}, *format) || (*sep != "," && *sep != ";") {
		fs.Usage()
		return exitUsage
	}
	var protectionDate regulation.Date
	if *protectionOn != "" {
		d, err := regulation.ParseDate(*protectionOn)
		if err != nil {
			return e.fail(problem.Relabel(err, "protection"))
		}
		protectionDate = d
	}
	files, err := rosterFiles(fs.Args())
	if err != nil {
		return e.report(err, exitUsage)
	}
	calc, err := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	if err != nil {
		return e.fail(err)
	}
	dir, err := areaNames(*namesFile)
	if err != nil {
		return e.fail(err)
	}
	planner, err := village.NewPlanner(calc, village.DefaultParams(),
		village.Options{Strict: *strict, AllowKelurahan: *kelurahan, Directory: wilayah.Labelled(dir)})
	if err != nil {
		return e.fail(err)
	}

	// Many villages are planned as a stream, one at a time; a workbook
	// needs every plan at once and takes the path below.
	if *protectionOn != "" && (len(files) > 1 || (*format != "text" && *format != "json")) {
		fmt.Fprintln(e.stderr, e.t("jamsos rencana: -protection hanya untuk satu desa, keluaran text atau json", "jamsos rencana: -protection applies to a single village, text or json output, only"))
		return exitUsage
	}
	if len(files) > 1 && *format != "xlsx" {
		if len(ceil) > 0 {
			fmt.Fprintln(e.stderr, e.t("jamsos rencana: -ceiling hanya untuk satu desa", "jamsos rencana: -ceiling applies to a single village only"))
			return exitUsage
		}
		return e.streamPlans(planner, files, *year, *format, rune((*sep)[0]), dir, *strict)
	}

	if len(files) == 1 && *format != "xlsx" && *protectionOn == "" {
		if code, ok := e.planOne(planner, files[0], village.Request{Year: *year, Ceilings: ceil}, *code, dir, *strict, *format, rune((*sep)[0]), *people, *fullNIK); ok {
			return code
		}
	}

	// Read every roster, keeping every problem of every file.
	var reqs []village.Request
	var problems problem.List
	var unlisted []problem.List // per request: its village code not in dir
	progress := newProgress(e.stderr, len(files))
	for i, f := range files {
		vc, err := villageOf(f, *code, len(files))
		if err != nil {
			problems.AddField(f.name, err)
			continue
		}
		warns, err := region.CheckCode(dir, vc, region.CheckOptions{Strict: *strict})
		problems.AddField(f.name, problem.Relabel(err, "village"))
		roster, _, err := readRoster(e, f, nil)
		problems.AddField(f.name, err)
		reqs = append(reqs, village.Request{Village: vc, Year: *year, Roster: roster, Ceilings: ceil})
		unlisted = append(unlisted, relabelAll(warns, "village"))
		progress.step(i + 1)
	}
	progress.done()
	if err := problems.Err(); err != nil {
		return e.fail(err)
	}
	if len(reqs) > 1 && len(ceil) > 0 {
		fmt.Fprintln(e.stderr, e.t("jamsos rencana: -ceiling hanya untuk satu desa", "jamsos rencana: -ceiling applies to a single village only"))
		return exitUsage
	}
	plans, err := planner.PlanMany(reqs)
	if err != nil {
		return e.fail(err)
	}
	// A village code not in the list is a warning of the plan: the report
	// and the JSON of a single plan show it; a CSV or a regency view has
	// no place for it, so it goes to standard error.
	toStderr := len(plans) > 1 || *format == "csv"
	for i := range plans {
		plans[i].Warnings = append(unlisted[i], plans[i].Warnings...)
		if toStderr {
			for _, w := range unlisted[i] {
				fmt.Fprintf(e.stderr, e.t("Peringatan (%s): %s [%s]\n", "Warning (%s): %s [%s]\n"), files[i].name, e.t(w.ID, w.EN), w.Code)
			}
		}
	}
	if *format == "xlsx" {
		return e.writeWorkbook(plans, *out, *fullNIK)
	}
	var prot *village.Protection
	if *protectionOn != "" && len(plans) == 1 {
		pr, err := planner.Protection(plans[0], benefit.Default(), protectionDate)
		if err != nil {
			return e.fail(problem.Relabel(err, "protection"))
		}
		prot = &pr
	}
	return e.writePlans(plans, *format, rune((*sep)[0]), *people, *fullNIK, prot)
}

// areaNames is the directory of area names: the built-in 2025 list, or the
// names file given with -names, checked as a whole (codes given twice,
// villages without their district) with every problem reported at once.
func areaNames(file string) (region.Directory, error) {
	if file == "" {
		return wilayah.Default(), nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, fileProblem("rencana.file", "names", file, false, err)
	}
	defer f.Close()
	d, err := wilayah.LoadCSV(f, wilayah.Edition{Data: file, Confidence: "unconfirmed"})
	if err != nil {
		var l problem.List
		l.AddField("names", err)
		return nil, l
	}
	return d, nil
}

// planOne plans a single roster file as it is read, for text, JSON or CSV
// output: a CSV roster is never held whole (village.ScanCSV), only the
// plan's record of each person, and each person's line is written as it
// is made (village.Detail). It reports false, having done nothing, when
// the file's village code has a problem: the caller then reads the file
// as it reads many, so that every problem of the file is reported at once.
func (e *env) planOne(planner *village.Planner, f rosterFile, req village.Request, flagCode string, dir region.Directory, strict bool, format string, sep rune, people, fullNIK bool) (int, bool) {
	vc, err := villageOf(f, flagCode, 1)
	if err != nil {
		return 0, false
	}
	warns, err := region.CheckCode(dir, vc, region.CheckOptions{Strict: strict})
	if err != nil {
		return 0, false
	}
	unlisted := relabelAll(warns, "village")
	req.Village = vc
	// What a single roster's plan holds is its record of each person, kept
	// until the report is written; what it lets go as it goes is little.
	// Collecting when the heap has grown by a quarter, not doubled, unless
	// GOGC says otherwise, keeps the peak near what is held at about the
	// same time: 500,000 people (27.1 MB of CSV) peaked at 121 MB instead
	// of 136 MB, in about the same time (BENCHMARKS.md).
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(25))
	}
	fail := func(err error) int {
		var l problem.List
		l.AddField(f.name, err)
		return e.fail(l.Err())
	}
	var d *village.Detail
	if strings.EqualFold(filepath.Ext(f.name), ".json") {
		var data []byte
		if data, err = readChecked(e, f.name, village.MaxRosterSize, nil); err != nil {
			var l problem.List
			if !errors.As(err, &l) {
				err = fileProblem("rencana.file", "", f.name, false, err)
			}
			return fail(err), true
		}
		if req.Roster, err = village.ReadJSON(bytes.NewReader(data)); err != nil {
			return fail(err), true
		}
		data = nil
		d, err = planner.PlanDetail(context.Background(), req)
	} else {
		// The file is read twice, never held: once to count its rows, so
		// that the plan's records are made at once, then to plan them,
		// checked as it is read.
		var in io.Reader = e.stdin
		size := 0
		if f.name != "-" {
			file, err := os.Open(f.name)
			if err != nil {
				return fail(fileProblem("rencana.file", "", f.name, false, err)), true
			}
			defer file.Close()
			size = rowsIn(file, village.MaxRosterSize)
			if _, err := file.Seek(0, io.SeekStart); err != nil {
				return fail(fileProblem("rencana.file", "", f.name, false, err)), true
			}
			in = file
		}
		checked := newCheckedReader(in, village.MaxRosterSize)
		roster, problems := village.ScanCSV(checked)
		d, err = planner.PlanDetailFrom(context.Background(), req, roster, size)
		if terr := checked.problems(); terr != nil {
			var l problem.List
			if !errors.As(terr, &l) {
				terr = fileProblem("rencana.file", "", f.name, false, terr)
			}
			return fail(terr), true
		}
		if rerr := problems(); rerr != nil {
			// What the file's bad rows say, as for any file that cannot be
			// read whole; the plan of its good rows is not shown.
			return fail(rerr), true
		}
	}
	if err != nil {
		var l problem.List
		l.AddField("villages[0]", err)
		return e.fail(l.Err()), true
	}
	pl := d.Plan()
	pl.Warnings = append(unlisted, pl.Warnings...)
	if format == "csv" {
		for _, w := range unlisted {
			fmt.Fprintf(e.stderr, e.t("Peringatan (%s): %s [%s]\n", "Warning (%s): %s [%s]\n"), f.name, e.t(w.ID, w.EN), w.Code)
		}
	}
	return e.writeDetail(d, format, sep, people, fullNIK), true
}

// rowsIn returns about how many rows a CSV roster holds, reading at most
// limit+1 bytes of r: its lines of 16 bytes or more (a NIK's length), the
// header among them. A file of blank or short lines counts few.
func rowsIn(r io.Reader, limit int) int {
	buf := make([]byte, 64<<10)
	n, long, read := 0, 0, 0
	for read <= limit {
		k, err := r.Read(buf[:min(len(buf), limit+1-read)])
		read += k
		for b := buf[:k]; len(b) > 0; {
			i := bytes.IndexByte(b, '\n')
			if i < 0 {
				long += len(b)
				break
			}
			if long+i >= 16 {
				n++
			}
			long, b = 0, b[i+1:]
		}
		if err != nil {
			break
		}
	}
	if long >= 16 {
		n++
	}
	return n
}

// relabelAll returns the problems of l with their field set to field.
func relabelAll(l problem.List, field string) problem.List {
	var out problem.List
	out.Add(problem.Relabel(l.Err(), field))
	return out
}

// writePlans writes the plans in format; prot, when not nil, is what the
// single plan's coverage protects on a day, after its report or as the
// JSON member "protection".
func (e *env) writePlans(plans []village.Plan, format string, sep rune, people, fullNIK bool, prot *village.Protection) int {
	var err error
	switch {
	case len(plans) == 1 && format == "text":
		err = plans[0].WriteReport(e.stdout, village.ReportOptions{Lang: e.lang, People: people})
		if err == nil && prot != nil {
			err = prot.WriteText(e.stdout, e.lang)
		}
	case len(plans) == 1 && format == "json":
		return e.writeJSON(service.PlanReport{Plan: plans[0], FullNIK: fullNIK, Protection: prot})
	case format == "csv":
		err = village.WritePlansCSV(e.stdout, sep, plans)
	default:
		var r village.Rollup
		if r, err = village.Summarise(plans); err != nil {
			break
		}
		if format == "json" {
			return e.writeJSON(r)
		}
		err = r.WriteReport(e.stdout, e.lang)
	}
	if err != nil {
		return e.fail(err)
	}
	return exitOK
}

type rosterFile struct {
	name string // path, or "-" for standard input
}

// rosterFiles expands directories into the roster files inside them.
func rosterFiles(args []string) ([]rosterFile, error) {
	var out []rosterFile
	for _, a := range args {
		if a == "-" {
			out = append(out, rosterFile{name: a})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, fileProblem("rencana.file", "", a, false, err)
		}
		if !st.IsDir() {
			out = append(out, rosterFile{name: a})
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, fileProblem("rencana.file", "", a, false, err)
		}
		for _, en := range entries {
			ext := strings.ToLower(filepath.Ext(en.Name()))
			if !en.IsDir() && (ext == ".csv" || ext == ".json") {
				out = append(out, rosterFile{name: filepath.Join(a, en.Name())})
			}
		}
	}
	if len(out) == 0 {
		return nil, problem.New(errUsageInput, "rencana.no_roster", "", "",
			"tidak ada berkas daftar peserta (.csv atau .json)", "no roster files (.csv or .json) given")
	}
	return out, nil
}

// villageOf is the village of a roster: -village for a single roster,
// otherwise the code in the file's name.
func villageOf(f rosterFile, flagCode string, files int) (region.Code, error) {
	if flagCode != "" && files == 1 {
		c, err := region.Parse(flagCode)
		return c, problem.Relabel(err, "village")
	}
	base := strings.TrimSuffix(filepath.Base(f.name), filepath.Ext(f.name))
	c, err := region.Parse(base)
	if err != nil {
		return region.Code{}, problem.New(errUsageInput, "rencana.village", "village", base,
			"nama berkas harus kode desa (mis. 6112012001.csv), atau beri -village untuk satu berkas",
			"the file name must be a village code (e.g. 6112012001.csv), or give -village for a single file")
	}
	return c, nil
}

func readRoster(e *env, f rosterFile, buf []byte) ([]village.Enrolment, []byte, error) {
	data, err := readChecked(e, f.name, village.MaxRosterSize, buf)
	if err != nil {
		var l problem.List
		if errors.As(err, &l) {
			return nil, data, err
		}
		return nil, buf, fileProblem("rencana.file", "", f.name, false, err)
	}
	var roster []village.Enrolment
	if strings.EqualFold(filepath.Ext(f.name), ".json") {
		roster, err = village.ReadJSON(bytes.NewReader(data))
	} else {
		roster, err = village.ReadCSV(bytes.NewReader(data))
	}
	return roster, data, err
}
