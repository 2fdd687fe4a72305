// Package partner encodes the partners who bring BPJS Ketenagakerjaan
// (employment social security) to village workers — who they are, what each
// may do and where, what each achieves, and what Agen Perisai agents earn.
//
// # Roles
//
// A [Partner] has one [Role]:
//
//   - the three pillars of a village: the kepala desa (village head,
//     [VillageHead]), the Bhabinkamtibmas (the Polri community police officer
//     posted to the village) and the Babinsa (the TNI non-commissioned
//     officer posted to it);
//   - perangkat desa, the village officials ([VillageOfficial]);
//   - Agen Perisai ([Agent]), trained and certified agents who work under a
//     wadah organisation ([Wadah]) with a cooperation agreement with the
//     branch;
//   - the BPJS Ketenagakerjaan branch officer ([BranchOfficer]);
//   - the regency or city government office ([RegencyOffice]);
//   - a collection partner ([CollectionPartner]): a bank or a village-owned
//     enterprise (BUMDes).
//
// Role-specific identifiers are checked by [Partner.Validate]: a
// Bhabinkamtibmas carries a Polri NRP of 8 digits ([ParseNRP]; the length is
// unconfirmed, and for the TNI no rule was found, so a Babinsa's number is
// only checked loosely); an agent carries a wadah and a [Certificate] with its
// number and validity; a collection partner says what kind of organisation it
// is.
//
// # Capabilities and the role policy
//
// What a partner may do is a [Capability]: socialise, educate, refer,
// register, collect contributions, pay on behalf of participants, verify
// data, report. Which role has which capabilities is not hard-coded: it is a
// dated, cited [regulation.Timeline] per role in [Params], so a caller can
// replace it from a date on, in Go or with a JSON override document
// ([Params.WithOverrides]). The default policy, with the source of each row:
//
//	role               SOC EDU REF REG COL PAY VER REP   from        source
//	VILLAGE_HEAD        x   x   x   x       x       x    2017-08-01  Desa Sadar programme [secondary]
//	VILLAGE_OFFICIAL    x   x   x                   x    2017-08-01  Desa Sadar programme [secondary]
//	BHABINKAMTIBMAS     x   x   x                   x    2022-01-01  MoU Polri – BPJS Ketenagakerjaan [secondary]
//	BABINSA             x   x   x                   x    2023-02-15  three-pillars statement [unconfirmed]
//	AGEN_PERISAI        x   x   x   x   x           x    2017-08-01  Agen Perisai scheme [secondary]
//	BRANCH_OFFICER      x   x   x   x           x   x    2015-07-01  UU 24/2011 [secondary]
//	REGENCY_OFFICE      x   x               x       x    2015-07-01  cooperation agreements, Inpres 2/2021
//	COLLECTION_PARTNER                  x           x    2015-07-01  payment channels [secondary]
//
// Police and army officers socialise, educate and refer, and never register
// members or handle money; agents register and collect; the village pays for
// its enrolments; the branch verifies. A day before a role's first rule is an
// error wrapping regulation.ErrNoRuleInForce, never a silent "allowed".
//
// # Networks and assignments
//
// A [Network] holds the partners of an area, the wadahs of its agents and the
// [Assignment] of each partner to areas (Kemendagri codes of package region:
// a village, a district, a regency) for a period. [Network.Pillars] tells,
// for each village on a day, who its head, Bhabinkamtibmas and Babinsa are,
// and [Network.MissingPillars] the villages that lack one.
//
// # Activities
//
// An [Activity] is a socialisation or education event (with its attendance),
// a referral, a registration, a collection of a contribution, or a payment on
// behalf of a participant. [Network.Process] checks each one against the
// partner's role policy on the day, the partner's assignment to the village
// on the day, and for an agent a certificate valid on the day and no
// suspension; it refuses a second registration of a participant and a second
// payment of a contribution month. A rejected activity keeps every reason,
// each a problem naming the rule it broke (the parameter and its citation,
// the assignment, the certificate's expiry); accepted and rejected activities
// are both returned in the [Ledger], so nothing is lost.
//
// Processing sorts the activities into a canonical order (by date, kind,
// partner and the other fields) first, so its results do not depend on the
// order the activities come in.
//
// # Attribution
//
// Each registration is credited to one partner ([Credit]): by default the
// partner of the first referral of the participant within the 90 days before
// the registration, or the one of the last referral, or always the
// registering partner ([Attribution], [Options]). Without a referral in the
// window the registering partner is credited. A participant can be registered
// only once, so no participant is ever credited twice. For fees, a
// participant is the recruit of at most one agent: the credited partner when
// it is an agent, otherwise the registering partner when it is one — so an
// agent who registers a worker a Bhabinkamtibmas referred earns the fee,
// while the Bhabinkamtibmas keeps the credit.
//
// # Agent fees
//
// [Ledger.FeeStatements] computes the monthly statement of each agent and
// each wadah. The rules are dated, cited parameters of [Params], all from
// secondary sources of 2018 and overridable:
//
//   - the fee is 7.5% of the contributions the agent collected in the month
//     from their own recruits ("agent.fee_rate");
//   - the wadah keeps 10% of the fee and the agent 90% ("agent.wadah_share");
//   - a bonus of Rp500,000, the agent's alone, in a month in which at least
//     50 of the agent's recruits are registered ("agent.bonus");
//   - an agent with no acquisition and no collection for 3 months is
//     suspended, and may act again after 6 months ("agent.suspension"; see
//     [Ledger.AgentStatus]).
//
// Worked example: 40 recruits each pay Rp16,800 through their agent in a
// month, Rp672,000 in all. The fee is 7.5% of it, Rp50,400; the agent's
// share 90%, Rp45,360; the wadah's Rp5,040. An agent credited with 50 new
// participants in the same month also receives Rp500,000.
//
// # Money and rounding
//
// Amounts are decimal.Decimal at the API and whole rupiah; processing holds
// them as int64 rupiah. No rule on rounding fees is known, so the fee is
// rounded half up to whole rupiah once per statement, the agent's share is
// rounded half up, and the wadah's share is the fee minus the agent's share:
// the two always add up to the fee, and a wadah's statement is the exact sum
// of its agents'.
//
// # Progress
//
// [Ledger.Progress] reports, on a day, per village, district, regency and
// partner: events and attendance, participants referred, registered and
// paying, coverage against the target of covered workers per village (100,
// stated on 15 February 2023; the parameter comes from package village and
// is dated and overridable like the others), conversion from referral to
// payment, contributions collected, the pillars each village lacks, and a
// leaderboard with deterministic ties.
//
// # Input and output
//
// [ReadActivitiesCSV] and [ReadActivitiesJSON] read activities, reporting
// every bad line with its line number in a problem.List while returning the
// good ones. CSV files may use "," or ";", with or without a UTF-8 byte order
// mark. [DecodeNetwork] reads a network from JSON. Reports are written in
// Indonesian or English as text ([Progress.WriteText], [Fees.WriteText],
// [Ledger.WriteRejected]) or CSV ([Progress.WriteCSV],
// [Progress.WriteLeaderboardCSV], [Fees.WriteCSV]); every result type
// encodes to JSON with snake_case fields.
//
// # Personal data
//
// An NRP, a certificate number, a phone number, a NIK and a partner's name
// identify people. String, fmt and slog show the numbers masked and never
// show a partner's name; errors and reports name partners by the caller's ID.
// Only JSON, the storage encoding, carries them in full.
//
// # Errors
//
// Every error is a *problem.Error or a problem.List with a stable code, the
// field at fault, the masked value and messages in Indonesian and English,
// wrapping a sentinel of this package ([ErrNotPermitted],
// [ErrOutsideAssignment], [ErrCertificateInactive], [ErrDuplicateRegistration],
// [ErrUnknownPartner], ...) for errors.Is. No function panics on any input
// except the Must* helpers.
package partner
