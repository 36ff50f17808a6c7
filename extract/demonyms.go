package extract

import (
	"slices"
	"strings"
)

// What a state's word before a noun names: the state itself ("Iranian troops", "the
// Iranian government") or people of it who are not the state ("Afghan militia fighters",
// "the Tajik commander of Jamiat-i Islami").

// people reports whether the demonym at tokens [i, i+n) qualifies people who are not
// the state's forces, after the other demonyms of its list: "Afghan, Lebanese and other
// militia fighters", "Iraqi refugees". "Iranian troops" remain the state's.
func (rd *Reader) people(ts []token, i, n int) bool {
	if n != 1 {
		return false
	}
	if _, ok := rd.rules.Aliases[ts[i].word]; !ok {
		return false
	}
	skipped := 0
	for k := i + 1; k < len(ts); k++ {
		w := ts[k].word
		if _, demonym := rd.rules.Aliases[w]; demonym || w == "and" || w == "or" || w == "other" {
			continue
		}
		// "the Eritrean and Tigrayan insurgents": a people's word of no state, in the list.
		if ts[k].upper && (ts[k-1].word == "and" || ts[k-1].word == "or") && peoplesWord(w) {
			continue
		}
		// "Afghan aid workers" are people; "Soviet aid to Iraq" the state's help.
		if w == "aid" {
			return k+1 < len(ts) && aidPeople[ts[k+1].word]
		}
		// "al-Qaeda's Syrian affiliate", "the Afghan branch of": the part's place.
		if civilians[w] || placeNouns[w] && !(w == "side" && (k+1 >= len(ts) || ts[k+1].word != "of") && i >= 2 && ts[i-2].word == "on") || k == i+n && placedParts[w] {
			return true // (but "fought on the Moldovan side": a party's side, not "the Syrian side of the border")
		}
		// "Massoud, the Tajik commander of Jamiat-i Islami": a post of another body's, the
		// holder's people; not "the Iranian president".
		if t := rd.titleAt(ts, k); k == i+n && t > 0 && k+t+1 < len(ts) && ts[k+t].word == "of" && ts[k+t+1].upper {
			for e := k + t + 2; e <= min(k+t+5, len(ts)); e++ { // a group's, not a state's force
				if id := rd.names[spelling(strings.Join(wordsOf(ts, k+t+1, e), " "))]; ownedKinds[rd.kinds[id]] {
					return true
				}
			}
		}
		// "Iran's Iraqi proxies", "America's Syrian partners": the possessor's clients in
		// the state; "an Iranian proxy" is the state's.
		if k == i+n && i > 0 && ts[i-1].possessive && clientNouns[w] {
			return true
		}
		if (w == "volunteer" || w == "mercenary" || w == "émigré" || w == "emigre") && ofNamedUnit(ts, k+1) {
			return true // "the American volunteer airmen of the Kościuszko Squadron": men of the people in another's unit, not the state's ("Chinese volunteer divisions")
		}
		// "two Spanish documentary journalists", "an Irish wildlife conservationist": a
		// word or two of their trade between; not the state's own ("Iranian army").
		if skipped < 2 && !ts[k].upper && !strings.ContainsAny(ts[k].pre, "-,;:") && !stateMen[w] && !(ts[k].possessive && stateMen[strings.TrimSuffix(w, "s")]) &&
			!strings.HasSuffix(w, "ed") && len(rd.byFirst[w]) == 0 {
			skipped++
			continue
		}
		return false
	}
	return false
}

// placeNouns are the nouns of a place a demonym qualifies without naming its state as an
// actor: "from Lebanese airspace", "on Syrian territory".
// ("a Pakistani border post" is the state's post, a target: not here).
var placeNouns = map[string]bool{"airspace": true, "territory": true, "territories": true, "soil": true, "waters": true,
	"coast": true, "coastline": true, "side": true, "nationalities": true, "nationality": true, "origin": true, "descent": true}

// placedParts are the nouns of an organization's part that a state's word before them
// places, not owns: "the Afghan branch of", "al-Qaeda's Syrian affiliate" ("a Russian
// unit", "an Iranian cell" are the state's).
var placedParts = map[string]bool{"affiliate": true, "affiliates": true, "branch": true, "branches": true, "wing": true,
	"franchise": true, "chapter": true, "offshoot": true, "subsidiary": true}

// clientNouns are the nouns of those a possessor keeps or works with, which a state's word
// between places ("Iran's Iraqi proxies").
var clientNouns = map[string]bool{"proxy": true, "proxies": true, "partner": true, "partners": true, "clients": true,
	"client": true, "affiliates": true}

// aidPeople are the nouns after "aid" that make the words before them people of a state,
// not its help: "Afghan aid workers".
var aidPeople = map[string]bool{"workers": true, "worker": true, "agencies": true, "agency": true, "groups": true, "staff": true,
	"organisations": true, "organizations": true, "convoys": true, "convoy": true, "officials": true}

// civilians are the nouns for people a demonym names without naming its state.
var civilians = map[string]bool{"militia": true, "militias": true, "militiamen": true, "fighters": true, "militants": true,
	"volunteers": true, "refugees": true, "mercenaries": true, "jihadists": true, "shia": true, "shiite": true, "shiites": true,
	"sunni": true, "sunnis": true, "civilians": true, "workers": true, "students": true, "migrants": true, "nationals": true,
	"citizens": true, "people": true, "children": true, "orphans": true, "students'": true, "journalists": true, "tourists": true, "hostages": true, "pilgrims": true, "cleric": true,
	"preacher": true, "preachers": true, "businessman": true, "businessmen": true, "scholar": true,
	"rebels": true, "insurgents": true, "opposition": true, "dissidents": true, "exiles": true, "community": true, "communities": true,
	"aidworkers": true, "contractors": true, "engineers": true, "teachers": true, "farmers": true, "herders": true, "villagers": true,
	"traders": true, "miners": true, "climbers": true, "mountaineers": true, "geologists": true,
	"fishermen": true, "passengers": true, "hikers": true, "missionaries": true, "priests": true, "nuns": true, "doctors": true, "nurses": true,
	"journalist": true, "reporter": true, "reporters": true, "photographer": true, "photographers": true, "filmmaker": true,
	"filmmakers": true, "conservationist": true, "conservationists": true, "tourist": true, "worker": true, "activist": true,
	"activists": true, "civilian": true, "figures": true, "personalities": true, "clerics": true, "scholars": true, "intellectuals": true,
	"catholics": true, "protestants": true, "muslims": true, "christians": true, "jews": true, "donors": true, "bishops": true, "bankers": true,
	"settlers": true, "settler": true, "crowds": true, "crowd": true, "fans": true, "mob": true, "mobs": true, "shopkeepers": true,
	"farmhands": true, "peasants": true, "families": true, "residents": true, "protesters": true, "demonstrators": true,
	// Its firms: "the British firm Vickers".
	"firm": true, "firms": true, "company": true, "companies": true, "corporation": true, "corporations": true, "manufacturer": true,
	"manufacturers": true, "dealer": true, "dealers": true, "merchants": true, "investors": true, "shipyard": true, "shipyards": true,
	// Their adjectives before a body's noun: "Ugandan rebel movements", "Kurdish insurgent groups".
	"rebel": true, "insurgent": true, "guerrilla": true, "guerrillas": true, "separatist": true, "separatists": true, "exile": true,
	"dissident": true, "militant": true, "jihadist": true,
	// One person of its people: "killing a British woman".
	"woman": true, "man": true, "girl": true, "boy": true, "child": true, "citizen": true, "student": true,
	"engineer": true, "teacher": true, "doctor": true, "nurse": true, "priest": true, "nun": true, "missionary": true, "hostage": true,
	"women": true, "girls": true, "boys": true}

// stateMen are the words of a state's own men and bodies, which a demonym before them
// names the state by: "Iranian army", "Pakistani security forces".
var stateMen = map[string]bool{"army": true, "military": true, "armed": true, "forces": true, "force": true, "government": true,
	"security": true, "police": true, "special": true, "navy": true, "air": true, "intelligence": true, "revolutionary": true,
	"guard": true, "guards": true, "troops": true, "soldiers": true, "soldier": true, "officials": true, "official": true,
	"authorities": true, "state": true, "regime": true, "border": true, "defence": true, "defense": true, "regular": true}

// notPlaces are capitalized words before a comma that are no town's name: "On 16 July,
// Turkey", "Later, Iran".
var notPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(months+"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|however|meanwhile|later|instead|then|nevertheless|moreover|also|still|yet|today|afterwards|eventually", "|") {
		m[w] = true
	}
	return m
}()

// peoplesWord reports whether a capitalized word has the ending of a people's or a
// region's adjective: "Tigrayan", "Darfuri", "Sudanese", "Kurdish".
func peoplesWord(w string) bool {
	for _, end := range []string{"an", "ese", "ish", "i"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// whereabouts drops the place a person is in, set off by commas after the name: "Zakayev,
// from London, denounced the move" is no act of the United Kingdom's.
func (rd *Reader) whereabouts(ts []token, ms []mention) []mention {
	return slices.DeleteFunc(ms, func(m mention) bool {
		k := m.first - 1
		return k >= 1 && ts[k].word == "from" && strings.TrimSpace(ts[k].pre) == "," && (m.end >= len(ts) || strings.TrimSpace(ts[m.end].pre) == ",") &&
			slices.ContainsFunc(ms, func(p mention) bool { return p.end == k && rd.kinds[p.id] == "individual" })
	})
}

// apposedPeople opens the mention of an individual at the words set before it that say
// which people he is of: "funded by a young Saudi, Osama bin Laden" names bin Laden as
// the agent right after "by".
func (rd *Reader) apposedPeople(ts []token, ms []mention) []mention {
	for i, m := range ms {
		// "the Khalq wing of the PDPA", a case's alias holding "wing": the part's noun is
		// left to the cue of a part ("wing of").
		if m.first >= 0 && m.end-m.first >= 2 && placedParts[ts[m.end-1].word] && m.end < len(ts) && ts[m.end].word == "of" &&
			!strings.ContainsAny(ts[m.end].pre, ",;:()") {
			ms[i].end--
		}
	}
	for i, m := range ms {
		if m.first < 2 || rd.kinds[m.id] != "individual" || strings.TrimSpace(ts[m.first].pre) != "," || !rd.oneOfPeople(ts, m.first-1) {
			continue
		}
		if i > 0 && ms[i-1].end >= m.first-1 {
			continue
		}
		k := m.first - 2
		for k > 0 && ts[k].word != "a" && ts[k].word != "an" {
			k--
		}
		ms[i].first = k
	}
	return ms
}

// oneOfPeople reports whether the demonym at token i names one of the state's people: after
// "a" or "an" and at most two words that describe him, with no noun after it ("a young
// Saudi, Osama bin Laden", "an Egyptian who ..."), or after "the" before a verb where the
// demonym is a singular's ("the Mozambican is said to", not "the French were").
func (rd *Reader) oneOfPeople(ts []token, i int) bool {
	if _, demonym := rd.rules.Aliases[ts[i].word]; !demonym {
		return false
	}
	if i > 0 && ts[i-1].word == "the" && (strings.HasSuffix(ts[i].word, "an") || strings.HasSuffix(ts[i].word, "i")) && i+1 < len(ts) &&
		(auxiliaries[ts[i+1].word] || strings.Contains(ts[i+1].pre, ",") && ts[i+1].word != "and") {
		return true // "the Mozambican is said to have threatened": one man, where a singular stands alone
	}
	k := i - 1
	for k >= 0 && i-k <= 3 && !ts[k].upper && ts[k].word != "a" && ts[k].word != "an" && !strings.ContainsAny(ts[k+1].pre, ",;:()") {
		if determiners[ts[k].word] || prepositions[ts[k].word] {
			return false
		}
		k--
	}
	if k < 0 || ts[k].word != "a" && ts[k].word != "an" || strings.ContainsAny(ts[k+1].pre, ",;:()") {
		return false
	}
	return i+1 >= len(ts) || strings.ContainsAny(ts[i+1].pre, ",;:.()") || relativeWords[ts[i+1].word] || ts[i+1].word == "named" || ts[i+1].word == "called"
}

// ofNamedUnit reports whether, past a lowercase noun or two from token k, "of" and a name
// follow: "airmen of the Kościuszko Squadron".
func ofNamedUnit(ts []token, k int) bool {
	for n := 0; n < 2 && k < len(ts) && !ts[k].upper && ts[k].word != "of" && !strings.ContainsAny(ts[k].pre, ",;:()"); n++ {
		k++
	}
	if k+1 >= len(ts) || ts[k].word != "of" {
		return false
	}
	if ts[k+1].word == "the" && k+2 < len(ts) {
		k++
	}
	return ts[k+1].upper
}

// mensMen reports whether the people's word at token i, or the list of such words it
// ends, follows a man's name in the possessive: "Col. Bermondt's Germans and Russians"
// are his men of those peoples, not their states.
func (rd *Reader) mensMen(ts []token, i int, out []mention) bool {
	if i+1 < len(ts) && stateMen[ts[i+1].word] {
		return false // "Milošević's Yugoslav army": the state's
	}
	first := i
	for first >= 2 && (ts[first-1].word == "and" || ts[first-1].word == "or") && rd.peoplesNoun(ts[first-2].word) {
		first -= 2
	}
	return first > 0 && ts[first-1].possessive && slices.ContainsFunc(out, func(m mention) bool {
		return m.end == first && rd.kinds[m.id] == "individual" && len(rd.rulerPosts(m.id)) == 0 // not "Castro's Cubans", "Kabila's Zimbabweans": a ruler's allies
	})
}

// peoplesNoun reports whether a word is a people's, in the singular or the plural:
// "German", "Germans".
func (rd *Reader) peoplesNoun(w string) bool {
	return rd.rules.Aliases[w] != "" || strings.HasSuffix(w, "s") && rd.rules.Aliases[strings.TrimSuffix(w, "s")] != ""
}
