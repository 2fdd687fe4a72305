package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// A placeholder NIK tells no birth date and no sex: -json leaves them out,
// instead of printing nothing because the zero sex has no text.
func TestPlaceholderNIKJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"nik", "-json", "-allow-placeholder", "0216015708900002"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK || !strings.Contains(stdout.String(), `"placeholder": true`) || !strings.Contains(stdout.String(), `"nik": "0216••••••••0002"`) {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, &stdout, &stderr)
	}
	for _, absent := range []string{`"sex"`, `"birth_date"`, "0216015708900002"} {
		if strings.Contains(stdout.String(), absent) {
			t.Errorf("stdout has %s:\n%s", absent, &stdout)
		}
	}
	stdout.Reset()
	if code := run([]string{"nik", "-allow-placeholder", "0216015708900002"}, strings.NewReader(""), &stdout, &stderr); code != exitOK ||
		!strings.Contains(stdout.String(), "tanggal lahir: -\n") || !strings.Contains(stdout.String(), "jenis kelamin: -\n") {
		t.Errorf("exit %d, text:\n%s", code, &stdout)
	}
}

type unencodable struct{}

func (unencodable) MarshalJSON() ([]byte, error) { return nil, errors.New("cannot encode") }

type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// A value that cannot be encoded, or stdout that cannot be written, is exit
// 1 with the error on stderr, and nothing half-written on stdout.
func TestWriteJSONFailure(t *testing.T) {
	var stdout, stderr bytes.Buffer
	e := &env{stdout: &stdout, stderr: &stderr}
	if code := e.writeJSON(unencodable{}); code != exitInvalid || stdout.Len() != 0 || !strings.Contains(stderr.String(), "cannot encode") {
		t.Errorf("unencodable: exit %d, stdout %q, stderr %q", code, &stdout, &stderr)
	}
	stderr.Reset()
	e = &env{stdout: brokenWriter{}, stderr: &stderr}
	if code := e.writeJSON(map[string]int{"a": 1}); code != exitInvalid || !strings.Contains(stderr.String(), "broken pipe") {
		t.Errorf("broken stdout: exit %d, stderr %q", code, &stderr)
	}
}
