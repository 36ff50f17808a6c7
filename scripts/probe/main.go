// Command probe measures how the text reader holds up when a sentence it reads is
// changed in a way that keeps its meaning. For each tie the reader finds in a report of
// extract/testdata/reports, read knowing the annotation's actors, it takes the sentence
// the tie comes from, reads it again alone (where the tie must still be found), then
// reads each change of it that applies:
//
//   - where the tie's subject opens the sentence (or follows a time that opens it, for
//     the asides and the adverb), an aside after it in commas ("Tanner,
//     long a force in the region, led"), a relative clause there ("Tanner, who had long
//     been a force in the region, led"), an aside in brackets ("Tanner (see above) led"),
//     an adverb ("Tanner also led"), "had" before a verb in -ed ("Tanner had founded"),
//     the passive where the object follows such a verb ("The Guard was armed by Tanner"),
//     and the subject named in a sentence before and referred to by a pronoun or by a
//     noun of its kind ("Tanner had long been a force in the region. He led", "The
//     group led");
//   - a phrase of time or a word set before the sentence ("In those years, the army
//     took", "Meanwhile, the army took"), where it does not open with a phrase of its
//     own;
//   - a clause after it (", and the war went on");
//   - an aside in commas after the tie's object, where a preposition or the full stop
//     follows it ("drove the Houthis, long active in the region, from Aden").
//
// It prints, for each change, how many of the ties it was tried on were lost, and with
// -v each sentence that lost one.
//
//	go run ./scripts/probe                  # every report
//	go run ./scripts/probe -v chad-2005     # one report, its losses shown
package main

import (
	"cmp"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
)

// change is one rewriting of a sentence that keeps its meaning; it returns "" where it
// does not apply.
type change struct {
	name  string
	apply func(t target) string
}

// target is a sentence whose tie the reader finds: subject is the name that opens it
// ("" where none does) and object the one place the tie's object is named in it ("" where
// it is named other than once).
type target struct {
	sentence, subject, object string
	inner                     string // the subject's name after an opening time ("In 1990 Tanner led")
	kind                      string // the subject's kind of actor
	text                      string // the whole report
}

// auxiliary sets "had" before the verb after the subject that opens the sentence, where
// it ends in "-ed": "Tanner had armed".
func auxiliary(t target) string {
	if t.subject == "" {
		return ""
	}
	rest := strings.TrimPrefix(t.sentence, t.subject+" ")
	verb, _, _ := strings.Cut(rest, " ")
	if !strings.HasSuffix(verb, "ed") || len(verb) < 5 {
		return ""
	}
	return t.subject + " had " + rest
}

// passive turns "Tanner armed the Guard in 1918" into "The Guard was armed by Tanner in
// 1918", where the verb after the subject that opens the sentence ends in "-ed" and the
// object follows it.
func passive(t target) string {
	if t.subject == "" || t.object == "" {
		return ""
	}
	rest := strings.TrimPrefix(t.sentence, t.subject+" ")
	verb, rest, _ := strings.Cut(rest, " ")
	object := t.object
	if strings.HasPrefix(rest, "the "+object) {
		object = "the " + object
	}
	rest, ok := strings.CutPrefix(rest, object)
	if !ok || !strings.HasSuffix(verb, "ed") || len(verb) < 5 || rest != "" && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, ",") && rest != "." {
		return ""
	}
	subject := t.subject
	if s, ok := strings.CutPrefix(subject, "The "); ok {
		subject = "the " + s
	}
	if s, ok := strings.CutPrefix(object, "the "); ok {
		object = "The " + s
	}
	return object + " was " + verb + " by " + subject + rest
}

// referred names the subject in a sentence before and refers to it in the sentence by
// the words given for its kind of actor: "Tanner had long been a force in the region. He
// led".
func referred(words map[string]string) func(t target) string {
	return func(t target) string {
		with := words[t.kind]
		if t.subject == "" || with == "" {
			return ""
		}
		return t.subject + " had long been a force in the region. " + with + strings.TrimPrefix(t.sentence, t.subject)
	}
}

// afterSubject sets with after the subject that opens the sentence, or that follows
// the time that opens it.
func afterSubject(with string) func(t target) string {
	return func(t target) string {
		name := cmp.Or(t.subject, t.inner)
		if name == "" {
			return ""
		}
		return strings.Replace(t.sentence, name, name+with, 1)
	}
}

// fronted sets a phrase before the sentence, the sentence's first word in small letters
// where the text writes it so elsewhere and never in capitals within a sentence. It does not apply where the sentence opens with
// a phrase of its own, a word in small letters or a preposition.
func fronted(phrase string) func(t target) string {
	return func(t target) string {
		first, rest, _ := strings.Cut(t.sentence, " ")
		if first == "" || !unicode.IsUpper([]rune(first)[0]) || prepositions[strings.ToLower(first)] || openers[strings.ToLower(first)] {
			return ""
		}
		small := strings.ToLower(first)
		if strings.Contains(t.text, " "+small+" ") && !regexp.MustCompile(`[a-z,] `+regexp.QuoteMeta(first)+`\b`).MatchString(t.text) {
			first = small
		}
		return phrase + " " + first + " " + rest
	}
}

// trailing sets a phrase at the end of the sentence, before its full stop.
func trailing(phrase string) func(t target) string {
	return func(t target) string {
		body, ok := strings.CutSuffix(t.sentence, ".")
		if !ok {
			return ""
		}
		return body + phrase + "."
	}
}

// afterObject sets an aside after the object's name, in commas, where the name ends the
// sentence or a preposition follows it, and no list runs through it: "armed Tanner, long
// active in the region, in 1990".
func afterObject(t target) string {
	if t.object == "" {
		return ""
	}
	i := strings.Index(t.sentence, t.object)
	j := i + len(t.object)
	before, rest := t.sentence[:i], t.sentence[j:]
	if strings.HasSuffix(before, "and ") || strings.HasSuffix(before, "or ") || strings.HasSuffix(before, ", ") {
		return ""
	}
	if rest == "." {
		return t.sentence[:j] + ", long active in the region" + rest
	}
	word, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	if !strings.HasPrefix(rest, " ") || !prepositions[word] {
		return ""
	}
	return t.sentence[:j] + ", long active in the region," + rest
}

var prepositions = map[string]bool{"in": true, "on": true, "at": true, "with": true, "from": true,
	"to": true, "for": true, "against": true, "after": true, "during": true, "until": true,
	"through": true, "into": true, "across": true, "throughout": true, "since": true, "by": true,
	"under": true, "between": true, "before": true, "within": true, "despite": true}

// openers are the words, besides prepositions, that open a phrase of a sentence's own.
var openers = map[string]bool{"following": true, "as": true, "when": true, "while": true,
	"if": true, "although": true, "though": true, "because": true, "early": true, "late": true}

var changes = []change{
	{"an aside in commas", afterSubject(", long a force in the region,")},
	{"a relative clause", afterSubject(", who had long been a force in the region,")},
	{"an aside in brackets", afterSubject(" (see above)")},
	{"an adverb after it", afterSubject(" also")},
	{"an auxiliary before the verb", auxiliary},
	{"the passive", passive},
	{"a pronoun for it", referred(map[string]string{"individual": "He", "state": "It", "armed-group": "It", "party": "It"})},
	{"a noun for it", referred(map[string]string{"armed-group": "The group", "party": "The party"})},
	{"a time in front", fronted("In those years,")},
	{"a word in front", fronted("Meanwhile,")},
	{"a clause at the end", trailing(", and the war went on")},
	{"an aside after the object", afterObject},
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
		names, kinds := map[string][]string{}, map[string]string{}
		for _, a := range append(rec.Actors, reg.Actors...) {
			kinds[a.ID] = string(a.Kind)
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
			t := target{sentence: strings.TrimSpace(p.Quote), text: string(text)}
			if !finds(t.sentence, key) {
				continue
			}
			t.subject, t.kind = opening(t.sentence, names[p.Tie.Subject]), kinds[p.Tie.Subject]
			if t.subject == "" {
				t.inner = afterTime(t.sentence, names[p.Tie.Subject])
			}
			t.object = once(t.sentence, names[p.Tie.Object])
			for _, c := range changes {
				changed := c.apply(t)
				if changed == "" {
					continue
				}
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

// afterTime returns the name, of those given, that follows the time that opens the
// sentence ("In 1990 Tanner led", "On 5 May 1990, the Guard attacked"), named once, and
// that a word in small letters follows. Else "".
func afterTime(sentence string, names []string) string {
	n := once(sentence, names)
	if n == "" {
		return ""
	}
	i := strings.Index(sentence, n)
	if !openingTime.MatchString(sentence[:i]) || !smallWord.MatchString(strings.TrimPrefix(sentence[i+len(n):], " ")) ||
		!strings.HasPrefix(sentence[i+len(n):], " ") || strings.HasPrefix(sentence[i+len(n):], " and ") {
		return ""
	}
	return n
}

var openingTime = regexp.MustCompile(`^(In|On|By|During|From|Until|Since|At|Early|Late|After|Before) [^,;:()]*\d{4},? (the )?$`)

// once returns the name, of those given, that the sentence names once, as a whole word,
// and no other name of the same actor overlaps. Else "".
func once(sentence string, names []string) string {
	found := ""
	for _, n := range names {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(n) + `\b`)
		switch len(re.FindAllStringIndex(sentence, -1)) {
		case 0:
		case 1:
			if found != "" && !strings.Contains(n, found) && !strings.Contains(found, n) {
				return ""
			}
			if len(n) > len(found) {
				found = n
			}
		default:
			return ""
		}
	}
	return found
}

var smallWord = regexp.MustCompile(`^[a-z]`)
