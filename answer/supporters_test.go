package answer

import (
	"testing"

	"github.com/alliances-project/alliances/edtf"
)

func TestUnionDays(t *testing.T) {
	r := func(a, b string) edtf.Range {
		x, _ := edtf.ParseDay(a)
		y, _ := edtf.ParseDay(b)
		return edtf.Range{First: x, Last: y}
	}
	w := r("2001-01-01", "2010-12-31")
	// 2001-2005 and 2006-2010 cover the whole decade: 3652 days (two leap years, 2004
	// and 2008); an overlapping third range adds nothing; one outside the window neither.
	got := unionDays([]edtf.Range{r("2006-01-01", "2010-12-31"), r("2001-01-01", "2005-12-31"), r("2003-01-01", "2007-12-31"), r("1990-01-01", "1995-12-31")}, w)
	if got != 3652 {
		t.Errorf("union = %d days, want 3652", got)
	}
}
