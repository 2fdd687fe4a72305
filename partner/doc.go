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
// [Ledger.FeeStatements] (or [Ledger.FeeStatementsFor], with participants'
// enrolments) computes the monthly statement of each agent and each wadah,
// line by line, each line saying its scheme. Two schemes are dated, cited,
// overridable parameters of [Params]:
//
//   - which scheme applies ("agent.fee_scheme"): the 2018 scheme from the
//     national launch, 1 February 2018; the 2022 scheme ("New Perisai",
//     Perdir 13/PERDIR.02/042022) from contribution month May 2022. The
//     switch month is an assumption (no effective day was found), shown on
//     every statement. A collection uses the scheme of the contribution
//     month it pays for, so a statement across the switch has a line of
//     each; a bonus or acquisition incentive uses the scheme of its month.
//   - 2018 (secondary, 2018 press): a fee of 7.5% of the contributions
//     collected from the agent's recruits ("agent.fee_rate"), of which the
//     wadah keeps 10% ("agent.wadah_share"); Rp500,000 in a month with at
//     least 50 new participants ("agent.bonus"), the agent's alone unless
//     "agent.bonus_split" says the wadah takes its 10% of it (the 2022 deck's
//     reading; unconfirmed).
//   - 2022 (secondary, Perdir excerpt and deck): for BPU, 15% of the
//     contributions of a participant's months 1–24 under the agent and 5% of
//     months 25–60 ("agent.bpu_incentive"), month 1 being the month the agent
//     acquired the participant; for PU, 7.5% during a transition whose end is
//     not known ("agent.pu_incentive_rate"); Rp15,000 per new BPU on
//     JKK+JKM+JHT and Rp10,000 on JKK+JKM in a month with at least 25 new BPU
//     never registered as BPU ("agent.acquisition_incentive"); the agent
//     keeps it all and the wadah gets 10% on top ("agent.wadah_incentive").
//   - an agent with no acquisition and no collection for 3 consecutive
//     months is suspended and comes back only at the wadah's request
//     ([Reactivation]), no sooner than 6 months after ("agent.suspension";
//     see [Ledger.AgentStatus] for how the first assigned month counts).
//
// Worked example (the 2022 deck): 50 new BPU on three programs pay
// Rp36,800 each, Rp1,840,000. Under the 2018 scheme the fee is 7.5%,
// Rp138,000, the agent's 90% Rp124,200, plus the Rp500,000 bonus:
// Rp624,200 (Rp574,200 if the bonus is split). Under the 2022 scheme the
// agent gets 15%, Rp276,000, plus 50 × Rp15,000: Rp1,026,000, and the wadah
// Rp102,600 on top.
//
// # Money and rounding
//
// Amounts are decimal.Decimal at the API and whole rupiah; processing holds
// them as int64 rupiah. No rule on rounding fees is known, so each line's
// amount is rounded half up to whole rupiah once; a 2018 line's agent share
// is rounded half up and the wadah's is the rest, so the two add up to the
// line; a 2022 line's wadah share on top is rounded half up. A statement is
// the exact sum of its lines, and a wadah's statement the exact sum of its
// agents'.
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
