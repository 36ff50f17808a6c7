package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The stances of the body whose text a document is: a resolution's "The Security
// Council," and the clauses under it, each opening on its verb ("Condemning ...",
// "Commending ...", "2. Welcomes ...").

// voiceLine is a line of a document's own that names the body speaking in it, alone,
// closed by a comma: "The Security Council,", "The General Assembly,".
var voiceLine = regexp.MustCompile(`(?m)^\s*(The [A-Z][A-Za-z'’ -]{2,60}),\s*$`)

// documentVoice returns the actor whose voice the document is, where a line of its first ones
// names it alone before the clauses it speaks ("The Security Council,"); else "".
func (rd *Reader) documentVoice(d *Document) string {
	head := d.Text[:min(len(d.Text), 1500)]
	m := voiceLine.FindStringSubmatch(head)
	if m == nil {
		return ""
	}
	name := spelling(alliances.Fold(m[1]))
	for _, n := range []string{name, strings.TrimPrefix(name, "the ")} {
		if id, ok := rd.names[n]; ok && !strings.HasPrefix(id, "@") && rd.kinds[id] != "individual" && rd.kinds[id] != "" {
			return id
		}
	}
	return ""
}

// voiceVerbs are the verbs a body's clauses open on that tell its stance toward those
// they name, by their kind: "Condemning", "Commends", "Expresses its appreciation to".
var voiceVerbs = map[string]alliances.Kind{
	"condemning": alliances.Opposition, "condemns": alliances.Opposition, "deploring": alliances.Opposition, "deplores": alliances.Opposition,
	"denouncing": alliances.Opposition, "denounces": alliances.Opposition, "regretting": alliances.Opposition, "regrets": alliances.Opposition,
	"commending": alliances.Favour, "commends": alliances.Favour, "welcoming": alliances.Favour, "welcomes": alliances.Favour,
	"praising": alliances.Favour, "praises": alliances.Favour, "saluting": alliances.Favour, "salutes": alliances.Favour,
}

// voiced proposes the stances of the document's voice that the clauses of a resolution's
// paragraph open on (at its start, past its number and an adverb, or after ", and"):
// toward the agents after "by" in the clause, but an aside's ("condemning the requisition
// of the Bank's national agencies by Mr. Gbagbo's camp"; not "the proposals made by the
// AU"), and toward the one whose act it names first, with those joined to it ("Commending
// the efforts of ECOWAS and the AU", "Expresses its appreciation to the Government of
// France"; not "the attacks on UNOCI").
func (rd *Reader) voiced(d *Document, p Paragraph, s Span, ts []token, ms []mention, valid, timeCue string) []Proposal {
	if rd.docVoice == "" || !clauseParagraph(d, p) {
		return nil
	}
	var out []Proposal
	for _, v := range voiceClauses(ts) {
		kind, end := voiceVerbs[ts[v].word], clauseEnd(ts, v)
		if ts[v].word == "expresses" || ts[v].word == "expressing" {
			kind = alliances.Favour
		}
		var targets []*mention
		for k := v + 1; k < end; k++ {
			if ts[k].word != "by" || actsAside(ts, k) {
				continue
			}
			// The agent after "by", past a post's words and its body: "by the Chief of
			// Staff of the FDS, General Philippe Mangou".
			if j := slices.IndexFunc(ms, func(m mention) bool {
				return m.first > k && m.first < min(end, k+12) && !(m.first > 0 && ts[m.first-1].word == "of" || m.first > 1 && ts[m.first-1].word == "the" && ts[m.first-2].word == "of") &&
					!slices.ContainsFunc(ts[k+1:m.first], func(t token) bool {
						return !t.upper && !determiners[t.word] && t.word != "of" || strings.ContainsAny(t.pre, ";:()")
					})
			}); j >= 0 {
				targets = append(targets, group(ts, ms, j, +1)...)
			}
		}
		// The one whose act the clause names first ("Strongly condemning the refusal of
		// Mr. Gbagbo"), not one an act was done to ("Welcoming the arrest of Mr. Gbagbo").
		k := v + 1
		for k < end && (determiners[ts[k].word] || ts[k].word == "also" || ts[k].word == "further" || strings.HasSuffix(ts[k].word, "ly")) {
			k++
		}
		if j := slices.IndexFunc(ms, func(m mention) bool { return m.first > v && m.first < end && m.first <= k+4 }); j >= 0 && (k >= end || !sufferedActs[ts[k].word]) &&
			actsNamed(ts, ms[j], v, k) &&
			!(ts[ms[j].end-1].possessive && ms[j].first >= 2 && (ts[ms[j].first-1].word == "of" || ts[ms[j].first-2].word == "of")) { // not "the requisition of the Bank's national agencies"
			targets = append(targets, group(ts, ms, j, +1)...)
		}
		for _, m := range targets {
			if m.first >= end || m.id == rd.docVoice || rd.kinds[m.id] == "" {
				continue
			}
			t := alliances.Tie{Subject: rd.docVoice, Object: m.id, Kind: kind, Status: alliances.Reported}
			if prop, ok := rd.finish(d, p, s, t, []string{"cue: " + ts[v].word, "voice: " + rd.docVoice + ", whose clauses the document's are"}, valid, timeCue, 0.7); ok {
				out = append(out, prop)
			}
		}
	}
	return out
}

// voiceClauses returns where the clauses a body's voice opens in a sentence begin, on a
// verb of stance: the sentence's first word past a number and adverbs ("7. Strongly
// condemns"), and one after ", and" or a semicolon ("..., and condemning the
// requisition"). "Expresses its appreciation to" opens one too.
func voiceClauses(ts []token) []int {
	var out []int
	k := 0
	for k < len(ts) && (ts[k].word[0] >= '0' && ts[k].word[0] <= '9' || strings.HasSuffix(ts[k].word, "ly") && (k == 0 || !ts[k].upper)) {
		k++
	}
	for k < len(ts) && (ts[k].word == "also" || ts[k].word == "further") {
		k++
	}
	if k < len(ts) && k <= 3 && opensVoice(ts, k) {
		out = append(out, k)
	}
	for i := k + 1; i < len(ts); i++ {
		if (ts[i-1].word == "and" && strings.Contains(ts[i-1].pre, ",") || strings.Contains(ts[i].pre, ";")) && opensVoice(ts, i) {
			out = append(out, i)
		}
	}
	return out
}

// opensVoice reports whether a verb of the voice's stance stands at token i: one of
// voiceVerbs, or "expresses its appreciation to", "expressing its gratitude to".
func opensVoice(ts []token, i int) bool {
	if _, ok := voiceVerbs[ts[i].word]; ok {
		return true
	}
	return (ts[i].word == "expresses" || ts[i].word == "expressing") && i+3 < len(ts) && ts[i+1].word == "its" &&
		(ts[i+2].word == "appreciation" || ts[i+2].word == "gratitude") && ts[i+3].word == "to"
}

// clauseEnd returns where the clause of the voice opening at token v ends: at the next
// clause the voice opens, a semicolon, or the sentence's end.
func clauseEnd(ts []token, v int) int {
	for k := v + 1; k < len(ts); k++ {
		if strings.Contains(ts[k].pre, ";") || ts[k].word == "and" && strings.Contains(ts[k].pre, ",") && k+1 < len(ts) && opensVoice(ts, k+1) {
			return k
		}
	}
	return len(ts)
}

// actsAside reports whether "by" at token k is the agent's of a participle's aside or a
// relative clause, not of the act the clause condemns or welcomes: "as endorsed by the
// Peace and Security Council", "the proposals made by the AU", "where President Ouattara
// ... have been protected by UNOCI".
func actsAside(ts []token, k int) bool {
	if k >= 1 && participle(ts[k-1].word) || k >= 2 && participle(ts[k-2].word) && phrasalParticles[ts[k-1].word] {
		return true // "the proposals made by the AU", "UNOCI personnel targeted by the FDS", "as endorsed by", "put forward by"
	}
	for j := k; j > 0 && !strings.ContainsAny(ts[j].pre, ",;:"); j-- {
		if w := ts[j-1].word; w == "where" || w == "which" || w == "who" || w == "whom" || w == "whose" {
			return true
		}
	}
	return false
}

// sufferedActs are the nouns of an act done to the one named after them, whom a stance
// toward the act does not take: "Welcoming the arrest of Mr. Gbagbo".
var sufferedActs = map[string]bool{"arrest": true, "killing": true, "killings": true, "detention": true, "murder": true,
	"assassination": true, "abduction": true, "kidnapping": true, "release": true, "death": true, "capture": true,
	"attack": true, "attacks": true, "targeting": true, "defeat": true, "departure": true, "disarmament": true, "sanctions": true,
	"threats": true, "violence": true, "expulsion": true, "shelling": true, "bombing": true, "siege": true, "blockade": true,
	"withdrawal": true, "isolation": true, "exclusion": true, "removal": true, "surrender": true}

// participle reports whether a word is a past participle: "made", "protected", "sent".
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 3 || irregularParticiples[w] || byParticiples[w]
}

// byParticiples are more past participles not in "-ed" an agent after "by" follows.
var byParticiples = map[string]bool{"made": true, "led": true, "sent": true, "held": true, "taken": true, "given": true,
	"set": true, "put": true, "done": true, "seen": true, "shown": true, "known": true, "paid": true, "brought": true,
	"fought": true, "won": true, "run": true, "built": true, "chosen": true, "drawn": true, "written": true, "laid": true}

// clauseParagraph reports whether a paragraph is a clause of a resolution, the voice's:
// it ends on a comma or a semicolon ("Recalling its previous resolutions ...,"), or opens
// on its number ("2. Urges ..."). Not a report's paragraph after its quotation ("Welcoming
// the talks, France said ...").
func clauseParagraph(d *Document, p Paragraph) bool {
	text := strings.TrimSpace(d.Text[p.Start:p.End])
	if strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";") {
		return true
	}
	n := 0
	for n < len(text) && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	return n > 0 && n < len(text) && text[n] == '.'
}

// actsNamed reports whether the name m after the voice's verb at token v (its noun phrase
// at token k) is the one whose act the clause names: right after the verb ("Commends
// ECOWAS"), after "of" and its article and a title ("the refusal of Mr. Gbagbo"), or after
// "between" ("commending the cooperation between UNOCI and UNMIL"), or "to" where the verb
// expresses gratitude ("Expresses its appreciation to the Government
// of France"); not after "on" or "against" ("the attacks on UNOCI").
func actsNamed(ts []token, m mention, v, k int) bool {
	if m.first <= k {
		return true
	}
	j := m.first - 1
	for j > v && ts[j].upper && m.first-j <= 2 {
		j-- // "of Mr. Gbagbo"
	}
	if j > v+1 && determiners[ts[j].word] {
		j--
	}
	return ts[j].word == "of" || ts[j].word == "between" || ts[j].word == "to" && (ts[v].word == "expresses" || ts[v].word == "expressing")
}

// phrasalParticles are the adverbs of a phrasal verb: "put forward", "set up".
var phrasalParticles = map[string]bool{"forward": true, "up": true, "out": true, "off": true, "down": true, "in": true, "over": true, "back": true}
