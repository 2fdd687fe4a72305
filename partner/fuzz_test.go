package partner

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/desasadar/jamsos/internal/masktest"
	"github.com/desasadar/jamsos/problem"
)

// checkRead checks what an activity reader returned for any input: no
// panic, line numbers on everything, and activities that processing accepts
// or rejects without losing any.
func checkRead(t *testing.T, acts []Activity, err error) {
	var l problem.List
	if err != nil && !errors.As(err, &l) {
		t.Fatalf("error is not a problem list: %v", err)
	}
	masktest.Check(t, err)
	for _, e := range l {
		if !strings.HasPrefix(e.Field, "line[") || e.Message(problem.English) == "" {
			t.Fatalf("problem without a line: %+v", e)
		}
	}
	for _, a := range acts {
		if a.Line < 1 {
			t.Fatalf("activity without a line: %v", a)
		}
		_ = a.Check()
		_ = a.String()
	}
	led, perr := fuzzNetwork.Process(acts, Options{})
	if perr != nil || len(led.Outcomes()) != len(acts) {
		t.Fatalf("processing lost activities: %v", perr)
	}
}

var fuzzNetwork = func() *Network {
	n, err := NewNetwork(
		[]Partner{{ID: "BHB-01", Role: Bhabinkamtibmas, Name: "Agus", NRP: MustParseNRP("87050123", Polri)}},
		nil,
		[]Assignment{{Partner: "BHB-01", Area: desa1, From: day(2024, 1, 1)}},
	)
	if err != nil {
		panic(err)
	}
	return n
}()

func FuzzReadActivitiesCSV(f *testing.F) {
	f.Add("kind,date,partner,village,participant\nREFERRAL,2026-01-12,BHB-01,32.16.01.2001,3216010101850001\n")
	f.Add("\uFEFFjenis;tanggal;mitra;desa;hadir\r\nsosialisasi;12/01/2026;BHB-01;3216012001;45\r\n")
	f.Fuzz(func(t *testing.T, data string) {
		acts, err := ReadActivitiesCSV(strings.NewReader(data))
		checkRead(t, acts, err)
	})
}

func FuzzReadActivitiesJSON(f *testing.F) {
	f.Add(`[{"kind": "REFERRAL", "date": "2026-01-12", "partner": "BHB-01", "village": "32.16.01.2001", "participant": "3216010101850001"}]`)
	f.Add(`[{"kind": "COLLECTION", "amount": 16800, "month": "2026-02"}, 3]`)
	f.Fuzz(func(t *testing.T, data string) {
		acts, err := ReadActivitiesJSON(strings.NewReader(data))
		checkRead(t, acts, err)
		// What was read encodes to JSON and reads back the same.
		b, merr := json.Marshal(acts)
		if merr != nil || len(acts) == 0 {
			return
		}
		back, err := ReadActivitiesJSON(strings.NewReader(string(b)))
		if err != nil || len(back) != len(acts) {
			t.Fatalf("re-reading %s: %v", b, err)
		}
		for i := range acts {
			a, b := acts[i], back[i]
			a.Line, b.Line = 0, 0
			if a.String() != b.String() || a.Participant.Digits() != b.Participant.Digits() {
				t.Fatalf("re-read %v as %v", a, b)
			}
		}
	})
}

func FuzzParseNRP(f *testing.F) {
	f.Add("87050123", false)
	f.Add("11950011850473", true)
	f.Fuzz(func(t *testing.T, s string, tni bool) {
		force := Polri
		if tni {
			force = TNI
		}
		n, err := ParseNRP(s, force)
		if err != nil {
			if !errors.Is(err, ErrInvalidNRP) || n.IsValid() {
				t.Fatalf("ParseNRP(%q): %v, %v", s, n, err)
			}
			return
		}
		d := n.Digits()
		if len(d) < 8 || len(d) > 14 || (force == Polri && len(d) != 8) || strings.Trim(d, "0123456789") != "" {
			t.Fatalf("ParseNRP(%q) = %q", s, d)
		}
		if back, err := ParseNRP(d, force); err != nil || back != n {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
		if utf8.RuneCountInString(n.String()) != len(d) || strings.Contains(n.String(), d[2:len(d)-2]) {
			t.Fatalf("masking %q gave %q", d, n.String())
		}
	})
}

func FuzzParseCertificateNumber(f *testing.F) {
	f.Add("LSP-PRS/0417/2025")
	f.Add(" no. reg  123 ")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCertificateNumber(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidCertificate) || c.IsValid() {
				t.Fatalf("ParseCertificateNumber(%q): %v, %v", s, c, err)
			}
			return
		}
		txt := c.Text()
		if len(txt) < 4 || len(txt) > 40 || strings.ToUpper(txt) != txt || strings.TrimSpace(txt) != txt {
			t.Fatalf("ParseCertificateNumber(%q) = %q", s, txt)
		}
		if back, err := ParseCertificateNumber(txt); err != nil || back != c {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
	})
}

func FuzzDecodeNetwork(f *testing.F) {
	f.Add(`{"wadahs": [{"id": "W-01", "name": "Koperasi", "kind": "COOPERATIVE"}],
 "partners": [{"id": "BHB-01", "role": "BHABINKAMTIBMAS", "name": "Agus", "nrp": "87050123"},
  {"id": "AG-01", "role": "AGEN_PERISAI", "name": "Nur", "wadah": "W-01",
   "certificate": {"number": "LSP-PRS/0417/2025", "issued": "2025-01-06", "valid_until": "2028-01-05"}}],
 "assignments": [{"partner": "BHB-01", "area": "32.16.01.2001", "from": "2024-01-01"}]}`)
	f.Add(`{"partners": [{"id": "X", "role": "CAMAT"}, {"id": "Y", "role": "BABINSA", "nrp": "1"}], "extra": 1}`)
	f.Fuzz(func(t *testing.T, doc string) {
		n, err := DecodeNetwork(strings.NewReader(doc))
		if err != nil {
			var l problem.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error is not a problem list: %v", err)
			}
			masktest.Check(t, err)
			for _, e := range l {
				if e.Code == "internal" || e.Message(problem.English) == "" {
					t.Fatalf("a problem without a rule or a message: %+v", e)
				}
				personal := strings.HasSuffix(e.Field, "nrp") || strings.HasSuffix(e.Field, "phone") ||
					strings.HasSuffix(e.Field, "certificate.number")
				if personal && longDigits.MatchString(e.Value) {
					t.Fatalf("a number shown unmasked in a problem: %+v", e)
				}
			}
			return
		}
		// What was read encodes to JSON and reads back the same.
		b, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeNetwork(strings.NewReader(string(b)))
		if err != nil {
			t.Fatalf("re-reading %s: %v", b, err)
		}
		if b2, _ := json.Marshal(back); string(b2) != string(b) {
			t.Fatalf("round trip changed the network:\n%s\n%s", b, b2)
		}
	})
}

// longDigits is a run of digits longer than any end of a number that a
// mask keeps (at most four, for a phone number).
var longDigits = regexp.MustCompile(`[0-9]{5,}`)
