package partner

import (
	"fmt"
	"log/slog"

	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/internal/enum"
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
	"github.com/desasadar/jamsos/regulation"
)

// Kind is what an activity records. Each kind needs one capability of the
// partner's role. The zero Kind is invalid.
type Kind uint8

// The kinds of activity, in the order they are processed within a day: a
// referral made on the day of a registration counts for it, and a
// participant registered in the morning may pay in the afternoon.
const (
	// Socialisation is a socialisation event in a village, with its
	// attendance. It needs [Socialise].
	Socialisation Kind = iota + 1
	// Education is an education session, with its attendance. It needs
	// [Educate].
	Education
	// Referral is a worker sent to be registered. It needs [Refer].
	Referral
	// Registration is a worker registered as a participant. It needs
	// [Register].
	Registration
	// Collection is a participant's contribution for a month, collected from
	// the participant and paid in. It needs [Collect].
	Collection
	// Payment is a participant's contribution for a month paid from the
	// partner's own budget (the village's, the regency's). It needs
	// [PayOnBehalf].
	Payment
)

// kindInfo is what the package keeps about a kind of activity besides its
// text.
type kindInfo struct {
	// needs is the capability a partner needs to record the activity.
	needs Capability
	// event is an event with an attendance rather than an act about one
	// participant.
	event bool
	// money moves a contribution.
	money bool
}

// kinds is the table of the kinds of activity: their codes, names, the
// Indonesian words ParseKind accepts, and the capability each needs (its
// policy entry: the kind's table test fails when it has none).
var kinds = enum.New(codeKey, []enum.Def[Kind, kindInfo]{
	{Value: Socialisation, Code: "SOCIALISATION", ID: "sosialisasi", EN: "socialisation",
		Aliases: []string{"SOCIALIZATION", "SOSIALISASI"}, Info: kindInfo{needs: Socialise, event: true}},
	{Value: Education, Code: "EDUCATION", ID: "edukasi", EN: "education",
		Aliases: []string{"EDUKASI"}, Info: kindInfo{needs: Educate, event: true}},
	{Value: Referral, Code: "REFERRAL", ID: "rujukan", EN: "referral",
		Aliases: []string{"RUJUKAN"}, Info: kindInfo{needs: Refer}},
	{Value: Registration, Code: "REGISTRATION", ID: "pendaftaran", EN: "registration",
		Aliases: []string{"PENDAFTARAN"}, Info: kindInfo{needs: Register}},
	{Value: Collection, Code: "COLLECTION", ID: "pengumpulan iuran", EN: "collection",
		Aliases: []string{"PENGUMPULAN_IURAN"}, Info: kindInfo{needs: Collect, money: true}},
	{Value: Payment, Code: "PAYMENT", ID: "pembayaran atas nama peserta", EN: "payment on behalf",
		Aliases: []string{"PEMBAYARAN"}, Info: kindInfo{needs: PayOnBehalf, money: true}},
})

// Kinds returns every kind of activity in order.
func Kinds() []Kind { return kinds.Values() }

// ParseKind reads an activity kind such as "REFERRAL", ignoring case; the
// Indonesian "sosialisasi", "edukasi", "rujukan", "pendaftaran",
// "pengumpulan iuran" and "pembayaran" are accepted too.
func ParseKind(s string) (Kind, error) {
	if k, ok := kinds.Lookup(s); ok {
		return k, nil
	}
	return 0, problem.New(ErrUnknownKind, "activity.kind", "kind", problem.Clip(s),
		"tidak dikenal", "unknown")
}

// IsValid reports whether k is one of the kinds.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// String returns the kind's code, such as "COLLECTION", or "" when invalid.
func (k Kind) String() string { return kinds.Code(k) }

// Name returns the kind's name in the given language.
func (k Kind) Name(l problem.Lang) string {
	if !k.IsValid() {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kinds.Name(k, l)
}

// Capability returns the capability a partner needs to record an activity
// of kind k, or zero for an invalid kind.
func (k Kind) Capability() Capability { return kinds.Info(k).needs }

// MarshalText encodes the kind as its code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind as [ParseKind] reads it.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// event reports whether k is an event with an attendance rather than an
// act about one participant.
func (k Kind) event() bool { return kinds.Info(k).event }

// money reports whether k moves a contribution.
func (k Kind) money() bool { return kinds.Info(k).money }

// Activity is one thing a partner did in a village on a day.
//
// Which fields it carries depends on its kind: an event (socialisation,
// education) has an Attendance and no participant; a referral and a
// registration name a Participant; a collection and a payment name a
// Participant, an Amount and the contribution Month it pays for.
//
// The participant's NIK is personal data: String, fmt and slog show it
// masked, as membership.NIK does. The JSON encoding carries it in full.
type Activity struct {
	// Kind is what the activity records.
	Kind Kind `json:"kind"`
	// Date is the day it happened.
	Date regulation.Date `json:"date"`
	// Partner is the ID of the partner who did it.
	Partner string `json:"partner"`
	// Village is where it happened, or for a participant, the village the
	// participant lives and works in: a village-level area code.
	Village region.Code `json:"village"`
	// Participant is the worker referred, registered or paid for.
	Participant membership.NIK `json:"participant,omitzero"`
	// Attendance is the number of people at an event.
	Attendance int `json:"attendance,omitempty"`
	// Amount is the contribution collected or paid, in whole rupiah. In JSON
	// it is a decimal string, "16800".
	Amount decimal.Decimal `json:"amount,omitzero"`
	// Month is the contribution month paid for; the zero Month stands for
	// the month of Date.
	Month regulation.Month `json:"month,omitzero"`
	// Line is the line of the input the activity was read from, or 0. It is
	// kept so that a rejection can point at its source; it takes no part in
	// processing.
	Line int `json:"line,omitempty"`
}

// Limits that catch typing mistakes; they are sanity bounds, not law.
const (
	// MaxAttendance is the largest attendance of one event.
	MaxAttendance = 100_000
	// MaxAmount is the largest amount of one collection or payment, in
	// rupiah: Rp1,000,000,000.
	MaxAmount = 1_000_000_000
)

// Check reports what is wrong with the activity on its own, before it is
// checked against the network: a missing or malformed field, or a field its
// kind does not carry. Every problem is returned at once, as a
// problem.List wrapping [ErrInvalidActivity] (or the sentinel of the field's
// own type).
func (a Activity) Check() error {
	var l problem.List
	if !a.Kind.IsValid() {
		l.Add(activityError("activity.kind", "kind", "", "wajib diisi", "is required"))
	}
	if a.Date.IsZero() {
		l.Add(activityError("activity.date", "date", "", "wajib diisi", "is required"))
	}
	l.Add(checkID("partner", a.Partner))
	switch {
	case !a.Village.IsValid():
		l.Add(activityError("activity.village", "village", "", "wajib diisi", "is required"))
	case a.Village.Level() != region.Village:
		l.Add(activityError("activity.village_level", "village", a.Village.String(),
			"kegiatan dicatat pada satu desa atau kelurahan, bukan kecamatan atau kabupaten",
			"an activity is recorded in one village, not a district or regency"))
	}
	if !a.Kind.IsValid() {
		return l.Err()
	}
	if a.Kind.event() {
		if a.Attendance < 1 || a.Attendance > MaxAttendance {
			l.Add(activityError("activity.attendance", "attendance", fmt.Sprint(a.Attendance),
				fmt.Sprintf("harus 1 sampai %d", MaxAttendance),
				fmt.Sprintf("must be from 1 to %d", MaxAttendance)))
		}
		if a.Participant.IsValid() {
			l.Add(notCarried("participant", a.Kind))
		}
	} else {
		switch {
		case !a.Participant.IsValid():
			l.Add(activityError("activity.participant", "participant", "", "NIK-nya wajib diisi", "its NIK is required"))
		case a.Participant.IsPlaceholder():
			l.Add(problem.New(both(ErrInvalidActivity, membership.ErrPlaceholderNIK), "activity.placeholder_nik", "participant",
				a.Participant.String(), "NIK sementara tidak dapat dipakai untuk mencatat peserta",
				"a placeholder NIK cannot identify a participant"))
		}
		if a.Attendance != 0 {
			l.Add(notCarried("attendance", a.Kind))
		}
	}
	if a.Kind.money() {
		switch {
		case !a.Amount.IsPositive() || !a.Amount.IsInteger():
			l.Add(activityError("activity.amount", "amount", a.Amount.String(),
				"harus rupiah bulat lebih dari nol", "must be whole rupiah above zero"))
		case a.Amount.GreaterThan(decimal.NewFromInt(MaxAmount)):
			l.Add(activityError("activity.amount", "amount", a.Amount.String(),
				"melebihi Rp1.000.000.000", "is above Rp1,000,000,000"))
		}
	} else {
		if !a.Amount.IsZero() {
			l.Add(notCarried("amount", a.Kind))
		}
		if !a.Month.IsZero() {
			l.Add(notCarried("month", a.Kind))
		}
	}
	return l.Err()
}

// ContributionMonth returns the month a collection or payment pays for:
// Month, or the month of Date when Month is zero.
func (a Activity) ContributionMonth() regulation.Month {
	if a.Month.IsZero() {
		return a.Date.ContributionMonth()
	}
	return a.Month
}

// String describes the activity without personal data: "2026-03-02
// COLLECTION AG-01 32.16.01.2001 3216••••••••0001 16800".
func (a Activity) String() string {
	s := fmt.Sprintf("%s %s %s %s", a.Date, a.Kind, a.Partner, a.Village)
	if a.Participant.IsValid() {
		s += " " + a.Participant.String()
	}
	if a.Kind.event() {
		s += fmt.Sprintf(" attendance=%d", a.Attendance)
	}
	if !a.Amount.IsZero() {
		s += " " + a.Amount.String()
	}
	return s
}

// Format writes [Activity.String] for every verb, so that fmt never prints
// the full NIK.
func (a Activity) Format(f fmt.State, verb rune) { formatMasked(f, verb, "Activity", a.String()) }

// LogValue returns the activity for log/slog with the NIK masked.
func (a Activity) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("kind", a.Kind.String()), slog.String("date", a.Date.String()),
		slog.String("partner", a.Partner), slog.String("village", a.Village.String()),
	}
	if a.Participant.IsValid() {
		attrs = append(attrs, slog.String("participant", a.Participant.String()))
	}
	if a.Line > 0 {
		attrs = append(attrs, slog.Int("line", a.Line))
	}
	return slog.GroupValue(attrs...)
}

func activityError(code problem.Code, field, value, id, en string) *problem.Error {
	return problem.New(ErrInvalidActivity, code, field, value, id, en)
}

func notCarried(field string, k Kind) *problem.Error {
	return activityError("activity.field_not_applicable", field, "",
		fmt.Sprintf("kegiatan %s tidak memuat kolom ini", k.Name(problem.Indonesian)),
		fmt.Sprintf("an activity of kind %s does not carry this field", k.Name(problem.English)))
}

// both returns an error that errors.Is matches against a and against b.
func both(a, b error) error { return fmt.Errorf("%w: %w", a, b) }
