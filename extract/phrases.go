package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The phrases around a cue that say whom it speaks of: an aside set off by commas, the
// judge of what is said, a list of subjects after a copula.

// apposed reports whether the actor b stands in a noun phrase set off by commas after a,
// before the cue: "Turkey, a NATO member with the alliance's second largest army, has had
// a relatively friendly relationship with Syria" tells of Turkey.
func apposed(ts []token, a, b mention, cue int) bool {
	if a.end >= len(ts) || b.first-a.end > 3 || b.first <= a.end || !strings.Contains(ts[a.end].pre, ",") {
		return false
	}
	// Or a participle's phrase: "Jami'at, comprising the Taliban and Hizb-e Islami,
	// fought Iran" tells of Jami'at.
	if w := ts[a.end].word; w != "a" && w != "an" && w != "the" && w != "one" && !asideParticiples[w] {
		return false
	}
	// Not a list's next item: "The U.S., the World Bank, and the African Development
	// Bank suspended ...".
	for i := b.end; i <= cue && i < len(ts); i++ {
		if strings.Contains(ts[i].pre, ",") {
			return ts[i].word != "and" && ts[i].word != "or"
		}
	}
	return false
}

// asideParticiples open a phrase set off by commas that qualifies the name before it:
// its parts, or where it lies ("Iraq, located between Syria and Iran, was criticized").
var asideParticiples = map[string]bool{"comprising": true, "consisting": true, "composed": true, "composing": true, "made": true,
	"mainly": true, "located": true, "situated": true, "lying": true}

// copulaList reads a list of subjects after a copula: "the (major) parties supporting X
// are A, B and C" (a participle of a directed cue after a plural noun that names no
// actor), "the states that support X are A and B" (a relative clause), "the main backers
// of X were A, B and C" and "among the sponsors of X were A and B" (a noun of the cue's
// subjects): the cue's object right after it, then a copula and the list of its
// subjects. It returns the object's index and the subjects.
func copulaList(ts []token, ms []mention, c cueSpan) (int, []*mention) {
	if c.cue.passive || !c.cue.kind.Directed() || c.first < 1 || slices.ContainsFunc(ms, func(m mention) bool { return m.end <= c.first }) {
		return -1, nil
	}
	w := c.cue.words
	participle := len(w) == 1 && strings.HasSuffix(w[0], "ing") && c.first >= 2 && listNouns[ts[c.first-1].word]
	relative := len(w) == 1 && c.first >= 2 && relativeWords[ts[c.first-1].word] && listNouns[ts[c.first-2].word]
	g := c.first - 1
	for g > 0 && nounGrades[ts[g].word] {
		g-- // "the main foreign backers of"
	}
	noun := len(w) == 2 && w[1] == "of" && subjectNouns[w[0]] && determiners[ts[g].word]
	if !participle && !relative && !noun {
		return -1, nil
	}
	object := slices.IndexFunc(ms, func(m mention) bool { return m.first >= c.end })
	if object < 0 || ms[object].first-c.end > 1 || object+1 >= len(ms) {
		return -1, nil
	}
	k := ms[object].end
	if k+1 >= len(ts) || !copulas[ts[k].word] || strings.ContainsAny(ts[k].pre, ",;:") {
		return -1, nil
	}
	next := ms[object+1]
	if next.first != k+1 && !(next.first == k+2 && determiners[ts[k+1].word]) {
		return -1, nil
	}
	return object, group(ts, ms, object+1, +1)
}

// listNouns are the plural nouns of actors a list after a copula names: "the parties
// supporting X are A and B".
var listNouns = map[string]bool{"parties": true, "countries": true, "states": true, "powers": true, "groups": true,
	"actors": true, "governments": true, "backers": true, "sponsors": true, "allies": true, "supporters": true}

// nounGrades are the adjectives between a possessive and a noun of partners: "its major
// allies", "their closest partners".
var nounGrades = map[string]bool{"major": true, "main": true, "key": true, "principal": true, "chief": true, "closest": true,
	"close": true, "traditional": true, "regional": true, "foreign": true, "local": true, "new": true, "old": true, "former": true,
	"most": true, "important": true, "western": true, "staunchest": true, "strongest": true, "biggest": true, "oldest": true,
	"indispensable": true, "staunch": true, "steadfast": true, "loyal": true, "reliable": true, "trusted": true, "faithful": true,
	"strategic": true, "natural": true, "longtime": true, "only": true, "last": true, "crucial": true, "vital": true,
	"generous": true, "best": true, "greatest": true, "first": true, "great": true, "power": true}

// supplyWords are the nouns of what a supplier gives, set before the held noun: "Syria's
// arms supplier", "the regime's largest military donor".
var supplyWords = map[string]bool{"arms": true, "weapons": true, "military": true, "financial": true, "economic": true, "aid": true}

// grading reports whether the word at k grades or places the noun after it, a held noun's
// words after a possessive that ends at from: "main", "Habre's steadiest African friend",
// "Qadhafi's most determined enemy".
func (rd *Reader) grading(ts []token, k, from int) bool {
	w := ts[k].word
	if nounGrades[w] || peopleRegions[w] || supplyWords[w] && k+1 < len(ts) && heldNouns[ts[k+1].word] == alliances.Support {
		return true
	}
	if _, demonym := rd.rules.Aliases[w]; demonym && ts[k].upper {
		return true
	}
	return !ts[k].upper && k+1 < len(ts) && !strings.ContainsAny(ts[k+1].pre, ",;:()") &&
		(strings.HasSuffix(w, "est") && len(w) > 4 || k > from && ts[k-1].word == "most")
}

// peopleRegions are the words of a region or a people that place a held noun: "Habre's
// steadiest African friend".
var peopleRegions = map[string]bool{"african": true, "arab": true, "european": true, "asian": true, "latin": true, "gulf": true, "muslim": true}

// copulas are the verbs that join a subject to the list that names it.
var copulas = map[string]bool{"are": true, "were": true, "is": true, "was": true, "include": true, "included": true, "includes": true}

// subjectNouns are the nouns of a cue that name its subjects: "the backers of X".
var subjectNouns = map[string]bool{"supporter": true, "supporters": true, "backer": true, "backers": true, "sponsor": true,
	"sponsors": true, "patron": true, "patrons": true}

// heldNouns are the nouns of what one actor is to another, after a copula and the
// other's possessive ("Russia remained Syria's closest ally"), and the kind of tie each
// states.
var heldNouns = map[string]alliances.Kind{"supporter": alliances.Support, "backer": alliances.Support,
	"sponsor": alliances.Support, "patron": alliances.Support, "benefactor": alliances.Support, "protector": alliances.Support,
	"proxy": alliances.Support, "client": alliances.Support, "ally": alliances.Alliance, "allies": alliances.Alliance,
	"partner": alliances.Cooperation, "partners": alliances.Cooperation, "enemy": alliances.Opposition,
	"foe": alliances.Opposition, "adversary": alliances.Opposition, "rival": alliances.Rivalry, "rivals": alliances.Rivalry,
	"friend": alliances.Alliance, "supplier": alliances.Support, "donor": alliances.Support, "financier": alliances.Support,
	"paymaster": alliances.Support, "banker": alliances.Support, "armourer": alliances.Support, "armorer": alliances.Support,
	"quartermaster": alliances.Support, "lifeline": alliances.Support, "host": alliances.Support, "hosts": alliances.Support,
	"defender": alliances.Support, "champion": alliances.Support}

// proxyNouns are the held nouns whose holder is the one supported.
var proxyNouns = map[string]bool{"proxy": true, "client": true}

// copulaBetween reports whether the tokens [from, to) are a copula, with its auxiliaries
// and adverbs and an article: "is the", "has long been", "remained".
func (rd *Reader) copulaBetween(ts []token, from, to int) bool {
	seen := false
	for k := from; k < to; k++ {
		w := ts[k].word
		switch {
		case k == from && strings.TrimSpace(ts[k].pre) == "," && (w == "who" || w == "which"):
			// "Barre, who had once been Moscow's closest ally": the copula of a relative clause
		case strings.ContainsAny(ts[k].pre, ",;:()"):
			return false
		case w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "remained" || w == "remains" ||
			w == "became" || w == "becomes" || w == "become" || w == "proved" || w == "proves":
			seen = true
		case seen && (w == "one" || w == "among" || w == "of" && k == to-1):
			// "has been one of Rwanda's partners", "is among Syria's closest allies"
		case seen && w == "most" && k+2 < to && ts[k+2].word == "of":
			k++ // "the most outspoken of Rwanda's Western partners"
		case w == "has" || w == "have" || w == "had" || w == "long" || w == "always" || w == "still" || w == "also" || w == "once" ||
			copulaAdverbs[w]:
		case w == "the" && (k == to-1 || k+1 < to && ts[k+1].word == "most"):
		default:
			return false
		}
	}
	return seen
}

// apposedHolder reports whether the name a possessive and a held noun at token k follow
// in apposition holds the noun: "Washington, Ethiopia's patron since the early 1950s, was
// losing patience". The apposition ends after the noun, at a comma or a phrase of time.
func apposedHolder(ts []token, holder, m mention, k int) bool {
	if m.first != holder.end || strings.TrimSpace(ts[m.first].pre) != "," || ts[holder.end-1].possessive || holder.first < 0 {
		return false
	}
	if holder.first > 0 && strings.Contains(ts[holder.first].pre, ",") {
		return false // "Turkey, Iran, Russia's allies": a list, not an apposition
	}
	return k+1 >= len(ts) || strings.ContainsAny(ts[k+1].pre, ",.;:)") || ts[k+1].word == "since" || ts[k+1].word == "until" || ts[k+1].word == "in"
}

// madeHolder reports whether a verb of making stands before the holder of a held noun,
// its object, and only an article between it and the possessor: "the treaty made Iraq
// the Soviet Union's principal partner in the Gulf".
func madeHolder(ts []token, holder, m mention) bool {
	k := holder.first - 1
	if k >= 1 && determiners[ts[k].word] {
		k--
	}
	if k < 0 || !makingVerbs[ts[k].word] || strings.ContainsAny(ts[holder.first].pre, ",;:()") {
		return false
	}
	between := m.first - holder.end
	return between == 0 && !ts[holder.end-1].possessive || between == 1 && ts[holder.end].word == "the" && !strings.ContainsAny(ts[holder.end].pre, ",;:()")
}

// makingVerbs are the verbs whose object becomes what a noun after it says.
var makingVerbs = map[string]bool{"made": true, "makes": true, "make": true, "making": true, "turned": true}

// copulaAdverbs are the adverbs that leave what a copula says standing: not "hardly",
// "barely", "no longer".
var copulaAdverbs = map[string]bool{"reportedly": true, "allegedly": true, "widely": true, "effectively": true,
	"increasingly": true, "traditionally": true, "historically": true, "openly": true, "officially": true, "essentially": true}

// relativeWords open a relative clause after a noun: "the states that support X".
var relativeWords = map[string]bool{"that": true, "which": true, "who": true}

// judgedBy reports whether an actor is named as the judge of what the sentence says of
// another: "deemed by Turkey to be", "seen by Iran as".
func judgedBy(ts []token, m mention) bool {
	k := m.first - 1
	if k >= 0 && ts[k].word == "the" {
		k--
	}
	if k < 1 || ts[k].word != "by" || !judging[ts[k-1].word] || m.end >= len(ts) {
		return false
	}
	return ts[m.end].word == "as" || ts[m.end].word == "to" && m.end+1 < len(ts) && ts[m.end+1].word == "be"
}

// judging are the participles by which a sentence says whose view it tells (the
// attribution's expression, judgedRE, is made of them too).
var judging = map[string]bool{"deemed": true, "considered": true, "regarded": true, "seen": true, "viewed": true,
	"described": true, "perceived": true, "labelled": true, "labeled": true, "branded": true}

// possessedList reads "X's (principal foreign) backers were A, B and C" and "X's main
// sponsor was A": a noun of supporters after a possessive, a copula, and the list of
// those who support X.
func (rd *Reader) possessedList(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := range ms {
		m := ms[i]
		if m.first < 0 || m.end > len(ts) || !ts[m.end-1].possessive {
			continue
		}
		k := m.end
		for k < len(ts) && rd.grading(ts, k, m.end) {
			k++
		}
		if k >= len(ts) {
			continue
		}
		// "Pakistan is the Taliban's main backer", "Iran has long been Hezbollah's
		// patron", "Russia remained Syria's closest ally": the copula's subject before it.
		// Not one it was once ("Russia was Libya's former ally").
		former := slices.ContainsFunc(ts[m.end:k], func(t token) bool { return t.word == "former" || t.word == "erstwhile" || t.word == "old" })
		if kind, ok := heldNouns[ts[k].word]; ok && i > 0 && !former && (rd.copulaBetween(ts, ms[i-1].end, m.first) || apposedHolder(ts, ms[i-1], m, k) || madeHolder(ts, ms[i-1], m)) {
			c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: kind, text: ts[k].word}, first: k, end: k + 1}
			st := statement{c: c, ms: ms, li: i - 1, ri: i, spans: spans, why: []string{"cue: " + ts[k].word, "the copula's subject"},
				pairs: [][2]*mention{{&ms[i-1], &ms[i]}}}
			if proxyNouns[ts[k].word] { // "Hezbollah is Iran's proxy": Iran supports it
				st.pairs[0] = [2]*mention{&ms[i], &ms[i-1]}
			}
			out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
			continue
		}
		if !subjectNouns[ts[k].word] {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[k].word}, kind: alliances.Support, text: ts[k].word}, first: k, end: k + 1}
		if i+1 >= len(ms) {
			continue
		}
		// "the Taliban's main backer, Pakistan, ...": the name in apposition.
		if next := ms[i+1]; next.first == k+1 && strings.Contains(ts[k+1].pre, ",") {
			st := statement{c: c, ms: ms, li: i + 1, ri: i, spans: spans, why: []string{"cue: " + ts[k].word, "the name in apposition"},
				pairs: [][2]*mention{{&ms[i+1], &ms[i]}}}
			out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
			continue
		}
		if k+2 >= len(ts) || !copulas[ts[k+1].word] || strings.ContainsAny(ts[k+1].pre, ",;:") {
			continue
		}
		l := k + 2
		if l < len(ts) && ts[l].word == "not" {
			continue // "X's backers were not A and B", as "A did not support X": no proposal
		}
		if l < len(ts) && strings.HasSuffix(ts[l].word, "ly") && !ts[l].upper {
			l++ // "were reportedly A and B": the hedge is read with the claim
		}
		if next := ms[i+1]; next.first != l && !(next.first == l+1 && determiners[ts[l].word]) {
			continue
		}
		out = append(out, rd.listedTo(d, p, s, ts, ms, spans, c, i, "listed: the subjects after "+ts[k+1].word, valid, timeCue)...)
	}
	return out
}

// partsIncluding reads "five FSA factions including the Levant Front and the Hamza
// Division": a group's name before a noun of its parts, then "including" or "such as" and
// the list of them, each a member of the group.
func (rd *Reader) partsIncluding(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 0; i+1 < len(ms); i++ {
		m := ms[i]
		k := m.end
		if k > m.first+1 && k < len(ts) && partNouns[ts[k-1].word] {
			k-- // "FSA factions" a name of the FSA (an alias the case gives): the noun is still the parts'
		}
		if m.first < 0 || k+1 >= len(ts) || !partNouns[ts[k].word] || rd.kinds[m.id] == "state" || rd.kinds[m.id] == "individual" {
			continue
		}
		l := k + 1
		switch {
		case ts[l].word == "including":
			l++
		case ts[l].word == "such" && l+1 < len(ts) && ts[l+1].word == "as":
			l += 2
		default:
			continue
		}
		if next := ms[i+1]; next.first != l && !(next.first == l+1 && ts[l].word == "the") {
			continue
		}
		c := cueSpan{cue: cue{words: []string{ts[k].word, ts[k+1].word}, kind: alliances.Membership, text: ts[k].word + " " + ts[k+1].word}, first: k, end: k + 2}
		out = append(out, rd.listedTo(d, p, s, ts, ms, spans, c, i, "listed: the parts of "+m.id, valid, timeCue)...)
	}
	return out
}

// partNouns are the plural nouns of a group's parts: "FSA factions".
var partNouns = map[string]bool{"factions": true, "groups": true, "brigades": true, "battalions": true, "units": true, "militias": true,
	"affiliates": true, "branches": true, "wings": true}

// listedTo proposes the ties cue c states from each actor of the list at ms[object+1] to
// the actor at ms[object]: the supporters or the parts a phrase lists after it.
func (rd *Reader) listedTo(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, c cueSpan, object int, why, valid, timeCue string) []Proposal {
	st := statement{c: c, ms: ms, li: -1, ri: object, spans: spans, why: []string{"cue: " + c.cue.text, why}}
	for _, m := range group(ts, ms, object+1, +1) {
		st.pairs = append(st.pairs, [2]*mention{m, &ms[object]})
	}
	return rd.proposals(d, p, s, ts, &st, valid, timeCue)
}

// withHelp reads "the Taliban, with Pakistani help, took Kabul" and "attacked Jami'at
// with Iran's support": help named by its giver's word after "with" is given to the
// sentence's subject; so is favour asked for "at" one's request.
func (rd *Reader) withHelp(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i, m := range ms {
		if m.first < 1 || m.end >= len(ts) || strings.TrimSpace(ts[m.end].pre) != "" {
			continue
		}
		k := m.first - 1 // the preposition, past a post before the name: "with President Gemayel's blessing"
		for k > 0 && m.first-k <= 3 && ts[k].upper && rd.titleAt(ts, k) > 0 {
			k--
		}
		at := ts[k].word == "at" && requestNouns[ts[m.end].word] && ts[m.end-1].possessive // "crossed the border at President Frangieh's request"
		h := helpNounAt(ts, m.end)                                                         // the help's noun: "with Libyan air cover"; not a cue's own "with": "met with Soviet advisers"
		if !at && (ts[k].word != "with" || h < 0 || slices.ContainsFunc(spans, func(c cueSpan) bool { return c.end == k+1 })) {
			continue
		}
		if at {
			h = m.end
		}
		// The subject the help is given to: the sentence's, before the phrase; or, where
		// the phrase opens the sentence set off by a comma, the one after it ("In 1976, at
		// President Frangieh's request, Syria sent its army").
		var subjects []*mention
		if j := whoseOwn(ts, ms, i, k); j >= 0 {
			// "Son Ngoc Thanh, whose Khmer Serei had fought Sihanouk with Saigon's backing,
			// returned": the help is the relative clause's subject's.
			subjects = []*mention{&ms[j]}
		} else if i > 0 && ms[i-1].end == k && strings.Contains(ts[k].pre, ",") && h+1 < len(ts) && strings.Contains(ts[h+1].pre, ",") && ms[i-1].first > 0 {
			// "until the SPLA, with UPDF help, overran its bases": an aside right after a
			// name (or a list) inside the sentence helps it, not the sentence's subject.
			subjects = group(ts, ms, i-1, -1)
		} else if i > 0 && opensSentence(ts, ms[0].first) && !slices.ContainsFunc(ts[ms[0].end:k], func(t token) bool { return strings.ContainsAny(t.pre, ";:") }) {
			// Not past a semicolon, where another clause has its own subject: "the North
			// Vietnamese came forward; in the rains Vang Pao, with American air power
			// over him, went forward".
			for _, subj := range group(ts, ms, clauseSubject(ts, ms, i), +1) {
				if subj.first < m.first && subj.id != m.id {
					subjects = append(subjects, subj)
				}
			}
		}
		fronted := len(subjects) == 0 && strings.Contains(ts[k].pre, ",") && h+1 < len(ts) && strings.Contains(ts[h+1].pre, ",") &&
			!slices.ContainsFunc(ms[:i], func(o mention) bool { return o.first >= 0 })
		if fronted && i+1 < len(ms) && ms[i+1].first == h+1 {
			subjects = group(ts, ms, i+1, +1)
		}
		if len(subjects) == 0 {
			continue
		}
		kind := alliances.Support
		if at {
			kind = alliances.Favour
		} else if favourNouns[ts[h].word] {
			// "Geagea, with President Gemayel's blessing, had ousted Hobeika": an aside
			// right after the subject, or opening the sentence; not "missiles flown in
			// through Zaire with Mobutu's consent", the consent to the flights'.
			if !strings.Contains(ts[k].pre, ",") || h+1 >= len(ts) || !strings.Contains(ts[h+1].pre, ",") || !fronted && ms[i-1].end != k {
				continue
			}
			kind = alliances.Favour
		}
		text := ts[k].word + " ... " + ts[h].word
		c := cueSpan{cue: cue{words: []string{ts[h].word}, kind: kind, text: text}, first: h, end: h + 1}
		st := statement{c: c, ms: ms, li: i, ri: 0, spans: spans, why: []string{"cue: " + text, "given to the sentence's subject"}}
		for _, subj := range subjects {
			st.pairs = append(st.pairs, [2]*mention{&ms[i], subj})
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// possessedSide reads "the militias fight on the Syrian government's side": fighting on
// an actor's side, named in the possessive, supports it; the one who fights is the name
// before "on" in its clause.
func (rd *Reader) possessedSide(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for i := 1; i < len(ms); i++ {
		m := ms[i]
		end := m.end // "the Syrian government's side": a noun of the state's men in the possessive
		if end+1 < len(ts) && !ts[end-1].possessive && ts[end].possessive && stateMen[strings.TrimSuffix(ts[end].word, "s")] {
			end++
		}
		if end >= len(ts) || ts[end].word != "side" || !ts[end-1].possessive && !(end == m.end && m.end-m.first == 1 && rd.stateDemonym(ts[m.first].word)) {
			continue // (and "fought on the Moldovan side": a state's adjective)
		}
		on := m.first - 1 // "on the Baathist Syrian government's side": past the article and a word or two
		for on > ms[i-1].end && m.first-on <= 3 && ts[on].word != "on" && !strings.ContainsAny(ts[on+1].pre, ",;:()") {
			on--
		}
		if ts[on].word != "on" || on < 1 || !sideVerbs[ts[on-1].word] || strings.ContainsAny(ts[on].pre, ",;:()") {
			continue
		}
		c := cueSpan{cue: cue{words: []string{"side"}, kind: alliances.Support, text: ts[on-1].word + " on ... side"}, first: end, end: end + 1}
		st := statement{c: c, ms: ms, li: i - 1, ri: i, spans: spans, why: []string{"cue: " + c.cue.text},
			pairs: [][2]*mention{{&ms[i-1], &ms[i]}}}
		if ms[i-1].end > on-1 || !rd.auxiliaries(ts, ms[i-1].end, on-1) {
			continue // the fighter right before the verb: "the YPG fought on the government's side"
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}

// sideVerbs are the verbs of taking a side in a fight.
var sideVerbs = map[string]bool{"fight": true, "fights": true, "fought": true, "fighting": true, "stood": true,
	"stand": true, "stands": true, "entered": true, "joined": true, "intervened": true}

// auxiliaries reports whether the tokens [from, to) are only auxiliaries and adverbs, or a
// relative pronoun, so that the name before them is the subject of the verb at to: "has
// long", "reportedly", ", who".
func (rd *Reader) auxiliaries(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		w := ts[k].word
		if k == from && (w == "who" || w == "which") && strings.TrimSpace(ts[k].pre) == "," {
			continue
		}
		if strings.ContainsAny(ts[k].pre, ",;:()") || !(w == "has" || w == "have" || w == "had" || w == "also" || w == "long" ||
			w == "been" || w == "reportedly" || w == "allegedly" || w == "openly" || w == "secretly" || w == "then" || w == "later") {
			return false
		}
	}
	return true
}

// helpNouns are the nouns of help a giver's word qualifies: "with Pakistani help".
var helpNouns = map[string]bool{"help": true, "support": true, "backing": true, "assistance": true, "aid": true,
	"blessing": true, "approval": true, "consent": true, "encouragement": true}

// helpNounAt returns the token of the noun of help at k, or after one word that
// qualifies it ("with Libyan air cover", "with Soviet military aid"); else -1.
func helpNounAt(ts []token, k int) int {
	if k < len(ts) && (helpNouns[ts[k].word] || helpMen[ts[k].word]) {
		return k // "with Vietnamese advisers in most ministries"
	}
	if k+1 < len(ts) && helpKinds[ts[k].word] && (helpNouns[ts[k+1].word] || helpMen[ts[k+1].word] || ts[k+1].word == "cover" || ts[k].word == "air" && ts[k+1].word == "power") &&
		strings.TrimSpace(ts[k+1].pre) == "" {
		return k + 1 // "with Libyan air cover", "with American air power over him"
	}
	return -1
}

// helpMen are the men one has with another's help: "with Vietnamese advisers".
var helpMen = map[string]bool{"advisers": true, "advisors": true, "instructors": true, "trainers": true}

// helpKinds are the words that say which help a noun of help names: "air cover".
var helpKinds = map[string]bool{"air": true, "military": true, "naval": true, "artillery": true, "logistical": true, "logistic": true,
	"financial": true, "covert": true, "political": true, "diplomatic": true, "material": true}

// requestNouns are the nouns of asking after "at" and a possessive: "at Frangieh's
// request", one who asks favouring the one who acts.
var requestNouns = map[string]bool{"request": true, "invitation": true, "behest": true, "urging": true}

// favourNouns are the nouns of help that give only favour: "with Gemayel's blessing".
var favourNouns = map[string]bool{"blessing": true, "approval": true, "consent": true, "encouragement": true}

// possessedAllies reads "the Taliban and their Pakistani allies", "Turkey's FSA allies":
// the allies a possessive gives, named before the noun, are the allies of the name before
// the possessive ("the YPG and its allies in the SDF" names none: the SDF holds them). Its
// proxies are those it supports ("Iran's Hezbollah proxies").
func (rd *Reader) possessedAllies(d *Document, p Paragraph, s Span, ts []token, ms []mention, spans []cueSpan, valid, timeCue string) []Proposal {
	var out []Proposal
	for k, t := range ts {
		if (t.word == "proxies" || t.word == "proxy") && !slices.ContainsFunc(spans, func(c cueSpan) bool { return c.first <= k && k < c.end }) {
			spans = append(spans, cueSpan{cue{words: []string{t.word}, kind: alliances.Support, text: t.word}, k, k + 1})
		}
	}
	// "its Zairian allies": a people's word and the noun, one mention of its state.
	inside := map[int]int{}
	for i, m := range ms {
		if w := ts[m.end-1].word; m.end-m.first == 2 && (w == "allies" || w == "ally") {
			if _, demonym := rd.rules.Aliases[ts[m.first].word]; demonym {
				inside[len(spans)] = i
				spans = append(spans, cueSpan{cue{words: []string{w}, kind: alliances.Alliance, text: w}, m.end - 1, m.end})
			}
		}
	}
	for n, c := range spans {
		if len(c.cue.words) != 1 || !(c.cue.kind == alliances.Alliance && (c.cue.words[0] == "allies" || c.cue.words[0] == "ally") ||
			c.cue.kind == alliances.Support && (c.cue.words[0] == "proxies" || c.cue.words[0] == "proxy")) {
			continue
		}
		// The possessive before the names that qualify the noun ("their Lebanese Hezbollah
		// allies").
		k := c.first - 1
		var named []int
		if i, ok := inside[n]; ok {
			named, k = append(named, i), ms[i].first-1
		}
		for k >= 0 && k > c.first-8 {
			if ts[k].word == "and" && len(named) > 0 {
				k-- // "their Pakistani and Hizb-e Islami allies"
				continue
			}
			i := slices.IndexFunc(ms, func(m mention) bool { return m.end == k+1 })
			if i < 0 || len(named) > 0 && ts[k].possessive {
				break // "Turkey's FSA allies": the possessor
			}
			named = append(named, i)
			k = ms[i].first - 1
		}
		owner := slices.IndexFunc(ms, func(m mention) bool { return k >= 0 && m.end == k+1 && ts[k].possessive })
		if len(named) == 0 || owner < 0 && (k < 1 || ts[k].word != "their" && ts[k].word != "its") {
			continue
		}
		if owner < 0 {
			owner = slices.IndexFunc(ms, func(m mention) bool { return m.end == k || m.end == k-1 && ts[k-1].word == "and" })
		}
		if owner < 0 {
			owner = subjectOwner(ts, ms, k) // "Washington leant hard on its Dutch ally"
		}
		if owner < 0 {
			continue
		}
		st := statement{c: c, ms: ms, li: owner, ri: named[0], spans: spans, why: []string{"cue: " + c.cue.text, "the possessor's " + c.cue.text}}
		for _, i := range named {
			if ms[i].id != ms[owner].id {
				st.pairs = append(st.pairs, [2]*mention{&ms[owner], &ms[i]})
			}
		}
		out = append(out, rd.proposals(d, p, s, ts, &st, valid, timeCue)...)
	}
	return out
}
