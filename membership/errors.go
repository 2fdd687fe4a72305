package membership

import "errors"

// Sentinel errors. Every error this package returns is a *problem.Error, or a
// problem.List of them, that wraps one of these: test with errors.Is.
var (
	// ErrUnknownProgram means a program code is not JKK, JKM, JHT, JP or JKP.
	ErrUnknownProgram = errors.New("membership: unknown program")
	// ErrUnknownSegment means a segment code is not PU, BPU, JAKON or PMI.
	ErrUnknownSegment = errors.New("membership: unknown segment")
	// ErrUnknownPayer means a payer code is not one of the known payers.
	ErrUnknownPayer = errors.New("membership: unknown payer")
	// ErrUnknownBusinessScale means a business scale code is not known.
	ErrUnknownBusinessScale = errors.New("membership: unknown business scale")
)
