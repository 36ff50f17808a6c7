package extract

import (
	"github.com/alliances-project/alliances"
	"regexp"
	"slices"
	"strings"
)

// The posts only a state has, given with no state ("Prime Minister David Cameron"): whose
// the reader makes them, from what the text told before and the section it is in.

// governmentHeads are the words after an individual's name that make it the name of the
// government the individual heads: "the Donald Trump administration".
var governmentHeads = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true}

// rivalGovernments are the words before "government" of one that is no state's own: "the
// exile government of Dr Sein Win".
var rivalGovernments = map[string]bool{"exile": true, "rebel": true, "rival": true, "parallel": true, "provisional": true, "shadow": true}

// rivalBodies are the words of a body, other than a state's own government, that a sentence
// gives posts "with X as president": "an interim government", "the Coalition Government of
// Democratic Kampuchea", "the Presidency Council".
var rivalBodies = map[string]bool{"interim": true, "transitional": true, "coalition": true, "council": true, "union": true,
	"front": true, "party": true, "movement": true, "junta": true, "committee": true, "royal": true, "parishad": true}

// unplacedPosts reads the state posts that name no state ("Prime Minister David
// Cameron", "defence minister Michael Fallon", "the Donald Trump administration"): the
// holder is a member of the state the text has already given the individual a post in,
// else of the state the section is about (a heading that is a state's name: "### United
// Kingdom"), else of the state of the report's conflict where the paragraph names no
// other state ("President Obama authorized airstrikes in Iraq. The UK offered the US
// assistance" is no post of Iraq's). A post that pairs names its own organization is
// read there, not here.
func (rd *Reader) unplacedPosts(d *Document, p Paragraph, ts []token, ms []mention, pairs []pair) []pair {
	var out []pair
	for i, m := range ms {
		if rd.kinds[m.id] != "individual" || m.first < 0 {
			continue
		}
		if slices.ContainsFunc(pairs, func(p pair) bool { return p.member.id == m.id }) {
			// A post its pair names; but "X, the speaker of the Supreme Soviet, became
			// acting head of state" takes another.
			if post := rd.postTaken(ts, m); post != "" && !slices.ContainsFunc(pairs, func(p pair) bool { return p.member.id == m.id && rd.kinds[p.of.id] == "state" }) {
				taken := ", taken after the name, of "
				if p, ok := strings.CutPrefix(post, "held: "); ok {
					post, taken = p, ", held after the name, of "
				}
				if state, why := rd.placeUnplaced(d, p, ts, m, post); state != "" {
					out = append(out, pair{m, mention{id: state}, "post: " + post + taken + why + " (" + state + ")"})
				}
			}
			continue
		}
		post := ""
		switch {
		case m.end < len(ts) && governmentHeads[ts[m.end].word] && (m.first > 0 && ts[m.first-1].word == "the" || ts[m.end-1].possessive) &&
			(m.end+1 >= len(ts) || ts[m.end+1].word != "of"): // not "Nouri's administration of the camps"
			post = ts[m.end].word // "the Najibullah government", "Najibullah's regime"
		case m.first >= 2 && ts[m.first-1].word == "of" && governmentHeads[ts[m.first-2].word] && !strings.ContainsAny(ts[m.first-1].pre, ",;:()") &&
			(m.first < 3 || !rivalGovernments[ts[m.first-3].word]): // not "the exile government of Dr Sein Win"
			post = ts[m.first-2].word // "the government of Mohammad Najibullah"
		case rd.apposedStatePost(ts, m) != "":
			post = rd.apposedStatePost(ts, m) // "Joaquim Chissano, the foreign minister,"
		case m.end-m.first == 2 && hasHeadNoun(ts[m.end-1].word) && (rd.stateDemonym(ts[m.first].word) || ts[m.first].possessive):
			post = ts[m.end-1].word // "the Iraqi president", "Iraq's president": the one the list has then
		case m.end-m.first >= 2 && ts[m.first].upper && rd.openingPost(ts, m) != "":
			post = rd.openingPost(ts, m) // "King Hussein", "Prime Minister Menachem Begin": a name of the case's that opens on the post
		case portfolioPost(ts, m.first) != "" && (i == 0 || ms[i-1].end < m.first-5):
			post = portfolioPost(ts, m.first) // "Minister of Internal Affairs Ruhakana Rugunda"
		default:
			for n := min(3, m.first); n > 0; n-- { // the longest post: "prime minister", not "minister"
				if from := m.first - n; rd.statePost(ts[from:m.first]) {
					if from > 0 && (ts[from-1].word == "its" || ts[from-1].word == "their") {
						break // "After its president, Enrique Álvarez Córdova,": the body's before, read by itsPostAfter
					}
					// "Iraqi Prime Minister Nouri al-Maliki" names its state; "at the request of
					// President Habyarimana, President Mitterrand" does not.
					if i == 0 || ms[i-1].end != from || strings.ContainsAny(ts[from].pre, ",;:()") {
						post = strings.Join(wordsOf(ts, from, m.first), " ")
					}
					break
				}
			}
		}
		if post == "" {
			post = rd.postApposedBefore(ts, m) // "the chief of staff, Lt-Gen Mohammed Farid Hegazy,"
		}
		if slices.ContainsFunc(ts[max(m.first-3, 0):min(m.end+1, len(ts))], func(t token) bool { return t.word == "elect" && strings.Contains(t.pre, "-") }) {
			post = "" // "the President-elect": not yet his post
		}
		taken := ""
		if post == "" {
			if post = rd.postTaken(ts, m); post != "" { // "Hun Sen became prime minister", "Nabiev won the presidential election"
				taken = ", taken after the name"
			}
			if p, ok := strings.CutPrefix(post, "held: "); ok {
				post, taken = p, ", held after the name" // "Souvanna was prime minister again": then, not from then on
			}
		}
		if w := heldPostWord([]string{"post: " + post}); w != "" && rd.holders != nil && m.first >= 0 {
			rd.holders[w] = m.id // "Maskhadov won the presidential election": "the president" after, whosever post
		}
		if post == "" {
			// "General Secretary Hassan Nasrallah" under a heading "### Hezbollah": an
			// organization's post, the section's organization.
			if org := rd.sectionPost(ts, ms, i); org != "" {
				out = append(out, pair{m, mention{id: rd.sectionOrg}, "post: " + org + ", of the organization the section is about (" + rd.sectionOrg + ")"})
			} else if org := rd.saidPost(ts, ms, i); org != "" {
				out = append(out, pair{m, mention{id: rd.said}, "post: " + org + ", of the sentence before's subject (" + rd.said + ")"})
			}
			continue
		}
		if post == "successor" || post == "ruler" {
			// "José Eduardo dos Santos succeeded him", "Déby took power": a head's post,
			// where the list of rulers makes the individual one; an organization's leader
			// succeeds so too, and a junta's second man shares in the power seized.
			if state := rd.rulerOf(m.id, ts); state != "" {
				out = append(out, pair{m, mention{id: state}, "post: ruler" + taken + ", of the state the list of rulers makes the individual the head of (" + state + ")"})
			}
			continue
		}
		if taken != "" {
			if state := rd.heldIn(ts, ms, m); state != "" {
				// "Karuna became a minister in the Sri Lankan government": the state the
				// post is taken in.
				out = append(out, pair{m, mention{id: state}, "post: " + post + taken + ", in the state named after it (" + state + ")"})
				continue
			}
		}
		if state, why := rd.placeUnplaced(d, p, ts, m, post); state != "" {
			out = append(out, pair{m, mention{id: state}, "post: " + post + taken + ", of " + why + " (" + state + ")"})
		}
	}
	return out
}

// placeUnplaced returns the state an individual's post that names none is of, and why:
// the state the text gave the individual a post in before, else the one the list of
// rulers makes it the head of, else the section's, else the one the text gives it a post
// in elsewhere, else the report's where the paragraph names no other state; "" where
// none.
func (rd *Reader) placeUnplaced(d *Document, p Paragraph, ts []token, m mention, post string) (state, why string) {
	if strings.HasSuffix(post, "chief minister") {
		return "", "" // a province's or a federal state's head ("the Chief Minister, N. Biren Singh"): no country's post
	}
	state, why = rd.offices[m.id], "the state the text gave the individual's post in before"
	if state == "" {
		state, _ = rd.ruledState(m.id, ts)
		if state == "" && post != "" && !leadingPost(post) {
			// "Joaquim Chissano, the foreign minister" of 1984, Mozambique's head from 1986:
			// a post below the head's, held before, is in the state he came to head.
			state = rd.rulerOf(m.id, nil)
		}
		why = "the state the list of rulers makes the individual the head of"
	}
	if state == "" {
		state, why = rd.section, "the state the section is about"
	}
	if state == "" && rd.unplaced != nil {
		rd.unplaced[m.id] = rd.paragraph
	}
	if state == "" {
		state, why = rd.officesAt[m.id], "the state the text gives the individual's post in elsewhere"
	}
	if state == "" && rd.country != "" && !rd.namesOtherState(d, p) {
		state, why = rd.country, "the state of the report's conflict"
	}
	if state != "" && !strings.HasPrefix(why, "the state the list") && rd.heldByAnother(state, post, m.id, ts) {
		return "", "" // the list of rulers has another in the post then
	}
	return state, why
}

// sectionPost returns the post of an organization right before the individual ms[i]
// names, where the section is about an organization and no name stands right before the
// post ("Hezbollah's General Secretary" is placed already); "" otherwise.
func (rd *Reader) sectionPost(ts []token, ms []mention, i int) string {
	m := ms[i]
	if rd.sectionOrg == "" || m.id == rd.sectionOrg {
		return ""
	}
	for from := max(m.first-3, 0); from < m.first; from++ {
		if rd.titleAt(ts, from) == m.first-from && !rd.statePost(ts[from:m.first]) {
			if i > 0 && ms[i-1].end >= from-1 || from > 0 && ts[from-1].possessive {
				return ""
			}
			if w := ts[m.first-1].word; addressWords[w] || honorifics[w] || soldierRanks[w] {
				return "" // "Mr. Attlee", "General Franco" under "## Non-Intervention Committee": no post of its
			}
			return strings.Join(wordsOf(ts, from, m.first), " ")
		}
	}
	return ""
}

// saidPost returns the post of an organization's own ("spokesman", "secretary general",
// "field commander") right before the individual ms[i] names, in a sentence that names no
// other organization or state, after a sentence whose subject is an organization: "Hezbollah
// sent fighters to Syria. Secretary General Hassan Nasrallah said ..."; "" otherwise.
func (rd *Reader) saidPost(ts []token, ms []mention, i int) string {
	m := ms[i]
	switch rd.kinds[rd.said] {
	case "armed-group", "party", "militia", "faction", "coalition":
	default:
		return ""
	}
	if slices.ContainsFunc(ms, func(o mention) bool { return rd.kinds[o.id] != "individual" && o.id != rd.said }) {
		return ""
	}
	for from := max(m.first-3, 0); from < m.first; from++ {
		words := wordsOf(ts, from, m.first)
		if orgPosts[strings.Join(words, " ")] && (from == 0 || !ts[from-1].possessive && (i == 0 || ms[i-1].end < from)) {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// orgPosts are the posts an organization has and a state does not, whose holder named
// alone is the organization's that the text speaks of.
var orgPosts = map[string]bool{"spokesman": true, "spokesperson": true, "spokeswoman": true, "secretary general": true,
	"general secretary": true, "emir": true, "amir": true, "field commander": true, "deputy leader": true, "founder": true,
	"co founder": true, "leader": true, "supreme leader": true}

// possessedPosts reads the posts a possessive gives to the sentence before's subject:
// "The interim government's headquarters are in Azaz. As of June 2019 its prime minister
// is Abdurrahman Mustafa".
func (rd *Reader) possessedPosts(ts []token, ms []mention, pairs []pair) []pair {
	if rd.said == "" || rd.kinds[rd.said] == "individual" {
		return nil
	}
	var out []pair
	for _, m := range ms {
		k := m.first - 1
		if rd.kinds[m.id] != "individual" || k < 2 || !copulas[ts[k].word] || m.id == rd.said ||
			slices.ContainsFunc(pairs, func(p pair) bool {
				return p.member.id == m.id && (p.of.id == rd.said || strings.Contains(p.why, "its "))
			}) {
			continue
		}
		from := -1 // the longest post that ends at the copula: "prime minister", not "minister"
		for i := k - 1; i > 0 && k-i <= 3; i-- {
			if rd.titleAt(ts, i) == k-i {
				from = i
			}
		}
		if from < 1 || ts[from-1].word != "its" && ts[from-1].word != "their" {
			continue
		}
		// The possessive opens its clause: no name stands between it and the clause's start.
		if slices.ContainsFunc(ms, func(o mention) bool { return o.end <= from && o.end > clauseStart(ts, from) }) {
			continue
		}
		out = append(out, pair{m, mention{id: rd.said}, "post: " + strings.Join(wordsOf(ts, from-1, k), " ") + ", of the sentence before's subject (" + rd.said + ")"})
	}
	return out
}

// apposedPosts reads the posts a possessive gives before a name in apposition: "a new
// split happened in Ansar Dine, with one of its commanders in Léré, Kamou Ag Meinly
// quitting the group", "its leader, Iyad Ag Ghali, fled", "its commander was Mahdi
// al-Harati": the individual is a member of the organization or state named last before
// the possessive in the sentence, else of the sentence before's subject.
func (rd *Reader) apposedPosts(ts []token, ms []mention, pairs []pair) []pair {
	var out []pair
	for i, m := range ms {
		if rd.kinds[m.id] != "individual" || slices.ContainsFunc(pairs, func(p pair) bool { return p.member.id == m.id }) {
			continue
		}
		its := -1
		for k := m.first - 2; k >= 0 && m.first-k <= 6; k-- {
			if w := ts[k].word; w == "its" || w == "their" {
				its = k
				break
			}
		}
		if its < 0 || its > 0 && (activeDeath[ts[its-1].word] || harmed[ts[its-1].word]) && !possessedBefore(ts, ms, its) && !ofObjectBefore(ts, ms, its-1) {
			continue // "war with Israel, which killed its leader Hassan Nasrallah": not Israel's leader
		}
		if only, n, _ := rd.title(ts, its+1, postEnd(ts, its, m.first)); !only || n == 0 {
			continue
		}
		owner, from, relative := rd.itsOwner(), 0, -1
		for j := i - 1; j >= 0; j-- {
			if ms[j].end <= its && ms[j].first >= 0 && inRelativeAside(ts, ms[j].first, its) {
				relative = ms[j].end // past the clause, to its closing comma
				continue
			}
			if ms[j].end <= its && ms[j].first >= 0 && rd.peopleWord(ts, ms[j]) {
				break // "opposed ... the Indian presence ...; its leader, Rohana Wijeweera": no state's leader
			}
			if ms[j].end <= its && ms[j].first >= 0 {
				owner, from = ms[j].id, ms[j].end
				if j >= 1 && ms[j-1].first >= 0 && ts[ms[j].end-1].possessive && copulaBetween(ts, ms[j-1].end, ms[j].first) {
					owner, from = ms[j-1].id, its // "NaMA had been the Prosperity Party's partner, and its chairman": NaMA's
				}
				break
			}
		}
		if relative >= 0 && from > 0 {
			from = relative + slices.IndexFunc(ts[relative:its+1], func(t token) bool { return strings.Contains(t.pre, ",") })
		}
		// No other name between them that "its" may speak of: "attacked Herat and its
		// governor, X" makes X no member of the attacker.
		if lo := max(from, 1); lo < its && slices.ContainsFunc(ts[lo:its], func(t token) bool { return t.upper }) {
			continue
		}
		if owner == "" || owner == m.id || rd.kinds[owner] == "individual" || rd.kinds[owner] == alliances.Category {
			continue
		}
		out = append(out, pair{m, mention{id: owner}, "post: " + strings.Join(wordsOf(ts, its, postEnd(ts, its, m.first)), " ") + ", of the organization named before it (" + owner + ")"})
	}
	return out
}

// peopleWord reports whether a mention is a state's people's word alone before a noun
// that names no organ of the state: "the Indian presence", "Sudanese refugees", no name a
// later "its" may speak of, unlike "the Indian army".
func (rd *Reader) peopleWord(ts []token, m mention) bool {
	if m.end-m.first != 1 || m.end >= len(ts) || ts[m.end].upper || ts[m.end].possessive || !rd.stateDemonym(ts[m.first].word) {
		return false
	}
	w := ts[m.end].word
	return !organNouns[w] && !organWords[w] && !rulerForces[w] && !ownGovernment[w] && w != "state" && w != "authorities"
}

// clauseStart returns where the clause of token k opens: after the last comma,
// semicolon or "and" before it, or at the sentence's start.
func clauseStart(ts []token, k int) int {
	for i := k; i > 0; i-- {
		if strings.ContainsAny(ts[i].pre, ",;:") || ts[i-1].word == "and" {
			return i
		}
	}
	return 0
}

// namesOtherState reports whether a paragraph names a state other than the report's
// main one, other than as a place ("in Iraq").
func (rd *Reader) namesOtherState(d *Document, p Paragraph) bool {
	for _, s := range p.Sentences {
		for _, m := range rd.mentionsAfter(tokens(d.Text[s.Start:s.End], s.Start), "", nil) {
			if rd.kinds[m.id] == "state" && m.id != rd.country {
				return true
			}
		}
	}
	return false
}

// statePost reports whether the words are one of a state's posts (state_posts), all of
// them.
func (rd *Reader) statePost(ts []token) bool {
	return slices.ContainsFunc(rd.statePosts, func(p []string) bool { return matchAt(ts, 0, p) && len(p) == len(ts) })
}

// sectionState reads a Markdown heading line into sections (the state each level of
// heading is about: the one whose name the heading is, "### United Kingdom") and returns
// the state of the deepest level that has one.
func (rd *Reader) sectionState(sections []string, line string) string {
	line = strings.TrimSpace(line)
	level := min(len(line)-len(strings.TrimLeft(line, "#")), len(sections)-1)
	ts := tokens(sectionNumberRE.ReplaceAllString(strings.TrimLeft(line, "# "), ""), 0) // "A2. Ansar al-Sunna"
	ws := wordsOf(ts, 0, len(ts))
	for i, w := range ws {
		ws[i] = spelling(w)
	}
	sections[level], rd.sectionOrg = "", ""
	if id, ok := rd.names[strings.Join(ws, " ")]; ok && rd.kinds[id] == "state" {
		sections[level] = id
	} else if k := rd.kinds[id]; ok && k != "individual" && k != alliances.Category && k != "" {
		rd.sectionOrg = id // "### Hezbollah": the organization the section is about
	}
	clear(sections[level+1:])
	for i := len(sections) - 1; i >= 0; i-- {
		if sections[i] != "" {
			return sections[i]
		}
	}
	return ""
}

// sectionNumberRE is the number that opens a heading: "A2. ", "3.1 ", "IV. ", "Part B: ".
var sectionNumberRE = regexp.MustCompile(`^(?:(?:Part|Section|Annex)\s+)?(?:[A-Z]?\d+(?:\.\d+)*|[IVX]+|[A-Z])[.):]?\s+`)

// organApposed reports whether the words [from, to) between a state's possessive and a
// name describe an organ that the name, after a comma, names: "main intelligence
// service, the", "elite military unit,".
func organApposed(ts []token, from, to int) bool {
	return apposedNoun(ts, from, to, organNouns)
}

// apposedNoun reports whether the words [from, to) before a name are a noun of nouns and
// the words that grade it, the name after a comma: "main intelligence service, the".
func apposedNoun(ts []token, from, to int, nouns map[string]bool) bool {
	k := to
	if k-1 > from && ts[k-1].word == "the" {
		k--
	}
	if k-from < 1 || k-from > 4 || !strings.Contains(ts[k].pre, ",") {
		return false
	}
	for j := from; j < k; j++ {
		if ts[j].upper || j > from && strings.TrimSpace(ts[j].pre) != "" || ts[j].word == "and" || ts[j].word == "of" {
			return false
		}
	}
	return nouns[ts[k-1].word]
}

// organAfter reports whether the words from k are a noun of a state's organ and up to
// three words that grade it, closed by a comma or the sentence's end: "external
// intelligence agency,".
func organAfter(ts []token, k int) bool {
	for j := k; j < len(ts) && j-k < 4; j++ {
		if ts[j].upper || strings.ContainsAny(ts[j].pre, ",;:()") && j > k || ts[j].word == "and" || ts[j].word == "of" {
			return false
		}
		if organNouns[ts[j].word] && (j+1 == len(ts) || strings.ContainsAny(ts[j+1].pre, ",;:()")) {
			return true
		}
	}
	return false
}

// organNouns are the nouns of a state's organs and the forces it keeps.
var organNouns = map[string]bool{"service": true, "services": true, "agency": true, "ministry": true, "force": true,
	"forces": true, "militia": true, "army": true, "guard": true, "corps": true, "unit": true, "units": true, "company": true,
	"contractor": true, "council": true, "body": true, "arm": true, "wing": true, "branch": true, "office": true}

// withoutOwnPosts drops the ties other than membership between an individual and the
// organization or state the same sentence gives them a post in: "clan leaders from Turkey
// had a meeting with Turkish President Erdogan" tells no talks of Turkey with its own
// president; and the cooperation of a state with its own organ ("India and its Border
// Security Force hunted the Hizb").
func (rd *Reader) withoutOwnPosts(found []Proposal) []Proposal {
	posts := map[[2]string]bool{}
	parts := map[[2]string]bool{} // an organ and its state: "India and its Border Security Force hunted"
	for _, p := range found {
		if p.Tie.Kind == alliances.Membership && rd.kinds[p.Tie.Subject] == "individual" {
			posts[[2]string{p.Tie.Subject, p.Tie.Object}] = true
		} else if p.Tie.Kind == alliances.Membership && rd.kinds[p.Tie.Object] == "state" && p.Confidence >= 0.5 {
			parts[[2]string{p.Tie.Subject, p.Tie.Object}] = true
		}
	}
	if len(posts) == 0 && len(parts) == 0 {
		return found
	}
	return slices.DeleteFunc(found, func(p Proposal) bool {
		t := p.Tie
		pair := posts[[2]string{t.Subject, t.Object}] || posts[[2]string{t.Object, t.Subject}]
		part := parts[[2]string{t.Subject, t.Object}] || parts[[2]string{t.Object, t.Subject}]
		return t.Kind != alliances.Membership && pair || t.Kind == alliances.Cooperation && part
	})
}

// portfolio reports whether the capitalized word at ts[i] names the field of a post
// that follows it before token to, past at most one more such word: "Intelligence
// Minister", "Foreign Ministry spokeswoman".
func portfolio(ts []token, i, to int) bool {
	for j := i + 1; j < to && j <= i+2; j++ {
		if portfolioHeads[ts[j].word] && strings.TrimSpace(ts[j].pre) == "" {
			return true
		}
		if !ts[j].upper || ts[j].caps || strings.TrimSpace(ts[j].pre) != "" {
			return false
		}
	}
	return false
}

// portfolioHeads are the posts a field may qualify.
var portfolioHeads = map[string]bool{"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ministry": true, "chief": true, "adviser": true, "advisor": true, "director": true, "commissioner": true}

// harmed are the verbs after which "its" or "their" is the victim's, not the subject's:
// "captured its commander, X".
var harmed = map[string]bool{"captured": true, "arrested": true, "detained": true, "kidnapped": true, "abducted": true, "targeted": true,
	"ousted": true, "wounded": true, "killing": true, "capturing": true, "arresting": true}

// possessedBefore reports whether the name nearest before token k is a possessive's, of
// a thing struck before: "attacked TELO's camps and killed its leader" is TELO's leader,
// not the attacker's.
func possessedBefore(ts []token, ms []mention, k int) bool {
	j := slices.IndexFunc(ms, func(m mention) bool { return m.end > k })
	if j < 0 {
		j = len(ms)
	}
	return j > 0 && ms[j-1].first >= 0 && ms[j-1].end <= k && ts[ms[j-1].end-1].possessive
}

// ofObjectBefore reports whether the name right before token k is the object of "of",
// no subject of the verb at k: "a bomb at the headquarters of the Islamic Republican Party
// (IRP) killed its leader" kills the party's leader; "war with Israel, which killed its
// leader" is Israel's deed.
func ofObjectBefore(ts []token, ms []mention, k int) bool {
	j := slices.IndexFunc(ms, func(m mention) bool { return m.end > k })
	if j < 0 {
		j = len(ms)
	}
	if j == 0 || ms[j-1].first < 0 || ms[j-1].end != k {
		return false
	}
	first := ms[j-1].first
	if j >= 2 && ms[j-2].id == ms[j-1].id && ms[j-2].first >= 0 && ms[j-2].end == first {
		first = ms[j-2].first // "the Islamic Republican Party (IRP)"
	}
	f := first - 1
	if f >= 0 && ts[f].word == "the" {
		f--
	}
	return f >= 0 && ts[f].word == "of"
}

// reflexives are the pronouns that stress the one named before them: "Karuna himself
// became a minister".
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// heldIn returns the state named right after "in" a few words after the individual m
// ("became a minister in the Sri Lankan government", "became prime minister in Kabul"),
// with no comma and no other name before it; "" where none.
func (rd *Reader) heldIn(ts []token, ms []mention, m mention) string {
	for k := m.end; k < len(ts) && k-m.end <= 6 && !strings.ContainsAny(ts[k].pre, ",;:()"); k++ {
		if slices.ContainsFunc(ms, func(o mention) bool { return o.first == k }) {
			return "" // another actor first
		}
		if ts[k].word != "in" {
			continue
		}
		j := k + 1
		if j < len(ts) && ts[j].word == "the" {
			j++
		}
		for n := min(3, len(ts)-j); n > 0; n-- { // "in the Sri Lankan government", "in Kabul" (a capital the state is known by)
			if id := rd.names[spelling(strings.Join(wordsOf(ts, j, j+n), " "))]; rd.kinds[id] == "state" && ts[j].upper {
				return id
			}
		}
		return ""
	}
	return ""
}

// openingPost returns the state's post a mention's own words open with, before the rest
// of the name ("King Hussein", "Prime Minister Menachem Begin", names a case gives), or "".
func (rd *Reader) openingPost(ts []token, m mention) string {
	for n := min(3, m.end-m.first-1); n > 0; n-- {
		if rd.statePost(ts[m.first : m.first+n]) {
			return strings.Join(wordsOf(ts, m.first, m.first+n), " ")
		}
	}
	return ""
}

// apposedStatePost returns the state's post set off by commas right after a name, with
// "the" and no state ("Joaquim Chissano, the foreign minister, flew to Pretoria"), or "".
func (rd *Reader) apposedStatePost(ts []token, m mention) string {
	k := m.end
	if k+1 >= len(ts) || strings.TrimSpace(ts[k].pre) != "," {
		return ""
	}
	// "Hassan Gouled Aptidon, President from independence until 1999,": with no
	// article, the post's time follows it.
	bare := ts[k].word != "the"
	if !bare {
		k++
	}
	for n := min(3, len(ts)-k); n > 0; n-- {
		if e := k + n; rd.statePost(ts[k:e]) && (e == len(ts) || strings.ContainsAny(ts[e].pre, ",;:") && !bare || bare && postTimeWords[ts[e].word] && !strings.ContainsAny(ts[e].pre, ",;:()")) {
			return strings.Join(wordsOf(ts, k, e), " ")
		}
	}
	return ""
}

// portfolioPost returns the post of a title with its portfolio written out before the
// name at token first, "Minister of Internal Affairs" (up to three capitalized words after
// "of"): the post's first word, where the rules hold it as a state's; else "".
func portfolioPost(ts []token, first int) string {
	for of := first - 2; of >= 1 && of >= first-4; of-- {
		if !ts[of+1].upper || strings.ContainsAny(ts[of+1].pre, ",;:()") {
			return ""
		}
		if ts[of].word == "of" && ts[of-1].upper && (ts[of-1].word == "minister" || ts[of-1].word == "secretary") {
			return ts[of-1].word
		}
	}
	return ""
}

// soldierRanks are the military ranks before a name: a soldier's, no organization's post.
var soldierRanks = map[string]bool{"general": true, "gen": true, "colonel": true, "col": true, "major": true, "maj": true, "captain": true,
	"capt": true, "lieutenant": true, "lt": true, "brigadier": true, "admiral": true, "marshal": true, "sergeant": true, "corporal": true}

// postTimeWords open the time of a post given with no article after a name: "President
// from independence until 1999", "prime minister since 2001".
var postTimeWords = map[string]bool{"from": true, "until": true, "since": true, "between": true, "during": true}
