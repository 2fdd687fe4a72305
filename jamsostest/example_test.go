package jamsostest_test

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/desasadar/jamsos/contribution"
	"github.com/desasadar/jamsos/jamsostest"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/partner"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

func ExampleGenerator_NIK() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	nik, err := g.NIK(jamsostest.NIKSpec{
		District: region.MustParse("32.16.01"), // Tarumajaya, Kabupaten Bekasi
		Birth:    regulation.MustDate(1990, time.August, 17),
		Sex:      membership.Female,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A woman's day of birth has 40 added: 57 for the 17th.
	fmt.Println(nik.Digits()[:12], nik.District(), nik.BirthDate(), nik.Sex())
	// Output:
	// 321601570890 32.16.01 1990-08-17 FEMALE
}

func ExampleGenerator_InvalidNIK() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	c, err := g.InvalidNIK(jamsostest.NIKProvince, jamsostest.NIKLeapDay, jamsostest.NIKSerial)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = membership.ParseNIK(c.Input, c.Options)
	fmt.Println("want:", c.Want)
	fmt.Println("got: ", jamsostest.ProblemsOf(err))
	// Output:
	// want: [{nik.birth_date nik} {nik.province nik} {nik.serial nik}]
	// got:  [{nik.birth_date nik} {nik.province nik} {nik.serial nik}]
}

func ExampleGenerator_Phone() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	for _, f := range jamsostest.PhoneForms() {
		text, p, _ := g.Phone(f)
		fmt.Printf("%-20s %-20s %v\n", f, text, p.IsMobile())
	}
	// Output:
	// mobile_national      0881-6023-2377       true
	// mobile_plain         085644701448         true
	// mobile_international +62 895 6306 3873    true
	// mobile_country_code  6282399466605        true
	// landline_national    (031) 9656 0153      false
	// landline_trunk       +62 (0)24 4756 8827  false
}

func ExampleGenerator_KPJ() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	k := g.KPJ()
	fmt.Println(k, len(k.Digits()))
	// Output:
	// 89•••••••75 11
}

func ExampleGenerator_InvalidRegistration() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	c, err := g.InvalidRegistration(jamsostest.RegistrationSpec{}, jamsostest.RegProgramNotAllowed, jamsostest.RegSexMismatch)
	if err != nil {
		fmt.Println(err)
		return
	}
	err = c.Registration.Validate(c.Options.ValidateOpts())
	fmt.Println(c.Registration.Participant.Segment, c.Registration.Programs)
	fmt.Println("want:", c.Want)
	fmt.Println("got: ", jamsostest.ProblemsOf(err))
	// Output:
	// BPU JKK+JKM+JP
	// want: [{nik.sex_mismatch participant.sex} {programs.not_allowed programs}]
	// got:  [{nik.sex_mismatch participant.sex} {programs.not_allowed programs}]
}

func ExampleGenerator_Registration() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	r, err := g.Registration(jamsostest.RegistrationSpec{
		Participant: jamsostest.ParticipantSpec{Segment: membership.PU, Scale: membership.Medium},
		Start:       regulation.MustMonth(2026, time.March),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Participant.Segment, r.Participant.BusinessScale, r.Programs, r.Payer, r.Validate(membership.ValidateOpts{}) == nil)
	// Output:
	// PU MEDIUM JKK+JKM+JHT+JP EMPLOYER true
}

func ExampleGenerator_Roster() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	r, err := g.Roster(jamsostest.RosterSpec{Village: region.MustParse("61.12.01.2001"), Size: 5})
	if err != nil {
		fmt.Println(err)
		return
	}
	jamsostest.WriteRosterCSV(os.Stdout, r.Enrolments)

	c, _ := contribution.NewCalculator(contribution.DefaultParams(), contribution.Options{})
	pl, _ := village.NewPlanner(c, village.Params{}, village.Options{})
	plan, err := pl.Plan(r.Request())
	fmt.Println(len(plan.People), "people planned,", len(plan.Warnings), "warnings,", err)
	// Output:
	// nik,name,group,programs,wage,from,to,source,worker_share,sector,rank
	// 6112011104006355,Budi Saputra,head,JKK+JKM+JHT,2576640,,,,,,
	// 6112010712975115,Made Pratama,secretary,,2464420,,,,employer,,
	// 6112014403898481,Yuliana Wijaya,neighbourhood,,,,,,,,
	// 6112010901857767,Dedi Wulandari,informal,,,,,,,,5
	// 6112012704966347,Agus Susanti,informal,,,,,,,,3
	// 5 people planned, 0 warnings, <nil>
}

func ExampleGenerator_Network() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	n, err := g.Network(jamsostest.NetworkSpec{Villages: []region.Code{region.MustParse("32.16.01.2001")}, Agents: 1, Activities: 6})
	if err != nil {
		fmt.Println(err)
		return
	}
	net, _ := n.Build()
	l, _ := net.Process(n.Activities, partner.Options{})
	for _, a := range n.Activities {
		fmt.Println(a)
	}
	fmt.Println(len(l.Accepted()), "accepted,", len(l.Rejected()), "rejected")
	// Output:
	// 2026-01-12 REFERRAL BSA-3216012001 32.16.01.2001 3216••••••••5629
	// 2026-02-05 REGISTRATION AG-01 32.16.01.2001 3216••••••••5629
	// 2026-03-21 SOCIALISATION BSA-3216012001 32.16.01.2001 attendance=99
	// 2026-03-25 REGISTRATION AG-01 32.16.01.2001 3216••••••••3959
	// 2026-03-25 COLLECTION AG-01 32.16.01.2001 3216••••••••3959 16800
	// 2026-04-21 COLLECTION AG-01 32.16.01.2001 3216••••••••3959 16800
	// 6 accepted, 0 rejected
}

func ExampleNewCorpus() {
	c, err := jamsostest.NewCorpus(jamsostest.CorpusSeed)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("version", c.Version, "-", len(c.NIK), "NIK,", len(c.KPJ), "KPJ,", len(c.Phone), "phone,", len(c.Registrations), "registration cases")
	// Output:
	// version 1 - 62 NIK, 9 KPJ, 22 phone, 165 registration cases
}

func ExampleWriteSample() {
	var b bytes.Buffer
	err := jamsostest.WriteSample(&b, jamsostest.SampleRequest{Kind: "activities", Seed: 7, N: 4, Format: "csv",
		Village: region.MustParse("33.22.01.2003")})
	fmt.Print(b.String(), err, "\n")
	// Output:
	// kind,date,partner,village,participant,attendance,amount,month
	// REGISTRATION,2026-02-21,AG-01,33.22.01.2003,3322012505793416,,,
	// COLLECTION,2026-02-21,AG-01,33.22.01.2003,3322012505793416,,16800,2026-02
	// COLLECTION,2026-03-27,AG-01,33.22.01.2003,3322012505793416,,16800,2026-03
	// EDUCATION,2026-03-29,BSA-3322012003,33.22.01.2003,,140,,
	// <nil>
}

func ExampleNewPlaces() {
	t, err := region.NewTable([]region.Entry{
		{Code: region.MustParse("32.16.01"), Name: "Tarumajaya"},
		{Code: region.MustParse("32.16.01.2001"), Name: "Sagara Makmur"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	places, err := jamsostest.NewPlaces(t.All())
	if err != nil {
		fmt.Println(err)
		return
	}
	g := jamsostest.MustNew(1, jamsostest.Options{Places: places})
	nik, _ := g.NIK(jamsostest.NIKSpec{})
	fmt.Println(places.Districts(), places.Desa(), nik.District())
	// Output:
	// [32.16.01] [32.16.01.2001] 32.16.01
}

func ExampleGenerator_Participant() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	p, err := g.Participant(jamsostest.ParticipantSpec{Segment: membership.BPU, Domicile: region.MustParse("33.22.01.2003")})
	if err != nil {
		fmt.Println(err)
		return
	}
	// fmt shows a participant without personal details.
	fmt.Println(p, p.Validate(membership.ValidateOpts{}) == nil)
	// Output:
	// {nik:7309••••••••0611 kpj:77•••••••44 phone: segment:BPU domicile:33.22.01.2003} true
}

func ExampleGenerator_NIKs() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	niks, _ := g.NIKs(3)
	for _, n := range niks {
		fmt.Println(n, n.District(), n.Sex())
	}
	// Output:
	// 7309••••••••0611 73.09.01 MALE
	// 3216••••••••3025 32.16.01 FEMALE
	// 6112••••••••6731 61.12.01 MALE
}

func ExampleGenerator_InvalidPhone() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	for _, f := range jamsostest.PhoneFaults() {
		c, _ := g.InvalidPhone(f)
		_, err := membership.ParsePhone(c.Input)
		fmt.Printf("%-10s %q %v\n", f, c.Input, jamsostest.ProblemsOf(err))
	}
	// Output:
	// characters "08896/0232377" [{phone.syntax phone}]
	// empty      "()" [{phone.empty phone}]
	// country    "+65 87630638732" [{phone.country phone}]
	// prefix     "019946660539" [{phone.prefix phone}]
	// length     "0866015323758275" [{phone.length phone}]
}

func ExampleGenerator_InvalidKPJ() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	for _, f := range jamsostest.KPJFaults() {
		c, _ := g.InvalidKPJ(f)
		_, err := membership.ParseKPJ(c.Input)
		fmt.Println(f, jamsostest.ProblemsOf(err))
	}
	// Output:
	// length [{kpj.length kpj}]
	// characters [{kpj.syntax kpj}]
	// zero [{kpj.zero kpj}]
}

func ExampleWriteRosterJSON() {
	g := jamsostest.MustNew(1, jamsostest.Options{})
	r, _ := g.Roster(jamsostest.RosterSpec{Village: region.MustParse("11.01.01.2002"), Size: 2, Groups: []village.Group{village.CashForWork}})
	var b bytes.Buffer
	_ = jamsostest.WriteRosterJSON(&b, r.Enrolments)
	back, err := village.ReadJSON(&b)
	fmt.Println(len(back), back[0].Group, back[0].From, back[0].To, err)
	// Output:
	// 2 cash_for_work 2026-03 2026-05 <nil>
}
