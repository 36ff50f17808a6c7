package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// A document's list of abbreviations, as notes, signals and charts open: "Abbreviations: MR
// = Mr. Marc Ravalomanana, Mayor of Antananarivo; DR = Adm. Didier Ratsiraka, outgoing
// President; HCC = High Constitutional Court". Each abbreviation is another name of the
// actor it stands for, found by its form or known, so that the notes' "MR" is the man.

// legendRE finds an abbreviation in capitals and the "=" after it.
var legendRE = regexp.MustCompile(`(?:^|[\s;:(,])([A-Z][A-Za-z0-9&-]{0,8}[A-Z0-9])\s?=\s?`)

// legendAliases adds to the actors found in d the abbreviations its legends give them,
// and to the reader's names those of actors it knew.
func (rd *Reader) legendAliases(d *Document, out []Found) []Found {
	if !strings.Contains(d.Text, "=") {
		return out
	}
	given := map[string]string{} // each abbreviation's name, as the first legend gives it
	for _, loc := range legendRE.FindAllStringSubmatchIndex(d.Text, -1) {
		abbr := d.Text[loc[2]:loc[3]]
		name := legendName(d.Text[loc[1]:])
		if name == "" || strings.ToUpper(abbr) != abbr || !inLegend(d.Text, loc[2]) {
			continue
		}
		if g, ok := given[abbr]; ok && g != name {
			continue // "DR = Democratic Republic of the Congo" after "DR = Adm. Didier Ratsiraka": the first stands
		}
		given[abbr] = name
		f := spelling(strings.TrimPrefix(alliances.Fold(name), "the "))
		id := ""
		for i := range out {
			if spelling(strings.TrimPrefix(alliances.Fold(out[i].Actor.Name), "the ")) == f {
				id = out[i].Actor.ID
				if !slices.ContainsFunc(out[i].Actor.Aliases, func(a string) bool { return strings.EqualFold(a, abbr) }) {
					out[i].Actor.Aliases = append(out[i].Actor.Aliases, abbr)
				}
				break
			}
		}
		if id == "" {
			id = rd.names[f]
		}
		if id == "" || strings.HasPrefix(id, "@") {
			continue
		}
		rd.add(abbr, id)
		// The abbreviation found as a name of its own ("The FFKM supported MR") is the
		// actor the legend gives it.
		out = slices.DeleteFunc(out, func(f Found) bool { return f.Actor.ID != id && f.Actor.Name == abbr })
	}
	return out
}

// inLegend reports whether the byte at follows, in its paragraph, a word that opens a
// list of abbreviations ("Abbreviations:", "Acronyms:", "Key:"): not a chart's edges
// ("ISI = Lashkar-e-Taiba (funding)").
func inLegend(text string, at int) bool {
	start := strings.LastIndex(text[:at], "\n\n") + 1
	head := strings.ToLower(text[start:at])
	for _, w := range []string{"abbreviations", "abbreviation:", "acronyms", "key:", "glossary", "legend:"} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// legendName returns the name an abbreviation stands for at the start of text, past the
// honorifics and posts before it and up to the comma, semicolon or sentence's end after
// it: "Adm. Didier Ratsiraka" of "Adm. Didier Ratsiraka, outgoing President; ...".
func legendName(text string) string {
	end := strings.IndexAny(text, ",;\n()")
	if end < 0 {
		end = len(text)
	}
	words := strings.Fields(text[:end])
	for len(words) > 1 && (strings.HasSuffix(words[0], ".") || legendHonorifics[strings.ToLower(words[0])]) {
		words = words[1:]
	}
	for i, w := range words {
		if strings.HasSuffix(w, ".") && i > 0 {
			words = words[:i+1] // "Secretary-General. Envoy's own remarks": the sentence ends
			words[i] = strings.TrimSuffix(w, ".")
			break
		}
	}
	if len(words) == 0 || len(words) > 8 {
		return ""
	}
	return strings.Join(words, " ")
}

// legendHonorifics are the honorifics written without a period before a name.
var legendHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "h.e.": true, "gen": true, "col": true, "amb": true}
