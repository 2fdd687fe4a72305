package membership

import (
	"errors"
	"reflect"
	"strings"
	"sync"

	"github.com/go-playground/locales/en"
	"github.com/go-playground/locales/id"
	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
	en_translations "github.com/go-playground/validator/v10/translations/en"
	id_translations "github.com/go-playground/validator/v10/translations/id"
	"github.com/shopspring/decimal"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/region"
)

// The struct tags this package registers with its validator, besides the
// validator's own:
//
//	nik      a NIK (type NIK, or a string ParseNIK reads, placeholders allowed)
//	kpj      a KPJ number (type KPJ or a string)
//	phone    an Indonesian phone number (type Phone or a string)
//	area     a Kemendagri area code at any level (region.Code or a string)
//	village  an area code at village level
//	enum     a known value of an enumeration (any type with IsValid() bool)
//	dgt, dgte, dlt, dlte
//	         a decimal.Decimal (or decimal string) greater than, at least,
//	         less than, at most the parameter: dlte=1000000000
//
// Tags check the shape of one field. Rules that need a date or another field
// live in the Validate methods.

// checker is the one validator of this package with its two translators. It
// is built once and only read afterwards, so it is safe for concurrent use.
type checker struct {
	v      *validator.Validate
	id, en ut.Translator
}

var sharedChecker = sync.OnceValues(newChecker)

func newChecker() (*checker, error) {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		if name == "" {
			return f.Name
		}
		return name
	})
	uni := ut.New(en.New(), en.New(), id.New())
	c := &checker{v: v}
	c.id, _ = uni.GetTranslator("id")
	c.en, _ = uni.GetTranslator("en")
	if err := id_translations.RegisterDefaultTranslations(v, c.id); err != nil {
		return nil, err
	}
	if err := en_translations.RegisterDefaultTranslations(v, c.en); err != nil {
		return nil, err
	}
	for _, t := range builtinTexts {
		if err := c.translate(t.tag, t.id, t.en); err != nil {
			return nil, err
		}
	}
	for _, t := range tags {
		if err := v.RegisterValidation(t.tag, t.fn); err != nil {
			return nil, err
		}
		if err := c.translate(t.tag, t.id, t.en); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// translate registers the Indonesian and English messages of a tag; a
// message may quote the tag's parameter as {0}.
func (c *checker) translate(tag, idMsg, enMsg string) error {
	for _, tr := range []struct {
		ut  ut.Translator
		msg string
	}{{c.id, idMsg}, {c.en, enMsg}} {
		err := c.v.RegisterTranslation(tag, tr.ut,
			func(u ut.Translator) error { return u.Add(tag, tr.msg, true) },
			func(u ut.Translator, fe validator.FieldError) string {
				s, _ := u.T(fe.Tag(), fe.Param())
				return s
			})
		if err != nil {
			return err
		}
	}
	return nil
}

// tags are this package's own validation tags, with their messages; {0} is
// the tag's parameter. The messages do not name the field: the problem's
// field does.
var tags = []struct {
	tag    string
	fn     validator.Func
	id, en string
	err    error
}{
	{"nik", parsedAs(func(s string) error { _, err := ParseNIK(s, NIKOptions{AllowPlaceholder: true}); return err }),
		"bukan NIK yang sah", "not a valid NIK", ErrInvalidNIK},
	{"kpj", parsedAs(func(s string) error { _, err := ParseKPJ(s); return err }),
		"bukan nomor KPJ yang sah", "not a valid KPJ number", ErrInvalidKPJ},
	{"phone", parsedAs(func(s string) error { _, err := ParsePhone(s); return err }),
		"bukan nomor telepon Indonesia yang sah", "not a valid Indonesian phone number", ErrInvalidPhone},
	{"area", areaAt(0),
		"bukan kode wilayah Kemendagri yang sah", "not a valid Kemendagri area code", ErrInvalidArea},
	{"village", areaAt(region.Village),
		"harus kode wilayah desa atau kelurahan (10 angka)", "must be the area code of a village (10 digits)", ErrInvalidArea},
	{"enum", parsedAs(nil),
		"berisi nilai yang tidak dikenal", "holds an unknown value", ErrInvalidField},
	{"dgt", decimalCmp(func(c int) bool { return c > 0 }),
		"harus lebih dari {0}", "must be greater than {0}", ErrInvalidAmount},
	{"dgte", decimalCmp(func(c int) bool { return c >= 0 }),
		"harus paling sedikit {0}", "must be at least {0}", ErrInvalidAmount},
	{"dlt", decimalCmp(func(c int) bool { return c < 0 }),
		"harus kurang dari {0}", "must be less than {0}", ErrInvalidAmount},
	{"dlte", decimalCmp(func(c int) bool { return c <= 0 }),
		"harus paling banyak {0}", "must be at most {0}", ErrInvalidAmount},
}

// builtinTexts are the messages of the validator's own tags that this
// package's structs use, replacing the validator's translations, which
// name the field ("nik wajib diisi"): a problem's message says what is
// wrong, and its field says where ([problem.Error.Message] shows both).
// {0} is the tag's parameter.
var builtinTexts = []struct{ tag, id, en string }{
	{"required", "wajib diisi", "is required"},
	{"max", "paling panjang {0} karakter", "must have at most {0} characters"},
	{"printascii", "hanya boleh berisi huruf, angka dan tanda baca ASCII", "may only contain printable ASCII characters"},
}

// parsedAs returns a validation that accepts a value whose IsValid method
// reports true, or a string that parse accepts.
func parsedAs(parse func(string) error) validator.Func {
	return func(fl validator.FieldLevel) bool {
		f := fl.Field()
		if v, ok := f.Interface().(interface{ IsValid() bool }); ok {
			return v.IsValid()
		}
		if f.Kind() == reflect.String && parse != nil {
			return parse(f.String()) == nil
		}
		return false
	}
}

// areaAt returns a validation that accepts an area code at the given level,
// or at any level when level is zero.
func areaAt(level region.Level) validator.Func {
	return func(fl validator.FieldLevel) bool {
		f := fl.Field()
		c, ok := f.Interface().(region.Code)
		if !ok {
			if f.Kind() != reflect.String {
				return false
			}
			var err error
			if c, err = region.Parse(f.String()); err != nil {
				return false
			}
		}
		return c.IsValid() && (level == 0 || c.Level() == level)
	}
}

// decimalCmp returns a validation that compares a decimal field with the
// tag's parameter and accepts it when ok(comparison) holds.
func decimalCmp(ok func(int) bool) validator.Func {
	return func(fl validator.FieldLevel) bool {
		limit, err := decimal.NewFromString(fl.Param())
		if err != nil {
			return false
		}
		f := fl.Field()
		d, isDecimal := f.Interface().(decimal.Decimal)
		if !isDecimal {
			if f.Kind() != reflect.String {
				return false
			}
			if d, err = decimal.NewFromString(f.String()); err != nil {
				return false
			}
		}
		return ok(d.Cmp(limit))
	}
}

// check validates the struct tags of s and returns every failure as a
// problem, with field paths in JSON names relative to s.
func check(s any) problem.List {
	c, err := sharedChecker()
	if err != nil {
		return problem.List{problem.New(err, "internal", "", "", err.Error(), err.Error())}
	}
	err = c.v.Struct(s)
	var fes validator.ValidationErrors
	if !errors.As(err, &fes) {
		var l problem.List
		l.Add(err)
		return l
	}
	l := make(problem.List, 0, len(fes))
	top := reflect.Indirect(reflect.ValueOf(s)).Type().Name() + "."
	for _, fe := range fes {
		// The namespace starts with the Go name of s: drop it.
		field := strings.TrimPrefix(fe.Namespace(), top)
		l = append(l, problem.New(sentinelOf(fe.Tag()), problem.Code("validate."+fe.Tag()), field, valueOf(fe),
			fe.Translate(c.id), fe.Translate(c.en)))
	}
	return l
}

func sentinelOf(tag string) error {
	if tag == "required" {
		return ErrRequired
	}
	for _, t := range tags {
		if t.tag == tag {
			return t.err
		}
	}
	return ErrInvalidField
}

// valueOf shows a failing value in an error. Types of this package print
// themselves masked; a string checked by one of this package's tags is
// masked the same way (nik, kpj, phone) or cut short (area codes, amounts);
// any other free text is left out, since it may be personal.
func valueOf(fe validator.FieldError) string {
	switch v := fe.Value().(type) {
	case NIK, KPJ, Phone, region.Code, decimal.Decimal, Segment, Payer, BusinessScale, ProgramSet:
		return problem.Clip(v.(interface{ String() string }).String())
	case string:
		switch fe.Tag() {
		case "nik", "phone":
			return problem.MaskInput(v, 4)
		case "kpj":
			return problem.MaskInput(v, 2)
		case "area", "village", "dgt", "dgte", "dlt", "dlte":
			return problem.Clip(v)
		}
	}
	return ""
}
