package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// thenParties reads the parties of a cue read with what follows it ("sent the rebels
// arms", "called on Hezbollah to end its involvement"): the object after the cue, past an
// aside whose names join the act ("Britain insists, along with the US and France, that
// Assad must step down"), and the word that follows it; where help is sent to no one
// named, the one the context gives. It returns the mentions (with the one the context
// gives added), the object's index, the companions, the word read and whether the cue
// holds.
func (rd *Reader) thenParties(ts []token, ms []mention, li, ri int, c cueSpan, with []*mention, cues *[]string) ([]mention, int, []*mention, string, bool) {
	// "Britain insists, along with the US and France, that Assad must step down": the
	// demand's object is past the aside, whose names make the demand too.
	if k := asideEnd(ts, c.end); k > 0 {
		ri = slices.IndexFunc(ms, func(m mention) bool { return m.first >= k })
		for j := range ms {
			if ms[j].first > c.end && ms[j].end <= k {
				with = append(with, &ms[j])
			}
		}
	}
	// "called on Hezbollah to end its involvement": the demand's object, then what
	// it is asked to do.
	w, ok := "", false
	ri = thenObject(ts, ms, li, ri, c, rd.said)
	// "granted Habyarimana's widow asylum": the widow's; but "came to the Government's
	// defence", the Government's own.
	if ri >= 0 && !c.cue.passive && (!ts[ms[ri].end-1].possessive || addressedThrough(ts, ms[ri], c) || ms[ri].end < len(ts) && rescueNouns[ts[ms[ri].end].word]) {
		w, ok = rd.has(ts, ms[ri].end, ms[ri].end+4, c.cue.then...)
		if ok && c.cue.kind == alliances.Support && ms[ri].end-ms[ri].first == 1 && rd.stateDemonym(ts[ms[ri].first].word) && ms[ri].end < len(ts) && slices.Contains(c.cue.then, ts[ms[ri].end].word) {
			ok = false // "weighed sending American troops": whose troops, not to whom (but "expelled Emirati diplomats": theirs)
		}
		if k := objectAsideEnd(ts, ms[ri].end); !ok && k > 0 {
			w, ok = rd.has(ts, k, k+4, c.cue.then...) // "called on Déby, long a ruler there, to withdraw"
		}
		if g := group(ts, ms, ri, +1); !ok && len(g) > 1 {
			end := g[len(g)-1].end // "gave ZANU and its guerrilla army, ZANLA, the camps": past the list
			w, ok = rd.has(ts, end, end+4, c.cue.then...)
		}
		if _, before := rd.has(ts, c.end, ms[ri].first, c.cue.then...); before && !slices.ContainsFunc(ts[c.end:ms[ri].first], func(t token) bool { return t.word == "to" }) {
			ok = false // "sold the rebels arms and Mozambique sold them uniforms": the arms went to no name (but "offered 200 special forces to the Kurds")
		}
	}
	if !ok && li >= 0 && c.cue.kind == alliances.Support && !c.cue.passive && !slices.ContainsFunc(ms, func(m mention) bool {
		return m.first >= c.end && !(ts[m.first].word == "them" && ts[m.first-1].word == "among") // "rushed in weapons, among them Redeye missiles"
	}) {
		// "Iran sent helicopters in 1972", after the help told to the Sultan: help sent to
		// no one named goes to the paragraph's subject, else to the one helped last.
		helped, why := rd.topic, ", the paragraph's subject"
		if helped == ms[li].id || rd.kinds[helped] == "individual" || rd.kinds[helped] == "state" || helped == "" {
			helped, why = rd.helped, ", the one helped last"
			if rd.paragraph-rd.helpedIn > 1 {
				helped = ""
			}
		}
		if helped != "" && helped != ms[li].id {
			if w, ok = rd.has(ts, c.end, min(c.end+4, len(ts)), c.cue.then...); ok && troopWords[w] && slices.ContainsFunc(ts[c.end:], func(t token) bool { return invading[t.word] }) || w == "reinforcements" {
				ok = false // "sent federal troops into Chechnya": an invasion, no help; "the MUP sent reinforcements": to its own
			}
			if ok {
				ms = append(slices.Clone(ms), mention{id: helped, first: len(ts), end: len(ts)})
				ri = len(ms) - 1
				*cues = append(*cues, "implicit: "+helped+why)
			}
		}
	}
	return ms, ri, with, w, ok
}

// rescueNouns are the nouns of help a possessive before them receives: "came to the
// Government's defence".
var rescueNouns = map[string]bool{"defence": true, "defense": true, "rescue": true, "aid": true, "assistance": true}

// troopWords are the men a state sends, as help to the one helped before ("Namibia sent a
// smaller contingent"), unless they go into or against a land (invading).
var troopWords = map[string]bool{"troops": true, "soldiers": true, "contingent": true, "contingents": true, "paratroopers": true,
	"companies": true, "battalion": true, "battalions": true, "special forces": true, "commandos": true}

// invading are the words of troops sent against a land, not to help it.
var invading = map[string]bool{"into": true, "against": true, "across": true, "invade": true, "attack": true}

// objectAsideEnd returns where the words after an object's name resume past an aside on
// it in commas, the token after its closing comma, or 0 where none stands there: "drove
// the Houthis, long a force in the north, from Aden". The aside names no one, is no list
// ("A, B and C") and holds no clause of its own.
func objectAsideEnd(ts []token, end int) int {
	if end <= 0 || end+2 >= len(ts) || strings.TrimSpace(ts[end].pre) != "," {
		return 0
	}
	if w := ts[end].word; w == "and" || w == "or" || w == "but" || w == "which" || w == "who" || w == "whose" || w == "while" {
		return 0
	}
	for k := end + 1; k < len(ts) && k <= end+10; k++ {
		pre := strings.TrimSpace(ts[k].pre)
		if strings.ContainsAny(pre, ";:()") || ts[k].upper || ts[k].word == "and" || ts[k].word == "or" ||
			auxiliaries[ts[k].word] || pastVerbs[ts[k].word] {
			return 0
		}
		if pre == "," {
			return k
		}
	}
	return 0
}
