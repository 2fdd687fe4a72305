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
	// nik: tanggal lahir di NIK tidak ada di kalender (3216••••••••0001)
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
	// payer: payer is a required field
	// participant.sex: the sex does not match the NIK
	// programs: program JKM is required for BPU (PP 44/2015 [secondary]) (JKM)
	// programs: program JP is not available to BPU (PP 44/2015 [secondary]) (JP)
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
	// programs: program JHT is required for PU, small business (Perpres 109/2013 Pasal 6 [secondary]) (JHT)
	// <nil>
	// programs: program JKP did not exist on 2021-01-04; it starts on 2021-02-02 (PP 37/2021 [secondary]) (JKP)
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
	// program: program tidak dikenal; gunakan JKK, JKM, JHT, JP atau JKP (JKN)
}

func ExampleParams_LastJPMonth() {
	last, rule, _ := membership.DefaultParams().LastJPMonth(regulation.MustDate(1965, 7, 16))
	fmt.Println(last, rule.Value, rule.Citation)
	// Output:
	// 2023-06 58 PP 45/2015 Pasal 15 ayat (3) [secondary]
}

func ExampleDecodeRegistration() {
	_, err := membership.DecodeRegistration(strings.NewReader(`{
	  "participant": {"nik": 3216011708900001, "nama": "Budi"},
	  "programs": "JKK+JKM"
	}`))
	fmt.Println(err.(problem.List).Message(problem.English))
	// Output:
	// participant.nik: wrong type: a JSON string is expected (number)
	// participant.nama: unknown field
}

func ExampleCheckDuplicates() {
	a := membership.Participant{NIK: membership.MustParseNIK("3216011708900001")}
	b := membership.Participant{NIK: membership.MustParseNIK("3216015708900002")}
	fmt.Println(membership.CheckDuplicates([]membership.Participant{a, b, a}))
	// Output:
	// roster[2].nik: NIK ini sudah ada di roster[0] (3216••••••••0001)
}
