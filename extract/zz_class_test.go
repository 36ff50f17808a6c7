//go:build zzdebug

package extract_test

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
)

// ZS="slug slug" ZO=outfile: classify the missed ties of reports.
func TestZZClass(t *testing.T) {
	reg, _ := cases.Registry()
	rules := extract.DefaultRules()
	counts := map[string]int{}
	kinds := map[string]int{}
	out, _ := os.Create(os.Getenv("ZO"))
	defer out.Close()
	for _, slug := range strings.Fields(os.Getenv("ZS")) {
		dir := "testdata/reports/"
		data, _ := os.ReadFile(dir + slug + ".yaml")
		rec, _ := casefile.Parse(slug+".yaml", data)
		text, _ := os.ReadFile(dir + slug + ".txt")
		doc := extract.Read(slug+".txt", string(text), rules)
		rd := extract.AnnotationReader(rules, rec, reg.Actors)
		props := rd.Read(doc)
		gold := extract.Annotation(rec, "report-"+slug)
		names := map[string][]*regexp.Regexp{}
		for _, a := range append(rec.Actors, reg.Actors...) {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if n == "" {
					continue
				}
				names[a.ID] = append(names[a.ID], regexp.MustCompile(`\b`+regexp.QuoteMeta(n)+`\b`))
			}
		}
		for _, g := range gold {
			found, other := false, false
			for _, p := range props {
				if p.Confidence < 0.5 {
					continue
				}
				pt := p.Tie
				pair := pt.Subject == g.Subject && pt.Object == g.Object || pt.Subject == g.Object && pt.Object == g.Subject
				if !pair {
					continue
				}
				if pt.Layer() == g.Layer() && alliances.SignOf(pt.Kind, pt.Type) == alliances.SignOf(g.Kind, g.Type) {
					found = true
				} else {
					other = true
				}
			}
			if found {
				continue
			}
			n := 0
			for _, c := range g.Citations {
				if strings.HasPrefix(c.Locator, "¶") {
					n, _ = strconv.Atoi(strings.TrimPrefix(c.Locator, "¶"))
					break
				}
			}
			class := "noparagraph"
			var sent string
			if n > 0 && n <= len(doc.Paragraphs) {
				pa := doc.Paragraphs[n-1]
				in := func(id, s string) bool {
					for _, re := range names[id] {
						if re.MatchString(s) {
							return true
						}
					}
					return false
				}
				ptext := doc.Text[pa.Start:pa.End]
				sIn, oIn := in(g.Subject, ptext), in(g.Object, ptext)
				switch {
				case !sIn && !oIn:
					class = "neither-named"
				case !sIn || !oIn:
					class = "one-named"
				default:
					class = "diff-sentence"
					for _, sp := range pa.Sentences {
						s := doc.Text[sp.Start:sp.End]
						if in(g.Subject, s) && in(g.Object, s) {
							class = "same-sentence"
							sent = s
							break
						}
					}
					if class == "diff-sentence" {
						sent = ptext
					}
				}
				if class == "one-named" || class == "neither-named" {
					sent = ptext
				}
			}
			if other {
				class = "other-layer-sign:" + class
			}
			counts[class]++
			kinds[class+" "+string(g.Kind)]++
			fmt.Fprintf(out, "%s\t%s\t¶%d\t%s %s %s\t%s\n", class, slug, n, g.Subject, g.Kind, g.Object, strings.ReplaceAll(sent, "\n", " "))
		}
	}
	var ks []string
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, counts[k])
	}
	ks = ks[:0]
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return kinds[ks[i]] > kinds[ks[j]] })
	for _, k := range ks[:min(30, len(ks))] {
		fmt.Println("  ", k, kinds[k])
	}
}
