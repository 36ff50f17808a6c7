package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/alliances-project/alliances"
	"github.com/alliances-project/alliances/edtf"
)

// Read proposes the ties a document states.
func (rd *Reader) Read(d *Document) []Proposal {
	rd.latest = ""
	for _, y := range yearRE.FindAllString(d.Text, -1) {
		if y > rd.latest {
			rd.latest = y
		}
	}
	var out []Proposal
	seen := map[string]int{}         // the position in out of each tie of a paragraph
	emit := func(found []Proposal) { // each tie once a paragraph, as read surest
		for _, prop := range found {
			key := fmt.Sprint(prop.Tie.Subject, prop.Tie.Object, prop.Tie.Kind, prop.Paragraph, prop.Tie.Third)
			if alliances.SignOf(prop.Tie.Kind, "") != 0 && !prop.Tie.Kind.Directed() && prop.Tie.Subject > prop.Tie.Object {
				key = fmt.Sprint(prop.Tie.Object, prop.Tie.Subject, prop.Tie.Kind, prop.Paragraph, prop.Tie.Third)
			}
			if i, ok := seen[key]; ok {
				if prop.Confidence > out[i].Confidence && prop.Paragraph == out[i].Paragraph && prop.Start == out[i].Start {
					out[i] = prop // the same sentence read surer another way
				}
				continue
			}
			seen[key] = len(out)
			out = append(out, prop)
		}
	}
	named := map[string]bool{} // the memberships names give, proposed once
	heading, after := "", 0    // the year of the latest heading that names one ("### 2013")
	for _, p := range d.Paragraphs {
		for _, line := range strings.Split(d.Text[after:p.Start], "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				if y := lastYear(line); y != "" {
					heading = y
				}
			}
		}
		after = p.End
		previous := ""
		var named0 []string // the actors the sentence before named
		context := heading  // the latest year the paragraph, or the heading over it, names
		rd.topic, rd.examples = "", nil
		var before []told // the sentences a claim of an attack may speak of
		inList := false
		for _, s := range p.Sentences {
			text := d.Text[s.Start:s.End]
			ts := tokens(text, s.Start)
			item := listItem(strings.TrimLeft(text, " \t\n"))
			if item {
				// A new item of a list, a day of a timeline: no pronoun reaches back
				// into the item before.
				previous, named0, rd.topic, rd.examples = "", named0[:0], "", nil
			}
			ms := rd.mentionsAfter(ts, previous, named0)
			named0 = named0[:0]
			for _, m := range ms {
				named0 = append(named0, m.id)
			}
			if len(ms) > 0 {
				previous = ms[subject(ts, ms)].id // the sentence's subject
				if rd.topic == "" {
					rd.topic = previous
				}
			}
			rd.context = context
			valid, timeCue := rd.when(text, context, -1, -1)
			if y := lastYear(text); y != "" {
				context = y
			}
			switch {
			case item:
				before, inList = before[:0], true // a new item of a list: a day of a timeline
			case !inList && len(before) > 1:
				before = before[len(before)-1:] // in prose, the sentence before
			}
			claims := rd.claimed(d, p, s, ts, ms, before)
			before = append(before, told{s, ts, ms, valid, timeCue})
			if len(ms) == 0 || len(ms) == 1 && (rd.topic == "" || rd.topic == ms[0].id) {
				emit(claims)
				continue
			}
			found, ms := rd.compounds(d, p, s, ts, ms, valid, timeCue)
			heads := withoutTellers(ts, rd.phraseHeads(ts, ms))
			spans := rd.cueSpans(ts, heads)
			for _, c := range spans {
				found = append(found, rd.propose(d, p, s, ts, heads, c, spans, valid, timeCue)...)
			}
			found = append(found, rd.leaders(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.governments(d, p, s, ts, ms)...)
			found = append(found, rd.posts(d, p, s, ts, ms, valid, timeCue)...)
			for _, m := range ms {
				for _, head := range rd.ledBy[m.id] {
					if named[head+" leads "+m.id] {
						continue
					}
					named[head+" leads "+m.id] = true
					t := alliances.Tie{Subject: head, Object: m.id, Kind: alliances.Membership, Role: alliances.Leader, Status: alliances.Reported}
					if prop, ok := rd.finish(d, p, s, t, []string{"name: " + m.id + " is led by " + head}, valid, timeCue, 0.6); ok {
						found = append(found, prop)
					}
				}
				for _, part := range rd.parts[m.id] {
					if named[m.id+" "+part] {
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
						found = append(found, prop)
					}
				}
			}
			found = append(found, rd.nearby(d, p, s, ts, heads, spans, found, valid, timeCue)...)
			found = append(found, rd.exemplified(d, p, s, ts, ms, found, valid, timeCue)...)
			emit(append(found, claims...))
		}
	}
	return out
}

type cueSpan struct {
	cue        cue
	first, end int
}

// cueSpans finds the relation cues of a sentence, outside the actors' names.
func (rd *Reader) cueSpans(ts []token, ms []mention) []cueSpan {
	inName := func(i int) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return i >= m.first && i < m.end })
	}
	var out []cueSpan
	for i := 0; i < len(ts); i++ {
		if inName(i) || i > 0 && strings.Contains(ts[i].pre, "-") && backers[ts[i].word] {
			continue // "Turkish-backed": the backing of a name (see compounds)
		}
		for _, c := range rd.byFirst[ts[i].word] {
			// Cues may overlap where one reaches past another ("worked together
			// against"), never inside one.
			if matchAt(ts, i, c.words) && (len(out) == 0 || i+len(c.words) > out[len(out)-1].end) {
				out = append(out, cueSpan{c, i, i + len(c.words)})
				break
			}
		}
	}
	return out
}

// propose makes the ties a cue states between the actors around it: those before it
// (joined by "and") with those after it, or, for a symmetric kind with none after,
// those before it with each other.
func (rd *Reader) propose(d *Document, p Paragraph, s Span, ts []token, ms []mention, c cueSpan, spans []cueSpan, valid, timeCue string) []Proposal {
	// "the ousted Ghani administration", "its armed wing": a participle after an article
	// qualifies a noun; it tells no act.
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 0 && adjectival[ts[c.first-1].word] {
		return nil
	}
	// "launched coordinated attacks against", "supported attacks on": a participle before
	// another cue's noun qualifies it; the noun's cue reads the sentence.
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end < len(ts) && !strings.ContainsAny(ts[c.end].pre, ",;:") &&
		slices.ContainsFunc(rd.byFirst[ts[c.end].word], func(o cue) bool { return o.kind != c.cue.kind && matchAt(ts, c.end, o.words) }) {
		return nil
	}
	// "the YPG and allied forces killed ...", "and allied rebel groups": a participle
	// after "and" or an article, before a noun of forces, qualifies it ("Iran armed
	// militias" is told).
	if len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end+1 < len(ts) && !strings.ContainsAny(ts[c.end].pre, ",;:") &&
		c.first > 0 && (ts[c.first-1].word == "and" || ts[c.first-1].word == "or" || determiners[ts[c.first-1].word]) &&
		(forceNouns[ts[c.end].word] || !strings.ContainsAny(ts[c.end+1].pre, ",;:") && forceNouns[ts[c.end+1].word] && !ts[c.end].upper &&
			!determiners[ts[c.end].word] && !quantity(ts[c.end].word)) {
		return nil
	}
	// "an armed group", "a backed faction": an adjective after an article.
	if c.cue.kind == alliances.Support && len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.first > 0 &&
		(ts[c.first-1].word == "a" || ts[c.first-1].word == "an") {
		return nil
	}
	// "struggling to deal with the Taliban": the verb, no agreement.
	if c.cue.kind == alliances.Agreement && c.first > 0 && ts[c.first-1].word == "to" && len(c.cue.words) == 1 {
		return nil
	}
	// "announced its intention to battle the MNLA", "threatened to attack Kidal": a fight
	// intended or threatened is a stand against the actor, not yet a fight.
	intent := ""
	if c.cue.kind == alliances.Hostility {
		if intent = intended(ts, spans, c); intent != "" {
			c.cue.kind = alliances.Opposition
		}
	}
	li, ri := -1, -1
	for i := range ms {
		if ms[i].end <= c.first {
			li = i
		}
		if ms[i].first >= c.end && ri < 0 {
			ri = i
		}
	}
	shared := false
	// "an airstrike campaign by the United States": a noun's agent comes after "by",
	// and the actor before it is none of its parties.
	if li >= 0 && !c.cue.passive && c.end < len(ts) && (ts[c.end].word == "by" || c.end+1 < len(ts) && ts[c.end+1].word == "by" && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed")) &&
		!strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") {
		li = -1
	}
	// A verb joined to one before it shares its subject: "Russians, Iranians, and
	// Pakistanis lobbied the old stakeholders ... and mediated between them and the
	// Taliban".
	// So does a verb of purpose: "The Iranians, who had been supporting the Taliban in
	// order to hurt the Americans".
	purpose := c.first >= 3 && (matchAt(ts, c.first-3, []string{"in", "order", "to"}) || matchAt(ts, c.first-3, []string{"so", "as", "to"}))
	// A participle after a comma speaks of the sentence's subject: "the Iraqi Army,
	// Popular Mobilization Forces and Peshmerga launched an operation ..., supported by
	// the US-led coalition".
	// So does a present participle after a comma: "The group departed its alliance with
	// al-Qaeda, pledging allegiance to ISIL".
	// Only of a change of side: "Jami'at accused the Taliban of atrocities, targeting
	// Shiites" is the Taliban's targeting.
	participle := strings.Contains(ts[c.first].pre, ",") && li >= 0 &&
		(c.cue.passive && ms[li].end < c.first || strings.HasSuffix(c.cue.words[0], "ing") && len(c.cue.words[0]) > 5 && ms[li].end <= c.first &&
			c.cue.kind.Layer() == alliances.Hierarchy)
	// So does a verb in a series of infinitives: "the FNLA announced its intention to
	// oppose Tuareg rule, battle the MNLA" (Tuareg rule battles no one).
	series := strings.Contains(ts[c.first].pre, ",") && !c.cue.passive && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first > 0 && o.first < c.first && ts[o.first-1].word == "to" && !slices.ContainsFunc(ts[o.first:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") })
	})
	// So does a verb after "and" and its auxiliaries: "was part of the rebellion and has
	// been reported to be linked to an offshoot of AQIM".
	k := c.first - 1
	for k > 0 && (auxiliaries[ts[k].word] || ts[k].word == "to" || ts[k].word == "be" || reportVerbs[ts[k].word] || adverb(ts[k].word)) {
		k--
	}
	andVerb := k < c.first-1 && k > 0 && ts[k].word == "and" && !strings.Contains(ts[k].pre, ",")
	if k := c.first - 1; k > 0 && (purpose || participle || series || andVerb || len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && (ts[k].word == "and" || k > 1 && ts[k-1].word == "and" && strings.HasSuffix(ts[k].word, "ly"))) && len(ms) > 0 && ms[0].end <= c.first {
		if g := group(ts, ms, 0, +1); len(g) > 0 && li >= 0 && ms[li].first > g[len(g)-1].first && opensSentence(ts, ms[0].first) {
			li = slices.IndexFunc(ms, func(m mention) bool { return m.first == g[len(g)-1].first })
			shared = true
		}
	}
	// "China, which started losing interest in the Taliban and developed concerns about
	// them": a verb joined to a relative clause's verb shares its subject, the name the
	// clause follows.
	if !shared && li >= 0 {
		if j, obj := relativeSubject(ts, ms, c.first); j >= 0 {
			li, shared = j, true
			if obj >= 0 {
				ri = obj // "ISKP, which the Taliban have fought and voiced concerns about"
			}
		}
	}
	// "Jami'at, which the Taliban have fought since 2015, ...": a verb of a relative
	// clause with a subject of its own has the clause's antecedent as its object.
	if !shared && li >= 0 {
		if subj, antecedent := objectRelative(ts, ms, c.first); subj == li && antecedent >= 0 {
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
	// The actors nearest the cue, unless a clause's edge lies between ("Saudi Arabia
	// provided support, and China ...") or a word sets the actor aside ("through
	// Pakistan").
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
	if li >= 0 && !shared && !aside && boundary(d, ts, ms[li].end, c.first) {
		li = -1
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
		!w.upper && !auxiliaries[w.word] && !adverb(w.word) && !reportVerbs[w.word] && w.word != "be" && !forceNouns[w.word] && !numeric(w.word) {
		li = -1
	}
	// "except for Pakistan, the surrounding countries would all be terrorized":
	// the actor set aside is no subject either.
	if li >= 0 && ms[li].first > 0 && (rd.asides[ts[ms[li].first-1].word] || ms[li].first > 1 && rd.asides[ts[ms[li].first-2].word]) {
		li = -1
	}
	// "The Iraqi Government has sent Assad financial support": the actor between a verb
	// of giving and the support it gives is its object, the verb's subject the giver.
	given, owner := "", ""
	if ri < 0 && li >= 1 && c.cue.kind == alliances.Support && len(c.cue.words) == 1 && !strings.HasSuffix(c.cue.words[0], "ed") {
		k := ms[li].first - 1
		if k > 0 && ts[k].word == "the" {
			k-- // "sent the Taliban support"
		}
		if k > 0 && giveVerbs[ts[k].word] && c.first-ms[li].end <= 3 &&
			!slices.ContainsFunc(ts[ms[li].end:c.first+1], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) &&
			!boundary(d, ts, ms[li-1].end, k) && k-ms[li-1].end <= 3 {
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
	// A list after a colon is what the cue names: "Assyrian forces included: A, B".
	listed := c.cue.kind == alliances.Membership && ri >= 0 && ms[ri].first == c.end && strings.TrimSpace(ts[c.end].pre) == ":"
	if ri >= 0 && !listed && (boundary(d, ts, c.end, ms[ri].first) || ms[ri].first > 0 && rd.asides[ts[ms[ri].first-1].word]) {
		ri = -1
	}
	// "airstrikes against the Houthis, declaring their aim to restore Hadi's government":
	// a name the reader does not know right after the cue is its object, not the known
	// one after it.
	if ri >= 0 && ms[ri].first > c.end && rd.unknownAfter(ts, c.end, min(c.end+3, ms[ri].first)) {
		ri = -1
	}
	// "During the Turkish offensive into Syria, clashes occurred between the SNA and the
	// SDF": an actor after a comma and another cue is that cue's.
	if ri >= 0 && slices.ContainsFunc(spans, func(o cueSpan) bool {
		return o.first >= c.end && o.end <= ms[ri].first && slices.ContainsFunc(ts[c.end:o.first+1], func(t token) bool { return strings.Contains(t.pre, ",") })
	}) {
		ri = -1
	}
	// "Ahrar al-Sham and their allies": a possessive before the cue makes its noun the
	// possessor's, not a tie with the actor after it.
	if c.first > 0 && !c.cue.kind.Directed() && len(c.cue.words) == 1 {
		switch ts[c.first-1].word {
		case "their", "its", "his", "her":
			ri = -1
		}
	}
	if tookPost(ts, c) {
		return nil
	}
	// "joined the fighting": joining names whom it joins, right after it.
	if w := c.cue.words[0]; (w == "joined" || w == "join" || w == "joining") && len(c.cue.words) == 1 && (ri < 0 || ms[ri].first-c.end > 2) {
		return nil
	}
	// "supported by airstrikes from the coalition", "backed by Russian air strikes": the
	// strikes are the support's means, not fighting with the supported.
	if c.cue.kind == alliances.Hostility && instrument(ts, ms, c.first) {
		return nil
	}
	// "The opposition, politically represented by the Coalition, receives support": the
	// agent of a participle set off by commas is no subject of the verb after it.
	if li >= 1 && setAside(ts, ms[li-1], ms[li], c.first) {
		li--
	}
	// "X said that the men captured were ...": the teller is no party to what is told.
	if li >= 0 && tells(ts, ms[li].end, c.first) {
		li = -1
	}
	// "IRGC soldiers along with forces from Hezbollah and members of the Basij": members
	// unnamed, not Hezbollah.
	if c.cue.kind == alliances.Membership && !c.cue.passive && c.first > 0 && (ts[c.first-1].word == "and" || ts[c.first-1].word == "or") {
		return nil
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
	// Too far from the cue to be one statement (the nearest of a list counts).
	if li >= 0 && c.first-ms[li].end > 12 && !shared && !c.cue.passive {
		li = -1
	}
	if ri >= 0 && (ms[ri].first-c.end > 12 || c.cue.words[len(c.cue.words)-1] == "for" && ms[ri].first-c.end > 2) {
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
	if len(c.cue.then) > 0 {
		// "called on Hezbollah to end its involvement": the demand's object, then what
		// it is asked to do.
		w, ok := "", false
		if ri >= 0 && !c.cue.passive {
			w, ok = rd.has(ts, ms[ri].end, ms[ri].end+4, c.cue.then...)
		}
		if !ok {
			return nil
		}
		cues = append(cues, "then: "+w)
	}
	// A cue with no actor before it in its sentence speaks of the paragraph's subject:
	// "Inside Afghanistan, the Taliban have been building relations ... Relations were
	// established with the militias of Haji Zahir Qadir".
	implicit := li < 0 && ri >= 0 && ms[0].first >= c.end && ms[ri].first-c.end <= 6 && rd.topic != "" && rd.topic != ms[ri].id &&
		!unknownName(d, ts, c.first) &&
		c.cue.kind != alliances.Membership && c.cue.kind != alliances.Mediation && !c.cue.passive
	if implicit {
		ms = append([]mention{{id: rd.topic, first: -100, end: -100}}, ms...)
		li, ri = 0, ri+1
		shared = true
	}
	symmetric := !c.cue.kind.Directed()
	between := c.cue.words[len(c.cue.words)-1] == "between" // "connections between A and B"
	for i := c.end; i < min(c.end+5, len(ts)); i++ {
		between = between || ts[i].word == "between" // "clashes in the area between"
	}
	var pairs, against [][2]*mention
	var third *mention
	// "the genocide of Yazidis by ISIL": the target after the noun, its agent after "by".
	byAgent := false
	if !c.cue.passive && ri >= 0 && ri+1 < len(ms) && ms[ri].first-c.end <= 1 && ms[ri+1].first-ms[ri].end <= 3 && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") {
		for k := ms[ri].end; k < ms[ri+1].first; k++ {
			byAgent = byAgent || ts[k].word == "by" // "of Yazidis by ISIL", "of Jami'at fighters by the Taliban"
			// "military support to the opposition from Persian Gulf states"
			// but not "Pakistan shifted its support to the Taliban from Hekmatyar": an
			// actor before the cue, or a possessive, is the supporter.
			byAgent = byAgent || ts[k].word == "from" && c.cue.kind == alliances.Support && len(c.cue.words) > 1 && k == ms[ri].end &&
				li < 0 && (c.first == 0 || !possessives[ts[c.first-1].word])
		}
	}
	// "Ansar Dine, MOJWA, and the MNLA found themselves in conflict with each other": a
	// reciprocal ties every pair of the list before it.
	reciprocal := symmetric && li >= 0 && c.end+1 < len(ts) && (matchAt(ts, c.end, []string{"each", "other"}) || matchAt(ts, c.end, []string{"one", "another"}))
	// "former co-belligerents Ansar Dine, MOJWA, and the MNLA", "the allies Turkey and
	// Qatar": a plural noun of partners names the pairs of the list right after it.
	partnersListed := symmetric && li < 0 && ri >= 0 && ms[ri].first-c.end <= 1 && len(c.cue.words) <= 2 && strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "s") &&
		c.cue.kind != alliances.Hostility && len(group(ts, ms, ri, +1)) >= 2
	switch {
	case reciprocal && len(group(ts, ms, li, -1)) >= 2:
		g := group(ts, ms, li, -1)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[j], g[i]})
			}
		}
		if ri >= 0 { // "with each other as well as the populace"
			for _, r := range group(ts, ms, ri, +1) {
				for _, l := range g {
					pairs = append(pairs, [2]*mention{l, r})
				}
			}
		}
		cues = append(cues, "with each other: every pair of the list")
	case partnersListed:
		g := group(ts, ms, ri, +1)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[i], g[j]})
			}
		}
		cues = append(cues, "the list the noun names")
	case byAgent:
		pairs = append(pairs, [2]*mention{&ms[ri+1], &ms[ri]})
		cues = append(cues, "agent after by")
	case c.cue.kind == alliances.Membership:
		// "X, a member of Y", "Y, led by X": the actors next to the cue only, and no
		// state a member. "A Taliban commander defected to ISKP", "FSA fighters joined
		// Nusra": people of the group, not the group.
		if li < 0 || ri < 0 || !shared && c.first-ms[li].end > 3 || ms[ri].first-c.end > 2 {
			return nil
		}
		if only, n, _ := rd.title(ts, ms[li].end, c.first); !c.cue.passive && !shared && only && n > 0 {
			return nil
		}
		left, right := []*mention{&ms[li]}, []*mention{&ms[ri]}
		if c.cue.passive {
			right = group(ts, ms, ri, +1) // "the Front, which consists of A and B"
		}
		if c.cue.text == "formed" {
			left = group(ts, ms, li, -1) // "Tuareg and Arab nomads formed the MPA": each its member
		}
		for _, l := range left {
			for _, r := range right {
				pairs = append(pairs, [2]*mention{l, r})
			}
		}
	case c.cue.kind == alliances.Mediation:
		// A mediation names the two it brings together: "Iran mediated between Russia
		// and the Taliban"; the first is its object, the second its third party.
		if li < 0 || ri < 0 || ri+1 >= len(ms) || ms[ri+1].first-ms[ri].end > 3 {
			return nil
		}
		third = &ms[ri+1]
		for _, l := range group(ts, ms, li, -1) {
			pairs = append(pairs, [2]*mention{l, &ms[ri]})
		}
	case ri >= 0 && symmetric && between && len(group(ts, ms, ri, +1)) >= 2:
		// "clashes erupted between A and B"; but "between A and B against C" is A and B
		// on one side, against C.
		g := group(ts, ms, ri, +1)
		last := g[len(g)-1]
		if k := last.end; c.cue.kind == alliances.Hostility && k+1 < len(ts) && ts[k].word == "against" {
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.first > k && m.first <= k+2 }); j >= 0 {
				for _, a := range g {
					pairs = append(pairs, [2]*mention{a, &ms[j]})
				}
				cues = append(cues, "between, against "+ms[j].id)
				break
			}
		}
		pairs = append(pairs, [2]*mention{g[0], g[1]})
		cues = append(cues, "between")
	case ri >= 0 && symmetric && between && andAfter(d, ts, ms, ri) >= 0:
		// "contacts between Taliban leaders such as Baradar and the Karzai
		// administration": A described at length, then B after the "and".
		pairs = append(pairs, [2]*mention{&ms[ri], &ms[andAfter(d, ts, ms, ri)]})
		cues = append(cues, "between")
	case li >= 0 && ri >= 0:
		g := objects(ts, ms, ri)
		subjects := subjects(ts, ms, li)
		for _, l := range subjects {
			for _, r := range g {
				pairs = append(pairs, [2]*mention{l, r})
			}
		}
		// "expressed open support for Assad against ISIL": the support's enemy is the
		// supporter's. "Fought alongside the MNLA against the government": both sides'.
		if k := g[len(g)-1].end; (c.cue.kind == alliances.Support || alongside(c.cue)) && !c.cue.passive && k+1 < len(ts) && ts[k].word == "against" {
			if j := slices.IndexFunc(ms, func(m mention) bool { return m.first > k && m.first <= k+2 }); j >= 0 {
				sides := subjects
				if alongside(c.cue) {
					sides = append(slices.Clone(subjects), g...)
				}
				for _, l := range sides {
					against = append(against, [2]*mention{l, &ms[j]})
				}
			}
		}
	case li >= 0 && symmetric:
		// "A and B have been jointly taxing": actors before the cue, joined; or the
		// sentence's subjects, where the cue qualifies what they did ("Russians,
		// Iranians, and Pakistanis lobbied the old stakeholders, often in a coordinated
		// way").
		g := group(ts, ms, li, -1)
		hostile := c.cue.kind == alliances.Hostility || c.cue.kind == alliances.Rivalry || c.cue.kind == alliances.Opposition
		if first := group(ts, ms, 0, +1); !hostile && len(g) == 1 && len(first) >= 2 && opensSentence(ts, ms[0].first) && ms[li].first > first[len(first)-1].first {
			g = first
		}
		// Fighting each other is told right after them ("A and B clashed"), not a
		// clause away ("A and B, with the approval of C, struck the town, killing 52").
		// Nor by the agents of a passive, which did it together: "killed by FSA and ISIS
		// in battles".
		if hostile && (c.first-ms[li].end > 2 || slices.ContainsFunc(ts[ms[li].end:c.first+1], func(t token) bool { return strings.Contains(t.pre, ",") }) ||
			slices.ContainsFunc(g, func(m *mention) bool { return m.first > 0 && ts[m.first-1].word == "by" })) {
			g = g[:0]
		}
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[j], g[i]})
			}
		}
		cues = append(cues, "joined before the cue")
		if c.cue.kind == alliances.Hostility && c.end < len(ts) && !c.cue.passive && determiners[ts[c.end].word] && jointSubjects(ts, g, c.first) {
			// "AQIM and Al-Mourabitoun attacked the town": they fought side by side,
			// not each other.
			c.cue.kind = alliances.Cooperation
			cues = append(cues, "together against a common target: "+ts[c.end].word+" "+strings.Join(wordsOf(ts, c.end+1, c.end+3), " "))
		}
	}
	// "Sunni groups had joined ISIL", "the National Front joined the SNA": joining a
	// group, not a fight beside it ("joined ISIL in clashes with the YPG"), is becoming
	// its member.
	if w := c.cue.words[0]; (w == "joined" || w == "join" || w == "joining") && len(c.cue.words) == 1 && ri >= 0 && ms[ri].first-c.end <= 1 &&
		!rd.nonMember(ms[ri].id) && !inAnAct(ts, ms[ri].end) {
		if li >= 0 && !shared {
			if only, n, _ := rd.title(ts, ms[li].end, c.first); only && n > 0 {
				return nil // "FSA fighters joined Nusra": some of the FSA's, not the FSA
			}
		}
		c.cue.kind = alliances.Membership
		cues = append(cues, "joined: a group, not a fight")
	}
	if c.first < len(ts) {
		end := ts[c.end-1].end
		if ri >= 0 {
			end = max(end, ts[ms[ri].end-1].end)
		}
		valid, timeCue = rd.when(d.Text[s.Start:s.End], rd.context, ts[c.first].start-s.Start, end-s.Start)
	}
	// The lists on either side stand next to the cue, by their nearest names: "A, B and
	// C sealed deals with the Taliban" is as sure for A as for C.
	near := li >= 0 && ri >= 0 && ms[li].first >= 0 && c.first-ms[li].end <= 3 && ms[ri].first-c.end <= 3
	voice := rd.voice(ts, c)
	if voice == passiveNoAgent && c.cue.kind.Directed() {
		return nil // "X was supported": by whom, the sentence does not say
	}
	var out []Proposal
	for _, pair := range pairs {
		left, right := pair[0], pair[1]
		if left.id == right.id {
			continue
		}
		if voice == passiveBy {
			left, right = right, left
		}
		if c.cue.kind == alliances.Membership && (rd.kinds[left.id] == "state" || rd.kinds[right.id] == "individual") {
			continue
		}
		cues := cues
		if left.first < 0 || right.first < 0 {
			cues = append(slices.Clone(cues), "implicit: "+rd.topic+", the paragraph's subject")
		}
		if prop, ok := rd.one(d, p, s, ts, c, left, right, slices.Clone(cues), valid, timeCue, near); ok {
			if third != nil {
				if third.id == left.id || third.id == right.id {
					continue
				}
				prop.Tie.Third = third.id
				prop.Tie.ID = proposalID(prop.Tie, p.N)
			}
			out = append(out, prop)
		}
	}
	if len(against) > 0 && voice == active {
		opposed, why := c, "against: the supported's enemy"
		opposed.cue.kind = alliances.Opposition
		if alongside(c.cue) {
			opposed.cue.kind, why = alliances.Hostility, "against: the common enemy"
		}
		for _, pair := range against {
			if prop, ok := rd.one(d, p, s, ts, opposed, pair[0], pair[1], append(slices.Clone(cues), why), valid, timeCue, false); ok && pair[0].id != pair[1].id {
				out = append(out, prop)
			}
		}
	}
	return out
}

// one makes the tie a cue states between two actors.
func (rd *Reader) one(d *Document, p Paragraph, s Span, ts []token, c cueSpan, left, right *mention, cues []string, valid, timeCue string, near bool) (Proposal, bool) {
	if c.cue.passive {
		cues = append(cues, "passive")
	}
	if _, ok := rd.has(ts, c.first-4, c.first, rd.marks["negation"]...); ok {
		return Proposal{}, false // "did not support" states no tie
	}
	if _, ok := rd.has(ts, 0, c.first, rd.marks["supposition"]...); ok {
		return Proposal{}, false // "it was assumed that they would resist": no tie held
	}
	t := alliances.Tie{Subject: left.id, Object: right.id, Kind: c.cue.kind, Status: alliances.Reported}
	confidence := 0.6
	if w, ok := rd.has(ts, 0, len(ts), rd.marks["hedge"]...); ok {
		t.Status = alliances.Alleged
		cues = append(cues, "hedge: "+w)
		confidence -= 0.1
	}
	if w, ok := rd.has(ts, c.first-3, c.first, rd.marks["end"]...); ok {
		cues = append(cues, "end: "+w)
	}
	cite := alliances.Citation{Source: rd.Source, Locator: "¶" + strconv.Itoa(p.N), Credibility: 3}
	text := d.Text[s.Start:s.End]
	if at := attribution(text); at != "" {
		cite.AttributedTo = at
		t.Status = alliances.Alleged
		cues = append(cues, "attributed to "+at)
	}
	cite.Credibility = credibilityOf(t.Status)
	lo, hi := clauseOf(ts, min(c.first, left.first, right.first), max(c.end, left.end, right.end))
	for f, words := range rd.relation(c.cue.kind).Forms {
		for _, w := range words {
			if _, ok := rd.has(ts, lo, hi, alliances.Fold(w)); ok && !slices.Contains(t.Forms, alliances.Form(f)) {
				t.Forms = append(t.Forms, alliances.Form(f))
				cues = append(cues, "form "+f+": "+w)
				break
			}
		}
	}
	slices.Sort(t.Forms)
	if level, w := rd.intensity(ts, c.first); level > 0 && alliances.SignOf(t.Kind, "") != 0 {
		t.Intensity = level
		cues = append(cues, fmt.Sprintf("intensity %d: %s", level, w))
	}
	cite.Note = "“" + strings.TrimSpace(text) + "”"
	t.Citations = []alliances.Citation{cite}
	if near || c.first-left.end <= 3 && right.first-c.end <= 3 || c.cue.passive && c.first-right.end <= 3 && left.first-c.end <= 3 ||
		slices.Contains(cues, "between") && min(left.first, right.first)-c.end <= 5 {
		confidence += 0.2 // the actors stand next to the cue ("a ceasefire was signed between A and B")
	}
	if t.Kind == alliances.Agreement {
		// An agreement needs its type, which decides its sign: the sentence's words
		// give it ("cease-fire", "defection"), or nothing does.
		if typ, w := rd.agreementType(ts); typ != "" {
			t.Type = typ
			cues = append(cues, "type "+string(typ)+": "+w)
		} else if typ, w, where := rd.contextType(d, p); typ != "" {
			t.Type = typ
			cues = append(cues, "type "+string(typ)+": "+w+" ("+where+")")
			confidence -= 0.1
		} else {
			confidence -= 0.2
		}
	}
	if left.first < 0 || right.first < 0 {
		// An actor the sentence does not name (see implicit). A relation with no agent
		// ("relations were established with X") speaks of the paragraph's subject six
		// times in seven in the annotated texts: at the default threshold. A violent
		// noun ("the clashes", "the fighting") names an event whose parties the sentence
		// need not give, wrong half the time: below it.
		confidence -= 0.1
		if t.Kind == alliances.Hostility || t.Kind == alliances.Coercion {
			confidence -= 0.05
		}
	}
	return rd.finish(d, p, s, t, cues, valid, timeCue, confidence)
}

// intensity grades a tie by the words just before its cue, within three words and no
// name (rules.yaml, intensities): "substantive support" is 3, "smaller levels of support"
// 2; the longest words found win ("very modest" over "modest").
func (rd *Reader) intensity(ts []token, cue int) (int, string) {
	best, word := 0, ""
	for level, words := range rd.rules.Intensities {
		for _, w := range words {
			ws := rd.words(w)
			for i := max(0, cue-2-len(ws)); i+len(ws) <= cue; i++ {
				if matchAt(ts, i, ws) && (len(w) > len(word) || len(w) == len(word) && level < best) {
					best, word = level, w
				}
			}
		}
	}
	return best, word
}

// agreementType reads an agreement's type from the words of its sentence (rules.yaml,
// agreement_types).
func (rd *Reader) agreementType(ts []token) (alliances.AgreementType, string) {
	for _, typ := range alliances.AgreementTypes {
		if w, ok := rd.has(ts, 0, len(ts), rd.rules.AgreementTypes[string(typ)]...); ok {
			return typ, w
		}
	}
	return "", ""
}

// contextType reads the type of an agreement whose sentence gives none from its
// paragraph, then from the paragraph before: "the first to make a deal with the Taliban
// ... Their defection was started by ...", and the deals the next paragraph goes on to
// tell. Words of a business deal ("economic", "trade") are too common to type a deal
// they do not stand beside.
func (rd *Reader) contextType(d *Document, p Paragraph) (typ alliances.AgreementType, word, where string) {
	k := slices.IndexFunc(d.Paragraphs, func(q Paragraph) bool { return q.N == p.N })
	for i, what := range []string{"in the paragraph", "in the paragraph before"} {
		if k-i < 0 {
			break
		}
		q := d.Paragraphs[k-i]
		ts := tokens(d.Text[q.Start:q.End], q.Start)
		for _, typ := range alliances.AgreementTypes {
			if typ == alliances.BusinessDeal {
				continue
			}
			if w, ok := rd.has(ts, 0, len(ts), rd.rules.AgreementTypes[string(typ)]...); ok {
				return typ, w, what
			}
		}
	}
	return "", "", ""
}

// finish dates and cites a tie the reader proposes.
func (rd *Reader) finish(d *Document, p Paragraph, s Span, t alliances.Tie, cues []string, valid, timeCue string, confidence float64) (Proposal, bool) {
	text := d.Text[s.Start:s.End]
	if len(t.Citations) == 0 {
		t.Citations = []alliances.Citation{{Source: rd.Source, Locator: "¶" + strconv.Itoa(p.N), Credibility: credibilityOf(t.Status), Note: "“" + strings.TrimSpace(text) + "”"}}
	}
	if t.Valid.IsZero() {
		if valid == "" {
			switch {
			case !rd.Date.IsZero():
				valid, timeCue = "/"+rd.Date.String(), "no time: before the document"
			case rd.latest != "":
				valid, timeCue = "/"+rd.latest, "no time: by the latest year the document names"
			default:
				return Proposal{}, false
			}
		}
		// A deal or an alliance made at a time holds from then on ("reached an
		// understanding with the Taliban in spring 2021"): dated to the time alone, it
		// would leave every network after it.
		if (t.Kind == alliances.Agreement || t.Kind == alliances.Alliance) && strings.HasPrefix(timeCue, "time:") && !strings.Contains(valid, "/") &&
			!strings.HasSuffix(timeCue, "(the paragraph's year)") { // a time the sentence gives, not the paragraph's
			valid, timeCue = valid+"/..", timeCue+", and on from then"
		}
		// "Saudi Arabia stopped supporting the Taliban in 2016": the time is the end of
		// the support, which ran to it from a start the sentence does not give.
		if strings.HasPrefix(timeCue, "time:") && !strings.Contains(valid, "/") &&
			slices.ContainsFunc(cues, func(c string) bool { return strings.HasPrefix(c, "end: ") }) {
			valid, timeCue = "/"+valid, timeCue+", its end"
		}
		iv, err := edtf.Parse(valid)
		if err != nil {
			return Proposal{}, false
		}
		t.Valid = iv
		cues = append(cues, timeCue)
	}
	t.ID = proposalID(t, p.N)
	t.Normalize()
	return Proposal{Tie: t, Paragraph: p.N, Start: s.Start, End: s.End, Quote: strings.TrimSpace(text), Cues: cues, Confidence: confidence,
		Document: d.Name}, true
}

func (rd *Reader) relation(k alliances.Kind) Relation {
	for _, r := range rd.rules.Relations {
		if r.Kind == k {
			return r
		}
	}
	return Relation{}
}

// credibilityOf is the credibility a citation gives a claim the report states: probably
// true (2) where the report says it as a fact, unconfirmed by another source; possibly
// true (3) where it is hedged or told of another (alleged). The reviewer grades it
// against the other evidence.
func credibilityOf(s alliances.Status) alliances.Credibility {
	if s == alliances.Reported {
		return 2
	}
	return 3
}

// proposalID is the id of a proposed tie: its parties, kind and paragraph, and a
// mediation's third ("x-iran-mediation-taliban-p25", "...-with-karzai-p25").
func proposalID(t alliances.Tie, paragraph int) string {
	if t.Third != "" {
		return fmt.Sprintf("x-%s-%s-%s-with-%s-p%d", t.Subject, t.Kind, t.Object, t.Third, paragraph)
	}
	return fmt.Sprintf("x-%s-%s-%s-p%d", t.Subject, t.Kind, t.Object, paragraph)
}
