package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// The cues whose kind the words around them change, or that tell nothing there.

// recast returns the cue c found at tokens [i, end) as its sentence reads it, and whether
// it tells nothing there: relations said to be hostile are a rivalry ("Relations with
// ISWAP are hostile"); a group joined in an alliance is an ally ("joined the Sinaloa
// Cartel and La Familia in an alliance"); "together with" after a verb of leading or
// founding names another leader, no partner of the first ("was led by Guzmán Loera together
// with Zambada"); "cooperating witnesses" cooperate with no one.
func (rd *Reader) recast(ts []token, ms []mention, c cue, i, end int) (cue, bool) {
	switch {
	case c.kind == alliances.Favour && (c.text == "relations with" || c.text == "relationship with") && rd.soured(ts, ms, end):
		c.kind = alliances.Rivalry
	case c.text == "joined" && !c.passive && inAlliance(ts, end):
		c.kind = alliances.Alliance
	case c.text == "together with" && leadingBefore(ts, i):
		return c, true
	case c.kind == alliances.Cooperation && len(c.words) == 1 && c.words[0] == "cooperating" && end < len(ts) && witnessWords[ts[end].word]:
		return c, true
	}
	return c, false
}

// leadingBefore reports whether a verb of leading or founding stands shortly before token
// i, in its clause, its agent after "by" or its subject before it: "was led by Guzmán Loera
// together with", "which Mr Ona founded together with".
func leadingBefore(ts []token, i int) bool {
	for k := i - 1; k >= 1 && i-k <= 8; k-- {
		if strings.ContainsAny(ts[k+1].pre, ";:()") {
			return false
		}
		if w := ts[k].word; w == "by" && (leadVerbs[ts[k-1].word] || ts[k-1].word == "run") || w == "founded" || w == "co-founded" || w == "established" {
			return true
		}
	}
	return false
}

// witnessWords are the people who cooperate with an inquiry, with no party: "according to
// cooperating witnesses".
var witnessWords = map[string]bool{"witness": true, "witnesses": true, "defendant": true, "defendants": true, "sources": true, "source": true}

// inAlliance reports whether "in an alliance" or "in a coalition" follows the objects of
// "joined" after token end, in its clause: "joined the Sinaloa Cartel and La Familia in an
// alliance against Los Zetas".
func inAlliance(ts []token, end int) bool {
	for k := end; k+2 < len(ts) && k <= end+10; k++ {
		if k > end && strings.ContainsAny(ts[k].pre, ";:") {
			return false
		}
		if ts[k].word == "in" && (indefinite(ts[k+1].word) || ts[k+1].word == "the") && (ts[k+2].word == "alliance" || ts[k+2].word == "coalition") {
			return true
		}
	}
	return false
}

// soured reports whether the name right after a cue of relations ending at token end is
// followed by a verb of being and a word of ill will: "Relations with ISWAP are hostile",
// "its relationship with Kigali remained tense".
func (rd *Reader) soured(ts []token, ms []mention, end int) bool {
	k := slices.IndexFunc(ms, func(m mention) bool { return m.first == end || m.first == end+1 && determiners[ts[end].word] })
	if k < 0 {
		return false
	}
	j := ms[k].end
	if j+2 < len(ts) && (ts[j].word == "have" || ts[j].word == "has") && (ts[j+1].word == "since" || ts[j+1].word == "long" || ts[j+1].word == "always") && ts[j+2].word == "been" {
		j += 2 // "have since been difficult"
	} else if j+1 < len(ts) && (ts[j].word == "have" || ts[j].word == "has") && ts[j+1].word == "been" {
		j++
	}
	if j+1 >= len(ts) || !beWords[ts[j].word] && ts[j].word != "remain" && ts[j].word != "remained" && ts[j].word != "remains" {
		return false
	}
	j++
	if j+1 < len(ts) && adverb(ts[j].word) {
		j++
	}
	return illWill[ts[j].word]
}

// illWill are the words of relations gone bad: "relations with ISWAP are hostile".
var illWill = map[string]bool{"hostile": true, "tense": true, "strained": true, "poor": true, "bad": true, "frosty": true, "cold": true,
	"sour": true, "soured": true, "difficult": true, "acrimonious": true}
