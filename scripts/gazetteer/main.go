// Command gazetteer writes the list of armed groups the text reader knows by name when it
// reads a report into a new case (extract/ucdp-actors.tsv), from the UCDP Actor Dataset
// (version 22.1, CC BY 4.0): every formally organized group (organizational level 1),
// with the names UCDP gives it (in the data, at its start and after a change, in the
// original and in English); a group renamed has a line for its names before and one for
// those after.
//
//	go run ./scripts/gazetteer -in ../shared/data/ucdp/ucdp-actor-221.csv > extract/ucdp-actors.tsv
//
// A name is kept where it reads as a proper name: every word of it capitalized but the
// small words that link a name's words ("of", "for", "al-"), no parentheses, and not one
// of the common words UCDP uses as a name ("Elements", "Outlaws"). Abbreviations are kept;
// the reader decides when to trust them.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// common are words UCDP names groups by that prose uses as plain words.
var common = map[string]bool{"Elements": true, "Outlaws": true, "Neutralists": true, "Counterrevolutionaries": true,
	"Ninjas": true, "Cobras": true, "Maidan": true, "Greenlanders": true, "Rebels": true, "Mujahideen": true,
	"Opposition": true, "Insurgents": true, "Militants": true, "Islamists": true, "Union": true, "Jama'at": true,
	"Spanish": true, "Zaïrois": true, "People's Army": true}

// links are the small words inside names.
var links = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true, "de": true, "du": true, "des": true,
	"la": true, "le": true, "les": true, "del": true, "y": true, "e": true, "i": true, "wa": true, "wal": true, "al": true,
	"el": true, "ul": true, "to": true, "on": true, "ad": true, "ash": true, "as": true, "an": true, "at": true, "ar": true, "az": true}

func main() {
	in := flag.String("in", "", "the UCDP Actor Dataset as CSV (ucdp-actor-221.csv)")
	flag.Parse()
	if *in == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*in, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	header, err := r.Read()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, need := range []string{"ActorId", "NameData", "NameOrig", "NameOrigFullEng", "NewName", "NewNameFullEng", "NameChange", "Org"} {
		if _, ok := col[need]; !ok {
			return fmt.Errorf("%s: no column %s: expected the UCDP Actor Dataset 22.1", path, need)
		}
	}
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "# Armed groups by name, from the UCDP Actor Dataset 22.1 (Uppsala Conflict Data Program, CC BY 4.0;")
	fmt.Fprintln(w, "# Davies, Pettersson and Öberg (2022), Organized violence 1989-2021 and drone warfare, Journal of Peace")
	fmt.Fprintln(w, "# Research 59(4); Pettersson (2022), UCDP Actor Dataset Codebook v 22.1): its formally organized groups, each with")
	fmt.Fprintln(w, "# its UCDP actor id, the name to show and the names UCDP gives it (a group renamed: two lines, before and after).")
	fmt.Fprintln(w, "# Written by scripts/gazetteer; do not edit by hand.")
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if rec[col["Org"]] != "1" {
			continue
		}
		// A group renamed has two lines, its names before and after: the MNLA was not
		// the coalition UCDP codes under its id later (the CMA), though UCDP keeps one id.
		// The names in the group's own language come last: reports write some so ("the
		// Khmer Rouge", "Lashkar-e-Taiba").
		sets := [][]string{{"NewNameFullEng", "NameOrigFullEng", "NameData", "NewName", "NameOrig", "NameOrigFull", "NewNameFullMotherTongue"}}
		if rec[col["NameChange"]] == "1" {
			sets = [][]string{{"NameOrigFullEng", "NameOrig", "NameOrigFull"}, {"NewNameFullEng", "NewName", "NameData", "NewNameFullMotherTongue"}}
		}
		for _, set := range sets {
			var names []string
			for _, c := range set {
				i, ok := col[c]
				if !ok {
					continue // the names in the group's language are optional
				}
				for _, n := range split(strings.ReplaceAll(rec[i], "’", "'")) {
					if !slices.Contains(names, n) {
						names = append(names, n)
					}
				}
			}
			if len(names) == 0 {
				continue
			}
			// The name to show: the first English name of more than one word, else the first.
			show := names[0]
			for _, n := range names {
				if strings.Contains(n, " ") {
					show = n
					break
				}
			}
			fmt.Fprintf(w, "%s\t%s\t%s\n", rec[col["ActorId"]], show, strings.Join(names, "|"))
		}
	}
	return w.Flush()
}

// split returns the names a field gives: one, or several after commas ("FUNK, KR"),
// where each reads as a proper name of its own: it opens with a capital or a digit and
// is an abbreviation or of more than one word. A comma inside one name ("United
// National Front for an Independent, Neutral, Peaceful and Cooperative Cambodia") makes
// the field none; so does one name that does not read as a proper name.
func split(field string) []string {
	var names []string
	for n := range strings.SplitSeq(field, ", ") {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || n == "n/a" {
			continue
		}
		if !proper(n) {
			return nil
		}
		if r, _ := utf8.DecodeRuneInString(n); strings.Contains(field, ", ") &&
			(!unicode.IsUpper(r) && !unicode.IsDigit(r) || !strings.Contains(n, " ") && strings.ToUpper(n) != n) {
			return nil
		}
		names = append(names, n)
	}
	return names
}

// proper reports whether a name reads as a proper name.
func proper(n string) bool {
	if strings.ContainsAny(n, "()[]:;,\"") || common[n] {
		return false
	}
	for _, w := range strings.Fields(n) {
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' }) {
			r, _ := utf8.DecodeRuneInString(part)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !links[strings.ToLower(part)] {
				return false
			}
		}
	}
	return true
}
