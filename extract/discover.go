package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// Found is an actor the reader proposes: an organization the record does not know,
// named in the report in the form of one.
type Found struct {
	Actor      alliances.Actor `json:"actor"`
	Paragraph  int             `json:"paragraph"` // where it is first named
	Quote      string          `json:"quote"`     // its name as written
	Document   string          `json:"document"`
	Why        string          `json:"why"`        // what made it a name: "an organization's name by its form", "a post before the name"
	Confidence float64         `json:"confidence"` // as a tie's: how often such a find is right
	Start, End int             `json:"-"`          // the name's byte offsets in the document
}

var capitalized = regexp.MustCompile(`[\p{Lu}][\p{L}'’.-]*`)

// Discover finds the organizations a document names that the reader does not know, by
// the form of their names (rules.yaml, organizations), and knows them from then on: the
// ties of the document may name them.
func (rd *Reader) Discover(d *Document) []Found {
	kindOf := map[string]string{}
	for kind, words := range rd.rules.Organizations {
		for _, w := range words {
			kindOf[w] = kind
		}
	}
	prefixOf := map[string]string{}
	for _, prefixes := range []map[string][]string{rd.rules.NamePrefixes, rd.rules.NounFirst} {
		for kind, words := range prefixes {
			for _, w := range words {
				prefixOf[alliances.Fold(w)] = kind
			}
		}
	}
	title := func(w string) bool { return rd.titleWords(strings.Fields(alliances.Fold(w))) } // "president", "prime minister"
	// leadingPost returns how many words of a run a post takes before a name ("Vice
	// President", "Gen."), and whether one is a post's noun, not only an adjective
	// ("Senior Research Fellow" names no one).
	leadingPost := func(words []string) (int, bool) {
		n, noun, titled := 0, false, 0
		for n < len(words)-2 {
			k := 0
			for _, t := range rd.titles {
				if len(t) <= len(words)-n && slices.Equal(t, strings.Fields(alliances.Fold(strings.Join(words[n:n+len(t)], " ")))) {
					k = len(t)
					break
				}
				if len(t) > 1 && strings.Contains(words[n], "-") && slices.Equal(t, strings.Fields(strings.ReplaceAll(alliances.Fold(words[n]), "-", " "))) {
					k = 1 // "Major-General Philip Effiong" (biafra-1967's ¶29): a rank of two words in one
					break
				}
			}
			if k == 0 {
				// "Israeli Intelligence Minister Yisrael Katz": a state's word and a post's
				// field before the post.
				if n == 0 && rd.stateDemonym(alliances.Fold(words[n])) || portfolioHeads[alliances.Fold(words[n+1])] {
					n++
					continue
				}
				break
			}
			for _, w := range words[n : n+k] {
				noun = noun || !adjectives[alliances.Fold(w)]
			}
			n += k
			titled = n
		}
		return titled, noun
	}
	// orgKind tells whether a run of capitalized words is an organization's name, and of
	// which kind: its form's word ends it ("Nusra Front") or is followed by "of" or "for"
	// ("Islamic Movement of Uzbekistan"), or a word that begins such names in
	// transliteration begins it ("Hizb-e Islami", "Jabhat al-Nusra").
	orgKind := func(words []string) (kind, head string) {
		for k, w := range words {
			last := k == len(words)-1
			if kd, ok := kindOf[w]; ok && (last && len(words) >= 2 || !last && (words[k+1] == "of" || words[k+1] == "for") && k+2 < len(words)) {
				return kd, w
			}
		}
		first := alliances.Fold(words[0])
		if i := strings.IndexByte(words[0], '-'); i > 0 {
			first = alliances.Fold(words[0][:i]) // "Hizb-e", "Jami'at-i"
		}
		if kd, ok := prefixOf[first]; ok && len(words) >= 2 {
			return kd, words[0]
		}
		if kd, ok := prefixOf[first]; ok && linked(words[0]) {
			return kd, words[0][:strings.IndexByte(words[0], '-')] // "Jaish-e-Mohammed", "Harkat-ul-Ansar": one word of three
		}
		return "", ""
	}
	// The bodies of the rules' list first ("the CIA", "ECOWAS", "Mossad", which no form
	// finds), then the armed groups of UCDP's list: the names their forms would find
	// are theirs, with the lists' other names.
	out := append(rd.discoverBodies(d), rd.discoverListed(d, orgKind)...)
	alone := aloneCounts(d.Text)
	surnamed := map[string]string{} // the name of the individual each surname was first found with
	for _, p := range d.Paragraphs {
		if len(p.Sentences) == 0 {
			// A table of belligerents lists one name an entry: its entries, not runs of
			// capitalized words that cross them ("Italian Marines Elements of the San
			// Marco Marine Brigade").
			out = append(out, rd.discoverTable(d, p, orgKind)...)
			continue
		}
		text := d.Text[p.Start:p.End]
		runs := rd.peopleRuns(nameRuns(text))
		fields := strings.Fields(text)
		runs = rd.joinAnd(rd.titledRuns(runs, fields, orgKind), fields, orgKind)
		runs = rd.holdersOf(runs)
		runs = memberOfThe(runs, orgKind, func(w string) bool {
			_, ok := kindOf[w]
			return ok || bodyWords[strings.ToLower(w)] || councilNouns[strings.ToLower(w)]
		})
		for ri, r := range runs {
			words := r.words
			if greetings[strings.ToLower(words[0])] {
				continue // "Hello Meron, hello Doctor": a caller greets the host, no one is named
			}
			if w0 := strings.ToLower(words[0]); len(words) == 2 && transitions[w0] && (linked(words[1]) || !unitOrdinals[w0]) {
				words = words[1:] // "Later Jaish-e-Mohammed attacked", "Later Denikin took command": a sentence's opening adverb
			}
			// "Some Home Guard units deserted", "Some of the Party's men": a quantifier that
			// opens the sentence counts the members; the name is after it.
			if len(words) > 1 && openCounts[words[0]] {
				words = words[1:]
				if len(words) > 2 && words[0] == "of" {
					words = words[1:]
					if words[0] == "the" {
						words = words[1:]
					}
				}
			}
			byTitle := false // a ruler known by his title alone: "the Shah of Iran"
			// "the RSF of General Mohamed Hamdan Dagalo": an organization and the person
			// with a post who leads it, two names.
			if k := slices.Index(words, "of"); k > 0 && k+3 < len(words) {
				if n, noun := leadingPost(words[k+1:]); n > 0 && noun {
					words = words[k+1:]
				}
			}
			words = rd.bodyOfPost(words, title)
			words, ofStates := rd.withoutStatesAfter(words, fields, r)
			// "Jama'at Nasr al-Islam wal Muslimin Islamists attacked": the side's noun
			// after a name is no part of it.
			// "Army of Mujahideen" is a name to its end.
			for len(words) > 2 && !strings.EqualFold(words[len(words)-2], "of") && slices.ContainsFunc(rd.rules.Collectives, func(c string) bool { return strings.EqualFold(c, words[len(words)-1]) }) {
				words = words[:len(words)-1]
			}
			// "US-backed Syrian Democratic Forces", "French-drafted UN Security Council": a
			// participle joined to its agent qualifies the name; the backing is a tie the
			// sentence states, the name is the rest.
			if len(words) > 2 {
				if _, after, ok := strings.Cut(words[0], "-"); ok && strings.HasSuffix(after, "ed") && strings.ToLower(after) == after {
					words = words[1:]
				}
			}
			// "Trotskyists of the Leon Sedov Brigade": members named by their creed, then
			// their organization.
			if len(words) > 3 && words[1] == "of" && strings.HasSuffix(alliances.Fold(words[0]), "ists") {
				words = words[2:]
				if words[0] == "the" {
					words = words[1:]
				}
			}
			// Another name of an actor named just before it, in parentheses ("Jaish
			// al-Fatah (Army of Conquest)"), or of one named at its start ("Southern
			// Front of the Free Syrian Army"): an alias, no new actor.
			same := ""
			if r.paren && ri > 0 && runs[ri-1].end == r.first {
				same = rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(runs[ri-1].words, " ")), "the "))]
			}
			if k := slices.Index(words, "of"); same == "" && k > 0 && !r.possessive { // (not "Peshmerga of Masoud Barzani's KDP": the owner's)
				same = rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(words[:k], " ")), "the "))]
			}
			if folded := strings.TrimPrefix(alliances.Fold(strings.Join(words, " ")), "the "); same == "" {
				// "the Security Council" after "the UN Security Council", or before it:
				// the United Nations' body, one actor.
				if rest, ok := strings.CutPrefix(folded, "un "); ok {
					same = rd.names[spelling(rest)]
				} else {
					same = rd.names[spelling("un "+folded)]
				}
				if rd.kinds[same] != "international-organization" {
					same = "" // "UN Pakistan peacekeepers", "Russia's Security Council": no body of the UN's
				}
			}
			if same != "" && !strings.HasPrefix(same, "@") {
				name := strings.Join(words, " ")
				rd.add(name, same)
				if i := slices.IndexFunc(out, func(f Found) bool { return f.Actor.ID == same }); i >= 0 && !slices.Contains(out[i].Actor.Aliases, name) {
					out[i].Actor.Aliases = append(out[i].Actor.Aliases, name)
				}
				continue
			}
			// "Ahrar al-Sham in the Idlib countryside", "Islamic State in the Tell Hamis
			// area": a group and a place, not a branch's name; a branch's region is two
			// capitalized words or more, not followed by a noun of places.
			if k := slices.Index(words, "in"); k > 0 {
				next := ""
				if r.end < len(fields) {
					next = strings.ToLower(strings.Trim(fields[r.end], ",.;:()\"“”'’*_"))
				}
				region := len(words) - k - 1 // "in West Africa", "in the Islamic Maghreb"
				if words[k+1] == "the" {
					region--
				}
				if region < 2 || areaNouns[next] {
					words = words[:k]
				}
			}
			if k := slices.Index(words, "to"); k > 0 && k >= len(words)-3 {
				words = words[:k] // "International Support Mission to Mali (AFISMA)": the mission's place
			}
			if k := slices.Index(words, "of"); k > 0 && k == len(words)-2 && rd.stateDemonym(alliances.Fold(words[k+1])) {
				words = words[:k] // "a Multinational Force of American, French and Italian troops": its members, no part of its name
			}
			kind, head := orgKind(words)
			if kind == "" && slices.Equal(words, []string{"United", "Nations"}) {
				kind, head = "international-organization", "Nations" // named in full, with no word of a body's
			}
			if len(words) >= 3 && words[0] == "State" && words[1] == "of" {
				kind, head = "state", words[0] // "State of Cambodia"; not "Islamic State of Iraq"
			}
			if kind != "" && notOrgName(words, head) || kind == "state" && !rd.stateForm(words) || governmentOfState(words, rd.stateName) != "" ||
				len(words) == 2 && (words[1] == "Government" || words[1] == "Administration") && rd.stateDemonym(alliances.Fold(words[0])) {
				continue // a state the rules name is found by its name ("the Government of the Republic of the Congo", "the Soviet Government" too)
			}
			headKind, _ := orgKind(words[:1])
			if k := slices.Index(words, "of"); kind != "" && k >= 2 && k <= 3 && title(words[0]) && headKind == "" {
				continue // "Commander Hogarth of the Arab Bureau": a man and his post, no body
			}
			owned := strings.HasSuffix(strings.ReplaceAll(r.before, "’", "'"), "'s") // "Russia's Security Council", "the Taliban's Regional Force"
			if kind == "state-organ" && slices.Contains(words, "International") || kind != "" && interstate(words) && !owned ||
				kind == "armed-group" && interstateForce(words) && !owned {
				kind = "international-organization" // "International Criminal Court", "UN Security Council", "African Union"
			}
			branchOf := "" // "Islamic State in the Greater Sahara": the organization named before "in"
			if k := slices.Index(words, "in"); k >= 1 && kind == "" {
				base := strings.TrimPrefix(alliances.Fold(strings.Join(words[:k], " ")), "the ")
				if id, ok := rd.names[spelling(base)]; ok && !strings.HasPrefix(id, "@") && rd.kinds[id] != "state" && rd.kinds[id] != "individual" {
					kind, branchOf = rd.kinds[id], id
				} else if kd, _ := orgKind(words[:k]); kd != "" {
					kind = kd
				}
			}
			why, confidence := "an organization's name by its form", 0.6
			if n, _ := leadingPost(words); kind == "" && n == 0 && len(words) <= 4 {
				if k := bodyBefore(fields, r.first); k != "" {
					kind, head = k, ""
					why = "an organization's name after a noun of its body"
				}
			}
			if kind != "" && r.before == "and" && r.first >= 2 && (ri == 0 || runs[ri-1].end != r.first-1) {
				// "Justice and Equality Movement": one capitalized word the reader does
				// not know, then "and", begins the name.
				all := strings.Fields(text)
				w := strings.Trim(all[r.first-2], "\"“”‘’'*_`[](")
				_, known := rd.names[spelling(alliances.Fold(w))]
				opens := r.first == 2 || strings.ContainsAny(all[r.first-3][len(all[r.first-3])-1:], ".!?:")
				// Not a name of its own elsewhere in the report ("Hezbollah and Amal
				// Movement fighters" where Hezbollah is named alone too).
				alone := strings.Count(d.Text, w) > strings.Count(d.Text, w+" and ")
				// Nor an abbreviation, a name of its own: "the MNLA and Ansar Dine".
				if capitalized.FindString(w) == w && w != "" && strings.ToUpper(w) != w && !known && !alone && !rd.stateWord([]string{alliances.Fold(w)}, 0) && !opens &&
					!opening[strings.ToLower(w)] && !strings.ContainsAny(all[r.first-2], ",;") {
					words = append([]string{w, "and"}, words...)
				}
			}
			if kind == "" && len(words) >= 3 && !r.paren {
				// "the Islamist Ansar Dine": a word of faith, people or state before a
				// name that begins as transliterated names do qualifies it.
				if w0 := alliances.Fold(words[0]); sideWords[w0] || strings.HasSuffix(w0, "ist") || rd.stateWord([]string{w0}, 0) {
					if k, h := orgKind(words[1:]); k != "" && h == words[1] {
						words, kind, head = words[1:], k, h
					}
				}
			}
			// Not one its abbreviation spells, initial by initial: "East African Community
			// Regional Force (EACRF)".
			if kind != "" && runTogether(words, kindOf) && !spelledBy(r.acronym, words) {
				// "Brega Martyrs Brigade Shura Council of Mujahideen": the forms of two
				// names, one after the other (a table's cells, a list without commas).
				why, confidence = "an organization's name by its form, perhaps two names run together", 0.4
			}
			if first, _, _ := strings.Cut(r.acronym, "/"); kind == "" && r.acronym != "" && abbreviates(first, words) {
				// "Economic Community of West African States (ECOWAS)": a name given
				// with its abbreviation is an organization's, of a kind the reviewer
				// says.
				kind, head = "other", ""
				why, confidence = "an organization's name with its abbreviation in parentheses", 0.5
			}
			if kind == "" {
				// An individual: a name after a post ("former president Hamid Karzai",
				// "Gen. Abdul Rashid Dostum", "the candidate, Abdullah Abdullah"), or in
				// the possessive before an organization's ("Gulbuddin Hekmatyar's
				// Hizb-e Islami").
				n, noun := leadingPost(words)
				if royal(words, rd.stateName) {
					words, n, noun = words[:2], 0, true // "King Fahd of Saudi Arabia", "King Hussein": known by one name
				} else if byTitle = titledOf(words, rd.stateName, d.Text); byTitle {
					n, noun = 0, true // "the Shah of Iran ... the Shah": known by his title alone
				} else if addressOpens(words) {
					if w0 := alliances.Fold(words[0]); (w0 == "sir" || w0 == "dame") && len(words) == 2 && rd.given[alliances.Fold(words[1])] {
						// "Sir Julius", the given name of a knight named in full before: his alias.
						if i := slices.IndexFunc(out, func(f Found) bool {
							return f.Actor.Kind == "individual" && strings.HasPrefix(f.Actor.Name, words[1]+" ")
						}); i >= 0 {
							rd.add(strings.Join(words, " "), out[i].Actor.ID)
							out[i].Actor.Aliases = append(out[i].Actor.Aliases, strings.Join(words, " "))
						}
						continue
					}
					if r.first < len(fields) && strings.ContainsAny(fields[r.first][:1], "\"“‘'") {
						continue // "Óscar Ramírez Durand, "Comrade Feliciano",": a nom de guerre in quotes, another's name
					}
					n, noun = 1, true // "Signor Mussolini", "Mr. BUTLER", "Comrade Mengistu Haile Mariam": a form of address
				} else if w := strings.ToLower(words[len(words)-1]); len(words) == 2 && title(words[0]) && !adjectives[alliances.Fold(words[0])] && (singleNamed(d.Text, words[1]) || listedAlone(words[1]) || rd.postedOnce(words, d.Text)) &&
					!notRoyal[w] && !placeHeads[w] && !bodyWords[w] {
					n, noun = 1, true // "President Mitterrand", "Colonel Qadhafi", named so again
				}
				if _, known := rd.names[spelling(alliances.Fold(strings.Join(words, " ")))]; known && n > 0 {
					continue // "Haji Zahir Qadir", known with the word before his name
				}
				words = words[n:]
				// "President Idriss Déby of Chad": the state after the name is whose post it
				// is, no part of the name.
				if k := slices.Index(words, "of"); (k >= 2 || k == 1 && !title(words[0]) && !honorifics[strings.ToLower(words[0])] && !crowns[strings.ToLower(words[0])]) && rd.stateName(words[k+1:]) { // "Mobutu of Zaire"; not "Shah of Iran"
					words = words[:k]
				}
				if len(words) >= 3 && transitions[strings.ToLower(words[0])] ||
					len(words) >= 2 && strings.ToLower(r.before) != "the" && placeBefore[strings.ToLower(r.before)] && rd.capitals[spelling(alliances.Fold(words[0]))] {
					words = words[1:] // "Later Johnny Paul Koroma", a sentence's opening adverb; "In Nicosia Sampson resigned", a city
				}
				// "the American Robert Mackenzie", "The Cuban Arnaldo Ochoa commanded": a state's
				// people's noun before a name is no part of it; before one that opens with a
				// given name, it says who the person is, as a post does.
				demonym := len(words) >= 3 && (strings.EqualFold(r.before, "the") || r.before == "") && rd.stateDemonym(alliances.Fold(words[0]))
				if demonym {
					words = words[1:]
				}
				post := demonym && rd.given[alliances.Fold(words[0])] || noun || r.before != "" && (title(r.before) && !adjectives[alliances.Fold(r.before)] || occupations[strings.ToLower(r.before)]) // "the film-maker Davlat Khudonazarov"
				// "Nabih Berri Syria's principal ally": a state in the possessive after the
				// name is no part of it.
				if n := len(words); r.possessive && n > 2 && rd.stateName([]string{strings.TrimSuffix(strings.TrimSuffix(words[n-1], "'s"), "’s")}) {
					words = words[:n-1]
				}
				after := ""
				// "Suharto", a ruler known by one name, written twice or more.
				ruler := loadRulers().byName[rulerKey(spelling(alliances.Fold(strings.Join(words, " "))))] != nil && (len(words) >= 2 || strings.Count(d.Text, words[0]) >= 2)
				switch {
				case post:
				case ruler:
					after = "an individual's name, a head of state's or government's in the list of rulers"
				case calledPerson(fields, r.first, title) && len(words) >= 2 && len(words) <= 3 && kind == "":
					after = "an individual's name after a person's noun and \"called\" or \"named\""
				case humanVerbAfter(fields, r.end) && len(words) >= 2 && len(words) <= 3 && kind == "" && !rd.stateName(words) && !slices.Contains(words, "of") &&
					!slices.ContainsFunc(words, func(w string) bool { return placeHeads[strings.ToLower(w)] || strings.ToUpper(w) == w }):
					after = "an individual's name before a verb only a person's takes"
				case ownedAfter(fields, r.end) && len(words) >= 2 && len(words) <= 3 && kind == "" && !rd.stateName(words):
					after = "an individual's name before a verb and \"his\" or \"her\""
				case postAfter(fields, r.end, title) && !rd.stateName(words) && !placeHeads[strings.ToLower(words[0])]:
					after = "an individual's name before a post, a person's noun or a verb of leading"
				case ledFrom(fields, r.first) && !slices.ContainsFunc(words, func(w string) bool {
					return bodyWords[strings.ToLower(w)] || placeHeads[strings.ToLower(w)] || areaNouns[strings.ToLower(w)]
				}):
					after = "an individual's name after \"under\" or \"led by\""
				case len(words) == 2 && trailingTitles[strings.ToLower(words[1])] && kind == "":
					after = "an individual's name with a title after it" // "Djemal Pasha"
				case particleName(words) && verbNext(fields, r.end):
					after = "an individual's name by its particle, before a verb"
				case rd.namedAlone(words, fields, r.first, alone):
					after = "an individual's name, its last word said alone elsewhere in the text"
				case rd.givenFirst(words, fields, r.first, r.possessive):
					after = "an individual's name by its given name"
				}
				post = post || after != ""
				// "The faction of Salahuddin Rabbani in Jami'at": a faction's leader.
				led := r.first >= 2 && r.first <= len(fields) && fields[r.first-1] == "of" && factionNouns[strings.ToLower(fields[r.first-2])]
				post = post || led
				owner := r.possessive && ri+1 < len(runs) && runs[ri+1].first == r.end
				if owner {
					next := runs[ri+1].words
					_, known := rd.names[spelling(strings.TrimPrefix(alliances.Fold(strings.Join(next, " ")), "the "))]
					k, _ := orgKind(next)
					owner = known || k != ""
				}
				// "Minni Minawi's faction of the SLM", "al-Hadi Idris's SLM faction": the
				// one whose faction it is.
				if r.possessive && r.end < len(fields) && !owner {
					next := strings.ToLower(strings.Trim(fields[r.end], ",.;:"))
					owner = factionNouns[next] || r.end+1 < len(fields) && factionNouns[strings.ToLower(strings.Trim(fields[r.end+1], ",.;:"))]
				}
				// "President Mitterrand", "Colonel Qadhafi": one name after a post, where the
				// text writes it again.
				// No state's name ("South Africa's Directorate of Military Intelligence").
				kin := len(words) == 1 && namedByKin(fields, r.first, d.Text) && !rd.capitals[spelling(alliances.Fold(words[0]))]
				if post = post || kin; kin && after == "" {
					after = "an individual's name after a noun of kin"
				}
				if k := slices.Index(words, "of"); owner && k >= 0 && len(words)-k-1 >= 2 {
					words = words[k+1:] // "Peshmerga of Masoud Barzani's Kurdistan Democratic Party": the owner after "of"
				}
				single := len(words) == 1 && (n > 0 && noun || kin || ruler) && !rd.stateWord([]string{alliances.Fold(words[0])}, 0) && !placeHeads[strings.ToLower(words[0])] && !determiners[strings.ToLower(words[0])] // not "Mrs. The pacts"
				if !post && !owner || len(words) < 2 && !single || rd.stateName(words) || labelRun(fields, r.end, words) || len(words) > 4 && !patronymic(words) || slices.ContainsFunc(words, func(w string) bool { return kindOf[w] != "" || notNameWord(w) }) || rd.onlyPost(words) {
					continue
				}
				kind, head = "individual", ""
				why, confidence = "an individual's name after a post", 0.6
				if led {
					why = "an individual's name after \"" + fields[r.first-2] + " of\""
				} else if after != "" {
					why = after
				} else if !post {
					why, confidence = "an individual's name in the possessive before an organization's", 0.5
				}
			}
			if r0, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r0) && !articled(words[0]) && !ordinalOpens(words, 0, strings.TrimSpace) {
				continue // "President of Iraqi Kurdistan" names a post, not a person; "al-Nusra Front" is a name
			}
			name := strings.TrimPrefix(strings.Join(words, " "), "The ")
			if r.qualifier != "" && kind != "" && kind != "individual" && !rd.stateName(strings.Fields(r.qualifier)) && !placeHeads[strings.ToLower(r.qualifier)] &&
				prefixOf[alliances.Fold(strings.Fields(r.qualifier)[0])] == "" { // not "(Hizb al-Tahrir)", its name in another tongue
				name += " (" + r.qualifier + ")" // "Nepali Congress (Democratic)": a split of its own
			}
			folded := strings.TrimPrefix(alliances.Fold(name), "the ")
			if id, known := rd.names[spelling(folded)]; known || folded == alliances.Fold(head) {
				if known && r.acronym != "" && !strings.HasPrefix(id, "@") {
					for _, a := range strings.Split(r.acronym, "/") {
						rd.add(a, id) // "the Kurdish People's Protection Units (YPG)"
					}
				}
				continue
			}
			if ofStates && kind != "individual" && kind != "state" {
				kind = "coalition" // of the states it is made of
			}
			id := rd.freeID(strings.ReplaceAll(folded, " ", "-"))
			a := alliances.Actor{ID: id, Name: name, Kind: kind}
			if r.acronym != "" {
				a.Aliases = strings.Split(r.acronym, "/") // "(MOJWA/MUJAO)": each
				for _, al := range a.Aliases {
					rd.add(al, id)
				}
			}
			rd.add(name, id)
			if byTitle {
				a.Aliases = append(a.Aliases, "the "+words[0]) // "the Shah"
				rd.add("the "+words[0], id)
				if state := rd.names[spelling(alliances.Fold(strings.Join(words[2:], " ")))]; state != "" && !strings.HasPrefix(state, "@") {
					rd.parts[id] = append(rd.parts[id], state) // the ruler of his state, which his name holds
				}
			}
			rd.kinds[id] = kind
			if branchOf != "" {
				rd.parts[id] = append(rd.parts[id], branchOf) // its ties say it is the organization's
				why = "a known organization's name and its region: a branch of " + branchOf
			}
			if kind == "individual" {
				// Not a state's name that ends a person's ("Madhav Kumar Nepal"): Nepal stays the state;
				// nor a post's ("John Major": "Major General Barry McCaffrey").
				if last := strings.Fields(spelling(folded)); len(last[len(last)-1]) >= 4 && !rd.stateName(words[len(words)-1:]) && !title(words[len(words)-1]) {
					w := last[len(last)-1]
					first := surnamed[w]
					if held := rd.names[w]; held != "" && held != id && first != "" && !oneMan(first, folded) {
						// "the twin brothers Timan and Tom Erdimi": the surname found with the
						// first is the two's, and the sentence's words choose.
						rd.names[w], rd.ambiguous[w] = "@ambiguous", []string{held, id}
					} else if first == "" {
						rd.add(w, id) // "Hekmatyar", where no one has the name
						if rd.names[w] == id {
							surnamed[w] = folded
						}
					}
				}
				given := func(w string) bool { return rd.given[alliances.Fold(w)] }
				first := ""
				if len(words) > 2 || alone[words[0]] > 0 { // (the text searched only for a first name said alone somewhere)
					first = writtenAlone(d.Text, words, given)
				}
				if first != "" && (!given(first) || oneBearer(d.Text, words)) && !title(first) {
					if _, known := rd.names[spelling(alliances.Fold(first))]; !known {
						rd.add(first, id) // "Mobutu" of Mobutu Sese Seko, written so alone
						a.Aliases = append(a.Aliases, first)
					}
				}
			}
			at := p.Start + strings.Index(text, name)
			out = append(out, Found{Actor: a, Paragraph: p.N, Quote: name, Document: d.Name, Why: why, Confidence: confidence, Start: at, End: at + len(name)})
		}
	}
	out = append(out, rd.discoverAbbreviations(d)...)
	out = append(out, rd.discoverVariants(d)...)
	out = append(out, rd.discoverUnits(d)...) // after the abbreviations, whose units they may be
	// The states, after the organizations whose names hold theirs ("Islamic Movement of
	// Uzbekistan", "Syrian Liberation Front").
	out = append(out, rd.discoverStates(d)...)
	out = rd.stateOrgans(out)
	out = append(out, rd.discoverByContext(d)...)
	out = append(out, rd.discoverApposed(d)...)
	out = append(out, rd.discoverNamed(d)...)
	out = append(out, rd.discoverFollowers(d)...)
	out = append(out, rd.discoverCollectives(d)...)
	out = rd.pluralHeads(d, out)
	out = append(out, rd.discoverPlurals(d)...)
	out = append(out, rd.discoverSingulars(d)...)
	// "Southern Front of the Free Syrian Army" named before "Southern Front": one actor,
	// the longer name its alias.
	// "al-Nusra Front" named after "Jabhat al-Nusra": one actor, the translation its alias;
	// so are "Ansar al-Dine" and "Ansar Dine", "Islamic Movement for Azawad" and "Islamic
	// Movement of Azawad", and "EU", named alone, of "European Union".
	// The forms of each name are worked out once: a table of belligerents names a thousand
	// actors, and comparing their names afresh for every pair took seconds.
	keys := make([]nameKey, len(out))
	for i, f := range out {
		keys[i] = rd.keyOf(f.Actor.Name)
	}
	for i := 0; i < len(out); i++ {
		long, lk := out[i].Actor, keys[i]
		k := -1
		for j, f := range out {
			fk := keys[j]
			if f.Actor.ID != long.ID && f.Actor.Kind != "individual" &&
				(strings.HasPrefix(long.Name, f.Actor.Name+" of ") || slices.Contains(fk.translated, lk.folded) ||
					f.Actor.Kind != "" && long.Name == fk.initials || lk.same != "" && lk.same == fk.same && (f.Start < out[i].Start || f.Start == out[i].Start && j < i)) {
				k = j
				break
			}
		}
		if k < 0 {
			continue
		}
		for _, a := range append([]string{long.Name}, long.Aliases...) {
			if a != out[k].Actor.Name && !slices.Contains(out[k].Actor.Aliases, a) {
				out[k].Actor.Aliases = append(out[k].Actor.Aliases, a)
			}
		}
		rd.fold(long.ID, out[k].Actor.ID)
		out, keys = slices.Delete(out, i, i+1), slices.Delete(keys, i, i+1)
		i--
	}
	// "Jami'at" for "Jami'at-i Islami", where no other name found begins so; "Tahrir
	// al-Sham" for "Hay'at Tahrir al-Sham", where no other is named so.
	bases := map[string][]string{}
	for _, f := range out {
		for _, short := range rd.shortForms(f.Actor.Name) {
			bases[short] = append(bases[short], f.Actor.ID)
		}
	}
	for _, f := range out {
		if w := strings.Fields(f.Actor.Name); f.Actor.Kind != "individual" && strings.Contains(w[0], "-") {
			base := w[0][:strings.IndexByte(w[0], '-')]
			bases[base] = append(bases[base], f.Actor.ID)
		}
		// "Wagner" for "Wagner Group", "Haqqani" for "Haqqani Network": a name's own word
		// before a generic noun of organizations.
		if w := strings.Fields(f.Actor.Name); len(w) == 2 && f.Actor.Kind != "individual" && f.Actor.Kind != "state" && genericHeads[strings.ToLower(w[1])] &&
			!rd.common[alliances.Fold(w[0])] && !rd.stateWord([]string{alliances.Fold(w[0])}, 0) {
			bases[w[0]] = append(bases[w[0]], f.Actor.ID)
		}
		// "the Liga" for "Liga Nacional Defensora de la Libertad Religiosa": a Romance
		// name's first noun.
		if w := strings.Fields(f.Actor.Name); len(w) >= 2 && f.Actor.Kind != "individual" && romanceHeads[alliances.Fold(w[0])] {
			bases[w[0]] = append(bases[w[0]], f.Actor.ID)
		}
	}
	for base, ids := range bases {
		if len(ids) == 1 && len(alliances.Fold(base)) >= 4 {
			rd.add(base, ids[0])
			if i := slices.IndexFunc(out, func(f Found) bool { return f.Actor.ID == ids[0] }); i >= 0 && strings.HasPrefix(out[i].Actor.Name, base+" ") &&
				genericHeads[strings.ToLower(strings.TrimPrefix(out[i].Actor.Name, base+" "))] {
				out[i].Actor.Aliases = append(out[i].Actor.Aliases, base) // "Wagner", an alias the reviewer sees
			}
		}
	}
	out = rd.rulerAliases(rd.regnalAliases(out))
	rd.formed = formedStates(out)
	out = rd.discoverKnownAs(d, out)
	out = append(out, rd.discoverSurnames(d)...) // last: a word alone no other form names
	// The factions named by their leader, once the short forms of the organizations
	// they are of are known ("the faction of Salahuddin Rabbani in Jami'at").
	return rd.legendAliases(d, withoutCredits(d, rd.withoutLawNames(append(out, rd.discoverFactions(d)...))))
}

// unitOrdinals are the adverbs of transitions that open units' names too: "Second Army".
var unitOrdinals = map[string]bool{"first": true, "second": true, "third": true, "together": true}
