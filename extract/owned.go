package extract

import (
	"slices"
	"strings"
)

// What a possessive owns, and what a post held before says.

// owns reports whether the possessor a holds b, named right after it, as its unit: a
// group's armed group or militia ("Hezbollah's Radwan Force", "the FSA's 13th
// Division"), an organ's organ ("the IRGC's Quds Force"). Not where a noun after b makes
// b a word of another noun ("Turkey's FSA allies", "the Taliban's al-Qaeda guests",
// "al-Shabaab's al-Qaeda affiliation"): the phrase ends with b, or b's members follow.
func (rd *Reader) owns(ts []token, a, b mention) bool {
	if a.id == b.id || b.end < len(ts) && !phraseEnds(ts[b.end]) && rd.titleAt(ts, b.end) == 0 {
		return false
	}
	switch rd.kinds[a.id] {
	case "armed-group", "coalition":
		k := rd.kinds[b.id]
		return rd.unit(ts, b) || k == "armed-group" || k == "militia" || k == "faction"
	case "state-organ":
		return rd.kinds[b.id] == "state-organ"
	case "party", "other": // an abbreviation a new case found, of a kind the reviewer says
		return rd.kinds[b.id] == "militia" || rd.kinds[b.id] == "armed-group" // "the MRND's Interahamwe", a party's militia
	}
	return false
}

// leadersOwn reads the organizations an individual's possessive gives the individual in
// apposition to a noun of such a body, or a "whose" after the name: "Dostum's movement,
// the Junbish-i Milli", "Gulbuddin Hekmatyar, whose Hezb-i Islami had received ..." (the
// possessive right before the name is read by leaders). The organization is a group,
// party, faction, militia or coalition, and its phrase ends with its name.
func (rd *Reader) leadersOwn(ts []token, ms []mention) []pair {
	var out []pair
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.first < 0 || b.first < 0 || rd.kinds[a.id] != "individual" || !ownedKinds[rd.kinds[b.id]] || b.end < len(ts) && !phraseEnds(ts[b.end]) {
			continue
		}
		possessive := ts[a.end-1].possessive && apposedNoun(ts, a.end, b.first, ownNouns) &&
			!slices.ContainsFunc(ts[a.end:b.first], func(t token) bool { return foeNouns[t.word] || t.word == "rival" }) // "Habyarimana's main rival party, the CDR"
		whose := a.end < len(ts) && ts[a.end].word == "whose" && strings.Contains(ts[a.end].pre, ",") && b.first == a.end+1
		if possessive || whose {
			out = append(out, pair{a, b, ownWhy})
		}
	}
	// "bin Laden came back, and his organisation, al-Qaeda, trained fighters", "his PUK": "his" is
	// the individual the sentence named last before it, else the sentence before's subject.
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].word != "his" && ts[k].word != "her" {
			continue
		}
		b := slices.IndexFunc(ms, func(m mention) bool { return m.first > k && m.first <= k+5 })
		// "Rajavi brought his People's Mujahedin to Iraq": the name right after "his".
		if b < 0 || !ownedKinds[rd.kinds[ms[b].id]] || !apposedNoun(ts, k+1, ms[b].first, ownNouns) && (ms[b].first != k+1 || !ts[k+1].upper) || ms[b].end < len(ts) && !phraseEnds(ts[ms[b].end]) {
			continue
		}
		a := -1
		for j := range ms {
			if ms[j].first >= 0 && ms[j].end <= k && rd.kinds[ms[j].id] == "individual" {
				a = j
			}
		}
		switch {
		case a >= 0:
			out = append(out, pair{ms[a], ms[b], ownWhy})
		case rd.said != "" && rd.kinds[rd.said] == "individual":
			out = append(out, pair{mention{id: rd.said}, ms[b], ownWhy}) // "From Afghanistan his organisation": the sentence before's subject's
		}
	}
	return out
}

const ownWhy = "possessive: the individual's organization"

// relativeLed reads the leader a relative clause gives a body by "he" or "she": "dissolved
// the United Jihad Council, which he had chaired since 1994" is led by the individual the
// sentence named last before it (else the sentence before's subject).
func (rd *Reader) relativeLed(ts []token, ms []mention) []pair {
	var out []pair
	for b, m := range ms {
		k := m.end
		if m.first < 0 || k+2 >= len(ts) || !ownedKinds[rd.kinds[m.id]] || ts[k].word != "which" && ts[k].word != "that" ||
			ts[k].word == "which" && !strings.Contains(ts[k].pre, ",") || ts[k+1].word != "he" && ts[k+1].word != "she" {
			continue
		}
		j := k + 2
		for j < len(ts) && j < k+5 && (relativeAux[ts[j].word] || adverb(ts[j].word)) && !strings.ContainsAny(ts[j].pre, ",;:()") {
			j++
		}
		if j >= len(ts) || !leadingVerbs[ts[j].word] || strings.ContainsAny(ts[j].pre, ",;:()") {
			continue
		}
		a := -1
		for i := range ms[:b] {
			if ms[i].first >= 0 && rd.kinds[ms[i].id] == "individual" {
				a = i
			}
		}
		switch {
		case a >= 0:
			out = append(out, pair{ms[a], m, relativeWhy})
		case rd.said != "" && rd.kinds[rd.said] == "individual":
			out = append(out, pair{mention{id: rd.said}, m, relativeWhy})
		}
	}
	return out
}

const relativeWhy = "relative: the body he led"

// leadingVerbs are the verbs of leading a body in the past: "which he chaired".
var leadingVerbs = map[string]bool{"led": true, "chaired": true, "headed": true, "commanded": true, "founded": true, "co-founded": true,
	"ran": true, "created": true, "leads": true, "heads": true, "chairs": true, "commands": true, "runs": true}

// postsAs reads the posts a body was set up with, after "with": "Hanoi set up the
// People's Republic of Kampuchea, with Heng Samrin as head of state", "formed the
// Coalition Government, with Sihanouk as president, Son Sann as prime minister and Khieu
// Samphan as vice-president". Each is a member of the body named last before "with",
// in a clause whose verb sets a body up.
func (rd *Reader) postsAs(ts []token, ms []mention) []pair {
	var out []pair
	for _, m := range ms {
		if m.first < 0 || rd.kinds[m.id] != "individual" || m.end+1 >= len(ts) {
			continue
		}
		k := m.end // "Hun Sen, a 27-year-old former battalion commander, as foreign minister"
		head := k+2 < len(ts) && ts[k].word == "at" && (ts[k+1].word == "its" || ts[k+1].word == "their" || ts[k+1].word == "the") && ts[k+2].word == "head"
		if head && m.first > 0 && ts[m.first-1].word == "with" {
			// "formed a new Union of Resistance Forces with Timan Erdimi at its head": its
			// leader.
			// (Its name, or the abbreviation after it: "(UFR) with".)
			if body := slices.IndexFunc(ms, func(o mention) bool {
				return o.first >= 0 && o.end <= m.first-1 && o.end >= m.first-8 && rd.kinds[o.id] != "individual" && (setUp(ts, o.first) || setUpAfter(ts, o.end))
			}); body >= 0 && !slices.ContainsFunc(ts[ms[body].end:m.first], func(t token) bool {
				return strings.ContainsAny(t.pre, ";:") || strings.Contains(t.pre, ",") && t.word != "with"
			}) {
				out = append(out, pair{m, ms[body], "post: at its head, of the body set up with the individual so"})
			}
			continue
		}
		if ts[k].word != "as" {
			if k = slices.IndexFunc(ts[m.end+1:], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) + m.end + 1; k == m.end || !describing(ts, m.end, k) {
				continue
			}
		}
		if k+1 >= len(ts) || ts[k].word != "as" {
			continue
		}
		k++
		if w := ts[k].word; w == "its" || w == "the" || w == "his" || w == "her" || w == "their" {
			k++
		}
		if k < len(ts) && (ts[k].word == "first" || postAdjectives[ts[k].word]) {
			k++ // "as his first deputy"
		}
		n := rd.titleAt(ts, k)
		if n == 0 {
			continue
		}
		with := -1 // the "with" that opens the list of posts, past the names and posts before
		for j := m.first - 1; j > 0 && m.first-j <= 24; j-- {
			if ts[j].word == "with" && (strings.Contains(ts[j].pre, ",") || foundedBefore(ts, j) >= 0) && !strings.ContainsAny(ts[j].pre, ";:") {
				with = j // (after an abbreviation's parenthesis: "(GUNT), with")
				break
			}
			if strings.ContainsAny(ts[j].pre, ";:()") {
				break
			}
		}
		if with < 0 {
			continue
		}
		body := -1
		for j, o := range ms {
			if o.end <= with && o.first >= 0 && rd.kinds[o.id] != "individual" {
				body = j
			}
		}
		// "The MNLA, founded in October 2011 with Bilal Ag Acherif as secretary-general":
		// the body before the participle.
		if f := foundedBefore(ts, with); f >= 0 {
			body = slices.IndexFunc(ms, func(o mention) bool { return o.first >= 0 && o.end == f && rd.kinds[o.id] != "individual" })
			if body < 0 {
				continue
			}
		} else if body < 0 || !setUp(ts, ms[body].first) && !setUpAfter(ts, ms[body].end) {
			continue
		}
		out = append(out, pair{m, ms[body], "post: " + strings.Join(wordsOf(ts, k, k+n), " ") + ", of the body set up with the individual as such"})
	}
	return append(out, rd.appointedAs(ts, ms)...)
}

// setUp reports whether a verb of setting a body up stands right before the body that
// opens at token first, its object past an article and a word or two ("set up the
// People's Republic", "formed a new Coalition Government", "came together as the United
// Tajik Opposition"); not "set out from Uganda", nor a verb of another clause ("the exiles
// who had founded the RPF invaded Rwanda").
func setUp(ts []token, first int) bool {
	reach := 4
	for k := first - 1; k >= 0 && first-k <= reach; k-- {
		w := ts[k].word
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
		switch {
		case w == "up" && k > 0 && ts[k-1].word == "set", w == "as" && k > 0 && ts[k-1].word == "together":
			return true
		case settingUp[w]:
			return true
		case (numeric(w) || slices.Contains(monthNames, w) || w == "in") && reach < 8:
			reach++ // "produced in November 1979 the Transitional Government"
		case !determiners[w] && w != "new" && w != "a" && !(w == "as" || w == "into"):
			return false
		}
	}
	return false
}

// foundedBefore returns where the name ends before ", founded (in ...)" that the "with" at
// token with follows ("The MNLA, founded in October 2011 with"), or -1.
func foundedBefore(ts []token, with int) int {
	for k := with - 1; k > 0 && with-k <= 5; k-- {
		if settingUp[ts[k].word] && strings.HasSuffix(ts[k].word, "ed") && strings.Contains(ts[k].pre, ",") {
			return k
		}
		if strings.ContainsAny(ts[k].pre, ",;:()") {
			return -1
		}
	}
	return -1
}

// settingUp are the verbs of setting a body up, before it.
var settingUp = map[string]bool{"formed": true, "established": true, "created": true, "founded": true, "launched": true,
	"proclaimed": true, "installed": true, "constituted": true, "form": true, "establish": true, "create": true,
	"merged": true, "united": true, "chose": true, "elected": true, "reconstituted": true,
	"announced": true, "produced": true} // "merged into" (and "set up", "came together as": setUp)

// ownedKinds are the kinds of actor an individual's possessive makes the individual's
// own; ownNouns, the nouns of such an actor in apposition ("Dostum's movement, the
// Junbish").
var (
	ownedKinds = map[string]bool{"armed-group": true, "party": true, "faction": true, "militia": true, "coalition": true}
	ownNouns   = map[string]bool{"movement": true, "party": true, "militia": true, "group": true, "faction": true,
		"organisation": true, "organization": true, "front": true, "coalition": true, "army": true, "forces": true}
)

// phraseEnds reports whether the token after a name ends the noun phrase the name closes:
// punctuation before it, a word of function, an adverb or a verb's ending, or the name's
// members ("Hezbollah's Radwan Force fighters"); a post after it is the unit's too
// ("the IRGC's Quds Force commander", see owns).
func phraseEnds(t token) bool {
	w := t.word
	return strings.ContainsAny(t.pre, ",;:()") || t.upper || closers[w] || forceNouns[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") ||
		w == "fighters" || w == "members" || w == "commanders" || w == "units" || w == "militants" || memberNounsAfter[w]
}

// memberNounsAfter are the nouns of a body's people after its name: "Museveni's NRA
// veterans".
var memberNounsAfter = map[string]bool{"veterans": true, "loyalists": true, "cadres": true, "men": true, "officials": true,
	"hardliners": true, "militiamen": true, "supporters": true, "leaders": true, "troops": true}

// closers are the words of function that end a noun phrase before them.
var closers = map[string]bool{"and": true, "or": true, "of": true, "in": true, "on": true, "at": true, "to": true, "from": true,
	"toward": true, "towards": true, "into": true, "against": true, "across": true, "through": true, "for": true,
	"with": true, "by": true, "was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"which": true, "who": true, "that": true, "also": true, "then": true, "later": true, "will": true, "would": true,
	// the past of verbs that does not end in "-ed"
	"fought": true, "took": true, "struck": true, "led": true, "won": true, "began": true, "ran": true, "drove": true,
	"overran": true, "shot": true, "hit": true, "sent": true, "sold": true, "gave": true, "made": true, "held": true,
	"broke": true, "fled": true, "split": true, "left": true, "became": true, "fell": true, "withdrew": true, "said": true,
	"told": true, "got": true, "came": true, "went": true, "kept": true, "lost": true, "set": true, "put": true}

// former reports whether a post within the four words before an individual's name is
// said to be past: "the former Nigerian president Olusegun Obasanjo".
func former(ts []token, m mention) bool {
	for k := max(m.first-4, 0); k < m.first; k++ {
		if w := ts[k].word; w == "former" || w == "ex" || w == "erstwhile" {
			return true
		}
	}
	return false
}

// formerWhy reports whether the post a membership's why gives is a former one, named after
// the member: "John Mahama, a former president of Ghana" ("post: a former president").
func formerWhy(why string) bool {
	post, ok := strings.CutPrefix(why, "post: ")
	return ok && (strings.HasPrefix(post, "former ") || strings.HasPrefix(post, "a former ") || strings.HasPrefix(post, "the former "))
}

// pair is a membership posts reads: the member, what it is a member of, and why.
type pair struct {
	member, of mention
	why        string
}

// launchWords stand before a military operation's name that belongs to the clause's
// subject: its verbs ("the French military launched Opération Serval") and possessives
// ("ended its Operation Serval").
var launchWords = map[string]bool{"launched": true, "launches": true, "launching": true, "began": true, "started": true,
	"ended": true, "concluded": true, "its": true, "their": true}

// operations reads whose a named military operation is ("Operation Barkhane"): the
// state named right before it ("the France Operation Barkhane", "French Operation
// Serval"), or the state that launched or ended it ("the French military launched
// Opération Serval", "France ended its Operation Serval").
func (rd *Reader) operations(d *Document, ts []token, ms []mention) []pair {
	var out []pair
	for i, m := range ms {
		if i == 0 || rd.kinds[m.id] != "state-organ" || m.first >= len(ts) || ts[m.first].word != "operation" && ts[m.first].word != "opération" {
			continue
		}
		if prev := ms[i-1]; prev.end == m.first && rd.kinds[prev.id] == "state" {
			out = append(out, pair{m, prev, "operation: the state's, named before it"})
			continue
		}
		if !launchWords[ts[m.first-1].word] && (m.first < 2 || !launchWords[ts[m.first-2].word]) {
			continue
		}
		// The verb's subject: the nearest state in the clause ("the French military in
		// Mali ended its Operation Serval" is France's: "in Mali" names a place, no actor).
		for j := i - 1; j >= 0 && m.first-ms[j].end <= 8 && !boundary(d, ts, ms[j].end, m.first); j-- {
			if rd.kinds[ms[j].id] != "state" {
				continue
			}
			out = append(out, pair{m, ms[j], "operation: launched by the state"})
			break
		}
	}
	return out
}

var articles3 = map[string]bool{"the": true, "a": true, "an": true}

// postAdjectives are the words that grade a post before the organization that holds it:
// "Baradar, a senior Taliban commander".
var postAdjectives = map[string]bool{"senior": true, "top": true, "former": true, "prominent": true, "leading": true,
	"eastern": true, "western": true, "northern": true, "southern": true, "central": true, "first": true, "founding": true,
	"veteran": true, "powerful": true, "local": true, "key": true, "high": true, "ranking": true, "influential": true,
	"notorious": true, "longtime": true, "regional": true, "level": true, "military": true, "political": true,
	"ailing": true, "aging": true, "ageing": true, "elderly": true, "late": true, "outgoing": true, "incoming": true, "embattled": true,
	"exiled": true, "deposed": true, "ousted": true, "erstwhile": true, "young": true, "long-serving": true, "interim": true,
	"undisputed": true, "unchallenged": true, "nominal": true, "titular": true, "effective": true, "overall": true, "supreme": true,
	"joint": true, "paramount": true, "spiritual": true, "new": true, "acting": true, "self-declared": true}

// postQualified reports whether the words [from, to) between an individual and an
// organization are an article and a post's grades: ", a senior" of "Baradar, a senior
// Taliban commander".
func postQualified(ts []token, from, to int) bool {
	if to-from < 2 || to-from > 6 || !articles3[ts[from].word] {
		return false
	}
	graded := 0
	for i := from + 1; i < to; i++ {
		if i+2 < to && numeric(ts[i].word) && ts[i+1].word == "year" && ts[i+2].word == "old" {
			i += 2 // "a 27-year-old former Khmer Rouge battalion commander": an age
			continue
		}
		if !postAdjectives[ts[i].word] {
			return false
		}
		graded++
	}
	return graded <= 2
}

// colonBetween reports whether a colon or a semicolon stands before any of the words
// [from, to): "the Syrian government: the Prime Minister David Cameron" gives no post of
// the government's.
func colonBetween(ts []token, from, to int) bool {
	for i := from; i < to && i < len(ts); i++ {
		if strings.ContainsAny(ts[i].pre, ":;") {
			return true
		}
	}
	return false
}

// apposedOwner reports whether m owns the place a name the reader does not know is set
// beside: "overran Ouadi Doum, the Libyans' main air base", "took Faya, a Libyan
// garrison" (an act on the place is one on its owner).
func apposedOwner(ts []token, m mention) bool {
	k := m.first - 1
	if k < 1 || (ts[k].word != "the" && ts[k].word != "a" && ts[k].word != "an") || strings.TrimSpace(ts[k].pre) != "," {
		return false
	}
	for j := m.end - 1; j < len(ts) && j <= m.end+3; j++ { // (a demonym's mention may hold the noun)
		if j > m.end && strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
		if ownedPlaces[ts[j].word] {
			return true
		}
	}
	return false
}

// ownedPlaces are the nouns of the places an actor holds: "the Libyans' main air base".
var ownedPlaces = map[string]bool{"base": true, "bases": true, "garrison": true, "stronghold": true, "headquarters": true, "airfield": true,
	"airbase": true, "outpost": true, "camp": true, "camps": true, "fortress": true, "redoubt": true, "capital": true, "positions": true}

// unit reports whether a mention names a unit of an armed group or coalition: an
// armed group, faction, militia or coalition whose name, as written, ends in a word of
// such a name ("Southern Front", "13th Division"; rules.yaml, organizations), not one
// named otherwise ("Jund al-Aqsa", "Nusra").
func (rd *Reader) unit(ts []token, m mention) bool {
	switch rd.kinds[m.id] {
	case "armed-group", "faction", "militia", "coalition":
		return rd.unitWords[ts[m.end-1].word]
	}
	return false
}

// unitOf reports whether mention a names a unit of the group b names after "of": "the
// Southern Front of the Free Syrian Army". The unit opens its phrase ("the ...": not
// "warned Jund al-Aqsa of the threat"), and the group ends it, no list of members ("the
// Army of Conquest of Nusra and Ahrar al-Sham").
func (rd *Reader) unitOf(ts []token, ms []mention, i int) bool {
	if i+1 >= len(ms) {
		return false
	}
	a, b := ms[i], ms[i+1]
	organs := rd.kinds[a.id] == "state-organ" && rd.kinds[b.id] == "state-organ" // "the Quds Force of the IRGC"
	// Not "members of the FRCI, of the former FDS": an "of" after a comma goes on a list.
	if a.id == b.id || !(rd.unit(ts, a) && rd.group(b) || organs) || a.end >= len(ts) || ts[a.end].word != "of" || strings.ContainsAny(ts[a.end].pre, ",;") ||
		!(b.first == a.end+1 || b.first == a.end+2 && ts[a.end+1].word == "the") {
		return false
	}
	if a.first == 0 || ts[a.first-1].word != "the" {
		return false
	}
	if i+2 < len(ms) && joined(ts, b.end, ms[i+2].first) {
		return false // "of Nusra and Ahrar al-Sham": the members of the coalition
	}
	return true
}

// group reports whether an actor can hold units: an armed group or a coalition.
func (rd *Reader) group(m mention) bool {
	switch rd.kinds[m.id] {
	case "armed-group", "coalition":
		return true
	}
	return false
}

// statesOfAt returns the mentions of a coalition's or an international body's name and
// of the first of the list of two states or more the "of" at token i joins to it, its
// members: "The Contact Group of the United States, Russia, Britain, France, Germany and
// Italy"; false where the words do not so.
func (rd *Reader) statesOfAt(ts []token, ms []mention, i int) (body, first int, ok bool) {
	b := slices.IndexFunc(ms, func(m mention) bool { return m.first >= 0 && m.end == i })
	a := slices.IndexFunc(ms, func(m mention) bool { return m.first == i+1 || m.first == i+2 && ts[i+1].word == "the" })
	if b < 0 || a < 0 || i >= len(ts) || strings.ContainsAny(ts[i].pre, ",;:()") {
		return -1, -1, false
	}
	k := rd.kinds[ms[b].id]
	if k == "state" || k == "individual" || k == "category" {
		return -1, -1, false
	}
	// Three states or more after any body's name: "the Contact Group of the United States,
	// Russia and Britain", a name the reader found by its form ("Group") as a new case's.
	g := group(ts, ms, a, +1)
	if len(g) < 2 || len(g) < 3 && k != "coalition" && k != "international-organization" || slices.ContainsFunc(g, func(m *mention) bool { return rd.kinds[m.id] != "state" }) {
		return -1, -1, false
	}
	return b, a, true
}

// statesOf reports whether the "of" at token i joins a coalition's name to its states
// (statesOfAt).
func (rd *Reader) statesOf(ts []token, ms []mention, i int) bool {
	_, _, ok := rd.statesOfAt(ts, ms, i)
	return ok
}
