package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// pairUp pairs the parties of a statement as its cue ties them: the lists on either
// side, a mediation's two, the agent after "by", "between A and B", each other.
func (rd *Reader) pairUp(d *Document, ts []token, st *statement) bool {
	c, ms, li, ri, shared, cues := st.c, st.ms, st.li, st.ri, st.shared, st.why
	symmetric := !c.cue.kind.Directed()
	// "Russia and Iran brokered talks between the two sides": the mediators are no
	// parties to the talks, nor are the sides, where they are read back as the mediators.
	if c.cue.kind == alliances.Negotiation && c.first > 0 && brokering[ts[c.first-1].word] {
		if ri >= 0 && slices.ContainsFunc(ms, func(m mention) bool { return m.end <= c.first && m.id == ms[ri].id }) {
			return false
		}
		li = -1
	}
	// "the JEM of Finance Minister Gibril Ibrahim helped set up a joint force", "the RSF
	// under Hemedti tightened its siege": the organization a leader is named after acts,
	// and forms what it forms.
	if (c.cue.kind != alliances.Membership || formingCues[c.cue.text]) && rd.namedLeader(ts, ms, li, c.first) {
		li--
		st.li = li
		shared = shared || c.cue.kind == alliances.Membership // the leader's words stand between
	}
	li = comitativeSubject(ts, ms, li, c)
	st.li = li
	if ri >= 0 && (otherClauses(ts, ms, ri, c) || c.cue.kind == alliances.Hostility && helpedPurpose(ts, ms, ri, c) || purposeObject(ts, ms, ri, c)) {
		ri = -1
	}
	// "the two held talks mediated by Saudi Arabia": the mediator named after the talks
	// is no party to them.
	if (c.cue.kind == alliances.Negotiation || c.cue.kind == alliances.Agreement) && ri >= 0 && ms[ri].first >= c.end+2 && ms[ri].first <= c.end+6 {
		for k := c.end; k+1 < ms[ri].first; k++ {
			if brokering[ts[k].word] && ts[k+1].word == "by" {
				ri = -1
				break
			}
		}
	}
	// "fighting against rebels on the ground and running operations in coordination with
	// the army": a cue's object that is a side no actor the reader knows, right after it,
	// is what it names, not a name further on.
	if last := c.cue.words[len(c.cue.words)-1]; ri >= 0 && c.end < len(ts) && ms[ri].first > c.end && (last == "against" || last == "on") {
		k := c.end // "turned his army on the civilians of Kigali"
		if determiners[ts[k].word] && k+1 < ms[ri].first {
			k++
		}
		if civilians[ts[k].word] || slices.Contains(rd.rules.Collectives, ts[k].word) {
			ri = -1
		}
	}
	between := c.cue.words[len(c.cue.words)-1] == "between" || strings.HasSuffix(c.cue.text, "jointly by") // "connections between A and B", "claimed jointly by A and B"
	for i := c.end; i < min(c.end+5, len(ts)); i++ {
		between = between || ts[i].word == "between" // "clashes in the area between"
	}
	// "A ceasefire was agreed upon on 20 February 2015 between A and B": further, past a
	// verb and a date, where no name and no comma stands before it.
	for i := c.end + 5; !between && i < min(c.end+11, len(ts)) && (!strings.ContainsAny(ts[i].pre, ",;:()") || dateComma(ts, i)); i++ {
		if ts[i].word == "between" {
			between = ri >= 0 && ms[ri].first > i
			break
		}
	}
	// "Sihanouk and Hun Sen first met in December 1987 at Fère-en-Tardenois, outside
	// Paris": two who meet where no one is named right after the verb meet each other, not
	// the place's state named further on.
	if w := c.cue.words[0]; (w == "met" || w == "meets") && len(c.cue.words) == 1 && !c.cue.passive && li >= 0 && ri >= 0 && c.end < len(ts) &&
		meetPlaces[ts[c.end].word] && ms[ri].first > c.end && len(group(ts, ms, li, -1)) >= 2 && onlyAdverbs(ts, ms[li].end, c.first) ||
		ri >= 0 && ms[ri].first > c.end+1 && discussedTogether(ts, ms, li, c) {
		ri = -1
	}
	// "refused to recognise the accords signed by Habyarimana", "refused to recognise that
	// ...", "the Kulobi and Leninobodi notables refused to recognise it": a refusal is of the
	// one named right after it, or of none (not of each other).
	if w := c.cue.words[0]; len(c.cue.words) > 1 && (strings.HasPrefix(w, "refus") || w == "rejected") && !c.cue.passive &&
		(ri < 0 || ms[ri].first > c.end+1 || ms[ri].first == c.end+1 && !determiners[ts[c.end].word] ||
			ms[ri].end < len(ts) && !ts[ms[ri].end].upper && nounLike(ts[ms[ri].end]) && !governmentHeads[ts[ms[ri].end].word]) { // "the Arusha accords", not "the Taliban government"
		return false
	}
	var pairs, against, allied [][2]*mention
	var third *mention
	var more []*mention // a mediation's other thirds: the examples of an unnamed party
	// "the genocide of Yazidis by ISIL": the target after the noun, its agent after "by".
	byAgent := false
	// So does "aid provided to Iraq by Russia": a participle of giving after a noun, its
	// receiver after "to" (not "Iran armed the Taliban by sending", the verb its subject's).
	given := c.cue.kind == alliances.Support && strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") && c.end < len(ts) && ts[c.end].word == "to" &&
		c.first > 0 && !ts[c.first-1].upper && !auxiliaries[ts[c.first-1].word] && !adverb(ts[c.first-1].word) && (li < 0 || ms[li].end < c.first-1)
	if !c.cue.passive && ri >= 0 && ri+1 < len(ms) && (ms[ri].first-c.end <= 1 || given && ms[ri].first-c.end == 2 && determiners[ts[c.end+1].word]) &&
		ms[ri+1].first-ms[ri].end <= 3 && (given || !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed")) {
		for k := ms[ri].end; k < ms[ri+1].first && !auxiliaries[ts[k].word]; k++ {
			// "of Yazidis by ISIL"; not "by way of Chad", nor "turning on them, was led by"
			byAgent = byAgent || ts[k].word == "by" && (k+1 >= len(ts) || !byMeans[ts[k+1].word])
			// "military support to the opposition from Persian Gulf states"
			// but not "Pakistan shifted its support to the Taliban from Hekmatyar": an
			// actor before the cue, or a possessive, is the supporter (one far before, past
			// a comma, is another's: "reports of Iranian support, partly in response to
			// support to the opposition from Gulf states").
			byAgent = byAgent || ts[k].word == "from" && c.cue.kind == alliances.Support && len(c.cue.words) > 1 && k == ms[ri].end &&
				(li < 0 || c.first-ms[li].end > 3 && strings.ContainsAny(d.Text[ts[ms[li].end-1].end:ts[c.first].start], ",;")) && (c.first == 0 || !possessives[ts[c.first-1].word])
		}
	}
	// "Ansar Dine, MOJWA, and the MNLA found themselves in conflict with each other": a
	// reciprocal ties every pair of the list before it.
	eachOther := li >= 0 && c.end+1 < len(ts) && (matchAt(ts, c.end, []string{"each", "other"}) || matchAt(ts, c.end, []string{"one", "another"}))
	reciprocal := symmetric && eachOther
	// "set up by Russia, Iran, Iraq and Syria to coordinate their operations": their own,
	// together; what follows is no partner ("... against IS").
	theirs := !reciprocal && c.cue.kind == alliances.Cooperation && li >= 0 && c.end < len(ts) && ts[c.end].word == "their" && !strings.ContainsAny(ts[c.first].pre, ",;:")
	reciprocal = reciprocal || theirs
	// "Nouri and Erdimi blamed each other", "the two ministers traded blame": a directed
	// tie both ways between every pair of the list before it.
	traded := c.cue.kind == alliances.Opposition && len(c.cue.words) >= 2 && (c.cue.words[0] == "traded" || c.cue.words[0] == "exchanged")
	bothWays := !symmetric && li >= 0 && (eachOther || traded && (ri < 0 || c.end >= len(ts) || ts[c.end].word != "with"))
	each := !symmetric && eachTheOther(ts, c.first, c.end)
	// "former co-belligerents Ansar Dine, MOJWA, and the MNLA", "the allies Turkey and
	// Qatar": a plural noun of partners names the pairs of the list right after it.
	partnersListed := symmetric && li < 0 && ri >= 0 && ms[ri].first-c.end <= 1 && len(c.cue.words) <= 2 && strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "s") &&
		c.cue.kind != alliances.Hostility && len(group(ts, ms, ri, +1)) >= 2
	switch {
	case (c.cue.kind == alliances.Agreement || c.cue.kind == alliances.Negotiation) && ri >= 0 && ri+1 < len(ms) && ms[ri+1].first == ms[ri].first && ms[ri+1].end == ms[ri].end && c.cue.words[0] != "sent" &&
		!slices.ContainsFunc(ts[ms[ri].end:min(ms[ri].end+8, len(ts))], func(t token) bool { return t.word == "with" }):
		// (not "an agreement that both generals signed with the FFC": the FFC's)
		// "announced a truce, which both governments accepted": the two a phrase names
		// are the deal's parties, with each other.
		pairs = append(pairs, [2]*mention{&ms[ri], &ms[ri+1]})
		cues = append(cues, "the two the phrase names")
	case (bothWays || each) && len(lastPair(ts, ms, c.first)) >= 2:
		g := lastPair(ts, ms, c.first)
		for i := range g {
			for j := range g {
				if i != j {
					pairs = append(pairs, [2]*mention{g[j], g[i]})
				}
			}
		}
		why := "each other: both ways between every pair of the list"
		if each {
			why = "each the other: both ways between the pair named last" // "each side blaming the other"
		}
		cues = append(cues, why)
	case traded && li >= 0 && ri >= 0 && c.end < len(ts) && ts[c.end].word == "with" && ms[ri].first == c.end+1:
		// "Nouri traded blame with Erdimi": each with the other.
		for _, l := range group(ts, ms, li, -1) {
			for _, r := range group(ts, ms, ri, +1) {
				pairs = append(pairs, [2]*mention{l, r}, [2]*mention{r, l})
			}
		}
		cues = append(cues, "traded with: both ways")
	case reciprocal && len(group(ts, ms, li, -1)) >= 2:
		g := group(ts, ms, li, -1)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[j], g[i]})
			}
		}
		if ri >= 0 && !theirs { // "with each other as well as the populace"
			for _, r := range group(ts, ms, ri, +1) {
				for _, l := range g {
					pairs = append(pairs, [2]*mention{l, r})
				}
			}
		}
		if theirs {
			cues = append(cues, "their own together: every pair of the list")
		} else {
			cues = append(cues, "with each other: every pair of the list")
		}
	case partnersListed:
		g := group(ts, ms, ri, +1)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[i], g[j]})
			}
		}
		cues = append(cues, "the list the noun names")
	case byAgent:
		agent := &ms[ri+1]
		if ri+2 < len(ms) && (rd.possessorOfNamed(ts, ms[ri+1], ms[ri+2]) || kinNamed(ts, ms[ri+1], ms[ri+2]) && rd.kinds[ms[ri+2].id] == "individual") {
			agent = &ms[ri+2] // "a visit to N'Djamena by Bashir's adviser Ghazi Salaheddin", "by Bashir's son-in-law, Ahmed Haroun"
		}
		if agent == &ms[ri+1] && ownedOther(ts, ms[ri+1]) {
			return false // "by Bashir's son-in-law" unnamed: not Bashir's act
		}
		pairs = append(pairs, [2]*mention{agent, &ms[ri]})
		cues = append(cues, "agent after by")
	case c.cue.kind == alliances.Membership:
		// "X, a member of Y", "Y, led by X": the actors next to the cue only, and no
		// state a member. "A Taliban commander defected to ISKP", "FSA fighters joined
		// Nusra": people of the group, not the group.
		described := c.cue.passive && li >= 0 && describedBy(ts, ms, li, c.first) || li >= 0 && c.cue.text == "under" && formedUnder(ts, ms, ms[li], c.first) ||
			li >= 0 && rd.apposedWho(ts, ms[li], c)
		if li < 0 || ri < 0 || !shared && c.first-pastAside(ts, ms[li], c.first) > 3 && !described && !describing(ts, ms[li].end, c.first) || ms[ri].first-c.end > 2 && c.cue.text != "of" && c.cue.text != "under" && !(ownApposed(ts, c.end) && ms[ri].first-c.end <= 5) && !qualifiersOnly(ts, c.end, ms[ri].first) && !(c.cue.passive && rd.describedHolder(ts, c.end, ms[ri].first)) {
			return false // (after "of" and "under", the words of a post: "of the former president X")
		}
		if !shared && !described && addressedPost(ts, ms[li].end, c.first) {
			return false // "met with the commander of Ahrar al-Sham", "wrote to the brother commander of": another's post
		}
		if k := ms[li].first - 1; rd.kinds[ms[li].id] == "state" && k >= 0 && (placedIn[ts[k].word] || k > 0 && ts[k].word == "of" && cityParts[ts[k-1].word]) {
			return false // "sent its troops to go to Iraq as part of the coalition", "the Christian quarters of Beirut, led by": a place, no member
		}
		if c.cue.text == "was the creation of" && ms[li].end != c.first {
			return false // "émigrés in Germany, it was the creation of the LPK": the name right before it only
		}
		if (c.cue.text == "who took over" || c.cue.text == "who had taken over") && rd.kinds[ms[ri].id] == "state" {
			return false // "the AFDL, who had taken over Kinshasa": a city, no body led
		}
		if c.cue.passive && c.first > 0 && ts[c.first-1].word == "and" && ms[li].first > 0 && (ts[ms[li].first-1].word == "by" || ms[li].first > 1 && ts[ms[li].first-2].word == "by") {
			return false // "talks hosted by Ethiopia and led by the AU": the talks', not Ethiopia's
		}
		if only, n, _ := rd.title(ts, ms[li].end, c.first); !c.cue.passive && !shared && only && n > 0 && !rd.apposedWho(ts, ms[li], c) {
			return false
		}
		left, right := []*mention{&ms[li]}, []*mention{&ms[ri]}
		for k := li - 1; k >= 0 && ms[k].first == ms[li].first && ms[k].end == ms[li].end; k-- {
			left = append(left, &ms[k]) // "Both parties were founding members of", "the four organizations founded": each
		}
		if c.cue.passive && c.cue.text != "of" && c.cue.text != "under" && !commandedUnder[c.cue.text] || rd.kinds[ms[li].id] == "state" && stateMemberCues[c.cue.text] {
			right = group(ts, ms, ri, +1) // "the Front, which consists of A and B"; "Oman was admitted to the Arab League and the UN"
		} else if c.cue.text == "of" && rd.kinds[ms[ri].id] == "individual" && rd.kinds[ms[li].id] != "individual" {
			// "a committee of King Fahd of Saudi Arabia, King Hassan II of Morocco and
			// President Chadli Bendjedid of Algeria": each a member, each with a state.
			right = rd.peopleOf(ts, ms, ri)
		} else if (c.cue.text == "under" || commandedUnder[c.cue.text]) && rd.kinds[ms[ri].id] == "individual" {
			// "a Phalangist force under Samir Geagea and Elie Hobeika": each leads it.
			right = slices.DeleteFunc(group(ts, ms, ri, +1), func(m *mention) bool { return rd.kinds[m.id] != "individual" })
		}
		if !c.cue.passive && c.first > 0 && (ts[c.first-1].word == "are" || ts[c.first-1].word == "were") && c.first-1 == ms[li].end {
			left = group(ts, ms, li, -1) // "The Vostok battalion and the Zapad battalion are subordinate to the GRU": each
		}
		if c.cue.text == "formed" || formingCues[c.cue.text] || shared && !c.cue.passive {
			// "Tuareg and Arab nomads formed the MPA": each its member; so of the
			// sentence's subjects a participle speaks of ("A and B took up arms,
			// forming the core of the Joint Forces").
			left = rd.ledOrgs(ts, ms, group(ts, ms, li, -1))
			states := slices.DeleteFunc(slices.Clone(left), func(m *mention) bool { return rd.kinds[m.id] != "state" })
			if k := rd.kinds[ms[ri].id]; len(states) >= 2 && (k == "coalition" || k == "international-organization") {
				c.cue.text = formedTogether // "the United States, Britain and Canada formed the Contact Group": each a member
			}
		}
		// "the army formed a joint battalion, Yon Gab": a body of a state made by one of
		// its bodies is that body's part, not its maker's whole.
		made := (c.cue.text == "formed" || formingCues[c.cue.text]) && !c.cue.passive && len(left) == 1 && (stateBodies[rd.kinds[left[0].id]] || rd.armyMade(ts, left[0], &ms[ri])) &&
			rd.kinds[ms[ri].id] != "coalition" && rd.kinds[ms[ri].id] != "international-organization" && rd.kinds[ms[ri].id] != "state"
		for _, l := range left {
			for _, r := range right {
				pairs = append(pairs, ordered(l, r, made))
			}
		}
	case c.cue.kind == alliances.Mediation && li >= 0 && ri >= 0 && byAfter(ts, c.end) && ms[ri].first-c.end <= 3 &&
		len(group(ts, ms, li, -1)) >= 2:
		// "the two held talks mediated by Saudi Arabia", "talks between A and B,
		// mediated by Qatar", "brokered largely by Saudi Arabia": the agent mediates
		// between the two before.
		// Each agent a list names mediates ("brokered by the United States and France"),
		// in the order the statement swaps back where the cue is passive ("was brokered by").
		g := group(ts, ms, li, -1)
		slices.Reverse(g)
		passive := rd.voice(ts, c) == passiveBy
		for _, agent := range group(ts, ms, ri, +1) {
			if passive {
				pairs = append(pairs, [2]*mention{g[0], agent})
			} else {
				pairs = append(pairs, [2]*mention{agent, g[0]})
			}
		}
		third, more = g[1], g[2:]
		cues = append(cues, "the agent of a mediation between the two before")
	case c.cue.kind == alliances.Mediation:
		// A mediation names the two it brings together: "Iran mediated between Russia
		// and the Taliban"; the first is its object, the second its third party.
		if li < 0 || ri < 0 || ms[ri].first < c.end || slices.ContainsFunc(ts[c.end:ms[ri].first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:") }) {
			return false // nor past a comma: "had brokered a deal in Doha, UFR columns crossed into eastern Chad"
		}
		if ri+1 >= len(ms) || ms[ri+1].first-ms[ri].end > 3 {
			if ex := examplesOfUnnamed(ts, ms, ri); between && len(ex) > 0 {
				// "engineering relationships between the Taliban and old stakeholders of
				// the Islamic Republic, such as Rabbani's Jami'at, Karzai, and others":
				// the other party no actor the reader knows, each of its examples is.
				third, more = ex[0], ex[1:]
				cues = append(cues, "the other party's examples")
			} else if k := ms[ri].first; !(k >= 2 && ts[k-1].word == "and" || k >= 3 && ts[k-1].word == "the" && ts[k-2].word == "and") || !between {
				// "mediated between them and the Taliban", "them" no actor the reader
				// knows: a mediation with the one it names, its other party left to the
				// reviewer.
				return false
			} else {
				// A mediation names both it brings together, or is none the record
				// holds: talks with the one named, for the reviewer to make a mediation
				// once they name the other.
				c.cue.kind = alliances.Negotiation
				cues = append(cues, unnamedMediation+": talks with the one named")
			}
		} else {
			third = &ms[ri+1]
		}
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
		if firstAgainstList(ts, g) { // "talks between the government and the EPRDF, the EPLF and the OLF": the first with each
			for _, b := range g[2:] {
				pairs = append(pairs, [2]*mention{g[0], b})
			}
		}
		cues = append(cues, "between")
		// "proxy wars primarily between the US and Russia as well as between Iran and
		// Saudi Arabia": each "between" after the first names a pair of its own.
		// Only "between" joined to the pair before by "and" or "as well as" (and an
		// adverb), with no other noun: not "the alliance between A and B and the war
		// between A and C".
		for k := g[len(g)-1].end; ; {
			b := k // the next "between", past the words that join it to the pair before
			for b < len(ts) && b < k+5 && (ts[b].word == "and" || ts[b].word == "as" || ts[b].word == "well" || adverb(ts[b].word)) &&
				!strings.ContainsAny(ts[b].pre, ";:()") {
				b++
			}
			if b == k || b >= len(ts) || ts[b].word != "between" {
				break
			}
			j := slices.IndexFunc(ms, func(m mention) bool { return m.first > b && m.first <= b+2 })
			if j < 0 {
				break
			}
			h := group(ts, ms, j, +1)
			if len(h) < 2 {
				break
			}
			pairs = append(pairs, [2]*mention{h[0], h[1]})
			k = h[len(h)-1].end
		}
	case ri >= 0 && symmetric && between && andAfter(d, ts, ms, ri) >= 0:
		// "contacts between Taliban leaders such as Baradar and the Karzai
		// administration": A described at length, then B after the "and".
		pairs = append(pairs, [2]*mention{&ms[ri], &ms[andAfter(d, ts, ms, ri)]})
		cues = append(cues, "between")
	case li < 0 && ri >= 0 && c.cue.kind == alliances.Agreement && signedBy(ts, c, ms[ri]) && len(group(ts, ms, ri, +1)) >= 2:
		// "The Geneva Accords were signed on 14 April 1988 by the governments of
		// Afghanistan and Pakistan": the agents after "by" are the deal's parties.
		g := group(ts, ms, ri, +1)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[i], g[j]})
			}
		}
		cues = append(cues, "the signatories after \"by\"")
	case li >= 0 && ri >= 0 && symmetric && alliances.SignOf(c.cue.kind, "") > 0 && enemyAfter(ts, c, ms[ri].first):
		// "Iran and the Taliban formed an alliance against ISKP": the list before the
		// cue are the partners, the name after "against" their common enemy.
		g := group(ts, ms, li, -1)
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[j], g[i]})
			}
			against = append(against, [2]*mention{g[i], &ms[ri]})
		}
		cues = append(cues, "joined before the cue")
	case li >= 0 && ri >= 0:
		g := objects(ts, ms, ri)
		if g = withoutBases(ts, c, g); len(g) == 0 {
			return false
		}
		subjects := append(rd.ledOrgs(ts, ms, subjects(ts, ms, li)), st.with...)
		if relativeOfLast(ts, ms[li], c) {
			subjects = append([]*mention{&ms[li]}, st.with...) // "Britain and France, and Djemal Pasha, who had hanged": his act alone
		}
		// "a Force of troops from Fiji, Tonga and Vanuatu, backed by Australia": the
		// force is backed, not the states its men come from.
		if f := rd.forceOfMen(ts, ms, subjects); c.cue.passive && f != nil {
			subjects = []*mention{f}
		}
		// "clashes with the Islamic State, al-Nusra and allied rebel groups": the allied are
		// the nearest's, not every item's before them.
		if c.cue.text == "allied" && c.first > 0 && ts[c.first-1].word == "and" && ms[ri].first == c.end {
			subjects = []*mention{&ms[li]}
		}
		for _, l := range subjects {
			for _, r := range g {
				pairs = append(pairs, [2]*mention{l, r})
			}
		}
		// "The Zenki Movement and the Abu Amara Brigades captured all positions of the
		// Fastaqim Union": those who fight one enemy together cooperate.
		if j := group(ts, ms, li, -1); c.cue.kind == alliances.Hostility && !c.cue.passive && !shared && jointSubjects(ts, j, c.first) {
			for a := range j {
				for b := a + 1; b < len(j); b++ {
					if j[a].id != j[b].id && !slices.ContainsFunc(g, func(m *mention) bool { return m.id == j[a].id || m.id == j[b].id }) {
						allied = append(allied, [2]*mention{j[b], j[a]})
					}
				}
			}
		}
		// "expressed open support for Assad against ISIL": the support's enemy is the
		// supporter's. "Fought alongside the MNLA against the government": both sides'.
		// Support's enemy right after its object: "rebels fighting against" is the rebels'.
		k := againstAt(ts, ms, g[len(g)-1].end)
		if c.cue.kind == alliances.Support && k != g[len(g)-1].end {
			k = -1
		}
		if (c.cue.kind == alliances.Support || c.cue.kind == alliances.Cooperation || c.cue.kind == alliances.Alliance || alongside(c.cue)) && !c.cue.passive && k >= 0 {
			if j := rd.possessedAt(ts, ms, slices.IndexFunc(ms, func(m mention) bool { return m.first > k && m.first <= k+2 })); j >= 0 {
				sides := subjects
				if alongside(c.cue) || fightsFor(c.cue) || c.cue.kind == alliances.Cooperation || c.cue.kind == alliances.Alliance {
					sides = append(slices.Clone(subjects), g...)
				}
				for _, l := range sides {
					against = append(against, [2]*mention{l, &ms[j]})
				}
			}
		}
	case li < 0 && ri < 0 && symmetric && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ed") && !strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "ing") &&
		!slices.Contains([]string{"with", "to", "of", "between", "against", "on"}, c.cue.words[len(c.cue.words)-1]):
		// "Hekmatyar was edging closer to the Taliban, and a full friendship blossomed": a
		// tie a clause names without its parties is between the two the clause before
		// named, where it names two and only two.
		var before []*mention
		for k := range ms {
			if ms[k].end <= c.first && ms[k].first >= 0 && !slices.ContainsFunc(before, func(m *mention) bool { return m.id == ms[k].id }) {
				before = append(before, &ms[k])
			}
		}
		if len(before) != 2 || !clauseAnd(ts, before[1].end, c.first) || before[0].end > before[1].first ||
			slices.ContainsFunc(ts[before[0].end:before[1].first+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			return false // not "... the Central Syria campaign (2017), and the East Hama offensive"; nor the two one phrase stands for ("the two communities")
		}
		pairs = append(pairs, [2]*mention{before[0], before[1]})
		cues = append(cues, "the two the clause before names")
	case li >= 1 && symmetric && ri < 0 && ts[ms[li].end-1].possessive && c.first-ms[li].end <= 2 && strings.Contains(ts[ms[li].first].pre, ",") &&
		!strings.ContainsAny(ts[c.first].pre, ",;:()") && !pastVerbs[c.cue.words[0]]: // not "Battalion 2000, Noriega's best, fought": the unit's verb
		// "(Karzai and Abdullah, Ghani's uneasy coalition ally)": the possessor's partner is
		// the name the apposition follows; the whole list where the noun is plural.
		g := []*mention{&ms[li-1]}
		if strings.HasSuffix(c.cue.words[len(c.cue.words)-1], "s") {
			g = group(ts, ms, li-1, -1)
		}
		for _, l := range g {
			pairs = append(pairs, [2]*mention{l, &ms[li]})
		}
		cues = append(cues, "the possessor's, in apposition")
	case li >= 0 && symmetric:
		// "A and B have been jointly taxing": actors before the cue, joined; or the
		// sentence's subjects, where the cue qualifies what they did ("Russians,
		// Iranians, and Pakistanis lobbied the old stakeholders, often in a coordinated
		// way").
		g := rd.ledOrgs(ts, ms, group(ts, ms, li, -1))
		hostile := c.cue.kind == alliances.Hostility || c.cue.kind == alliances.Rivalry || c.cue.kind == alliances.Opposition
		if first := group(ts, ms, 0, +1); !hostile && len(g) == 1 && len(first) >= 2 && opensSentence(ts, ms[0].first) && ms[li].first > first[len(first)-1].first {
			g = first
		}
		// "Russians, Iranians, and Pakistanis lobbied the old stakeholders": a verb with
		// an object of its own, not an actor the reader knows, ties them to it, not to
		// each other ("A and B signed a deal", "held talks": the cue's own noun does).
		if !hostile && len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end+1 < len(ts) && determiners[ts[c.end].word] &&
			!ts[c.end+1].upper && !strings.ContainsAny(ts[c.end+1].pre, ",;:") && c.cue.text != "discussed" {
			g = g[:0]
		}
		// "with the help of Jami'at and Hizb-e Islami captured Herat": a verb with an object of
		// its own (an article, a place) tells what they did, not that they fought each other;
		// where they open the sentence, they did it together (below).
		if hostile && len(g) > 0 && len(c.cue.words) == 1 && strings.HasSuffix(c.cue.words[0], "ed") && c.end < len(ts) &&
			ownObject(ts[c.end]) && !jointSubjects(ts, g, c.first) {
			g = g[:0]
		}
		if possessedItem(ts, g) || hostile && c.first >= 2 && determiners[ts[c.first-1].word] && carriedFights[ts[c.first-2].word] || blamedList(ts, g) || pronounPartner(ts, c.end) || hostile && unjoinedPair(ts, g) {
			g = g[:0] // "the Taliban and their Pakistani and Hizb-e Islami allies"; "A, B and C carried the fight into the city"; "blames US and Israel after mosque bombing"
		}
		// Fighting each other is told right after them ("A and B clashed"), not a
		// clause away ("A and B, with the approval of C, struck the town, killing 52").
		// Nor by the agents of a passive, which did it together: "killed by FSA and ISIS
		// in battles".
		// "A, led by X, and B, led by Y, fought a war"; "A and B (the rebels) fought"; not
		// past the cue where the aside is the cue's own ("RG, routed by, 110", an index's line).
		after := min(pastBracket(ts, pastAgentAside(ts, ms, ms[li].end), c.first), c.first+1)
		if hostile && (c.first-after > 2 || slices.ContainsFunc(ts[after:c.first+1], func(t token) bool { return strings.Contains(t.pre, ",") }) ||
			slices.ContainsFunc(g, func(m *mention) bool { return m.first > 0 && ts[m.first-1].word == "by" }) || sufferedTogether(ts, c) && !slices.ContainsFunc(g, func(m *mention) bool { return rd.kinds[m.id] != "individual" })) {
			g = g[:0]
		}
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				pairs = append(pairs, [2]*mention{g[j], g[i]})
			}
		}
		cues = append(cues, "joined before the cue")
		if c.cue.kind == alliances.Hostility && (c.end < len(ts) && !c.cue.passive && ownObject(ts[c.end]) && jointSubjects(ts, g, c.first) && !warNoun(ts, c.end) ||
			jointModifiers(ts, g, c) || seizures[c.cue.text] && !c.cue.passive || sideBySide(ts, c.end)) {
			// "AQIM and Al-Mourabitoun attacked the town": side by side, not each other.
			c.cue.kind = alliances.Cooperation
			cues = append(cues, strings.TrimSuffix("together against a common target: "+strings.Join(wordsOf(ts, c.end, c.end+3), " "), ": "))
		}
	}
	pairs, cues = rd.joinedInPact(ts, ms, &c, li, ri, pairs, cues)
	// "Sunni groups had joined ISIL", "the National Front joined the SNA": joining a
	// group, not a fight beside it ("joined ISIL in clashes with the YPG"), is becoming
	// its member; so is joining in a coalition ("had joined in a Kurdistan Front").
	if w := c.cue.words[0]; (w == "joined" || w == "join" || w == "joining") && len(c.cue.words) == 1 && c.cue.kind != alliances.Alliance && c.cue.kind != alliances.Negotiation && ri >= 0 && (ms[ri].first-c.end <= 1 || joinedIn(ts, c, ms[ri]) && rd.kinds[ms[ri].id] == "coalition") &&
		(c.end >= len(ts) || ts[c.end].word != "by") && // not "fighters, reportedly joined by soldiers, overran": those who joined them in the act
		!rd.nonMember(ms[ri].id) && !inAnAct(ts, ms[ri].end) {
		if li >= 0 && !shared {
			if only, n, _ := rd.title(ts, ms[li].end, c.first); only && n > 0 || partsOfMention(ts, ms[li]) {
				return false // "FSA fighters joined Nusra", "units of the army joined the KNU": some of the FSA's, not the FSA
			}
		}
		c.cue.kind = alliances.Membership
		cues = append(cues, "joined: a group, not a fight")
	}
	// "Dostum joined Hekmatyar, Wahdat and Mojaddedi in a Supreme Coordination Council":
	// the one who joins and those joined are members of the body they joined in.
	if w := c.cue.words[0]; (w == "joined" || w == "join" || w == "joining") && len(c.cue.words) == 1 && li >= 0 && ri >= 0 && ms[ri].first-c.end <= 1 {
		objs := objects(ts, ms, ri)
		k := objs[len(objs)-1].end
		if k+1 < len(ts) && (ts[k].word == "in" || ts[k].word == "into") && !strings.ContainsAny(ts[k].pre, ",;:()") {
			members := append(group(ts, ms, li, -1), objs...)
			if j := slices.IndexFunc(ms, func(m mention) bool {
				return m.first == k+1 || m.first == k+2 && (indefinite(ts[k+1].word) || ts[k+1].word == "the")
			}); j >= 0 && !rd.nonMember(ms[j].id) && !slices.ContainsFunc(members, func(m *mention) bool { return rd.kinds[m.id] == "state" }) {
				body := &ms[j] // not "Belarus joined Russia in the CSTO": states stay partners
				pairs = pairs[:0]
				for _, m := range members {
					pairs = append(pairs, [2]*mention{m, body})
				}
				c.cue.kind = alliances.Membership
				cues = append(cues, "joined: the body they joined in")
			}
		}
	}
	// "X met Y", "X visited Y": the one met is named right after the verb ("met fierce
	// resistance from Y", "abuses visited on civilians" are no meetings).
	// "Pashinyan and Aliyev met in Brussels": two who meet, with no one met after the verb,
	// are in talks with each other (the pairs of the list before the cue).
	men := li >= 0 && ms[li].first >= 0 && ms[li].end < c.first && meetingMen[ts[ms[li].end].word] // "Government and AFDL delegations had met"
	mutual := li >= 0 && ms[li].first >= 0 && ms[li].end <= c.first && (onlyAdverbs(ts, ms[li].end, c.first) || men && onlyAdverbs(ts, ms[li].end+1, c.first)) && (c.end >= len(ts) || meetPlaces[ts[c.end].word] || strings.ContainsAny(ts[c.end].pre, ",;:")) &&
		len(group(ts, ms, li, -1)) >= 2 && (li == 0 || ms[li-1].first != ms[li].first) || // a list written out, not "the two sides"
		discussedTogether(ts, ms, li, c) // "Tuđman and Milošević are said to have discussed the partition of Bosnia"
	// "met outgoing Prime Minister Mohammed Ghazi al-Jalali": a post's words before the one met.
	titled := ri >= 0 && ms[ri].first > c.end && rd.kinds[ms[ri].id] == "individual" && rd.postOnly(ts, c.end, ms[ri].first)
	if w := c.cue.words[0]; (w == "met" || w == "meets" || w == "visited" || receives[w] || w == "discussed") && len(c.cue.words) == 1 && !c.cue.passive && !(mutual && w != "visited") &&
		(ri < 0 || !titled && (ms[ri].first-c.end > 1 || ms[ri].first > c.end && !determiners[ts[c.end].word]) || ts[ms[ri].end-1].possessive ||
			ms[ri].end < len(ts) && !ts[ms[ri].end].upper && nounLike(ts[ms[ri].end]) && rd.kinds[ms[ri].id] != "individual" || // "met Dhlakama several times"
			li >= 0 && ms[li].first >= 0 && !relativeBetween(ts, ms[li].end, c.first) && !asideBetween(ts, ms[li].end, c.first) &&
				slices.ContainsFunc(ts[pastAside(ts, ms[li], c.first):c.first], func(t token) bool {
					return !auxiliaries[t.word] && !adverb(t.word) && !meetingMen[t.word] && t.word != "who"
				})) {
		return false // nor "met Ukrainian resistance", "met Ukraine's requests", "the Russian offensive met"
	}
	// "drove Hekmatyar from his base": a fight only with its particle ("drove a wedge between" is none).
	if w := c.cue.words[0]; particleVerbs[w] && len(c.cue.words) == 1 && !c.cue.passive {
		e := -1 // the particle: after the name, or after its men ("chased Russian troops out")
		if ri >= 0 && ms[ri].end < len(ts) {
			e = ms[ri].end
			if !particles[ts[e].word] && e+1 < len(ts) && (stateMen[ts[e].word] || loyalMen[ts[e].word]) {
				e++
			}
			if k := objectAsideEnd(ts, e); !particles[ts[e].word] && k > 0 {
				e = k // "drove the Houthis, long a force in the north, from Aden"
			}
		}
		if ri < 0 || ms[ri].first-c.end > 1 || ms[ri].first > c.end && !determiners[ts[c.end].word] || e < 0 || !particles[ts[e].word] {
			return false
		}
	}
	// "Russia, Iran and Turkey met in Doha, joined by Qatar and Egypt": talks with those who met.
	if c.cue.words[0] == "joined" && (c.cue.passive || c.end < len(ts) && ts[c.end].word == "by") && slices.ContainsFunc(ts[:c.first], func(t token) bool { return meetingWords[t.word] }) {
		c.cue.kind = alliances.Negotiation
		cues = append(cues, "joined: a meeting")
	}
	// "Isaias Afwerki has hosted Burhan": one leader hosting another is a visit, no sanctuary.
	if w := c.cue.words[0]; (w == "hosted" || w == "hosting" || w == "hosts") && len(c.cue.words) == 1 && li >= 0 && ri >= 0 &&
		rd.kinds[ms[li].id] == "individual" && rd.kinds[ms[ri].id] == "individual" {
		c.cue.kind = alliances.Negotiation
		cues = append(cues, "hosted: one person received by another")
	}
	if electionDefeat(ts, c) {
		c.cue.kind, cues = alliances.Opposition, append(cues, "defeated at the polls: a contest, no fight")
	}
	st.c, st.why, st.pairs, st.against, st.third, st.more, st.allied = c, cues, pairs, against, third, more, allied
	return true
}

// unnamedMediation is the cue of talks read of a mediation with one party unnamed.
const unnamedMediation = "a mediation with the other party unnamed"
