package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
)

// governments proposes the membership, as leader, of the individual who names a government:
// "the Karzai administration", "Ghani's regime", as the state they governed (its alias).
func (rd *Reader) governments(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for _, m := range ms {
		if m.first < 0 || m.end-m.first < 2 || rd.kinds[m.id] != "state" ||
			!slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return governmentWords[t.word] || rulerForces[t.word] || t.possessive }) {
			continue
		}
		for i := m.first; i < m.end; i++ {
			for n := m.end - i; n > 0; n-- {
				if i == m.first && n == m.end-m.first {
					continue
				}
				key := spelt(ts[i : i+n])
				id, ok := rd.names[key]
				if id == "@ambiguous" {
					id = rd.choose(rd.ambiguous[key], ts) // "the Assad government", of Bashar and Maher
				}
				if !ok || rd.kinds[id] != "individual" ||
					!slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return governmentWords[t.word] }) && rd.rulerOf(id, ts) != m.id {
					continue // "Saddam Hussein's army", "Nasser's Cairo": Iraq's, Egypt's, led by him, as the list of rulers has it
				}
				t := alliances.Tie{Subject: id, Object: m.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
				// Undated: the sentence's time need not be the head's ("In 2019 Hekmatyar
				// recalled that the Karzai administration had ignored him"); but where the
				// list of rulers has the head in the post then, the sentence's.
				v, cue := "", ""
				if y, _ := strconv.Atoi(yearOf(valid)); y > 0 && !guessedYear(timeCue) && rd.ruledIn(id, m.id, y) {
					v, cue = valid, timeCue
				}
				why := "name: the government of " + id
				if !slices.ContainsFunc(ts[m.first:m.end], func(t token) bool { return governmentWords[t.word] }) {
					why = "name: the government of " + id + ", the state his possessive names, whose head the list of rulers makes him"
				}
				if prop, ok := rd.finish(d, p, s, t, []string{why}, v, cue, 0.6); ok {
					out = append(out, prop)
				}
				i = m.end
				break
			}
		}
	}
	return out
}

// possessingKinds are the kinds of actor whose possessive before an individual's name
// makes the individual theirs.
var possessingKinds = map[string]bool{"state": true, "state-organ": true, "armed-group": true, "party": true, "faction": true,
	"militia": true, "coalition": true, "international-organization": true}

// governmentWords make a state's name one of its government, named after its head.
var governmentWords = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true, "presidency": true}

// leaders proposes the membership an individual's name in the possessive states of the
// organization named after it: "Gulbuddin Hekmatyar's Hizb-e Islami"; and that of an
// individual named after a state's or an organization's possessive: "Russia's Lavrov".
func (rd *Reader) leaders(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	var out []Proposal
	for _, b := range ms {
		// "The PDPA seized power. Its Khalq wing was led by Taraki": the part is the
		// sentence before's subject's.
		if b.first >= 1 && (ts[b.first-1].word == "its" || ts[b.first-1].word == "their") && rd.said != "" && rd.said != b.id &&
			rd.kinds[b.id] != "individual" && rd.kinds[rd.said] != "individual" && rd.kinds[rd.said] != "state" &&
			(placedParts[ts[b.end-1].word] || b.end < len(ts) && placedParts[ts[b.end].word] && !strings.ContainsAny(ts[b.end].pre, ",;:()")) &&
			!slices.ContainsFunc(ms, func(o mention) bool { return o.end <= b.first && rd.kinds[o.id] != "individual" }) {
			t := alliances.Tie{Subject: b.id, Object: rd.said, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"possessive: the part of the sentence before's subject"}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.first >= 0 && b.first == a.end && ts[a.end-1].possessive && rd.kinds[b.id] == "individual" && possessingKinds[rd.kinds[a.id]] {
			// "the UN's Lakhdar Brahimi", "Hezbollah's Hassan Nasrallah": the individual is
			// the organization's. A state's ("Russia's Sergei Lavrov") is below the default
			// threshold: wire copy names rebels so too ("Libya's Khalifa Haftar").
			t := alliances.Tie{Subject: b.id, Object: a.id, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
			confidence, why := 0.6, "possessive: the organization's individual"
			if n := rd.titleAt(ts, b.first); n > 0 {
				// "Togo's President Gnassingbé Eyadéma": a post of the state's names its holder.
				if leadingPost(strings.Join(wordsOf(ts, b.first, b.first+n), " ")) {
					t.Role = alliances.Leader
				}
			} else if ruled, post := rd.ruledState(b.id, ts); rd.kinds[a.id] == "state" && ruled == a.id {
				// "Libya's Muammar Gaddafi": the state's head, as the list of rulers has it.
				t.Role, why = alliances.Leader, "possessive: the state's "+post+", as the list of rulers has it"
			} else if rd.kinds[a.id] == "state" {
				confidence = 0.45
			}
			if prop, ok := rd.finish(d, p, s, t, []string{why}, valid, timeCue, confidence); ok {
				out = append(out, prop)
			}
			continue
		}
		if a.first >= 0 && b.first == a.end && ts[a.end-1].possessive && rd.kinds[b.id] != "individual" && rd.kinds[a.id] != "individual" &&
			a.id != b.id && (placedParts[ts[b.end-1].word] || b.end < len(ts) && placedParts[ts[b.end].word] && !strings.ContainsAny(ts[b.end].pre, ",;:()")) {
			// "the PDPA's Khalq wing": the part is the organization's.
			t := alliances.Tie{Subject: b.id, Object: a.id, Kind: alliances.Membership, Role: alliances.Member, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"possessive: the organization's part"}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
			continue
		}
		if rd.kinds[a.id] != "individual" || rd.kinds[b.id] == "individual" || b.first != a.end || !strings.HasSuffix(ts[a.end-1].word, "s") || strings.ContainsAny(ts[b.first].pre, ",;:)") {
			continue
		}
		if rd.kinds[b.id] == "state" && rd.rulerOf(a.id, ts) == b.id {
			// "looked to Saddam Hussein's Baghdad for arms": the state the list makes his.
			t := alliances.Tie{Subject: a.id, Object: b.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"possessive: the state its head's possessive names, as the list of rulers has him"}, valid, timeCue, 0.6); ok {
				out = append(out, prop)
			}
			continue
		}
		if b.end < len(ts) && !phraseEnds(ts[b.end]) && rd.titleAt(ts, b.end) == 0 {
			continue // "Mobutu's UNITA friends" are no UNITA of Mobutu's
		}
		if rd.kinds[b.id] == "state" && b.end-b.first == 1 && rd.offices[a.id] != b.id && rd.officesAt[a.id] != b.id {
			continue // "looked to Talabani's Baghdad for arms": no state of his the list or the record knows (his "Dhofar Brigade" is its unit)
		}
		if b.end-b.first == 1 && governmentWords[ts[b.first].word] && rd.offices[a.id] != b.id && rd.officesAt[a.id] != b.id {
			continue // "Museveni's government" in a report on Zaire: the state the noun stands for need not be his
		}
		if !slices.ContainsFunc(ts[b.first:b.end], func(t token) bool { return t.upper }) && rd.leads[a.id] != b.id && rd.ahead[a.id] != b.id {
			continue // "refused to merge with Baghdadi's group": a noun that stands for another, not Baghdadi's as far as the text says
		}
		t := alliances.Tie{Subject: a.id, Object: b.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
		if prop, ok := rd.finish(d, p, s, t, []string{"possessive: the individual's organization"}, valid, timeCue, 0.6); ok {
			out = append(out, prop)
		}
	}
	return out
}

// title reads the words of a post in [from, to): whether they are only a post's words
// and the small words around them, how many post words they hold, and whether "of" is
// among them ("the president of").
func (rd *Reader) title(ts []token, from, to int) (only bool, posts int, of bool) {
	for i := from; i < to; {
		switch ts[i].word {
		case "the", "a", "an", "s", "its", "their", "his", "her", "then", "and", "also", "more", "one", "two", "three", "several", "such", "as", "including", "like", "new", "al", "el", "known":
			i++ // "one of the three top men of", "the AQIM leader known as"
			continue
		case "of":
			of = true
			i++
			continue
		case "un":
			if i+1 < to && rd.titleAt(ts, i+1) > 0 {
				i++ // "Syria's UN ambassador"; not "the envoy of the UN and the OAU's guest", the UN unknown
				continue
			}
		case "u":
			if i+1 < to && ts[i+1].word == "n" {
				i += 2 // "Syria's U.N. ambassador"
				continue
			}
		case "in", "from":
			// "Hezbollah's commander in Syria, Ali Hussein Nassif": a post's place, after
			// a post (the words between two names are no actor's).
			if posts > 0 && i+1 < to && ts[i+1].upper {
				i += 2
				continue
			}
			// "Abdel Krim, a high level leader in the Ansardine group", "a prime minister
			// from the opposition MDR": the post's organization, as after "of".
			if posts > 0 && (i+1 == to || ts[i+1].word == "the" && (i+2 == to || i+3 == to && !ts[i+2].upper)) {
				of, i = true, to
				continue
			}
		}
		n := rd.titleAt(ts, i)
		if n == 0 && postAdjectives[ts[i].word] && i+1 < to {
			i++ // "a high level leader", "a prominent commander"
			continue
		}
		if n == 0 && i+1 < to && !ts[i].upper && (strings.HasSuffix(ts[i].word, "al") || strings.HasSuffix(ts[i].word, "ary") || postUnits[ts[i].word]) && rd.titleAt(ts, i+1) > 0 {
			i++ // "the rotational chairman", "its military commander", "a spiritual leader"
			continue
		}
		if n == 0 && i+2 < to && ts[i+1].word == "based" && strings.TrimSpace(ts[i+1].pre) == "-" {
			i += 2 // "the Tigers' London-based chief negotiator": where the post is held
			continue
		}
		if n == 0 && ts[i].upper && !ts[i].caps && portfolio(ts, i, to) {
			i++ // "Intelligence Minister", "Foreign Ministry spokeswoman": a post's portfolio
			continue
		}
		if n == 0 && posts > 0 && of && i+1 < to && ts[i+1].pre == "-" {
			i += 2 // "head of the rebel-run Salvation Government": a compound before the organization
			continue
		}
		if n == 0 {
			return false, posts, of
		}
		posts++
		i += n
	}
	return true, posts, of
}

// postOnly reports whether the tokens in [from, to) are a post's words and nothing else:
// "outgoing Prime Minister", "the president", not "the president of".
func (rd *Reader) postOnly(ts []token, from, to int) bool {
	only, n, of := rd.title(ts, from, to)
	return only && n > 0 && !of
}

// postUnits are the units a post's noun may name before it: "a battalion commander".
var postUnits = map[string]bool{"battalion": true, "brigade": true, "division": true, "regiment": true, "company": true,
	"platoon": true, "unit": true, "field": true, "army": true, "police": true, "party": true, "district": true, "sector": true,
	"intelligence": true, "security": true}

// titleAt returns the number of words of the post that opens at ts[i], or 0.
func (rd *Reader) titleAt(ts []token, i int) int {
	for _, t := range rd.titles {
		if matchAt(ts, i, t) {
			return len(t)
		}
	}
	return 0
}

// phraseHeads returns the mentions without those that only qualify another: a state
// before an individual's post ("Syrian President Bashar al-Assad", "Burkina Faso's
// President Blaise Compaore"), whose relations are the individual's (the post itself is
// for posts to read), and a whole after its part ("the faction of Salahuddin Rabbani in
// Jami'at").
//
// The head's mention then spans the whole phrase, so that the words of the qualifier
// stand between no two actors: "Iran and Russia's President Putin" is a list of two.
func (rd *Reader) phraseHeads(ts []token, ms []mention) []mention {
	var out []mention
	from := -1 // the first token of a qualifier dropped before the next mention
	for i, m := range ms {
		// "the faction of Hizb-e Wahdat loyal to former Vice President Karim Khalili": the
		// faction the record names after both.
		if i > 0 && len(out) > 0 && out[len(out)-1].first == ms[i-1].first && rd.kinds[m.id] == "individual" {
			if f, at := rd.factionPhrase(ts, ms[i-1], m); f != "" {
				out[len(out)-1] = mention{id: f, first: at, end: m.end}
				continue
			}
		}
		// "The faction of Salahuddin Rabbani in Jami'at": a part named with its whole
		// after "in"; the part is the party.
		if i > 0 && len(out) > 0 && (m.first == ms[i-1].end+1 && ts[ms[i-1].end].word == "in" && slices.Contains(rd.parts[ms[i-1].id], m.id) ||
			rd.unitOf(ts, ms, i-1)) {
			out[len(out)-1].end = m.end // "the Southern Front of the Free Syrian Army": the front's
			continue
		}
		if rd.apposedBody(ts, ms, i) == i+1 {
			from = m.first // "the UN mission, MINUSMA": the mission's phrase
			continue
		}
		// "al-Qaeda's Syrian affiliate, the Nusra Front", "the Nusra Front, al-Qaeda's
		// affiliate,": the part's.
		if b, ok := rd.branch(ts, ms, i); ok && !b.copula {
			if b.part == i+1 {
				from = b.from
			} else if len(out) > 0 && out[len(out)-1].first == ms[i-1].first {
				out[len(out)-1].end = b.to
			}
			continue
		}
		if i+1 < len(ms) && ms[i+1].first == m.end && ts[m.end-1].possessive && rd.owns(ts, m, ms[i+1]) {
			from = m.first // "the FSA's 13th Division", "the IRGC's Quds Force": the unit's
			continue
		}
		if i+1 < len(ms) && rd.kinds[m.id] == "state" && rd.kinds[ms[i+1].id] == "state-organ" && ms[i+1].first == m.end && ts[m.end-1].possessive {
			from = m.first // "Iran's Islamic Revolutionary Guard Corps": the organ's (the state's own, read in posts)
			continue
		}
		if i+1 < len(ms) && rd.peopleDescribed(ts, m, ms[i+1]) {
			from = m.first // "the German jurist Christian Tomuschat": his
			continue
		}
		if i+1 < len(ms) && rd.kinds[m.id] != "individual" && rd.kinds[ms[i+1].id] == "individual" && ms[i+1].first > m.end &&
			ms[i+1].first-m.end <= 4 && !listedBetween(ts, m.end, ms[i+1].first) {
			if only, n, of := rd.title(ts, m.end, ms[i+1].first); only && n > 0 && !of {
				from = m.first
				continue
			}
		}
		if from >= 0 {
			m.first, from = min(m.first, from), -1
		}
		out = append(out, m)
	}
	return out
}

// factionPhrase reads "the faction of ORG loyal to (post) PERSON" around the mentions
// of an organization and an individual: the faction of the record named after the
// individual, one of whose names holds the organization's ("Hizb-e Wahdat faction of
// Karim Khalili"), and the phrase's first token.
func (rd *Reader) factionPhrase(ts []token, org, person mention) (string, int) {
	at := org.first - 2
	if at < 0 || ts[org.first-1].word != "of" || !factionNouns[ts[at].word] {
		return "", 0
	}
	for k := org.end; k < person.first; {
		if n := rd.titleAt(ts, k); n > 0 {
			k += n
			continue
		}
		if !loyalWords[ts[k].word] {
			return "", 0
		}
		k++
	}
	// Of the factions named after the individual, those a name of which holds the
	// organization's as written here.
	words := make([]string, 0, org.end-org.first)
	for _, t := range ts[org.first:org.end] {
		words = append(words, spelling(t.word))
	}
	orgName := strings.Join(words, " ")
	var found []string
	for id, parts := range rd.parts {
		if rd.kinds[id] != "faction" || !slices.Contains(parts, person.id) {
			continue
		}
		for name, named := range rd.names {
			if named == id && strings.Contains(" "+name+" ", " "+orgName+" ") {
				found = append(found, id)
				break
			}
		}
	}
	if len(found) != 1 {
		return "", 0 // none, or several the phrase does not tell apart
	}
	return found[0], at
}

// factionNouns name a part of an organization; loyalWords tie it to the one it follows.
var (
	factionNouns = map[string]bool{"faction": true, "wing": true, "branch": true}
	loyalWords   = map[string]bool{"loyal": true, "to": true, "led": true, "by": true, "under": true, "close": true, "of": true}
)

// postTimes are the adverbs of time between a name's comma and the post that describes
// its holder: "X, later chief of staff of Y", "X, then president of Y".
var postTimes = map[string]bool{"later": true, "then": true, "now": true, "formerly": true, "subsequently": true, "eventually": true, "once": true}

// posts proposes the memberships a post states: an individual named with a post beside
// an organization or a state ("Egyptian President Mohamed Morsi", "Ashraf Ghani, the
// president of the Islamic Republic", "General X of the Revolutionary Guards",
// "commanders of the IRGC, A and B"), and a state's organ named in its possessive
// ("Iran's Quds Force").
func (rd *Reader) posts(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	person := func(m mention) bool { return rd.kinds[m.id] == "individual" }
	var pairs []pair
	after := map[int]bool{} // individuals whose post names the organization after them
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if person(a) && !person(b) {
			// "Alassane Ouattara, who was the rotational chairman of ECOWAS": the post
			// a relative clause gives.
			from := a.end
			if from < b.first && ts[from].word == "who" && strings.Contains(ts[from].pre, ",") {
				for from++; from < b.first && relativeAux[ts[from].word]; from++ {
				}
			}
			apposed := from == a.end
			if apposed && from+1 < b.first && strings.TrimSpace(ts[from].pre) == "," && postTimes[ts[from].word] {
				from++ // "a Rwandan officer, James Kabarebe, later chief of staff of the new Congolese army": another post, of another time
				apposed = false
			}
			// Not the next of a list: "killing an AQIM commander, A, and two fighters of B";
			// nor an attendance list's next entry: "Kim Sung-eun; Director of the KCIA Kim Hyong-uk".
			// Nor the next of a list of the nouns an act is done on: "the killing of Father
			// Geve and of the seven Brothers".
			if only, _, of := rd.title(ts, from, b.first); only && of && b.first-from <= 8 && !clauseAnd(ts, from, b.first) && !strings.Contains(ts[from].pre, ";") && !rd.capitalNamed(ts, b) && ts[from].word != "and" {
				// The post's words, as far as "of": "the president", whose holder leads.
				why := "post: an individual of an organization"
				if w := wordsOf(ts, from, ofAt(ts, from, b.first)); len(w) > 0 {
					why = "post: " + strings.Join(w, " ") + ", an individual of an organization"
				}
				if j := successorOf(ts, ms, i, from); j >= 0 && person(ms[j]) {
					a = ms[j] // "Zoramthanga succeeded Laldenga as president of the MNF": the successor's post
				}
				pairs = append(pairs, pair{a, b, why})
				after[i] = apposed // a relative clause's post is another post
				if c := i + 2; c < len(ms) && jointPost(ts, from, b, ms[c]) && !person(ms[c]) {
					pairs = append(pairs, pair{a, ms[c], why})
				}
				// "Joseph Kabui, Vice-President of the Interim Government and President of
				// the Congress": a second post after "and", of another body.
				if c := i + 2; c < len(ms) && b.end+1 < ms[c].first && ts[b.end].word == "and" && !person(ms[c]) {
					if only, _, of := rd.title(ts, b.end+1, ms[c].first); only && of && ms[c].first-b.end <= 6 {
						pairs = append(pairs, pair{a, ms[c], "post: " + strings.Join(wordsOf(ts, b.end+1, ofAt(ts, b.end+1, ms[c].first)), " ") + ", an individual of an organization"})
					}
				}
			}
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		switch {
		case !person(a) && person(b) && !after[i+1] && b.first > a.end && b.first-a.end <= 6 && !clauseAnd(ts, a.end, b.first) &&
			!colonBetween(ts, a.end, b.first+1) && !pronounWords[ts[a.first].word] && !personalPronouns[ts[b.first].word]: // not "among them the prime minister, X", "Indian officials, she says,"
			from := a.end
			if ts[from].word == "whose" && strings.Contains(ts[from].pre, ",") {
				from++ // "Kenya, whose President William Ruto was to lead it"
			}
			if from+1 < b.first && fates[ts[from].word] && ts[a.end-1].possessive {
				from++ // "the PKK's imprisoned founder, Abdullah Öcalan"
			}
			if only, n, of := rd.title(ts, from, b.first); only && n > 0 && !of && !addressOnly(ts, a, from, b.first) {
				pairs = append(pairs, pair{b, a, "post: " + strings.Join(wordsOf(ts, from, b.first), " ") + ", the organization's post before the name"})
				if w := ts[b.first-1].word; strings.HasSuffix(w, "s") && len(w) > 4 {
					// "the Communist commanders Chu Teh, Lin Piao and Liu Po-cheng": each.
					for _, m := range group(ts, ms, i+1, +1)[1:] {
						if person(*m) {
							pairs = append(pairs, pair{*m, a, "post: " + strings.Join(wordsOf(ts, from, b.first), " ") + ", the organization's post before the names"})
						}
					}
				}
			} else if n := rd.titleAt(ts, b.first); from == b.first && from > a.end && n > 0 {
				// "Zaire, whose President Mobutu": the post a name known with it holds
				pairs = append(pairs, pair{b, a, "post: " + strings.Join(wordsOf(ts, from, from+n), " ") + ", the organization's post before the name"})
			}
		case person(a) && !person(b) && (b.first-a.end <= 1 || postQualified(ts, a.end, b.first)) && !after[i]:
			// "Hossein Amir-Abdollahian, Iranian deputy foreign minister", "Subhi
			// al-Tufayli, Hezbollah's former leader": the post after the organization.
			end := b.end // the longest post of up to four words: "battalion commander"
			for e := b.end + 1; e <= min(b.end+4, len(ts)); e++ {
				// not one that ends on "in the", read as the post's organization to come:
				// "the Hizb's chief commander in the valley".
				if only, n, of := rd.title(ts, b.end, e); only && n > 0 && !of {
					end = e
				}
			}
			// Not across a bracket: "Landing Force (R Adm Busser): Amphibious Commandos Group (Lt Cdr X)".
			if only, n, of := rd.title(ts, b.end, end); only && n > 0 && !of && (b.first == a.end || articles3[ts[a.end].word]) &&
				!strings.ContainsAny(ts[b.first].pre, "):;") && (b.end >= len(ts) || !strings.Contains(ts[b.end].pre, "(")) {
				pairs = append(pairs, pair{a, b, "post: " + strings.Join(wordsOf(ts, b.end, end), " ") + ", the organization's post after the name"})
			}
		case !person(a) && person(b) && b.first == a.end:
			// "commanders of the IRGC, A and B": the post before the organization.
			from := a.first // the widest post: "a prime minister from the opposition MDR, X"
			for k := a.first - 1; k >= 0 && a.first-k <= 6; k-- {
				if only, _, _ := rd.title(ts, k, a.first); only {
					from = k
				}
			}
			// Not a post denied: "no longer a member of our Community; President Aziz".
			if only, n, of := rd.title(ts, from, a.first); only && n > 0 && of && !rd.personApposed(ts, ms, from) && !postDenied(ts, from) {
				for _, m := range group(ts, ms, i+1, +1) {
					if person(*m) && !ts[m.end-1].possessive { // not "..., Obiang's most persistent opponent"
						pairs = append(pairs, pair{*m, a, "post: the organization's post before the names"})
					}
				}
			}
		case rd.kinds[a.id] == "state" && (rd.kinds[b.id] == "state-organ" || rd.kinds[b.id] == "militia") && b.first == a.end && strings.HasSuffix(ts[a.end-1].word, "s"):
			pairs = append(pairs, pair{b, a, "possessive: the state's organ"})
		case i == 0 && rd.kinds[a.id] == "state" && !person(b) && rd.kinds[b.id] != "state" && itsOrgan(ts, a, b):
			// "India's army, its Border Security Force and the Rashtriya Rifles": the organ
			// "its" gives the state named just before, in a list that opens the sentence.
			pairs = append(pairs, pair{b, a, "possessive: the state's organ, after \"its\" in a list"})
		case !person(a) && rd.kinds[a.id] != "state" && rd.kinds[b.id] == "state" && b.first == a.end && strings.TrimSpace(ts[b.first].pre) == "," &&
			ts[b.end-1].possessive && organAfter(ts, b.end):
			// "the Research and Analysis Wing, India's external intelligence agency,": the
			// organ the state's possessive describes after its name.
			pairs = append(pairs, pair{a, b, "apposition: the state's organ, after the name"})
		case rd.kinds[a.id] == "state" && ts[a.end-1].possessive && rd.kinds[b.id] != "state" && !person(b) && organApposed(ts, a.end, b.first):
			// "Iran's main intelligence service, the Ministry of Intelligence and Security":
			// the organ the state's possessive describes, named after a comma.
			pairs = append(pairs, pair{b, a, "possessive: the state's organ, named after a comma"})
		case !person(a) && !person(b) && b.end < len(ts) && appositionPart(ts, a, b):
			// "Turkey, a NATO member, ...", "Hizb-e Islami, a Taliban faction", "X, the
			// Taliban's armed wing": the part named before its whole.
			pairs = append(pairs, pair{a, b, "apposition: a " + ts[b.end+partAdjective(ts, b.end)].word + " of the organization named before the noun"})
		case b.first == a.end && ts[a.end-1].possessive && rd.owns(ts, a, b):
			// "the FSA's 13th Division", "the Rahman Legion's Air Defense Brigade",
			// "Hezbollah's Radwan Force", "the IRGC's Quds Force".
			pairs = append(pairs, pair{b, a, "possessive: the group's unit"})
		case rd.unitOf(ts, ms, i):
			// "the Southern Front of the Free Syrian Army": a unit of the group after "of".
			pairs = append(pairs, pair{a, b, "of: the group's unit"})
		}
	}
	pairs = append(pairs, rd.branchPairs(ts, ms)...)
	pairs = append(pairs, rd.leadersOwn(ts, ms)...)
	pairs = append(pairs, rd.relativeLed(ts, ms)...)
	pairs = append(pairs, rd.postsAs(ts, ms)...)
	pairs = append(pairs, rd.whosePosts(ts, ms)...)
	pairs = append(pairs, rd.operations(d, ts, ms)...)
	pairs = append(pairs, rd.unplacedPosts(d, p, ts, ms, pairs)...)
	pairs = append(pairs, rd.underRulers(ts, ms)...)
	pairs = append(pairs, rd.possessedPosts(ts, ms, pairs)...)
	pairs = append(pairs, rd.apposedPosts(ts, ms, pairs)...)
	pairs = append(pairs, rd.itsPostAfter(ts, ms, pairs)...)
	pairs = append(pairs, rd.superiorsPosts(ts, ms)...)
	pairs = append(pairs, rd.succeededBy(ts, ms)...)
	pairs = append(pairs, rd.heldPosts(ts, ms)...)
	pairs = append(pairs, rd.aides(ts, ms)...)
	pairs = append(pairs, rd.leadersOfMen(ts, ms)...)
	var out []Proposal
	for _, pr := range pairs {
		if pr.member.id == pr.of.id || rd.kinds[pr.of.id] == alliances.Category && strings.HasPrefix(pr.why, "post: ") {
			continue // "King of the Arabs": a title over a people, no body one is of
		}
		t := alliances.Tie{Subject: pr.member.id, Object: pr.of.id, Kind: alliances.Membership, Status: alliances.Reported}
		if w := selfStyled(ts, pr.member); w != "" {
			t.Status, pr.why = alliances.Alleged, pr.why+", self-styled: "+w // "who calls himself secretary-general of the Flec-PM"
		}
		if post, ok := strings.CutPrefix(pr.why, "post: "); ok && leadingPost(post) || pr.why == ownWhy || pr.why == relativeWhy || pr.why == ledBranchWhy {
			t.Role = alliances.Leader // "Its leader, Michel Djotodia", "President X"
		}
		v, cue := rd.pairWhen(d, s, ts, pr.member, pr.of, valid, timeCue)
		if y, _ := strconv.Atoi(yearOf(v)); strings.Contains(pr.why, "list of rulers") && guessedYear(cue) && y > 0 && !rd.ruledIn(pr.member.id, pr.of.id, y) {
			v, cue = "", "" // "Prime Minister Benjamin Netanyahu" in a paragraph that named 1974 before: no post of his then
		}
		if (former(ts, pr.member) || formerWhy(pr.why)) && !namedGovernment(pr.why) && !strings.HasSuffix(pr.why, whoseWhy) && v != "" && !strings.Contains(v, "/") && strings.HasPrefix(cue, "time:") {
			v, cue = "/"+v, cue+", a former post: held before then" // "the former Nigerian president X ... in August 2021"
		}
		confidence := 0.6
		if strings.Contains(pr.why, ", taken after the name, of ") && strings.HasSuffix(pr.why, "the state of the report's conflict ("+pr.of.id+")") {
			confidence = 0.45 // "Museveni became president" in a report on Rwanda: perhaps another state's
		}
		if prop, ok := rd.finish(d, p, s, t, []string{pr.why}, v, cue, confidence); ok {
			out = append(out, prop)
		}
	}
	return out
}

// namedGovernment reports whether a post, as its cue words it, is a government named
// after its head ("post: government, of ..."): a "former" before the name is another's
// ("a former minister in the Najibullah government").
func namedGovernment(why string) bool {
	post, _ := strings.CutPrefix(why, "post: ")
	w, _, _ := strings.Cut(post, ",")
	return governmentHeads[w]
}

// leadingCues are the cues of a membership that make its member the leader.
var leadingCues = map[string]bool{"led by": true, "command passed to": true, "leadership passed to": true, "command fell to": true, "leadership fell to": true, "command went to": true, "leadership went to": true, "commanded by": true, "headed by": true, "ruled by": true, "governed by": true, "chaired by": true, "presided over by": true,
	"founded by": true, "who leads": true, "who led": true, "who heads": true, "who headed": true, "who commanded": true, "who commands": true,
	"who chaired": true, "who chairs": true, "who founded": true, "leader of": true, "head of": true, "commander of": true, "chief of": true,
	"founder of": true, "co founder of": true, "at the head of": true, "announced the formation of": true, "announced the creation of": true,
	"announced the founding of": true, "proclaimed the formation of": true,
	// The active verb, right after the individual: "Laurent Kabila led the AFDL".
	"led": true, "leads": true, "heads": true, "ran": true, "had run": true, "run by": true, "commanded": true, "commands": true, "commanding": true, "founded": true,
	"ruled": true, "rules": true, "governed": true, "governs": true, // "Mobutu ruled Zaire"
	"seized power in": true, "took power in": true, "came to power in": true, "seizing power in": true, "taking power in": true,
	"takes power in": true, "seizes power in": true, "comes to power in": true,
	"assumed power in": true, "grabbed power in": true} // "Siad Barre seized power in Mogadishu"

// jointPost reports whether a post from token from is held of two bodies, b and c after
// it: "the joint envoy of the UN and the Organisation of African Unity".
func jointPost(ts []token, from int, b, c mention) bool {
	if !slices.ContainsFunc(ts[from:b.first], func(t token) bool { return t.word == "joint" }) || c.first < 0 || b.end >= c.first || ts[b.end].word != "and" {
		return false
	}
	return c.first == b.end+1 || c.first == b.end+2 && ts[b.end+1].word == "the"
}

// pronounWords are the pronouns that stand for an organization read before: no
// organization whose post a name after them holds ("among them the prime minister").
var pronounWords = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true}

// personalPronouns stand for a person named before, never a post's holder in apposition.
var personalPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true}

// headNamed reports whether the individual n is named right after a body's or a state's
// possessive m and a post, the agent of a passive: "chaired by Gabon's President Bongo".
func (rd *Reader) headNamed(ts []token, m, n mention) bool {
	if m.first < 0 || n.first < m.end || !ts[m.end-1].possessive || rd.kinds[n.id] != "individual" || rd.kinds[m.id] == "individual" {
		return false
	}
	if only, posts, of := rd.title(ts, m.end, n.first); only && posts > 0 && !of {
		return true
	}
	return n.first == m.end && rd.titleAt(ts, n.first) > 0 // a name known with its post: "President Bongo"
}

// ofAt returns where the first "of" or "in" stands in [from, to), else to.
func ofAt(ts []token, from, to int) int {
	for k := from; k < to; k++ {
		if ts[k].word == "of" || ts[k].word == "in" {
			return k
		}
	}
	return to
}
