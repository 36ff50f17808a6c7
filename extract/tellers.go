package extract

// Who only tells or stands aside: the teller of a claim ("according to Iran", "as the
// Taliban confirmed") and the companions of a demand set off by commas.

import (
	"slices"
	"strings"
)

// withoutTellers drops the actors a sentence names as the tellers of what it says, who
// are no party to it ("According to Iran, the Taliban attacked Jami'at", "Iran said the
// Taliban attacked Jami'at", "Iran told reporters that ..."), and a pronoun a list
// restates ("two of them, Iran and Pakistan"). What the tellers are said to have done
// themselves is told by a pronoun ("Iran said it had armed the Taliban").
func withoutTellers(ts []token, ms []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		teller := m.first >= 2 && ts[m.first-2].word == "according" && ts[m.first-1].word == "to"
		for k := m.end; !teller && !ts[m.end-1].possessive && k < len(ts) && k <= m.end+1; k++ { // not "Barzani's stated intention"
			if tellerVerbs[ts[k].word] && k+1 < len(ts) && ts[k+1].word != "to" && !strings.ContainsAny(ts[k].pre, ",;:") {
				teller = true
			}
			if !strings.HasSuffix(ts[k].word, "ly") {
				break // "Iran reportedly said", not "Iran armed ... and said"
			}
		}
		// "Soleimani was killed in an airstrike, as the Taliban confirmed": the teller, at
		// the sentence's end.
		if k, a := m.end, m.first-1; !teller && k < len(ts) && (tellerVerbs[ts[k].word] || ts[k].word == "confirmed") &&
			(k+1 == len(ts) || strings.ContainsAny(ts[k+1].pre, ",;:")) && a > 0 && (ts[a].word == "as" || determiners[ts[a].word] && ts[a-1].word == "as") {
			teller = true
		}
		// "Two of them, Iran and Pakistan, were backing the Taliban": the pronoun is
		// the list that follows it, which names them.
		restated := (ts[m.first].word == "them" || ts[m.first].word == "they") && m.end < len(ts) && strings.Contains(ts[m.end].pre, ",") &&
			slices.ContainsFunc(ms, func(o mention) bool { return o.first == m.end })
		if !teller && !restated {
			out = append(out, m)
		}
	}
	return out
}

// tellerVerbs tell what another says: the actor before one of them is the teller ("claimed"
// is not one: a group that claims an attack claims its own).
var tellerVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "stated": true, "states": true,
	"reported": true, "reports": true, "argued": true, "noted": true,
	"added": true, "insisted": true, "acknowledged": true, "admitted": true, "alleged": true, "alleges": true}

// asideEnd returns where an aside of companions right after token k-1 ends, the token
// after its closing comma (", along with the US and France, that"), or 0 where none
// opens there.
func asideEnd(ts []token, k int) int {
	if k+1 >= len(ts) || !strings.Contains(ts[k].pre, ",") || !(matchAt(ts, k, []string{"along", "with"}) || matchAt(ts, k, []string{"together", "with"}) || ts[k].word == "alongside") {
		return 0
	}
	for j := k + 2; j < min(len(ts), k+20); j++ {
		if strings.ContainsAny(ts[j].pre, ";:()") {
			return 0
		}
		if strings.Contains(ts[j].pre, ",") && ts[j].word == "that" {
			return j
		}
	}
	return 0
}

// accusation reads whether the cue at token at tells what one accuses another of:
// "Ghani accused Pakistan of sending fighters to help the Taliban", "Iran was accused of
// arming the Taliban". It returns the accuser's words where the sentence names them
// before the verb ("Ghani", "US officials").
func accusation(d *Document, ts []token, at int) (string, bool) {
	of := -1
	for k := at - 1; k > 0 && at-k <= 3; k-- {
		if strings.ContainsAny(ts[k+1].pre, ",;:()") {
			break
		}
		if ts[k].word == "of" {
			of = k
			break
		}
	}
	if of < 1 {
		return "", false
	}
	for k := of - 1; k >= 0 && of-k <= 6; k-- {
		if !accusing[ts[k].word] {
			if strings.ContainsAny(ts[k].pre, ",;:()") {
				return "", false
			}
			continue
		}
		// The accuser: the capitalized words right before the verb, and their people's noun.
		j := k
		for j > 0 && (ts[j-1].upper || accuserNouns[ts[j-1].word]) && !strings.ContainsAny(ts[j].pre, ",;:()") {
			j--
		}
		if j == k {
			return "", true
		}
		return strings.TrimSpace(d.Text[ts[j].start:ts[k-1].end]), true
	}
	return "", false
}

// accusing are the verbs of an accusation, whose "of" tells the accused's deed.
var accusing = map[string]bool{"accused": true, "accuses": true, "accuse": true, "accusing": true, "charged": true, "charges": true}

// accuserNouns are the nouns that may end the name of an accuser: "US officials".
var accuserNouns = map[string]bool{"officials": true, "sources": true, "government": true, "officers": true, "spokesman": true}
