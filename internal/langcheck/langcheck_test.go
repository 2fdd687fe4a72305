package langcheck

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/problem"
)

func TestForeign(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		l    problem.Lang
		want []string
	}{
		{"an English confidence mark in Indonesian", "dasar: PP 44/2015 Lampiran II [secondary]", problem.Indonesian, []string{"secondary"}},
		{"an English instrument in Indonesian", "CSR / sponsor: boleh untuk semua kelompok (no rule found (default of this module) [unconfirmed])",
			problem.Indonesian, []string{"no", "rule", "found", "default", "of", "this", "module", "unconfirmed"}},
		{"a translated citation", "dasar: PP 44/2015 (beserta perubahannya), JKM BPU [sekunder]", problem.Indonesian, nil},
		{"proper names in English", "Dana Desa: allowed for cash-for-work (Permendes 16/2025 Pasal 5 ayat (1) [secondary])", problem.English, nil},
		{"an Indonesian sentence in English", "the wage is below the minimum (upah di bawah minimum)", problem.English, []string{"di"}},
		{"an Indonesian confidence mark in English", "source: PP 45/2015 [belum pasti]", problem.English, []string{"belum", "pasti"}},
		{"codes are neither language", "agent.fee_scheme REGISTER PP50_2025 half_up B/1226/022026", problem.Indonesian, nil},
		{"a name inside a longer word is not removed", "Pasalnya the", problem.Indonesian, []string{"the"}},
		{"a name inside a code is not removed", "village.siltap.minimum", problem.Indonesian, nil},
		{"a name before a full stop is removed", "paid from Dana Desa.", problem.English, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Foreign(tt.text, tt.l); !slices.Equal(got, tt.want) {
				t.Errorf("Foreign(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// goldenLang matches the golden files of one language: plan_id.golden,
// fees_switch_en.txt, leaderboard_id.csv.
var goldenLang = regexp.MustCompile(`_(id|en)\.(golden|txt|csv)$`)

// testNames are names in the test data: a participant of the village
// roster.
var testNames = []string{"Pekerja PKT"}

// harness is what the tests write around the output they keep: the
// markers of village/plansheet's dump of a workbook ("# regency",
// "header: ", "total: ").
var harness = regexp.MustCompile(`^(# \w+$|header: |total: )`)

// problemField is the field a problem message starts with, on a line that
// ends with the problem's code ("kind: … [activity.not_permitted]"): a JSON
// path, the same in both languages.
var problemField = regexp.MustCompile(`^(\s*(?:- )?)\w+(?:\[\d+\])?(?:\.\w+(?:\[\d+\])?)*: (.*\[[a-z_]+\.[a-z_.]+\])$`)

// TestGoldenFilesSpeakOneLanguage reads every golden file of the module
// written for one language and fails on each word of the other.
func TestGoldenFilesSpeakOneLanguage(t *testing.T) {
	root := filepath.Join("..", "..")
	counts := map[problem.Lang]int{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "fuzz" || strings.HasPrefix(name, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		m := goldenLang.FindStringSubmatch(d.Name())
		if m == nil || !strings.Contains(filepath.ToSlash(path), "/testdata/") {
			return nil
		}
		l := problem.Indonesian
		if m[1] == "en" {
			l = problem.English
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		counts[l]++
		lines := strings.Split(string(b), "\n")
		if strings.HasSuffix(path, ".csv") {
			// A CSV file's rows are data and codes, for programs; its
			// header is for people.
			lines = lines[:1]
		}
		for n, line := range lines {
			line = harness.ReplaceAllString(line, "")
			line = problemField.ReplaceAllString(line, "$1$2")
			if w := Foreign(line, l, testNames...); len(w) > 0 {
				t.Errorf("%s:%d: %s words %q in %q", filepath.ToSlash(path), n+1, other(l), w, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The module has golden files of both languages in several packages;
	// finding few means the walk went wrong, not that all is well.
	if counts[problem.Indonesian] < 15 || counts[problem.English] < 15 {
		t.Fatalf("found %d Indonesian and %d English golden files, expected at least 15 of each", counts[problem.Indonesian], counts[problem.English])
	}
}

func other(l problem.Lang) string {
	if l == problem.English {
		return "Indonesian"
	}
	return "English"
}
