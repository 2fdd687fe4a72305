package partner

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

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
	for _, e := range l {
		if !strings.HasPrefix(e.Field, "line ") || e.Message(problem.English) == "" {
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
