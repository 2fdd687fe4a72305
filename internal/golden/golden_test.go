package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that remembers whether the check failed.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	t.Cleanup(func() { _ = os.Chdir(wd) })
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "a.golden"), []byte("Rp16.800\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, "a.golden", "Rp16.800\n")
	if r.failed {
		t.Error("equal output failed")
	}
	r = &recorder{TB: t}
	Check(r, "a.golden", "Rp16.801\n")
	if !r.failed {
		t.Error("different output passed")
	}
	r = &recorder{TB: t}
	Check(r, "missing.golden", "x")
	if !r.failed {
		t.Error("a missing file passed")
	}
}
