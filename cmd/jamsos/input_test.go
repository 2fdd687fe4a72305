package main

import (
	"os"
	"path/filepath"
	"testing"
)

// jamsos iuran reads its -input as the service reads a body: a document
// over 1 MiB (service.DefaultMaxBody) is refused having read no more than
// that, from a file or from standard input.
func TestIuranInputTooLarge(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "bill.json")
	if err := os.WriteFile(huge, []byte(`{"segment": "BPU"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 1<<30); err != nil { // a sparse gigabyte
		t.Fatal(err)
	}
	cliCase{name: "file", args: []string{"iuran", "-lang", "en", "-input", huge}, exit: exitInvalid,
		stderr: []string{"-input: the document is too large (1048576) [json.too_large]"}}.check(t)

	big := make([]byte, 1<<20+1)
	for i := range big {
		big[i] = ' '
	}
	code, _, stderr := runCLI(t, string(big), "iuran", "-lang", "en", "-input", "-")
	if code != exitInvalid || stderr != "-input: the document is too large (1048576) [json.too_large]\n" {
		t.Errorf("standard input over 1 MiB: exit %d, %q", code, stderr)
	}
}
