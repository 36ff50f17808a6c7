//go:build zzdebug

package extract_test

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/casefile"
	"github.com/alliances-project/alliances/cases"
	"github.com/alliances-project/alliances/extract"
)

// ZS="slugs" ZO=out: how often a meaning-preserving change to a sentence loses a tie the
// reader found in it.
func TestZZProbe(t *testing.T) {
	reg, _ := cases.Registry()
	rules := extract.DefaultRules()
	pad := " This sentence only makes the paragraph long enough to count as one of the body."
	out, _ := os.Create(os.Getenv("ZO"))
	defer out.Close()
	type tr struct {
		name string
		f    func(s, subj, obj string) string
	}
	insertAfter := func(s, name, ins string) string {
		i := strings.Index(s, name)
		if i < 0 {
			return ""
		}
		j := i + len(name)
		// Only a name that a word in small letters follows, not inside a list: "Barzani
		// met", "armed the Taliban in".
		if j+2 >= len(s) || s[j] != ' ' || s[j+1] < 'a' || s[j+1] > 'z' || strings.HasPrefix(s[j:], " and ") || strings.HasPrefix(s[j:], " or ") ||
			i >= 2 && (s[i-2] == ',' || strings.HasSuffix(s[:i], " and ") || strings.HasSuffix(s[:i], " and the ")) {
			return ""
		}
		return s[:j] + ins + s[j:]
	}
	atStart := func(s, name string) bool {
		return strings.HasPrefix(s, name+" ") || strings.HasPrefix(s, "The "+name+" ") || strings.HasPrefix(s, "the "+name+" ")
	}
	trs := []tr{
		{"start-apposition", func(s, a, b string) string {
			if !atStart(s, a) {
				return ""
			}
			return insertAfter(s, a, ", long a force in the region,")
		}},
		{"start-who", func(s, a, b string) string {
			if !atStart(s, a) {
				return ""
			}
			return insertAfter(s, a, ", who had long been a force in the region,")
		}},
		{"start-brackets", func(s, a, b string) string {
			if !atStart(s, a) {
				return ""
			}
			return insertAfter(s, a, " (see above)")
		}},
		{"subj-aside-brackets", func(s, a, b string) string { return insertAfter(s, a, " (in exile)") }},
		{"obj-aside-brackets", func(s, a, b string) string { return insertAfter(s, b, " (in exile)") }},
		{"subj-apposition", func(s, a, b string) string { return insertAfter(s, a, ", a group based in the north,") }},
		{"obj-apposition", func(s, a, b string) string { return insertAfter(s, b, ", a group based in the north,") }},
		{"subj-relative", func(s, a, b string) string { return insertAfter(s, a, ", which had been founded long before,") }},
		{"lead-time", func(s, a, b string) string {
			if strings.HasPrefix(s, "In ") || strings.HasPrefix(s, "On ") {
				return ""
			}
			return "In those years, " + strings.ToLower(s[:1]) + s[1:]
		}},
		{"adverb-reportedly", func(s, a, b string) string { return insertAfter(s, a, " reportedly") }},
	}
	lost, tried := map[string]int{}, map[string]int{}
	for _, slug := range strings.Fields(os.Getenv("ZS")) {
		dir := "testdata/reports/"
		data, _ := os.ReadFile(dir + slug + ".yaml")
		rec, _ := casefile.Parse(slug+".yaml", data)
		text, _ := os.ReadFile(dir + slug + ".txt")
		names := map[string][]string{}
		for _, a := range append(rec.Actors, reg.Actors...) {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if len(n) >= 3 && n[0] >= 'A' && n[0] <= 'Z' {
					names[a.ID] = append(names[a.ID], n)
				}
			}
		}
		doc := extract.Read(slug+".txt", string(text), rules)
		rd := extract.AnnotationReader(rules, rec, reg.Actors)
		gold := extract.Annotation(rec, "report-"+slug)
		for _, p := range rd.Read(doc) {
			if p.Confidence < 0.5 {
				continue
			}
			pt := p.Tie
			ok := false
			for _, g := range gold {
				if (g.Subject == pt.Subject && g.Object == pt.Object || g.Subject == pt.Object && g.Object == pt.Subject) && g.Kind == pt.Kind {
					ok = true
				}
			}
			if !ok {
				continue
			}
			sent := strings.TrimSpace(p.Quote)
			key := pt.Subject + " " + string(pt.Kind) + " " + pt.Object
			read := func(s string) (found bool) {
				defer func() {
					if r := recover(); r != nil {
						fmt.Println("PANIC", slug, r, s)
						found = true
					}
				}()
				r := extract.AnnotationReader(rules, rec, reg.Actors)
				for _, q := range r.Read(extract.Read("x.txt", "Title\n\n"+s+pad, rules)) {
					if q.Confidence >= 0.5 && q.Tie.Subject+" "+string(q.Tie.Kind)+" "+q.Tie.Object == key {
						return true
					}
				}
				return false
			}
			if !read(sent) {
				continue
			}
			find := func(id string) string {
				for _, n := range names[id] {
					if regexp.MustCompile(`\b` + regexp.QuoteMeta(n) + `\b`).MatchString(sent) {
						return n
					}
				}
				return ""
			}
			a, b := find(pt.Subject), find(pt.Object)
			if a == "" || b == "" {
				continue
			}
			for _, x := range trs {
				s2 := x.f(sent, a, b)
				if s2 == "" {
					continue
				}
				tried[x.name]++
				if !read(s2) {
					lost[x.name]++
					fmt.Fprintf(out, "%s\t%s\t%s\t%s\n", x.name, slug, key, s2)
				}
			}
		}
	}
	var ks []string
	for k := range tried {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("%-22s lost %4d of %4d (%.2f)\n", k, lost[k], tried[k], float64(lost[k])/float64(tried[k]))
	}
	_ = alliances.Reported
}
