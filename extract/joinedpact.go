package extract

import (
	"slices"
	"strings"

	"github.com/alliances-project/alliances"
)

// Joining others in a pact: "In 1965 the PSP joined the South Arabian League in a
// short-lived front", "the PNV and EA joined Euskal Herritarrok, the United Left and the
// unions at Lizarra in a pact calling for dialogue". Those joined are partners, each of
// each, not a body the one who joins becomes a member of.

// pactNouns are the nouns of a pact or a front that partners join one another in.
var pactNouns = map[string]bool{"pact": true, "alliance": true, "coalition": true, "front": true, "bloc": true, "union": true,
	"platform": true, "league": true, "federation": true, "partnership": true, "compact": true, "entente": true, "axis": true}

// joinedInPact reads cue c, "joined" with its objects at ms[ri], as joining them in a pact:
// it makes the cue an alliance and returns the pairs of the subjects and objects, each of
// each, and the reasons with its own. Where the words after the objects name no pact, it
// returns the pairs and the reasons it was given.
func (rd *Reader) joinedInPact(ts []token, ms []mention, c *cueSpan, li, ri int, pairs [][2]*mention, why []string) ([][2]*mention, []string) {
	if w := c.cue.words[0]; w != "joined" && w != "join" && w != "joining" || len(c.cue.words) > 1 || li < 0 || ri < 0 || ms[ri].first-c.end > 1 {
		return pairs, why
	}
	if ts[ms[ri].end-1].possessive && rd.meetingAt(ts, ms[ri].end) {
		// "Halimi joined the CB's talks on local government": talks with the CB, no
		// membership of it.
		c.cue.kind = alliances.Negotiation
		return pairs, append(why, "joined: the talks of another")
	}
	objs := objects(ts, ms, ri)
	k := objs[len(objs)-1].end
	if j := slices.IndexFunc(ms, func(m mention) bool { return m.first == k+1 }); j >= 0 && k < len(ts) && ts[k].word == "of" {
		k = ms[j].end // "the South Arabian League of Mohammed Ali al-Jifri in a front": its leader's
	}
	if !pactIn(ts, pastPlace(ts, k)) {
		return pairs, why
	}
	var partners [][2]*mention
	members := append(group(ts, ms, li, -1), objs...)
	for i := range members {
		for j := i + 1; j < len(members); j++ {
			if members[i].id != members[j].id {
				partners = append(partners, [2]*mention{members[i], members[j]})
			}
		}
	}
	if len(partners) == 0 {
		return pairs, why
	}
	c.cue.kind = alliances.Alliance
	return partners, append(why, "joined: partners in a pact")
}

// pastPlace returns the token after the place a phrase at k names ("at Lizarra", "in
// Cairo"), or k where none does.
func pastPlace(ts []token, k int) int {
	if k+1 >= len(ts) || (ts[k].word != "at" && ts[k].word != "in") || !ts[k+1].upper || strings.ContainsAny(ts[k].pre+ts[k+1].pre, ",;:()") {
		return k
	}
	e := k + 1
	for e < len(ts) && ts[e].upper && !strings.ContainsAny(ts[e].pre, ",;:()") {
		e++
	}
	return e
}

// pactIn reports whether the words at k are "in", an article, at most three words that
// qualify it, and a noun of a pact: "in a short-lived front", "in a pact".
func pactIn(ts []token, k int) bool {
	if k+2 >= len(ts) || ts[k].word != "in" || strings.ContainsAny(ts[k].pre, ";:()") || !determiners[ts[k+1].word] {
		return false
	}
	for j := k + 2; j < len(ts) && j <= k+5; j++ {
		if ts[j].upper || strings.ContainsAny(ts[j].pre, ",;:()") {
			return false
		}
		if pactNouns[ts[j].word] {
			return true
		}
	}
	return false
}
