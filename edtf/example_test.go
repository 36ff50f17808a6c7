package edtf_test

import (
	"errors"
	"fmt"

	"github.com/alliances-project/alliances/edtf"
)

func Example() {
	for _, s := range []string{"2004-06~/2004-08", "2001-24", "199X", "2016/..", "/2010"} {
		iv := edtf.MustParse(s)
		fmt.Printf("%-17s strict %-21s fuzzy %s\n", iv, iv.Strict(), iv.Fuzzy())
	}

	// An alliance recorded as lasting from 2004 to 2011 was in force on
	// 2008-03-01, whatever the exact dates.
	alliance := edtf.MustParse("2004/2011")
	at, _ := edtf.ParseDay("2008-03-01")
	fmt.Println(alliance.Strict().Contains(at))

	_, err := edtf.Parse("2021-13")
	var se *edtf.SyntaxError
	if errors.As(err, &se) {
		fmt.Println(se.Offset, se.Msg)
	}
	// Output:
	// 2004-06~/2004-08  strict 2004-06-01/2004-08-31 fuzzy 2004-05-01/2004-08-31
	// 2001-24           strict 2001-12-01/2002-02-28 fuzzy 2001-12-01/2002-02-28
	// 199X              strict 1990-01-01/1999-12-31 fuzzy 1990-01-01/1999-12-31
	// 2016/..           strict 2016-01-01/..         fuzzy 2016-01-01/..
	// /2010             strict 2010-01-01/2010-12-31 fuzzy ../2010-12-31
	// true
	// 5 month 13 out of range, expected 01-12 or a season 21-24
}

func ExampleDate_Fuzzy() {
	d, err := edtf.ParseDate("2018~")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Precision(), d.Approximate(), d.Strict(), d.Fuzzy())
	// Output: year true 2018-01-01/2018-12-31 2017-01-01/2019-12-31
}
