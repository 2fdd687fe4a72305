package region

// Source names the instrument that a table of this package comes from.
type Source struct {
	// Instrument is the short citation of the legal instrument.
	Instrument string
	// Confidence is how the table was checked against the instrument:
	// "text" (the instrument itself was read), "secondary" (reports and
	// datasets that cite it, consistent with each other) or "unconfirmed".
	Confidence string
}

// ProvinceSource is the instrument behind the province table: the 2025
// edition of the Minister of Home Affairs decree on area codes (Keputusan
// Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025). The table was checked
// against datasets derived from it, not against the decree's own text.
var ProvinceSource = Source{
	Instrument: "Kepmendagri 300.2.2-2138/2025",
	Confidence: "secondary",
}

// provinceNames holds the 38 provinces, indexed by their code. An empty
// entry is not a province.
var provinceNames = [100]string{
	11: "Aceh",
	12: "Sumatera Utara",
	13: "Sumatera Barat",
	14: "Riau",
	15: "Jambi",
	16: "Sumatera Selatan",
	17: "Bengkulu",
	18: "Lampung",
	19: "Kepulauan Bangka Belitung",
	21: "Kepulauan Riau",
	31: "DKI Jakarta",
	32: "Jawa Barat",
	33: "Jawa Tengah",
	34: "DI Yogyakarta",
	35: "Jawa Timur",
	36: "Banten",
	51: "Bali",
	52: "Nusa Tenggara Barat",
	53: "Nusa Tenggara Timur",
	61: "Kalimantan Barat",
	62: "Kalimantan Tengah",
	63: "Kalimantan Selatan",
	64: "Kalimantan Timur",
	65: "Kalimantan Utara",
	71: "Sulawesi Utara",
	72: "Sulawesi Tengah",
	73: "Sulawesi Selatan",
	74: "Sulawesi Tenggara",
	75: "Gorontalo",
	76: "Sulawesi Barat",
	81: "Maluku",
	82: "Maluku Utara",
	// Four provinces were formed in 2022 from Papua and Papua Barat, each by
	// its own law: Papua Selatan (UU 14/2022), Papua Tengah (UU 15/2022) and
	// Papua Pegunungan (UU 16/2022), signed on 25 July 2022, and Papua Barat
	// Daya (UU 29/2022), signed on 8 December 2022. The laws form the
	// provinces; their codes 93 to 96 come from the Kepmendagri table.
	91: "Papua",
	92: "Papua Barat",
	93: "Papua Selatan",
	94: "Papua Tengah",
	95: "Papua Pegunungan",
	96: "Papua Barat Daya",
}

// ProvinceName returns the name of the province that c lies in, and false
// for the zero Code. Any valid code has a province, so ok is true for every
// code that [Parse] returned.
func ProvinceName(c Code) (name string, ok bool) {
	if !c.IsValid() {
		return "", false
	}
	return provinceNames[c.prov], true
}

// Provinces returns the 38 provinces sorted by code. The slice is a new copy
// on each call; changing it changes nothing here.
func Provinces() []Entry {
	out := make([]Entry, 0, 38)
	for p, name := range provinceNames {
		if name != "" {
			out = append(out, Entry{Code: Code{prov: uint8(p), level: Province}, Name: name})
		}
	}
	return out
}
