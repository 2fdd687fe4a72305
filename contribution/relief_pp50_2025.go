package contribution

import (
	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/regulation"
)

// ReliefBPU is PP 50/2025: JKK and JKM cut by 50% for non-wage
// participants, by sector and month, unless paid from APBN or APBD.
const ReliefBPU Relief = "PP50_2025"

// BPURelief is the PP 50/2025 relief for non-wage participants: JKK and JKM
// cut for the sectors listed for the month.
type BPURelief struct {
	// Discount is the cut of JKK and JKM, 50%.
	Discount Rate `json:"discount"`
	// Transport says whether transport workers are covered this month.
	Transport bool `json:"transport"`
	// OtherSectors says whether every other sector is covered this month.
	OtherSectors bool `json:"other_sectors"`
}

var bpuRelief = ReliefRule[BPURelief]{
	ID:        ReliefBPU,
	Parameter: "relief.pp50_2025",
	Title:     Text{"PP 50/2025 (peserta bukan penerima upah)", "PP 50/2025 (non-wage participants)"},
	Entries: []regulation.Entry[BPURelief]{
		{
			From: day(2026, 1, 1), Until: day(2026, 3, 31),
			Value:    BPURelief{Discount: MustRate("50%"), Transport: true},
			Citation: cite("PP 50/2025", "Pasal 3; Pasal 4", regulation.Secondary, "JKK and JKM at 50%: transport workers January 2026 to March 2027"),
		},
		{
			From: day(2026, 4, 1), Until: day(2026, 12, 31),
			Value:    BPURelief{Discount: MustRate("50%"), Transport: true, OtherSectors: true},
			Citation: cite("PP 50/2025", "Pasal 3; Pasal 4", regulation.Secondary, "JKK and JKM at 50%: transport workers January 2026 to March 2027, other sectors April to December 2026"),
		},
		{
			From: day(2027, 1, 1), Until: day(2027, 3, 31),
			Value:    BPURelief{Discount: MustRate("50%"), Transport: true},
			Citation: cite("PP 50/2025", "Pasal 3; Pasal 4", regulation.Secondary, "JKK and JKM at 50%: transport workers January 2026 to March 2027"),
		},
	},
	Terms: func(v BPURelief) Terms {
		return Terms{
			Segments: []membership.Segment{membership.BPU},
			Cuts:     []Cut{{Programs: membership.SetOf(membership.JKK, membership.JKM), Rate: v.Discount}},
		}
	},
	Applies: func(v BPURelief, c Case, on regulation.Date, p Params) (Text, error) {
		if c.Sector == Transport && !v.Transport || c.Sector != Transport && !v.OtherSectors {
			return Text{"sektor tidak termasuk pada bulan ini", "the sector is not covered this month"}, nil
		}
		excluded := c.Budget == APBN || c.Budget == APBD
		if c.Budget == APBDes {
			// Whether a village budget counts as APBD is a policy of its own.
			e, err := p.VillageBudgetExcluded.At(on)
			if err != nil {
				return Text{}, err
			}
			excluded = e.Value
		}
		if excluded {
			return Text{"iuran dibayar dari APBN/APBD (atau APBDes menurut kebijakan)",
				"paid from APBN/APBD (or APBDes by policy)"}, nil
		}
		return Text{}, nil
	},
}
