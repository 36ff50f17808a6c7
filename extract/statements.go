package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/alliances-project/alliances"
)

// read reads the document once (see Read).
func (rd *Reader) read(d *Document) []Proposal {
	rd.latest, rd.named, rd.holders = "", map[string]int{}, map[string]string{}
	rd.docVoice = rd.documentVoice(d)
	text := noCitations(d.timed(0, len(d.Text)))
	for start, end := range yearsOf(text) {
		if y := text[start:end]; y > rd.latest {
			rd.latest = y
		}
	}
	// The century of a year written short ("'54"): the document's, else the latest year
	// the text names in full.
	rd.shortBase, _ = strconv.Atoi(yearOf(rd.Date.String()))
	if rd.shortBase == 0 {
		rd.shortBase, _ = strconv.Atoi(strings.TrimSuffix(rd.latest, "s"))
	}
	rd.yearsShort = dayMonthYearRE.MatchString(text) // "6 Mar 18": then "Jul 13" is July 2013
	if plain := rd.fullDates(text); plain != text {
		for start, end := range yearsOf(plain) {
			if y := plain[start:end]; y > rd.latest {
				rd.latest = y
			}
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
				surer := prop.Confidence > out[i].Confidence || prop.Confidence == out[i].Confidence && prop.Tie.Role == alliances.Leader && out[i].Tie.Role != alliances.Leader
				if surer && prop.Paragraph == out[i].Paragraph && (prop.Start == out[i].Start || out[i].Confidence < 0.5 && prop.Confidence >= 0.5) {
					// The same sentence read surer, as the head, or stating what one before set near.
					out[i] = prop
				} else if out[i].Tie.Rank == 0 && prop.Tie.Rank > 0 {
					// "By 2021, Russia was the third-largest source of support": the rank a
					// later sentence gives the tie the paragraph told, and why.
					out[i].Tie.Rank = prop.Tie.Rank
					out[i].Cues = append(out[i].Cues, fmt.Sprintf("rank %d: %s", prop.Tie.Rank, prop.Quote))
				}
				continue
			}
			// "... engineering relationships between the Taliban and old stakeholders,
			// such as Jami'at ... Russians, Iranians, and Pakistanis ... mediated between
			// them and the Taliban": the talks read of a mediation with one party unnamed
			// are the mediations the paragraph told already.
			if prop.Tie.Kind == alliances.Negotiation && slices.ContainsFunc(prop.Cues, func(c string) bool { return strings.HasPrefix(c, unnamedMediation) }) &&
				slices.ContainsFunc(out, func(o Proposal) bool {
					return o.Paragraph == prop.Paragraph && o.Tie.Kind == alliances.Mediation && o.Tie.Subject == prop.Tie.Subject &&
						(o.Tie.Object == prop.Tie.Object || o.Tie.Third == prop.Tie.Object)
				}) {
				continue
			}
			seen[key] = len(out)
			out = append(out, prop)
			rd.noteFacing(prop)
		}
	}
	named := map[string]bool{} // the memberships names give, proposed once
	heading, after := "", 0    // the year of the headings over the paragraph ("### 2013")
	dateline := ""             // the year of the dated line over the paragraph, no paragraph itself
	var headingYears [7]string // the year each level of heading over the paragraph names
	scanned := 0               // how far the text is read for its latest year
	rd.textYear, rd.dealt, rd.narrative, rd.warring, rd.recent, rd.facing, rd.helped = "", "", "", [2]string{}, nil, [2]string{}, ""
	rd.titleYear = titleYear(d.Text)
	rd.nameWordsOnly = soleNames(d.Text)
	rd.spokenFor, rd.ourSide, rd.interviewee, rd.answering, rd.dateline = "", "", "", false, ""
	rd.profile = rd.profileTopic(d)
	main := rd.mainState(d)
	rd.offices, rd.leads, rd.acts, rd.section, rd.sectionOrg, rd.called, rd.ledFrom, rd.placed = map[string]string{}, map[string]string{}, map[string]string{}, "", "", map[string]map[string]bool{}, map[string]string{}, map[string]string{}
	var sections [7]string                // the state each level of heading over the paragraph is about
	var carry struct{ valid, cue string } // the latest time a sentence gave: "on the same day" at a paragraph's head is the one before's
	monthYear := ""                       // the year of the latest date with its month a sentence gave, for the sentences after
	for _, p := range d.Paragraphs {
		if rd.upTo > 0 && p.N > rd.upTo {
			break // read again only so far (Read)
		}
		for _, line := range strings.Split(d.timed(after, p.Start), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				heading = headingYear(headingYears[:], rd.fullDates(line)) // "### A4. 1920 Revolution Brigades" names no year
				rd.section, dateline, rd.dateline = rd.sectionState(sections[:], line), "", ""
			} else if date := cmp.Or(dayLine(line, rd.shortBase), datelineDate(rd.fullDates(line))); date != "" && (after > 0 || pastTitle(d.Text, line)) {
				// "Answered by Mr Richard Haswell, 19 March 2018:", "SITREP 5 – 011200Z MAY 65"
				dateline, rd.narrative, rd.dateline, rd.itemDated = date[:4], date[:4], date, itemLineRE.MatchString(line) || dayLine(line, rd.shortBase) != ""
			} else if capsHeading(line) && (after > 0 || pastTitle(d.Text, line)) {
				// "THE 1998 EDITION", "--- 2005 ---": a heading in capitals that names a year
				heading = headingYear(headingYears[:], "# "+headingYearOnly(line))
				dateline, rd.dateline = "", ""
			} else if rd.stateHeading(line) && (after > 0 || pastTitle(d.Text, line)) {
				rd.section = rd.sectionState(sections[:], "## "+line) // a yearbook's "ETHIOPIA": the entry's state
			}
		}
		if head, _, more := strings.Cut(d.Text[p.Start:p.End], "\n"); more {
			if date := rd.capsDateline(head); date != "" {
				// "REEL 65/69. RELEASE THURS. 2 SEPT. 1965." over a newsreel item's title card
				// and shot list: the item's date, as a dated line between paragraphs gives.
				dateline, rd.narrative, rd.dateline, rd.itemDated = date[:4], date[:4], date, itemLineRE.MatchString(head)
			}
		}
		after = p.End
		rd.speakerTurn(d, p)
		if len(p.Sentences) == 0 {
			emit(rd.readTable(d, p))   // a table's cells: the lists of belligerents it gives
			emit(rd.readInfobox(d, p)) // an infobox's combatants and commanders
			continue
		}
		rd.textYear, monthYear = cmp.Or(monthYear, rd.textYear), ""
		if y := rd.lastYear(d.timed(scanned, p.Start)); y != "" {
			rd.textYear = y // the year the text named last, read once
		}
		scanned = p.Start
		// The latest year the paragraph, or the dateline or heading over it, names.
		dates := rd.fullDates(d.timed(p.Start, p.End)) // the paragraph with its dates written in full, read once
		context := rd.entryContext(cmp.Or(dateline, heading), lastYear(dates))
		previous := rd.sectionOrg // "### A2. Ansar al-Sunna", then "It has attacked": the section's organization
		var named0 []string       // the actors the sentence before named
		rd.paraYear, rd.lookback, rd.paragraph, rd.told = firstYear(dates), "", p.N, ""
		rd.entry = rd.entryDate(d.timed(p.Start, p.End))
		if context != "" {
			rd.paraYear = ""
		}
		// The paragraph's sentences, read once: whether it looks back is the whole paragraph's.
		sentences := make([][]token, len(p.Sentences))
		for i, s := range p.Sentences {
			sentences[i] = tokens(d.Text[s.Start:s.End], s.Start)
			if i == 0 {
				rd.country = rd.openingState(sentences[0], main) // "In Niger the rebellion ...": its government and army
			}
			if w, ok := rd.lookingBack(sentences[i]); ok && rd.lookback == "" {
				rd.lookback = w
			}
		}
		rd.topic, rd.examples, rd.itWas, rd.himWas, rd.subjects, rd.unnamed, rd.themElse, rd.lastSubject, rd.entryHead = "", nil, "", "", rd.subjects[:0], false, false, lastOf(rd.subjects), ""
		var before []told // the sentences a claim of an attack may speak of
		inList := false
		for si, s := range p.Sentences {
			rd.before, rd.textYear, monthYear = carry, cmp.Or(monthYear, rd.textYear), ""
			text := d.timed(s.Start, s.End)
			ts := sentences[si]
			item := listItem(strings.TrimLeft(text, " \t\n"))
			if item {
				// A new item of a list, a day of a timeline: no pronoun reaches back
				// into the item before.
				previous, named0, rd.topic, rd.examples, rd.they, rd.itWas, rd.listed, rd.subjects = rd.sectionOrg, named0[:0], "", nil, nil, "", nil, rd.subjects[:0]
				rd.unnamed = false
			}
			rd.context = context // for the mentions too: "Talabani's forces" in October of the paragraph's 1997
			ms := rd.withoutThings(ts, withoutInterviewers(ts, rd.listedAgain(ts, rd.statesOwnBodies(ts, rd.mentionsAfter(ts, previous, named0)))))
			ts, ms = rd.detached(ts, ms)
			if si == 0 {
				ts = rd.glossed(ts, ms) // "MNLF: Moro National Liberation Front, led by Nur Misuari"
			}
			rd.itWas, rd.himWas, rd.listed, rd.themElse, rd.singular = pronounStood(ts, ms, "it"), pronounStood(ts, ms, "him"), rd.listOf(ts, ms), themUnnamed(ts, ms), rd.singularStates(ts, ms)
			deniedNext(out, before, ts, ms) // "Saleh told MPs that Iran and Libya are funding the rebels. Tehran denies."
			if rd.ourSide == "" {
				rd.ourSide = rd.ownSide(ts, ms)
			}
			if si == 0 {
				// "KHARTOUM, Sudan — The RSF attacked ...": a dateline's place is no party.
				dl := datelineEnd(ts)
				ms = slices.DeleteFunc(ms, func(m mention) bool { return m.first < dl })
				var speakers []Proposal // "Mr. BHUTTO (Pakistan):": the speaker's state, no party of what he says
				speakers, ms = rd.labelled(d, p, s, ts, ms)
				emit(speakers)
			}
			// "Blundell had led the settlers. ... he sided with Macleod": "he" is the man
			// the reader does not know until a sentence names one it knows.
			if rd.unknownNameSubject(ts, ms, len(ts)) {
				rd.unnamed = true
			} else if slices.ContainsFunc(ms, func(m mention) bool { return rd.kinds[m.id] == "individual" }) {
				rd.unnamed = false
			}
			rd.said = previous
			for _, m := range ms {
				rd.recent = append(slices.DeleteFunc(rd.recent, func(id string) bool { return id == m.id }), m.id)
			}
			named0 = named0[:0]
			for _, m := range ms {
				if (rd.kinds[m.id] != "individual" || !rd.officerOf(ts, m)) && !inAside(ts, m) {
					named0 = append(named0, m.id)
				}
			}
			rd.they = rd.they[:0]
			if len(ms) > 0 {
				if g := group(ts, ms, subject(ts, ms), +1); len(g) >= 2 && opensSentence(ts, g[0].first) {
					for _, m := range g {
						rd.they = append(rd.they, m.id) // "A and B were partners. Together they ..."
					}
				}
				previous = ms[subject(ts, ms)].id // the sentence's subject
				rd.subjects = append(rd.subjects, previous)
				if rd.topic == "" {
					rd.topic = previous
				}
			}
			valid, timeCue := rd.when(text, context, -1, -1)
			// What the next sentence dates by this one ("at that point"): a time the
			// sentence gives, not a year the text only fell back on ("the year the text named last").
			if strings.HasPrefix(timeCue, "time:") && !strings.Contains(timeCue, "(the paragraph's year)") &&
				!strings.Contains(timeCue, "the year the text named last") && !strings.Contains(timeCue, "the year the paragraph names after") {
				carry.valid, carry.cue = valid, timeCue
				if len(valid) >= 7 && valid[4] == '-' && valid[0] != '/' {
					rd.narrative, rd.told, monthYear = valid[:7], valid[:4], valid[:4] // a date with its month: the year and month the story is at
				}
			}
			if y := rd.lastYear(text); y != "" {
				context, rd.paraYear = y, ""
			}
			switch {
			case item:
				before, inList = before[:0], true // a new item of a list: a day of a timeline
			case !inList && len(before) > 1:
				before = before[len(before)-1:] // in prose, the sentence before
			}
			if asked(text) || askedWhat(ts) || styleBan(ts) || retracted(d, ts) {
				continue // "Was NATO coordinating with the KLA?", "Do not call him a former FLNC member", "We said ...": no tie
			}
			claims := rd.claimed(d, p, s, ts, ms, before)
			before = append(before, told{s, ts, ms, valid, timeCue})
			// "In Mali" is a place to the mentions: men deployed there are read on their own.
			claims = append(claims, rd.deployedIn(d, p, s, ts, ms, valid, timeCue)...)
			claims = append(claims, rd.opposedSides(d, p, s, ts, ms, valid, timeCue)...)
			claims = append(claims, rd.frontedParticiple(d, p, s, ts, ms, valid, timeCue)...)
			claims = append(claims, rd.frontedPressure(d, p, s, ts, ms, valid, timeCue)...)
			claims = append(claims, rd.pressured(d, p, s, ts, ms, valid, timeCue)...)
			claims = append(claims, rd.voiced(d, p, s, ts, ms, valid, timeCue)...)
			claims = append(claims, rd.pairApposed(d, p, s, ts, ms, valid, timeCue)...)
			// "Ansar Dine was a Tuareg-dominated group": the people of a compound are no mention.
			claims = append(claims, rd.qualifiedGroups(d, p, s, ts, ms, valid, timeCue)...)
			if len(ms) == 0 || len(ms) == 1 && (rd.topic == "" || rd.topic == ms[0].id) {
				// "the Islamic State in the Greater Sahara attacked ...": what its name
				// says, where it is the sentence's only name.
				claims = append(claims, rd.nameTies(d, p, s, ms, named, valid, timeCue)...)
				claims = append(claims, rd.governments(d, p, s, ts, ms, valid, timeCue)...)
				claims = append(claims, rd.condemnedActs(d, p, s, ts, ms, nil, valid, timeCue)...)
				emit(append(claims, rd.posts(d, p, s, ts, ms, valid, timeCue)...))
				continue
			}
			found, ms := rd.compounds(d, p, s, ts, ms, valid, timeCue)
			heads := rd.withoutNationals(ts, rd.unaddressed(ts, withoutMakers(ts, withoutTellers(ts, rd.phraseHeads(ts, ms)))))
			spans := rd.cueSpans(ts, heads)
			clause, clauseSpans := mainClause(ts, withoutUnder(ts, heads), spans)
			for _, c := range append(slices.Clip(clauseSpans), gappedFroms(ts, clause, clauseSpans)...) {
				found = append(found, rd.propose(d, p, s, ts, clause, c, clauseSpans, valid, timeCue)...)
			}
			found = append(found, rd.leaders(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.governments(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.parentBodies(d, p, s, ts, ms)...)
			found = append(found, rd.ownPosts(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.posts(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.contingents(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.underActor(d, p, s, ts, heads, valid, timeCue)...)
			found = append(found, rd.possessedList(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.possessedIts(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.possessedSource(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.cameFrom(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.withHelp(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.receivedHelp(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.possessedSide(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.actedFor(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.ledOutOf(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.jointOperations(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.jointMoves(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.killedIn(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.possessedAllies(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.heldList(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.partsIncluding(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.colonList(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.fields(d, p, s, ts, ms, si == 0)...)
			found = append(found, rd.statesInBrackets(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.statesApposed(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.convened(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.meetingDeals(d, p, s, ts, heads, spans, valid, timeCue)...)
			found = append(found, rd.nameTies(d, p, s, ms, named, valid, timeCue)...)
			found = append(found, rd.nearby(d, p, s, ts, heads, spans, found, valid, timeCue)...)
			found = append(found, rd.exemplified(d, p, s, ts, ms, found, valid, timeCue)...)
			found = append(found, rd.joinedAttack(d, p, s, ts, heads, found, valid, timeCue)...)
			found = append(found, rd.causedHarm(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.formerNames(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.possessedCommand(d, p, s, ts, ms, valid, timeCue)...)
			found = append(found, rd.condemnedActs(d, p, s, ts, heads, found, valid, timeCue)...)
			found = rd.edgeRead(d, p, s, ts, heads, spans, found, valid, timeCue)
			found = rd.withoutOwnPosts(found)
			for _, prop := range found {
				if prop.Tie.Kind == alliances.Agreement && prop.Confidence >= 0.5 {
					rd.dealt, rd.dealtIn = prop.Tie.Object, p.N // whom the deals told were made with
				}
			}
			rd.noteLeaders(found)
			emit(append(found, claims...))
		}
	}
	return out
}

// propose makes the ties a cue states between the actors around it: those before it (by
// "and") with those after, or, for a symmetric kind with none after, with each other.
func (rd *Reader) propose(d *Document, p Paragraph, s Span, ts []token, ms []mention, c cueSpan, spans []cueSpan, valid, timeCue string) []Proposal {
	if rd.noAct(ts, c) || unnamedAgent(ts, ms, c) {
		return nil
	}
	for k := c.first; k < c.end; k++ {
		if rd.convenings[ts[k].word] {
			if agents, _, _ := rd.convening(ts, ms, k); len(agents) > 0 {
				return nil // "talks between A and B hosted by Germany", "under the patronage of": a mediation (convened), no help
			}
		}
	}
	if rd.brokeredDeal(ts, ms, c) {
		return nil // "Qatar and Libya brokered yet another deal": no deal of theirs, but the two's (convened)
	}
	if first, last, ok := frontedHelp(ts, ms, c); ok {
		// "With the help of a French detachment, the Malian army pushed the jihadists
		// out": the help of the one named after the cue, given to the clause's subject.
		st := statement{c: c, ms: ms, li: -1, ri: last + 1, spans: spans,
			why: []string{"cue: " + c.cue.text, "fronted: of the subject after the comma"}}
		for _, m := range group(ts, ms, last+1, +1) {
			for a := first; a <= last; a++ {
				st.pairs = append(st.pairs, [2]*mention{m, &ms[a]})
			}
		}
		return rd.proposals(d, p, s, ts, &st, valid, timeCue)
	}
	if giver, receiver, ok := givenTo(ts, ms, c); ok {
		// "Egypt has given Burhan steady political support": the one given it sits
		// between the verb and the noun.
		st := statement{c: c, ms: ms, li: giver, ri: receiver, spans: spans,
			why:   []string{"cue: " + c.cue.text, "given to the one after the verb: " + ts[ms[receiver].first-1].word},
			pairs: [][2]*mention{{&ms[giver], &ms[receiver]}}}
		return rd.proposals(d, p, s, ts, &st, valid, timeCue)
	}
	if body, first, ok := rd.statesOfAt(ts, ms, c.first); ok && c.cue.text == "of" {
		// "The Contact Group of the United States, Russia, Britain, ...": each a member.
		of := c
		of.cue.passive, of.cue.text = false, "members of" // each member the subject, the body the object
		st := statement{c: of, ms: ms, li: body, ri: first, spans: spans, why: []string{"cue: of", "the states after a coalition's name"}}
		for _, m := range group(ts, ms, first, +1) {
			st.pairs = append(st.pairs, [2]*mention{m, &ms[body]})
		}
		return rd.proposals(d, p, s, ts, &st, valid, timeCue)
	}
	if named, obj, ok := selfNamed(ts, ms, c); ok {
		// "a splinter group of Ansar al-Dine, calling itself the Islamic Movement for
		// Azawad": the group the cue tells of is the one it names after.
		st := statement{c: c, ms: ms, li: -1, ri: obj, spans: spans,
			why:   []string{"cue: " + c.cue.text, "the subject named after the object: " + ts[ms[obj].end].word + " " + ts[ms[obj].end+1].word},
			pairs: [][2]*mention{{&ms[named], &ms[obj]}}}
		return rd.proposals(d, p, s, ts, &st, valid, timeCue)
	}
	if object, subjects := copulaList(ts, ms, c); len(subjects) > 0 {
		// "The major parties supporting the Assad government are Russia, Iran and
		// Hezbollah": the list after the copula gives the support.
		return rd.listedTo(d, p, s, ts, ms, spans, c, object, "listed: the subjects after "+ts[ms[object].end].word, valid, timeCue)
	}
	st, ok := rd.parties(d, ts, ms, c, spans)
	if !ok || !rd.pairUp(d, ts, &st) {
		return nil
	}
	rd.apposedVictims(ts, &st)
	return rd.proposals(d, p, s, ts, &st, valid, timeCue)
}

// proposals makes the statement's ties: dated by the words nearest the cue, in the
// cue's voice, each with the words that led to it.
func (rd *Reader) proposals(d *Document, p Paragraph, s Span, ts []token, st *statement, valid, timeCue string) []Proposal {
	c, ms, li, ri, cues, pairs, against, third := st.c, st.ms, st.li, st.ri, st.why, st.pairs, st.against, st.third
	if c.first < len(ts) {
		end := ts[c.end-1].end
		if ri >= 0 {
			end = max(end, ts[ms[ri].end-1].end)
		}
		var others []int
		for _, o := range st.spans {
			if o.first != c.first {
				others = append(others, ts[o.first].start-s.Start)
			}
		}
		valid, timeCue = rd.when(d.timed(s.Start, s.End), rd.context, ts[c.first].start-s.Start, end-s.Start, others...)
	}
	// The lists on either side stand next to the cue, by their nearest names: "A, B and
	// C sealed deals with the Taliban" is as sure for A as for C.
	near := li >= 0 && ri >= 0 && ms[li].first >= 0 && c.first-pastAside(ts, ms[li], c.first) <= 3 && ms[ri].first-c.end <= 3 || st.listed
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
		if after := right; after.first > c.end && othersClause(ts, ms, c.end, after.first) {
			continue // "let Ugandan rebel movements fighting Museveni's government operate"; "hunted by soldiers whom"
		}
		if voice == passiveBy {
			left, right = right, left
		}
		// "a French soldier was killed in a mortar attack on the Barkhane camp": with no
		// agent, the one killed and the place attacked are both its victims ("in clashes
		// with Turkish forces", "in a jihadist attack" name the other side).
		if c.cue.kind == alliances.Hostility && left.first >= 0 && left.end <= c.first && right.first > c.end && targetBefore(ts, right.first) &&
			(voice == passiveNoAgent || sufferedBetween(ts, left.end, c.first)) {
			continue
		}
		if rd.notParties(ts, c, voice, left, right) {
			continue
		}
		c, ok := rd.between(c, left, right)
		if !ok {
			continue
		}
		cues := cues
		if left.first < 0 || right.first < 0 {
			cues = append(slices.Clone(cues), "implicit: "+rd.topic+", the paragraph's subject")
		}
		if prop, ok := rd.one(d, p, s, ts, c, left, right, slices.Clone(cues), valid, timeCue, near); ok {
			if third == nil {
				out = append(out, prop)
				continue
			}
			out = append(out, withThirds(prop, p.N, append([]*mention{third}, st.more...), left.id, right.id)...)
		}
	}
	if len(st.allied) > 0 && voice == active {
		joint := c
		joint.cue.kind = alliances.Cooperation
		for _, pair := range st.allied {
			if prop, ok := rd.one(d, p, s, ts, joint, pair[0], pair[1], append(slices.Clone(cues), "together against a common enemy"), valid, timeCue, false); ok {
				out = append(out, prop)
			}
		}
	}
	if voice == passiveBy && c.cue.kind == alliances.Hostility {
		out = append(out, rd.jointAgents(d, p, s, ts, c, pairs, cues, valid, timeCue)...)
	}
	if len(against) > 0 && voice == active {
		opposed, why := c, "against: the supported's enemy"
		if c.cue.kind == alliances.Alliance {
			why = "against: the allies' common enemy"
		}
		opposed.cue.kind = alliances.Opposition
		if alongside(c.cue) || fightsFor(c.cue) || c.cue.kind == alliances.Cooperation {
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

// stateHeading reports whether a line between paragraphs is a heading in capitals that is a
// state's name alone: a yearbook's "ERITREA" and "ETHIOPIA" (eritrea-1998), whose entries'
// posts without a state are that state's, as under a Markdown heading's name.
func (rd *Reader) stateHeading(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > 40 || strings.ContainsFunc(t, unicode.IsLower) || strings.ContainsFunc(t, unicode.IsDigit) {
		return false
	}
	ws := strings.Fields(alliances.Fold(t))
	for i, w := range ws {
		ws[i] = spelling(w)
	}
	id, ok := rd.names[strings.Join(ws, " ")]
	return ok && rd.kinds[id] == "state"
}
