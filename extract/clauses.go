package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alliances-project/alliances"
)

// verbAfter tells whether the word at e, right after a name, is a verb of which the name
// is the subject: an auxiliary ("and President Sisi has expressed"), a verb in the past
// ("and Iran backed Pakistan").
func verbAfter(ts []token, e int) bool {
	if e >= len(ts) || strings.ContainsAny(ts[e].pre, ",;:-") {
		return false
	}
	w := ts[e].word
	return auxiliaries[w] || pastVerb(ts[e]) ||
		phaseVerbs[w] && e+1 < len(ts) && (ts[e+1].word == "to" || strings.HasSuffix(ts[e+1].word, "ing")) // "continue to supply"
}

// pastVerbs are verbs in the past that do not end in "ed".
var pastVerbs = map[string]bool{"fought": true, "sent": true, "gave": true, "made": true, "took": true, "led": true, "held": true,
	"sold": true, "struck": true, "began": true, "won": true, "lost": true, "met": true, "sought": true, "brought": true, "built": true,
	"told": true, "said": true, "saw": true, "kept": true, "left": true, "ran": true, "broke": true, "became": true, "withdrew": true,
	"overran": true, "shot": true, "hit": true, "split": true, "spent": true, "paid": true, "drove": true, "let": true, "cut": true, "beat": true,
	"came": true, "went": true, "stood": true, "found": true, "grew": true, "fell": true, "rose": true, "knew": true, "thought": true,
	"flew": true, "threw": true, "wrote": true, "got": true, "drew": true, "fled": true, "dealt": true, "lent": true, "meant": true,
	"bought": true, "caught": true, "taught": true, "heard": true, "swore": true, "chose": true, "spoke": true, "overcame": true,
	"overthrew": true, "undertook": true, "withstood": true, "upheld": true, "sank": true}

// objectWords are the prepositions before a verb's or a noun's object.
var objectWords = map[string]bool{"of": true, "for": true, "to": true, "with": true, "against": true, "by": true, "on": true}

type voiceOf int

const (
	active voiceOf = iota
	passiveBy
	passiveNoAgent
)

// voice tells whether a cue is passive: one of the rules' passive cues ("backed by"), or
// a participle after a form of "be" ("were killed by Turkish forces", "was attacked"),
// with its agent after "by" or with none.
func (rd *Reader) voice(ts []token, c cueSpan) voiceOf {
	if c.cue.passive {
		return passiveBy
	}
	if len(c.cue.words) != 1 || !strings.HasSuffix(c.cue.words[0], "ed") {
		return active
	}
	aux := false
	for i := c.first - 1; i >= max(0, c.first-3); i-- {
		switch ts[i].word {
		case "was", "were", "been", "being", "is", "are", "be", "got", "get":
			aux = true
		case "also", "later", "then", "first", "not", "never":
			continue
		}
		if strings.HasSuffix(ts[i].word, "ly") {
			continue // "was subsequently captured"
		}
		break
	}
	if !aux {
		return active
	}
	if c.end < len(ts) && ts[c.end].word == "by" {
		return passiveBy
	}
	// "was killed probably by an Israeli airstrike": an adverb before the agent.
	if c.end+1 < len(ts) && (strings.HasSuffix(ts[c.end].word, "ly") || ts[c.end].word == "probably") && ts[c.end+1].word == "by" {
		return passiveBy
	}
	return passiveNoAgent
}

// abbreviated reports whether the parenthesis in the gap before token k closes (step -1)
// or opens (step +1) a parenthesis around one word, or a few capitalized ones joined by
// slashes or hyphens ("(MOJWA/MUJAO)").
func abbreviated(ts []token, gapAt func(int) string, k, step int) bool {
	j := k - 1 // the first word inside, from the close
	if step > 0 {
		j = k
	}
	for n := 0; n < 3 && j >= 0 && j < len(ts); n++ {
		far := gapAt(j) // the gap on the far side of word j
		if step > 0 {
			far = gapAt(j + 1)
		}
		if strings.Contains(far, "(") && step < 0 || strings.Contains(far, ")") && step > 0 {
			return true
		}
		if n > 0 && !ts[j].upper || far != "/" && far != "-" {
			return false
		}
		j += step
	}
	return false
}

// clauseWords open a clause wherever they stand: no tie is read across one.
var clauseWords = map[string]bool{"while": true, "whilst": true, "whereas": true, "although": true, "though": true, "because": true}

// subordinators open a sentence with a clause that its first comma closes.
var subordinators = map[string]bool{"when": true, "while": true, "whilst": true, "after": true, "before": true, "since": true, "although": true,
	"though": true, "if": true, "once": true, "because": true, "whereas": true, "as": true, "until": true, "unless": true}

// opensSentence reports whether the words before token i only open the sentence: an
// article, or a time ("In July 2018, the Iraqi Army ...").
func opensSentence(ts []token, i int) bool {
	if i > 9 {
		return false
	}
	for k := recitalEnd(ts); k < i; k++ {
		w := ts[k].word
		if !(w == "the" || w == "in" || w == "on" || w == "by" || w == "during" || w == "early" || w == "late" || w == "mid" ||
			w == "of" || w == "later" || w == "then" || strings.Contains(months, w) && len(w) >= 3 || w[0] >= '0' && w[0] <= '9' ||
			w == "about" || w == "some" || w == "around" || w == "nearly" || w == "almost" || w == "roughly" || // "about 100 American troops"
			w == "within" || laterUnits[w] || (numberWords[w] || w == "after") && slices.ContainsFunc(ts[k+1:i], func(t token) bool { return laterUnits[t.word] }) || // "Within weeks Geagea", "Within a few weeks"
			w == "weeks" || w == "months" || w == "days" || w == "years" ||
			w == "between" || w == "and" && ts[0].word == "between" || // "Between 24 and 25 May,"
			ts[k].upper && ts[i-1].word == "of" && i-k <= 3) { // "The Amir of Kuwait, Sheikh Sabah", "Two of its leaders, A and B,"
			return false
		}
	}
	return true
}

// unknownName reports whether a name the reader does not know may stand before token
// to in its sentence: a capitalized word after the first ("the al-Nusra Front
// attacked"), or a first word joined to a capitalized one ("Al-Nusra attacked"). A cue
// with no known actor before it then speaks of that name, not of the paragraph's subject.
func unknownName(d *Document, ts []token, to int) bool {
	for i := 0; i < to && i < len(ts); i++ {
		raw := d.Text[ts[i].start:ts[i].end]
		r, _ := utf8.DecodeRuneInString(raw)
		if i > 0 && unicode.IsUpper(r) || strings.ContainsFunc(raw[1:], unicode.IsUpper) {
			return true
		}
	}
	return false
}

// boundary reports whether the edge of a clause lies between the tokens from and to: a
// semicolon, a colon, a parenthesis or a dash, or a comma before a word that opens a
// clause (", and China provided"; ", which").
func boundary(d *Document, ts []token, from, to int) bool {
	gapAt := func(k int) string {
		if k < 1 || k >= len(ts) {
			return ""
		}
		return gapText(d, ts, k)
	}
	// "When Hizb-e Islami signed a peace deal in 2016, the Taliban were upset": the
	// first comma of a sentence opened by a subordinate clause closes it.
	opener := len(ts) > 0 && subordinators[ts[0].word]
	for k := max(from, 1); k <= to && k < len(ts); k++ {
		gap := gapAt(k)
		if opener && strings.Contains(gap, ",") && !slices.ContainsFunc(ts[1:k], func(t token) bool { return strings.Contains(t.pre, ",") }) {
			return true
		}
		// A parenthesis around one word is an abbreviation: "Units (YPG) attacked", "in
		// West Africa (MOJWA/MUJAO), a splinter group".
		// A parenthesis that closes a gloss the name holds ("the Islamist Ansar Dine
		// (*Defenders of Faith*), initially fought", the gloss an alias) closes no clause.
		if strings.Contains(gap, ")") && abbreviated(ts, gapAt, k, -1) || strings.Contains(gap, "(") && abbreviated(ts, gapAt, k, +1) ||
			k == max(from, 1) && strings.Contains(gap, ")") && !strings.Contains(gap, "(") && glossOpened(ts, gapAt, from) {
			gap = strings.NewReplacer("(", "", ")", "").Replace(gap)
		}
		// One of a few words right after the name glosses it: "the Islamist Ansar Dine
		// (*Defenders of Faith*), initially fought".
		if k == max(from, 1) && strings.Contains(gap, "(") && !strings.Contains(gap, ")") {
			for j := k + 1; j < len(ts) && j <= k+6 && j <= to; j++ {
				if g := gapAt(j); strings.Contains(g, ")") {
					if !slices.ContainsFunc(ts[k:j], func(t token) bool { return !t.upper && !glossWords[t.word] }) || bracketAside(ts[k:j]) {
						k, gap = j, strings.NewReplacer("(", "", ")", "").Replace(g)
					}
					break
				} else if strings.ContainsAny(g, ";:,[]—") {
					break
				}
			}
		}
		// A dash set off by spaces opens an aside ("useful partners – at one point
		// exceeding Pakistan's"); one between two years is a span.
		if strings.ContainsAny(gap, ";:()[]—") || strings.Contains(gap, "–") && strings.Contains(gap, " ") {
			return true
		}
		// "the US left Pakistan while the Taliban fought Jami'at": a clause of its own.
		if k < to && clauseWords[ts[k].word] {
			return true
		}
		// "left Pakistan as the Taliban fought": "as" between a name and a name opens a
		// clause too (not "known as the Islamic State", "as well as", "pointed at Saudi
		// Arabia as the major supporter of").
		if k < to && k > 0 && k+2 < len(ts) && ts[k].word == "as" && ts[k-1].upper && (ts[k+1].word == "the" && ts[k+2].upper || ts[k+1].upper) {
			return true
		}
		if strings.Contains(gap, ",") && k < to {
			switch ts[k].word {
			case "which", "who", "whose":
				// "The Iranians, who had been supporting the Taliban": a relative clause
				// right after a name speaks of it, and past a place the name is in ("the
				// Mai-Mai militias in the Kivus, which fought both the RCD and").
				if k > from && !placeOnly(ts, from, k) {
					return true
				}
			case "and", "but", "while", "whereas", "although", "though", "when", "because", "so", "yet", "however":
				return true
			case "then":
				// "to pledge Tehran's backing, then to Ankara": a step of its own (not
				// "Abdel Aziz, then chairing the African Union,", an aside).
				if k+1 < len(ts) && prepositions[ts[k+1].word] {
					return true
				}
			}
		}
	}
	return false
}

// setAside reports whether the actor b stands in a participle's clause set off by commas
// after a, before the cue: "a, (adverb) participle by b, cue".
func setAside(ts []token, a, b mention, cue int) bool {
	if b.first < 2 || b.end > cue || b.first-a.end > 4 || !strings.Contains(ts[b.end].pre, ",") && !strings.Contains(ts[min(b.end+1, len(ts)-1)].pre, ",") {
		return false
	}
	k := b.first - 1
	if ts[k].word == "the" {
		k--
	}
	if k < 1 || ts[k].word != "by" || !strings.HasSuffix(ts[k-1].word, "ed") {
		return false
	}
	return strings.Contains(ts[k-1].pre, ",") || k >= 2 && strings.Contains(ts[k-2].pre, ",") && strings.HasSuffix(ts[k-2].word, "ly")
}

// instrument reports whether the noun at cue is the means of a support named before it:
// "supported by airstrikes", "backed by Russian and Syrian air strikes".
func instrument(ts []token, ms []mention, cue int) bool {
	if strings.ContainsAny(ts[cue].pre, ",)") || strings.HasSuffix(ts[cue].word, "ed") {
		return false // "Iran, supported by Pakistan, attacked the Taliban": the verb after the participle's clause
	}
	k := cue - 1
	for k >= 0 && cue-k <= 8 {
		inName := slices.ContainsFunc(ms, func(m mention) bool { return k >= m.first && k < m.end })
		if !inName && ts[k].word != "and" && ts[k].word != "the" && ts[k].word != "heavy" && ts[k].word != "air" {
			break
		}
		k--
	}
	if k < 1 || ts[k].word != "by" && ts[k].word != "with" {
		return false
	}
	switch ts[k-1].word {
	case "supported", "backed", "aided", "helped", "assisted", "covered", "protected", "reinforced":
		return true
	}
	return false
}

// subject returns the index of the mention that is a sentence's subject: as a rule its
// first, but after a clause that opens the sentence ("Having trained alongside AQIM
// since 2006, Boko Haram ...") the first after the clause's comma, and past another's
// deputy or kinsman the name in apposition to him.
func subject(ts []token, ms []mention) int {
	s := openedSubject(ts, ms)
	// "Yusuf's deputy, Abubakar Shekau, resurfaced": the one in apposition to another's
	// deputy or kinsman.
	if s+1 < len(ms) && ms[s].first >= 0 && ms[s].end+1 < len(ts) && ts[ms[s].end-1].possessive &&
		(deputyWords[ts[ms[s].end].word] || kinNouns[ts[ms[s].end].word]) && ms[s+1].first == ms[s].end+1 && strings.Contains(ts[ms[s+1].first].pre, ",") {
		return s + 1
	}
	return s
}

var timeOpeners = map[string]bool{"in": true, "on": true, "by": true, "during": true, "from": true, "until": true, "at": true, "early": true, "late": true}

// openers are the words that open a clause before a sentence's subject.
var openers = map[string]bool{"having": true, "after": true, "following": true, "despite": true, "while": true, "although": true,
	"though": true, "since": true, "when": true, "once": true, "before": true, "unlike": true, "like": true, "as": true, "with": true}

// determiners open the noun phrase of a verb's object: "attacked the town".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "these": true, "those": true, "several": true, "two": true, "three": true, "four": true}

// wordsOf returns the words of the tokens in [from, to).
func wordsOf(ts []token, from, to int) []string {
	var out []string
	for i := from; i < min(to, len(ts)); i++ {
		out = append(out, ts[i].word)
	}
	return out
}

// bracketAside reports whether the words in brackets after a name are an aside on it of a
// few words that tell nothing done: "the SSLM (the rebels) signed", "(in exile)"; not
// "(which Khartoum armed)" nor "(since 1963)", whose year may date the clause.
func bracketAside(ws []token) bool {
	return len(ws) <= 3 && !slices.ContainsFunc(ws, func(t token) bool {
		return strings.ContainsAny(t.pre, ",;:") || strings.HasSuffix(t.word, "ed") || pastVerbs[t.word] || auxiliaries[t.word] ||
			relativeWords[t.word] || t.word[0] >= '0' && t.word[0] <= '9'
	})
}

// glossWords are the small words of a name's gloss or translation: "(Defenders of the
// Faith)".
var glossWords = map[string]bool{"of": true, "the": true, "for": true, "and": true, "al": true, "in": true}

// intended returns the words that make the fight a cue tells only intended or
// threatened ("intention to", "threatened to"), standing before the cue's "to" or before
// the first verb of the series of infinitives the cue ends ("to oppose Tuareg rule,
// battle the MNLA"), or "" where there are none.
func intended(ts []token, spans []cueSpan, c cueSpan) string {
	start := c.first
	if ts[start].word == "to" && start+1 < c.end {
		start++ // "threatened to shell Kabul", the cue "to shell"
	}
	// "ready to begin supplying lethal aid to", "vowed to launch an offensive against":
	// the verb the cue's noun is the object of, up to four words back.
	for k := c.first - 1; k >= max(1, c.first-4); k-- {
		if ts[k].upper || strings.ContainsAny(ts[k+1].pre, ",;:()") {
			break
		}
		if ts[k].word == "to" && intents[ts[k-1].word] {
			start = k + 1
			break
		}
	}
	if start < 1 || ts[start-1].word != "to" {
		if start < 1 || !strings.Contains(ts[start].pre, ",") && ts[start-1].word != "and" {
			return ""
		}
		i := slices.IndexFunc(spans, func(o cueSpan) bool {
			return o.first > 0 && o.first < c.first && ts[o.first-1].word == "to" &&
				!slices.ContainsFunc(ts[o.first:c.first], func(t token) bool { return strings.ContainsAny(t.pre, ";:()") })
		})
		if i < 0 {
			return ""
		}
		start = spans[i].first
	}
	if start < 2 || !intents[ts[start-2].word] {
		return ""
	}
	return ts[start-2].word + " to"
}

// intents are the words before "to" that make what follows meant, not done.
var intents = map[string]bool{"intention": true, "intentions": true, "intends": true, "intend": true, "intended": true,
	"threatened": true, "threatening": true, "threatens": true, "threaten": true, "vowed": true, "vows": true, "vowing": true, "vow": true,
	"plans": true, "planned": true, "planning": true, "plan": true, "promised": true, "promises": true, "ready": true, "prepared": true,
	"preparing": true, "determined": true, "resolved": true}

// trustWords are the nouns of trust in another's ability: "faith in their ability to".
var trustWords = map[string]bool{"faith": true, "confidence": true, "trust": true, "belief": true}

// timeClauses are the words that open a clause of time: "months before Ghani's regime
// unraveled".
var timeClauses = map[string]bool{"before": true, "after": true, "until": true, "when": true, "while": true, "once": true}

// nounObjectPreps are the prepositions that join a noun to its object: "support for the
// Taliban", "opposition to the regime".
var nounObjectPreps = map[string]bool{"for": true, "to": true, "against": true, "of": true, "with": true}

// auxiliaries are the verbs that may stand between a relative pronoun and its clause's
// verb: "who had criticized".
var auxiliaries = map[string]bool{"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"been": true, "being": true, "would": true, "will": true, "did": true, "does": true, "do": true}

// forceNouns are the nouns of armed men and their groups that a participle before them
// qualifies: "allied forces", "allied rebel groups".
var forceNouns = map[string]bool{"forces": true, "groups": true, "group": true, "factions": true, "faction": true, "militias": true,
	"militia": true, "fighters": true, "troops": true, "units": true, "rebels": true, "militants": true, "brigades": true}

// quantity reports whether a word counts what follows: "captured 33 fighters", "killed
// dozens of".
func quantity(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "some", "many", "several", "dozens", "hundreds", "thousands", "few", "more", "most", "all", "other", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// hostVerbs are the verbs of holding talks for others: "hosted negotiations".
var hostVerbs = map[string]bool{"hosted": true, "hosts": true, "hosting": true, "host": true, "convened": true, "convenes": true,
	"convening": true, "organized": true, "organised": true, "sponsored": true, "brokered": true, "facilitated": true}

// clauseOf returns the tokens [lo, hi) of the clause that holds tokens [from, to): it
// ends at a semicolon, or at a comma before "and", "but", "while" or "whereas" ("In 2019
// Iran supported the Taliban, and in 2022 Russia armed Jami'at": the arms are Russia's).
func clauseOf(ts []token, from, to int) (int, int) {
	edge := func(k int) bool {
		if strings.Contains(ts[k].pre, ";") || strings.ContainsAny(ts[k].pre, "–—") && strings.Contains(ts[k].pre, " ") {
			return true // a dash set off by spaces opens an aside: "... partners – at one point possibly exceeding"
		}
		switch ts[k].word {
		case "and", "but", "while", "whereas":
			return strings.Contains(ts[k].pre, ",")
		}
		return false
	}
	lo, hi := max(from, 0), min(to, len(ts))
	for lo > 0 && !edge(lo) {
		lo--
	}
	for hi < len(ts) && !edge(hi) {
		hi++
	}
	return lo, hi
}

// tookPost reports whether a cue of taking over takes a post, not a place: "took over
// the leadership of the group" is no town taken from anyone.
func tookPost(ts []token, c cueSpan) bool {
	// "seized power in a coup organised by the NIF": power seized, from no one the sentence
	// names after (but "seized power from Touré" is Touré's).
	if w := c.cue.words[len(c.cue.words)-1]; (strings.HasPrefix(w, "seiz") || w == "took" || w == "grabbed") && c.end+1 < len(ts) &&
		ts[c.end].word == "power" && ts[c.end+1].word != "from" {
		return true
	}
	return matchAt(ts, c.first, []string{"took", "over"}) && c.end < len(ts) &&
		(postNouns[ts[c.end].word] || c.end+1 < len(ts) && determiners[ts[c.end].word] && postNouns[ts[c.end+1].word])
}

// postNouns are what one takes over or hands over that is no place: "took over the
// leadership", "took over command", "took over the moderation" (of talks, no place).
var postNouns = map[string]bool{"leadership": true, "command": true, "presidency": true, "chairmanship": true, "role": true,
	"post": true, "position": true, "management": true, "responsibility": true, "duties": true, "moderation": true, "mediation": true,
	"facilitation": true, "chair": true, "talks": true, "negotiations": true, "portfolio": true, "ministry": true, "mission": true}

// giveVerbs are the verbs of giving whose first object is the one given to: "sent Assad
// financial support", "gave the rebels backing".
var giveVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "gave": true, "give": true, "gives": true,
	"giving": true, "offered": true, "offer": true, "offers": true, "offering": true, "lent": true, "lend": true, "lends": true,
	"lending": true, "promised": true, "granted": true, "extended": true, "furnish": true, "furnished": true, "furnishing": true}

// reportVerbs are the participles of telling that stand between an auxiliary and a verb:
// "has been reported to be linked to".
var reportVerbs = map[string]bool{"reported": true, "said": true, "believed": true, "thought": true, "alleged": true, "known": true,
	"rumoured": true, "rumored": true, "suspected": true}

// participles are the participles that, with their preposition, qualify the noun before
// them ("smugglers linked to Jami'at", "militias allied to Iran"), unlike verbs of an act
// ("figures called on Hezbollah").
var participles = map[string]bool{"linked": true, "allied": true, "affiliated": true, "aligned": true, "tied": true, "connected": true,
	"related": true, "loyal": true, "close": true}

// unknownSubject reports whether a name the reader does not know, right after a comma,
// stands between token from and the verb at cue (past its auxiliaries and adverbs), as
// the verb's subject: "after the bloc invited Hemedti to a summit, Sudan suspended its
// membership" (Sudan unknown there), not Hemedti. Not a post's words ("..., President
// Déby let") nor a people's.
func (rd *Reader) unknownSubject(ts []token, from, cue int) bool {
	k := cue - 1
	for k > from && (auxiliaries[ts[k].word] || adverb(ts[k].word)) && !strings.ContainsAny(ts[k].pre, ",;:()") {
		k--
	}
	if k < from || !ts[k].upper || ts[k].possessive || strings.ContainsAny(ts[k].pre, "()") {
		return false
	}
	for j := k; j >= from; j-- {
		if !ts[j].upper || rd.titleAt(ts, j) > 0 {
			return false
		}
		if _, people := rd.rules.Aliases[ts[j].word]; people {
			return false
		}
		if strings.Contains(ts[j].pre, ",") {
			return j > from
		}
	}
	return false
}

// meetingAgent reports whether the name at token k is the agent after "by" of a
// participle of leading or hosting that qualifies a meeting's noun right before it:
// "Talks led by Algeria produced an agreement", where the talks are the subject.
func (rd *Reader) meetingAgent(ts []token, k int) bool {
	if k >= 1 && determiners[ts[k-1].word] {
		k--
	}
	return k >= 3 && ts[k-1].word == "by" && mediatingParticiples[ts[k-2].word] && rd.meetingAt(ts, k-3) &&
		!strings.ContainsAny(ts[k-2].pre+ts[k-1].pre, ",;:()")
}

// mediatingParticiples are the participles whose agent leads or hosts a meeting.
var mediatingParticiples = map[string]bool{"led": true, "hosted": true, "mediated": true, "chaired": true, "brokered": true,
	"facilitated": true, "sponsored": true, "convened": true, "organised": true, "organized": true}

// relativeAntecedent returns the name a relative clause set off by commas follows, where
// that clause ends between token from and the verbs before the cue at token cue: the
// verbs' subject is the name, not one inside the clause ("Gulbuddin Hekmatyar, whose
// Hezb-i Islami had received the money that Pakistan's ISI distributed, rejected the
// arrangement and began to shell Kabul"). The words from the clause's closing comma to the
// cue hold no name and no other comma, and start with a verb in the past, where the
// subject's clause resumes (returned second); a parenthesis around an abbreviation is no
// edge.
func relativeAntecedent(ts []token, ms []mention, from, cue int) (int, int) {
	v := -1
	for k := cue; k >= from && k > 0; k-- {
		if strings.ContainsAny(ts[k].pre, ";:") || k < cue && slices.ContainsFunc(ms, func(m mention) bool { return m.first == k }) {
			return -1, -1
		}
		if strings.Contains(ts[k].pre, ",") {
			v = k
			break
		}
	}
	if v < 0 || !(len(ts[v].word) > 4 && strings.HasSuffix(ts[v].word, "ed") || pastVerbs[ts[v].word] || hedgedTo(ts, v, cue)) {
		return -1, -1
	}
	for k := v - 1; k > 0 && v-k <= 40; k-- {
		if strings.ContainsAny(ts[k].pre, ";:") || strings.ContainsAny(ts[k].pre, "()") && !acronymClosed(ts, k) && !acronymClosed(ts, k+1) {
			return -1, -1
		}
		if !strings.Contains(ts[k].pre, ",") {
			continue
		}
		// (or an aside of the subject's mood: "Saddam Hussein, eager to repay Assad for
		// siding with Iran, sent him tanks"), past a noun set beside a name in it
		// ("whose army had been broken by the EPRDF, a coalition led by the TPLF,")
		if w := ts[k].word; w == "a" || w == "an" {
			continue
		}
		if w := ts[k].word; w != "whose" && w != "who" && w != "which" && !(moodAsides[w] && k+1 < v && ts[k+1].word == "to") {
			return -1, -1
		}
		return slices.IndexFunc(ms, func(m mention) bool { return m.end == k && m.first >= 0 }), v
	}
	return -1, -1
}

// hedgedTo reports whether the words in [v, cue) are a hedge before the cue's verb, the
// relative clause's subject's: "Cambodia, whose head of state broke with Washington, is
// said to let the Front use its border districts".
func hedgedTo(ts []token, v, cue int) bool {
	if v >= cue || !auxiliaries[ts[v].word] {
		return false
	}
	for k := v; k < cue; k++ {
		if w := ts[k].word; !auxiliaries[w] && w != "to" && w != "be" && w != "said" && w != "reported" && w != "believed" && w != "thought" && w != "alleged" && !adverb(w) {
			return false
		}
	}
	return true
}

// moodAsides are the adjectives that open an aside of a subject's mood or intent before
// "to": "eager to repay Assad".
var moodAsides = map[string]bool{"eager": true, "keen": true, "anxious": true, "determined": true, "desperate": true, "reluctant": true,
	"unwilling": true, "willing": true, "ready": true, "quick": true, "careful": true, "afraid": true, "unable": true}

// fleeing are the verbs of one who fled to another's refuge: the subject of a refuge's
// passive cue ("Mengistu, whose army had been broken, flew into exile in Zimbabwe").
var fleeing = map[string]bool{"fled": true, "flew": true, "went": true, "took": true, "sought": true, "found": true}

// placeOnly reports whether the words in [from, to) are a phrase of place and nothing more:
// a preposition of place, then capitalized words after "the" ("in the Kivus", "across
// Equateur").
func placeOnly(ts []token, from, to int) bool {
	if to-from < 2 || to-from > 5 || !placePreps[ts[from].word] && ts[from].word != "across" && ts[from].word != "throughout" {
		return false
	}
	for k := from + 1; k < to; k++ {
		if !ts[k].upper && !(k == from+1 && ts[k].word == "the") || k > from+1 && strings.ContainsAny(ts[k].pre, ",;:()") {
			return false
		}
	}
	return true
}

// otherClauses reports whether the name at ms[ri], after a cue, is another clause's: after
// "and" and another verb ("condemned the M23's offensive and called on Rwanda to
// withdraw": that verb's; "joint operations that drove thousands of civilians": the
// relative clause's), or after "and" with a verb of its own ("Kornilov was killed
// outside Ekaterinodar and Denikin took command": its subject).
func otherClauses(ts []token, ms []mention, ri int, c cueSpan) bool {
	m := ms[ri]
	if m.first <= c.end || m.first >= len(ts) {
		return false
	}
	for k := c.end; k+1 < m.first; k++ {
		relative := (ts[k].word == "that" || ts[k].word == "which") && c.cue.kind != alliances.Hostility // not "the bombing that killed Raisani"
		if (ts[k].word == "and" || relative) && !ts[k+1].upper && (pastVerbs[ts[k+1].word] || strings.HasSuffix(ts[k+1].word, "ed") && !determiners[ts[k+1].word]) {
			return true
		}
	}
	return ts[m.first-1].word == "and" && m.end < len(ts) && pastVerbs[ts[m.end].word] && !strings.ContainsAny(ts[m.end].pre, ",;:()") &&
		(ri+1 >= len(ms) || ms[ri+1].first != m.first)
}
