package partner

import "errors"

// Sentinel errors. Every error this package returns is a *problem.Error, or a
// problem.List of them, wrapping one of these or a sentinel of the packages
// below (regulation.ErrNoRuleInForce, regulation.ErrInvalidOverride,
// membership.ErrInvalidNIK, region.ErrInvalidCode): test with errors.Is. The
// problem's Code tells the rules of one sentinel apart.
var (
	// ErrUnknownRole means a role code is not one of [Roles].
	ErrUnknownRole = errors.New("partner: unknown role")
	// ErrUnknownCapability means a capability code is not one of
	// [Capabilities].
	ErrUnknownCapability = errors.New("partner: unknown capability")
	// ErrUnknownKind means an activity kind, an organisation kind, an agent
	// status or a force is not known.
	ErrUnknownKind = errors.New("partner: unknown kind")
	// ErrInvalidNRP means a text is not a personnel number (NRP) of the
	// police or the army.
	ErrInvalidNRP = errors.New("partner: invalid NRP")
	// ErrInvalidCertificate means an Agen Perisai certificate number is
	// malformed or its validity dates are missing or out of order.
	ErrInvalidCertificate = errors.New("partner: invalid certificate")
	// ErrInvalidPartner means a partner, wadah or assignment record breaks a
	// rule of its shape: a missing or malformed field, an identifier the
	// role does not carry, an area of the wrong level.
	ErrInvalidPartner = errors.New("partner: invalid partner record")
	// ErrDuplicate means the same partner or wadah identifier is given twice.
	ErrDuplicate = errors.New("partner: duplicate identifier")
	// ErrInvalidOptions means processing options or parameter values are out
	// of range: a negative attribution window, a fee rate above 100%.
	ErrInvalidOptions = errors.New("partner: invalid options")

	// ErrInvalidActivity means an activity lacks a field its kind needs or
	// has a malformed value.
	ErrInvalidActivity = errors.New("partner: invalid activity")
	// ErrUnknownPartner means an activity or assignment names a partner the
	// network does not have.
	ErrUnknownPartner = errors.New("partner: unknown partner")
	// ErrNotPermitted means the partner's role may not do what the activity
	// records, under the role policy in force on its date.
	ErrNotPermitted = errors.New("partner: not permitted for the role")
	// ErrOutsideAssignment means the partner was not assigned to the
	// activity's village on its date.
	ErrOutsideAssignment = errors.New("partner: outside assignment")
	// ErrCertificateInactive means an Agen Perisai acted on a day their
	// certificate did not cover: before it was issued or after it expired.
	ErrCertificateInactive = errors.New("partner: certificate not valid on the date")
	// ErrSuspended means an Agen Perisai acted while suspended for months
	// without acquisitions or collections.
	ErrSuspended = errors.New("partner: agent suspended")
	// ErrInvalidReactivation means a wadah's request to reactivate an agent
	// was refused: unknown agent, not the agent's wadah, an agent not
	// suspended, or a request before the shortest suspension ended.
	ErrInvalidReactivation = errors.New("partner: invalid reactivation request")
	// ErrMembershipMonthUnknown means a fee depends on a participant's month
	// under the agent, and that month cannot be known: the participant's
	// acquisition by the agent is not recorded, or the contribution month
	// paid for is before it.
	ErrMembershipMonthUnknown = errors.New("partner: membership month unknown")
	// ErrDuplicateRegistration means a participant was already registered
	// by an earlier accepted activity.
	ErrDuplicateRegistration = errors.New("partner: duplicate registration")
	// ErrDuplicatePayment means a participant's contribution for a month was
	// already collected or paid by an earlier accepted activity.
	ErrDuplicatePayment = errors.New("partner: contribution month already paid")

	// ErrMalformedInput means a CSV or JSON document cannot be read: bad
	// syntax, a missing or unknown column or field, a value of the wrong
	// type.
	ErrMalformedInput = errors.New("partner: malformed input")
)
