package membership

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error this package returns is a *problem.Error, or a
// problem.List of them, that wraps one of these: test with errors.Is. The
// problem's Code tells the rules of one sentinel apart.
var (
	// ErrUnknownProgram means a program code is not JKK, JKM, JHT, JP or JKP.
	ErrUnknownProgram = errors.New("membership: unknown program")
	// ErrUnknownSegment means a segment code is not PU, BPU, JAKON or PMI.
	ErrUnknownSegment = errors.New("membership: unknown segment")
	// ErrUnknownPayer means a payer code is not one of the known payers.
	ErrUnknownPayer = errors.New("membership: unknown payer")
	// ErrUnknownBusinessScale means a business scale code is not known.
	ErrUnknownBusinessScale = errors.New("membership: unknown business scale")
	// ErrUnknownSex means a sex code is not MALE or FEMALE.
	ErrUnknownSex = errors.New("membership: unknown sex")

	// ErrInvalidNIK means a text is not a NIK: wrong length, a character that
	// is not a digit, an unknown province, an impossible birth date, serial
	// 0000.
	ErrInvalidNIK = errors.New("membership: invalid NIK")
	// ErrPlaceholderNIK means a NIK starts with 0, the mark of a temporary
	// number made up by a village information system. It wraps
	// [ErrInvalidNIK].
	ErrPlaceholderNIK = fmt.Errorf("%w: placeholder", ErrInvalidNIK)
	// ErrInvalidKPJ means a text is not a KPJ membership number.
	ErrInvalidKPJ = errors.New("membership: invalid KPJ number")
	// ErrInvalidPhone means a text is not an Indonesian telephone number.
	ErrInvalidPhone = errors.New("membership: invalid phone number")
	// ErrInvalidArea means an area code is not valid, or not at the level
	// the field needs (a domicile is a village).
	ErrInvalidArea = errors.New("membership: invalid area code")

	// ErrRequired means a required field is missing.
	ErrRequired = errors.New("membership: required field missing")
	// ErrInvalidField means a field breaks a rule of its shape: too long,
	// control characters, text not in normal form.
	ErrInvalidField = errors.New("membership: invalid field")
	// ErrInvalidAmount means an income or wage is not positive or is above
	// [MaxMonthlyIncome].
	ErrInvalidAmount = errors.New("membership: invalid amount")
	// ErrInvalidBirthDate means a birth date lies after the reference date.
	ErrInvalidBirthDate = errors.New("membership: invalid birth date")
	// ErrNIKMismatch means a participant's birth date or sex disagrees with
	// what their NIK encodes.
	ErrNIKMismatch = errors.New("membership: NIK disagrees with the participant")

	// ErrProgramRequired means a program the rules make mandatory for the
	// participant is missing from the chosen set.
	ErrProgramRequired = errors.New("membership: program required")
	// ErrProgramNotAllowed means the chosen set holds a program the
	// participant may not take, or one that did not exist on the date.
	ErrProgramNotAllowed = errors.New("membership: program not allowed")
	// ErrNotEligible means the participant's age rules a program out: past
	// the JP retirement age, 54 or older for JKP, or older than the caller's
	// maximum registration age.
	ErrNotEligible = errors.New("membership: not eligible")

	// ErrInvalidJSON means a JSON document is malformed, has a field this
	// package does not know, or a value of the wrong type.
	ErrInvalidJSON = errors.New("membership: invalid JSON")
	// ErrDuplicate means the same NIK or KPJ appears twice in one roster.
	ErrDuplicate = errors.New("membership: duplicate participant")
	// ErrInvalidHistory means a payment history cannot be read as one
	// membership: a payment before the start or after the end, a month paid
	// twice, or a reactivation the policy forbids.
	ErrInvalidHistory = errors.New("membership: invalid payment history")
)
