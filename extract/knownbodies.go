package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The bodies a new case knows by name (rules.yaml, bodies): international organizations,
// their missions and states' services that reports name by an abbreviation alone ("the
// CIA", "ECOWAS imposed sanctions"), which no form of a name would find.

// knownBody is a body of the rules' list: its kind and names, the first its name.
type knownBody struct {
	kind  string
	names []string
}

// bodyIndex is the rules' bodies by the spelling of each of their names, which names are
// abbreviations (read only in capitals), and the most words a name opening with each first
// word has.
type bodyIndex struct {
	by      map[string]*knownBody
	abbr    map[string]bool
	longest map[string]int
}

// bodiesByName returns the index of the rules' bodies, made once a reader.
func (rd *Reader) bodiesByName() *bodyIndex {
	if rd.bodies != nil {
		return rd.bodies
	}
	x := &bodyIndex{by: map[string]*knownBody{}, abbr: map[string]bool{}, longest: map[string]int{}}
	// A later line takes a name from an earlier: an analyst's rules, added after the
	// built-in ones, name a body their own way.
	for _, kind := range slices.Sorted(maps.Keys(rd.rules.Bodies)) {
		for _, line := range rd.rules.Bodies[kind] {
			b := &knownBody{kind: kind, names: strings.Split(line, "|")}
			for _, n := range b.names {
				key := spelling(strings.Join(strings.Fields(alliances.Fold(strings.ReplaceAll(n, ".", ""))), " "))
				if key == "" {
					continue
				}
				x.by[key] = b
				x.abbr[key] = !strings.Contains(n, " ") && strings.ToUpper(n) == n
				words := strings.Fields(key)
				x.longest[words[0]] = max(x.longest[words[0]], len(words))
			}
		}
	}
	rd.bodies = x
	return x
}

// discoverBodies finds the bodies of the rules' list a document names and the reader does
// not know: each an actor of the list's kind, with its other names as aliases. Not a name
// within a longer one ("the OAU Liberation Committee" is no mention of the OAU's).
func (rd *Reader) discoverBodies(d *Document) []Found {
	x := rd.bodiesByName()
	by, abbr, longest := x.by, x.abbr, x.longest
	if len(by) == 0 {
		return nil
	}
	var out []Found
	seen := map[*knownBody]bool{}
	for _, p := range d.Paragraphs {
		ts := tokens(d.Text[p.Start:p.End], p.Start)
		for i := 0; i < len(ts); i++ {
			if !ts[i].upper || i > 0 && ts[i-1].upper && !determiners[ts[i-1].word] && strings.TrimSpace(ts[i].pre) == "" {
				continue
			}
			first := spelling(strings.ReplaceAll(ts[i].word, ".", ""))
			for n := min(longest[first], len(ts)-i); n > 0; n-- { // (as many words as a name that opens so has)
				words := make([]string, n)
				cut := false
				for k := range n {
					words[k] = strings.ReplaceAll(ts[i+k].word, ".", "")
					cut = cut || k > 0 && strings.ContainsAny(ts[i+k].pre, ",;:()\"“”")
				}
				key := spelling(strings.Join(words, " "))
				b, ok := by[key]
				if cut || !ok || abbr[key] && !ts[i].caps || longerName(ts, i, i+n) {
					continue
				}
				i += n - 1
				if seen[b] {
					break
				}
				seen[b] = true
				if slices.ContainsFunc(b.names, rd.knows) {
					break // the registry's, or the case's
				}
				// Named as the text writes it in full, else by the list's first name.
				name := b.names[0]
				if n > 1 {
					// Not its possessive's mark: "the United Nations' envoy".
					name = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(d.Text[ts[i-n+1].start:ts[i].end], "'s"), "’s"), "'’")
				}
				id := rd.freeID(strings.ReplaceAll(strings.TrimPrefix(alliances.Fold(name), "the "), " ", "-"))
				a := alliances.Actor{ID: id, Name: name, Kind: b.kind}
				for _, other := range b.names {
					if alliances.Fold(other) != alliances.Fold(name) {
						a.Aliases = append(a.Aliases, other)
					}
				}
				rd.kinds[id] = a.Kind
				for _, name := range b.names {
					rd.add(name, id)
				}
				out = append(out, Found{Actor: a, Paragraph: p.N, Quote: d.Text[ts[i-n+1].start:ts[i].end], Document: d.Name,
					Why: "a body of the rules' list (bodies)", Confidence: 0.7, Start: ts[i-n+1].start, End: ts[i].end})
				break
			}
		}
	}
	return out
}

// knows reports whether the reader knows an actor by the name.
func (rd *Reader) knows(name string) bool {
	f := strings.TrimPrefix(alliances.Fold(name), "the ")
	if _, ok := rd.acronyms[f]; ok {
		return true
	}
	_, ok := rd.names[spelling(f)]
	return ok
}
