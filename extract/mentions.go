package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// token is a word of a sentence, folded, with its place in the document.
type token struct {
	word       string
	start, end int
	pre        string // the text between the word before and this one: spaces, punctuation
	upper      bool   // written with a capital
	possessive bool   // written with 's: "Hekmatyar's"
	caps       bool   // written in capitals, two or more: "UK"
}

func tokens(text string, base int) []token {
	text = unspoken(text)
	var out []token
	start, last := -1, 0
	for i, r := range text + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’') && start >= 0
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			for k, w := range strings.Fields(alliances.Fold(text[start:i])) {
				pre := ""
				if k == 0 {
					pre = text[last:start]
					if n := len(out); n > 0 && out[n-1].caps && strings.HasSuffix(out[n-1].pre, "(") && strings.HasPrefix(pre, "),") {
						pre = pre[1:] // "Task Force Ranger (TFR), a US force": the abbreviation's bracket, not the apposition's
					}
				}
				r, _ := utf8.DecodeRuneInString(text[start:i])
				raw := text[start:i]
				poss := strings.HasSuffix(raw, "'s") || strings.HasSuffix(raw, "’s")
				bare := strings.TrimSuffix(strings.TrimSuffix(raw, "'s"), "’s") // "UN's" is in capitals
				caps := len(bare) >= 2 && strings.ToUpper(bare) == bare && strings.ToLower(bare) != bare
				out = append(out, token{w, base + start, base + i, pre, unicode.IsUpper(r), poss, caps})
			}
			last = i
			start = -1
		}
	}
	return out
}

type mention struct {
	id         string
	first, end int // token positions [first, end)
}

// trailingBodyNouns are the nouns of a body that may follow its name and say what it is: "the
// ISI directorate", "the Hezbollah movement", "the Wagner group". Not "faction", "wing" or
// "branch", which name a part, another actor.
var trailingBodyNouns = map[string]bool{"directorate": true, "agency": true, "movement": true, "group": true, "militia": true,
	"party": true, "organization": true, "organisation": true, "network": true, "outfit": true, "service": true}

// qualified returns where a name's head read at token end-1 ends with what qualifies
// it, when the words after it join and name its qualifiers ("Police officers loyal to
// former president Hamid Karzai and to other southern notables"): the whole is one
// mention. Otherwise it returns end.
func (rd *Reader) qualified(ts []token, end int, id string) int {
	if end >= len(ts) || !slices.ContainsFunc(qualifying, func(q string) bool { return strings.HasPrefix(q[1:], ts[end].word+" ") }) {
		return end
	}
	last := end
	for k := end; k < min(end+12, len(ts)); k++ {
		if slices.Contains(rd.qualifiers[id], spelling(ts[k].word)) {
			last = k + 1
		}
	}
	return last
}

// mentionsAfter finds the actors named in a sentence, the longest name first, knowing the
// subject of the sentence before (for "they", "the group") and the actors it named (for
// "the two").
func (rd *Reader) mentionsAfter(ts []token, previous string, pair []string) []mention {
	var out []mention
	before := previous               // the previous sentence's subject, for "the group"
	firstRead := map[string]string{} // "they" and "it" as first resolved in the sentence
	spelt := make([]string, len(ts))
	for i, t := range ts {
		spelt[i] = spelling(t.word) // once a word: the windows below join them
	}
	for i := 0; i < len(ts); {
		if id, n := rd.firstPersonAt(ts, i); n > 0 {
			out = append(out, mention{id, i, i + n}) // "we", in the turn of "Mr. BHUTTO (Pakistan):"
			i += n
			continue
		}
		// "Franco-Chadian forces": France, then Chad, one mention each.
		if id := rd.combining[ts[i].word]; id != "" && rd.kinds[id] != "" && i+1 < len(ts) && strings.TrimSpace(ts[i+1].pre) == "-" && rd.nameAt(ts, i+1) && !documentAfter(ts, i+1) &&
			!rd.namedFrom(spelt, i) && !victimsAfter(ts, i+1) { // not "the Anglo-Chilean journalist George Andrew Roth"
			out = append(out, mention{id, i, i + 1})
			i++
			continue
		}
		found := false
		for n := min(rd.longest, len(ts)-i); n > 0; n-- {
			words := make([]string, n)
			for k := range n {
				words[k] = ts[i+k].word
			}
			key := strings.Join(spelt[i:i+n], " ")
			id, ok := rd.nameOrMen(ts, i, n, key, words)
			if !ok && n == 1 && ts[i].caps {
				id, ok = rd.acronyms[ts[i].word] // "UK", never "us"
				if !ok && ts[i].possessive {
					id, ok = rd.acronyms[strings.TrimSuffix(ts[i].word, "s")] // "the UN's envoy"
				}
			}
			if !ok && n == 1 && ts[i].possessive {
				id, ok = rd.possessives[key] // "the TTP's men"
			}
			if !ok && n >= 2 && ts[i+n-1].possessive && rd.names[strings.TrimSuffix(key, "s")] == "@previous" {
				id, ok = "@previous", true // "the movement's leader", not "the groups"
			}
			if ok && (id == "@three" || id == "@four" || id == "@five") && (!countsThree(ts, i, n) || longerAfter(rd.names, spelt, i+1, n)) {
				ok = false // "the Three Brotherhood Alliance", "the three days", "two of the three", "the four smaller sheikhdoms" (a name)
			}
			if ok && id == "@pair" && n == 1 && ts[i].word == "both" && !bothObject(ts, i) && (i+1 >= len(ts) || ts[i+1].upper || determiners[ts[i+1].word] || ts[i+1].word == "of" ||
				strings.ContainsAny(ts[i+1].pre, ",;:()") || !auxiliaries[ts[i+1].word] && !strings.HasSuffix(ts[i+1].word, "ed") && !pastVerbs[ts[i+1].word]) {
				ok = false // "both feared", "both had": the two; not "both Ortegas", "both the UN and", "both sides" (its own words)
			}
			if ok && n == 1 && (!ts[i].upper && rd.articled[key] && rd.written[key] == 1 || !ts[i].caps && (key == "and" || key == "or" || key == "but")) {
				ok = false // "cooperated on the front line": no Levant Front, which the case calls "the Front"; "and", "And" no army called "AND"
			}
			if ok && rd.kinds[id] == "individual" && !slices.ContainsFunc(ts[i:i+n], func(t token) bool { return t.upper }) {
				ok = false // "the mountains of the north" are no Oliver North's
			}
			if ok && rd.written[key] == 1 && i+n < len(ts) && ts[i+n].word == "of" && !slices.ContainsFunc(ts[i:i+n], func(t token) bool { return t.upper }) &&
				slices.ContainsFunc(rd.titles, func(t []string) bool { return slices.Equal(t, words) }) {
				ok = false // "secretary-general of the Yemeni Socialist Party": another's post, not the "Secretary-General"
			}
			if ok {
				if other := rd.otherStatesGovernment(ts, i, n, id); other != "" {
					id = other // "the Government of Angola", where the case calls Lesotho "the Government"
				}
			}
			ok = ok && !eachOthers(ts, i) && !rd.pluralOfMan(ts, i, n, key, id) && !rd.otherStatesOrgan(ts, i, id) // "to stop hosting each other's rebels": a different group for each
			if ok {
				if id == "@three" || id == "@four" || id == "@five" {
					// "the three leaders": the three actors named last, one mention each.
					// Not by the sentences' subjects where a noun of people follows: "The three
					// Europeans" were none of the groups the items before told of.
					bySubjects := i+n >= len(ts) || !ts[i+n].upper
					for _, id := range rd.lastN(listCounts[id], ts, out, peopleWords[words[len(words)-1]], words[len(words)-1] == "leaders", bySubjects) {
						out = append(out, mention{id, i, i + n})
					}
					i += n
					found = true
					break
				}
				if id == "@pair" {
					// "the two": the two actors named last, as one mention each.
					sentence := out
					if i >= 1 && ts[i-1].word == "between" {
						// "Welch shuttled between the two leaders", "brokered a meeting between the two countries": not the mediator.
						agent := func(m mention) bool {
							return m.end <= i && (slices.ContainsFunc(ts[m.end:min(m.end+2, i)], func(t token) bool { return mediating[t.word] || rd.convenings[t.word] }) ||
								m.first == out[0].first && slices.ContainsFunc(ts[m.end:i], func(t token) bool { return mediating[t.word] })) // "Egypt, whose ..., has brokered truces between"
						}
						sentence = slices.DeleteFunc(slices.Clone(out), func(m mention) bool {
							// the agent, and its possessor: "the State Department's David Welch"
							return agent(m) || ts[m.end-1].possessive && slices.ContainsFunc(out, func(o mention) bool { return o.first == m.end && agent(o) })
						})
					}
					// Nor the agent of an aside: "Hezbollah, funded and armed by Iran, had
					// grown at Amal's expense, and from 1988 the two fought".
					sentence = slices.DeleteFunc(slices.Clone(sentence), func(m mention) bool { return asideAgent(ts, m, i) })
					// Nor the one a relative clause speaks of, the clause's subject: "Reagan's
					// CIA, which funded both groups".
					sentence = slices.DeleteFunc(sentence, func(m mention) bool {
						return m.end < i && i-m.end <= 4 && (ts[m.end].word == "which" || ts[m.end].word == "who") && strings.TrimSpace(ts[m.end].pre) == "," &&
							!slices.ContainsFunc(ts[m.end+1:i], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") })
					})
					noun := pairNoun(ts, i+n, words[len(words)-1])
					a, b := rd.lastTwo(sentence, previous, pair, stateWords[noun], bodyPlurals[noun], peopleWords[noun])
					if noun == "leaders" {
						if x, y := rd.warringLeaders(); x != "" {
							a, b = x, y // "brought envoys of the two leaders to Paris", after the KDP and the PUK fought: their leaders
						}
					}
					if two := rd.lastN(2, ts, out, false, false, false); n == 1 && words[0] == "both" && len(two) == 2 {
						a, b = two[0], two[1] // "Guatemala and El Salvador made no secret of it; both feared": the list of two named last
					} else if n == 1 && words[0] == "both" && rd.kinds[a] != rd.kinds[b] {
						a, b = "", "" // "the Cocoyes, attached to the presidency. Both are said": no two of a kind named last
					}
					if last := words[len(words)-1]; a == "" && (last == "men" || last == "generals" || last == "leaders") {
						a, b = rd.lastPeople() // "The two men were once partners", a sentence after both were named
					}
					w := rd.warring
					if i > 0 && ts[i-1].word == "between" && rd.facing[0] != "" && rd.facingIn == rd.paragraph {
						w = rd.facing // "Truce talks between A and B opened ... India mediated between the two sides": the two this paragraph told facing each other last
					}
					if w[0] != "" && sidesWords[words[len(words)-1]] && len(out) > 0 && (noun != "countries" || rd.kinds[w[0]] == "state" && rd.kinds[w[1]] == "state") && (i > 0 && ts[i-1].word == "between" || distinct(out) < 2) &&
						!slices.ContainsFunc(out, func(m mention) bool { return m.id == w[0] || m.id == w[1] }) {
						// "A and B brokered talks between the two sides": the two the
						// document told fighting last, not the mediators just named (but
						// "A ceasefire between A and B. ... both sides agreed": the two
						// the sentence before names).
						a, b = w[0], w[1]
					}
					if a != "" {
						out = append(out, mention{a, i, i + n}, mention{b, i, i + n})
					}
					i += n
					found = true
					break
				}
				if id == "@country" {
					// "the government", where the report is about one state's conflict: that
					// state. Not "the government of Turkey", which names its own.
					id = rd.country
					if i+n+1 < len(ts) && ts[i+n].word == "in" {
						// "the government in Khartoum": the state whose capital or land it sits in.
						if there, ok := rd.names[spelling(ts[i+n+1].word)]; ok && rd.kinds[there] == "state" && ts[i+n+1].upper {
							id = there
						} else if there := rd.rules.Capitals[ts[i+n+1].word]; there != "" && there != id && ts[i+n+1].upper {
							id = "" // another state's capital, of a state the reader does not know
						}
					}
					if i+n < len(ts) && (ts[i+n].word == "of" || ts[i+n].word == "that") || n > 1 && ts[i+n-1].upper && ts[i].word == "the" {
						// Nor "the Army of Revolutionaries", "the Army" in capitals: a name
						// the words begin, read on from its first.
						continue
					}
					if id == "" {
						i += n
						found = true
						break
					}
				}
				if id == "@ambiguous" {
					id = rd.choose(rd.ambiguous[spelling(strings.Join(words, " "))], ts)
				}
				alias := rd.capitalAlias[key]
				if alias == "" && ts[i+n-1].possessive {
					alias = rd.capitalAlias[strings.TrimSuffix(key, "s")] // "the Party's"
				}
				if id == "@previous" && alias != "" && ts[i+n-1].upper {
					id = alias // "the Party", where the case calls the MCP so; "the party" is the one named before
					if other := rd.otherStatesGovernment(ts, i, n, id); other != "" {
						id = other // "the Government of Angola": the state named after, not the one the case calls so
					}
				}
				restated := id == "@previous" && strings.ContainsAny(ts[i].pre, ",;")
				var also []string // the others "them" stands for: the list of the sentence's subjects
				if id == "@previous" {
					// "the group" is the actor the text was about; "they", "them", "it" the
					// one named last, unless "it" is no one ("it was assumed").
					id = previous
					if words[0] == "the" {
						// "the group" is the paragraph's subject or the sentence's before.
						// "the group", "the movement", "the party" are no state and no person:
						// "following Russia's lead ... its agreement with the group" is the
						// Taliban's, not Russia's.
						// Else the organization the sentence named last: "The Iranians
						// followed with a shift in their policy toward the Taliban, first
						// with modest support for the group".
						last := ""
						for k := len(out) - 1; k >= 0 && last == ""; k-- {
							if !rd.nonMember(out[k].id) {
								last = out[k].id
							}
						}
						id = ""
						for _, c := range []string{rd.topic, before, previous, last} {
							if c != "" && !rd.nonMember(c) && (words[1] != "movement" || !rd.unmoved(c)) {
								id = c
								break
							}
						}
					}
					if words[0] == "he" || words[0] == "him" || words[0] == "she" || words[0] == "her" {
						id = rd.person(ts, out, i, previous, words[0] == "him" || words[0] == "her")
					}
					if words[0] == "her" && !objectHer(ts, i) {
						id = "" // "her party", "her allies": a possessive, read elsewhere
					}
					if rd.noAntecedent(ts, out, i, words[0], id) {
						id = "" // "sanctions on three persons, among them Mr. Blé Goudé": the persons, whom no name gives
					}
					// "Their leader, Mullah Omar, gathered students ... They seized": "they"
					// is no one person, but the paragraph's subject, else no one.
					if (words[0] == "they" || words[0] == "them") && rd.kinds[id] == "individual" && !(len(rd.they) >= 2 && rd.they[0] == id) {
						id = ""
						if rd.topic != "" && rd.kinds[rd.topic] != "individual" {
							id = rd.topic
						}
						if words[0] == "them" && before != "" && rd.kinds[before] != "individual" && receiverAt(ts, i) {
							id = before // "His FAP fighters turned on the Libyans. Habre sent them arms": the sentence before's subject
						}
					}
					if words[0] == "them" {
						id = rd.themOfSubjects(ts, out, i, id, before)
						if ids := rd.relativeThem(ts, out, i); ids != nil {
							id, also = ids[0], ids[1:]
						}
					}
					id = rd.objectPronoun(ts, out, i, words[0], id, pair, before)                                   // "The Revolutionary Guards armed it": another
					id = rd.itFor(ts, i, words[0], rd.itAfterPreposition(ts, out, i, words[0], id, before), before) // "Its commissar was Tan Guansan. It destroyed ...": a body
					if words[0] == "them" && i >= 2 && ts[i-1].word == "of" && quantifiers[ts[i-2].word] && i+1 < len(ts) && strings.Contains(ts[i+1].pre, ",") {
						id = "" // "One of them, the al-Baraa bin Malik Brigade, fought": the one named after
					}
					id = rd.itFor(ts, i, words[0], id, before)      // "Its commissar was Tan Guansan. It destroyed ...": a body
					id = rd.notItsSubject(ts, out, i, words[0], id) // "Guard and Mkhedrioni units raided the villages in search of them"
					if words[0] == "them" && i >= 2 && ts[i-1].word == "of" && quantifiers[ts[i-2].word] && strings.Contains(ts[i-2].pre, ",") &&
						(len(out) == 0 || out[len(out)-1].end != i-2) {
						id = "" // "Dozens of governments, most of them in Africa": of the noun before, no one named
					}
					if words[0] == "it" && i+1 < len(ts) {
						switch ts[i+1].word {
						case "is", "was", "seems", "seemed", "appears", "appeared", "remains", "remained":
							if !participleBy(ts, i+2) {
								id = "" // "it was assumed that", not "it is actively aided by Pakistan"
							}
						}
					}
					if n == 1 && (words[0] == "they" || words[0] == "it") {
						if first, ok := firstRead[words[0]]; ok {
							// "In 2014, they feared ..., and in 2019 they feared ...": the
							// pronoun said again is the same actor, not the one named between.
							id = first
						} else if (i > 0 && contrastives[ts[i-1].word] && strings.Contains(ts[i-1].pre, ",") || strings.Contains(ts[i].pre, ":") || semicolonClause(ts, i)) && len(out) > 0 && opensSentence(ts, out[0].first) && (words[0] != "they" || rd.kinds[out[0].id] != "individual") {
							// "The PYD is deemed to be the PKK's affiliate, but it is aided by
							// the U.S.": the pronoun after ", but" is the sentence's subject, not
							// the actor named last; so is one after a colon ("Saudi Arabia, eager
							// to pull Somalia out of the Soviet camp, was more forthcoming: it
							// financed arms purchases").
							id = out[0].id
						} else if andID, ok := andSubject(ts, out, i); ok {
							// "Sudan recalled its ambassador to Kenya, and this month it
							// cut relations with the UAE": the pronoun opening a clause
							// after ", and" is the sentence's subject, not the actor
							// named last.
							id = andID
						} else if j, fronted := frontedClause(ts, i); fronted {
							// "Once these regional powers accepted that the Americans were
							// leaving, they considered ...": the clause's subject, where it
							// is an actor's name, and no one where another is named in it
							// ("Since July 2015, it has been attacked" names no one there).
							inClause := slices.ContainsFunc(out, func(m mention) bool { return m.first >= j && m.end <= i })
							if inClause {
								id = ""
							}
							for _, m := range out {
								if m.first == j || m.first == j+1 && determiners[ts[j].word] {
									id = m.id
								}
							}
						}
						firstRead[words[0]] = id
					}
				}
				if id != "" && rd.sides[id] && (rd.someOf(ts, i, n) || len(out) > 0 && out[len(out)-1].end == i && strings.TrimSpace(ts[i].pre) == "") {
					id = "" // "any rebels", "Islamist factions such as ...", "Ansar Dine rebels": not the side
				}
				if id != "" && rd.kinds[id] == "state" && (rd.place(ts, i) && !(i+n < len(ts) && strings.Contains(ts[i+n].pre, "-") && backers[ts[i+n].word]) || i > 1 && strings.Contains(ts[i].pre, ",") && ts[i-1].upper && ts[i].upper &&
					!notPlaces[ts[i-1].word] && (len(out) == 0 || out[len(out)-1].end < i) ||
					i > 2 && directions[ts[i-1].word] && strings.Contains(ts[i-1].pre, ",") && ts[i-2].upper && !notPlaces[ts[i-2].word] &&
						(len(out) == 0 || out[len(out)-1].end < i-1)) {
					id = "" // "in Syria", "at Kilis, Turkey", "near Kidal, northern Mali": a place, not an actor
				}
				if id != "" && rd.kinds[id] == "state" && n == 1 && rd.rules.Aliases[ts[i].word] != "" && (ownedPeople(ts, i) || victimsAfter(ts, i)) {
					id = "" // "Its Arab and Uzbek cadres trained", "regrets the Togolese dead": men of that people, not the state
				}
				if id != "" && rd.kinds[id] == "state" && namedAfterState(ts, i) {
					id = "" // "Santiago de Cuba", "Mount Kenya": a place named after its state
				}
				if id != "" && rd.capitals[key] && rd.cityTaken(ts, i) {
					id = "" // "marched on Kabul", "the fall of Kabul", "entered Khartoum": the city
				}
				if id != "" && rd.capitals[key] && (dealNamed(ts, i+n) || i > 0 && ts[i-1].word == "over" || dealOf(ts, i)) {
					id = "" // "the Lusaka Ceasefire Agreement", "the Doha accords", "the Treaty of London": where it was made, no party; "shot down over Kigali"
				}
				if id != "" && rd.kinds[id] == "state" && len(out) > 0 && out[len(out)-1].end == i && strings.TrimSpace(ts[i].pre) == "" &&
					i+n < len(ts) && (forceNouns[ts[i+n].word] || ts[i+n].word == "peacekeepers" || ts[i+n].word == "soldiers") {
					id = "" // "UN Mali peacekeepers": the other's men in the state, not the state
				}
				if id != "" && i+n < len(ts) && strings.Contains(ts[i+n].pre, "-") && (ts[i+n].word == "based" || ts[i+n].word == "made" ||
					(ts[i+n].word == "dominated" || ts[i+n].word == "led") && !rd.nameAt(ts, i+n+1)) {
					// "the US-led coalition", "the Syria-based party", "Russian-made missiles", "a
					// Tuareg-dominated group": the name qualifies another. Not "the FSA-dominated
					// Mare' Operations Room" or "Nigerian-led ECOMOG troops", the main or leading
					// member of an actor named (compounds).
					id = ""
				}
				if id != "" && i > 0 && strings.Contains(ts[i].pre, "-") && (ts[i-1].word == "anti" || ts[i-1].word == "pro" || ts[i-1].word == "counter") ||
					id != "" && i+n+1 < len(ts) && ts[i+n].word == "loyalist" && !ts[i+n+1].upper {
					id = "" // "anti-Taliban fighters", "pro-Assad militias", "the Assad loyalist militia": the name qualifies others, no party
				}
				if id != "" && !ts[i].upper && i > 0 && ts[i-1].possessive && len(out) > 0 && out[len(out)-1].end == i && rd.kinds[out[len(out)-1].id] == "individual" &&
					rd.kinds[id] == "state" {
					id = "" // "Indira Gandhi's government": hers, not the one "the government" names
				}
				if id != "" && rd.kinds[id] == "state" && n == 1 && ts[i].upper && rd.peoplesNoun(ts[i].word) && rd.mensMen(ts, i, out) {
					id = "" // "Bermondt's Germans and Russians": his men, not Germany and Russia
				}
				if id != "" && rd.kinds[id] == "state" && n == 1 && rd.oneOfPeople(ts, i) {
					id = "" // "funded by a young Saudi, Osama bin Laden": one man of the state's people
				}
				if id != "" && rd.kinds[id] == "state" && n == 1 && i+1 < len(ts) && ts[i+1].upper && strings.TrimSpace(ts[i+1].pre) == "" && rd.rules.Aliases[ts[i+1].word] != "" &&
					rd.rules.Aliases[ts[i+1].word] != id && rd.rules.Aliases[ts[i].word] == id && !rd.capitals[key] {
					id = "" // "Greek Cypriot irregulars", "Bosnian Serb forces": a people of another state's people, not the state
				}
				if id != "" && rd.kinds[id] == "state" && rd.people(ts, i, n) {
					id = "" // "Afghan militia fighters", "Iraqi refugees": people of the state, not the state
				}
				if id != "" && rd.kinds[id] == "individual" && (n == 1 || n == 2 && nameParticles[words[0]]) && rd.givenName(ts, i, out) {
					id = "" // "Riad al-Asaad" is not Bashar al-Assad: another's given name before the surname
				}
				if id != "" && rd.kinds[id] == "individual" && rd.postOfAnother(ts, out, id, i, n) {
					id = "" // "Mr. Soro, Secretary-General of the FN": another body's post, not the UN's Secretary-General
				}
				if id != "" && i+n < len(ts) && (ts[i+n].upper || ts[i+n].word == "charter" && (i+n+1 >= len(ts) || !charterCraft[ts[i+n+1].word])) && documentNouns[ts[i+n].word] && strings.TrimSpace(ts[i+n].pre) == "" {
					id = "" // "the United Nations Charter", "the Astana Declaration": a text named after it, no actor
				}
				if id != "" && i+n < len(ts) && !ts[i+n-1].possessive && !ts[i+n].upper && strings.TrimSpace(ts[i+n].pre) == "" && trailingBodyNouns[ts[i+n].word] &&
					rd.kinds[id] != "" && rd.kinds[id] != "individual" && rd.kinds[id] != "state" && rd.kinds[id] != alliances.Category {
					n++ // "the Inter-Services Intelligence directorate, Pakistan's spy agency": the body's noun after its name is the name's
				}
				if id != "" && rd.heads[key] {
					n = rd.qualified(ts, i+n, id) - i // "militia commanders loyal to ... Karzai and to other southern notables"
				}
				if k := len(out) - 1; id != "" && k >= 0 && out[k].id == id && out[k].end == i && !restated {
					// "the People's Protection Units (YPG)": one mention. Not "calling itself the
					// FPA, the group stated": the pronoun after the comma is a mention of its
					// own, which may tell what follows where the name does not.
					out[k].end = i + n
				} else if id != "" {
					out = append(out, mention{id, i, i + n})
					previous = id
					if rd.named != nil && rd.kinds[id] == "individual" && n >= 2 && words[0] != "the" {
						rd.named[id]++ // named in full: "Timan Erdimi led the RFC"
					}
					if (words[0] == "they" || words[0] == "them") && len(rd.they) >= 2 && rd.they[0] == id {
						// "The RSF and the SAF were partners. Together they removed
						// Bashir": the list the sentence before opened with, each.
						for _, o := range rd.they[1:] {
							out = append(out, mention{o, i, i + n})
						}
					}
					for _, o := range also {
						out = append(out, mention{o, i, i + n})
					}
				}
				i += n
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return rd.entryPronouns(ts, menOf(ts, rd.heldBy(ts, rd.titledRulers(ts, rd.leadersMen(ts, rd.bodyAnaphora(ts, loyalForces(ts, rd.headsGovernments(ts, rd.demonymsOfNames(ts, rd.sharedHeads(ts, rd.headedExamples(ts, rd.apposedPeople(ts, rd.listedGovernments(ts, rd.whereabouts(ts, out))))))))))))))
}

// namedFrom reports whether a name the reader knows, of two words or more, opens at word
// i: "the Indo-Burma Revolutionary Front" is no India's.
func (rd *Reader) namedFrom(spelt []string, i int) bool {
	for n := min(rd.longest, len(spelt)-i); n >= 2; n-- {
		if _, ok := rd.names[strings.Join(spelt[i:i+n], " ")]; ok {
			return true
		}
	}
	return false
}

// menOf widens the mention of a body to its people before it who meet, talk and sign for
// it: "met envoys of the SSLM", "officials of the Government and envoys of the SSLM met"
// name the SSLM and the Government next to the verb.
func menOf(ts []token, ms []mention) []mention {
	for i := range ms {
		m := &ms[i]
		k := m.first - 1
		if k >= 0 && k < len(ts) && determiners[ts[k].word] {
			k--
		}
		if k < 1 || k >= len(ts) || ts[k].word != "of" || !meetingMen[ts[k-1].word] ||
			slices.ContainsFunc(ts[k:m.first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			continue
		}
		start := k - 1
		if start >= 1 && determiners[ts[start-1].word] && !strings.ContainsAny(ts[start].pre, ",;:()") {
			start--
		}
		if !slices.ContainsFunc(ms, func(o mention) bool { return o.first >= 0 && o.first < m.first && o.end > start }) {
			m.first = start
		}
	}
	return ms
}

// headedExamples adds the actors named by the examples of a collective noun, each a
// people's name standing for the noun's members of that people: "foreign jihadists,
// especially Central Asians and Uyghurs" names the Central Asian jihadists and the
// Uyghur jihadists, where the record knows them by those names (and not the Uyghurs as a
// people, whom "Uyghur jihadists" does not name).
func (rd *Reader) headedExamples(ts []token, ms []mention) []mention {
	taken := func(i int) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return i >= m.first && i < m.end })
	}
	var more []mention
	for e := 1; e+1 < len(ts); e++ {
		n := 0
		for _, w := range exemplifiers {
			if matchAt(ts, e, w) {
				n = len(w)
				break
			}
		}
		if n == 0 || !strings.Contains(ts[e].pre, ",") || taken(e-1) || ts[e-1].upper {
			continue
		}
		head := spelling(ts[e-1].word) // "jihadists"
		for i := e + n; i < len(ts); {
			j := i
			for j < len(ts) && ts[j].upper && !taken(j) && (j == i || !strings.ContainsAny(ts[j].pre, ",;:()")) {
				j++
			}
			if j == i {
				break
			}
			if id := rd.headedName(ts, i, j, head, true); id != "" { // "Uyghurs": "Uyghur"
				more = append(more, mention{id, i, j})
			}
			if j < len(ts) && ts[j].word == "and" && !strings.ContainsAny(ts[j].pre, ";:()") {
				j++
			} else if j >= len(ts) || !strings.Contains(ts[j].pre, ",") {
				break
			}
			i = j
		}
	}
	if len(more) == 0 {
		return ms
	}
	ms = append(ms, more...)
	slices.SortFunc(ms, func(a, b mention) int { return a.first - b.first })
	return ms
}

// demonymsOfNames drops a demonym that qualifies the name of another actor a few words on
// ("the Nigerian Islamist group Boko Haram": Boko Haram, not Nigeria), where nothing
// between them is a cue, a post or a list's joint. A demonym right before a name stays
// ("Iranian Quds Force"), as one before a post does ("Egyptian President Mohamed Morsi").
func (rd *Reader) demonymsOfNames(ts []token, ms []mention) []mention {
	for k := 0; k+1 < len(ms); k++ {
		m, next := ms[k], ms[k+1]
		// Right before the name, of a group that is not the state's own: "Lebanese
		// Hezbollah" ("Iranian Revolutionary Guards" stay the state's).
		adjacent := next.first == m.end && !strings.ContainsAny(ts[next.first].pre, ",;:()-") && rd.kinds[next.id] != "state-organ" &&
			rd.kinds[next.id] != "individual" && rd.kinds[next.id] != alliances.Category
		if m.end-m.first != 1 || rd.kinds[m.id] != "state" || rd.kinds[next.id] == "state" || !adjacent && next.first-m.end < 1 || next.first-m.end > 3 {
			continue
		}
		if _, demonym := rd.rules.Aliases[ts[m.first].word]; !demonym {
			continue
		}
		plain := true
		for i := m.end; i <= next.first && plain; i++ {
			w := ts[i].word
			plain = !strings.ContainsAny(ts[i].pre, ",;:()") && (i == next.first || groupWords[w] && len(rd.byFirst[w]) == 0)
		}
		if plain {
			ms = slices.Delete(ms, k, k+1)
			k--
		}
	}
	return ms
}

// groupWords are the words between a demonym and the name it qualifies: "the Nigerian
// Islamist group Boko Haram", "the Pakistani militant outfit Lashkar-e-Taiba".
var groupWords = map[string]bool{"group": true, "movement": true, "militia": true, "faction": true, "party": true,
	"organization": true, "organisation": true, "network": true, "outfit": true, "islamist": true, "jihadist": true,
	"militant": true, "rebel": true, "insurgent": true, "terrorist": true, "armed": true, "extremist": true, "sunni": true,
	"shia": true, "shiite": true, "salafist": true, "separatist": true, "nationalist": true, "islamic": true}
