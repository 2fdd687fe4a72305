package holiday_test

import (
	"fmt"
	"strings"

	"github.com/desasadar/jamsos/holiday"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
)

func ExampleDefault() {
	cal := holiday.Default()
	// Sunday 15 February 2026: the next working day is Wednesday the 18th,
	// past the cuti bersama before Imlek and Imlek itself.
	next, past := cal.Next(regulation.MustDate(2026, 2, 15))
	fmt.Println(next, next.Weekday())
	for _, d := range past {
		fmt.Println(d.Date, d.Kind, d.Citation)
	}
	fmt.Println(cal.Years()[0], cal.Years()[len(cal.Years())-1])
	// Output:
	// 2026-02-18 Wednesday
	// 2026-02-16 cuti_bersama SKB 1497/2025, 2/2025, 5/2025 (2025-09-19) [secondary]
	// 2026-02-17 holiday SKB 1497/2025, 2/2025, 5/2025 (2025-09-19) [secondary]
	// 2015 2027
}

func ExampleCalendar_WithPolicy() {
	// The other reading: a cuti bersama day is a working day.
	working := regulation.MustTimeline(holiday.CutiBersamaParam, []regulation.Entry[holiday.Policy]{{
		From: regulation.MustDate(2015, 1, 1), Value: holiday.CutiBersamaWorking,
		Citation: regulation.Citation{Instrument: "BPJS Ketenagakerjaan branch answer (example)", Confidence: regulation.Unconfirmed},
	}})
	cal := holiday.Default().WithPolicy(working)
	next, _ := cal.Next(regulation.MustDate(2026, 2, 15))
	fmt.Println(next)
	// Output:
	// 2026-02-16
}

func ExampleCalendar_WithYears() {
	file := "date,kind,name,instrument,confidence\n" +
		"2028-01-01,holiday,Tahun Baru 2028 Masehi,SKB for 2028 (example),[secondary]\n" +
		"2028-01-01,holiday,Tahun Baru 2028 Masehi,SKB for 2028 (example),[secondary]\n"
	days, err := holiday.Read(strings.NewReader(file))
	fmt.Println(err)
	cal, _ := holiday.Default().WithYears(days)
	fmt.Println(cal.Covers(2028), cal.IsWorkingDay(regulation.MustDate(2028, 1, 1)))
	// Output:
	// baris 3, kolom tanggal: sudah tercantum di baris 2 (2028-01-01)
	// true false
}

func ExampleDay_NameIn() {
	// Islamic New Year 1443 H, moved by the amended SKB of 2021.
	d, _ := holiday.Default().Lookup(regulation.MustDate(2021, 8, 11))
	fmt.Println(d.NameIn(problem.Indonesian))
	fmt.Println(d.NameIn(problem.English))
	// Output:
	// Tahun Baru Islam 1443 H (hari libur digeser dari 2021-08-10)
	// Tahun Baru Islam 1443 H (holiday moved from 2021-08-10)
}
