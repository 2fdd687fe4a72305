package membership_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

func ExampleParseNIK() {
	opts := membership.NIKOptions{Reference: regulation.MustDate(2026, 1, 15)}
	nik, err := membership.ParseNIK("3216015708900002", opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(nik) // masked: a NIK is personal data
	fmt.Println(nik.District(), nik.BirthDate(), nik.Sex(), nik.Serial())

	_, err = membership.ParseNIK("3216013002900001", opts)
	fmt.Println(errors.Is(err, membership.ErrInvalidNIK))
	fmt.Println(err)
	// Output:
	// 3216••••••••0002
	// 32.16.01 1990-08-17 FEMALE 2
	// true
	// NIK: tanggal lahirnya tidak ada di kalender (3216••••••••0001)
}

func ExampleParseNIK_placeholder() {
	_, err := membership.ParseNIK("0216011708900001", membership.NIKOptions{})
	fmt.Println(errors.Is(err, membership.ErrPlaceholderNIK))
	nik, _ := membership.ParseNIK("0216011708900001", membership.NIKOptions{AllowPlaceholder: true})
	fmt.Println(nik.IsPlaceholder(), nik.BirthDate().IsZero())
	// Output:
	// true
	// true true
}

func ExampleRegistration_Validate() {
	r := membership.Registration{
		Participant: membership.Participant{
			NIK:       membership.MustParseNIK("3216011708900001"),
			Name:      "Budi Santoso",
			BirthDate: regulation.MustDate(1990, 8, 17),
			Sex:       membership.Female,                 // the NIK says male
			Domicile:  region.MustParse("32.16.01.2001"), // a desa in Kab. Bekasi
			Segment:   membership.BPU,
			Income:    decimal.NewFromInt(1_500_000),
		},
		Programs:   membership.SetOf(membership.JKK, membership.JP), // no JKM; JP is not for BPU
		StartMonth: regulation.MustMonth(2026, 2),
	}
	err := r.Validate(membership.ValidateOpts{})
	var l problem.List
	if errors.As(err, &l) {
		fmt.Println(l.Codes())
		fmt.Println(l.Message(problem.English))
	}
	// Output:
	// [validate.required nik.sex_mismatch programs.required programs.not_allowed]
	// payer: is required
	// participant, sex: does not match the NIK
	// programs: JKM is required for BPU (PP 44/2015 [secondary]) (JKM)
	// programs: JP is not available to BPU (PP 44/2015 [secondary]) (JP)
}

func ExampleCheckPrograms() {
	on := regulation.MustDate(2026, 3, 1)
	err := membership.CheckPrograms(membership.PU, membership.Small, membership.SetOf(membership.JKK, membership.JKM), on)
	fmt.Println(errors.Is(err, membership.ErrProgramRequired))
	fmt.Println(err.(problem.List).Message(problem.English))

	jkp := membership.SetOf(membership.JKK, membership.JKM, membership.JHT, membership.JKP)
	fmt.Println(membership.CheckPrograms(membership.PU, membership.Small, jkp, on))
	err = membership.CheckPrograms(membership.PU, membership.Small, jkp, regulation.MustDate(2021, 1, 4))
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// true
	// programs: JHT is required for PU, small business (Perpres 109/2013 Pasal 6 [secondary]) (JHT)
	// <nil>
	// programs: JKP did not exist on 2021-01-04; it starts on 2021-02-02 (PP 37/2021 [secondary]) (JKP)
}

func ExampleStatusAt() {
	h := membership.History{
		Segment: membership.BPU,
		Start:   regulation.MustMonth(2025, 1),
		Paid:    []regulation.Month{regulation.MustMonth(2025, 1), regulation.MustMonth(2025, 2), regulation.MustMonth(2025, 7)},
	}
	for _, m := range []regulation.Month{regulation.MustMonth(2025, 2), regulation.MustMonth(2025, 5), regulation.MustMonth(2025, 6), regulation.MustMonth(2025, 7)} {
		s, err := membership.StatusAt(h, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(m, s)
	}
	h.End = regulation.MustMonth(2025, 6)
	_, err := membership.StatusAt(h, regulation.MustMonth(2025, 7))
	fmt.Println(errors.Is(err, membership.ErrInvalidHistory))
	// Output:
	// 2025-02 ACTIVE
	// 2025-05 ACTIVE
	// 2025-06 NON_ACTIVE
	// 2025-07 ACTIVE
	// true
}

func ExampleParseProgramSet() {
	s, err := membership.ParseProgramSet("jkk, jkm + JHT")
	fmt.Println(s, s.Len(), s.Has(membership.JHT), err)
	_, err = membership.ParseProgramSet("JKK+JKN")
	fmt.Println(err)
	// Output:
	// JKK+JKM+JHT 3 true <nil>
	// program: tidak dikenal; gunakan JKK, JKM, JHT, JP atau JKP (JKN)
}

func ExampleParams_LastJPMonth() {
	last, rule, _ := membership.DefaultParams().LastJPMonth(regulation.MustDate(1965, 7, 16))
	fmt.Println(last, rule.Value, rule.Citation)
	// Output:
	// 2023-06 58 PP 45/2015 Pasal 15 ayat (3) [text]
}

func ExampleDecodeRegistration() {
	_, err := membership.DecodeRegistration(strings.NewReader(`{
	  "participant": {"nik": 3216011708900001, "nama": "Budi"},
	  "programs": "JKK+JKM"
	}`))
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// participant, NIK: wrong type: a JSON string is expected (number)
	// participant, name: unknown field
}

func ExampleCheckDuplicates() {
	a := membership.Participant{NIK: membership.MustParseNIK("3216011708900001")}
	b := membership.Participant{NIK: membership.MustParseNIK("3216015708900002")}
	fmt.Println(membership.CheckDuplicates([]membership.Participant{a, b, a}))
	// Output:
	// peserta ke-3, NIK: sudah tercantum pada peserta ke-1 (3216••••••••0001)
}

func ExampleParsePhone() {
	for _, s := range []string{"0812-3456-7890", "+62 (0)21 5555 1234", "+60 12 345 6789"} {
		p, err := membership.ParsePhone(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.E164(), p, p.IsMobile()) // E164 is the full number; String masks it
	}
	// Output:
	// +6281234567890 +628••••••7890 true
	// +622155551234 +622•••••1234 false
	// nomor telepon: kode negaranya harus +62 (Indonesia) (+60 •••••••6789)
}

func ExampleParseKPJ() {
	k, err := membership.ParseKPJ("123-4567-8901")
	fmt.Println(k, k.Digits(), err)
	_, err = membership.ParseKPJ("1234567890")
	fmt.Println(errors.Is(err, membership.ErrInvalidKPJ))
	// Output:
	// 12•••••••01 12345678901 <nil>
	// true
}

func ExampleParticipant_Validate() {
	p := membership.Participant{
		NIK:       membership.MustParseNIK("3216014101900003"), // a woman born 1 Jan 1990
		Name:      membership.NormalizeName("  Siti   Aminah "),
		BirthDate: regulation.MustDate(1990, 1, 2),
		Sex:       membership.Female,
		Domicile:  region.MustParse("32.16.01.2001"),
		Segment:   membership.PU,
		Income:    decimal.NewFromInt(-2_500_000),
	}
	err := p.Validate(membership.ValidateOpts{Reference: regulation.MustDate(2026, 1, 15)})
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// income: must be greater than 0 (-2500000)
	// birth date: does not match the one in the NIK
	// business scale: is required for PU participants
}

func ExampleValidateRoster() {
	r := membership.Registration{
		Participant: membership.Participant{
			NIK:       membership.MustParseNIK("3216011708900001"),
			Name:      "Budi Santoso",
			BirthDate: regulation.MustDate(1990, 8, 17),
			Sex:       membership.Male,
			Domicile:  region.MustParse("32.16.01.2001"),
			Segment:   membership.BPU,
			Income:    decimal.NewFromInt(1_000_000),
		},
		Programs:   membership.SetOf(membership.JKK, membership.JKM),
		StartMonth: regulation.MustMonth(2026, 2),
		Payer:      membership.PayerVillage,
	}
	err := membership.ValidateRoster([]membership.Registration{r, r}, membership.ValidateOpts{})
	fmt.Println(errors.Is(err, membership.ErrDuplicate))
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// true
	// 2nd participant, NIK: already given for the 1st participant (3216••••••••0001)
}

func ExampleParams_WithOverrides() {
	// A caller learns of a (hypothetical) rule making JHT mandatory for BPU
	// from 2027, before a release of this module carries it.
	o, err := regulation.ParseOverrides(strings.NewReader(`{"overrides": [{
	  "parameter": "bpu.programs", "from": "2027-01-01",
	  "value": {"required": "JKK+JKM+JHT"},
	  "citation": {"instrument": "PP (example)", "confidence": "unconfirmed"}}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := membership.DefaultParams().WithOverrides(o)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, on := range []regulation.Date{regulation.MustDate(2026, 12, 1), regulation.MustDate(2027, 1, 1)} {
		req, _ := p.RequiredPrograms(membership.BPU, 0, on)
		fmt.Println(on, req)
	}
	// Output:
	// 2026-12-01 JKK+JKM
	// 2027-01-01 JKK+JKM+JHT
}
