package extract

import (
	"slices"
	"strings"
)

// Lists of names: what joins them ("and", commas, "as well as", an aside of time), and the
// subjects and objects a verb's list gives.

// joined reports whether the tokens between two mentions only join them: "and", "or",
// a comma (folded away), "as well as".
func joined(ts []token, from, to int) bool {
	if from < 0 || to > len(ts) {
		return false // a mention the sentence does not hold (the paragraph's subject, read in): joined to none
	}
	if from == to && from > 0 && from <= len(ts) && ts[from-1].possessive {
		return false // "Gulbuddin Hekmatyar's Hizb-e Islami": one possesses the other
	}
	// "the KDP, led by Massoud Barzani, and the PUK": past an agent's aside, whose names
	// the cue outside it does not read (outsideAgentAsides).
	if end := agentAside(ts, nil, from); end > max(from, 0) && end < to {
		return joined(ts, end, to)
	}
	// "While Iran supported the Taliban, Pakistan armed Jami'at": the comma that closes an
	// opening clause joins no list; nor does the one after an opening "with" ("With help
	// from Pakistan, the Taliban won back ...").
	// Nor does the one that closes a phrase setting the scene whose names follow a
	// preposition ("In the war between Russia and Egypt, Iran and Pakistan attacked";
	// not "In 2014 Iran, Pakistan and Russia").
	if len(ts) > 0 && (subordinators[ts[0].word] || ts[0].word == "with" || scenePreps[ts[0].word] && scenePhrase(ts)) {
		for i := max(from, 1); i <= to && i < len(ts); i++ {
			if strings.Contains(ts[i].pre, ",") && !slices.ContainsFunc(ts[1:i], func(t token) bool { return strings.Contains(t.pre, ",") }) {
				return false
			}
		}
	}
	if sp := sourcePhrase(ts); sp > 0 && from <= sp && sp <= to {
		return false // "According to the U.S., the Houthis ...": the source is no item of a list
	}
	// "TELO and a new outfit, the ENDLF": the item after "and" described first.
	if e := to; to-from >= 3 && to-from <= 7 && to < len(ts) && ts[from].word == "and" && (ts[from+1].word == "a" || ts[from+1].word == "an") {
		if ts[e-1].word == "the" {
			e--
		}
		if strings.TrimSpace(ts[e].pre) == "," && describedNouns[ts[e-1].word] &&
			!slices.ContainsFunc(ts[from+2:e], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) {
			return true
		}
	}
	// "Semenov and another ataman, Kalmykov": the second of a kind, named after its noun.
	if e := to; to-from >= 3 && to-from <= 5 && to < len(ts) && ts[from].word == "and" && ts[from+1].word == "another" && strings.TrimSpace(ts[e].pre) == "," &&
		!slices.ContainsFunc(ts[from+2:e], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) {
		return true
	}
	// "ZANU and its guerrilla army, ZANLA": the item after "and" named by its possessive's
	// part first.
	if to-from >= 3 && to-from <= 6 && to < len(ts) && ts[from].word == "and" && (ts[from+1].word == "its" || ts[from+1].word == "their") &&
		strings.TrimSpace(ts[to].pre) == "," && !slices.ContainsFunc(ts[from+2:to], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) {
		return true
	}
	// "Hezbollah and, for a time, the PSP quietly helped": an aside of time after "and".
	// Only in a list that opens the sentence, before its verb: "Habyarimana fought the RPF
	// and, in 1990, Mitterrand sent paratroopers" names a clause's subject after the aside.
	if end := to; to-from >= 3 && to-from <= 6 && to < len(ts) && ts[from].word == "and" && strings.Contains(ts[from+1].pre, ",") && timeAsides[ts[from+1].word] &&
		!slices.ContainsFunc(ts[:from], func(t token) bool {
			return !t.upper && !determiners[t.word] && !timeOpeners[t.word] && t.word != "and" && !numeric(t.word) && !calendarWords[t.word]
		}) {
		if determiners[ts[end-1].word] {
			end-- // ", the PSP"
		}
		if strings.Contains(ts[end].pre, ",") && !slices.ContainsFunc(ts[from+2:end], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") || t.upper }) {
			return true
		}
	}
	// "Faisal, now king, and Nasser": a short aside of small words, then ", and"; "the
	// WSLF, revived in the mid-1970s among the Ogadeni clans, and the SALF": a
	// participle's aside that names none.
	if e := max(shortAside(ts, from, to), itemAside(ts, from, to)); e > from {
		return joined(ts, e, to)
	}
	titled, linked, numbers := false, false, 0
	for i := from; i < to; i++ {
		switch ts[i].word {
		case "and", "or":
			linked = true
		case "as", "well":
			// "as well as"; not "left Afghanistan as the Taliban fought": a clause.
			if !matchAt(ts, i, []string{"as", "well", "as"}) && !matchAt(ts, max(i-1, 0), []string{"as", "well", "as"}) && !matchAt(ts, max(i-2, 0), []string{"as", "well", "as"}) {
				return false
			}
		case "pro", "anti":
			// "the government and the pro-government Platform": a side's word, one with
			// the word after it.
			if i+1 >= to || !strings.Contains(ts[i+1].pre, "-") {
				return false
			}
			i++
			numbers += 2
		case "its", "their":
			// "the FNLA and its Zairian allies": the second the first's, in the list.
			if i == from || ts[i-1].word != "and" {
				return false
			}
		case "his", "her":
			// "led by Nur Mohammad Taraki and his deputy Hafizullah Amin": the first's
			// second in command, named right after, in the list.
			if i == from || ts[i-1].word != "and" || i+2 != to || !deputyWords[ts[i+1].word] {
				return false
			}
			i++
			numbers += 2
		case "both", "the", "local", "various", "allied", "rebel", "rival", "islamist", "jihadist", "separatist",
			// "10,000 IRGC forces and 5,000 Iranian Army members": the people of each.
			"forces", "fighters", "troops", "soldiers", "members", "militants", "units", "officers", "personnel",
			"gunners", "pilots", "advisers", "advisors", "instructors", "commandos", "paratroopers", "volunteers", "mercenaries",
			// "by the Malian army and the Wagner Group": a state's organ by its noun.
			"army", "military", "government", "authorities":
		case "commanders", "leaders", "elements":
			// "the Taliban and local commanders of Jami'at-i Islami": the second's people.
			if i+1 >= to || ts[i+1].word != "of" || i+1 != to-1 && !(i+2 == to-1 && ts[i+2].word == "the") {
				return false // "and the leaders of the BRA" too
			}
			i++
			numbers++ // "of" counts no more than the people's noun
			if i+1 == to-1 {
				i++
				numbers++
			}
		case "police":
			// "Hazara militia commanders linked to Khalili and police officers and militia
			// commanders loyal to Karzai": people unnamed between two named, in the list.
			if i+1 >= to || ts[i+1].word != "officers" {
				return false
			}
			numbers++
		case "gen", "general", "president", "mr", "mrs", "ms", "dr", "king", "queen", "prince", "emir", "sheikh", "sultan":
			titled = true // "Ghani and Gen. Dostum", "Erdoğan and Mr. al-Sarraj", "King Fahd, King Hassan II and"
		case "by": // "supported by Pakistan, by Iran, and by Russia": the agent's, after the list's joint
			if !(i > from && (ts[i-1].word == "and" || ts[i-1].word == "or") || strings.Contains(ts[i].pre, ",")) {
				return false
			}
		case "many", "several":
			// "by UN, EU and many countries including USA as well as Turkey": the examples
			// of a list's last item, in the list.
			if i == from || ts[i-1].word != "and" || i+2 >= to || !exampleNouns[ts[i+1].word] || ts[i+2].word != "including" {
				return false
			}
			i += 2
			numbers += 3
		case "along", "together":
			if i+1 >= to || ts[i+1].word != "with" {
				return false
			}
			i++ // "along with", "together with"
		case "but":
			// "the Tigers, but also TELO": the list goes on after ", but also".
			if i+1 >= to || ts[i+1].word != "also" || !strings.Contains(ts[i].pre, ",") {
				return false
			}
			i++
			numbers++
		default:
			if numeric(ts[i].word) && i > from && (ts[i-1].word == "and" || numeric(ts[i-1].word)) {
				numbers++
				continue // "... and 5,000 Iranian Army members"
			}
			return false
		}
	}
	for i := max(from, 1); i <= to && i < len(ts); i++ {
		if strings.ContainsAny(ts[i].pre, "();:[]") && !(i == from && acronymClosed(ts, i)) {
			return false // "the old stakeholders (Karzai and Abdullah)": no list of three
		}
		if dashIn(ts[i].pre) && i+1 < len(ts) && strings.Contains(ts[i+1].pre, ",") {
			return false // "fell upon Riga - Berlin, everyone knew, stood behind him": a dash's aside (not "the Rwanda - Uganda alliance")
		}
		linked = linked || strings.Contains(ts[i].pre, ",") && !numeric(ts[i].word)
	}
	if titled && !linked {
		return false // "Russian president Vladimir Putin": a post, not a list
	}
	return to-from-numbers <= 3
}

// group returns the mention at i and those joined to it by "and", "or" and commas,
// toward step (-1: leftward, +1: rightward).
func group(ts []token, ms []mention, i, step int) []*mention {
	out := []*mention{&ms[i]}
	// "Paisley and Harry West backed it, and Merlyn Rees ... would not": a pronoun opens no
	// list, but for the others it stands for ("trained them", the groups before); "her"
	// may own the next name.
	pronoun := step > 0 && ms[i].first >= 0 && ms[i].end == ms[i].first+1 && objectPronouns[ts[ms[i].first].word] && ts[ms[i].first].word != "her"
	edge := ms[i] // the span the list has reached: with a possessor before an item ("Barzani's KDP")
	// "Re-equipped with Soviet tanks, and advised by Soviet officers, the Iraqi army
	// pushed ...": the names of a fronted participle's phrase are no items of the list
	// its subject opens.
	low := 0
	if step < 0 && ms[i].first > 0 && len(ts) > 0 && (helpParticiples[ts[0].word] || ts[0].word == "re" || strings.HasSuffix(ts[0].word, "ing")) {
		if s, _ := frontedSubject(ts, ms); s >= 0 && s <= i {
			low = s
		}
	}
	for j := i + step; j >= low && j < len(ms); j += step {
		b := &ms[j]
		if pronoun && b.first != ms[i].first {
			break
		}
		if step > 0 && b.first > 0 && strings.Contains(ts[b.first].pre, ",") && ts[b.end-1].possessive && b.end < len(ts) && !ts[b.end].upper {
			break // "led by Timan Erdimi, Déby's own nephew", "killed Airey Neave, Mrs Thatcher's spokesman": an apposition, no item
		}
		if step > 0 && len(out) == 1 && b.first > 0 && ts[b.first-1].word == "and" && strings.Contains(ts[b.first-1].pre, ",") && ts[b.end-1].possessive &&
			b.end < len(ts) && !ts[b.end].upper && nounLike(ts[b.end]) {
			break // "arming the PKK, and Talabani's relations with the group warmed": a new clause's subject
		}
		if step > 0 && b.first > 1 && ts[b.first-1].word == "the" && strings.Contains(ts[b.first-1].pre, ",") && b.end < len(ts) && !ts[b.end].upper && nounLike(ts[b.end]) &&
			!strings.ContainsAny(ts[b.end].pre, ",;:") && ts[b.end].word != "and" {
			break // "accused Mohammed Dahlan, the Fatah strongman in Gaza, of": an apposition, its name a qualifier
		}
		if step > 0 && b.end+1 < len(ts) && strings.HasSuffix(ts[b.end].word, "ed") && ts[b.end+1].word == "by" && !strings.ContainsAny(ts[b.end].pre, ",;:") {
			break // "the BNP led by Sekhonyana, the BCP led by Qhobela": an item with a passive of its own, no agent of the one before
		}
		if step < 0 && possessorOf(ts, *b, edge) {
			edge.first = b.first // "Barzani's KDP and Talabani's PUK": the possessor is no item
			continue
		}
		if step > 0 && j+1 < len(ms) && possessorOf(ts, *b, ms[j+1]) && joined(ts, edge.end, b.first) {
			out = append(out, &ms[j+1]) // "the KDP and Talabani's PUK"
			edge = ms[j+1]
			j++
			continue
		}
		if step < 0 && b.first > 0 && placePreps[ts[b.first-1].word] {
			break // "open camps in Tamil Nadu, and the RAW trained them": a place, no item before the subject
		}
		if step < 0 && b.first > 0 && b.end < len(ts) && clauseObjectPreps[ts[b.first-1].word] && strings.Contains(ts[b.end].pre, ",") && ts[b.end].word == "and" {
			break // "took Sukhumi from Georgia, and Russia armed Abkhazia": the clause before's object, no item
		}
		from, to := b.end, edge.first
		if step > 0 {
			from, to = edge.end, b.first
		}
		if step > 0 && i > 0 && len(out) == 1 && clauseAfterAnd(ts, from, *b) {
			break // "sent troops to defend President Vieira, and MFDC fighters were reported": a new clause's subject (not "A, B, and C conducted")
		}
		if !joined(ts, from, to) && (step < 0 || !samePreposition(ts, ms[i], from, to)) {
			break
		}
		out = append(out, b)
		edge = *b
	}
	return out
}

// clauseObjectPreps are the prepositions whose object ends a clause that ", and" closes.
var clauseObjectPreps = map[string]bool{"from": true, "on": true, "against": true, "with": true, "to": true, "by": true,
	"into": true, "over": true, "toward": true, "towards": true, "onto": true}

// samePreposition reports whether the words [from, to) between two items of a list to the
// right of m are "and" and the preposition m follows, said again: "fought beside the NLP
// and beside the Marada", "sent arms to the PLO, and to Amal".
func samePreposition(ts []token, m mention, from, to int) bool {
	k := m.first - 1
	if k > 0 && determiners[ts[k].word] {
		k--
	}
	if k < 1 || !prepositions[ts[k].word] && ts[k].word != "beside" && ts[k].word != "alongside" || from < 0 || to > len(ts) {
		return false
	}
	j := from
	if j < to && (ts[j].word == "and" || ts[j].word == "or") && strings.TrimSpace(ts[j].pre) != ";" {
		j++
	} else {
		return false
	}
	if j >= to || ts[j].word != ts[k].word || strings.ContainsAny(ts[j].pre, ",;:()") {
		return false
	}
	j++
	if j < to && determiners[ts[j].word] {
		j++
	}
	return j == to && !strings.ContainsAny(ts[from].pre, ";:()")
}

// possessorOf reports whether a is the possessor named right before b: "Barzani's KDP".
func possessorOf(ts []token, a, b mention) bool {
	return a.first >= 0 && a.end == b.first && a.end > 0 && a.end <= len(ts) && ts[a.end-1].possessive
}

// objects returns the list of a verb's objects that opens at ms[i]: those joined to it,
// up to a name that is a new clause's subject ("supportive of Assad, and President Sisi
// has expressed ...").
func objects(ts []token, ms []mention, i int) []*mention {
	g := group(ts, ms, i, +1)
	for k := 1; k < len(g); k++ {
		if f := g[k].first; f >= 2 && ts[f-1].word == "with" && (ts[f-2].word == "together" || ts[f-2].word == "along") {
			return g[:k] // "fought Los Zetas together with Zambada": the subject's partner, no object
		}
		// "overthrew Mobutu, UNITA's closest ally": a possessor in apposition is not
		// one of the objects.
		if e := g[k].end; ts[e-1].possessive && strings.Contains(ts[g[k].first].pre, ",") && partnerAfter(ts, e) {
			return g[:k]
		}
		if verbAfter(ts, g[k].end) && (clauseAnd(ts, g[k-1].end, g[k].first) || k == len(g)-1 && !listAnd(ts, g[k-1].end, g[k].first)) {
			return g[:k] // "armed Iran, and Pakistan backed ..."; "supplied it, Tajikistan let it use ..."
		}
		// "furnished a battalion to the Command, and South Africa an air squadron": a name
		// after ", and" that an article's noun follows is a clause's subject, its verb
		// the one before, left out.
		if e := g[k].end; clauseAnd(ts, g[k-1].end, g[k].first) && k == len(g)-1 && e+1 < len(ts) && (ts[e].word == "a" || ts[e].word == "an" || numeric(ts[e].word)) &&
			!strings.ContainsAny(ts[e].pre, ",;:()") {
			return g[:k]
		}
		// "recognised the republic, and Britain and France followed": a list after ", and"
		// whose last a verb follows is a new clause's subjects.
		if clauseAnd(ts, g[k-1].end, g[k].first) && verbAfter(ts, g[len(g)-1].end) &&
			!slices.ContainsFunc(g[k+1:], func(m *mention) bool { return strings.Contains(ts[m.first].pre, ",") }) {
			return g[:k]
		}
	}
	return g
}

// listAnd reports whether "and" or "or" stands in [from, to), as it does before a list's
// last item.
func listAnd(ts []token, from, to int) bool {
	return from <= to && slices.ContainsFunc(ts[from:to], func(t token) bool { return t.word == "and" || t.word == "or" })
}

// subjects returns the list of a verb's subjects that ends at ms[i]: those joined to it,
// back to a name that is the object of a clause before ("supportive of Assad, and
// President Sisi has expressed support": Sisi alone).
func subjects(ts []token, ms []mention, i int) []*mention {
	g := slices.DeleteFunc(group(ts, ms, i, -1), func(m *mention) bool { return deserted(ts, *m) }) // "A German deserter from the Foreign Legion, Joseph Klems, trained"
	if len(g) == 0 {
		return g
	}
	for k := 1; k < len(g); k++ {
		f := g[k].first
		if f > 1 && determiners[ts[f-1].word] {
			f-- // "supportive of the Taliban, and ..."
		}
		// "Hizb-e Islami fought the Taliban, and Iran backed Pakistan": Iran alone; so
		// in "Iran backed the PUK, Turkey came to rely on the KDP", where no "and" opens
		// the list's last item.
		if f > 0 && (objectWords[ts[f-1].word] || pastVerbs[ts[f-1].word] || strings.HasSuffix(ts[f-1].word, "ed") ||
			f >= 2 && ts[f-2].word == "to" && !ts[f-1].upper) && // "continues to supply Kabul, and the United States ..."
			(clauseAnd(ts, g[k].end, g[k-1].first) || k == 1 && len(g) == 2 && g[1].first < g[0].first && !listAnd(ts, g[1].end, g[0].first)) {
			return g[:k]
		}
	}
	return g
}

// clauseAnd reports whether ", and" stands in [from, to), as it does between clauses
// (never in the one span of the two of "the two sides").
func clauseAnd(ts []token, from, to int) bool {
	return from <= to && slices.ContainsFunc(ts[from:to], func(t token) bool { return t.word == "and" && strings.Contains(t.pre, ",") })
}

// peopleOf returns the list of individuals that opens at ms[i], where each may be followed
// by "of" and the organization or state that is theirs ("King Fahd of Saudi Arabia, King
// Hassan II of Morocco and President Chadli Bendjedid of Algeria"): the individuals.
func (rd *Reader) peopleOf(ts []token, ms []mention, i int) []*mention {
	out := []*mention{&ms[i]}
	for j := i + 1; j < len(ms); j++ {
		prev := out[len(out)-1]
		from := prev.end
		if from+1 < len(ts) && ts[from].word == "of" && ms[j].first == from+1 && rd.kinds[ms[j].id] != "individual" {
			// "of Saudi Arabia": the item's own; the list goes on after it.
			if j+1 < len(ms) && rd.kinds[ms[j+1].id] == "individual" && joined(ts, ms[j].end, ms[j+1].first) {
				out = append(out, &ms[j+1])
				j++
				continue
			}
			break
		}
		if rd.kinds[ms[j].id] != "individual" || !joined(ts, from, ms[j].first) {
			break
		}
		out = append(out, &ms[j])
	}
	return out
}

// acronymClosed reports whether ts[i] follows the parenthesis that closes a name's
// abbreviation: "the Islamic Renaissance Party (IRP) and Iran" is a list.
func acronymClosed(ts []token, i int) bool {
	return i > 0 && strings.TrimRight(strings.TrimSpace(ts[i].pre), ",") == ")" && strings.TrimSpace(ts[i-1].pre) == "(" && ts[i-1].caps // (and a comma: "(EPRDF), a coalition")
}

// partnerAfter reports whether a noun of a partner, a friend or a client stands at token
// k, after at most two words that grade it: "closest ally", "oldest friend".
func partnerAfter(ts []token, k int) bool {
	for n := 0; n < 3 && k < len(ts) && !strings.ContainsAny(ts[k].pre, ",;:()"); n, k = n+1, k+1 {
		switch w := ts[k].word; {
		case clientNouns[w] || foeNouns[w] || partnerWords[w]:
			return true
		case ts[k].upper:
			return false
		}
	}
	return false
}

// partnerWords are the nouns of an ally, a friend or a patron after a possessive.
var partnerWords = map[string]bool{"ally": true, "allies": true, "friend": true, "friends": true, "patron": true, "patrons": true,
	"backer": true, "backers": true, "protector": true, "sponsor": true, "sponsors": true, "protege": true, "protégé": true}

// outsideAgentAsides returns the mentions a cue reads past the asides of an agent after
// a comma: "the KDP, led by Massoud Barzani, and the PUK, led by Jalal Talabani, fought
// a war" is the KDP's and the PUK's war. A cue inside such an aside reads no further
// than its closing comma ("led by Massoud Barzani", not by the PUK too); one after it
// reads none of its names; nor one a denial sets aside (withoutDenied).
func outsideAgentAsides(ts []token, ms []mention, c cueSpan) []mention {
	out := withoutDenied(ts, ms)
	for k := 1; k+1 < len(ts) && k < c.end; k++ {
		end := agentAside(ts, ms, k)
		if end < 0 || end > c.first && c.first < k {
			continue // no aside closed before the cue, or one after it
		}
		inside := c.first >= k && c.first < end
		// Inside, no name before another agent's aside is the aside's subject: "the PUK,
		// backed by Iran, and the KDP, backed by Iraq" backs the KDP alone.
		drop := func(m mention) bool {
			return inside && (m.first >= end || m.first >= 0 && m.end < k && agentAside(ts, nil, m.end) > 0) || !inside && m.first > k && m.first < end
		}
		if slices.ContainsFunc(out, drop) {
			out = slices.DeleteFunc(slices.Clone(out), drop)
		}
	}
	return out
}

// pastAgentAside returns, past the agent's aside that opens at token k, the token after
// the first one beyond it (that one carries the aside's closing comma, and may be the
// cue: "the PUK, led by Jalal Talabani, fought"), or k where none opens there.
func pastAgentAside(ts []token, ms []mention, k int) int {
	if e := agentAside(ts, ms, k); e > 0 {
		return e + 1
	}
	return k
}

// agentAside returns where the aside of an agent that opens at token k closes, the
// token after it that carries its closing comma (", led by Massoud Barzani,", ", under
// Savimbi,"), or -1 where none opens there or it does not close so. Its close is the
// first comma that no name of a list follows ("assisted by the UN, the African Union,
// ECOWAS and the EU"): with no mentions ms given, the first comma.
func agentAside(ts []token, ms []mention, k int) int {
	if k < 1 || k+1 >= len(ts) || !strings.Contains(ts[k].pre, ",") {
		return -1
	}
	// "the ENDLF, said to have been assembled by RAW,": a hedge before the participle.
	if j := k; hedgeVerbs[ts[j].word] && matchAt(ts, j+1, []string{"to", "have", "been"}) && j+5 < len(ts) {
		k = j + 4
		if !strings.HasSuffix(ts[k].word, "ed") && !pastVerbs[ts[k].word] || ts[k+1].word != "by" {
			return -1
		}
		k += 2
		return agentAsideEnd(ts, ms, k)
	}
	switch {
	case ts[k+1].word == "by" && (strings.HasSuffix(ts[k].word, "ed") || pastVerbs[ts[k].word]):
		k += 2
	case ts[k].word == "under": // "UNITA, under Savimbi, and the MPLA, under dos Santos, fought a war"
		k++
	default:
		return -1
	}
	return agentAsideEnd(ts, ms, k)
}

// agentAsideEnd returns where an agent's aside read from k closes: at the comma after
// which no name of ms opens (a name after it is the list's next); -1 where none.
func agentAsideEnd(ts []token, ms []mention, k int) int {
	for ; k < len(ts); k++ {
		if strings.ContainsAny(ts[k].pre, ";:()") {
			return -1
		}
		if strings.Contains(ts[k].pre, ",") {
			n := k
			if determiners[ts[n].word] && n+1 < len(ts) {
				n++
			}
			if !slices.ContainsFunc(ms, func(m mention) bool { return m.first == n }) {
				return k
			}
		}
	}
	return -1
}

// hedgeVerbs are the participles that hedge an aside's passive: "said to have been
// assembled by RAW".
var hedgeVerbs = map[string]bool{"said": true, "believed": true, "thought": true, "reported": true, "alleged": true,
	"understood": true, "rumoured": true, "rumored": true}

// possessedItem reports whether an item of the list g follows a possessive pronoun: "the
// Taliban and their Pakistani allies", the second the first's.
func possessedItem(ts []token, g []*mention) bool {
	return slices.ContainsFunc(g, func(m *mention) bool {
		return m.first > 0 && (ts[m.first-1].word == "their" || ts[m.first-1].word == "its")
	})
}

// listOf returns the organizations of the longest list of two or more a sentence names,
// by id, in order; nil where it lists none.
func (rd *Reader) listOf(ts []token, ms []mention) []string {
	var best []*mention
	for i := 0; i < len(ms); i++ {
		if !ownedKinds[rd.kinds[ms[i].id]] || ms[i].first < 0 {
			continue
		}
		g := group(ts, ms, i, +1)
		g = slices.DeleteFunc(slices.Clone(g), func(m *mention) bool { return !ownedKinds[rd.kinds[m.id]] })
		if len(g) > len(best) {
			best = g
		}
		i += len(g) - 1
	}
	if len(best) < 2 {
		return nil
	}
	ids := make([]string, 0, len(best))
	for _, m := range best {
		if !slices.Contains(ids, m.id) {
			ids = append(ids, m.id)
		}
	}
	return ids
}

// groupNouns are the plural nouns by which a text names again the organizations it listed
// before: "let the groups open camps".
var groupNouns = map[string]bool{"groups": true, "factions": true, "militias": true, "movements": true, "organisations": true,
	"organizations": true, "parties": true}

// listedAgain adds, where a sentence names "the groups" (or "these factions", "the
// militant groups") and no one by name there, a mention of each organization the sentence
// before listed: "the militant groups: the Tigers, but also TELO, PLOTE ... Indira
// Gandhi's government let the groups open camps".
func (rd *Reader) listedAgain(ts []token, ms []mention) []mention {
	if len(rd.listed) < 2 {
		return ms
	}
	for k := 0; k+1 < len(ts); k++ {
		if w := ts[k].word; w != "the" && w != "these" && w != "those" {
			continue
		}
		n := k + 1
		if n+1 < len(ts) && !ts[n].upper && !groupNouns[ts[n].word] && groupNouns[ts[n+1].word] && strings.TrimSpace(ts[n+1].pre) == "" {
			n++ // "the militant groups"
		}
		if !groupNouns[ts[n].word] || ts[n].possessive || n+1 < len(ts) && (ts[n+1].upper && strings.TrimSpace(ts[n+1].pre) == "" || ts[n+1].word == "of" || ts[n+1].word == "that" || ts[n+1].word == "which" || ts[n+1].word == "who") ||
			slices.ContainsFunc(ms, func(m mention) bool { return m.first <= n && m.end > k }) {
			continue // "the groups of the north", "the groups that", "the groups the Tigers crushed": others
		}
		at := slices.IndexFunc(ms, func(m mention) bool { return m.first > n })
		if at < 0 {
			at = len(ms)
		}
		added := rd.listedAt(k, n+1)
		ms = slices.Insert(slices.Clip(ms), at, added...)
		k = n
		// "let the groups open camps, and the RAW trained and armed them": "them" after
		// is the groups again.
		for j := at + len(added); j < len(ms); j++ {
			if m := ms[j]; m.end == m.first+1 && ts[m.first].word == "them" {
				ms = slices.Replace(ms, j, j+1, rd.listedAt(m.first, m.end)...)
				j += len(rd.listed) - 1
			}
		}
	}
	return ms
}

// listedAt returns a mention of each organization the sentence before listed, at the
// tokens [first, end) that name them again.
func (rd *Reader) listedAt(first, end int) []mention {
	out := make([]mention, len(rd.listed))
	for x, id := range rd.listed {
		out[x] = mention{id, first, end}
	}
	return out
}
