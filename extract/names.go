package extract

// How the names a report gives are compared: translations, a state's forces, names that
// differ only in their small words, initials, a branch's region, Arabic articles.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// fold makes every name of the actor found first another's: the two are one actor.
func (rd *Reader) fold(from, into string) {
	for _, names := range []map[string]string{rd.names, rd.acronyms} { // "UN", read in capitals only
		for key, id := range names {
			if id == from {
				names[key] = into
			}
		}
	}
	delete(rd.kinds, from)
}

// translations returns the folded names that translate a transliterated name whose first
// word the rules know (rules.yaml, translations): "al nusra front", "nusra front" and
// "front of nusra" for "Jabhat al-Nusra", "army of islam" for "Jaysh al-Islam"; or none.
func (rd *Reader) translations(of string) []string {
	w := strings.Fields(of)
	if len(w) < 2 {
		return nil
	}
	word, ok := rd.rules.Translations[w[0]]
	if !ok {
		return nil
	}
	word = alliances.Fold(word)
	core := alliances.Fold(strings.Join(w[1:], " ")) // "al nusra"
	bare := core
	for _, article := range []string{"al ", "ash ", "ad ", "as ", "an ", "ar ", "at ", "az ", "el ", "ul "} {
		bare = strings.TrimPrefix(bare, article)
	}
	return []string{core + " " + word, bare + " " + word, word + " of " + bare}
}

// nameKey is what a found name is compared by: its folded words, its sameKey (where of
// two words or more), its initials and the names that translate it.
type nameKey struct {
	folded, same, initials string
	translated             []string
}

// keyOf works out a name's nameKey once.
func (rd *Reader) keyOf(name string) nameKey {
	k := nameKey{folded: strings.TrimPrefix(alliances.Fold(name), "the "), initials: initialsOf(name), translated: rd.translations(name)}
	if key := sameKey(name); strings.Contains(key, " ") {
		k.same = key // of two words or more
	}
	return k
}

// stateOrgans reads the organizations found whose names are a state's demonym and a
// word of its armed forces ("Malian Army", "French Armed Forces", "Iraqi Security
// Forces") as the state, as the registry reads "Syrian Arab Army" as Syria: each name an
// alias of the state, no actor of its own (a reviewer who wants the army apart adds it).
// "Free Syrian Army" and "Syrian National Army" are no state's.
func (rd *Reader) stateOrgans(found []Found) []Found {
	return slices.DeleteFunc(found, func(f Found) bool {
		w := strings.Fields(alliances.Fold(f.Actor.Name))
		if len(w) > 2 && sideWords[w[0]] {
			w = w[1:] // "Shia Iraqi Air Force"
		}
		// The state's word or words, then the organ's: "United States Air Force".
		n := -1
		for k := 1; k < len(w) && k <= 3; k++ {
			// A state's name of two words or more only with its army, navy or air force:
			// "South Sudan Defence Forces" may be a militia's name.
			if organ := strings.Join(w[k:], " "); organWords[organ] && (k == 1 || !militiaOrgans[organ]) {
				n = k
				break
			}
		}
		if f.Actor.Kind == "individual" || f.Actor.Kind == "state" || n < 1 {
			return false
		}
		at := strings.Join(w[:n], " ")
		state := rd.rules.Aliases[at]
		if id, ok := rd.names[spelling(at)]; ok && rd.kinds[id] == "state" {
			state = id
		}
		if state == "" || rd.kinds[state] != "state" {
			return false
		}
		rd.fold(f.Actor.ID, state)
		if k := slices.IndexFunc(found, func(g Found) bool { return g.Actor.ID == state }); k >= 0 {
			found[k].Actor.Aliases = append(found[k].Actor.Aliases, f.Actor.Name)
		}
		return true
	})
}

// organWords are the words after a state's demonym that name its armed forces.
// Not "forces" alone: "Lebanese Forces" is a militia's name, and a state's forces are
// written in small letters ("Lebanese forces").
var organWords = map[string]bool{"army": true, "armed forces": true, "air force": true, "navy": true,
	"military": true, "police": true, "special forces": true, "gendarmerie": true, "national guard": true,
	"defence forces": true, "defense forces": true, "security forces": true}

// militiaOrgans are the organs' words that a militia's name may end with too: "South Sudan
// Defence Forces".
var militiaOrgans = map[string]bool{"defence forces": true, "defense forces": true, "security forces": true, "national guard": true,
	"police": true}

// sameKey is a name's folded words without articles and small words, and without a
// unit's word after a name of two words or more: two names of one key of two words or
// more are one ("Ansar al-Dine" and "Ansar Dine", "Movement for Azawad" and "Movement of
// Azawad", "Suqour al-Sham" and "Suqour al-Sham Brigade").
func sameKey(n string) string {
	var out []string
	for _, w := range strings.Fields(alliances.Fold(n)) {
		switch w {
		case "al", "el", "ash", "ad", "as", "an", "ar", "at", "az", "ul", "the", "of", "for":
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return "" // a name of particles alone, as a heading's capitals may give one
	}
	if len(out) >= 3 && unitSuffixes[out[len(out)-1]] {
		out = out[:len(out)-1]
	}
	// "Revolutionary Guards" and "Revolutionary Guard", "Quds Forces" and "Quds Force".
	if last := out[len(out)-1]; len(out) >= 2 && len(last) > 4 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		out[len(out)-1] = strings.TrimSuffix(last, "s")
	}
	return strings.Join(out, " ")
}

// unitSuffixes are the words a group's name may be written with or without.
var unitSuffixes = map[string]bool{"brigade": true, "brigades": true, "battalion": true, "battalions": true, "group": true,
	"movement": true, "organization": true, "organisation": true, "corps": true}

// initialsOf is a name's capitals, in order: "European Union" -> "EU".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// areaNouns are the nouns of places after a name: "the Idlib countryside".
var areaNouns = map[string]bool{"area": true, "areas": true, "region": true, "regions": true, "district": true, "governorate": true,
	"province": true, "city": true, "town": true, "countryside": true, "valley": true, "desert": true, "border": true, "front": true}

// branchRegions are the first words of the regions that name the branches of a group
// called by one word: "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Arabian
// Peninsula".
var branchRegions = map[string]bool{"Islamic": true, "Greater": true, "Arabian": true, "Indian": true, "Land": true, "Lands": true}

// articled tells whether a word is an Arabic article before a capitalized word:
// "al-Nusra", "ash-Sham".
func articled(w string) bool {
	for _, article := range []string{"al-", "ash-", "ad-", "as-", "an-", "ar-", "at-", "az-", "el-", "ul-"} {
		if rest := strings.TrimPrefix(w, article); rest != w && rest != "" && capitalized.FindString(rest) == rest {
			return true
		}
	}
	return false
}

// documentNouns are the nouns of texts and meetings that take an actor's name: "the
// United Nations Charter".
var documentNouns = map[string]bool{"charter": true, "resolution": true, "resolutions": true, "convention": true, "treaty": true,
	"declaration": true, "protocol": true, "constitution": true, "communique": true, "memorandum": true, "accord": true, "accords": true,
	"agreement": true, "process": true, "format": true}

// givenName reports whether the word before a person's name, at i, is another given
// name: capitalized, joined to it, not the sentence's first word, no post, no state's
// word, no small word, and named by no one. "Riad al-Asaad, the founder of the Free
// Syrian Army" names no Assad the reader knows.
func (rd *Reader) givenName(ts []token, i int, out []mention) bool {
	k := i - 1
	if k < 1 || !ts[k].upper || strings.TrimSpace(ts[i].pre) != "" || strings.ContainsAny(ts[k].pre, ".!?") {
		return false
	}
	w := ts[k].word
	if opening[w] || smallWords[w] || calendarWords[w] || determiners[w] || rd.titleAt(ts, k) > 0 || rd.stateWord([]string{w}, 0) || rd.stateDemonym(w) {
		return false
	}
	return len(out) == 0 || out[len(out)-1].end <= k
}

// smallWords are the words that open a sentence or a clause with a capital without
// naming anyone.
var smallWords = map[string]bool{"in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true,
	"to": true, "of": true, "and": true, "but": true, "or": true, "later": true, "then": true, "now": true, "today": true,
	"former": true, "late": true, "general": true, "gen": true, "dr": true, "mr": true, "mrs": true, "ms": true, "sheikh": true}

// nameParts reads the names of actors that hold another's: "Taliban hardliners",
// "Pakistani military", "Militias of Haji Zahir Qadir" (parts); "Police officers loyal to
// Karzai" (allies); "US-led coalition" (led by). A name after a word of opposition
// ("anti-ISIL coalition", "coalition against ISIL and al-Qaeda", "Global Coalition to
// Defeat ISIS") is its enemy's, no part of it.
func (rd *Reader) nameParts(actors []alliances.Actor) {
	for _, a := range actors {
		if a.Kind == "individual" || a.Kind == alliances.Category {
			continue
		}
		words := strings.Fields(strings.TrimPrefix(spelling(alliances.Fold(a.Name)), "the "))
		against := slices.IndexFunc(words, func(w string) bool { return opposing[w] })
		described := len(words) // where the words in brackets begin: "Ingushetia (republic's government)"
		if b, _, ok := strings.Cut(a.Name, "("); ok {
			described = len(strings.Fields(strings.TrimPrefix(spelling(alliances.Fold(b)), "the ")))
		}
		covered := 0 // the words a name already read holds: "Mathias Wenda's fighters" hold no Wenda of another's
		for i := range words {
			for n := len(words) - i; n > 0 && i >= covered; n-- {
				if i == 0 && n == len(words) {
					continue
				}
				key := strings.Join(words[i:i+n], " ")
				id, ok := rd.names[key]
				if !ok && i == 0 && n == 1 && len(words) >= 3 {
					id, ok = rd.acronyms[key] // "UN Group of Experts", "EU Training Mission"; not "UN Watch"
				}
				if against >= 0 && i > against || i > 0 && (words[i-1] == "pro" || words[i-1] == "ex" || words[i-1] == "counter") || rd.heads[key] || rd.nouns[key] {
					ok = false // a head is no name of its own either
				}
				// "US-led coalition", "Saudi-led coalition": the name before "led" leads the
				// actor (an acronym of the name too, which "us" alone is not).
				if i+n < len(words) && words[i+n] == "led" {
					head, known := id, ok
					if !known && n == 1 {
						head, known = rd.acronyms[words[i]]
					}
					if known && head != a.ID && !strings.HasPrefix(head, "@") && !slices.Contains(rd.ledBy[a.ID], head) {
						rd.ledBy[a.ID] = append(rd.ledBy[a.ID], head)
					}
					if known {
						break
					}
				}
				// "Police officers loyal to Karzai": an ally, not a part or a leader.
				if ok && i >= 2 && slices.Contains([]string{"loyal to", "linked to", "tied to", "close to", "aligned with"}, words[i-2]+" "+words[i-1]) {
					if rd.allies[a.ID] == nil {
						rd.allies[a.ID] = map[string]bool{}
					}
					rd.allies[a.ID][id] = true
				}
				// "Chadian Forces in Mali": a state after a word of place is where the actor
				// is, not whose; "Sham Legion" holds no "Legion", an organization's word that
				// another actor goes by; "Kachin Defence Army" no "Kachin", where another goes by
				// "the Kachin" only.
				if ok && (i > 0 && rd.places[words[i-1]] || n == 1 && (rd.formWords[words[i]] || rd.articled[key] && !rd.plain[key])) {
					ok = false
				}
				// "Nour al-Din al-Zenki" holds no Abu Abdul Rahman Nour: a man's one name
				// before a particle of another's name, not before the noun of a body.
				if ok && n == 1 && rd.kinds[id] == "individual" && i+1 < described && nameParticles[strings.SplitN(words[i+1], "-", 2)[0]] {
					ok = false
				}
				// A state's name or alias holding a surname alone ("Assad government") names
				// no one person of that name (Hafez al-Assad, in a report on the 1990s).
				if ok && n == 1 && a.Kind == "state" && rd.kinds[id] == "individual" {
					ok = false
				}
				// A group's name beside a state's is a namesake, no part: "Pakistani
				// Taliban", "Tehrik-i-Taliban Pakistan" are not the Afghan Taliban's.
				if ok && rd.kinds[id] != "state" && (rd.stateWord(words, i-1) || rd.stateWord(words, i+n)) {
					ok = false
				}
				// Nor one whose name ends in another party's whole name, or holds it before
				// "of": the Social Democratic Party (of Albania) is no part of the Democratic Party.
				if ok && i > 0 && (i+n == len(words) || words[i+n] == "of") && n >= 2 && partyHeads[words[i+n-1]] && words[i-1] != "of" && words[i-1] != "the" {
					ok = false
				}
				// Nor one whose name holds another's before "of" and a third body's name: the
				// "Peace and Security Council of the African Union" is the Union's, not the UN's.
				if ok && i+n+1 < len(words) && words[i+n] == "of" && rd.bodyAfterOf(words[i+n+1:]) {
					ok = false
				}
				// A state is named in its organs' names; groups named after a country
				// ("Free Syrian Army") are no part of its state.
				if ok && id != a.ID && !strings.HasPrefix(id, "@") && rd.kinds[id] != alliances.Category && (rd.kinds[id] != "state" || a.Kind == "state-organ") && !slices.Contains(rd.parts[a.ID], id) {
					rd.parts[a.ID] = append(rd.parts[a.ID], id)
					covered = i + n
					break
				}
			}
		}
	}
}

// partyHeads are the last words of a party's or a movement's name another's may end in.
// The words as names are spelt, a double letter one ("congres", "aliance").
var partyHeads = map[string]bool{"party": true, "front": true, "movement": true, "aliance": true, "union": true, "league": true, "congres": true}

// nameTies proposes the ties the names of a sentence's actors hold, each once a text
// (named): a faction named after its leader is led by him, "the Islamic State in the
// Greater Sahara" is a part of the Islamic State.
func (rd *Reader) nameTies(d *Document, p Paragraph, s Span, ms []mention, named map[string]bool, valid, timeCue string) []Proposal {
	if strings.Contains(d.Text[s.Start:s.End], "to be confused with") {
		return nil // "Not to be confused with the first Weyane": a name like another's, no part of it
	}
	var out []Proposal
	for _, m := range ms {
		for _, head := range rd.ledBy[m.id] {
			if named[head+" leads "+m.id] {
				continue
			}
			named[head+" leads "+m.id] = true
			t := alliances.Tie{Subject: head, Object: m.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"name: " + m.id + " is led by " + head}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
		}
		for _, part := range rd.parts[m.id] {
			if named[m.id+" "+part] || !rd.namedHead(m.id, part, valid) || rd.rebelsNamedAfter(m.id, part) {
				continue
			}
			named[m.id+" "+part] = true
			t := alliances.Tie{Subject: m.id, Object: part, Kind: alliances.Membership, Status: alliances.Reported}
			switch {
			case rd.allies[m.id][part]:
				t.Kind = alliances.Alliance
			case rd.kinds[part] == "individual":
				t.Subject, t.Object, t.Role = part, m.id, alliances.Leader
			}
			if prop, ok := rd.finish(d, p, s, t, []string{"name: " + m.id + " is named after " + part}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// headsGovernments reads an individual's possessive before a noun of government as the
// government the individual heads, where the reader knows one: "Bashar al-Assad's
// government" is the state whose name says it is his ("Assad government"). Men named
// together before the plural noun are the states they headed, or no one.
func (rd *Reader) headsGovernments(ts []token, ms []mention) []mention {
	// "the Sogavare and Kemakeza governments": men named together before the noun.
	var listed func(i int) bool
	listed = func(i int) bool {
		m := ms[i]
		if m.first < 0 || rd.kinds[m.id] != "individual" || m.end+1 >= len(ts) || ts[m.end-1].possessive || strings.ContainsAny(ts[m.end].pre, ",;:()") {
			return false
		}
		if w := ts[m.end].word; strings.HasSuffix(w, "s") && slices.Contains(governmentNouns, strings.TrimSuffix(w, "s")) {
			return true
		}
		return ts[m.end].word == "and" && i+1 < len(ms) && ms[i+1].first == m.end+1 && listed(i+1)
	}
	chained := make([]bool, len(ms))
	for i, m := range ms {
		chained[i] = listed(i) && (m.first > 0 && ts[m.first-1].word == "the" || i > 0 && chained[i-1] && ms[i-1].end == m.first-1)
	}
	for i, m := range ms {
		if chained[i] {
			ms[i].id = cmp.Or(rd.offices[m.id], rd.rulerOf(m.id, ts)) // the state each headed, else none
			continue
		}
		if rd.kinds[m.id] != "individual" || m.end >= len(ts) || !slices.Contains(governmentNouns, ts[m.end].word) &&
			!(rulerForces[ts[m.end].word] && ts[m.end-1].possessive && rd.rulerOf(m.id, ts) != "") || // "Saddam Hussein's army"
			!ts[m.end-1].possessive && (m.first == 0 || ts[m.first-1].word != "the") { // "Museveni's government", "the Reagan administration"
			continue
		}
		var led []string // the states named after the individual or led by him
		for id, kind := range rd.kinds {
			if kind == "state" && (slices.Contains(rd.ledBy[id], m.id) || slices.Contains(rd.parts[id], m.id)) {
				led = append(led, id)
			}
		}
		switch {
		case len(led) == 1:
			ms[i] = mention{led[0], m.first, m.end + 1}
		case rd.offices[m.id] != "":
			// "Uganda's president, Yoweri Museveni" before, then "Museveni's
			// government": his state's, not the report's own government.
			ms[i] = mention{rd.offices[m.id], m.first, m.end + 1}
			if i+1 < len(ms) && ms[i+1].first == m.end {
				ms[i+1].id = "" // the report's own government's mention, dropped below
			}
		case rd.rulerOf(m.id, ts) != "":
			// "Indira Gandhi's government", "the Conté government": the state the list of
			// rulers makes the individual the head of.
			ms[i] = mention{rd.rulerOf(m.id, ts), m.first, m.end + 1}
			if i+1 < len(ms) && ms[i+1].first == m.end {
				ms[i+1].id = ""
			}
		case ts[m.end].word == "administration" && rd.kinds["united-states"] == "state":
			// "the Reagan administration": English names an American presidency so, and
			// no other state's government.
			ms[i] = mention{"united-states", m.first, m.end + 1}
		case rd.country != "" && m.first > 0 && ts[m.end-1].possessive && statePostBefore(ts, m.first):
			// "President Thein Sein's government": a head of state the reader knows no
			// state of heads the report's.
			ms[i] = mention{rd.country, m.first, m.end + 1}
		}
	}
	return slices.DeleteFunc(ms, func(m mention) bool { return m.id == "" })
}

// statePostBefore tells whether a head of state's or government's title stands right
// before token k: "President", "Prime Minister".
func statePostBefore(ts []token, k int) bool {
	w := ts[k-1].word
	return w == "president" || w == "premier" || w == "minister" && k >= 2 && ts[k-2].word == "prime"
}

// loyalForces reads the men "loyal to" an actor as the actor: "the war between the ENDF
// and forces loyal to the TPLF" is between the ENDF and the TPLF, not the ENDF's favour
// for it. The mention of the actor opens at the men's noun.
func loyalForces(ts []token, ms []mention) []mention {
	for i, m := range ms {
		k := m.first - 3 // "forces loyal to (the) X"
		if m.first > 0 && ts[m.first-1].word == "the" {
			k--
		}
		if k < 0 || !loyalMen[ts[k].word] || ts[k+1].word != "loyal" || ts[k+2].word != "to" || i > 0 && ms[i-1].end > k ||
			strings.ContainsAny(ts[k+1].pre+ts[k+2].pre, ",;:()") {
			continue
		}
		ms[i].first = k
	}
	return ms
}

// loyalMen are the nouns of armed men that "loyal to" an actor makes the actor's.
var loyalMen = map[string]bool{"forces": true, "troops": true, "fighters": true, "militias": true, "militiamen": true,
	"units": true, "soldiers": true, "men": true, "gunmen": true}

// startsUpper reports whether a word opens with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// particleName reports whether the words of a name hold an Arabic particle of a
// person's name, between given name and surname: "Hafez al-Assad", "Osama bin Laden",
// "Abu Bakr al-Baghdadi".
func particleName(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for i, w := range words[1:] {
		l := strings.ToLower(w)
		if strings.HasPrefix(l, "al-") || strings.HasPrefix(l, "el-") || l == "bin" || l == "ibn" || i == 0 && strings.ToLower(words[0]) == "abu" {
			return true
		}
	}
	return false
}

// verbNext reports whether the word after a run is a verb of which the run is the
// subject: "Hafez al-Assad feared", "Assad sent".
func verbNext(fields []string, end int) bool {
	if end <= 0 || end >= len(fields) || strings.ContainsAny(fields[end-1], ",;:()") {
		return false
	}
	w := strings.Trim(fields[end], ",.;:()")
	return w == strings.ToLower(w) && (pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// royal reports whether a run of capitalized words names a person known by a title and
// one name: "King Hussein", "King Fahd of Saudi Arabia", "Emir Tamim".
func royal(words []string, stateName func([]string) bool) bool {
	return len(words) >= 2 && oneNamed[strings.ToLower(words[0])] && !strings.Contains(words[1], "-") && !notRoyal[strings.ToLower(words[1])] &&
		(len(words) == 2 || len(words) >= 4 && words[2] == "of" && stateName(words[3:]))
}

// titledOf reports whether a run of capitalized words names a ruler by his title and his
// state ("the Shah of Iran"), whom the text then names by the title alone after "the" ("the
// Shah") twice at least.
func titledOf(words []string, stateName func([]string) bool, text string) bool {
	if len(words) < 3 || !oneNamed[strings.ToLower(words[0])] || words[1] != "of" || !stateName(words[2:]) {
		return false
	}
	return strings.Count(text, "the "+words[0]+" ")+strings.Count(text, "the "+words[0]+",")+strings.Count(text, "the "+words[0]+"'s") >= 2
}

// notRoyal are the words after a royal title that make a place or a thing: "King
// Street", "Shah Deniz".
var notRoyal = map[string]bool{"street": true, "road": true, "avenue": true, "square": true, "boulevard": true, "kong": true,
	"deniz": true, "airport": true, "bridge": true, "hospital": true, "university": true, "college": true, "mosque": true,
	"palace": true, "park": true, "hotel": true, "causeway": true, "island": true, "county": true, "river": true}

// oneNamed are the titles of those known by one name after them.
var oneNamed = map[string]bool{"king": true, "queen": true, "emir": true, "sultan": true, "shah": true, "pope": true, "caliph": true}

// bodyWords are words of organizations' names that no person's holds: "led by Amnesty
// International and Human Rights Watch" names no one.
var bodyWords = map[string]bool{"international": true, "watch": true, "rights": true, "borders": true, "amnesty": true, "oxfam": true,
	"relief": true, "aid": true, "doctors": true, "without": true, "cross": true, "crescent": true, "haram": true, "nations": true,
	"union": true, "security": true, "human": true, "world": true, "children": true, "care": true, "mercy": true, "foundation": true,
	"institute": true, "fund": true, "bank": true, "programme": true, "program": true, "office": true, "society": true,
	"association": true, "services": true, "service": true, "network": true, "forum": true, "initiative": true, "centre": true, "center": true}

// opposing are the words of a name after which the names it holds are its enemies':
// "anti-ISIL coalition", "coalition against ISIL", "Global Coalition to Defeat ISIS".
var opposing = map[string]bool{"anti": true, "against": true, "defeat": true, "fight": true, "fighting": true,
	"combat": true, "combating": true, "versus": true, "vs": true}

// stateWord reports whether words[j] names a state, or is its demonym ("Pakistani").
func (rd *Reader) stateWord(words []string, j int) bool {
	if j < 0 || j >= len(words) {
		return false
	}
	if id, ok := rd.names[spelling(words[j])]; ok && rd.kinds[id] == "state" {
		return true // ("Russia" is kept as it is spelt: "rusia")
	}
	_, demonym := rd.rules.Aliases[words[j]]
	return demonym
}

// regnalAliases gives each individual found whose name ends in a regnal number the name
// without it, which the text may use after the first time: "Makarios" for "Makarios III".
func (rd *Reader) regnalAliases(out []Found) []Found {
	for i := 0; i < len(out); i++ {
		f := out[i]
		w := strings.Fields(f.Actor.Name)
		if f.Actor.Kind != "individual" || len(w) < 2 || !regnal[w[len(w)-1]] {
			continue
		}
		short := strings.Join(w[:len(w)-1], " ")
		held, taken := rd.names[spelling(alliances.Fold(short))]
		if !taken && len(short) >= 4 {
			rd.add(short, f.Actor.ID)
			out[i].Actor.Aliases = append(out[i].Actor.Aliases, short)
		}
		// "Makarios", found by the list of rulers, and "Archbishop Makarios III": one man.
		if j := slices.IndexFunc(out, func(g Found) bool { return g.Actor.ID == held && g.Actor.Name == short && g.Actor.Kind == "individual" }); taken && j >= 0 && j != i {
			rd.fold(held, f.Actor.ID)
			out[i].Actor.Aliases = append(out[i].Actor.Aliases, short)
			out = slices.Delete(out, j, j+1)
			if j < i {
				i--
			}
		}
	}
	return out
}

// regnal are the numbers after a ruler's or a prelate's name: "Makarios III".
var regnal = map[string]bool{"II": true, "III": true, "IV": true, "V": true, "VI": true, "VII": true, "VIII": true, "IX": true, "XI": true, "XII": true, "XIII": true}

// bodyOfPost returns the words of a run that names a post "of" a body, the body's:
// "Ambassador of the Republic of Korea", "Supreme Commander of the Korean People's Army"
// name the Republic and the Army; not "Secretary of State Hillary Clinton", a post whose
// own words hold "of". title tells whether words are a post's.
func (rd *Reader) bodyOfPost(words []string, title func(string) bool) []string {
	k := slices.Index(words, "of")
	if k < 1 || k > 3 || len(words) <= k+2 || !title(words[k-1]) && !(k >= 2 && title(strings.Join(words[k-2:k], " "))) ||
		title(strings.Join(words[k-1:k+2], " ")) {
		return words
	}
	words = words[k+1:]
	if strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	return words
}

// withoutStatesAfter returns the words of a run before "of" and the states it names,
// where a list of states goes on after the run, and true: "The Contact Group of the
// United States, Britain, France ...": the states are its members, no part of its name.
func (rd *Reader) withoutStatesAfter(words, fields []string, r nameRun) ([]string, bool) {
	if k := slices.Index(words, "of"); k > 0 && k+1 < len(words) && rd.stateName(words[k+1:]) && r.end < len(fields) &&
		strings.HasSuffix(fields[r.end-1], ",") && rd.stateName([]string{strings.Trim(fields[r.end], ",.;:")}) {
		return words[:k], true
	}
	return words, false
}

// bodyAfterOf reports whether the words after "of" in a name, past "the", are the name of
// an actor that is neither a state nor a person: "of the African Union".
func (rd *Reader) bodyAfterOf(words []string) bool {
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	id, ok := rd.names[strings.Join(words, " ")]
	return ok && !strings.HasPrefix(id, "@") && rd.kinds[id] != "state" && rd.kinds[id] != "individual" && rd.kinds[id] != ""
}
