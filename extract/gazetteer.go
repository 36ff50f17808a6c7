package extract

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/alliances-project/alliances"
)

// The armed groups a report may name that the reader knows by name when it reads into a
// new case, from the UCDP Actor Dataset (scripts/gazetteer writes the file).
//
//go:embed ucdp-actors.tsv
var ucdpActors string

// listed is an armed group of the list: its UCDP id and names.
type listed struct {
	ucdp  string
	names []string
}

// gazetteer is the list by name: each folded name of one group only (a name two groups
// share names neither), and which of them are abbreviations.
type gazetteer struct {
	groups  []listed
	byName  map[string]int
	abbr    map[string]bool
	longest int
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{byName: map[string]int{}, abbr: map[string]bool{}}
	shared := map[string]bool{}
	for line := range strings.SplitSeq(ucdpActors, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) != 3 {
			continue
		}
		i := len(g.groups)
		g.groups = append(g.groups, listed{ucdp: f[0], names: strings.Split(f[2], "|")})
		for _, n := range g.groups[i].names {
			key := spelling(alliances.Fold(n))
			if j, ok := g.byName[key]; ok && g.groups[j].ucdp != g.groups[i].ucdp {
				shared[key] = true
			} else if ok {
				continue // the same group's name before and after its change ("AQIM"): the first
			}
			g.byName[key] = i
			if !strings.Contains(n, " ") && strings.ToUpper(n) == n {
				g.abbr[key] = true
			}
			g.longest = max(g.longest, len(strings.Fields(key)))
		}
	}
	for key := range shared {
		delete(g.byName, key)
	}
	return g
})

// knowExternal notes the actor's id in the lists the reader knows (UCDP's), so that a
// name of the list read in a report is that actor's, not a new one.
// The registry writes an id that held for a time after it ("303 | 130 in
// 1996-09-27/2001-11-13"): each of its ids is the actor's.
func (rd *Reader) knowExternal(a alliances.Actor) {
	if rd.external == nil {
		return
	}
	for part := range strings.SplitSeq(a.External["ucdp"], "|") {
		if f := strings.Fields(part); len(f) > 0 {
			rd.external["ucdp:"+f[0]] = a.ID
		}
	}
}

// discoverListed finds the armed groups of UCDP's list that a document names and the
// reader does not know: a name written with a capital, the longest that the list holds;
// an abbreviation only where the document names the group in full too (the lists'
// abbreviations are many groups' in many places: Mali's FNLA is not Angola's). Each is proposed once, as an armed group with its UCDP id and
// names (its ties' reviewer sees the list's other names among its aliases), of the kind
// its name's form gives where it gives one, and known
// from then on. A group of the list that the reader knows by another name (the registry's
// "Taliban", UCDP's "Taleban") is that actor, known by the list's names too.
func (rd *Reader) discoverListed(d *Document, orgKind func([]string) (string, string)) []Found {
	g := loadGazetteer()
	var out []Found
	named := map[int]bool{} // the groups the document names in full
	for pass := range 2 {   // names first, then abbreviations
		for _, p := range d.Paragraphs {
			ts := tokens(d.Text[p.Start:p.End], p.Start)
			spelt := make([]string, len(ts)) // once a word: the windows below join them
			for i, t := range ts {
				spelt[i] = spelling(t.word)
			}
			for i := 0; i < len(ts); i++ {
				if !ts[i].upper {
					continue
				}
				for n := min(g.longest, len(ts)-i); n > 0; n-- {
					cut := false
					for k := 1; k < n && !cut; k++ {
						cut = strings.ContainsAny(ts[i+k].pre, ",;:.()\"“”")
					}
					if cut {
						continue
					}
					key := strings.Join(spelt[i:i+n], " ")
					gi, ok := g.byName[key]
					if !ok {
						continue
					}
					abbr := g.abbr[key]
					if !abbr && longerName(ts, i, i+n) {
						i += n - 1 // "Popular Front for the Renewal of Kordofan" is no "Popular Front"
						break
					}
					if abbr != (pass == 1) || abbr && (!ts[i].caps || !named[gi]) || !abbr && rd.inName(ts, i, i+n) ||
						!slices.ContainsFunc(ts[i:i+n], func(t token) bool { return t.upper && t.word != "the" }) { // "The family farmed coffee": no "The Family"
						i += n - 1
						break
					}
					named[gi] = true
					if id, known := rd.names[key]; known || rd.acronyms[key] != "" {
						if known && !strings.HasPrefix(id, "@") {
							rd.nameListed(g.groups[gi], id)
						}
						i += n - 1
						break
					}
					if id := rd.external["ucdp:"+g.groups[gi].ucdp]; id != "" {
						rd.nameListed(g.groups[gi], id)
						i += n - 1
						break
					}
					name := d.Text[ts[i].start:ts[i+n-1].end]
					folded := strings.TrimPrefix(alliances.Fold(name), "the ")
					id := rd.freeID(strings.ReplaceAll(folded, " ", "-"))
					// An armed group, but where its name's form says otherwise (UCDP lists
					// the Muslim Brotherhood for its rebellion in Syria; its name is a
					// party's).
					// UCDP lists armed groups: a form says which kind, but no
					// international body ("Palestine Liberation Organization").
					kind, _ := orgKind(strings.Fields(name))
					if kind == "international-organization" {
						kind = ""
					}
					a := alliances.Actor{ID: id, Name: name, Kind: cmp.Or(kind, "armed-group"), External: map[string]string{"ucdp": g.groups[gi].ucdp}}
					for _, other := range g.groups[gi].names {
						if other != name {
							a.Aliases = append(a.Aliases, other)
						}
					}
					rd.kinds[id] = a.Kind
					rd.add(name, id)
					rd.nameListed(g.groups[gi], id) // not by its UCDP id: a renamed group's other line is another actor
					out = append(out, Found{Actor: a, Paragraph: p.N, Quote: name, Document: d.Name,
						Why: "an armed group of UCDP's actor list (UCDP actor " + g.groups[gi].ucdp + ")", Confidence: 0.7,
						Start: ts[i].start, End: ts[i+n-1].end})
					i += n - 1
					break
				}
			}
		}
	}
	return out
}

// inName reports whether the words [first, end) of a name of the list are part of a
// longer name: a capitalized word or an article just before them ("Jaish al-Fatah" is no
// mention of Fatah, "Turkistan Islamic Party" none of UCDP's Islamic Party), but for a
// state's name or demonym ("Lebanese Hezbollah"), or, for
// a name of one word, a capitalized word just after ("Fatah Halab").
func (rd *Reader) inName(ts []token, first, end int) bool {
	joined := func(k int) bool { return !strings.ContainsAny(ts[k].pre, ",;:.()\"“”") }
	if first > 0 && joined(first) {
		w := ts[first-1].word
		// (Not "The" opening a sentence: "The Palestine Liberation Organization had".)
		if ts[first-1].upper && w != "the" && !rd.stateWord([]string{w}, 0) && !rd.stateDemonym(w) || nameParticles[w] {
			return true
		}
		// "Southern Front of the Free Syrian Army": a name's complement.
		k := first - 1
		if k > 0 && w == "the" && joined(k) {
			k--
		}
		if (ts[k].word == "of" || ts[k].word == "for") && k > 0 && joined(k) && ts[k-1].upper {
			return true
		}
	}
	return end-first == 1 && end < len(ts) && joined(end) && ts[end].upper
}

// stateDemonym reports whether a folded word is a state's demonym in the rules (rules.yaml,
// aliases of the states) or names a state the reader knows: "lebanese", not "kurdish" or
// "turkistan". The rules' demonyms are folded once, on the first call.
func (rd *Reader) stateDemonym(w string) bool {
	if rd.demonyms == nil {
		states := map[string]bool{}
		for name := range rd.rules.States {
			states[stateID(alliances.Fold(name))] = true
		}
		rd.demonyms = map[string]string{}
		for alias, id := range rd.rules.Aliases {
			if states[id] {
				rd.demonyms[alliances.Fold(alias)] = id
			}
		}
		for alias, id := range rd.rules.Aliases {
			rd.demonyms[alliances.Fold(alias)] = cmp.Or(rd.demonyms[alliances.Fold(alias)], "@"+id) // a state the reader may know
		}
	}
	id, ok := rd.demonyms[w]
	if !ok {
		return false
	}
	if !strings.HasPrefix(id, "@") {
		return true
	}
	return rd.kinds[id[1:]] == "state"
}

// nameListed makes the reader know an actor by the list's names of its group; an
// abbreviation only where read in capitals ("FAN", never "fan").
func (rd *Reader) nameListed(l listed, id string) {
	for _, n := range l.names {
		if f := alliances.Fold(n); !strings.Contains(f, " ") && strings.ToUpper(n) == n {
			if _, taken := rd.acronyms[f]; !taken {
				rd.acronyms[f] = id
			}
			continue
		}
		rd.add(n, id)
	}
}

// longerName reports whether the words [i, j) are part of a longer name: a capitalized
// word right after them, or "for" or "of" and one ("Popular Front for the Renewal of
// Kordofan"), but for a second "of" with no article.
func longerName(ts []token, i, j int) bool {
	if j >= len(ts) || strings.ContainsAny(ts[j].pre, ",;:.()\"“”") {
		return false
	}
	if ts[j].upper && !ts[j].caps {
		return true
	}
	if ts[j].word != "for" && ts[j].word != "of" || j+1 >= len(ts) {
		return false
	}
	k := j + 1
	if ts[k].word == "the" && k+1 < len(ts) {
		k++
	} else if ts[j].word == "of" && slices.ContainsFunc(ts[i+1:j], func(t token) bool { return t.word == "of" }) {
		// A second "of" names the group's leader or its place, not a longer name: "the
		// Islamic Movement of Uzbekistan of Juma Namangani".
		return false
	}
	return ts[k].upper
}

// governmentOfState returns the state's name, folded, where words name a state's
// government by it: "Government of the Republic of the Congo", "Government of Burkina
// Faso"; "" where they do not.
func governmentOfState(words []string, stateName func([]string) bool) string {
	if len(words) < 3 || words[0] != "Government" || words[1] != "of" {
		return ""
	}
	rest := words[2:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	if len(rest) == 0 || !stateName(rest) {
		return ""
	}
	return alliances.Fold(strings.Join(rest, " "))
}
