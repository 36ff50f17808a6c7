package datasets

import (
	_ "embed"
	"encoding/csv"
	"strings"
	"sync"

	"github.com/alliances-project/alliances"
)

// subdivisions.csv lists ISO 3166-2 codes of first-level subdivisions with the names
// data sets give them: Afghanistan's provinces, from Natural Earth's admin-1 polygons
// (public domain), their names and alternative spellings.
//
//go:embed subdivisions.csv
var subdivisionsCSV string

var subdivisions = sync.OnceValue(func() map[string]string {
	rows, err := csv.NewReader(strings.NewReader(subdivisionsCSV)).ReadAll()
	if err != nil {
		panic(err) // embedded at build time
	}
	m := map[string]string{}
	for _, r := range rows[1:] {
		country := r[0][:2]
		for n := range strings.SplitSeq(r[1], "|") {
			m[country+" "+alliances.Fold(n)] = r[0]
		}
	}
	return m
})

// place returns how an event's place reads in a note: the subdivision's name, with its
// ISO 3166-2 code where the table knows it. One string a place, whatever the rows.
func (b *builder) place(country, name string) string {
	k := country + "\x00" + name
	if p, ok := b.places[k]; ok {
		return p
	}
	p := strings.Clone(name)
	if code := Subdivision(country, name); code != "" {
		p += " (" + code + ")"
	}
	if b.places == nil {
		b.places = map[string]string{}
	}
	b.places[k] = p
	return p
}

// Subdivision returns the ISO 3166-2 code of a first-level subdivision named in a
// country (its ISO 3166-1 alpha-2 code), or "" when the table does not know it.
func Subdivision(country, name string) string {
	return subdivisions()[strings.ToUpper(country)+" "+alliances.Fold(name)]
}
