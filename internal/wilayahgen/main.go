// Command wilayahgen turns Kemendagri's list of area codes and names, as the
// MySQL dump db/wilayah.sql of the cahyadsn/wilayah repository carries it,
// into the compact form that package region/wilayah embeds, and writes the
// NOTICE that goes with it.
//
// It is run by hand when a new edition of the list is taken in, through
// go generate in region/wilayah with the dump's path in WILAYAH_SQL:
//
//	WILAYAH_SQL=/path/to/wilayah.sql go generate ./region/wilayah
//
// or directly:
//
//	go run ./internal/wilayahgen -in /path/to/wilayah.sql -out region/wilayah \
//	    -source 'cahyadsn/wilayah db/wilayah.sql, commit b7ad440a…' -license /path/to/LICENSE
//
// The dump is read row by row, each row "('code','name')". Every code must
// parse as a region.Code, appear once, and have its parent listed (a
// village its district, a district its regency, a regency its province);
// every name must be non-empty. Names are trimmed and runs of white space
// become one space (the dump has names with a trailing space); each such
// change is reported on standard error. Any other problem stops the program
// with every problem listed, and nothing is written.
//
// The output, wilayah.tsv.gz, is gzip-compressed UTF-8 text, one area a
// line in code order, each area right before the areas it contains:
//
//	# jamsos region/wilayah v1
//	# edition: Kepmendagri 300.2.2-2138/2025
//	11	Aceh
//	.01	Kabupaten Aceh Selatan
//	..01	Bakongan
//	...2001	Keude Bakongan
//
// A line gives only the last part of its code; the number of leading dots is
// its depth below the province, and the rest of the code is that of the
// nearest line above it one level up. Lines starting with "#" are comments.
// The gzip header carries no name and no time, so the same input gives the
// same bytes.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/desasadar/jamsos/region"
	"golang.org/x/text/unicode/norm"
)

func main() {
	in := flag.String("in", "", "path of the source dump, db/wilayah.sql of cahyadsn/wilayah (required)")
	out := flag.String("out", ".", "directory to write wilayah.tsv.gz and NOTICE into")
	source := flag.String("source", "", "where the dump comes from: repository, file and commit (required)")
	license := flag.String("license", "", "path of the source's LICENSE file (default: LICENSE beside -in)")
	note := flag.String("note", "", "a paragraph for the NOTICE on the edition, such as a disagreement between the source's files")
	flag.Parse()
	if *in == "" || *source == "" {
		fmt.Fprintln(os.Stderr, "wilayahgen: -in and -source are required")
		flag.Usage()
		os.Exit(2)
	}
	if *license == "" {
		*license = filepath.Join(filepath.Dir(*in), "LICENSE")
	}
	if err := run(*in, *out, *source, *license, *note); err != nil {
		fmt.Fprintln(os.Stderr, "wilayahgen:", err)
		os.Exit(1)
	}
}

// row is one area of the list.
type row struct {
	code region.Code
	name string
}

func run(in, out, source, licensePath, note string) error {
	src, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	lic, err := os.ReadFile(licensePath)
	if err != nil {
		return err
	}
	edition, lastEdit, err := header(src)
	if err != nil {
		return err
	}
	rows, err := parseDump(src)
	if err != nil {
		return err
	}
	var data bytes.Buffer
	if err := encode(&data, rows, edition); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "wilayah.tsv.gz"), data.Bytes(), 0o644); err != nil {
		return err
	}
	notice := noticeText(edition, lastEdit, source, note, string(lic), rows)
	if err := os.WriteFile(filepath.Join(out, "NOTICE"), []byte(notice), 0o644); err != nil {
		return err
	}
	var n [5]int
	for _, r := range rows {
		n[r.code.Level()]++
	}
	fmt.Fprintf(os.Stderr, "wilayahgen: %d areas: %d provinces, %d regencies and cities, %d districts, %d villages; %d bytes compressed\n",
		len(rows), n[region.Province], n[region.Regency], n[region.District], n[region.Village], data.Len())
	return nil
}

var (
	// editionLine is the dump header's note on the decree its data follows:
	// "note     : Data Kode Wilayah sesuai Kepmendagri No 300.2.2-2138 Tahun 2025".
	editionLine = regexp.MustCompile(`(?m)^note\s*:.*Kepmendagri No\.? ?([0-9.\-]+) Tahun ([0-9]{4})\s*$`)
	// lastEditLine is the header's "last edit: 2026-02-13 16:45:21".
	lastEditLine = regexp.MustCompile(`(?m)^last edit\s*:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})`)
)

// header reads the edition ("Kepmendagri 300.2.2-2138/2025") and the date
// of last edit from the dump's comment header.
func header(src []byte) (edition, lastEdit string, err error) {
	m := editionLine.FindSubmatch(src)
	if m == nil {
		return "", "", errors.New("the dump's header names no Kepmendagri edition (a line \"note : ... Kepmendagri No N Tahun YYYY\")")
	}
	edition = "Kepmendagri " + string(m[1]) + "/" + string(m[2])
	if m := lastEditLine.FindSubmatch(src); m != nil {
		lastEdit = string(m[1])
	}
	return edition, lastEdit, nil
}

// tuple is one row of the dump's INSERT statements: ('code','name'), the
// name with SQL's doubled single quote for an apostrophe.
var tuple = regexp.MustCompile(`^\('([0-9.]*)','((?:[^']|'')*)'\)[,;]?$`)

// parseDump reads every row of the dump and checks the list as a whole.
func parseDump(src []byte) ([]row, error) {
	var (
		rows []row
		errs []string
		seen = map[region.Code]int{}
	)
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if !strings.HasPrefix(text, "('") {
			continue
		}
		m := tuple.FindStringSubmatch(text)
		if m == nil {
			errs = append(errs, fmt.Sprintf("line %d: not a ('code','name') row: %.60q", line, text))
			continue
		}
		c, err := region.Parse(m[1])
		if err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if c.String() != m[1] {
			errs = append(errs, fmt.Sprintf("line %d: code %q is not in dotted form", line, m[1]))
		}
		if first, dup := seen[c]; dup {
			errs = append(errs, fmt.Sprintf("line %d: code %s already given on line %d", line, c, first))
			continue
		}
		seen[c] = line
		raw := strings.ReplaceAll(m[2], "''", "'")
		if !utf8.ValidString(raw) {
			errs = append(errs, fmt.Sprintf("line %d: name of %s is not UTF-8", line, c))
			continue
		}
		name := strings.Join(strings.Fields(raw), " ")
		if name != raw {
			fmt.Fprintf(os.Stderr, "wilayahgen: line %d: name of %s trimmed: %q -> %q\n", line, c, raw, name)
		}
		if !norm.NFC.IsNormalString(name) {
			fmt.Fprintf(os.Stderr, "wilayahgen: line %d: name of %s put in Unicode NFC\n", line, c)
			name = norm.NFC.String(name)
		}
		if name == "" {
			errs = append(errs, fmt.Sprintf("line %d: code %s has no name", line, c))
			continue
		}
		if strings.ContainsAny(name, "\t\n") {
			errs = append(errs, fmt.Sprintf("line %d: name of %s has a tab or line break", line, c))
			continue
		}
		rows = append(rows, row{code: c, name: name})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for i, r := range rows {
		if i > 0 && rows[i-1].code.Compare(r.code) >= 0 {
			errs = append(errs, fmt.Sprintf("code %s comes after %s: the dump is not in code order", r.code, rows[i-1].code))
		}
		if p := r.code.Parent(); p.IsValid() {
			if _, ok := seen[p]; !ok {
				errs = append(errs, fmt.Sprintf("code %s has no parent: %s is not listed", r.code, p))
			}
		}
	}
	if len(rows) == 0 {
		errs = append(errs, "the dump has no ('code','name') rows")
	}
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	return rows, nil
}

// encode writes rows, which are in code order with every parent listed, in
// the embedded form.
func encode(w io.Writer, rows []row, edition string) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "# jamsos region/wilayah v1\n# edition: %s\n# areas: %d\n", edition, len(rows))
	for _, r := range rows {
		dotted := r.code.String()
		depth := strings.Count(dotted, ".")
		last := dotted[strings.LastIndexByte(dotted, '.')+1:]
		bw.WriteString(strings.Repeat(".", depth))
		bw.WriteString(last)
		bw.WriteByte('\t')
		bw.WriteString(r.name)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// noticeText is the NOTICE beside the embedded data: what it is, where it
// comes from, what was changed, and the source's licence in full.
func noticeText(edition, lastEdit, source, note, license string, rows []row) string {
	var n [5]int
	for _, r := range rows {
		n[r.code.Level()]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "region/wilayah: Kemendagri area codes and names\n\n")
	fmt.Fprintf(&b, "wilayah.tsv.gz holds the codes and names of %d areas of Indonesia: %d provinces,\n", len(rows), n[region.Province])
	fmt.Fprintf(&b, "%d regencies and cities, %d districts (kecamatan) and %d villages (desa and\n", n[region.Regency], n[region.District], n[region.Village])
	fmt.Fprintf(&b, "kelurahan), following %s on the codes and data of government\n", edition)
	fmt.Fprintf(&b, "administrative areas (Kode dan Data Wilayah Administrasi Pemerintahan), as the source\n")
	fmt.Fprintf(&b, "file's header states.\n\n")
	if note != "" {
		b.WriteString(wrap(note, 88))
		b.WriteString("\n\n")
	}
	fmt.Fprintf(&b, "Source: %s", source)
	if lastEdit != "" {
		fmt.Fprintf(&b, " (file last edited %s)", lastEdit)
	}
	fmt.Fprintf(&b, ".\nThe data was converted by internal/wilayahgen: names were trimmed and runs of white\n")
	fmt.Fprintf(&b, "space made one space, SQL quoting was undone, and codes are stored by their last part.\n")
	fmt.Fprintf(&b, "No code or name was otherwise changed, added or left out.\n\n")
	fmt.Fprintf(&b, "The source data is distributed under the following licence, which applies to the\n")
	fmt.Fprintf(&b, "data in wilayah.tsv.gz:\n\n")
	b.WriteString(strings.TrimRight(strings.ReplaceAll(license, "\r", ""), "\n"))
	b.WriteString("\n")
	return b.String()
}

// wrap breaks text into lines of at most width bytes, at spaces.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		if i > 0 {
			if n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
