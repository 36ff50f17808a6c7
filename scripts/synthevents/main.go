// Command synthevents writes a synthetic file of events in ACLED's format, for measuring
// the ACLED importer at scale (`alliances import --from acled`): n events among a
// thousand organized armed groups (pairs drawn unevenly, as real conflicts are: a few
// pairs fight most), with dates from 2010 to 2022, Afghanistan's provinces, event types
// of every kind and associated actors on one event in ten. The same -n and -seed always
// write the same file. It writes as it goes, so memory stays small whatever n.
//
//	go run ./scripts/synthevents -n 1000000 -out events-1e6.csv
//	alliances import --db bench.db --from acled --case bench events-1e6.csv
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"time"
)

func main() {
	n := flag.Int("n", 100000, "number of `events`")
	out := flag.String("out", "", "the `file` to write")
	seed := flag.Uint64("seed", 1, "random `seed`")
	flag.Parse()
	if *out == "" || *n < 1 {
		flag.Usage()
		fmt.Fprintln(os.Stderr, "synthevents: -out is required and -n must be at least 1")
		os.Exit(2)
	}
	if err := write(*out, *n, rand.New(rand.NewPCG(*seed, 0xac1ed))); err != nil {
		fmt.Fprintln(os.Stderr, "synthevents:", err)
		os.Exit(1)
	}
}

var provinces = []string{"Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab", "Ghazni", "Ghor",
	"Helmand", "Herat", "Jowzjan", "Kabul", "Kandahar", "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman", "Logar", "Nangarhar",
	"Nimruz", "Nuristan", "Paktia", "Paktika", "Panjshir", "Parwan", "Samangan", "Sar-e Pul", "Takhar", "Uruzgan", "Wardak", "Zabul"}

var types = [][2]string{{"Battles", "Armed clash"}, {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
	{"Violence against civilians", "Attack"}, {"Strategic developments", "Arrests"}, {"Riots", "Mob violence"}}

const groups = 1000

func write(path string, n int, r *rand.Rand) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	w.Write([]string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
		"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
		"region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
		"source_scale", "notes", "fatalities", "tags", "timestamp"})
	group := func() string {
		// Zipf-like: group k drawn with weight 1/(k+1).
		k := int(math.Exp(r.Float64()*math.Log(groups+1))) - 1
		return "Armed Group " + strconv.Itoa(min(k, groups-1))
	}
	start := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a, b := group(), group()
		for b == a {
			b = group()
		}
		ty := types[r.IntN(len(types))]
		assoc := ""
		if r.IntN(10) == 0 {
			assoc = group()
		}
		day := start.AddDate(0, 0, r.IntN(13*365))
		prov := provinces[r.IntN(len(provinces))]
		if err := w.Write([]string{"AFG" + strconv.Itoa(i+1), day.Format(time.DateOnly), strconv.Itoa(day.Year()), strconv.Itoa(1 + r.IntN(3)),
			"Political violence", ty[0], ty[1], a, assoc, strconv.Itoa(2 + r.IntN(2)), b, "", "2", "22", "", "4",
			"Caucasus and Central Asia", "Afghanistan", prov, prov, "", prov, "34.5", "69.1", "1", "Synthetic", "National",
			"A synthetic event.", strconv.Itoa(r.IntN(12)), "", "1650000000"}); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}
