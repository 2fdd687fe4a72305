package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	out := t.TempDir()
	lic := filepath.Join(out, "LICENSE")
	if err := os.WriteFile(lic, []byte("MIT License\r\n\r\nCopyright (c) 2017-2025 Cahya DSN\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// small.sql is out of code order (11 after 32), so it is refused; the
	// rows without it are converted.
	err := run("testdata/small.sql", out, "test source", lic, "")
	if err == nil || !strings.Contains(err.Error(), "code 11.01.02.2018 comes after 32.16.01.2001") ||
		!strings.Contains(err.Error(), "code 11.01.02.2018 has no parent: 11.01.02 is not listed") {
		t.Fatalf("run(small.sql) = %v", err)
	}
	src, err := os.ReadFile("testdata/small.sql")
	if err != nil {
		t.Fatal(err)
	}
	cut := strings.Replace(string(src), "('32.16.01.2001','Sagara  Makmur'),\r\n('11.01.02.2018','Pasi Kuala Ba''u');", "('32.16.01.2001','Sagara  Makmur');", 1)
	in := filepath.Join(out, "cut.sql")
	if err := os.WriteFile(in, []byte(cut), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(in, out, "test source", lic, "A note."); err != nil {
		t.Fatal(err)
	}
	gz, err := os.ReadFile(filepath.Join(out, "wilayah.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := io.ReadAll(zr)
	want := "# jamsos region/wilayah v1\n# edition: Kepmendagri 300.2.2-2138/2025\n# areas: 4\n" +
		"32\tJawa Barat\n.16\tKabupaten Bekasi\n..01\tTarumajaya\n...2001\tSagara Makmur\n"
	if string(text) != want {
		t.Errorf("data:\n%s\nwant:\n%s", text, want)
	}
	if !zr.ModTime.IsZero() || zr.Name != "" {
		t.Errorf("gzip header has time %v, name %q", zr.ModTime, zr.Name)
	}
	notice, _ := os.ReadFile(filepath.Join(out, "NOTICE"))
	for _, s := range []string{"Kepmendagri 300.2.2-2138/2025", "test source (file last edited 2026-02-13)", "A note.", "MIT License\n\nCopyright (c) 2017-2025 Cahya DSN\n"} {
		if !strings.Contains(string(notice), s) {
			t.Errorf("NOTICE lacks %q:\n%s", s, notice)
		}
	}
}

func TestParseDumpQuotes(t *testing.T) {
	rows, err := parseDump([]byte("('11','Aceh'),\n('11.01','Kabupaten Aceh Selatan'),\n('11.01.02','Kluet Utara'),\n('11.01.02.2018','Pasi Kuala Ba''u');\n"))
	if err != nil {
		t.Fatal(err)
	}
	if rows[3].name != "Pasi Kuala Ba'u" {
		t.Errorf("name %q", rows[3].name)
	}
}

func TestParseDumpBad(t *testing.T) {
	src, err := os.ReadFile("testdata/bad.sql")
	if err != nil {
		t.Fatal(err)
	}
	_, err = parseDump(src)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{
		"line 4: code 32.16 already given on line 3",
		"code 32.16.02.2001 has no parent: 32.16.02 is not listed",
		`line 6: code "3216" is not in dotted form`,
		"line 7: ",
		"line 8: code 32.16.01 has no name",
		"line 9: not a ('code','name') row",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if _, _, err := header([]byte("no header")); err == nil {
		t.Error("header without an edition: no error")
	}
}
