package extract

// Whether a negation denies what a cue states.

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// inRelativeAside reports whether the word at token i stands in an aside that a relative
// pronoun opens after a comma and a comma closes before token cue: "Rwanda, whose
// president denied the charge, has backed the M23" (not "did not, in the end, send").
func inRelativeAside(ts []token, i, cue int) bool {
	if !slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
		return false
	}
	for k := i; k >= 0 && k >= i-6; k-- {
		if (ts[k].word == "whose" || ts[k].word == "who" || ts[k].word == "which") && strings.Contains(ts[k].pre, ",") {
			return true
		}
		if k < i && strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
	}
	return false
}

// refusedOwn reports whether a verb of refusal ending at token from has an object of its
// own before an "and" that joins another verb, the cue at token cue: "rejected the accord
// and refused to recognise Hrawi" (not "did not arm and train", "denies arming and
// training").
func refusedOwn(ts []token, from, cue int) bool {
	if from <= 0 || !strings.HasSuffix(ts[from-1].word, "ed") && !strings.HasSuffix(ts[from-1].word, "s") && !strings.HasSuffix(ts[from-1].word, "ing") {
		return false
	}
	if from >= cue || !determiners[ts[from].word] && !ts[from].upper {
		return false // "denies arming and training the M23": both denied
	}
	k := slices.IndexFunc(ts[from:cue], func(t token) bool { return t.word == "and" })
	return k > 0
}

// endDenied reports whether a negation stands within four words before an end's word
// that stands in [from, to): "had never really ended", "did not stop".
func (rd *Reader) endDenied(ts []token, from, to int) bool {
	for k := max(from, 0); k < min(to, len(ts)); k++ {
		if _, ok := rd.has(ts, k, k+1, rd.marks["end"]...); !ok {
			continue
		}
		if _, ok := rd.has(ts, k-4, k, rd.marks["negation"]...); ok {
			return true
		}
	}
	return false
}

// gapDenied reports whether the gap of a cue holds what denies it: "received no help from
// Iran", "had little help from the United States", "got nothing from Moscow" (not "a
// little help").
func gapDenied(ts []token, c cueSpan) bool {
	if !slices.Contains(c.cue.words, gap) {
		return false
	}
	for k := c.first + 1; k < c.end-1 && k < len(ts); k++ {
		if w := ts[k].word; (w == "no" || w == "little" || w == "scant" || w == "nothing" || w == "none") && ts[k-1].word != "a" {
			return true
		}
	}
	return false
}

// negated reports whether a negation stands within four words before the cue at token
// cue, not one inside a hedge ("it is not known whether Iran supported" hedges) nor one
// in a relative aside ("Rwanda, whose president denied the charge, has backed the
// M23": the denial is the aside's).
func (rd *Reader) negated(ts []token, cue int) bool {
	if cue > 0 && ts[cue-1].word == "no" {
		return true // "produced no ceasefire", "gave no support"
	}
	// "No Cuban advisers ever reached UNITA", "no Cuban troops fought": a subject none of
	// whom acted, in the cue's clause.
	for i := cue - 2; i >= max(cue-6, 0); i-- {
		if ts[i].word == "no" && !slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool {
			return strings.ContainsAny(t.pre, ",;:()") || t.word == "that" || t.word == "which" || t.word == "who" || t.word == "than"
		}) {
			return true
		}
		if strings.ContainsAny(ts[i+1].pre, ",;:()") {
			break
		}
	}
	if noneButOne(ts, cue) {
		return true
	}
	// "Belgrade reads this as support for the army": a reading of what another said or
	// did, no act of the reader's.
	if k := cue - 1; k >= 3 && ts[k].word == "as" && readingThis[ts[k-1].word] && readingVerbs[ts[k-2].word] {
		return true
	}
	for i := max(cue-4, 0); i < cue; i++ {
		for _, p := range rd.marks["negation"] {
			w := rd.words(p)
			if !matchAt(ts, i, w) || inRelativeAside(ts, i, cue) || refusedOwn(ts, i+len(w), cue) ||
				slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool { return strings.Contains(t.pre, ";") }) {
				continue // nor one a semicolon ends: "were not trusted; they fought"
			}
			if (p == "rather than" || p == "instead of") && slices.ContainsFunc(ts[i+len(w):cue], func(t token) bool { return t.word == "and" || t.upper }) {
				continue // "as Afar rather than Djiboutians and accused Addis Ababa": the contrast is of the noun
			}
			if _, ended := rd.has(ts, i+len(w), cue, rd.marks["end"]...); ended {
				continue // "the accord had never really ended Angola's war with UNITA": it went on
			}
			hedged := false
			for j := max(i-4, 0); j <= i && !hedged; j++ {
				for _, h := range rd.marks["hedge"] {
					if w := rd.words(h); matchAt(ts, j, w) && j+len(w) > i {
						hedged = true
						break
					}
				}
			}
			if !hedged {
				return true
			}
		}
	}
	// "the PYD has been kept out of the Geneva talks": a negation that ends in its
	// preposition governs the noun phrase after it, the cue its noun.
	for i := max(cue-8, 0); i < max(cue-4, 0); i++ {
		for _, p := range rd.marks["negation"] {
			if !strings.HasSuffix(p, " of") && !strings.HasSuffix(p, " from") {
				continue
			}
			w := rd.words(p)
			if last := w[len(w)-1]; (last == "of" || last == "from") && matchAt(ts, i, w) && i+len(w) <= cue && cue-(i+len(w)) <= 4 &&
				!slices.ContainsFunc(ts[i+len(w):cue+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
				return true
			}
		}
	}
	// "would not send his soldiers into a 'stupid fight' with ECOWAS", "refused to be drawn
	// into a war with": a negated verb of sending or drawing that leads into the cue's noun
	// (not "did not hesitate to throw its army into a war").
	if into := slices.IndexFunc(ts[max(cue-4, 0):cue], func(t token) bool { return t.word == "into" }); into >= 0 {
		into += max(cue-4, 0)
		for i := max(into-6, 0); i < into; i++ {
			for _, p := range rd.marks["negation"] {
				w := rd.words(p)
				if !matchAt(ts, i, w) {
					continue
				}
				v := i + len(w)
				for v < into && (ts[v].word == "to" || ts[v].word == "be" || ts[v].word == "been" || ts[v].word == "get" || ts[v].word == "let" || ts[v].word == "itself") {
					v++
				}
				if v < into && intoVerbs[ts[v].word] &&
					!slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool { return t.upper || strings.ContainsAny(t.pre, ",;:()") }) {
					return true
				}
			}
		}
	}
	// "forbidding the party's militants to join the guerrilla": a ban on others' act, its
	// object between the ban and "to".
	for i := max(cue-8, 0); i < max(cue-4, 0); i++ {
		if forbiddings[ts[i].word] && ts[cue-1].word == "to" && !slices.ContainsFunc(ts[i+1:cue+1], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") }) {
			return true
		}
	}
	// "Syria refused to arm and to train the army": a refusal before verbs joined by "and"
	// refuses each, though the last stands past the window.
	for i := max(cue-8, 0); i < max(cue-4, 0); i++ {
		for _, p := range rd.marks["negation"] {
			w := rd.words(p)
			if !matchAt(ts, i, w) || i+len(w) >= cue || ts[i+len(w)].word != "to" {
				continue
			}
			if verbsOnly := !slices.ContainsFunc(ts[i+len(w):cue], func(t token) bool {
				return t.upper || determiners[t.word] || strings.ContainsAny(t.pre, ",;:()")
			}); verbsOnly && slices.ContainsFunc(ts[i+len(w):cue], func(t token) bool { return t.word == "and" }) {
				return true
			}
		}
	}
	return false
}

// unreal reports whether the verb at token first tells what might happen, not what held:
// "might draw a Libyan air attack", "could supply drones" (not "might have supplied", a
// hedge), and "would" or "will" in a sentence of a condition ("an attempt to retake the
// strip, if it came, would strain relations with Paris"; not "Iran would later arm them",
// a story's future); a past under "if" ("if the Saudis had sent troops"); and a
// recommendation ("They should treat claims of foreign funding with care"), in the cue's
// clause.
func unreal(ts []token, first int) bool {
	// "They should treat claims of foreign funding with care": a recommendation, in the
	// cue's clause, states nothing that holds.
	for k := first - 1; k >= 0 && !strings.ContainsAny(ts[k+1].pre, ",;:()"); k-- {
		if ts[k].word == "should" && (k+1 >= len(ts) || ts[k+1].word != "have") || ts[k].word == "ought" {
			return true
		}
	}
	// "I asked whether Fula and Balanta fight each other", "would be treated as a
	// declaration of war": a question asked, or what an act would count as, is no act.
	for k := first - 1; k >= 0 && !strings.ContainsAny(ts[k+1].pre, ",;:()"); k-- {
		if ts[k].word == "whether" && k > 0 && askedWhether[ts[k-1].word] || ts[k].word == "would" && k+2 < first && (ts[k+1].word == "be" && countedAs[ts[k+2].word] || ts[k+1].word == "amount") {
			return true
		}
	}
	// "If the Saudis had sent troops, we'd have been in trouble", "Had Paris sent troops":
	// a past that did not happen.
	had := false
	for k := first - 1; k >= 0; k-- {
		had = had || ts[k].word == "had"
		if had && (ts[k].word == "if" || k == 0 && ts[k].word == "had") {
			return true
		}
		if strings.ContainsAny(ts[k].pre, ",;:()") {
			break
		}
	}
	if undone(ts, first) {
		return true
	}
	conditional := slices.ContainsFunc(ts[:first], func(t token) bool { return t.word == "if" || t.word == "unless" })
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		switch ts[k].word {
		case "might", "could":
			return k+1 >= len(ts) || ts[k+1].word != "have"
		case "would", "will":
			return conditional && (k+1 >= len(ts) || ts[k+1].word != "have")
		case "become":
			if k > 0 && (ts[k-1].word == "will" || ts[k-1].word == "would" || ts[k-1].word == "shall") {
				return true // "declared that Georgia and Ukraine "will become members" of the Alliance": a promise, no member yet
			}
		}
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			return false
		}
	}
	return false
}

// deniedThat returns the words by which the sentence denies, in the cue's clause, what the
// cue at token cue states ("India denied that it armed the Maoists", "Kigali denies
// having sent troops"), or "": a claim told and denied, not no claim. Not a denial of
// something else with its own object ("denied the charge").
func deniedThat(ts []token, cue int) string {
	for i := cue - 1; i >= max(cue-6, 0); i-- {
		if strings.ContainsAny(ts[i+1].pre, ",;:()") {
			return ""
		}
		switch ts[i].word {
		case "denied", "denies", "deny", "denying":
			if i+1 < cue && (ts[i+1].word == "that" || ts[i+1].word == "having" || ts[i+1].word == "ever") || i+1 == cue && strings.HasSuffix(ts[cue].word, "ing") {
				if slices.ContainsFunc(ts[i+1:cue], func(t token) bool { return t.word == "not" || t.word == "never" || t.word == "no" }) {
					return "" // "denied that it had not armed": a double negation, left to the reader
				}
				return strings.Join(wordsOf(ts, i, min(i+2, cue)), " ")
			}
			return ""
		}
	}
	return ""
}

// denialOf returns the status a denial gives a claim, and why: disputed where one denies
// it after the statement ("..., but the French defence minister denied it", from token
// end), denied where its teller denies it before (denial, from deniedThat); "" where none.
func denialOf(ts []token, denial string, end int) (alliances.Status, string) {
	if denial != "" {
		return alliances.Denied, "denied: " + denial // "India denied that it armed the Maoists"
	}
	if w, ok := deniedAfter(ts, end); ok {
		return alliances.Disputed, "denied after it: " + w
	}
	return "", ""
}

// asked reports whether a sentence is a question: it ends with a question mark, inside
// its closing quotation marks or brackets.
func asked(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " \t\n\"”’')]*_"), "?")
}

// noneButOne reports whether the cue's subject is "no" and a noun, past an aside that
// names one of them: "no state, the USSR included, has recognised it", "no government,
// not even Moscow's, armed them".
func noneButOne(ts []token, cue int) bool {
	end := cue // the aside's closing comma: the token after it
	for end > max(cue-3, 1) && !strings.Contains(ts[end].pre, ",") {
		end--
	}
	if !strings.Contains(ts[end].pre, ",") {
		return false
	}
	for open := end - 1; open >= max(end-6, 1); open-- {
		if !strings.Contains(ts[open].pre, ",") {
			continue
		}
		aside := ts[open:end]
		if aside[len(aside)-1].word != "included" && aside[0].word != "including" && !(aside[0].word == "not" && len(aside) > 1 && aside[1].word == "even") {
			return false
		}
		for k := open - 1; k >= max(open-3, 0); k-- {
			if ts[k].word == "no" || ts[k].word == "none" {
				return !slices.ContainsFunc(ts[k+1:open], func(t token) bool { return strings.ContainsAny(t.pre, ",;:()") })
			}
		}
		return false
	}
	return false
}

// judgedAttack reports whether the cue c is a noun of attack after "the" that a verb of
// judging takes as its object ("condemned the bombing of Lebanon"), or that verb itself
// with such an object: the judge is no attacker, nor a foe of the attack's victim.
func judgedAttack(ts []token, c cueSpan) bool {
	at := c.first // the noun of attack's place
	if judgingVerbs[c.cue.text] {
		at = c.end + 1
		if c.end >= len(ts) || ts[c.end].word != "the" {
			return false
		}
	} else if at < 2 || ts[at-1].word != "the" || !judgingVerbs[ts[at-2].word] {
		return false
	}
	return at+1 < len(ts) && judgedAttacks[ts[at].word] && (ts[at+1].word == "of" || ts[at+1].word == "on" || ts[at+1].word == "against")
}

// judgingVerbs are the verbs by which one judges another's act.
var judgingVerbs = map[string]bool{"condemned": true, "condemns": true, "condemning": true, "criticised": true, "criticized": true,
	"criticises": true, "criticizes": true, "denounced": true, "denounces": true, "deplored": true, "deplores": true, "called": true,
	"calls": true, "decried": true, "described": true, "protested": true, "welcomed": true, "praised": true, "hailed": true}

// judgedAttacks are the nouns of an attack whose agent another judges.
var judgedAttacks = map[string]bool{"bombing": true, "bombardment": true, "shelling": true, "attack": true, "attacks": true,
	"invasion": true, "occupation": true, "siege": true, "killing": true, "killings": true, "massacre": true, "strikes": true,
	"airstrikes": true, "raid": true, "raids": true, "offensive": true, "blockade": true}

// countedAs are the participles of what an act would count as: "would be treated as".
var countedAs = map[string]bool{"treated": true, "regarded": true, "considered": true, "seen": true, "deemed": true, "taken": true}

// askedWhether are the verbs of a question that "whether" opens: "I asked whether".
var askedWhether = map[string]bool{"asked": true, "ask": true, "asks": true, "asking": true, "wondered": true, "wonder": true,
	"wonders": true, "enquired": true, "inquired": true, "doubted": true, "doubt": true, "consider": true, "decide": true,
	"determine": true, "assess": true, "examine": true, "investigate": true, "unclear": true, "uncertain": true, "know": true,
	"debated": true, "discussed": true}

// forbiddings are the verbs of a ban on another's act, told after its object and "to".
var forbiddings = map[string]bool{"forbade": true, "forbidding": true, "forbids": true, "forbid": true, "barred": true, "barring": true,
	"prohibited": true, "prohibiting": true, "banned": true, "banning": true}

// undone reports whether the cue at first is what one sent "neither" of two, what one will
// not let happen ("the old man who will not let the two generals keep fighting"), or an
// errand "instead" undoes later in the sentence ("The soldiers sent to help the AVO men
// gave their rifles to the people instead", "was sent with five tanks to crush the
// insurgents; he went over to them instead"): it was not done.
func undone(ts []token, first int) bool {
	if first+1 < len(ts) && ts[first+1].word == "neither" {
		return true // "sent neither El Salvador nor Honduras any spare parts"
	}
	for k := first - 1; k > 0 && first-k <= 6 && !strings.ContainsAny(ts[k+1].pre, ",;:()"); k-- {
		if ts[k].word == "let" && (ts[k-1].word == "not" || ts[k-1].word == "never") {
			return true // "the old man who will not let the two generals keep fighting"
		}
	}
	to := -1 // the errand's "to", at the cue or just before it
	for k := max(0, first-2); k <= first+1 && k < len(ts); k++ {
		if ts[k].word == "to" {
			to = k
		}
	}
	if to > 0 && slices.ContainsFunc(ts[first:], func(t token) bool { return t.word == "instead" }) {
		for k := to - 1; k >= 0 && to-k <= 8 && !strings.ContainsAny(ts[k+1].pre, ";:"); k-- {
			if errandVerbs[ts[k].word] {
				return true
			}
		}
	}
	return false
}

// warned reports whether the cue at first is what a warning says one "will" do ("warns
// him that the OAS will vote sanctions against El Salvador"): not done, a threat.
func warned(ts []token, first int) bool {
	w := first - 1 // "will vote sanctions": past a verb
	if w > 0 && ts[w].word != "will" && ts[w].word != "would" && !ts[w].upper && !strings.ContainsAny(ts[w].pre+ts[first].pre, ",;:()") {
		w--
	}
	if w < 1 || ts[w].word != "will" && ts[w].word != "would" {
		return false
	}
	for k := w - 1; k >= 0 && first-k <= 10 && !strings.ContainsAny(ts[k+1].pre, ";:"); k-- {
		if ts[k].word == "that" && k > 0 && (warningVerbs[ts[k-1].word] || k > 1 && warningVerbs[ts[k-2].word]) {
			return true
		}
	}
	return false
}

// errandVerbs send one on an errand: "sent to help", "ordered to crush".
var errandVerbs = map[string]bool{"sent": true, "ordered": true, "dispatched": true, "told": true, "sends": true, "orders": true}

// warningVerbs warn of what one will do: "warns him that".
var warningVerbs = map[string]bool{"warns": true, "warned": true, "warning": true, "threatens": true, "threatened": true}

// threatened returns the kind of the tie the cue at c states: a hostile act a warning
// says one will do is a threat, opposition ("warns him that the OAS will vote sanctions
// against El Salvador").
func threatened(ts []token, c cueSpan) alliances.Kind {
	if warned(ts, c.first) && alliances.SignOf(c.cue.kind, "") < 0 {
		return alliances.Opposition
	}
	return c.cue.kind
}

// threatWhy says why a tie is a threat where a warning made it one.
func threatWhy(kind alliances.Kind, c cueSpan) []string {
	if kind != c.cue.kind {
		return []string{"warned of: a threat, not done"}
	}
	return nil
}

// intoVerbs are the verbs of sending or drawing one into a fight, which a negation before
// them denies: "would not send his soldiers into".
var intoVerbs = map[string]bool{"send": true, "sent": true, "draw": true, "drawn": true, "drag": true, "dragged": true, "pull": true,
	"pulled": true, "lure": true, "lured": true, "commit": true, "committed": true, "sucked": true, "plunge": true, "plunged": true}

// readingVerbs are the verbs of reading another's words or act as something, and
// readingThis the words that stand for what was read: "reads this as support".
var (
	readingVerbs = map[string]bool{"reads": true, "read": true, "sees": true, "saw": true, "interprets": true, "interpreted": true,
		"takes": true, "took": true, "views": true, "viewed": true, "regards": true, "regarded": true, "treats": true, "treated": true}
	readingThis = map[string]bool{"this": true, "that": true, "it": true, "these": true, "those": true}
)

// postDenied reports whether a negation stands right before a post at token from, past an
// article: "is no longer a member of", "was never the chairman of" (not "denied that the
// chairman of ECOWAS, Ellen Johnson Sirleaf, could judge").
func postDenied(ts []token, from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		switch w := ts[k].word; {
		case w == "not" || w == "never" || w == "nor" || w == "longer" && k > 0 && ts[k-1].word == "no":
			return true
		case w != "a" && w != "an" && w != "the":
			return false
		}
	}
	return false
}
