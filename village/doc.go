// Package village plans and funds employment social security (BPJS
// Ketenagakerjaan) for the people a village covers: its head and officials,
// BPD members, RT/RW heads, community workers, cash-for-work labourers and
// vulnerable informal workers.
//
// The package is being built up; see [DefaultTarget] for the coverage
// target and [DefaultCriteria] for the desa-sadar criteria.
package village
