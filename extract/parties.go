package extract

// Who a cue's parties are where the nearest names are not: the subject of a relative clause,
// an apposition or a clause joined by "and"; the second party of "between"; the teller of a
// report, who is none; the object a reader does not know.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// parties finds the parties of a cue: the mentions nearest it, unless a clause's edge,
// a word that sets an actor aside or a teller stands between; a subject shared with a
// verb before; the paragraph's subject where the sentence names none.
func (rd *Reader) parties(d *Document, ts []token, ms []mention, c cueSpan, spans []cueSpan) (statement, bool) {
	// "Pakistan urged the Taliban to negotiate with Ghani": what one is asked to do is
	// not done; "Russia vetoed a resolution condemning Syria": a noun's act is no actor's.
	if askedTo(ts, ms, c.first) || demandedThat(ts, ms, c.first) || nounActs(ts, c) || onSide(ts, c) || formerRelation(ts, c) || possessedAdjective(ts, c) || sufferedNoun(ts, c) || relativeOnSomeone(ts, c.first) ||
		opposedDeal(ts, c) || causedBefore(ts, ms, c) || objectsTogether(ts, ms, c) {
		return statement{}, false
	}
	ms = outsideTellerAsides(ts, outsideAgentAsides(ts, ms, c), c)
	// "threatened to attack Kidal": a fight intended or threatened is a stand against, not yet a fight.
	intent := ""
	if c.cue.kind == alliances.Hostility {
		if intent = intended(ts, spans, c); intent != "" {
			c.cue.kind = alliances.Opposition
		}
	}
	// "France was ready to begin supplying lethal aid to the FSA": support offered or planned is favour.
	if c.cue.kind == alliances.Support && !c.cue.passive {
		if intent = intended(ts, spans, c); intent != "" {
			c.cue.kind = alliances.Favour
		}
	}
	c.cue.kind = cueKindIn(ts, ms, spans, c)
	li, ri := -1, -1
	for i := range ms {
		if ms[i].end <= c.first {
			li = i
		}
		if ms[i].first >= c.end && ri < 0 {
			ri = i
		}
	}
	if c.cue.kind != alliances.Membership && ri >= 0 && ms[ri].first-c.end <= 2 {
		ri = rd.titledHolder(ts, ms, ri) // "killed the federal police chief, Alberto Villar"
	}
	// "Saudi money is said to have reached UNITA": what arrived stands between the
	// subject and the verb, near it.
	if !rd.stated(ts, ms, li, c) {
		return statement{}, false
	}
	if ri >= 0 && rd.helpFrom(ts, c, ms[ri]) { // "relied on training and weapons from Uganda"
		c.cue.passive, li = true, rd.pastOwnHelp(ts, ms, li, c)
	}
	if ri >= 0 && c.cue.kind == alliances.Membership && commandedUnder[c.cue.text] && rd.kinds[ms[ri].id] == "individual" && (li < 0 || rd.kinds[ms[li].id] != "individual") {
		c.cue.passive = true // "the Pakistan Army under the command of General Tikka Khan": he leads it, as "under" him
	}
	if c.cue.passive && len(c.cue.words) == 2 && helpNouns[c.cue.words[0]] && c.cue.words[1] == "from" && withdrawnBefore(ts, c.first) {
		c.cue.passive = false // "the Shah withdrew his support from Barzani": the subject's support, to the one after
	}
	if ri >= 0 && noObject(ts, ms[ri], c) {
		ri = recipientPast(ts, ms, ri) // past "with Washington's tacit consent," the one "to" names, or none
	}
	if ri >= 0 && (alliesBeforeVerb(ts, c, spans) || asAlly(ts, c)) {
		ri = -1 // "Hizb-e Islami allies attacked Pakistan"; "counts Pakistan as a frontline ally in its war on al-Qaeda"
	}
	objectFrom := c.end // where the words before the object begin
	if ri >= 0 && ri+1 < len(ms) && (rd.possessorOfNamed(ts, ms[ri], ms[ri+1]) || c.cue.passive && rd.headNamed(ts, ms[ri], ms[ri+1]) || rd.ownersBody(ts, ms, ri, c) ||
		rd.personsBody(ts, ms[ri], ms[ri+1])) {
		objectFrom = ms[ri].end
		ri++ // "pledged help to Syria's neighbours Jordan, Lebanon, Iraq and Israel", "the armed wing of Akwanga's APLM", "backed by Masoud Barzani's KDP"
	}
	var companions []*mention // those who act with the subject
	formedBy := false         // "to form the SSDF": the body a merger made, past the partners
	if j := mergedInto(ts, ms, ri, c); j != ri {
		for _, m := range ms[ri:j] { // "merged with Zenki and smaller groups into HTS": Zenki merged too
			companions = append(companions, &m)
		}
		objectFrom, ri, formedBy = ms[j].first, j, !slices.ContainsFunc(ts[ms[j].first-2:ms[j].first], func(t token) bool { return t.word == "into" })
	}
	if ri >= 0 && !c.cue.passive && (actedUnder(ts, ms[ri], c) || seriesVerbBetween(ts, c.end, ms[ri].first)) {
		ri = -1
	}
	// "Iran, Russia and India supplied it, Tajikistan let it use an airfield": an object
	// pronoun the reader could not tie to an actor is still the verb's object.
	if ri >= 0 && c.end < ms[ri].first && !c.cue.passive && objectPronouns[ts[c.end].word] {
		ri = -1
	}
	if li >= 0 && possessedHelp(ts, ms[li], c) {
		c.cue.passive = false // "Pakistan's backing of the Taliban": the possessor gives
	}
	for li > 0 && (helpAside(ts, ms[li], c) || placeBeforeRequest(ts, ms, li, c)) {
		li-- // "the Taliban and Jami'at, with Iran's backing, fought ISKP"
	}
	// "Syrian troops, with Lebanese army units loyal to Hrawi, overran Aoun's positions":
	// the subject before the aside acts, its companions with it.
	closed := 0
	if a, comp, end := companionAside(ts, ms, li, c); a >= 0 {
		li, closed = a, end
		for _, j := range comp {
			m := ms[j] // a copy: the mentions may move before the pairs are read
			companions = append(companions, &m)
		}
	}
	if a, end := pastApposition(ts, ms, li, c); a != li {
		li, closed = a, end // "King Hussein, no friend of Nasser either, sent advisers"
	}
	// "called for restraint after the strikes on Syria", "condemned the attack on Jami'at":
	// an act named by a noun after an article is no act of the sentence's subject, but
	// where a verb of doing it comes before ("launched an offensive against").
	if li >= 0 && (c.cue.kind.Layer() == alliances.Alignment && eventNoun(ts, c) || nounParticiple(ts, ms[li], c)) {
		li = -1
	}
	// "Karim Khalili, Mazari's successor at the head of Wahdat": the one named before the
	// possessor holds what the possessor held.
	if li > 0 && succeeded(ts, ms[li-1], ms[li], c) {
		li--
	}
	// "According to the U.S., the militia ...": no party; nor "Iran's" in "Iran's proxies attacked".
	if li >= 0 && (ms[li].end <= sourcePhrase(ts) || possessorOnly(ts, ms[li], c) || formerMen(ts, ms[li]) || actsListed(ts, ms[li], c) || requestAcross(ts, ms[li], c)) {
		li = -1
	}
	// "a blockade of Yemen was maintained by Saudi Arabia": Yemen is none of its parties.
	if li >= 0 && c.cue.passive && ms[li].first >= 2 && ts[ms[li].first-1].word == "of" && affairs[ts[ms[li].first-2].word] {
		li = -1
	}
	// "Talabani, sent to Baghdad at the head of a KDP delegation", one sent "as its special
	// envoy": an envoy, to talk, not help; "sent warm greetings to Mr. Nyerere": a favour.
	if li >= 0 && c.cue.kind == alliances.Support && sentGreetings(ts, c) {
		c.cue.kind = alliances.Favour
	} else if li >= 0 && c.cue.kind == alliances.Support && (rd.kinds[ms[li].id] == "individual" && sentMan(ts, ms[li], c) || sentAsEnvoy(ts, c)) {
		c.cue.kind = alliances.Negotiation
	} else if li >= 0 && ri >= 0 && rd.foughtIn(ms[li], ms[ri], c) {
		c.cue.kind = alliances.Membership // "Dicko, who had fought with Katiba Macina": a man in its ranks
	}
	// "a bureau that is run by Azzam and funded in part by bin Laden", "a militia led by X
	// and armed by Iran": a second passive after "and" is of the first's subject, not of
	// the first's agent.
	if a := subjectPast(ts, ms, li, c); a >= 0 {
		li = a
	}
	resume := closed // where the subject's clause resumes after what stands between it and its verb
	// "the FSA backed by Turkey finished clearing the Islamic State from the north": the
	// backer after a participle qualifies the name before it, the verb's subject.
	// "the militias armed by Iran attacked the Taliban": a noun the reader does not know.
	if li >= 0 && c.cue.kind != alliances.Support && backerBefore(ts, ms[li].first) {
		k := ms[li].first
		if determiners[ts[k-1].word] {
			k--
		}
		switch w := ts[k-3]; {
		case li > 0 && ms[li-1].end == k-2:
			resume, li = c.first, li-1
		case !w.upper && !auxiliaries[w.word] && !beWords[w.word] && !relativeAux[w.word] && w.word != "which" && w.word != "who" && w.word != "that" &&
			!strings.ContainsAny(w.pre+ts[k-2].pre, ",;:()"):
			li = -1
		}
	}
	// "the Taliban, accused of sheltering al Qaeda, fought ISKP": the names of an aside
	// that a participle opens after a name are not the subject of the verb after it.
	if li >= 0 {
		if j := participleAside(ts, ms, li, c.first); j >= 0 || j == asideOfUnnamed {
			if k := slices.IndexFunc(ts[ms[li].end:min(c.first+1, len(ts))], func(t token) bool { return strings.ContainsAny(t.pre, ",)") }); k >= 0 {
				resume = ms[li].end + k + 1 // past the aside's closing comma or parenthesis
			}
			li = max(j, -1)
		}
	}
	if li >= 0 && (rd.unknownSubject(ts, ms[li].end, c.first) || rd.meetingAgent(ts, ms[li].first) || c.cue.passive && ownNounBefore(ts, ms[li].end, c.first)) {
		li = -1 // "Talks led by Algeria produced an agreement": the talks did, Algeria led them
	}
	if li >= 0 && (!c.cue.passive || fleeing[c.cue.words[0]]) {
		if a, v := relativeAntecedent(ts, ms, ms[li].end, c.first); a >= 0 {
			li, resume = a, v // "Hekmatyar, whose party ... the ISI distributed, rejected it and began to shell Kabul"
		}
	}
	shared := false
	// "an airstrike campaign by the United States": a noun's agent comes after "by",
	// and the actor before it is none of its parties.
	if li >= 0 && !c.cue.passive && c.end < len(ts) && (ts[c.end].word == "by" || c.end+1 < len(ts) && ts[c.end+1].word == "by" && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") && !brokering[ts[c.end].word]) &&
		!strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") {
		li = -1
	}
	// "support for the Taliban by regional powers was driven by concerns about a U.S.
	// presence": the name a noun's agent follows is the noun's object, and the agent,
	// here no known actor, is the subject: none is known.
	if li >= 0 && !c.cue.passive && ms[li].end+1 < c.first && ts[ms[li].end].word == "by" && !strings.ContainsAny(ts[ms[li].end].pre, ",;:()") {
		k := ms[li].first - 1
		if k > 0 && determiners[ts[k].word] {
			k--
		}
		if k >= 0 && nounObjectPreps[ts[k].word] {
			li = -1
		}
	}
	// A verb joined to one before it shares its subject: "Russians, Iranians, and
	// Pakistanis lobbied the old stakeholders ... and mediated between them and the Taliban".
	// So does a verb of purpose: "The Iranians, who had been supporting the Taliban in
	// order to hurt the Americans".
	purpose := c.first >= 3 && (matchAt(ts, c.first-3, []string{"in", "order", "to"}) || matchAt(ts, c.first-3, []string{"so", "as", "to"})) ||
		c.cue.words[0] == "to" && strings.Contains(ts[c.first].pre, ",") // "had been sent to Niger, which borders Mali, to aid the French"
	// A participle after a comma speaks of the sentence's subject: "the Iraqi Army,
	// Popular Mobilization Forces and Peshmerga launched an operation ..., supported by
	// the US-led coalition".
	// So does a present participle after a comma: "The group departed its alliance with
	// al-Qaeda, pledging allegiance to ISIL".
	// Only of a change of side: "Jami'at accused the Taliban of atrocities, targeting
	// Shiites" is the Taliban's targeting; and of a fight after a strike ("struck a
	// barracks of the 14th Quartermaster Detachment, killing": the striker's killing).
	participle := strings.Contains(ts[c.first].pre, ",") && li >= 0 &&
		(c.cue.passive && ms[li].end < c.first || strings.HasSuffix(c.cue.words[0], "ing") && len(c.cue.words[0]) > 5 && ms[li].end <= c.first &&
			(c.cue.kind.Layer() == alliances.Hierarchy || struckBefore(ts, spans, c)))
	// So does a verb in a series of infinitives: "the FNLA announced its intention to
	// oppose Tuareg rule, battle the MNLA" (Tuareg rule battles no one).
	series := strings.Contains(ts[c.first].pre, ",") && !c.cue.passive && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first > 0 && o.first < c.first && ts[o.first-1].word == "to" && !slices.ContainsFunc(ts[o.first:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") })
	})
	andVerb := andBeforeVerb(ts, c.first)
	// Not a passive after another participle and "and": "Lahad's SLA, paid and armed by
	// Israel,": both the aside's, of the name before them.
	pairedPassive := c.cue.passive && c.first > 1 && ts[c.first-1].word == "and" &&
		(strings.HasSuffix(ts[c.first-2].word, "ed") || pastVerbs[ts[c.first-2].word])
	// Not an adjective after "and": "the Islamic State, Turkey and allied FSA factions".
	if k := c.first - 1; k > 0 && !(c.cue.text == "allied" && ri >= 0 && ms[ri].first == c.end) && !pairedPassive && (purpose || participle || series || andVerb || verbSeries(ts, c) || (strings.HasSuffix(c.cue.words[0], "ed") || presentVerb(c.cue.words[0]) && !strings.Contains(ts[k].pre, ",")) && (ts[k].word == "and" || k > 1 && ts[k-1].word == "and" && strings.HasSuffix(ts[k].word, "ly"))) && len(ms) > 0 && ms[0].end <= c.first {
		first := 0
		if len(ms) > 1 && possessorOf(ts, ms[0], ms[1]) {
			first = 1 // "Jordan's King Hussein sent engineers, and"
		}
		if g := group(ts, ms, first, +1); len(g) > 0 && li >= 0 && ms[li].first >= g[len(g)-1].first && opensSentence(ts, ms[0].first) {
			if !ownVerbs(ts, ms[li], k) {
				li = slices.IndexFunc(ms, func(m mention) bool { return m.first == g[len(g)-1].first })
			}
			shared = true // "King Hussein sent engineers, and gave Oman aircraft": its own verbs, past the comma
		}
	}
	// "the YPG took over two villages west of Tall Tamer, after clashes with the Islamic
	// State": a fight named by its noun, with no article, after "after" is the subject's,
	// where no other name stands between.
	if w, last := c.cue.words[0], c.cue.words[len(c.cue.words)-1]; !shared && c.first > 0 && sceneOfFight[ts[c.first-1].word] && c.cue.kind == alliances.Hostility &&
		(last == "with" || last == "against" || last == "on") &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && len(ms) > 0 && ms[0].end <= c.first &&
		!slices.ContainsFunc(ms[1:], func(m mention) bool { return m.end <= c.first }) &&
		slices.ContainsFunc(spans, func(o cueSpan) bool {
			return o.cue.kind == alliances.Hostility && o.first >= ms[0].end && o.end <= c.first
		}) {
		li, shared = 0, true // the subject's own act before: "took over two villages"
	}
	if (andVerb || c.first > 0 && ts[c.first-1].word == "and") && !shared && li >= 0 && ms[li].end <= c.first && !(c.cue.text == "allied" && ri >= 0 && ms[ri].first == c.end) {
		li, shared = rd.subjectBeforeAnd(ts, ms, li, strings.HasSuffix(c.cue.words[0], "ed") || pastVerbs[c.cue.words[0]])
	}
	if j := leftToJoin(ts, ms, li, c); !shared && j >= 0 {
		li, shared = j, true
	}
	// "Pakistan launched an offensive against the Taliban to recapture Kunduz with the
	// help of Jami'at": help told at a clause's end is given to the sentence's subject,
	// not to the name nearest before it; so is help after ", with" ("Government troops
	// repelled them at the National Assembly, with decisive help from France"), a partner
	// after the object ("fought Los Zetas together with Zambada"), and a request ("had
	// dissolved al-Wefaq at the request of the Ministry of Justice": the court's); in a
	// relative clause, its head's ("Fujimori, who had closed Congress with the backing of").
	comitative := li > 0 && partnerAfterObject(ts, ms, spans, c, li)
	if !shared && li > 0 && (c.cue.passive || comitative) && ((c.cue.words[0] == "with" || c.cue.words[0] == "at") && !strings.ContainsAny(ts[c.first].pre, ",;:()") || commaWith(ts, c.first) || comitative) &&
		(opensSentence(ts, ms[0].first) || relativeHead(ts, ms, li, c) >= 0) && !slices.ContainsFunc(ts[ms[li].end:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") }) {
		if j := helpedSubject(ts, ms, li, c); j >= 0 {
			li, shared = j, true
		}
	}
	// "Iran sent troops to fight the Taliban", "deployed planes to ferry French forces":
	// a cue ending in "to" before another cue's verb names where the men went to act, and
	// the other cue names whom they act on.
	if ri >= 0 && c.cue.words[len(c.cue.words)-1] == "to" && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first == c.end || o.first == c.end+1 && adverb(ts[c.end].word)
	}) {
		ri = -1
	}
	// "to recapture Kunduz with the help of Jami'at": a name after a passive cue is that
	// cue's party, not the party of a cue before it, unless the two verbs share it
	// ("captured and tortured by Nusra").
	if ri >= 0 && !c.cue.passive && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.cue.passive && o.first >= c.end && o.end <= ms[ri].first && !(o.first == c.end+1 && ts[c.end].word == "and" && strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed"))
	}) {
		ri = -1
	}
	// A name after the cue that another reading gives another part: the enemy after
	// "against", the one fought beside or for, the object of a cue of the other sign.
	if ri >= 0 && notTheCuesObject(ts, spans, c, ms[ri].first) {
		ri = -1
	}
	li = actorFor(ts, ms, spans, c, li)
	// "China, which started losing interest in the Taliban and developed concerns about
	// them": a verb joined to a relative clause's verb shares its subject, the name the
	// clause follows.
	if !shared && li >= 0 {
		if j, obj := rd.relativeSubject(ts, ms, c.first); j >= 0 {
			li, shared = j, true
			if obj >= 0 {
				ri = obj // "ISKP, which the Taliban have fought and voiced concerns about"
			}
		}
	}
	// "Jami'at, which the Taliban have fought since 2015, ...": a verb of a relative
	// clause with a subject of its own has the clause's antecedent as its object.
	if !shared && li >= 0 {
		if subj, antecedent := objectRelative(ts, ms, c.first); antecedent >= 0 && (subj == li || subjectList(ts, ms, subj, li)) && !adverb(c.cue.words[0]) &&
			!cueObject(ts, ms, ri, c.end) { // not "which it regards as biased towards the LNA"
			ri, shared = antecedent, true
		}
	}
	// "Iran, which had long opposed the Taliban, armed Jami'at": the verb after a
	// relative clause set off by commas is its antecedent's.
	if !shared && li >= 0 {
		if j := rd.beforeRelative(ts, ms, c.first); j >= 0 && j < li {
			li, shared = j, true
		}
	}
	if li >= 0 && !shared && ms[li].end < c.first && ts[ms[li].end].word == "which" && strings.Contains(ts[ms[li].end].pre, ",") && rd.kinds[ms[li].id] == "individual" {
		li = rd.chairedBody(ts, ms, li)
		shared = li >= 0
	}
	// The actors nearest the cue, unless a clause's edge lies between ("Saudi Arabia
	// provided support, and China ...") or a word sets the actor aside ("through Pakistan").
	// "the YPG (supported by the Shammar tribe)": a parenthesis that opens on the cue
	// right after an actor speaks of that actor.
	// So does one that opens a relative clause on it: "Moussa Ag Assarid (who had
	// criticized the FPA ...)".
	aside := li >= 0 && c.first > 0 && ms[li].end <= c.first && ms[li].end > 0 && strings.Contains(d.Text[ts[ms[li].end-1].end:ts[ms[li].end].start], "(") &&
		(ms[li].end == c.first || slices.Contains([]string{"who", "which"}, ts[ms[li].end].word) &&
			!slices.ContainsFunc(ts[ms[li].end+1:c.first], func(t token) bool { return !auxiliaries[t.word] && !adverb(t.word) }))
	// "the regional powers (especially Pakistan, Iran, and Russia) moved in with a plan of
	// engineering relationships between ...": the examples in parentheses of a subject
	// the reader does not know name it.
	exampled := li >= 0 && !shared && !aside && rd.examplesInParentheses(d, ts, ms, li, c.first)
	shared = shared || exampled
	if li >= 0 && !shared && !aside && boundary(d, ts, max(pastMen(ts, ms[li], c.first), resume), c.first) {
		li = -1
	}
	// "The Iranians followed with a shift in their policy toward the Taliban in 2005,
	// first with very modest support for the group": support given "with", after a comma,
	// to the actor named before it, is the sentence's subject's.
	if li >= 0 && ri >= 0 && ms[li].id == ms[ri].id && c.cue.kind == alliances.Support && withBefore(ts, c.first) {
		if j := subject(ts, ms); j < li && ms[j].id != ms[ri].id {
			li, shared = j, true
		}
	}
	// "in support of MNLA, protests which were dispersed by Ansar Dine": a relative
	// clause on a bare noun after the actor speaks of the noun (not "Iran, the country
	// which armed them": an apposition).
	if li >= 0 && !shared && ms[li].end < c.first {
		if w := slices.IndexFunc(ts[ms[li].end:c.first], func(t token) bool { return t.word == "which" || t.word == "who" }); w > 0 {
			w += ms[li].end
			if strings.Contains(ts[ms[li].end].pre, ",") && !determiners[ts[ms[li].end].word] &&
				!slices.ContainsFunc(ts[ms[li].end:w], func(t token) bool { return t.upper || forceNouns[t.word] || strings.ContainsAny(t.pre, "()") }) {
				li = -1
			}
		}
	}
	// "some smugglers linked to Jami'at", "militias allied to Iran": a participle and its
	// preposition after a noun qualify the noun.
	if w := ts[max(c.first-1, 0)]; li >= 0 && !shared && !c.cue.passive && len(c.cue.words) == 2 && participles[c.cue.words[0]] && c.first > ms[li].end &&
		!w.upper && !auxiliaries[w.word] && !adverb(w.word) && !reportVerbs[w.word] && w.word != "be" && !staying[w.word] && !forceNouns[w.word] && !numeric(w.word) &&
		!describedTo(ts, ms[li].end, c.first) {
		li = -1 // but "Safarali Kenjaev, a former speaker allied with the front": the name's description; "the RFC remained loyal to Sudan": its state
	}
	// "except for Pakistan, the surrounding countries would all be terrorized":
	// the actor set aside is no subject either.
	// Not a time's: "Through 1998 David Welch shuttled between them".
	if li >= 0 && ms[li].first > 0 && (rd.asides[ts[ms[li].first-1].word] || ms[li].first > 1 && rd.asides[ts[ms[li].first-2].word] && !numeric(ts[ms[li].first-1].word)) {
		li = -1
	}
	given, owner := "", ""
	if ri < 0 {
		if k := giverBefore(d, ts, ms, li, c); k >= 0 {
			li, ri, given = li-1, li, ts[k].word
		}
	}
	// "When Hizb-e Islami signed a peace deal, the Taliban started targeting its members":
	// the members of the organization named before, other than the subject.
	if ri < 0 && li >= 1 && c.cue.kind.Sign() < 0 && c.end+1 < len(ts) && (ts[c.end].word == "its" || ts[c.end].word == "their") && memberNouns[ts[c.end+1].word] {
		for j := li - 1; j >= 0; j-- {
			if ms[j].id != ms[li].id && !rd.nonMember(ms[j].id) && !joined(ts, ms[j].end, ms[j+1].first) {
				ri, owner = j, ts[c.end].word+" "+ts[c.end+1].word
				break
			}
		}
	}
	// "was aided by a network of relationships that the group had been cultivating": the
	// agent is the noun after "by"; a name in a relative clause on it is none; nor a place.
	if ri >= 0 && (rd.placeOfAct(ts, ms[ri], c) || c.cue.passive && ms[ri].first > c.end && slices.ContainsFunc(ts[c.end:ms[ri].first], func(t token) bool { return t.word == "that" || t.word == "which" || t.word == "who" })) {
		ri = -1
	}
	// "a French army detachment supported by war jets, the Malian army pushed ...": the
	// agent of a passive is the noun after "by"; a name past a comma after it is none but
	// one the noun names in apposition ("commanded by a British officer, Glubb Pasha").
	if ri = apposedOne(ts, ms, ri, c); ri >= 0 && c.cue.passive && c.cue.words[len(c.cue.words)-1] == "by" && ms[ri].first > c.end &&
		slices.ContainsFunc(ts[c.end+1:ms[ri].first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") }) && !namedMen(ts, ms, ri, c.end) && !namedOne(ts, ms, ri, c.end) {
		ri = -1
	} else if ri >= 0 && ri+1 < len(ms) && c.cue.passive && possessives[ts[ms[ri].first].word] && namedMen(ts, ms, ri+1, ms[ri].end) {
		ri++ // "shot dead by two of her bodyguards, Beant Singh and Satwant Singh": the men, not her
	}
	// "set out a ceasefire and the M23's withdrawal": a possessor joined to a deal's noun
	// by "and" owns another thing the sentence names, and is no party to the deal.
	if ri >= 0 && c.cue.kind == alliances.Agreement && ms[ri].first > c.end && ms[ri].first-c.end <= 3 && ts[ms[ri].end-1].possessive &&
		ts[c.end].word == "and" && ms[ri].end < len(ts) && !ts[ms[ri].end].upper {
		ri = -1
	}
	// "invested in Kabila's downfall", "hunted down the FNLA's killers", "leadership passed
	// to Mobutu's nephew": the possessor of one who is another, or of what befalls it, no party.
	if ri >= 0 && ownedOther(ts, ms[ri]) {
		ri = -1
	}
	// "signed a preliminary agreement at Ouagadougou, with Compaoré as mediator", "under the
	// auspices of IGAD": a deal's mediator, witness or host is no party to it (dealThird).
	if ri >= 0 && (ms[ri].first > 0 && ts[ms[ri].first-1].word == "with" && thirdAs(ts, ms[ri].end) || dealThird(ts, ms[ri], c) || agentPastPhrase(ts, ms[ri], c) || rd.revoltSite(ts, ms, ri)) {
		ri = -1
	}
	// "flew bombing missions over the Rif for France": France is whom they fought for (but
	// "retaliation for Barzani's intention": the cause). "with Saigon's backing, returned
	// to serve Lon Nol": the help's receiver is the clause's subject (withHelp).
	if ri >= 0 && (c.cue.kind == alliances.Hostility && ms[ri].first > c.end+1 && after(ts, ms[ri], "for") && !causeFor(ts, ms[ri]) || withOwnHelp(ts, ms, li, ri, c)) {
		ri = -1
	}
	// "Haftar's guns turned to the GNA's positions": one turns to a thing, not its owner.
	if ri >= 0 && strings.HasPrefix(c.cue.text, "turn") && ts[ms[ri].end-1].possessive {
		ri = -1
	}
	// A list after a colon is what the cue names: "Assyrian forces included: A, B".
	listed := c.cue.kind == alliances.Membership && ri >= 0 && ms[ri].first == c.end && strings.TrimSpace(ts[c.end].pre) == ":"
	if ri >= 0 && !listed && !formedBy && (boundary(d, ts, c.end, ms[ri].first) || ms[ri].first > 0 && rd.asides[ts[ms[ri].first-1].word]) {
		ri = -1
	}
	// "airstrikes against the Houthis, declaring their aim to restore Hadi's government":
	// a name the reader does not know right after the cue is its object, not the known
	// one after it.
	if ri >= 0 && ms[ri].first > objectFrom && rd.unknownAfter(ts, objectFrom, min(objectFrom+3, ms[ri].first)) && !apposedOwner(ts, ms[ri]) {
		ri = -1
	}
	// "During the Turkish offensive into Syria, clashes occurred between the SNA and the
	// SDF": an actor after a comma and another cue is that cue's.
	if ri >= 0 && !formedBy && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first >= c.end && o.end <= ms[ri].first && slices.ContainsFunc(ts[c.end:o.first+1], func(t token) bool { return strings.Contains(t.pre, ",") })
	}) {
		ri = -1
	}
	// "Ahrar al-Sham and their allies": a possessive before the cue makes its noun the
	// possessor's, not a tie with the actor after it.
	if c.first > 0 && !c.cue.kind.Directed() && len(c.cue.words) == 1 {
		k := c.first - 1
		if k > 0 && nounGrades[ts[k].word] {
			k-- // "Iran and its major allies supported the Taliban"
		}
		switch ts[k].word {
		case "their", "its", "his", "her":
			ri = -1
		}
	}
	if tookPost(ts, c) {
		return statement{}, false
	}
	// "joined the fighting": joining names whom it joins, right after it.
	if w := c.cue.words[0]; (w == "joined" || w == "join" || w == "joining") && len(c.cue.words) == 1 && (ri < 0 || ms[ri].first-c.end > 2) {
		return statement{}, false
	}
	// "supported by airstrikes from the coalition", "backed by Russian air strikes": the
	// strikes are the support's means, not fighting with the supported.
	if c.cue.kind == alliances.Hostility && instrument(ts, ms, c.first) {
		return statement{}, false
	}
	// "The opposition, politically represented by the Coalition, receives support": the
	// agent of a participle set off by commas is no subject of the verb after it.
	if li >= 1 && setAside(ts, ms[li-1], ms[li], c.first) {
		li--
	}
	if li >= 1 && rd.placesPart(ts, ms[li], c) {
		li-- // "the Iraq branch of the Islamic State": the state is no party
	}
	// "The PYD is deemed by Turkey to be the Syrian affiliate of the PKK": the judge is
	// no party (the attribution names it).
	if li >= 1 && judgedBy(ts, ms[li]) {
		li, shared = li-1, true
	}
	// "Turkey, a NATO member with the alliance's second largest army, has had ...":
	// the actors of a noun phrase set off by commas are no subject of the verb after it.
	for j := li - 1; j >= 0 && li-j <= 2; j-- {
		if apposed(ts, ms[j], ms[j+1], c.first) {
			li = j
			break
		}
	}
	// "X said that the men captured were ...": the teller is no party to what is told.
	if li >= 0 && tells(ts, ms[li].end, c.first) {
		li = -1
	}
	if li >= 0 && !shared && deedOfObject(ts, ms[li], c) {
		li = -1
	}
	if j := ownSubject(ts, ms, li, c); j >= 0 {
		li = j // "Islamabad used the Front in its own quarrel with India": Islamabad's quarrel
	}
	if li >= 0 && ri >= 0 && trainedIn(ts, ms[ri], c) {
		li, ri = ri, li // "Estigarribia trained in Chile and at the French war college": France trained him
	}
	if ri >= 0 && c.cue.kind == alliances.Agreement && brokerOfDeal(ts, ms[ri]) {
		ri = -1
	}
	if rd.unnamedMembers(ts, ms, c, li, shared) {
		return statement{}, false
	}
	// "send two C-130s along with 80 support personnel to Mali": what goes along with the
	// planes is no partner; a partner follows the words at once.
	if (c.cue.text == "along with" || c.cue.text == "together with") && ri >= 0 && ms[ri].first-c.end > 2 {
		ri = -1
	}
	// "A, B and C worked together against D": D is their common enemy, which the cue of
	// fighting "together against" reads, and no partner.
	if c.cue.kind == alliances.Cooperation && ri >= 0 && c.end < len(ts) && ts[c.end].word == "against" {
		ri = -1
	}
	// "Qatar and Egypt hosted negotiations", "convened talks between A and B": the hosts
	// are no parties to them.
	if c.first >= 1 && hostVerbs[ts[c.first-1].word] || c.first >= 2 && hostVerbs[ts[c.first-2].word] {
		li = -1
	}
	// "lobbied the old stakeholders and mediated between them and the Taliban": a name
	// after a verb joined to the cue's is that verb's object, not the cue's.
	if ri >= 0 && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first > c.end && o.first < ms[ri].first && ts[o.first-1].word == "and" && len(o.cue.words) == 1 && strings.HasSuffix(o.cue.words[0], "ed")
	}) {
		ri = -1
	}
	// "Iran and Russia started losing faith in their ability to contain the Taliban": the
	// ability is another's, whom the possessive names (the Afghan forces), not the subject's.
	if k := c.first; li >= 0 && k >= 5 && ts[k-1].word == "to" && (ts[k-2].word == "ability" || ts[k-2].word == "capacity") &&
		(ts[k-3].word == "their" || ts[k-3].word == "its") && ts[k-4].word == "in" && trustWords[ts[k-5].word] {
		li = -1
	}
	// "a full friendship blossomed months before Ghani's regime unraveled": a name in a
	// clause of time after the cue is none of its parties.
	if ri >= 0 && ms[ri].first > c.end && slices.ContainsFunc(ts[c.end:ms[ri].first], func(t token) bool { return timeClauses[t.word] }) {
		ri = -1
	}
	// Too far from the cue to be one statement (the nearest of a list counts).
	if li >= 0 && c.first-max(ms[li].end, resume) > 12 && !shared && !c.cue.passive {
		li = -1
	}
	if ri >= 0 && (ms[ri].first-c.end > 12 && !formedBy || c.cue.words[len(c.cue.words)-1] == "for" && ms[ri].first-c.end > 2) {
		ri = -1 // "fought for control of the town against X" is no support of X
	}
	// "voting in favor of independence from Iraq": the actor is another cue's object.
	if last := c.cue.words[len(c.cue.words)-1]; ri >= 0 && (last == "of" || last == "for") && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first >= c.end && o.end <= ms[ri].first && o.cue.kind != c.cue.kind && !determiners[ts[o.first-1].word] // "in support of the besieged soldiers"
	}) {
		ri = -1
	}
	cues := []string{"cue: " + c.cue.text}
	if given != "" {
		cues = append(cues, "given: the actor after "+given)
	}
	if owner != "" {
		cues = append(cues, "owner: "+ms[ri].id+" of "+owner)
	}
	if exampled {
		cues = append(cues, "the subject's examples in parentheses")
	}
	if intent != "" {
		cues = append(cues, "intent: "+intent)
	}
	with := companions
	if len(c.cue.then) > 0 {
		var w string
		var ok bool
		if ms, ri, with, w, ok = rd.thenParties(ts, ms, li, ri, c, with, &cues); !ok {
			return statement{}, false
		}
		cues = append(cues, "then: "+w)
	}
	if causedAct(ts, ms, li, c) { // "Kabila had Masasu arrested": the one who has another arrested arrests him
		li, ri = li-1, li
		cues = append(cues, "caused: "+ts[ms[ri].first-1].word+" "+ms[ri].id+" "+c.cue.words[0])
	}
	// "Angolan troops helped Laurent-Désiré Kabila overthrow Mobutu": the helper acts too.
	if h := helperOf(ts, ms, li, c); h >= 0 && c.cue.kind.Sign() < 0 && !c.cue.passive {
		with = append(with, &ms[h])
		cues = append(cues, "helped: "+ms[h].id+" with the act")
	}
	if li >= 0 && c.cue.text == "relieved by" && rd.kinds[ms[li].id] != "individual" { // "The garrison was relieved by an Indian Army brigade"
		c.cue.kind, cues = alliances.Support, append(cues, "relieved: a force or a place, not a man")
	}
	if li >= 0 && ri >= 0 && c.cue.kind == alliances.Hostility && besideFronted(ts, ms[li], ms[ri], c) { // "Alongside them fought the Ikhwan"
		c.cue.kind, cues = alliances.Cooperation, append(cues, "fronted: beside the one named before the verb")
	}
	st := statement{c: c, ms: ms, li: li, ri: ri, shared: shared, why: cues, spans: spans, with: with}
	rd.implicitParties(d, ts, &st)
	return st, true
}
