package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Posts said of a person by a verb: "Kabila was the AFDL's spokesman", "Déogratias Bugera,
// who was named the AFDL's secretary-general", "Kisase became the AFDL's military
// commander", "served as the junta's spokesman".

// heldPosts reads the posts a verb of being, becoming or being named gives an individual
// in an organization or a state named in the possessive after it: the individual, the
// verb (with its auxiliaries, "the" and a word of time), the possessor and a post that
// ends there. Each is a membership, its role the post's (spokesman: member; chief:
// leader).
func (rd *Reader) heldPosts(ts []token, ms []mention) []pair {
	var out []pair
	for i, a := range ms {
		if p, ok := rd.heldIts(ts, ms, i); ok {
			out = append(out, p)
		}
		if p, ok := rd.oneOf(ts, ms, i); ok {
			out = append(out, p)
		}
		if p, ok := rd.delegationHead(ts, ms, i); ok {
			out = append(out, p)
		}
		if i+1 >= len(ms) {
			break
		}
		b := ms[i+1]
		if p, ok := rd.heldOf(ts, a, b); ok {
			out = append(out, p) // "Adams had been president of Sinn Féin since 1983"
			continue
		}
		if p, ok := rd.heldAttributive(ts, a, b); ok {
			out = append(out, p) // "Oyite-Ojok became UNLA chief of staff"
			continue
		}
		if a.first < 0 || b.first < 0 || rd.kinds[a.id] != "individual" || rd.kinds[b.id] == "individual" || !ts[b.end-1].possessive || b.first <= a.end {
			continue
		}
		verb, ok := heldVerb(ts, a.end, b.first)
		if !ok {
			continue
		}
		end := rd.heldPostEnd(ts, b.end)
		if end == 0 {
			continue
		}
		post := strings.Join(wordsOf(ts, b.end, end), " ")
		out = append(out, pair{a, b, "post: the " + post + ", held by the individual (" + verb + ")"})
	}
	return out
}

// heldIts reads the post "its" or "their" gives the individual at ms[i] after a verb of
// being ("by December he was its undisputed chief"): of the organization the sentence
// named last before the individual, else the subject of the sentence before.
func (rd *Reader) heldIts(ts []token, ms []mention, i int) (pair, bool) {
	a := ms[i]
	if a.first < 0 || rd.kinds[a.id] != "individual" {
		return pair{}, false
	}
	from := asideAfter(ts, a) // "Benny Wenda, who escaped ... in 2002, became its spokesman"
	its := -1
	for k := from; k < len(ts) && k <= from+6; k++ {
		if ts[k].word == "its" || ts[k].word == "their" {
			its = k
			break
		}
	}
	if its < 0 || !slices.ContainsFunc(ts[from:its], func(t token) bool { return postVerbs[t.word] }) {
		return pair{}, false
	}
	if from > a.end {
		if !verbsOnly(ts, from, its) {
			return pair{}, false // past an aside: its verb alone, after the comma that closes it
		}
	} else if _, ok := heldVerb(ts, from, its); !ok {
		return pair{}, false
	}
	end := rd.heldPostEnd(ts, its+1)
	if end == 0 {
		return pair{}, false
	}
	owner := ""
	for j := i - 1; j >= 0 && owner == ""; j-- {
		if ms[j].first >= 0 && rd.kinds[ms[j].id] != "individual" && !inAside(ts, ms[j]) {
			owner = ms[j].id // not "who escaped from an Indonesian jail"
		}
	}
	if owner == "" {
		owner = rd.itsOwner()
	}
	if owner == "" || owner == a.id || rd.kinds[owner] == "individual" || rd.kinds[owner] == "category" {
		return pair{}, false
	}
	post := strings.Join(wordsOf(ts, its, end), " ")
	if w := wordsOf(ts, its, end); rd.kinds[owner] == "state" && rd.heldByAnother(owner, w[len(w)-1], a.id, ts) {
		return pair{}, false // "he was elected its president", not of Russia, whose president the list has another then
	}
	return pair{a, mention{id: owner}, "post: " + post + ", held by the individual, of the organization named before it (" + owner + ")"}, true
}

// heldPostEnd returns where the longest post of up to four words from token from ends,
// where its phrase ends there ("the AFDL's spokesman,", "its chief by December"; not "the
// AFDL's spokesman's brother"); else 0.
func (rd *Reader) heldPostEnd(ts []token, from int) int {
	end := 0
	for e := from + 1; e <= min(from+4, len(ts)); e++ {
		if only, n, of := rd.title(ts, from, e); only && n > 0 && !of {
			end = e
		}
	}
	if end == 0 || end < len(ts) && !strings.ContainsAny(ts[end].pre, ",.;:()") && !phraseAfter[ts[end].word] && !heldWhen[ts[end].word] {
		return 0
	}
	return end
}

// heldVerb returns the verb between an individual's name ending at from and a possessor
// at to that gives the individual a post, and whether the words there are one: a verb of
// being, becoming or being named, after ", who" or right after the name, with
// auxiliaries, "the" and words of time ("was the AFDL's spokesman at first", "who became
// the alliance's", "was briefly named the junta's").
func heldVerb(ts []token, from, to int) (string, bool) {
	if to-from > 7 {
		return "", false
	}
	k := from
	if ts[k].word == "who" && strings.Contains(ts[k].pre, ",") {
		k++
	} else if strings.ContainsAny(ts[k].pre, ",;:()") && !(strings.TrimSpace(ts[k].pre) == "," && postParticiples[ts[k].word]) {
		return "", false // (but "Taylor, elected Liberia's president in 1997": a participle's aside)
	}
	verb := ""
	for ; k < to; k++ {
		w := ts[k].word
		switch {
		case k > from && strings.ContainsAny(ts[k].pre, ",;:()"):
			return "", false
		case postVerbs[w]:
			verb = strings.TrimSpace(verb + " " + w)
		case auxiliaries[w] || adverb(w) || w == "then" || w == "later" || w == "briefly" || w == "also" || w == "as" || w == "the" || w == "among":
		default:
			return "", false
		}
	}
	return verb, verb != "" && !slices.Contains([]string{"has", "had", "have"}, verb)
}

// postParticiples are the participles that give a person a post in an aside after the
// name: "Taylor, elected Liberia's president in 1997".
var postParticiples = map[string]bool{"elected": true, "named": true, "appointed": true, "installed": true, "chosen": true}

// postVerbs are the verbs that give a person a post: being, becoming, being named.
var postVerbs = map[string]bool{"was": true, "is": true, "became": true, "becomes": true, "become": true, "named": true, "appointed": true,
	"elected": true, "made": true, "served": true, "serves": true, "serving": true, "remained": true, "remains": true, "acted": true,
	"acting": true, "installed": true, "chosen": true, "been": true, "emerged": true}

// heldWhen are the words after a post that tell when it was held: "the alliance's
// spokesman at first", "its chief by December".
var heldWhen = map[string]bool{"at": true, "by": true, "until": true, "since": true, "after": true, "before": true, "during": true}

// oneOf reads an individual named one of an organization's men by the organization's
// name after "a" or "an", after a copula or in apposition: "Tanai is a Khalqi", "Dr
// Najibullah, a Parchami who had run the secret police", "a MUJAO veteran, Adnan Abu
// Walid al-Sahrawi". Not "a Hezbollah ally", where another noun follows the name, nor a
// state's man ("an Iraqi").
func (rd *Reader) oneOf(ts []token, ms []mention, i int) (pair, bool) {
	a := ms[i]
	if i+1 < len(ms) && a.first >= 1 && (ts[a.first-1].word == "a" || ts[a.first-1].word == "an") && a.end+1 < len(ts) && memberWords[ts[a.end].word] &&
		ms[i+1].first == a.end+1 && strings.TrimSpace(ts[a.end+1].pre) == "," && rd.kinds[ms[i+1].id] == "individual" && ownedKinds[rd.kinds[a.id]] {
		return pair{ms[i+1], a, "post: one of the organization's men, named by its name"}, true // "a MUJAO veteran, Adnan Abu Walid al-Sahrawi"
	}
	if a.first < 0 || rd.kinds[a.id] != "individual" || i+1 >= len(ms) {
		return pair{}, false
	}
	b := ms[i+1]
	switch rd.kinds[b.id] {
	case "individual", "state", "category", "":
		return pair{}, false
	}
	k := b.first - 1
	if k > a.end && ts[k].word == "former" {
		k-- // "Matsangaissa was a former FRELIMO officer"
	}
	if k < a.end || ts[k].word != "a" && ts[k].word != "an" {
		return pair{}, false
	}
	between := ts[a.end:k]
	copula := len(between) >= 1 && len(between) <= 2 && copulas[between[len(between)-1].word] && !strings.ContainsAny(between[0].pre, ";:()") // "General Shahnawaz Tanai, is a Khalqi"
	apposed := len(between) == 0 && strings.TrimSpace(ts[k].pre) == ","
	if !copula && !apposed {
		return pair{}, false
	}
	if b.end < len(ts) && !strings.ContainsAny(ts[b.end].pre, ",;:.()") && !relativeWords[ts[b.end].word] && !memberWords[ts[b.end].word] {
		return pair{}, false // "a Hezbollah ally": another noun (but "a PDPA member")
	}
	return pair{a, b, "post: one of the organization's men, named by its name"}, true
}

// memberWords are the nouns of one of an organization's men after its name: "a PDPA
// member", "a Fatah commander".
var memberWords = map[string]bool{"member": true, "activist": true, "cadre": true, "official": true, "commander": true,
	"fighter": true, "militant": true, "loyalist": true, "veteran": true, "politician": true, "deputy": true,
	"officer": true, "leader": true, "spokesman": true, "founder": true, "guerrilla": true, "soldier": true, "general": true,
	"ideologue": true, "organiser": true, "organizer": true, "operative": true}

// delegationHead reads the head of an organization's delegation as one of its men:
// "Talabani, sent to Cairo at the head of a KDP delegation", "Talabani led a KDP
// delegation to Cairo".
func (rd *Reader) delegationHead(ts []token, ms []mention, i int) (pair, bool) {
	b := ms[i]
	if b.first < 2 || b.end >= len(ts) || !delegations[ts[b.end].word] || rd.kinds[b.id] == "individual" || rd.kinds[b.id] == "" {
		return pair{}, false
	}
	k := b.first - 1
	if ts[k].word != "a" && ts[k].word != "the" {
		return pair{}, false
	}
	k--
	switch {
	case k >= 0 && (ts[k].word == "led" || ts[k].word == "headed" || ts[k].word == "leading" || ts[k].word == "heading"):
	case k >= 3 && matchAt(ts, k-3, []string{"at", "the", "head", "of"}):
		k -= 3
	default:
		return pair{}, false
	}
	// The individual the clause is of: named last before, with no other name or clause
	// between ("Talabani, sent to Baghdad and then to Cairo at the head of").
	for j := i - 1; j >= 0; j-- {
		if rd.kinds[ms[j].id] == "individual" {
			if slices.ContainsFunc(ts[ms[j].end:k], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") || t.word == "who" }) {
				return pair{}, false
			}
			return pair{ms[j], b, "post: the head of the organization's delegation"}, true
		}
		if ms[j].first >= 0 && rd.kinds[ms[j].id] != "state" {
			return pair{}, false
		}
	}
	return pair{}, false
}

// delegations are the nouns of a body's envoys after its name.
var delegations = map[string]bool{"delegation": true, "delegations": true, "mission": true, "team": true}

// itsPostAfter reads the posts a possessive pronoun gives after a name in apposition:
// "Orlando Cristina, its secretary-general, was murdered": the individual is a member of
// the organization named last before him in the sentence, else of the sentence before's
// subject.
func (rd *Reader) itsPostAfter(ts []token, ms []mention, pairs []pair) []pair {
	var out []pair
	for i, m := range ms {
		k := m.end
		if rd.kinds[m.id] != "individual" || m.first < 0 || k+2 >= len(ts) || strings.TrimSpace(ts[k].pre) != "," ||
			ts[k].word != "its" && ts[k].word != "their" || slices.ContainsFunc(pairs, func(p pair) bool { return p.member.id == m.id }) {
			continue
		}
		e := k + 1
		for e < len(ts) && e-k <= 4 && !strings.ContainsAny(ts[e].pre, ",;:()") && ts[e].word != "and" {
			e++
		}
		if only, n, of := rd.title(ts, k+1, e); !only || n == 0 || of || e < len(ts) && !strings.ContainsAny(ts[e].pre, ",;:()") && ts[e].word != "and" {
			continue
		}
		owner, why := rd.said, "the sentence before's subject"
		for j := i - 1; j >= 0; j-- {
			if ms[j].first >= 0 && rd.kinds[ms[j].id] != "individual" && rd.kinds[ms[j].id] != "state" {
				owner, why = ms[j].id, "the organization named before the name"
				break
			}
		}
		if owner == "" || owner == m.id || !ownedKinds[rd.kinds[owner]] && rd.kinds[owner] != "state-organ" { // "Deane-Drummond, their colonel," of the SAS
			continue
		}
		out = append(out, pair{m, mention{id: owner}, "post: " + strings.Join(wordsOf(ts, k+1, e), " ") + ", its, of " + why + " (" + owner + ")"})
	}
	return out
}

// superiorsPosts reads the post an individual holds under another, set before the name in
// apposition: "His envoy, Akhmed Zakayev," and "Maskhadov's successor, Abdul-Khalim
// Sadulayev," are of the body the other leads as far as the text has said (a successor as
// its leader), else of the state the text gave the other a post in (a successor as a
// member: the post need not be its head's).
func (rd *Reader) superiorsPosts(ts []token, ms []mention) []pair {
	var out []pair
	for _, q := range ms {
		if q.first < 2 || rd.kinds[q.id] != "individual" || strings.TrimSpace(ts[q.first].pre) != "," {
			continue
		}
		s := q.first - 1
		for s > 0 && q.first-s <= 3 && !ts[s].upper && !ts[s].possessive && ts[s].word != "his" && ts[s].word != "her" && !strings.ContainsAny(ts[s].pre, ",;:()") {
			s--
		}
		post := strings.Join(wordsOf(ts, s+1, q.first), " ")
		successor, as := post == "successor", post
		if only, n, of := rd.title(ts, s+1, q.first); !successor && (!only || n == 0 || of) {
			continue
		}
		owner := ""
		switch {
		case ts[s].word == "his" || ts[s].word == "her":
			owner = rd.said
			for _, m := range ms {
				if m.first >= 0 && m.end <= s && rd.kinds[m.id] == "individual" {
					owner = m.id
				}
			}
		case ts[s].possessive:
			for _, m := range ms {
				if m.end == s+1 && rd.kinds[m.id] == "individual" {
					owner = m.id
				}
			}
		}
		if owner == "" || owner == q.id {
			continue
		}
		org := rd.leads[owner]
		if org == "" && successor {
			org = rd.rulerOf(owner, ts)
		}
		if org == "" {
			org = rd.offices[owner]
			if successor {
				post = "successor in post" // the other's post in the state, not known to be its head
			}
		}
		if org != "" && org != q.id {
			out = append(out, pair{q, mention{id: org}, "post: the " + post + ", of the body or the state of the one whose " + as + " he is (" + org + ")"})
		}
	}
	return out
}

// leadingPost reports whether a post, as its cue words it ("its chairman, of the
// organization ..."), is its organization's or state's head: its leader, not a member.
func leadingPost(why string) bool {
	post, _, _ := strings.Cut(why, ",")
	w := strings.Fields(post)
	if len(w) == 0 || slices.Contains(w, "deputy") || slices.Contains(w, "vice") || slices.Contains(w, "former") {
		return false
	}
	k := len(w) - 2
	for k > 0 && headGrades[w[k]] {
		k-- // "its undisputed chief": the head still
	}
	if k >= 0 && w[k] != "its" && w[k] != "their" && w[k] != "the" && w[k] != "his" {
		return false // "its army chief", "its military commander": a post below the head
	}
	switch w[len(w)-1] {
	case "leader", "head", "ruler", "emperor", "chairman", "chair", "chief", "commander", "president", "founder", "coordinator", "emir", "amir", "caliph", "king", "successor", "ataman", "hetman",
		"government", "regime", "administration", "cabinet": // "Najibullah's regime": its head
		return true
	}
	return strings.HasSuffix(post, "prime minister") || strings.HasSuffix(post, "secretary general") || strings.HasSuffix(post, "supreme leader")
}

// headGrades are the words before the noun of a head's post that keep it the head's:
// "its undisputed chief", "the new leader".
var headGrades = map[string]bool{"undisputed": true, "unchallenged": true, "sole": true, "overall": true, "supreme": true, "new": true,
	"acting": true, "interim": true, "effective": true, "nominal": true, "longtime": true, "first": true, "real": true}

// headArticle are the words before "leader of", "commander of" that make it the head's
// post: "the commander of", not "a commander of" or "a regional commander of".
var headArticle = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "as": true}

// itsOrgan reports whether b follows "its" in a list right after the state a, or after a's
// army, with only a comma or "and" between: "India's army, its Border Security Force",
// "India and its Border Security Force".
func itsOrgan(ts []token, a, b mention) bool {
	k := b.first - 1
	if k < 1 || ts[k].word != "its" || b.first-a.end > 4 {
		return false
	}
	for j := a.end; j < k; j++ {
		if w := ts[j].word; w != "and" && !stateMen[w] || strings.ContainsAny(ts[j].pre, ";:()") {
			return false // "India's army, its": the state's army and its organ
		}
	}
	return strings.ContainsAny(ts[k].pre, ",") || ts[k-1].word == "and"
}

// heldOf reads the post a verb of being gives individual a in the organization b named
// after the post and "of": "Adams had been president of Sinn Féin since 1983", "he became
// secretary-general of the party" (b named).
func (rd *Reader) heldOf(ts []token, a, b mention) (pair, bool) {
	if a.first < 0 || b.first < 0 || rd.kinds[a.id] != "individual" || rd.kinds[b.id] == "individual" || rd.kinds[b.id] == "" || b.first <= a.end+2 {
		return pair{}, false
	}
	of := b.first - 1
	if ts[of].word == "the" {
		of--
	}
	if of <= a.end || ts[of].word != "of" {
		return pair{}, false
	}
	for x := a.end + 1; x < of; x++ {
		if n := rd.titleAt(ts, x); n > 0 && x+n == of {
			if verb, ok := heldVerb(ts, a.end, x); ok {
				return pair{a, b, "post: " + strings.Join(wordsOf(ts, x, of), " ") + ", held by the individual (" + verb + ")"}, true
			}
		}
	}
	return pair{}, false
}

// runCues are the cues of a body run, by its leader only: "Najibullah had run KHAD", but
// not "a programme run by the CIA" or "the supply line ran through the diaspora".
var runCues = map[string]bool{"ran": true, "had run": true, "run by": true}

// orderCues are the cues of help by an order given: "acted on orders from Tehran".
var orderCues = map[string]bool{"on orders from": true, "on the orders of": true, "with orders from": true}

// orderedAgainst reports whether a passive of harm stands in the clause before token k:
// "were disarmed and left", "was arrested", "had been expelled" (what an order did to
// them, no help).
func orderedAgainst(ts []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if strings.ContainsAny(ts[j+1].pre, ",;:()") {
			return false
		}
		if w := ts[j].word; (harmed[w] || strings.HasPrefix(w, "dis") && strings.HasSuffix(w, "ed") || expelledWords[w]) &&
			(ts[j-1].word == "were" || ts[j-1].word == "was" || ts[j-1].word == "been" || ts[j-1].word == "be") {
			return true
		}
	}
	return false
}

// expelledWords are the passives of harm an order does, beside those of harmed.
var expelledWords = map[string]bool{"expelled": true, "deported": true, "executed": true, "killed": true, "shot": true, "jailed": true,
	"imprisoned": true, "interned": true, "abandoned": true, "purged": true, "dismissed": true, "removed": true}

// heldAttributive reads a post that the body's name qualifies, after a verb of holding:
// "Oyite-Ojok became UNLA chief of staff", "was NRA commander".
func (rd *Reader) heldAttributive(ts []token, a, b mention) (pair, bool) {
	if a.first < 0 || b.first < 0 || b.first <= a.end || b.end >= len(ts) || rd.kinds[a.id] != "individual" || rd.kinds[b.id] == "individual" ||
		rd.kinds[b.id] == "" || ts[b.end-1].possessive || strings.ContainsAny(ts[b.end].pre, ",;:()") {
		return pair{}, false
	}
	n := rd.titleAt(ts, b.end)
	if n == 0 {
		return pair{}, false
	}
	verb, ok := heldVerb(ts, a.end, b.first)
	if !ok || verb == "" {
		return pair{}, false
	}
	return pair{a, b, "post: " + strings.Join(wordsOf(ts, b.end, b.end+n), " ") + ", held by the individual (" + verb + ")"}, true
}

// emotionCues are the cues of a feeling towards another, which a place after them or an
// "it" (a thing, as often as an actor) leaves with no one felt for.
var emotionCues = map[string]bool{"loathed": true, "loathes": true, "despised": true, "despises": true, "detested": true, "detests": true,
	"hated": true, "hates": true, "disliked": true, "dislikes": true}

// placeAfter are the prepositions of a place after a cue: "loathed in the new Africa".
var placeAfter = map[string]bool{"in": true, "across": true, "throughout": true, "among": true}

// downfallVerbs are the verbs of another's downfall that help may be help to: "helped
// bring Diem down", "helped to defeat the army".
var downfallVerbs = map[string]bool{"bring": true, "overthrow": true, "topple": true, "oust": true, "crush": true, "defeat": true,
	"drive": true, "repel": true, "destroy": true, "expel": true, "remove": true, "depose": true, "fight": true, "kill": true,
	"capture": true, "break": true, "rout": true, "beat": true, "unseat": true, "end": true}

// cueTellsNone reports whether a cue of kind, read between left and right, tells no tie
// between them: a feeling for a place or a thing ("so loathed in the new Africa",
// "Unionists loathed it": a plan, a deal), an order against those it names ("most harkis
// were disarmed and left on orders from Paris"), help to another's downfall ("whose
// protests helped bring Diem down": no help to Diem), a man beaten ("soldiers beat him":
// a beating, no battle), a surrender ("gave up his sword to"), a body run by no leader ("a
// programme run by the CIA", "the line ran through the diaspora": a leader, or a family,
// runs a body).
func (rd *Reader) cueTellsNone(ts []token, c cueSpan, kind alliances.Kind, left, right *mention) bool {
	switch {
	case rd.sceneOnly(ts, c, kind, left, right):
		return true // "crossed into Myanmar and struck camps of the NSCN-K", "across Manipur's hills"
	case emotionCues[c.cue.text]:
		return c.end < len(ts) && placeAfter[ts[c.end].word] || right.first >= 0 && right.first < len(ts) && ts[right.first].word == "it"
	case kind == alliances.Support && orderCues[c.cue.text]:
		return orderedAgainst(ts, c.first)
	case kind == alliances.Support && helpVerbs[c.cue.text]:
		k := c.end
		if k < len(ts) && ts[k].word == "to" {
			k++
		}
		return k < len(ts) && strings.TrimSpace(ts[k].pre) == "" && !ts[k].upper && downfallVerbs[ts[k].word]
	case kind == alliances.Support && strings.HasSuffix(c.cue.text, " ... to") && c.first+1 < len(ts) && ts[c.first+1].word == "up":
		return true // "gave up his sword to the Bulgarian general": a surrender, no gift
	case kind == alliances.Agreement && c.first >= 2 && ts[c.first-1].word == "a" && (callVerbs[ts[c.first-2].word] || ts[c.first-2].word == "for" && c.first >= 3 && callVerbs[ts[c.first-3].word]):
		return true // "the Security Council, which called for a ceasefire": a call, no deal between those named
	case kind == alliances.Hostility && !c.cue.passive && left.end == c.first && strings.HasSuffix(c.cue.text, "ed") && c.end < len(ts) && right.first >= c.end &&
		strings.ContainsAny(ts[c.end].pre, ",;"):
		return true // "a hundred Kuki villagers killed, which Kuki groups blame on the IM": those killed, no killers of those after
	case (kind == alliances.Negotiation || kind == alliances.Agreement) && right.first >= c.end && thirdAs(ts, right.end):
		return true // "negotiated with Portes Gil, Morrow acting as go-between": the go-between is no side
	case kind == alliances.Renaming && c.cue.text == "became":
		return !rd.becameBody(ts, c, *left, *right) // "The CRUA became the FLN"; not "Kabila became president of the Congo"
	case c.cue.text == "beat":
		return right.first >= c.end && right.first < len(ts) && (ts[right.first].word == "him" || ts[right.first].word == "her") // "beat him": a beating
	case kind == alliances.Membership && runCues[c.cue.text]:
		return rd.kinds[left.id] != "individual" && rd.kinds[left.id] != "other"
	case kind == alliances.Agreement && (c.cue.text == "deal" || c.cue.text == "deals") && c.first > 0 && (modals[ts[c.first-1].word] || ts[c.first-1].word == "will" || ts[c.first-1].word == "to") && c.end < len(ts) && ts[c.end].word == "with":
		return true // "said it would deal with Fayyad": a verb of handling, no deal made
	case c.cue.text == "removed" && left.end != c.first && c.first > 0 && nounBefore(ts, c.first):
		return true // "several thousand children removed from the northern villages": a participle on a noun
	case kind == alliances.Support && strings.HasPrefix(c.cue.text, "fled") && (fleeingPeople(ts, *left, c) || fleeingPeople(ts, *right, c)):
		return true // "thousands of Afar civilians fled to Ethiopia": refuge, no help to a party
	case strings.HasPrefix(c.cue.text, "warn") && right.first >= c.end && right.end < len(ts) && (ts[right.end].word == "of" || ts[right.end].word == "about" || ts[right.end].word == "beforehand" || matchAt(ts, right.end, []string{"in", "advance"})):
		return true // "warned the KNU of Burmese movements", "warned the Americans beforehand": a warning given to help, no threat
	case right.first > c.end && right.end < len(ts) && ts[right.end].word == c.cue.words[len(c.cue.words)-1] && andBefore(ts, right.first):
		return true // "siding with the Christians, and the army with the Muslims": a clause of its own, its verb left out
	case kind == alliances.Agreement && len(c.cue.words) == 1 && !dealVerbsBefore[c.cue.text] && linkedParticipleBefore(ts, c.first):
		return true // "before signing their own ceasefire with": the verb's statement, whose subject is the clause's
	case kind == alliances.Agreement && len(c.cue.words) <= 2 && dealSought(ts, c.first):
		return true // "agreed to start negotiations on a peace treaty": a treaty sought, none made
	case c.cue.text == "break with" && c.first > 0 && determiners[ts[c.first-1].word]:
		return true // "to avoid a break with the IRA": the noun, no break made
	case rd.tellsNoneBetween(ts, c, kind, left, right):
		return true
	case kind == alliances.Hostility && strings.HasSuffix(c.cue.text, " into") && !c.cue.passive:
		// "crossed into the other Congo to restore Sassou Nguesso": the land entered is
		// the name right after the cue ("into Chad", "into eastern Chad", "into what was
		// then Democratic Kampuchea"), else none.
		return right.first > c.end+2 && (c.end >= len(ts) || ts[c.end].word != "what")
	}
	return false
}

// callVerbs are the verbs of calling for a deal: "called for a ceasefire", "urged a truce".
var callVerbs = map[string]bool{"called": true, "calls": true, "call": true, "calling": true, "urged": true, "urges": true,
	"demanded": true, "demands": true, "appealed": true, "appeals": true, "pressed": true}

// postApposedBefore returns the state's post that "the" and a comma set before the name
// m, past a rank of the holder's: "the chief of staff, Lt-Gen Mohammed Farid Hegazy";
// "" where none.
func (rd *Reader) postApposedBefore(ts []token, m mention) string {
	j := m.first
	for j > 0 && m.first-j < 2 && ts[j-1].upper && !strings.ContainsAny(ts[j].pre, ",;:()") && rd.titleAt(ts, j-1) > 0 {
		j-- // the rank: "Lt-Gen", "General"
	}
	if j < 2 || strings.TrimSpace(ts[j].pre) != "," {
		return ""
	}
	for n := min(5, j-1); n > 0; n-- {
		if from := j - n; ts[from-1].word == "the" && rd.statePost(ts[from:j]) {
			return strings.Join(wordsOf(ts, from, j), " ")
		}
	}
	return ""
}

// andBefore tells whether ", and" (or "; and") stands before token k, past an article:
// "..., and the army".
func andBefore(ts []token, k int) bool {
	if k > 0 && determiners[ts[k-1].word] {
		k--
	}
	return k > 0 && ts[k-1].word == "and" && strings.ContainsAny(ts[k-1].pre, ",;")
}

// dealVerbsBefore are the participles of concluding a deal before its noun: "signing a ceasefire".
var dealVerbsBefore = map[string]bool{"signing": true, "concluding": true, "reaching": true, "agreeing": true}

// linkedParticipleBefore tells whether a participle of dealing after "before", "after",
// "while" or "without" stands within the three words before token k: "before signing
// their own ceasefire".
func linkedParticipleBefore(ts []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if dealVerbsBefore[ts[j].word] {
			return participleLinks[ts[j-1].word]
		}
	}
	return false
}

// dealSought tells whether a deal's noun at token k is what talks are about: "negotiations
// on a peace treaty", "talks toward a ceasefire".
func dealSought(ts []token, k int) bool {
	j := k - 1
	for j > 0 && (determiners[ts[j].word] || ts[j].word == "peace" || ts[j].word == "final" || ts[j].word == "lasting") {
		j--
	}
	return j >= 1 && (ts[j].word == "on" || ts[j].word == "toward" || ts[j].word == "towards" || ts[j].word == "for" || ts[j].word == "over") &&
		(ts[j-1].word == "negotiations" || ts[j-1].word == "talks" || ts[j-1].word == "negotiate" || ts[j-1].word == "negotiating")
}
