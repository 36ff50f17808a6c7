package extract

// Factions named by the abbreviation of the organization they came from and a word of
// their own: "UFDD-Fundamental", "UNITA-Renovada", "SPLM-IO".

import (
	"regexp"
	"strings"

	"github.com/alliances-project/alliances"
)

// discoverVariants finds the factions a report names by an organization's abbreviation
// the reader knows joined by a hyphen to a word of their own: "UFDD-Fundamental",
// "UNITA-Renovada", "SPLM-IO". Each is an actor of its own, a faction, not the
// organization it took its name from.
func (rd *Reader) discoverVariants(d *Document) []Found {
	var out []Found
	seen := map[string]bool{}
	for _, p := range d.Paragraphs {
		for _, m := range variantWord.FindAllStringSubmatchIndex(d.Text[p.Start:p.End], -1) {
			w, acronym := d.Text[p.Start+m[0]:p.Start+m[1]], d.Text[p.Start+m[2]:p.Start+m[3]]
			f := alliances.Fold(w)
			if seen[f] {
				continue
			}
			seen[f] = true
			if _, known := rd.names[spelling(alliances.Fold(acronym))]; !known {
				if _, known = rd.acronyms[alliances.Fold(acronym)]; !known {
					continue
				}
			}
			if _, known := rd.names[spelling(f)]; known {
				continue
			}
			id := rd.freeID(strings.ReplaceAll(f, " ", "-"))
			rd.add(w, id)
			rd.kinds[id] = "faction"
			out = append(out, Found{Actor: alliances.Actor{ID: id, Name: w, Kind: "faction"}, Paragraph: p.N, Quote: w, Document: d.Name,
				Why: "a known organization's abbreviation and a word of its own (" + acronym + "): a faction's name", Confidence: 0.6,
				Start: p.Start + m[0], End: p.Start + m[1]})
		}
	}
	return out
}

// variantWord is an abbreviation joined by a hyphen to a capitalized word or another
// abbreviation: "UFDD-Fundamental", "SPLM-IO".
var variantWord = regexp.MustCompile(`\b([A-Z]{2,8})-(?:[A-Z][a-z]{2,}|[A-Z]{1,4})\b`)
