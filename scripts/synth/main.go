// Command synth writes a synthetic case as the five CSV tables `alliances import` reads,
// for measuring the store and the analyses at scale: n actors, five ties for each (ties
// = 5n), of mixed kinds, statuses and valid times between 1990 and 2021, each citing one
// or two of 100 sources at mixed credibilities, and n/10 events. The same -n and -seed
// always write the same tables. It writes as it goes, so memory stays small whatever n.
//
//	go run ./scripts/synth -n 200000 -out /tmp/synth-1e6
//	alliances import --case synth /tmp/synth-1e6/*.csv
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	n := flag.Int("n", 20000, "number of `actors`; the case has five ties for each")
	out := flag.String("out", "", "`directory` to write sources.csv, actors.csv, ties.csv, citations.csv and events.csv to")
	seed := flag.Uint64("seed", 1, "random `seed`")
	flag.Parse()
	if *out == "" || *n < 2 {
		flag.Usage()
		fmt.Fprintln(os.Stderr, "synth: -out is required and -n must be at least 2")
		os.Exit(2)
	}
	if err := write(*out, *n, rand.New(rand.NewPCG(*seed, 0x5eed))); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

// table is one CSV file being written.
type table struct {
	f *os.File
	b *bufio.Writer
	w *csv.Writer
}

func create(dir, name string, header ...string) (*table, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	b := bufio.NewWriterSize(f, 1<<20)
	t := &table{f: f, b: b, w: csv.NewWriter(b)}
	return t, t.w.Write(header)
}

func (t *table) close() error {
	t.w.Flush()
	if err := t.w.Error(); err != nil {
		t.f.Close()
		return err
	}
	if err := t.b.Flush(); err != nil {
		t.f.Close()
		return err
	}
	return t.f.Close()
}

const sources = 100

var (
	alignment  = []string{"alliance", "support", "cooperation", "favour", "rivalry", "hostility", "opposition", "coercion"}
	agreements = []string{"cease-fire", "non-aggression", "peace-deal", "business-deal", "defection-deal", "power-sharing"}
	statuses   = []string{"reported", "reported", "reported", "alleged", "confirmed", "disputed"}
	actorKinds = []string{"state", "armed-group", "party", "faction", "militia"}
)

func write(dir string, n int, rng *rand.Rand) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src, err := create(dir, "sources.csv", "id", "title", "author", "publisher", "date", "url", "kind", "reliability", "note")
	if err != nil {
		return err
	}
	for i := range sources {
		rel := string(rune('A' + i%5))
		src.w.Write([]string{fmt.Sprintf("s%d", i), fmt.Sprintf("Source %d", i), "", "", "2020", "", "analysis", rel, ""})
	}
	if err := src.close(); err != nil {
		return err
	}
	act, err := create(dir, "actors.csv", "id", "name", "aliases", "kind", "country", "province", "tags", "external", "note")
	if err != nil {
		return err
	}
	for i := range n {
		act.w.Write([]string{actor(i), fmt.Sprintf("Actor %d", i), fmt.Sprintf("A%d", i), actorKinds[i%len(actorKinds)], "", "", "", "", ""})
	}
	if err := act.close(); err != nil {
		return err
	}
	cites, err := create(dir, "citations.csv", "claim", "source", "locator", "credibility", "attributed_to", "stance", "note")
	if err != nil {
		return err
	}
	if err := writeTies(dir, n, rng, cites); err != nil {
		cites.close()
		return err
	}
	if err := writeEvents(dir, n, rng, cites); err != nil {
		cites.close()
		return err
	}
	return cites.close()
}

func actor(i int) string { return "a" + strconv.Itoa(i) }

// writeTies writes five ties for each actor, to other actors drawn at random, with
// their citations.
func writeTies(dir string, n int, rng *rand.Rand, cites *table) error {
	ties, err := create(dir, "ties.csv", "id", "subject", "object", "kind", "type", "sign", "directed", "forms", "third",
		"role", "valid", "intensity", "rank", "status", "basis", "note")
	if err != nil {
		return err
	}
	for i := range n {
		for k := range 5 {
			id := fmt.Sprintf("t%d-%d", i, k)
			j := rng.IntN(n - 1)
			if j >= i {
				j++
			}
			kind, typ := alignment[rng.IntN(len(alignment))], ""
			switch r := rng.IntN(20); {
			case r == 0:
				kind, typ = "agreement", agreements[rng.IntN(len(agreements))]
			case r == 1:
				kind = "negotiation"
			}
			intensity := ""
			if rng.IntN(2) == 0 {
				intensity = strconv.Itoa(1 + rng.IntN(5))
			}
			basis := "stated"
			if rng.IntN(4) == 0 {
				basis = "inferred"
			}
			ties.w.Write([]string{id, actor(i), actor(j), kind, typ, "", "", "", "", "", valid(rng), intensity, "",
				statuses[rng.IntN(len(statuses))], basis, ""})
			for c := range 1 + rng.IntN(2) {
				stance := "asserts"
				if c == 1 && rng.IntN(3) == 0 {
					stance = "denies"
				}
				cites.w.Write([]string{id, fmt.Sprintf("s%d", rng.IntN(sources)), fmt.Sprintf("p. %d", 1+rng.IntN(300)),
					strconv.Itoa(1 + rng.IntN(6)), "", stance, ""})
			}
		}
	}
	return ties.close()
}

// valid draws a valid time between 1990 and 2021: a year, an interval of years or of
// months, some uncertain or approximate, some open-ended.
func valid(rng *rand.Rand) string {
	y := 1990 + rng.IntN(32)
	switch rng.IntN(6) {
	case 0:
		return strconv.Itoa(y)
	case 1:
		return fmt.Sprintf("%d~", y)
	case 2:
		m := rng.IntN(12) // months from January 1990, so that the end never comes before the start
		first, last := y*12+m, min(y*12+m+rng.IntN(36), 2021*12+11)
		return fmt.Sprintf("%d-%02d/%d-%02d", first/12, first%12+1, last/12, last%12+1)
	case 3:
		return fmt.Sprintf("%d/..", y)
	}
	return fmt.Sprintf("%d/%d", y, min(y+1+rng.IntN(6), 2021))
}

// writeEvents writes n/10 events, each between two actors and citing one source.
func writeEvents(dir string, n int, rng *rand.Rand, cites *table) error {
	ev, err := create(dir, "events.csv", "id", "title", "date", "type", "actors", "note")
	if err != nil {
		return err
	}
	for i := range max(1, n/10) {
		a, b := rng.IntN(n), rng.IntN(n)
		date := fmt.Sprintf("%d-%02d-%02d", 1990+rng.IntN(32), 1+rng.IntN(12), 1+rng.IntN(28))
		ev.w.Write([]string{fmt.Sprintf("e%d", i), fmt.Sprintf("Event %d", i), date, "", actor(a) + ";" + actor(b), ""})
		cites.w.Write([]string{fmt.Sprintf("e%d", i), fmt.Sprintf("s%d", rng.IntN(sources)), "", strconv.Itoa(1 + rng.IntN(6)), "", "asserts", ""})
	}
	return ev.close()
}
