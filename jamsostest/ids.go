package jamsostest

import (
	"strings"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

// KPJ returns a valid KPJ membership number, 11 digits not starting with
// 0, never one the generator returned before.
func (g *Generator) KPJ() membership.KPJ {
	for {
		s := string(rune('1'+g.intn(9))) + g.digits(10)
		if !g.kpjs[s] {
			g.kpjs[s] = true
			return membership.MustParseKPJ(s)
		}
	}
}

// PhoneForm is a way of writing an Indonesian phone number that
// membership.ParsePhone accepts.
type PhoneForm string

// The accepted forms, with an example of each.
const (
	// MobileNational is a mobile number written nationally: "0812-3456-7890".
	MobileNational PhoneForm = "mobile_national"
	// MobilePlain is a mobile number without separators: "081234567890".
	MobilePlain PhoneForm = "mobile_plain"
	// MobileInternational is a mobile number with the country code:
	// "+62 812 3456 7890".
	MobileInternational PhoneForm = "mobile_international"
	// MobileCountryCode is a mobile number with the country code and no
	// plus: "6281234567890".
	MobileCountryCode PhoneForm = "mobile_country_code"
	// LandlineNational is a landline with its area code in parentheses:
	// "(021) 5555 1234".
	LandlineNational PhoneForm = "landline_national"
	// LandlineTrunk is a landline written internationally that keeps the
	// trunk 0: "+62 (0)21 5555 1234".
	LandlineTrunk PhoneForm = "landline_trunk"
)

// PhoneForms returns every accepted form, in a fixed order.
func PhoneForms() []PhoneForm {
	return []PhoneForm{MobileNational, MobilePlain, MobileInternational, MobileCountryCode, LandlineNational, LandlineTrunk}
}

// mobilePrefixes are the first three digits of mobile numbers after the
// 0, as Indonesian mobile numbers commonly start; only their shape matters
// to ParsePhone.
var mobilePrefixes = []string{"811", "812", "813", "821", "822", "823", "851", "852", "853", "856", "857", "858", "877", "878", "881", "895", "896", "897", "898"}

// landlineAreas are area codes of two and three digits used to shape
// landline numbers; only their shape matters to ParsePhone.
var landlineAreas = []string{"21", "22", "24", "31", "61", "274", "361", "411", "561"}

// Phone returns a phone number written in form f, and the number it
// reads as. An unknown form is an error.
func (g *Generator) Phone(f PhoneForm) (string, membership.Phone, error) {
	var text string
	switch f {
	case MobileNational, MobilePlain, MobileInternational, MobileCountryCode:
		// A mobile prefix, then 7 or 8 digits: 10 or 11 digits after 0 or
		// +62.
		nsn := pick(g, mobilePrefixes) + g.digits(g.between(7, 8))
		switch f {
		case MobileNational:
			text = "0" + nsn[:3] + "-" + nsn[3:7] + "-" + nsn[7:]
		case MobilePlain:
			text = "0" + nsn
		case MobileInternational:
			text = "+62 " + nsn[:3] + " " + nsn[3:7] + " " + nsn[7:]
		default:
			text = "62" + nsn
		}
	case LandlineNational, LandlineTrunk:
		area := pick(g, landlineAreas)
		sub := string(rune('2'+g.intn(8))) + g.digits(10-len(area)-1)
		if f == LandlineNational {
			text = "(0" + area + ") " + sub[:4] + " " + sub[4:]
		} else {
			text = "+62 (0)" + area + " " + sub[:4] + " " + sub[4:]
		}
	default:
		names := make([]string, 0, 6)
		for _, k := range PhoneForms() {
			names = append(names, string(k))
		}
		return "", membership.Phone{}, specError("jamsostest.phone_form", "form", problem.Clip(string(f)),
			"tidak dikenal; gunakan "+strings.Join(names, ", "),
			"unknown; use "+strings.Join(names, ", "))
	}
	p, err := membership.ParsePhone(text)
	return text, p, err
}

// IDCase is a text to read as a KPJ or phone number with the problems it
// must give.
type IDCase struct {
	// Input is the text to read.
	Input string `json:"input"`
	// Fault names what is wrong with it.
	Fault string `json:"fault,omitempty"`
	// Want are the problems it must give.
	Want []Problem `json:"problems,omitempty"`
}

// KPJFaults returns the faults of a KPJ number ParseKPJ knows, by name:
// "length" (10 or 12 digits, "kpj.length"), "characters" (a letter,
// "kpj.syntax") and "zero" (all zeros, "kpj.zero").
func KPJFaults() []string { return []string{"length", "characters", "zero"} }

// InvalidKPJ returns a KPJ text with the named fault (see [KPJFaults]).
func (g *Generator) InvalidKPJ(fault string) (IDCase, error) {
	s := string(rune('1'+g.intn(9))) + g.digits(10)
	c := IDCase{Fault: fault}
	switch fault {
	case "length":
		if g.chance(1, 2) {
			c.Input = s[:10]
		} else {
			c.Input = s + g.digits(1)
		}
		c.Want = []Problem{{"kpj.length", "kpj"}}
	case "characters":
		b := []byte(s)
		b[g.intn(11)] = pick(g, []byte("OIlx"))
		c.Input = string(b)
		c.Want = []Problem{{"kpj.syntax", "kpj"}}
	case "zero":
		c.Input = strings.Repeat("0", 11)
		c.Want = []Problem{{"kpj.zero", "kpj"}}
	default:
		return IDCase{}, unknownFault("fault", fault, KPJFaults())
	}
	return c, nil
}

// PhoneFaults returns the faults of a phone number ParsePhone knows, by
// name: "characters" ("phone.syntax"), "empty" ("phone.empty"), "country"
// (a + with another country code, "phone.country"), "prefix" (no 0 or 62
// in front, or 1 after it, "phone.prefix") and "length" (too few or too
// many digits, "phone.length").
func PhoneFaults() []string { return []string{"characters", "empty", "country", "prefix", "length"} }

// InvalidPhone returns a phone text with the named fault (see
// [PhoneFaults]).
func (g *Generator) InvalidPhone(fault string) (IDCase, error) {
	nsn := "8" + string(rune('1'+g.intn(9))) + g.digits(9)
	c := IDCase{Fault: fault}
	switch fault {
	case "characters":
		c.Input = "0" + nsn[:4] + "/" + nsn[4:]
		c.Want = []Problem{{"phone.syntax", "phone"}}
	case "empty":
		c.Input = pick(g, []string{"", " ", "-", "()"})
		c.Want = []Problem{{"phone.empty", "phone"}}
	case "country":
		c.Input = pick(g, []string{"+1", "+60", "+65", "+61"}) + " " + nsn
		c.Want = []Problem{{"phone.country", "phone"}}
	case "prefix":
		c.Input = pick(g, []string{nsn, "00" + nsn, "01" + nsn[1:], "+62 1" + nsn[1:]})
		c.Want = []Problem{{"phone.prefix", "phone"}}
	case "length":
		if g.chance(1, 2) {
			c.Input = "0" + nsn[:g.between(4, 8)]
		} else {
			c.Input = "0" + nsn + g.digits(g.between(2, 4))
		}
		c.Want = []Problem{{"phone.length", "phone"}}
	default:
		return IDCase{}, unknownFault("fault", fault, PhoneFaults())
	}
	return c, nil
}
