package extract

// The state a report's conflict is about: the one "the government" and "the army" stand
// for.

import (
	"strings"
	"unicode"

	"github.com/alliances-project/alliances"
)

// mainState returns the state of a report's conflict: the state its title opens on
// ("Syria wrap: ...", but "Turkey in Libya" is Libya's; of two it joins by "and", the one
// whose rebels the text names by its demonym, "Chadian rebels"), else the state whose
// government it names far more often than any other's ("the Malian government"), else the one state
// its title names ("Eastern DRC: The M23 Resurgence", "The Fifteen-Year War: Lebanon,
// 1975-1990") where its body names it too, else the state it names far more often than
// any other (three times at least, and twice as often as the next), or "".
func (rd *Reader) mainState(d *Document) string {
	// The folded text's words: a name is counted where it stands as words of its own,
	// and in the possessive ("Pakistan's", folded "pakistans"). One pass over the words,
	// looking up the runs that open with a state name's first word.
	split := func(text string) []string {
		words := strings.FieldsFunc(alliances.Fold(text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
		})
		for i, w := range words {
			words[i] = spelling(w) // as the names are kept: "Sierra Leone", "Russia"
		}
		return words
	}
	words := split(d.Text)
	names := map[string]string{} // a state's folded name -> its id
	first := map[string]bool{}   // the first words of those names, and their possessives
	longest := 0
	for name, id := range rd.names {
		if rd.kinds[id] == "state" && len(name) >= 3 {
			names[name] = id
			f := strings.Fields(name)
			first[f[0]], first[f[0]+"s"] = true, true
			longest = max(longest, len(f))
		}
	}
	seen := map[string]int{}     // a name -> how often the text names it
	governed := map[string]int{} // a state's id -> how often the text names its government
	rebels := map[string]int{}   // a state's id -> how often the text names its rebels ("Chadian rebels")
	for i, w := range words {
		if i+1 < len(words) && rebelNouns[words[i+1]] {
			if id, ok := names[rd.rules.Aliases[w]]; ok {
				rebels[id]++
			}
		}
		if !first[w] {
			continue
		}
		for n := 1; n <= longest && i+n <= len(words); n++ {
			key := strings.Join(words[i:i+n], " ")
			_, named := names[key]
			if named {
				seen[key]++
			}
			if _, ok := names[strings.TrimSuffix(key, "s")]; ok && strings.HasSuffix(key, "s") {
				key, named = strings.TrimSuffix(key, "s"), true
				seen[key]++
			}
			if named && (i+n < len(words) && ownGovernment[words[i+n]] || i >= 2 && words[i-2] == "government" && words[i-1] == "of") {
				governed[names[key]]++ // "the Malian government", "Mali's regime", "the government of Mali"
			}
		}
	}
	counts := map[string]int{}
	for name, n := range seen {
		if !rd.formed[names[name]] { // not "the Republic of South Maluku" a new case found by its form: a claim, no known state
			counts[names[name]] = max(counts[names[name]], n)
		}
	}
	var tw []string // the title's words
	if len(d.Paragraphs) > 0 {
		title := strings.TrimSpace(d.Text[:d.Paragraphs[0].Start])
		title, _, _ = strings.Cut(strings.TrimLeft(title, "# "), "\n")
		tw = split(title)
	}
	for n := min(longest, len(tw)); n >= 1; n-- {
		// A title that opens on a state's name is about that state's war, whatever powers
		// it names after: "Syria wrap: Assad in Moscow as rebels hold Damascus". Its name,
		// not its people's ("French intervention") nor its capital's, nor a power's abroad
		// ("Turkey in Libya").
		key := strings.Join(tw[:n], " ")
		id, ok := names[key]
		if !ok || counts[id] < 2 || rd.capitals[key] || rd.rules.Aliases[key] != "" {
			continue
		}
		if n < len(tw) && tw[n] == "in" {
			// "Turkey in Libya": the war is the state's after "in".
			for m := min(longest, len(tw)-n-1); m >= 1; m-- {
				if there, ok := names[strings.Join(tw[n+1:n+1+m], " ")]; ok {
					return there
				}
			}
		}
		if n < len(tw) && tw[n] == "and" {
			// "Chad and Sudan after the proxy war": of two states, the one whose rebels the
			// report speaks of is the one whose government it means.
			for m := min(longest, len(tw)-n-1); m >= 1; m-- {
				if other, ok := names[strings.Join(tw[n+1:n+1+m], " ")]; ok && other != id {
					if chosen := clearlyFirst(map[string]int{id: rebels[id], other: rebels[other]}, 1); chosen != "" {
						return chosen
					}
					break
				}
			}
		}
		if n == len(tw) || tw[n] != "in" && tw[n] != "and" {
			return id
		}
	}
	if id := clearlyFirst(governed, 2); id != "" {
		// A report on one state's war names that state's government far more often than any
		// other's, though it may name a foreign power more, in its title too ("French
		// intervention", "French troops", "Paris"): "the government" is the one it names so.
		return id
	}
	in := map[string]bool{} // the states the title names, not by a capital's name ("the Washington Agreement")
	for i := range tw {
		for n := 1; n <= longest && i+n <= len(tw); n++ {
			key := strings.Join(tw[i:i+n], " ")
			if rd.capitals[key] {
				continue
			}
			if i+n < len(tw) && postedBodies[tw[i+n]] {
				continue // "Records of the Liga ..., United States Delegation": a body's place, not the war's
			}
			if id, ok := names[key]; ok {
				in[id] = true
			} else if id, ok := names[strings.TrimSuffix(key, "s")]; ok && strings.HasSuffix(key, "s") {
				in[id] = true
			}
		}
	}
	if len(in) == 1 {
		for id := range in {
			// Not where the body names another state far more often: "Newsletter of the
			// Association of the Kel Aïr in France" is about Niger's war.
			if other := clearlyFirst(counts, 3); counts[id] >= 2 && (other == "" || other == id) {
				return id
			}
		}
	}
	return clearlyFirst(counts, 3)
}

// postedBodies are the nouns of a body a state or an organization keeps abroad, which
// follow the name of the state it is in: "United States Delegation".
var postedBodies = map[string]bool{"delegation": true, "mission": true, "embassy": true, "legation": true, "consulate": true,
	"office": true, "bureau": true}

// rebelNouns are the nouns that, after a state's demonym, name those who fight its
// government: "Chadian rebels".
var rebelNouns = map[string]bool{"rebel": true, "rebels": true, "insurgents": true, "insurgent": true, "guerrillas": true}

// ownGovernment are the nouns that, after a state's name or demonym, name its government:
// "the Malian government", "Syria's regime".
var ownGovernment = map[string]bool{"government": true, "regime": true, "authorities": true}

// clearlyFirst returns the key of counts counted at least least times and twice as often as
// any other, or "".
func clearlyFirst(counts map[string]int, least int) string {
	best, second := "", 0
	for id, n := range counts {
		switch {
		case best == "" || n > counts[best] || n == counts[best] && id < best:
			second = max(second, counts[best])
			best = id
		case n > second:
			second = n
		}
	}
	if best == "" || counts[best] < least || counts[best] < 2*second {
		return ""
	}
	return best
}

// openingState returns the state a paragraph opens on ("In Niger the rebellion took
// longer to end", "In Niger, ..."), whose are "the government" and "the army" there, a
// report on one state's war turning to its neighbour's; else the report's state, main.
// Not a capital: "In Beijing, power passed to President Li" is a city's news.
func (rd *Reader) openingState(ts []token, main string) string {
	if len(ts) < 3 || ts[0].word != "in" {
		return main
	}
	for n := min(4, len(ts)-1); n >= 1; n-- {
		key := make([]string, n)
		for k := range n {
			key[k] = spelling(ts[1+k].word)
		}
		if id, ok := rd.names[strings.Join(key, " ")]; ok && rd.kinds[id] == "state" && !rd.capitals[strings.Join(key, " ")] && ts[1].upper && 1+n < len(ts) && !ts[1+n].possessive &&
			(strings.Contains(ts[1+n].pre, ",") || determiners[ts[1+n].word]) {
			return id
		}
	}
	return main
}

// formedStates returns the states a new case found by their name's form alone, which no
// list of states holds: "the Republic of South Maluku", a separatists' claim.
func formedStates(found []Found) map[string]bool {
	out := map[string]bool{}
	for _, f := range found {
		if f.Actor.Kind == "state" && f.Actor.Country == "" && strings.HasPrefix(f.Why, "an organization's name by its form") {
			out[f.Actor.ID] = true
		}
	}
	return out
}
