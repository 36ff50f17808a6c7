package extract

// Factions named by the abbreviation of the organization they came from and a word of
// their own: "UFDD-Fundamental", "UNITA-Renovada", "SPLM-IO".

import (
	"regexp"
	"strings"

	"github.com/alliances-project/alliances"
)

// discoverVariants finds the factions a report names by an organization's abbreviation
// joined by a hyphen to a word of their own: "UFDD-Fundamental", "UNITA-Renovada",
// "SPLM-IO". Each is an actor of its own, a faction, not the organization it took its
// name from. The abbreviation is one the reader knows, or the text writes the whole
// twice; the word after the hyphen is no name of its own ("US-Taliban").
func (rd *Reader) discoverVariants(d *Document) []Found {
	var out []Found
	seen := map[string]bool{}
	for _, p := range d.Paragraphs {
		for _, m := range variantWord.FindAllStringSubmatchIndex(d.Text[p.Start:p.End], -1) {
			w, acronym, word := d.Text[p.Start+m[0]:p.Start+m[1]], d.Text[p.Start+m[2]:p.Start+m[3]], d.Text[p.Start+m[3]+1:p.Start+m[1]]
			f := alliances.Fold(w)
			if seen[f] {
				continue
			}
			seen[f] = true
			parent, known := rd.names[spelling(alliances.Fold(acronym))]
			if !known {
				parent, known = rd.acronyms[alliances.Fold(acronym)]
			}
			// An abbreviation the reader does not know names a faction where the text writes
			// the whole twice ("SPLM-IO", its parent never written alone).
			if !known && strings.Count(d.Text, w) < 2 {
				continue
			}
			// Not two names joined: "the US-Taliban agreement", "UN-AU".
			if _, named := rd.names[spelling(alliances.Fold(word))]; named || rd.kinds[parent] == "state" || rd.stateWord([]string{alliances.Fold(word)}, 0) {
				continue
			}
			if _, known := rd.names[spelling(f)]; known {
				continue
			}
			id := rd.freeID(strings.ReplaceAll(f, " ", "-"))
			rd.add(w, id)
			rd.kinds[id] = "faction"
			out = append(out, Found{Actor: alliances.Actor{ID: id, Name: w, Kind: "faction"}, Paragraph: p.N, Quote: w, Document: d.Name,
				Why: "an organization's abbreviation and a word of its own (" + acronym + "): a faction's name", Confidence: 0.6,
				Start: p.Start + m[0], End: p.Start + m[1]})
		}
	}
	return out
}

// variantWord is an abbreviation joined by a hyphen to a capitalized word or another
// abbreviation: "UFDD-Fundamental", "SPLM-IO".
var variantWord = regexp.MustCompile(`\b([A-Z]{2,8})-(?:[A-Z][a-z]{2,}|[A-Z]{1,4})\b`)
