package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/alliances-project/alliances"
)

// TestRulersTable: every line of the list of rulers is a state's code the rules know, a
// post, the years held in order within 1850 and 2025 (the last empty while held), and
// names; and no name, folded as the reader folds it, is given to heads of two states
// unless its lines are one person's (Mobutu of Congo and of Zaire): a name two rulers of
// two states share would place the wrong one.
func TestRulersTable(t *testing.T) {
	codes := map[string]bool{}
	for _, c := range DefaultRules().States {
		codes[c] = true
	}
	people := map[string]map[string]string{} // folded name -> the first names of the lines that give it -> their codes
	lines := 0
	for n, line := range strings.Split(rulersTable, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines++
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Errorf("rulers.tsv:%d: %d fields, want 5 (code, post, from, to, names)", n+1, len(f))
			continue
		}
		if !codes[f[0]] {
			t.Errorf("rulers.tsv:%d: code %q is no state of the rules", n+1, f[0])
		}
		if f[1] == "" || strings.ToLower(f[1]) != f[1] {
			t.Errorf("rulers.tsv:%d: post %q, want one in lower case", n+1, f[1])
		}
		from, err := strconv.Atoi(f[2])
		if err != nil || from < 1850 || from > 2025 {
			t.Errorf("rulers.tsv:%d: from %q, want a year from 1850 to 2025", n+1, f[2])
		}
		if f[3] != "" {
			if to, err := strconv.Atoi(f[3]); err != nil || to < from || to > 2025 {
				t.Errorf("rulers.tsv:%d: to %q, want a year from %d to 2025, or none", n+1, f[3], from)
			}
		}
		names := strings.Split(f[4], "|")
		for _, name := range names {
			if strings.TrimSpace(name) != name || name == "" {
				t.Errorf("rulers.tsv:%d: name %q, want one with no spaces around it", n+1, name)
			}
			key := spelling(alliances.Fold(name))
			if people[key] == nil {
				people[key] = map[string]string{}
			}
			people[key][names[0]] = f[0]
		}
	}
	if lines < 2000 {
		t.Errorf("the list has %d lines, want the heads of every state since 1945 (2,000 at least)", lines)
	}
	for key, firsts := range people {
		states := map[string]bool{}
		var them []string
		for f, code := range firsts {
			states[code] = true
			them = append(them, f+" of "+code)
		}
		if len(firsts) > 1 && len(states) > 1 {
			t.Errorf("the name %q is given to rulers of %d states (%s): a name must place one state", key, len(states), strings.Join(them, ", "))
		}
	}
}
