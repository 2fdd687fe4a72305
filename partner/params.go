package partner

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/regulation"
	"github.com/desasadar/jamsos/village"
)

// Parameter names of the fee rules, as override documents name them. The
// capability parameter of each role is "capabilities." followed by the role's
// code in lower case, such as "capabilities.bhabinkamtibmas"; the coverage
// target is village.TargetParam.
//
// The fee parameters belong to two schemes (see [FeeScheme]):
// FeeSchemeParam says which one applies to a contribution month (the
// switch); FeeRateParam, WadahShareParam, BonusParam and BonusSplitParam are
// the values of the 2018 scheme; BPUIncentiveParam, PUIncentiveParam,
// AcquisitionParam and WadahIncentiveParam those of the 2022 scheme.
const (
	FeeSchemeParam      = "agent.fee_scheme"
	FeeRateParam        = "agent.fee_rate"
	WadahShareParam     = "agent.wadah_share"
	BonusParam          = "agent.bonus"
	BonusSplitParam     = "agent.bonus_split"
	BPUIncentiveParam   = "agent.bpu_incentive"
	PUIncentiveParam    = "agent.pu_incentive_rate"
	AcquisitionParam    = "agent.acquisition_incentive"
	WadahIncentiveParam = "agent.wadah_incentive"
	SuspensionParam     = "agent.suspension"
	WadahMinAgentsParam = "wadah.min_agents"
)

// FeeScheme is an Agen Perisai fee scheme.
type FeeScheme uint8

const (
	// Scheme2018 is the scheme launched with Agen Perisai in February 2018:
	// a fee of 7.5% of the contributions collected from the agent's recruits,
	// of which the wadah keeps 10%, and a bonus for 50 new participants in a
	// month.
	Scheme2018 FeeScheme = iota + 1
	// Scheme2022 is "New Perisai" (BPJS Ketenagakerjaan Perdir
	// 13/PERDIR.02/042022): for BPU 15% of the contributions of a
	// participant's months 1–24 under the agent and 5% of months 25–60; for
	// PU 7.5% during a transition; an acquisition incentive per new BPU in a
	// month with at least 25; the agent keeps it all and the wadah gets 10%
	// of it on top.
	Scheme2022
)

var schemeCodes = [...]string{Scheme2018: "PERISAI_2018", Scheme2022: "PERISAI_2022"}
var schemeNames = [...][2]string{Scheme2018: {"skema 2018", "2018 scheme"}, Scheme2022: {"skema 2022 (New Perisai)", "2022 scheme (New Perisai)"}}

// String returns "PERISAI_2018" or "PERISAI_2022", or "" when invalid.
func (s FeeScheme) String() string {
	if s != Scheme2018 && s != Scheme2022 {
		return ""
	}
	return schemeCodes[s]
}

// Name returns the scheme's name in the given language.
func (s FeeScheme) Name(l problem.Lang) string {
	if s != Scheme2018 && s != Scheme2022 {
		return ""
	}
	if l == problem.English {
		return schemeNames[s][1]
	}
	return schemeNames[s][0]
}

// MarshalText encodes the scheme as its code.
func (s FeeScheme) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes "PERISAI_2018" or "PERISAI_2022", ignoring case.
func (s *FeeScheme) UnmarshalText(b []byte) error {
	for i, c := range schemeCodes {
		if c != "" && c == codeKey(string(b)) {
			*s = FeeScheme(i)
			return nil
		}
	}
	return problem.New(ErrInvalidOptions, "fee_scheme.unknown", "scheme", problem.Clip(string(b)),
		"skema fee tidak dikenal; gunakan PERISAI_2018 atau PERISAI_2022", "unknown fee scheme; use PERISAI_2018 or PERISAI_2022")
}

// Tier is one band of a participant's months under an agent with its
// incentive rate: months From to To, counted from 1, the month the agent
// acquired the participant.
type Tier struct {
	// From and To are the first and last membership months of the band.
	From int `json:"from"`
	To   int `json:"to"`
	// Rate is the incentive, a fraction of the contributions received.
	Rate decimal.Decimal `json:"rate"`
}

// Acquisition is the 2022 acquisition incentive: per new BPU participant,
// ThreePrograms on JKK+JKM+JHT or TwoPrograms on JKK+JKM, paid only in a
// month in which the agent brings at least MinNewParticipants new BPU
// participants whose NIK was never registered as BPU; no upper limit.
type Acquisition struct {
	MinNewParticipants int             `json:"min_new_participants"`
	ThreePrograms      decimal.Decimal `json:"three_programs"`
	TwoPrograms        decimal.Decimal `json:"two_programs"`
}

// Bonus is the 2018 Agen Perisai bonus: Amount in a month in which at least
// MinNewParticipants of the agent's recruits are registered (a recruit is a
// participant whose [Credit] names the agent as Recruiter: credited to the
// agent, or registered by the agent after another partner's referral).
// Whether the
// wadah takes its share of it is the [BonusSplitParam] parameter.
type Bonus struct {
	// MinNewParticipants is the number of recruits registered in a month
	// that earns the bonus.
	MinNewParticipants int `json:"min_new_participants"`
	// Amount is the bonus, in whole rupiah.
	Amount decimal.Decimal `json:"amount"`
}

// Suspension is the rule that cuts off an idle Agen Perisai: after
// IdleMonths consecutive months with no acquisition and no collection the
// agent is suspended, and comes back only when the wadah asks (see
// [Reactivation]), in a month at least RejoinAfterMonths after the first
// month of the suspension — never by itself (see [Ledger.AgentStatus] for
// the exact months).
type Suspension struct {
	// IdleMonths is the number of months without acquisitions or
	// collections after which an agent is suspended.
	IdleMonths int `json:"idle_months"`
	// RejoinAfterMonths is the shortest suspension in months: a wadah's
	// request takes effect no sooner than this many months after the first
	// suspended month.
	RejoinAfterMonths int `json:"rejoin_after_months"`
}

// Params holds every dated rule of this package, each a [regulation.Timeline]
// whose entries carry their citation:
//
//   - the role policy: for each role, the capabilities it has on each day;
//   - the Agen Perisai fee rules: which scheme applies when (the switch),
//     the values of the 2018 scheme (fee rate, the wadah's share, the
//     monthly bonus and whether it is split) and of the 2022 scheme (BPU
//     incentive by membership month, PU transition rate, acquisition
//     incentive, the wadah's share on top), and the suspension of idle
//     agents;
//   - the coverage target of a village, from package village;
//   - the fewest agents a wadah should have.
//
// [DefaultParams] returns the rules built into this release. A caller who
// knows better derives new Params with [Params.WithOverrides] (from a JSON
// override document) or puts a timeline of their own in a field. A nil
// field, or a role missing from Capabilities, stands for the built-in
// timeline, so the zero Params behaves like DefaultParams. Params holds only
// immutable timelines and is safe for concurrent use; do not change the
// Capabilities map of a Params in use.
type Params struct {
	// Capabilities is the role policy, one timeline per role.
	Capabilities map[Role]*regulation.Timeline[CapabilitySet]
	// Scheme is the fee scheme of each contribution month
	// ("agent.fee_scheme"): the 2018 scheme from 1 February 2018, the 2022
	// scheme from the switch, 1 May 2022 by default (unconfirmed).
	Scheme *regulation.Timeline[FeeScheme]
	// FeeRate is the 2018 fee, as a fraction of the contributions collected
	// from the participants the agent recruited ("agent.fee_rate").
	FeeRate *regulation.Timeline[decimal.Decimal]
	// WadahShare is the fraction of the 2018 fee the wadah keeps
	// ("agent.wadah_share"); the agent gets the rest.
	WadahShare *regulation.Timeline[decimal.Decimal]
	// Bonus is the 2018 monthly bonus for many new participants
	// ("agent.bonus").
	Bonus *regulation.Timeline[Bonus]
	// BonusSplit says whether the wadah keeps its share of the 2018 bonus
	// too ("agent.bonus_split"; default false, as the 2018 press reported).
	BonusSplit *regulation.Timeline[bool]
	// BPUIncentive is the 2022 incentive on BPU contributions by the
	// participant's month under the agent ("agent.bpu_incentive"): 15% in
	// months 1–24, 5% in months 25–60, nothing after.
	BPUIncentive *regulation.Timeline[[]Tier]
	// PUIncentive is the 2022 transition rate on PU contributions
	// ("agent.pu_incentive_rate", 7.5%).
	PUIncentive *regulation.Timeline[decimal.Decimal]
	// Acquisition is the 2022 acquisition incentive
	// ("agent.acquisition_incentive").
	Acquisition *regulation.Timeline[Acquisition]
	// WadahIncentive is the wadah's share on top of its agents' 2022
	// incentives ("agent.wadah_incentive", 10%).
	WadahIncentive *regulation.Timeline[decimal.Decimal]
	// Suspension is the rule for idle agents ("agent.suspension").
	Suspension *regulation.Timeline[Suspension]
	// Target is the number of covered workers a village aims for
	// (village.TargetParam, from village.DefaultTarget).
	Target *regulation.Timeline[int]
	// WadahMinAgents is the fewest agents a wadah should have
	// ("wadah.min_agents"): 3 under the 2018 scheme, 5 under the 2022
	// scheme. A wadah with fewer is warned about on its fee statement; no
	// amount changes.
	WadahMinAgents *regulation.Timeline[int]
}

// DefaultParams returns the rules built into this release. Every call
// returns the same immutable timelines in a new Params.
func DefaultParams() Params {
	p := defaultParams()
	p.Capabilities = cloneCaps(p.Capabilities)
	return p
}

var defaultParams = sync.OnceValue(func() Params {
	var p Params
	params.Init(&p)
	return p
})

var (
	programStart = regulation.MustDate(2015, time.July, 1)
	desaSadar    = regulation.MustDate(2017, time.August, 1)
	// Agen Perisai was launched nationally in February 2018 (Gianyar, Bali;
	// Kompas 11 December 2018); pilot agents met the director on 4 January
	// 2018. Fees and suspension apply from the launch; earlier fees are an
	// override, never a default.
	perisaiStart = regulation.MustDate(2018, time.February, 1)
	// New Perisai: Perdir 13/PERDIR.02/042022 and the deck date it April
	// 2022, the source check says "about May 2022"; no effective day found.
	// The 2022 values are in force from April, so that the switch can be
	// moved back a month by one override; the switch is May.
	perdir2022 = regulation.MustDate(2022, time.April, 1)
	switch2022 = regulation.MustDate(2022, time.May, 1)
)

var (
	outreach    = caps(Socialise, Educate, Refer, Report)
	regencyCaps = caps(Socialise, Educate, PayOnBehalf, Report)
	fractionOf  = decimal.RequireFromString
)

func caps(cs ...Capability) CapabilitySet { return CapabilitiesOf(cs...) }

// one is a role policy of a single entry.
func one(from regulation.Date, set CapabilitySet, c regulation.Citation) []regulation.Entry[CapabilitySet] {
	return []regulation.Entry[CapabilitySet]{{From: from, Value: set, Citation: withNoteID(c)}}
}

func perisai(note string) regulation.Citation {
	return regulation.Citation{
		Instrument: "BPJS Ketenagakerjaan, Agen Perisai (Penggerak Jaminan Sosial Indonesia) scheme",
		Indonesian: regulation.Wording{Instrument: "BPJS Ketenagakerjaan, skema Agen Perisai (Penggerak Jaminan Sosial Indonesia)", Note: notesID[note]},
		Confidence: regulation.Secondary,
		Note:       note,
	}
}

func perisai2018(note string) regulation.Citation {
	return regulation.Citation{
		Instrument: "BPJS Ketenagakerjaan, Agen Perisai scheme 2018 (Bali branch and BPJS director, 2018 press)",
		Indonesian: regulation.Wording{Instrument: "BPJS Ketenagakerjaan, skema Agen Perisai 2018 (cabang Bali dan direktur BPJS, pemberitaan 2018)", Note: notesID[note]},
		Confidence: regulation.Secondary,
		Note:       note,
	}
}

func perisai2022(conf regulation.Confidence, note string) regulation.Citation {
	c := regulation.Citation{
		Instrument: "BPJS Ketenagakerjaan Perdir 13/PERDIR.02/042022 (New Perisai)",
		Confidence: conf,
		Note: note + "; Perdir excerpt in BPJS's PROBIS Kepesertaan manual p.67 (article not named) and the deck " +
			"\"Sosialisasi New Perisai\", April 2022, which agree",
	}
	if id, ok := notesID[note]; ok {
		c.Indonesian.Note = id + perdirSourceID
	}
	return c
}

// capabilityPolicies returns the built-in entries of each role's policy
// ([Role] parameter "capabilities.<role>"), with their citations. A role
// added to the table of roles needs its entries here; its table test fails
// otherwise.
func capabilityPolicies() map[Role][]regulation.Entry[CapabilitySet] {
	return map[Role][]regulation.Entry[CapabilitySet]{
		VillageHead: one(desaSadar, caps(Socialise, Educate, Refer, Register, PayOnBehalf, Report), regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan, program Desa Sadar Jaminan Sosial Ketenagakerjaan",
			Confidence: regulation.Secondary,
			Note: "the village head socialises to village workers (Desa Sadar, since August 2017); the village government " +
				"registers the officials it employs and pays for the enrolments on its budget (Kemendagri and BPJS " +
				"Ketenagakerjaan guide for village governments, 6 March 2023; Permendagri 20/2018 budget objects " +
				"5.1.3.03–5.1.3.04); " +
				"which budget may pay for whom in which year is the village package's funding policy",
		}),
		VillageOfficial: one(desaSadar, outreach, regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan, program Desa Sadar Jaminan Sosial Ketenagakerjaan",
			Confidence: regulation.Secondary,
			Note: "officials socialise and educate village workers (Desa Sadar, since August 2017); an official who " +
				"becomes an Agen Perisai acts as a separate partner with that role (village officials trained as agents in West Sumatra and Riau, press report of 30 October 2017)",
		}),
		Bhabinkamtibmas: one(regulation.MustDate(2022, time.January, 1), outreach, regulation.Citation{
			Instrument: "MoU Polri – BPJS Ketenagakerjaan",
			Confidence: regulation.Secondary,
			Note: "MoU reported in January 2022, its day assumed 1 January 2022; the February 2023 follow-up has " +
				"Bhabinkamtibmas socialise and educate village workers with the Babinsa and the village head; nothing " +
				"found says they register members or handle money",
		}),
		Babinsa: one(regulation.MustDate(2023, time.February, 15), outreach, regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan membership director statement, 15 February 2023",
			Indonesian: regulation.Wording{Instrument: "pernyataan direktur kepesertaan BPJS Ketenagakerjaan, 15 Februari 2023"},
			Confidence: regulation.Unconfirmed,
			Note: "named one of the three pillars of the village asked to coordinate socialisation; no BPJS–TNI " +
				"agreement was found, and nothing says a Babinsa registers members or handles money",
		}),
		Agent: one(perisaiStart, caps(Socialise, Educate, Refer, Register, Collect, Report),
			perisai("launched nationally in February 2018 (Gianyar, Bali; Kompas 11 December 2018, kabardewata), so the "+
				"role starts on 1 February 2018, the day the fee schemes start; pilot agents met the BPJS director on "+
				"4 January 2018 (jabarekspres), so an earlier start is an override, never a default; agents socialise, acquire "+
				"participants, administer membership and make sure contributions are paid, and may collect them")),
		BranchOfficer: one(programStart, caps(Socialise, Educate, Refer, Register, Verify, Report), regulation.Citation{
			Instrument: "UU 24/2011",
			Article:    "Pasal 10",
			Confidence: regulation.Secondary,
			Note:       "BPJS registers participants and manages their data; its branch verifies what partners bring in",
		}),
		RegencyOffice: {{
			From: programStart, Until: regulation.MustDate(2021, time.March, 24), Value: regencyCaps,
			Citation: withNoteID(regulation.Citation{
				Instrument: "cooperation agreements between regencies and BPJS Ketenagakerjaan",
				Indonesian: regulation.Wording{Instrument: "perjanjian kerja sama antara kabupaten dan BPJS Ketenagakerjaan"},
				Confidence: regulation.Unconfirmed,
				Note: "regencies paid for village officials and vulnerable workers from their budget under cooperation " +
					"agreements (Kab. Kubu Raya: 1,300 officials of 136 villages, press report); no instrument found, start day assumed",
			}),
		}, {
			From: regulation.MustDate(2021, time.March, 25), Value: regencyCaps,
			Citation: withNoteID(regulation.Citation{
				Instrument: "Inpres 2/2021",
				Confidence: regulation.Secondary,
				Note:       "regional heads must budget contributions for non-civil-servant staff and vulnerable workers; Permendagri 27/2021 and 15/2023 repeat it",
			}),
		}},
		CollectionPartner: one(programStart, caps(Collect, Report), regulation.Citation{
			Instrument: "BPJS Ketenagakerjaan payment channels",
			Indonesian: regulation.Wording{Instrument: "kanal pembayaran BPJS Ketenagakerjaan"},
			Confidence: regulation.Secondary,
			Note:       "BPU may pay individually or through a group; banks and village-owned enterprises collect and pay in",
		}),
	}
}

// params declares every parameter of [Params] once, in the order of
// [ParameterNames]: the capabilities of each role in the order of [Roles],
// then the fee rules, the target and the wadah's minimum. The defaults, the
// names, the listing and the overrides all come from this list.
var params = declareParams()

func declareParams() regulation.Params[Params] {
	var ps regulation.Params[Params]
	for _, r := range Roles() {
		ps = append(ps, capParam{r})
	}
	return append(ps, fixedParams...)
}

var fixedParams = regulation.Params[Params]{
	regulation.Param[Params, FeeScheme]{
		Name:  FeeSchemeParam,
		Field: func(p *Params) **regulation.Timeline[FeeScheme] { return &p.Scheme },
		Entries: func() []regulation.Entry[FeeScheme] {
			return []regulation.Entry[FeeScheme]{{
				From: perisaiStart, Until: switch2022.AddDays(-1), Value: Scheme2018,
				Citation: perisai2018("the 2018 scheme from the national launch in February 2018 (Kompas 11 December 2018, " +
					"kabardewata); earlier months have no scheme"),
			}, {
				From: switch2022, Value: Scheme2022,
				Citation: perisai2022(regulation.Unconfirmed, "contribution months from May 2022 use the 2022 scheme; the "+
					"Perdir number and the deck date it April 2022, the source check \"about May 2022\"; no effective day was "+
					"found, so the switch month is an assumption to override"),
			}}
		},
	},
	regulation.Param[Params, decimal.Decimal]{
		Name:  FeeRateParam,
		Field: func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.FeeRate },
		Entries: func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: perisaiStart, Value: fractionOf("0.075"),
				Citation: perisai2018("7.5% of the contributions collected from the participants the agent recruited, PU and BPU; " +
					"applies in the months of the 2018 scheme"),
			}}
		},
	},
	regulation.Param[Params, decimal.Decimal]{
		Name:  WadahShareParam,
		Field: func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.WadahShare },
		Entries: func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: perisaiStart, Value: fractionOf("0.10"),
				Citation: perisai2018("the wadah keeps 10% of the fee and the agent 90%; applies in the months of the 2018 scheme"),
			}}
		},
	},
	regulation.Param[Params, Bonus]{
		Name:  BonusParam,
		Field: func(p *Params) **regulation.Timeline[Bonus] { return &p.Bonus },
		Entries: func() []regulation.Entry[Bonus] {
			return []regulation.Entry[Bonus]{{
				From: perisaiStart, Value: Bonus{MinNewParticipants: 50, Amount: decimal.NewFromInt(500_000)},
				Citation: perisai2018("Rp500,000 in a month in which the agent recruits at least 50 new participants, PU and BPU; " +
					"applies in the months of the 2018 scheme"),
			}}
		},
	},
	regulation.Param[Params, bool]{
		Name:  BonusSplitParam,
		Field: func(p *Params) **regulation.Timeline[bool] { return &p.BonusSplit },
		Entries: func() []regulation.Entry[bool] {
			return []regulation.Entry[bool]{{
				From: perisaiStart, Value: false,
				Citation: withNoteID(regulation.Citation{
					Instrument: "BPJS Ketenagakerjaan, Agen Perisai scheme 2018 (2018 press)",
					Indonesian: regulation.Wording{Instrument: "BPJS Ketenagakerjaan, skema Agen Perisai 2018 (pemberitaan 2018)"},
					Confidence: regulation.Unconfirmed,
					Note: "the 2018 press puts the Rp500,000 bonus outside the wadah's 10% (agent Rp124,200 + Rp500,000 = " +
						"Rp624,200 for 50 recruits at Rp36,800); the deck \"Sosialisasi New Perisai\" (April 2022) applies the 90% " +
						"to the bonus too (Rp574,200): set true for the deck's reading",
				}),
			}}
		},
	},
	regulation.Param[Params, []Tier]{
		Name:  BPUIncentiveParam,
		Field: func(p *Params) **regulation.Timeline[[]Tier] { return &p.BPUIncentive },
		Entries: func() []regulation.Entry[[]Tier] {
			return []regulation.Entry[[]Tier]{{
				From: perdir2022, Value: []Tier{{From: 1, To: 24, Rate: fractionOf("0.15")}, {From: 25, To: 60, Rate: fractionOf("0.05")}},
				Citation: perisai2022(regulation.Secondary, "BPU contribution incentive: 15% of contributions received for a "+
					"participant's months 1–24 under the agent, 5% for months 25–60, then the participant passes to the branch; "+
					"months count from the agent's acquisition of the participant"),
			}}
		},
	},
	regulation.Param[Params, decimal.Decimal]{
		Name:  PUIncentiveParam,
		Field: func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.PUIncentive },
		Entries: func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: perdir2022, Value: fractionOf("0.075"),
				Citation: perisai2022(regulation.Unconfirmed, "PU: 7.5% flat continues during a transition \"until the Badan "+
					"regulation is issued\" (micro and small employers, contributions up to Rp7 million; deck); the end of the "+
					"transition is not known"),
			}}
		},
	},
	regulation.Param[Params, Acquisition]{
		Name:  AcquisitionParam,
		Field: func(p *Params) **regulation.Timeline[Acquisition] { return &p.Acquisition },
		Entries: func() []regulation.Entry[Acquisition] {
			return []regulation.Entry[Acquisition]{{
				From: perdir2022, Value: Acquisition{MinNewParticipants: 25, ThreePrograms: decimal.NewFromInt(15_000), TwoPrograms: decimal.NewFromInt(10_000)},
				Citation: perisai2022(regulation.Secondary, "Rp15,000 per new BPU on JKK+JKM+JHT, Rp10,000 on JKK+JKM, only in a "+
					"month with at least 25 new participants whose NIK was never registered as BPU; no upper limit"),
			}}
		},
	},
	regulation.Param[Params, decimal.Decimal]{
		Name:  WadahIncentiveParam,
		Field: func(p *Params) **regulation.Timeline[decimal.Decimal] { return &p.WadahIncentive },
		Entries: func() []regulation.Entry[decimal.Decimal] {
			return []regulation.Entry[decimal.Decimal]{{
				From: perdir2022, Value: fractionOf("0.10"),
				Citation: perisai2022(regulation.Secondary, "the agent keeps 100% of the incentive; the Kantor Perisai (wadah) "+
					"gets 10% of its agents' incentive on top, paid by the 5th of the next month"),
			}}
		},
	},
	regulation.Param[Params, Suspension]{
		Name:  SuspensionParam,
		Field: func(p *Params) **regulation.Timeline[Suspension] { return &p.Suspension },
		Entries: func() []regulation.Entry[Suspension] {
			return []regulation.Entry[Suspension]{{
				From: perisaiStart, Until: switch2022.AddDays(-1), Value: Suspension{IdleMonths: 3, RejoinAfterMonths: 6},
				Citation: perisai2018("an agent with no new participants and no collections for 3 consecutive months is cut off " +
					"and may be reactivated at the wadah's request no sooner than 6 months later (Bali branch and BPJS director, 2018)"),
			}, {
				From: switch2022, Value: Suspension{IdleMonths: 3, RejoinAfterMonths: 6},
				Citation: perisai2022(regulation.Unconfirmed, "termination after 3 consecutive months without acquisition or "+
					"transactions (deck); whether the 2018 rule of reactivation at the wadah's request no sooner than 6 months "+
					"later survives is not known, kept"),
			}}
		},
	},
	regulation.Param[Params, int]{
		Name:    village.TargetParam,
		Field:   func(p *Params) **regulation.Timeline[int] { return &p.Target },
		Entries: func() []regulation.Entry[int] { return village.DefaultTarget().Entries() },
	},
	regulation.Param[Params, int]{
		Name:  WadahMinAgentsParam,
		Field: func(p *Params) **regulation.Timeline[int] { return &p.WadahMinAgents },
		Entries: func() []regulation.Entry[int] {
			return []regulation.Entry[int]{{
				From: perisaiStart, Until: switch2022.AddDays(-1), Value: 3,
				Citation: withNoteID(regulation.Citation{
					Instrument: "BPJS Ketenagakerjaan, deck \"Sosialisasi New Perisai\", April 2022",
					Indonesian: regulation.Wording{Instrument: "BPJS Ketenagakerjaan, bahan paparan \"Sosialisasi New Perisai\", April 2022"},
					Confidence: regulation.Secondary,
					Note: "the deck lists at least 5 agents per wadah under New Perisai, \"was 3\": the 2018 minimum is known " +
						"only from this comparison; no 2018 source seen",
				}),
			}, {
				From: switch2022, Value: 5,
				Citation: withNoteID(regulation.Citation{
					Instrument: "BPJS Ketenagakerjaan, deck \"Sosialisasi New Perisai\", April 2022",
					Indonesian: regulation.Wording{Instrument: "BPJS Ketenagakerjaan, bahan paparan \"Sosialisasi New Perisai\", April 2022"},
					Confidence: regulation.Secondary,
					Note: "at least 5 agents per wadah (was 3); not in the Perdir excerpt seen; from the switch to the " +
						"2022 scheme, May 2022 by assumption (no effective day found)",
				}),
			}}
		},
	},
}

// capParam declares the capabilities of one role, held in the map
// [Params.Capabilities] rather than in a field of its own. Apply and Set
// write into that map: callers give them a Params with a map of its own
// (see [Params.orDefault]).
type capParam struct{ r Role }

func (c capParam) ParamName() string { return c.r.param() }

// Init puts the role's built-in policy in p; a role without entries in
// [capabilityPolicies] gets none, which its table test reports.
func (c capParam) Init(p *Params) {
	entries, ok := capabilityPolicies()[c.r]
	if !ok {
		return
	}
	if p.Capabilities == nil {
		p.Capabilities = make(map[Role]*regulation.Timeline[CapabilitySet])
	}
	p.Capabilities[c.r] = regulation.MustTimeline(c.ParamName(), entries)
}

func (c capParam) Timeline(p Params) (regulation.Describer, bool) {
	t := p.Capabilities[c.r]
	if t == nil {
		return nil, false
	}
	return t, true
}

func (c capParam) Apply(p *Params, o regulation.Overrides) error {
	t := p.Capabilities[c.r]
	if t == nil {
		return nil
	}
	if err := regulation.ApplyTo(&t, o); err != nil {
		return err
	}
	p.Capabilities[c.r] = t
	return nil
}

func (c capParam) Set(p *Params, d regulation.Describer) bool {
	t, ok := d.(*regulation.Timeline[CapabilitySet])
	if !ok || t == nil || t.Name() != c.ParamName() {
		return false
	}
	if p.Capabilities == nil {
		p.Capabilities = make(map[Role]*regulation.Timeline[CapabilitySet])
	}
	p.Capabilities[c.r] = t
	return true
}

func (c capParam) CheckValues(Params) error { return nil }

func cloneCaps(m map[Role]*regulation.Timeline[CapabilitySet]) map[Role]*regulation.Timeline[CapabilitySet] {
	out := make(map[Role]*regulation.Timeline[CapabilitySet], len(m))
	for r, t := range m {
		out[r] = t
	}
	return out
}

// orDefault returns p with every nil timeline replaced by the built-in one,
// in a Capabilities map of its own.
func (p Params) orDefault() Params {
	d := defaultParams()
	own := make(map[Role]*regulation.Timeline[CapabilitySet], roles.Len())
	for _, r := range Roles() {
		if t := p.Capabilities[r]; t != nil {
			own[r] = t
		}
	}
	p.Capabilities = own
	params.Fill(&p, d)
	return p
}

// ParameterNames returns the name of every parameter of this package, as
// override documents name them: the capabilities of each role in role order,
// then the fee rules and the target.
func ParameterNames() []string { return params.Names() }

// Timelines returns every parameter of p in the order of [ParameterNames],
// for listings such as "the rules in force on a date".
func (p Params) Timelines() []regulation.Describer {
	return params.Timelines(p.orDefault())
}

// CapabilitiesOf returns the capabilities of role r on day on, with the
// rule that grants them. A day before the role's first rule gives an error
// wrapping regulation.ErrNoRuleInForce that names the parameter and the day;
// so does every day for a role that has no timeline at all, neither in p nor
// built in.
func (p Params) CapabilitiesOf(r Role, on regulation.Date) (regulation.Entry[CapabilitySet], error) {
	if !r.IsValid() {
		return regulation.Entry[CapabilitySet]{}, problem.New(ErrUnknownRole, "role.unknown", "role", fmt.Sprint(uint8(r)),
			"tidak dikenal", "unknown")
	}
	t := p.Capabilities[r]
	if t == nil {
		t = defaultParams().Capabilities[r]
	}
	if t == nil {
		// A role with no policy at all may do nothing on any day.
		return regulation.Entry[CapabilitySet]{}, problem.New(regulation.ErrNoRuleInForce, "regulation.no_rule_in_force", r.param(), on.String(),
			"tidak ada aturan yang berlaku untuk parameter ini pada tanggal tersebut",
			"no rule covers this parameter on that date")
	}
	return t.At(on)
}

// Permit reports whether role r may exercise capability c on day on. It
// returns nil when it may; otherwise an error wrapping [ErrNotPermitted]
// whose message names the role, the capability, the day and the rule in
// force (its parameter and citation), or the error of
// [Params.CapabilitiesOf].
func (p Params) Permit(r Role, c Capability, on regulation.Date) error {
	e, err := p.CapabilitiesOf(r, on)
	if err != nil {
		return err
	}
	if e.Value.Has(c) {
		return nil
	}
	ruleID, ruleEN := r.param()+": "+e.Citation.Format(problem.Indonesian), r.param()+": "+e.Citation.Format(problem.English)
	return problem.New(ErrNotPermitted, "activity.not_permitted", "kind", c.String(),
		fmt.Sprintf("%s tidak boleh %s pada %s (aturan %s)", r.Name(problem.Indonesian), c.Name(problem.Indonesian), on, ruleID),
		fmt.Sprintf("%s may not %s on %s (rule %s)", withArticle(r.Name(problem.English)), c.Name(problem.English), on, ruleEN))
}

// WithOverrides returns p with the entries of o put in place (see
// regulation.Apply). A parameter name that p does not have is an error, so
// that a misspelt name cannot be silently ignored; so is a value that does
// not decode into the parameter's type or breaks [Params.Validate]. Every
// problem is reported at once, wrapping regulation.ErrInvalidOverride or
// [ErrInvalidOptions].
//
// A capability override gives the role's whole set from its day on, such as
// "SOCIALISE+EDUCATE+REFER+REPORT"; a fee rate or share is a fraction
// written as a string, "0.075".
func (p Params) WithOverrides(o regulation.Overrides) (Params, error) {
	p = p.orDefault()
	var l problem.List
	for _, name := range o.Unknown(ParameterNames()...) {
		for i, e := range o.Overrides {
			if e.Parameter == name {
				l = append(l, problem.New(regulation.ErrInvalidOverride, "override.unknown_parameter",
					fmt.Sprintf("overrides[%d].parameter", i), name,
					"parameter tidak dikenal oleh paket partner", "the partner package has no parameter of this name"))
				break
			}
		}
	}
	if len(l) > 0 {
		return Params{}, l
	}
	l.Add(params.Apply(&p, o))
	l.Add(p.Validate())
	if len(l) > 0 {
		return Params{}, l
	}
	return p, nil
}

// Validate checks every value of every entry of p: a known fee scheme; fee
// rate, wadah share, PU rate and the wadah's share on top from 0 to 1; a
// bonus and an acquisition incentive of at least one new participant and
// whole, non-negative amounts; incentive tiers that are in order, start at
// month 1 or later, do not overlap and have rates from 0 to 1; a suspension
// of at least one idle month and one month out; and a target of at least
// one worker. Every problem is reported at
// once, wrapping [ErrInvalidOptions], with the parameter and the entry's
// first day in the field ("agent.fee_rate[2017-08-01]").
func (p Params) Validate() error {
	p = p.orDefault()
	var l problem.List
	bad := func(name string, from regulation.Date, value, id, en string) {
		l = append(l, problem.New(ErrInvalidOptions, "params.range", name+"["+from.String()+"]", value, id, en))
	}
	one := decimal.NewFromInt(1)
	for _, e := range p.Scheme.Entries() {
		if e.Value.String() == "" {
			bad(FeeSchemeParam, e.From, fmt.Sprint(uint8(e.Value)), "skema fee tidak dikenal", "unknown fee scheme")
		}
	}
	fraction := func(v decimal.Decimal) bool { return !v.IsNegative() && !v.GreaterThan(decimal.NewFromInt(1)) }
	for _, e := range p.BPUIncentive.Entries() {
		last := 0
		for _, tr := range e.Value {
			if tr.From <= last || tr.To < tr.From || !fraction(tr.Rate) {
				bad(BPUIncentiveParam, e.From, fmt.Sprintf("%d-%d/%s", tr.From, tr.To, tr.Rate),
					"tingkat insentif harus berurutan mulai bulan 1, tidak tumpang tindih, tarif dari 0 sampai 1",
					"incentive tiers must be in order from month 1, must not overlap, and have rates from 0 to 1")
			}
			last = max(last, tr.To)
		}
	}
	for _, e := range p.Acquisition.Entries() {
		v := e.Value
		if v.MinNewParticipants < 1 || v.ThreePrograms.IsNegative() || !v.ThreePrograms.IsInteger() || v.TwoPrograms.IsNegative() || !v.TwoPrograms.IsInteger() {
			bad(AcquisitionParam, e.From, fmt.Sprintf("%d/%s/%s", v.MinNewParticipants, v.ThreePrograms, v.TwoPrograms),
				"insentif akuisisi perlu minimal 1 peserta baru dan jumlah rupiah bulat yang tidak negatif",
				"an acquisition incentive needs at least 1 new participant and whole, non-negative amounts of rupiah")
		}
	}
	for _, t := range []*regulation.Timeline[decimal.Decimal]{p.FeeRate, p.WadahShare, p.PUIncentive, p.WadahIncentive} {
		for _, e := range t.Entries() {
			if e.Value.IsNegative() || e.Value.GreaterThan(one) {
				bad(t.Name(), e.From, e.Value.String(), "nilai harus pecahan dari 0 sampai 1", "the value must be a fraction from 0 to 1")
			}
		}
	}
	for _, e := range p.Bonus.Entries() {
		if e.Value.MinNewParticipants < 1 || e.Value.Amount.IsNegative() || !e.Value.Amount.IsInteger() {
			bad(BonusParam, e.From, fmt.Sprintf("%d/%s", e.Value.MinNewParticipants, e.Value.Amount),
				"bonus perlu minimal 1 peserta baru dan jumlah rupiah bulat yang tidak negatif",
				"a bonus needs at least 1 new participant and a whole, non-negative amount of rupiah")
		}
	}
	for _, e := range p.Suspension.Entries() {
		if e.Value.IdleMonths < 1 || e.Value.RejoinAfterMonths < 1 {
			bad(SuspensionParam, e.From, fmt.Sprintf("%d/%d", e.Value.IdleMonths, e.Value.RejoinAfterMonths),
				"masa tanpa kegiatan dan masa skors minimal 1 bulan", "the idle months and the months out must each be at least 1")
		}
	}
	for _, e := range p.WadahMinAgents.Entries() {
		if e.Value < 1 {
			bad(WadahMinAgentsParam, e.From, fmt.Sprint(e.Value), "wadah minimal 1 agen", "a wadah needs at least 1 agent")
		}
	}
	for _, e := range p.Target.Entries() {
		if e.Value < 1 {
			bad(p.Target.Name(), e.From, fmt.Sprint(e.Value), "target minimal 1 pekerja per desa", "the target must be at least 1 worker per village")
		}
	}
	return l.Err()
}

// withArticle puts "a" or "an" before an English noun phrase.
func withArticle(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}
