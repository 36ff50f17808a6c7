package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// calledPerson reports whether the name that opens at field first follows "called" or
// "named" after a noun that only a person is, itself after "a" or "an" and at most two
// words that qualify it: "a young Hokkien called Chin Peng", "a schoolteacher named Hor
// Lung". A noun of a body or a place says the name is theirs ("a group called Ulster
// Resistance", "a village named Ngarbuh") and the caller's other rules read it.
func calledPerson(fields []string, first int, title func(string) bool) bool {
	if first < 3 || first > len(fields) {
		return false
	}
	word := func(k int) string { return strings.Trim(fields[k], ",.;:()\"“”'’") }
	if w := strings.ToLower(word(first - 1)); w != "called" && w != "named" || strings.ContainsAny(fields[first-2], ",;:()") {
		return false
	}
	noun := word(first - 2)
	lower := strings.ToLower(noun)
	switch {
	case bodyWords[lower] || placeHeads[lower] || areaNouns[lower]:
		return false
	case personHeads[lower] || occupations[lower] || title(lower) && !notPosts[lower]:
	case noun != lower && !strings.Contains(noun, "-") && len(noun) > 2 && !placePreps[strings.ToLower(word(first-3))]:
		// "a young Hokkien", "a Pashtun": the person's people; not a place ("a movement in
		// Beirut called Tanzim Saraya")
	default:
		return false
	}
	for k := first - 3; k >= 0 && k >= first-5; k-- {
		w := strings.ToLower(word(k))
		if w == "a" || w == "an" {
			return true
		}
		if strings.ContainsAny(fields[k], ",;:()") {
			return false
		}
	}
	return false
}

// personHeads are the nouns of a person that are neither a post nor a trade.
var personHeads = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "youth": true, "youngster": true, "lad": true,
	"fellow": true, "person": true, "figure": true, "character": true, "officer": true, "soldier": true, "cleric": true,
	"preacher": true, "mullah": true, "priest": true, "student": true, "schoolteacher": true, "teacher": true, "peasant": true,
	"farmer": true, "trader": true, "merchant": true, "smuggler": true, "veteran": true, "militant": true, "fighter": true,
	"guerrilla": true, "activist": true, "agitator": true, "organiser": true, "organizer": true, "intellectual": true}

// ownedAfter reports whether the name whose run ends at field end is the subject of a
// verb whose object a person's pronoun owns: "Chin Peng took his headquarters across the
// border", "Hor Lung brought her unit in" (a body's would be "its").
func ownedAfter(fields []string, end int) bool {
	if end <= 0 || end+1 >= len(fields) || strings.ContainsAny(fields[end-1], ",;:()") || strings.ContainsAny(fields[end], ",;:()") {
		return false
	}
	verb := strings.ToLower(fields[end])
	if !strings.HasSuffix(verb, "ed") && !pastVerbs[verb] {
		return false
	}
	switch strings.ToLower(strings.Trim(fields[end+1], ",.;:")) {
	case "his", "her", "himself", "herself":
		return true
	}
	return false
}

// ordinalOpens reports whether the word at i is an ordinal in figures that a unit's or a
// movement's name holds: "the 14th Army", "Russia's 58th Army", "the 26th of July
// Movement", before a capital or "of" and a capital, no month ("the 25th June").
func ordinalOpens(words []string, i int, trim func(string) string) bool {
	w := trim(words[i])
	if len(w) < 3 || w[0] < '0' || w[0] > '9' || strings.ContainsAny(words[i], ",;:)") {
		return false
	}
	digits := strings.TrimRight(w, "stndrh")
	if strings.Trim(digits, "0123456789") != "" || !slices.Contains([]string{"st", "nd", "rd", "th"}, w[len(digits):]) {
		return false
	}
	upper := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(trim(words[k]))
		return unicode.IsUpper(r)
	}
	month := func(k int) bool { return strings.Contains("|"+months+"|", "|"+strings.ToLower(trim(words[k]))+"|") }
	k := i + 1
	if k+2 < len(words) && words[k] == "of" && month(k+1) && !strings.ContainsAny(words[k+1], ",;:.") {
		return upper(k + 2) // "the 26th of July Movement", not "the 26th of July, when"
	}
	if k+1 < len(words) && words[k] == "of" {
		k++
	}
	return k < len(words) && upper(k) && !month(k)
}

// humanVerbAfter reports whether the name whose run ends at field end is the subject of a
// verb only a person's name takes: "Eulogio Cantillo met Fidel Castro", "Hor Lung
// surrendered", "Ho Chi-feng was executed".
func humanVerbAfter(fields []string, end int) bool {
	if end <= 0 || end >= len(fields) || strings.ContainsAny(fields[end-1], ",;:()") {
		return false
	}
	w := strings.ToLower(strings.Trim(fields[end], ",.;:"))
	if personVerbs[w] {
		return true
	}
	if (w == "was" || w == "had") && end+1 < len(fields) {
		next := strings.ToLower(strings.Trim(fields[end+1], ",.;:"))
		return personPassives[next] || w == "had" && personVerbs[next]
	}
	return false
}

// personVerbs are verbs in the past whose subject, named alone, is a person's.
var personVerbs = map[string]bool{"met": true, "told": true, "resigned": true, "died": true, "married": true, "wrote": true,
	"replied": true, "recalled": true, "insisted": true, "testified": true, "confessed": true, "remarked": true, "boasted": true}

// personPassives are the participles after "was" that only befall a person: "was executed".
var personPassives = map[string]bool{"born": true, "executed": true, "assassinated": true, "murdered": true, "hanged": true,
	"arrested": true, "imprisoned": true, "jailed": true, "exiled": true, "elected": true, "appointed": true, "sworn": true}

// knownAsRE finds a name given another right after it: "Mohamed Hamdan Dagalo, known as
// Hemedti", "Ahmed Abdi Godane (also known as Mukhtar Abu Zubeyr)", "Pushpa Kamal Dahal,
// better known by his nom de guerre Prachanda".
var knownAsRE = regexp.MustCompile(`([A-Z][\p{L}'’-]*(?:\s+(?:[A-Z][\p{L}'’-]*|al-[\p{L}'’-]+|bin|ibn|de|van))*),?\s+\(?(?:also |better |popularly |commonly |widely )?(?:known as|known simply as|nicknamed|known by (?:his|her|the) (?:nom de guerre|nickname|alias|name|war name)) ["“]?(?:the )?([A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3})`)

// discoverKnownAs makes the name given after "known as" another name of the actor named
// right before it, where the reader knows that actor (by the record, the registry or a
// name's form) and the other name no one else's; the actor found keeps it as an alias.
func (rd *Reader) discoverKnownAs(d *Document, found []Found) []Found {
	for _, m := range knownAsRE.FindAllStringSubmatch(d.Text, -1) {
		words := strings.Fields(m[1])
		id := ""
		for k := range words { // the longest name the words end with: "General Mohamed Hamdan Dagalo"
			if v, ok := rd.names[spelling(alliances.Fold(strings.Join(words[k:], " ")))]; ok && !strings.HasPrefix(v, "@") {
				id = v
				break
			}
		}
		if id == "" {
			continue
		}
		alias := m[2]
		if other, taken := rd.names[spelling(alliances.Fold(alias))]; taken {
			found = rd.foundKnownAs(found, id, other)
			continue
		}
		rd.add(alias, id)
		if i := slices.IndexFunc(found, func(f Found) bool { return f.Actor.ID == id }); i >= 0 && !slices.Contains(found[i].Actor.Aliases, alias) {
			found[i].Actor.Aliases = append(found[i].Actor.Aliases, alias)
		}
	}
	return found
}

// foundKnownAs makes the actor other, found by the name given after "known as", one with
// the actor id it names ("Abdi Mohamoud Omar, better known as Abdi Iley", "the People's
// Liberation Army, known simply as the PLA"), where both are actors found in the report,
// of one kind or one of them of none the reader could tell.
func (rd *Reader) foundKnownAs(found []Found, id, other string) []Found {
	i := slices.IndexFunc(found, func(f Found) bool { return f.Actor.ID == id })
	j := slices.IndexFunc(found, func(f Found) bool { return f.Actor.ID == other })
	if i < 0 || j < 0 || i == j {
		return found
	}
	a, b := found[i].Actor, found[j].Actor
	if a.Kind != b.Kind && a.Kind != "other" && b.Kind != "other" {
		return found
	}
	rd.fold(other, id)
	rd.kinds[id] = a.Kind
	for _, n := range append([]string{b.Name}, b.Aliases...) {
		if !slices.Contains(found[i].Actor.Aliases, n) && n != a.Name {
			found[i].Actor.Aliases = append(found[i].Actor.Aliases, n)
		}
	}
	return slices.Delete(found, j, j+1)
}
