// Package jamsostest makes test data for the people who test registrations
// and village plans: NIKs, KPJ and phone numbers, participants and
// registrations, village rosters and partner networks with their
// activities — valid by construction, or wrong in exactly the ways asked
// for, each paired with the problem codes the library must report. It is
// to jamsos what net/http/httptest is to net/http: a package for tests,
// examples and sample-data tools, which no library package imports.
//
// One package serves the whole module because its data spans the
// membership, village and partner packages and must agree across them: a
// roster's NIKs are issued in its village's district, a network's
// activities name participants it registered. A [Generator] draws all of
// it from one seeded stream.
//
// # Determinism
//
// The same seed and [Options] give the same data, call for call, on every
// machine and Go version. The stream is a PCG (math/rand/v2.NewPCG, whose
// output the Go project specifies and tests across releases), seeded with
// the caller's seed and a fixed second word; every number drawn from it is
// reduced to its range by this package's own arithmetic, and nothing
// depends on the global source, the clock or the order of a map. A test
// pins the first draws to values computed from the PCG definition outside
// Go.
//
// # Valid and invalid data
//
// [Generator.NIK] makes a NIK for a district, birth date and sex (any of
// them drawn when not given); [Generator.InvalidNIK] one with the faults
// asked for — every rule membership.ParseNIK knows ([NIKFaults]: length,
// characters, placeholder, zero, province, district, the birth-date rules
// including the women's days 41–71, a birth after the reference date,
// serial 0000) — and the problems it must give. Faults of different parts
// of the number combine; faults of the same part are refused.
// [Generator.KPJ], [Generator.Phone] (in each [PhoneForm]),
// [Generator.InvalidKPJ] and [Generator.InvalidPhone] do the same for the
// other identifiers.
//
// [Generator.Registration] makes a registration of any segment that passes
// membership's Validate; [Generator.InvalidRegistration] one with a chosen
// set of faults ([RegFaults] describes each, with its codes), as a Go
// value and as the JSON document membership.DecodeRegistration reads.
//
// [Generator.Roster] makes a village roster of any size and mix of groups,
// sources and sectors that village's planner plans without an error or a
// warning; [Generator.Network] a partner network and activities that
// partner's Process accepts, every one. [WriteRosterCSV],
// [WriteRosterJSON], [WriteActivitiesCSV], [WriteActivitiesJSON] and
// [Network.WriteJSON] write them in the forms the library's readers take.
//
// # Places
//
// NIK districts, domiciles, rosters and networks are real areas of the
// Kemendagri list. [DefaultPlaces] is a small built-in table of nine
// districts; [NewPlaces] takes any list (a region.Table, the full embedded
// list) and [Options.Places] puts it to use.
//
// # Bad requests
//
// A request that cannot be met as asked — an unknown district, a birth
// date a NIK cannot carry, a size below zero or above [MaxItems], a fault
// or kind that does not exist, faults that cannot be combined — is an
// error wrapping [ErrInvalidSpec] with a stable code, never a smaller or
// different dataset.
//
// # The corpus
//
// testdata/corpus/v1.json is a language-neutral corpus for suites not
// written in Go, made by [NewCorpus] with [CorpusSeed] and checked by this
// package's tests, so it never drifts from the library. It is one JSON
// object:
//
//	version        1 (CorpusVersion)
//	source, seed   the package and seed it was made with
//	year           NIKs are read on 31 December of it; registrations start in it
//	checks         for each section, how a case is checked, in words
//	nik            {input, reference?, allow_placeholder?, valid,
//	                district, birth_date, sex, serial | faults, problems}
//	kpj, phone     {input, valid, form?, e164? | fault, problems}
//	registrations  {faults?, options?, input, problems?}
//
// A problem is {code, field}: the stable code and the field path the
// library reports, such as {"code": "nik.serial", "field": "nik"}. A case
// passes when the library reports exactly its problems, compared as a set;
// a case without problems must be valid. A registration's input is the
// JSON document; its outcome is the problems of decoding it strictly or,
// when it decodes, of validating it with its options (max_registration_age,
// allow_placeholder_nik, reference). Within version 1 cases and fields may
// be added but none changes meaning; regenerate the file with
//
//	go test ./jamsostest -run Corpus -update
package jamsostest
