package extract

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// The organizations a report names by an abbreviation alone, and the words in capitals
// that are none.

// abbreviates reports whether an abbreviation is made of a name's initials: its first
// letter the name's, and the initials of its capitalized words among its letters in
// order, one missing at most ("ECOWAS" of "Economic Community of West African States";
// not "AQIM" of "Islamic Maghreb", a name's end).
func abbreviates(abbr string, words []string) bool {
	var initials []byte
	for _, w := range words {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "al-"), "Al-")
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			initials = append(initials, w[0])
		}
	}
	if len(initials) < 2 || abbr[0] != initials[0] {
		return false
	}
	k, missed := 0, 0
	for _, c := range initials {
		if i := strings.IndexByte(abbr[k:], c); i >= 0 {
			k += i + 1
		} else {
			missed++
		}
	}
	return missed <= 1
}

// speakerLabel is the word in capitals, with a colon, that opens a transcript's turn:
// "ASENLA: Hello, Tom!".
// (A label in brackets after the name is a caller's and town: "ABEBE (Seattle):".)
var speakerLabel = regexp.MustCompile(`^\s*((?:[\p{Lu}][\p{Lu}'’.-]+ )?[\p{Lu}][\p{Lu}'’.-]+)( \([^)\n]{1,40}\))?:\s`)

// notesLabel is the word in capitals and a word in small letters, with a colon, that open
// a line of one writer's notes or words: "QM notes:", a quizmaster's.
var notesLabel = regexp.MustCompile(`(?m)^\s*([\p{Lu}]{2,6}) [\p{Ll}]{2,12}:\s`)

// discoverAbbreviations finds the organizations a report names by an abbreviation alone,
// in capitals, at least twice, without defining it ("AQIM", "CNRDR"): each is proposed
// as an actor of a kind the reviewer says. An abbreviation the reader knows, one that is
// a word the report also writes in small letters ("AND" in a heading), and the
// abbreviations of things (weapons, times, news agencies) are none.
func (rd *Reader) discoverAbbreviations(d *Document) []Found {
	count, single := map[string]int{}, map[string]int{}
	first := map[string][2]int{} // paragraph number, byte offset
	for _, p := range d.Paragraphs {
		for _, m := range capitalsWord.FindAllStringIndex(d.Text[p.Start:p.End], -1) {
			w := d.Text[p.Start+m[0] : p.Start+m[1]]
			if r, _ := utf8.DecodeRuneInString(d.Text[p.Start+m[1]:]); unicode.IsLetter(r) {
				continue // "GARCÍA", "JESÚS": a name in capitals with an accent, no abbreviation "GARC"
			}
			if r, _ := utf8.DecodeLastRuneInString(d.Text[:p.Start+m[0]]); unicode.IsLetter(r) {
				continue // "ÁNGEL": its tail
			}
			if capsNeighbour(d.Text[:p.Start+m[0]], false) || capsNeighbour(d.Text[p.Start+m[1]:], true) {
				continue // "ISMAEL ZAMBADA GARCÍA": a name written in capitals, no abbreviations side by side
			}
			if len(w) >= 8 && !afterSmall(d.Text[:p.Start+m[0]]) || cableWords[w] || datelineAt(d.Text, p.Start+m[0]) {
				continue // "MAIDUGURI, Nigeria —", "BACKGROUND:": a dateline's or a heading's word, not "launched FUNCINPEC"; "2. (SBU)"
			}
			if before := d.Text[:p.Start+m[0]]; strings.HasSuffix(before, "-") && len(before) >= 2 && unicode.IsUpper(rune(before[len(before)-2])) {
				continue // "RCD-ML": the word of a faction's name after its parent's (discoverVariants), no abbreviation of its own
			}
			if after := d.Text[p.Start+m[1]:]; len(after) < 2 || after[0] != '-' || !unicode.IsUpper(rune(after[1])) {
				single[w]++ // not "SPLM-IO" (discoverVariants): SPLM is one only where written alone too
			}
			if count[w]++; count[w] == 1 {
				first[w] = [2]int{p.N, p.Start + m[0]}
			}
		}
	}
	lower := map[string]bool{}
	for _, w := range strings.FieldsFunc(d.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ToLower(w) == w {
			lower[w] = true
		}
	}
	speakers := map[string]int{} // "TOM: So. 1956.": a transcript's speaker, by the word in capitals that opens a turn
	for _, p := range d.Paragraphs {
		if m := speakerLabel.FindStringSubmatch(d.Text[p.Start:p.End]); m != nil && !expandsLabel(m[1], initialsOf(strings.Trim(m[2], " ()"))) {
			for _, w := range strings.Fields(m[1]) {
				speakers[strings.TrimRight(w, ".")]++
				if m[2] != "" {
					speakers[strings.TrimRight(w, ".")]++ // "ABEBE (Seattle):": a caller, once is enough
				}
			}
		}
	}
	for _, m := range notesLabel.FindAllStringSubmatch(d.Text, -1) {
		speakers[m[1]]++
	}
	var out []Found
	var words []string // the text's, split once where an abbreviation is to be spelled out
	for _, w := range slices.Sorted(maps.Keys(count)) {
		f := alliances.Fold(w)
		if count[w] < 2 || single[w] == 0 || notActors[w] || lower[f] || romanNumeral.MatchString(w) || speakers[w] >= 2 {
			continue
		}
		if _, known := rd.names[spelling(f)]; known {
			continue
		}
		if _, known := rd.acronyms[f]; known {
			continue
		}
		if _, alias := rd.rules.Aliases[f]; alias {
			continue // a state's, known by its words ("UAE")
		}
		id := rd.freeID(f)
		a, why := alliances.Actor{ID: id, Name: w, Kind: "other"}, "an abbreviation the report uses without defining it"
		// "United Nations' World Food Programme's warehouses ... the WFP": the name it
		// abbreviates, written out elsewhere in the report.
		if words == nil {
			words = strings.Fields(d.Text)
		}
		name := spelledOut(words, w)
		if name == "" {
			name = apposedName(d.Text, w) // "the PAIGC, the African Party for the Independence of Guinea and Cape Verde,"
		}
		if held, ok := rd.heldName(name); name != "" && ok && !strings.HasPrefix(held, "@") && rd.kinds[held] != "individual" && rd.kinds[held] != "state" {
			rd.add(w, held) // "People's Mojahedin Organisation of Iran (PMOI, also known as": the body found by its name
			continue
		}
		if name != "" {
			a.Name, a.Aliases = name, []string{w}
			why = fmt.Sprintf("an abbreviation of a name the report writes out (%q)", name)
			rd.add(name, id)
			if n := strings.Fields(name); len(n) == 2 && len(w) == 2 && rd.given[alliances.Fold(n[0])] {
				a.Kind = "individual" // "RK" of Ramzan Kadyrov: a man's initials
				if held, ok := rd.names[spelling(alliances.Fold(name))]; ok && held != id && rd.kinds[held] == "individual" {
					rd.add(w, held) // the man found by his name: his initials are his
					continue
				}
			}
		}
		rd.add(w, id)
		rd.kinds[id] = a.Kind
		at := first[w]
		out = append(out, Found{Actor: a, Paragraph: at[0], Quote: w, Document: d.Name,
			Why: why, Confidence: 0.5, Start: at[1], End: at[1] + len(w)})
	}
	return out
}

// spelledOut returns the run of capitalized words among a text's words whose initials
// are the abbreviation w, the small words of a name between them ("World Food Programme" for WFP,
// "Movement for the Salvation of Azawad" for MSA); "" where the text writes none.
func spelledOut(words []string, w string) string {
	trim := func(s string) string { return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) }
	for i := range words {
		var run []string
		initials := ""
		for j := i; j < len(words) && len(initials) < len(w); j++ {
			t := strings.TrimSuffix(strings.TrimSuffix(trim(words[j]), "’s"), "'s")
			r, _ := utf8.DecodeRuneInString(t)
			switch {
			case t != "" && unicode.IsUpper(r) && strings.ToUpper(t) != t:
				initials += string(r)
				run = append(run, t)
			case len(run) > 0 && glossWords[strings.ToLower(t)]:
				run = append(run, t)
				continue
			default:
				j = len(words) // the run ends
				continue
			}
			if !strings.HasPrefix(w, initials) {
				break
			}
			if initials == w {
				return strings.Join(run, " ")
			}
			if strings.ContainsAny(words[j][len(words[j])-1:], ",.;:)") {
				break // a name runs within its clause
			}
		}
	}
	return ""
}

// capitalsWord is a word of two to ten capitals ("FUNCINPEC", "UNPROFOR").
var capitalsWord = regexp.MustCompile(`\b[A-Z]{2,10}\b`)

var romanNumeral = regexp.MustCompile(`^[IVXLC]+$`)

// notActors are abbreviations of things, not of actors: weapons, units of time and
// measure, media and formats.
var notActors = map[string]bool{"TV": true, "AM": true, "PM": true, "GMT": true, "UTC": true, "ID": true, "IED": true, "IEDS": true,
	"RPG": true, "TOW": true, "ATGM": true, "MANPADS": true, "SAM": true, "HQ": true, "OK": true, "AFP": true, "BBC": true, "CNN": true,
	"AP": true, "PDF": true, "HTML": true, "URL": true, "ISBN": true, "DOI": true, "CE": true, "BC": true, "AD": true, "USD": true,
	"NGO": true, "NGOS": true, "IDP": true, "IDPS": true, "POW": true, "POWS": true, "KIA": true, "WIA": true, "VBIED": true, "SVBIED": true,
	"UAV": true, "UAVS": true, "APC": true, "APCS": true, "MBT": true, "GPS": true, "AK": true, "RT": true, "TASS": true, "CBS": true,
	"NBC": true, "ABC": true, "PBS": true, "NPR": true, "SMS": true, "COVID": true, "GDP": true, "KM": true, "MM": true, "CEO": true,
	"ACLED": true, "ISW": true, "HRW": true, "ICG": true, "UCDP": true, "SIPRI": true, "OCHA": true, "VOA": true, "RFE": true,
	"PHD": true, "MP": true, "MPS": true, "LPG": true, "PNG": true, "JPG": true, "SVG": true, "GIF": true, "THE": true, "AND": true, "OF": true, "FOR": true, "IN": true, "ON": true, "TO": true,
	"FW": true, "FWD": true, "RE": true, "CC": true, "BCC": true, "HIGH": true, "LOW": true, "MEDIUM": true, "MODERATE": true, "SEVERE": true,
	"STRONG": true, "WEAK": true, "CRITICAL": true, "LIMITED": true, "PRESIDENT": true, "MR": true, "MRS": true, "MS": true, "DR": true,
	"MISS": true, "DON": true, "SEP": true, "SEPT": true, "OCT": true, "NOV": true, "DEC": true, "JAN": true, "FEB": true, "MAR": true,
	"APR": true, "JUN": true, "JUL": true, "AUG": true} // and e-mail's headers, ratings, titles and months

// capsNeighbour reports whether the word next to an abbreviation, past one space, is a
// word of three capitals or more with a vowel: the text before it (after false) or after
// it (after true).
func capsNeighbour(text string, after bool) bool {
	if after {
		if !strings.HasPrefix(text, " ") {
			return false
		}
		text = text[1:]
		if i := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			text = text[:i]
		}
	} else {
		if !strings.HasSuffix(text, " ") {
			return false
		}
		text = text[:len(text)-1]
		if i := strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			text = text[i+1:]
		}
	}
	return utf8.RuneCountInString(text) >= 3 && strings.ToUpper(text) == text && strings.ToLower(text) != text && strings.ContainsAny(text, "AEIOUÁÉÍÓÚ")
}

// apposedName returns the name in apposition after an abbreviation's first use, set off by
// commas and "the" ("the PAIGC, the African Party for the Independence of Guinea and Cape
// Verde, with"), whose initials need not be the abbreviation's (a translation); "" where
// none follows.
func apposedName(text, w string) string {
	i := strings.Index(text, w+", the ")
	if i < 0 {
		return ""
	}
	rest := text[i+len(w)+len(", the "):]
	end := strings.IndexAny(rest, ",.;:()\n")
	if end < 0 {
		return ""
	}
	fields := strings.Fields(rest[:end])
	if len(fields) < 2 || len(fields) > 10 {
		return ""
	}
	for k, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && (k == 0 || k == len(fields)-1 || !glossWords[strings.ToLower(f)]) {
			return "" // "the AU, the regional body": no name
		}
	}
	return strings.Join(fields, " ")
}

// dateline matches a dateline's place in capitals at a line's start: "RAFAH, Gaza Strip - ".
var dateline = regexp.MustCompile(`^[\p{Lu}][\p{Lu} .'-]*, [\p{Lu}][\pL .']{1,30} [-–—] `)

// datelineAt tells whether the word in capitals at byte i opens a line with a dateline.
func datelineAt(text string, i int) bool {
	return (i == 0 || text[i-1] == '\n') && dateline.MatchString(text[i:min(len(text), i+60)])
}

// heldName returns the actor a name written out for an abbreviation names, its words as
// spelledOut gives them, where one of them lost its possessive ("People Mojahedin
// Organisation of Iran" for "People's Mojahedin Organisation of Iran").
func (rd *Reader) heldName(name string) (string, bool) {
	w := strings.Fields(spelling(alliances.Fold(name)))
	if id, ok := rd.names[strings.Join(w, " ")]; ok {
		return id, true
	}
	for k := range w {
		v := slices.Clone(w)
		v[k] += "s"
		if id, ok := rd.names[strings.Join(v, " ")]; ok {
			return id, true
		}
	}
	return "", false
}
