package service

import (
	"os"
	"regexp"
	"testing"
)

// The OpenAPI document's info.version is the latest release of
// CHANGELOG.md, the one string of the version kept by hand.
func TestOpenAPIVersionIsLatestRelease(t *testing.T) {
	log, err := os.ReadFile("../CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^## \[(\d+\.\d+\.\d+)\]`).FindSubmatch(log)
	if m == nil {
		t.Fatal("CHANGELOG.md has no release section")
	}
	if got := loadSpec(t).doc.Info.Version; got != string(m[1]) {
		t.Errorf("openapi.json info.version = %q, CHANGELOG.md's latest release is %s", got, m[1])
	}
}
