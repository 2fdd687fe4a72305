package rupiah_test

import (
	"errors"
	"fmt"

	"github.com/desasadar/jamsos/problem"
	"github.com/desasadar/jamsos/rupiah"
	"github.com/shopspring/decimal"
)

func ExampleFormat() {
	jkkJkm := decimal.NewFromInt(16800)
	fmt.Println(rupiah.Format(jkkJkm, problem.Indonesian))
	fmt.Println(rupiah.Format(jkkJkm, problem.English))
	fmt.Println(rupiah.Format(decimal.RequireFromString("1234567.5"), problem.Indonesian))
	fmt.Println(rupiah.Format(decimal.NewFromInt(-16800), problem.Indonesian))
	// Output:
	// Rp16.800
	// Rp16,800
	// Rp1.234.568
	// -Rp16.800
}

func ExampleOptions_Format() {
	d := decimal.RequireFromString("16800.5")
	fmt.Println(rupiah.Options{Sen: true}.Format(d))
	fmt.Println(rupiah.Options{Lang: problem.English, Sen: true}.Format(d))
	fmt.Println(rupiah.Options{NoSymbol: true}.Format(decimal.NewFromInt(2426640)))
	// Output:
	// Rp16.800,50
	// Rp16,800.50
	// 2.426.640
}

func ExampleWords() {
	for _, s := range []string{"16800", "1011000", "100000000000000", "16800.50"} {
		w, err := rupiah.Words(decimal.RequireFromString(s))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(w)
	}
	// Output:
	// enam belas ribu delapan ratus rupiah
	// satu juta sebelas ribu rupiah
	// seratus triliun rupiah
	// enam belas ribu delapan ratus rupiah lima puluh sen
}

func ExampleParse() {
	for _, s := range []string{"Rp16.800", "Rp. 16.800,-", "IDR 16.800", "-Rp1.234.567,50"} {
		d, err := rupiah.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 16800
	// 16800
	// 16800
	// -1234567.5
}

func ExampleParse_error() {
	_, err := rupiah.Parse("16,800")
	fmt.Println(errors.Is(err, rupiah.ErrGrouping))
	var pe *problem.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Code)
		fmt.Println(pe.Message(problem.English))
	}
	// Output:
	// true
	// rupiah.grouping
	// amount: In Indonesian the comma is the decimal mark; separate thousands with a dot, as in Rp16.800. (16,800)
}
