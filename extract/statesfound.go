package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The states a report names, found by their names and demonyms.

// discoverStates finds the states a document names (rules.yaml, states) that the reader
// does not know, written with capitals ("Egypt", "the United Arab Emirates"), or by
// their demonyms ("Egyptian"); each is proposed once, as an actor of kind state, and known
// from then on with its demonyms.
func (rd *Reader) discoverStates(d *Document) []Found {
	if len(rd.rules.States) == 0 {
		return nil
	}
	type state struct{ name, code string }
	byWords := map[string]state{}
	longest := 0
	for name, code := range rd.rules.States {
		f := alliances.Fold(name)
		byWords[f] = state{name, code}
		longest = max(longest, len(strings.Fields(f)))
	}
	byID := map[string]string{} // a state's id -> its folded name
	for f := range byWords {
		byID[stateID(f)] = f
	}
	demonyms := map[string]string{} // folded demonym -> the state's folded name
	for w, id := range rd.rules.Aliases {
		if f, ok := byID[id]; ok {
			demonyms[alliances.Fold(w)] = f
		}
	}
	formerly := map[string]string{} // a state's folded former name -> its folded name
	for old, name := range rd.rules.Formerly {
		if f := alliances.Fold(name); byWords[f].name != "" {
			formerly[alliances.Fold(old)] = f
			longest = max(longest, len(strings.Fields(alliances.Fold(old))))
		}
	}
	var out []Found
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		inName := make([]bool, len(ts)) // the words of the names known: no state's there
		for _, m := range rd.mentionsAfter(ts, "", nil) {
			if m.end-m.first >= 2 {
				for k := m.first; k < m.end; k++ {
					inName[k] = true
				}
			}
		}
		for i := 0; i < len(ts); i++ {
			if !ts[i].upper || inName[i] {
				continue
			}
			if namedAfterState(ts, i) {
				continue // "Mount Kenya", "Lake Chad", "Santiago de Cuba": a place named after a state, not the state
			}
			for n := min(longest, len(ts)-i); n > 0; n-- {
				words := make([]string, n)
				for k := range n {
					words[k] = ts[i+k].word
				}
				if slices.Contains(inName[i:i+n], true) {
					continue
				}
				key := strings.Join(words, " ")
				if ts[i+n-1].possessive {
					key = strings.TrimSuffix(key, "s") // "Eritrea's", folded "eritreas"
				}
				folded, demonym := demonyms[key]
				now, former := formerly[key]
				switch {
				case former:
					folded = now // "Burma": Myanmar, under the name it has now
				case !demonym:
					folded = key
				}
				st, ok := byWords[folded]
				if !ok {
					continue
				}
				if known, ok := rd.names[spelling(folded)]; ok {
					if former && rd.kinds[known] == "state" {
						rd.add(key, known) // "Burma", once Myanmar is known
					}
					break
				}
				id := stateID(folded)
				if rd.kinds[id] != "" {
					break
				}
				for k := 2; rd.Taken[id]; k++ {
					id = fmt.Sprintf("%s-%d", stateID(folded), k) // another case's actor has the id
				}
				a := alliances.Actor{ID: id, Name: st.name, Kind: "state", Country: st.code}
				rd.kinds[id] = "state"
				rd.add(st.name, id)
				for w, name := range demonyms {
					if name == folded {
						rd.add(w, id)
					}
				}
				for old, name := range rd.rules.Formerly {
					if alliances.Fold(name) == folded {
						rd.add(old, id)
						if former && alliances.Fold(old) == key {
							a.Aliases = append(a.Aliases, old) // the name the report gives it, for the reviewer
						}
					}
				}
				// A northern or eastern state of the past named after a state holds its
				// capital where the report names it: "Hanoi" is North Vietnam's.
				base, past := strings.CutPrefix(folded, "north ")
				if !past {
					base, past = strings.CutPrefix(folded, "east ")
				}
				past = past && byWords[base].name != ""
				for c, of := range rd.rules.Capitals {
					if of == stateID(folded) {
						rd.add(c, id) // "Kigali denied the charge", once Rwanda is named
					} else if past && of == stateID(base) {
						rd.names[spelling(c)] = id
					}
				}
				why := "a state's name"
				switch {
				case former:
					why = "a name the state went by before"
				case demonym:
					why = "a state's demonym"
				}
				if base := stateID(folded); id != base {
					// A case's ties name only its actors and the registry's: the state
					// another case holds is made one with this by a merge.
					why += fmt.Sprintf(" (%s is another case's actor: once this is accepted, `alliances actors --merge %s %s --reason ...` makes them one)", base, base, id)
				}
				quote := d.Text[ts[i].start:ts[i+n-1].end]
				out = append(out, Found{Actor: a, Paragraph: p.N, Quote: quote, Document: d.Name, Why: why, Confidence: 0.7,
					Start: ts[i].start, End: ts[i+n-1].end})
				i += n - 1
				break
			}
		}
	}
	return out
}

// stateID is the id of a state proposed by its folded name: "united-arab-emirates".
func stateID(folded string) string { return strings.ReplaceAll(folded, " ", "-") }

// StateIDs are the ids the reader gives the states of the rules it proposes: ids a
// report's own source must not take.
func (r *Rules) StateIDs() []string {
	ids := make([]string, 0, len(r.States))
	for name := range r.States {
		ids = append(ids, stateID(alliances.Fold(name)))
	}
	slices.Sort(ids)
	return ids
}

// stateName reports whether the words name a state the reader knows or the rules list.
func (rd *Reader) stateName(words []string) bool {
	name := strings.TrimPrefix(alliances.Fold(strings.Join(words, " ")), "the ")
	if id, ok := rd.names[spelling(name)]; ok && rd.kinds[id] == "state" {
		return true
	}
	return rd.stateNames[name]
}

// stateForm reports whether words that end in a state's form word or hold it before
// "of" name a state the reader does not know: "State of Cambodia", "People's Republic of
// Kampuchea"; not a state it knows by another name ("Federal Republic of Nigeria",
// "Kingdom of Saudi Arabia", "Islamic Republic of Iran"), nor a phrase of the form
// ("State of Emergency", "Kingdom of Heaven", "Second Republic", "Banana Republic").
func (rd *Reader) stateForm(words []string) bool {
	if rd.stateName(words) {
		return false
	}
	k := slices.Index(words, "of")
	if k < 0 && len(words) >= 3 && words[len(words)-1] == "Republic" {
		// "Lao People's Democratic Republic", "Sahrawi Arab Democratic Republic": a
		// people's republic by its own words, not "Second Republic".
		return slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return republicWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] })
	}
	if k < 1 || k+1 >= len(words) {
		return false // "Second Republic": only "X of Y" is a state's form
	}
	rest := words[k+1:]
	if rest[0] == "the" && len(rest) > 1 {
		rest = rest[1:]
	}
	if rd.stateName(rest) || notStates[alliances.Fold(strings.Join(rest, " "))] {
		return false
	}
	return true
}

// notStates are what follows a state's form word in phrases that name no state.
var notStates = map[string]bool{"emergency": true, "heaven": true, "god": true, "union": true, "grace": true, "play": true,
	"affairs": true, "mind": true, "law": true, "siege": true, "war": true, "the union": true, "nature": true}

// republicWords are the words of a republic's name that make a state of it without "of":
// "Lao People's Democratic Republic".
var republicWords = map[string]bool{"People": true, "Democratic": true, "Socialist": true}
