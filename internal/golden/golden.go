// Package golden compares formatted output in tests with files kept under
// testdata, the reports and texts people read, and rewrites those files
// when a test binary runs with -update.
//
//	go test ./village -run Report -update
//
// It is for this module's tests only.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata from the current output")

// Check compares got with the file testdata/name, or first rewrites the file
// with got when the test runs with -update.
func Check(t testing.TB, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update to accept it)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
