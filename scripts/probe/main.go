// Command probe measures how the text reader holds up when a sentence it reads is
// changed in a way that keeps its meaning. For each tie the reader finds in a report of
// extract/testdata/reports, read knowing the annotation's actors, it takes the sentence
// the tie comes from, reads it again alone (where the tie must still be found), then
// reads each change of it: an aside after the subject that opens the sentence, set off by
// commas ("Tanner, long a force in the region, led"), a relative clause there ("Tanner,
// who had long been a force in the region, led") and an aside in brackets ("Tanner (see
// above) led"). It prints, for each change, how many of the ties it was tried on were
// lost, and with -v each sentence that lost one.
//
//	go run ./scripts/probe                  # every report
//	go run ./scripts/probe -v chad-2005     # one report, its losses shown
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
)

// change is one rewriting of a sentence whose subject, named s, opens it; "" where it
// does not apply.
type change struct {
	name string
	with string // what is set after the subject
}

var changes = []change{
	{"an aside in commas", ", long a force in the region,"},
	{"a relative clause", ", who had long been a force in the region,"},
	{"an aside in brackets", " (see above)"},
}

// pad makes a sentence read alone long enough to count as a paragraph of the body.
const pad = " This sentence only makes the paragraph long enough to count as one of the body."

func main() {
	log.SetFlags(0)
	verbose := flag.Bool("v", false, "print each sentence that lost its tie")
	dir := flag.String("dir", "extract/testdata/reports", "the `folder` of reports and their annotations")
	flag.Parse()
	slugs := flag.Args()
	if len(slugs) == 0 {
		paths, err := filepath.Glob(filepath.Join(*dir, "*.yaml"))
		if err != nil || len(paths) == 0 {
			log.Fatalf("probe: no annotations in %s (run it from the repository's root)", *dir)
		}
		for _, p := range paths {
			slugs = append(slugs, strings.TrimSuffix(filepath.Base(p), ".yaml"))
		}
	}
	reg, err := cases.Registry()
	if err != nil {
		log.Fatal(err)
	}
	rules := extract.DefaultRules()
	tried, lost := map[string]int{}, map[string]int{}
	for _, slug := range slugs {
		data, err := os.ReadFile(filepath.Join(*dir, slug+".yaml"))
		if err != nil {
			log.Fatalf("probe: %v", err)
		}
		rec, _ := casefile.Parse(slug+".yaml", data) // its ties name the registry's actors, which it does not define
		text, err := os.ReadFile(filepath.Join(*dir, slug+".txt"))
		if err != nil {
			log.Fatalf("probe: %v", err)
		}
		names := map[string][]string{}
		for _, a := range append(rec.Actors, reg.Actors...) {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if len(n) >= 3 && n[0] >= 'A' && n[0] <= 'Z' {
					names[a.ID] = append(names[a.ID], n)
				}
			}
		}
		stated := map[string]bool{}
		for _, g := range extract.Annotation(rec, "report-"+slug) {
			stated[g.Subject+" "+string(g.Kind)+" "+g.Object] = true
			stated[g.Object+" "+string(g.Kind)+" "+g.Subject] = true
		}
		finds := func(s, key string) bool {
			rd := extract.AnnotationReader(rules, rec, reg.Actors)
			for _, p := range rd.Read(extract.Read("probe.txt", "Probe\n\n"+s+pad, rules)) {
				if p.Confidence >= 0.5 && p.Tie.Subject+" "+string(p.Tie.Kind)+" "+p.Tie.Object == key {
					return true
				}
			}
			return false
		}
		rd := extract.AnnotationReader(rules, rec, reg.Actors)
		for _, p := range rd.Read(extract.Read(slug+".txt", string(text), rules)) {
			key := p.Tie.Subject + " " + string(p.Tie.Kind) + " " + p.Tie.Object
			if p.Confidence < 0.5 || !stated[key] {
				continue
			}
			sentence := strings.TrimSpace(p.Quote)
			subject := opening(sentence, names[p.Tie.Subject])
			if subject == "" || !finds(sentence, key) {
				continue
			}
			for _, c := range changes {
				changed := strings.Replace(sentence, subject, subject+c.with, 1)
				tried[c.name]++
				if !finds(changed, key) {
					lost[c.name]++
					if *verbose {
						fmt.Printf("%s\t%s\t%s\t%s\n", c.name, slug, key, changed)
					}
				}
			}
		}
	}
	for _, c := range changes {
		fmt.Printf("%-22s lost %4d of %4d\n", c.name, lost[c.name], tried[c.name])
	}
}

// opening returns the name, of those given, that opens the sentence (after "The"
// perhaps) and that a word in small letters follows, a verb or an adverb: "Tanner led",
// "The Central Rada signed". Else "".
func opening(sentence string, names []string) string {
	for _, n := range names {
		for _, head := range []string{n, "The " + n} {
			rest, ok := strings.CutPrefix(sentence, head+" ")
			if ok && smallWord.MatchString(rest) && !strings.HasPrefix(rest, "and ") && !strings.HasPrefix(rest, "or ") {
				return head
			}
		}
	}
	return ""
}

var smallWord = regexp.MustCompile(`^[a-z]`)
