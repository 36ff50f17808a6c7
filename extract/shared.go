package extract

import (
	"slices"
	"strings"
)

// sharedHeads adds the actors named by a list of qualifiers that share one noun: "various
// Turkmen Muslim, Assyrian Christian, Yezidi, Shabaki, and Armenian Christian forces" names
// the Turkmen Muslim forces, the Assyrian Christian forces, and so on, where the record
// knows them by those names. A qualifier that names another actor alone ("Yezidi" for the
// Yazidis) gives way to the actor the whole names.
func (rd *Reader) sharedHeads(ts []token, ms []mention) []mention {
	var more []mention
	gone := map[int]bool{} // the mentions the list's own names replace
	for h := 2; h < len(ts); h++ {
		if !sharedNouns[ts[h].word] || ts[h].upper {
			continue
		}
		head := spelling(ts[h].word)
		var found []mention
		segments := 0
		for j := h; j > 0; {
			i := j
			for i > 0 && ts[i-1].upper && (i == j || !strings.ContainsAny(ts[i].pre, ",;:()")) {
				i--
			}
			if i == j {
				break
			}
			segments++
			if id := rd.headedName(ts, i, j, head, false); id != "" {
				found = append(found, mention{id, i, j})
			}
			// On to the qualifier before: after ", ", " and " or ", and ".
			switch {
			case i >= 2 && ts[i-1].word == "and" && !strings.ContainsAny(ts[i-1].pre, ";:()"):
				j = i - 1
			case strings.Contains(ts[i].pre, ",") && !strings.ContainsAny(ts[i].pre, ";:()"):
				j = i
			default:
				j = 0
			}
		}
		if segments < 2 {
			continue // one qualifier: the name itself, read with the others
		}
		for _, f := range found {
			for k, m := range ms {
				if m.first < f.end && m.end > f.first {
					gone[k] = true
				}
			}
			more = append(more, f)
		}
	}
	if len(more) == 0 {
		return ms
	}
	var out []mention
	for k, m := range ms {
		if !gone[k] {
			out = append(out, m)
		}
	}
	out = append(out, more...)
	slices.SortFunc(out, func(a, b mention) int { return a.first - b.first })
	return out
}

// sharedNouns are the plural nouns a list of qualifiers may share.
var sharedNouns = map[string]bool{"forces": true, "militias": true, "fighters": true, "groups": true, "troops": true,
	"units": true, "brigades": true, "factions": true, "parties": true, "militiamen": true, "soldiers": true}

// headedName returns the actor the words [i, j) name with a head noun after them ("Turkmen
// Muslim" and "forces"; "Uyghurs" and "jihadists", a plural's "s" dropped where plural
// says so), or "" where none, or several, is named so.
func (rd *Reader) headedName(ts []token, i, j int, head string, plural bool) string {
	words := make([]string, 0, j-i+1)
	for k := i; k < j; k++ {
		words = append(words, spelling(ts[k].word))
	}
	if plural {
		words[len(words)-1] = strings.TrimSuffix(words[len(words)-1], "s")
	}
	if id, ok := rd.names[strings.Join(append(words, head), " ")]; ok && !strings.HasPrefix(id, "@") {
		return id
	}
	return ""
}
